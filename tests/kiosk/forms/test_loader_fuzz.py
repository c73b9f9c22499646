"""A broken or hostile form document is refused with FormUnsupported, never anything else."""

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.forms.definition import FormDefinition
from kiosk.forms.loader import FormUnsupported, load_form
from tests.kiosk.forms.demo import demo_form

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
    | st.sampled_from(["string", "object", "Control", "Category", "#/properties/surname", "SHOW"])
)
json_ish = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=25,
)
KEYS = ("service_code", "version", "schema", "uischema", "i18n", "prefill")


def _load(document: Any) -> None:
    try:
        result = load_form(document)
    except FormUnsupported as refused:
        assert refused.reason and len(refused.reason) < 100
    else:
        assert isinstance(result, FormDefinition)


@FUZZ
@given(json_ish)
def test_random_json_is_refused_or_loaded(document: Any) -> None:
    _load(document)


@FUZZ
@given(st.fixed_dictionaries({key: json_ish for key in KEYS}))
def test_random_documents_with_the_right_keys_are_refused_or_loaded(document: Any) -> None:
    _load(document)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    paths = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            paths += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node[:3]):
            paths += _paths(value, (*prefix, index))
    return paths


def _deep(levels: int) -> Any:
    node: Any = "x"
    for _ in range(levels):
        node = {"a": [node]}
    return node


SOURCES = ("ro-petition", "ro-street-address-certificate", "ua-pension-insurance-statement")
PATHS = {code: _paths(demo_form(code))[1:] for code in SOURCES}
mutations = st.sampled_from(["delete", "replace", "huge", "deep", "swap", "empty"])


@FUZZ
@given(st.data())
def test_mutated_demo_forms_are_refused_or_loaded(data: st.DataObject) -> None:
    code = data.draw(st.sampled_from(SOURCES))
    document = demo_form(code)
    for _ in range(data.draw(st.integers(min_value=1, max_value=3))):
        path = data.draw(st.sampled_from(PATHS[code]))
        parent: Any = document
        try:
            for step in path[:-1]:
                parent = parent[step]
            current = parent[path[-1]]
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed this path
        if not isinstance(parent, dict | list):
            continue  # an earlier mutation made a text of it (a text can be indexed too)
        mutation = data.draw(mutations)
        if mutation == "delete":
            del parent[path[-1]]
        elif mutation == "replace":
            parent[path[-1]] = data.draw(json_ish)
        elif mutation == "huge":
            parent[path[-1]] = "x" * data.draw(st.sampled_from([20_001, 900_000]))
        elif mutation == "deep":
            parent[path[-1]] = _deep(data.draw(st.integers(min_value=5, max_value=3000)))
        elif mutation == "swap":
            swaps: dict[type, Callable[[Any], Any]] = {
                dict: lambda v: list(v.values()),
                list: lambda v: {str(i): x for i, x in enumerate(v)},
                str: lambda v: [v],
            }
            parent[path[-1]] = swaps.get(type(current), str)(current)
        else:
            parent[path[-1]] = type(current)() if isinstance(current, dict | list | str) else None
    _load(document)
