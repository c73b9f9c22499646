"""The library staff who may sign in to guide a session, each with their own staff PIN.

Kept in one JSON file (``[guided] staff_file``, default ``<data_dir>/staff.json``,
mode 0600): id, display name and the salted scrypt hash of the PIN, made by the
same code as the admin PIN (:mod:`kiosk.admin.pin`). The PIN itself is never
stored, logged or shown. Two staff members cannot share a PIN: the PIN alone says
who signs in.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from kiosk.admin.pin import AdminPin, PinFileError, PinHash, hash_pin, pin_problem
from kiosk.atomic_write import write_atomically

log = logging.getLogger("kiosk.guided.staff")

# The portal's AssistedBy.staff_id allows 60 characters.
STAFF_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,59}")
MAX_NAME = 60


class StaffProblem(ValueError):
    """A staff entry that cannot be saved; ``code`` names what is wrong (for the UI)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True, slots=True)
class StaffMember:
    staff_id: str
    name: str
    pin_hash: PinHash

    def __repr__(self) -> str:
        return f"StaffMember({self.staff_id!r})"


def staff_problem(staff_id: str, name: str, pin: str) -> str | None:
    """Why these cannot make a staff entry ("staff_id", "name", "pin"), or None."""
    if not STAFF_ID.fullmatch(staff_id):
        return "staff_id"
    if not name.strip() or len(name.strip()) > MAX_NAME:
        return "name"
    if pin_problem(pin):
        return "pin"
    return None


class StaffRoster:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._members: list[StaffMember] = self._load()

    @property
    def members(self) -> tuple[StaffMember, ...]:
        return tuple(self._members)

    def find(self, pin: AdminPin) -> StaffMember | None:
        """The staff member with this PIN (every hash is checked: no early exit by position)."""
        found = None
        for member in self._members:
            if member.pin_hash.matches(pin) and found is None:
                found = member
        return found

    def add(self, staff_id: str, name: str, pin: AdminPin) -> StaffMember:
        staff_id = staff_id.strip().lower()
        problem = staff_problem(staff_id, name, pin.reveal())
        if problem:
            raise StaffProblem(problem)
        if any(m.staff_id == staff_id for m in self._members):
            raise StaffProblem("duplicate_id")
        if self.find(pin) is not None:
            raise StaffProblem("duplicate_pin")
        member = StaffMember(staff_id, name.strip(), hash_pin(pin))
        self._members.append(member)
        self._save()
        log.info("staff_added", extra={"count": len(self._members)})
        return member

    def remove(self, staff_id: str) -> bool:
        before = len(self._members)
        self._members = [m for m in self._members if m.staff_id != staff_id]
        if len(self._members) == before:
            return False
        self._save()
        log.info("staff_removed", extra={"count": len(self._members)})
        return True

    def _load(self) -> list[StaffMember]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError):
            log.error("staff_file_damaged")
            return []
        members: list[StaffMember] = []
        for entry in raw.get("staff", []) if isinstance(raw, dict) else []:
            try:
                members.append(
                    StaffMember(
                        str(entry["id"]), str(entry["name"]), PinHash.decode(str(entry["pin"]))
                    )
                )
            except (KeyError, TypeError, PinFileError):
                log.error("staff_entry_damaged")
        return members

    def _save(self) -> None:
        document = {
            "staff": [
                {"id": m.staff_id, "name": m.name, "pin": m.pin_hash.encode()}
                for m in self._members
            ]
        }
        data = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
        write_atomically(self.path, data.encode("utf-8"), mode=0o600)
