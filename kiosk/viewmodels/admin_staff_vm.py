"""The admin screen's "Library staff" page: who may sign in to guide sessions.

Lists staff by id and name (never a PIN), removes them, and adds one with an id,
a display name and a PIN typed twice. The PIN goes straight into the roster's
scrypt hash and is not kept here. Every change is audited (the id only).
"""

from __future__ import annotations

from PySide6.QtCore import Property, QCoreApplication, Signal, Slot

from kiosk.admin.pin import MAX_DIGITS, MIN_DIGITS, AdminPin
from kiosk.guided.staff import StaffProblem, StaffRoster
from kiosk.viewmodels.admin_page import AdminPageViewModel


def _problem_text(code: str) -> str:
    texts = {
        "staff_id": QCoreApplication.translate(
            "AdminStaff",
            "The staff ID may have only small letters, digits, dots, dashes and underscores.",
        ),
        "name": QCoreApplication.translate("AdminStaff", "Enter the name shown on the banner."),
        "pin": QCoreApplication.translate("AdminStaff", "The PIN must have %1 to %2 digits.")
        .replace("%1", str(MIN_DIGITS))
        .replace("%2", str(MAX_DIGITS)),
        "duplicate_id": QCoreApplication.translate(
            "AdminStaff", "Someone already has this staff ID."
        ),
        "duplicate_pin": QCoreApplication.translate(
            "AdminStaff", "Someone already has this PIN. Choose another one."
        ),
        "pins_differ": QCoreApplication.translate(
            "AdminStaff", "The two PINs are different. Type the same PIN twice."
        ),
    }
    return texts.get(code, code)


class AdminStaffViewModel(AdminPageViewModel):
    changed = Signal()

    def __init__(self, roster: StaffRoster, language: str) -> None:
        super().__init__(language)
        self._roster = roster
        self._error = ""
        self._notice = ""

    def _get_members(self) -> list[dict[str, str]]:
        return [{"id": m.staff_id, "name": m.name} for m in self._roster.members]

    def _get_error(self) -> str:
        return self._error

    def _get_notice(self) -> str:
        return self._notice

    members = Property(list, _get_members, notify=changed)
    error = Property(str, _get_error, notify=changed)
    notice = Property(str, _get_notice, notify=changed)

    @Slot(str, str, str, str, result=bool)
    def add(self, staff_id: str, name: str, pin: str, pin_again: str) -> bool:
        self._notice = ""
        if pin != pin_again:
            self._error = _problem_text("pins_differ")
            self.changed.emit()
            return False
        try:
            member = self._roster.add(staff_id, name, AdminPin(pin))
        except StaffProblem as problem:
            self._error = _problem_text(problem.code)
            self.changed.emit()
            return False
        self._record("staff_added", staff_id=member.staff_id)
        self._error = ""
        self._notice = QCoreApplication.translate("AdminStaff", "%1 can now sign in.").replace(
            "%1", member.name
        )
        self.changed.emit()
        return True

    @Slot(str)
    def remove(self, staff_id: str) -> None:
        if self._roster.remove(staff_id):
            self._record("staff_removed", staff_id=staff_id)
            self._error = ""
            self._notice = QCoreApplication.translate("AdminStaff", "Removed.")
            self.changed.emit()

    def forget(self) -> None:
        self._error = ""
        self._notice = ""
        self.changed.emit()
