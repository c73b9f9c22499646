"""The admin screen's "Library staff" page: add with a PIN typed twice, refuse, remove."""

from __future__ import annotations

from pathlib import Path

from kiosk.admin.audit import AuditLog
from kiosk.admin.pin import AdminPin
from kiosk.guided.staff import StaffRoster
from kiosk.viewmodels.admin_staff_vm import AdminStaffViewModel


def test_guided_staff_are_added_and_removed_on_the_admin_page(qapp: object, tmp_path: Path) -> None:
    roster = StaffRoster(tmp_path / "staff.json")
    page = AdminStaffViewModel(roster, "en")
    audit = AuditLog(tmp_path / "audit.jsonl", lambda: 0.0)
    page.set_audit(audit)

    assert not page.add("ana.ionescu", "Ana Ionescu", "135790", "135791")
    assert "different" in page.property("error")
    assert roster.members == ()

    assert page.add("ana.ionescu", "Ana Ionescu", "135790", "135790")
    assert page.property("members") == [{"id": "ana.ionescu", "name": "Ana Ionescu"}]
    assert "Ana Ionescu can now sign in" in page.property("notice")

    # Another person with the same PIN could not be told apart: refused, in words.
    assert not page.add("ion.popa", "Ion Popa", "135790", "135790")
    assert "already has this PIN" in page.property("error")

    page.remove("ana.ionescu")
    assert page.property("members") == []
    assert StaffRoster(tmp_path / "staff.json").find(AdminPin("135790")) is None

    trail = audit.path.read_text(encoding="utf-8")
    assert "staff_added" in trail and "staff_removed" in trail
    assert "135790" not in trail and "Ana Ionescu" not in trail
