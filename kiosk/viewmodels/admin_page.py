"""What every page of the admin screen shares: its audit trail, its language, forgetting.

The admin view-model hands each page the audit log once it has one, tells it
when the language changes, and makes it forget what was typed or shown when the
admin screen closes. A page records its events to the audit trail; a page used
without one (a test, a page built alone) only logs them.
"""

from __future__ import annotations

import logging
from typing import ClassVar

from PySide6.QtCore import QObject, Signal

from kiosk.admin.audit import AuditLog, Scalar


class AdminPageViewModel(QObject):
    # Each page declares its own `changed = Signal()`: Qt takes a property's notify
    # signal only from the class's own body, never from a base class.
    changed: ClassVar[Signal]
    # Where a page's events go when it has no audit trail.
    _log: ClassVar[logging.Logger] = logging.getLogger("kiosk.admin")

    def __init__(self, language: str) -> None:
        super().__init__()
        self._language = language
        self._audit: AuditLog | None = None

    def set_audit(self, audit: AuditLog) -> None:
        self._audit = audit

    def set_language(self, code: str) -> None:
        self._language = code
        self._texts_changed()

    def _texts_changed(self) -> None:
        """Have QML read the page's texts again (pages with other signals override this)."""
        self.changed.emit()

    def forget(self) -> None:
        """The admin screen closes (or the page opens afresh): drop what was typed or shown."""
        raise NotImplementedError

    def _record(self, event: str, **details: Scalar) -> None:
        if self._audit is not None:
            self._audit.record(event, **details)
        else:
            self._log.info(event, extra=details)
