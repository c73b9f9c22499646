"""The reference portal's demo forms, as the kiosk receives them (tests may import portal)."""

import copy
from typing import Any

from portal.demo.forms import DEMO_FORMS


def demo_form(service_code: str) -> dict[str, Any]:
    return copy.deepcopy(DEMO_FORMS[service_code]())


DEMO_CODES = tuple(DEMO_FORMS)
