"""The kiosk's TOML configuration: loading, validation and the typed result.

A technician edits `/etc/kiosk/kiosk.toml` by hand, so every problem is reported
with the key it concerns and what is wrong with it (and a "did you mean" for
misspelt keys). The kiosk refuses to start on an invalid file rather than guess.
"""

from __future__ import annotations

import datetime as dt
import difflib
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.calendar.office_hours import OfficeHours
from kiosk.i18n.languages import LANGUAGE_CODES
from kiosk.portal.settings import PortalSettings

DEFAULT_PATH = Path("/etc/kiosk/kiosk.toml")
DEMO_PATH = Path(__file__).resolve().parent.parent / "resources" / "demo" / "kiosk.toml"

PROFILES = ("lobby", "library")
COUNTRIES = ("RO", "MD", "BG", "UA")
TEXT_SIZES = ("normal", "large")
CONTRASTS = ("normal", "high")
# "auto": the camera /dev/video<device> if it opens, else the simulated one (demo profile).
CAMERA_SOURCES = ("auto", "none", "device", "file", "images", "simulated")
# Where the five taps that open the technician's PIN pad go.
ADMIN_CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")


class ConfigError(Exception):
    """The configuration file cannot be used; `problems` lists each reason."""

    def __init__(self, path: Path | None, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        where = f"{path}" if path else "configuration"
        super().__init__(f"{where}: " + "; ".join(problems))

    def explain(self) -> str:
        """A multi-line text for a technician reading the terminal or the journal."""
        where = str(self.path) if self.path else "the configuration"
        lines = [f"The kiosk cannot start: {where} has {len(self.problems)} problem(s):"]
        lines += [f"  - {p}" for p in self.problems]
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class SessionSettings:
    idle_timeout_s: int = 90
    warning_s: int = 30


@dataclass(frozen=True, slots=True)
class DisplaySettings:
    dpi: float = 96.0
    text_size: str = "normal"
    contrast: str = "normal"
    rotation: int = 0
    width: int = 1920
    height: int = 1080


@dataclass(frozen=True, slots=True)
class CameraSettings:
    """`[camera]`: where frames come from and how a real camera is set up.

    None means "leave the camera's own setting"; `exposure` is "auto" or the V4L2
    exposure time (units of 100 µs).
    """

    source: str = "none"
    device: int = 0
    path: str = ""
    width: int | None = None
    height: int | None = None
    fps: int | None = None
    autofocus: bool | None = None
    focus: int | None = None
    exposure: str | float | None = None
    mirror_preview: bool = False

    @property
    def configured(self) -> bool:
        return self.source != "none"


@dataclass(frozen=True, slots=True)
class AdminSettings:
    """`[admin]`: the technician screen. `pin_file` None: `<data_dir>/admin-pin`."""

    corner: str = "top-right"
    pin_file: Path | None = None
    idle_timeout_s: int = 120


@dataclass(frozen=True, slots=True)
class WorkshopSettings:
    """One `[[workshops]]` entry: a training session on the library's published schedule.

    `start` is the local wall-clock time (a TOML local date-time); `title` is a text by
    language (a plain text in the file counts for every language).
    """

    title: Mapping[str, str]
    start: dt.datetime
    place: str
    seats: int
    language: str


@dataclass(frozen=True, slots=True)
class ReportSettings:
    """`[reports]`: the anonymous session statistics; older sessions are deleted."""

    retention_days: int = 730


@dataclass(frozen=True, slots=True)
class GuidedSettings:
    """`[guided]`: library staff guiding sessions. `staff_file` None: `<data_dir>/staff.json`."""

    staff_timeout_s: int = 1800
    staff_file: Path | None = None


PRINTER_OUTPUTS = ("none", "auto", "cups", "folder")
PAPERS = ("58mm", "80mm", "A4")


@dataclass(frozen=True, slots=True)
class PrinterSettings:
    """`[printer]`: where receipts go and how they look.

    `output`: "cups" prints on `queue` ("" = CUPS' default queue); "folder" writes
    PDFs into `folder` (a machine without CUPS); "auto" is CUPS when it answers,
    else the folder; "none" means no printer (screens say so). `folder` None:
    `<data_dir>/receipts`.
    """

    output: str = "none"
    queue: str = ""
    paper: str = "80mm"
    logo: Path | None = None
    timeout_s: int = 30
    print_name: bool = False
    folder: Path | None = None


@dataclass(frozen=True, slots=True)
class CardReaderSettings:
    """`[card_reader]`: the PC/SC reader for ID card chips.

    `reader`: "none" (no card reader), "auto" (the first PC/SC reader pcscd knows) or
    a reader name (or the start of one, as `pcsc_scan` shows it); "demo" (demo profile):
    the card emulator on a private pcscd, started by `kiosk --demo` when pcscd and vpcd
    are installed, else no card reader. `master_list`: a
    directory of CSCA certificates (PEM/DER) and/or ICAO master-list files, or one
    such file; None: chips are checked against their own signer only ("hashes only").
    """

    reader: str = "none"
    master_list: Path | None = None

    @property
    def configured(self) -> bool:
        return self.reader not in ("none", "demo")


@dataclass(frozen=True, slots=True)
class ApplianceSettings:
    """`[appliance]`: the kiosk as an unattended machine (see packaging/ and kiosk/appliance/).

    `nightly_restart`: local time "HH:MM" of the daily restart (deferred while a citizen
    session or the admin screen is open); None: never. `metrics_port`: the Prometheus
    metrics endpoint on 127.0.0.1; 0: none.
    """

    nightly_restart: str | None = None
    metrics_port: int = 0


@dataclass(frozen=True, slots=True)
class KioskConfig:
    kiosk_id: str = "kiosk-1"
    profile: str = "lobby"
    institution: Mapping[str, str] = field(default_factory=lambda: {"en": "Town Hall"})
    country: str = "RO"
    languages: tuple[str, ...] = LANGUAGE_CODES
    default_language: str = "ro"
    session: SessionSettings = field(default_factory=SessionSettings)
    display: DisplaySettings = field(default_factory=DisplaySettings)
    camera: CameraSettings = field(default_factory=CameraSettings)
    printer: PrinterSettings = field(default_factory=PrinterSettings)
    card_reader: CardReaderSettings = field(default_factory=CardReaderSettings)
    office_hours: OfficeHours = field(default_factory=lambda: OfficeHours.from_config({}, []))
    attract_messages: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    data_dir: Path = Path("/var/lib/kiosk")
    # None: no portal configured (the demo profile then runs the reference portal itself).
    portal: PortalSettings | None = None
    admin: AdminSettings = field(default_factory=AdminSettings)
    appliance: ApplianceSettings = field(default_factory=ApplianceSettings)
    workshops: tuple[WorkshopSettings, ...] = ()
    reports: ReportSettings = field(default_factory=ReportSettings)
    guided: GuidedSettings = field(default_factory=GuidedSettings)

    @property
    def admin_pin_file(self) -> Path:
        return self.admin.pin_file or self.data_dir / "admin-pin"

    @property
    def staff_file(self) -> Path:
        return self.guided.staff_file or self.data_dir / "staff.json"

    def institution_name(self, language: str) -> str:
        """The institution's name in `language`, else the default language, else any."""
        for code in (language, self.default_language, "en"):
            if code in self.institution:
                return self.institution[code]
        return next(iter(self.institution.values()), "")


class _Reader:
    """Walks the parsed TOML, collecting every problem instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def table(self, data: Mapping[str, Any], key: str, allowed: tuple[str, ...]) -> dict[str, Any]:
        value = data.get(key, {})
        if not isinstance(value, dict):
            self.problems.append(f"{key}: must be a table ([{key}])")
            return {}
        for name in value:
            if name not in allowed:
                self.problems.append(_unknown(f"{key}.{name}", name, allowed, prefix=f"{key}."))
        return value

    def get(
        self,
        table: Mapping[str, Any],
        path: str,
        default: Any,
        check: Callable[[Any], str | None],
    ) -> Any:
        name = path.rsplit(".", 1)[-1]
        if name not in table:
            return default
        value = table[name]
        problem = check(value)
        if problem:
            self.problems.append(f"{path}: {problem}")
            return default
        return value


def _unknown(path: str, name: str, allowed: tuple[str, ...], prefix: str = "") -> str:
    close = difflib.get_close_matches(name, allowed, n=1)
    hint = f" (did you mean {prefix}{close[0]}?)" if close else ""
    return f"{path}: unknown setting{hint}"


def _one_of(options: tuple[Any, ...]) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if value in options:
            return None
        shown = ", ".join(repr(o) if isinstance(o, str) else str(o) for o in options)
        return f"{value!r} is not one of {shown}"

    return check


def _int_between(low: int, high: int, unit: str) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"must be a whole number of {unit}, not {value!r}"
        if not low <= value <= high:
            return f"{value} is out of range ({low} to {high} {unit})"
        return None

    return check


def _number_between(low: float, high: float, unit: str) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"must be a number ({unit}), not {value!r}"
        if not low <= value <= high:
            return f"{value} is out of range ({low:g} to {high:g} {unit})"
        return None

    return check


def _whole_number(low: int, high: int, meaning: str) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"must be a whole number ({meaning}), not {value!r}"
        if not low <= value <= high:
            return f"{value} is out of range ({low} to {high})"
        return None

    return check


def _yes_no(value: Any) -> str | None:
    if not isinstance(value, bool):
        return f"must be true or false (without quotes), not {value!r}"
    return None


def _exposure(value: Any) -> str | None:
    if value == "auto":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f'must be "auto" or an exposure time (1 to 10000, in 100 µs units), not {value!r}'
    if not 1 <= value <= 10000:
        return f"{value} is out of range (1 to 10000, in 100 µs units)"
    return None


def _non_empty_text(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return "must be a non-empty text in quotes"
    return None


def _localized_text(value: Any) -> str | None:
    if isinstance(value, str):
        return _non_empty_text(value)
    if not isinstance(value, dict) or not value:
        return 'must be a text, or a table of texts by language, e.g. { ro = "…", en = "…" }'
    for code, text in value.items():
        if code not in LANGUAGE_CODES:
            return f"{code!r} is not a language code ({', '.join(LANGUAGE_CODES)})"
        if not isinstance(text, str) or not text.strip():
            return f"the {code} text must be a non-empty text"
    return None


def _language_list(value: Any) -> str | None:
    if not isinstance(value, list) or not value:
        return f"must be a list of language codes, e.g. {list(LANGUAGE_CODES)}"
    for code in value:
        if code not in LANGUAGE_CODES:
            return f"{code!r} is not a language code ({', '.join(LANGUAGE_CODES)})"
    if len(set(value)) != len(value):
        return "lists a language twice"
    return None


def _messages(value: Any) -> str | None:
    if not isinstance(value, dict):
        return 'must be a table of message lists by language, e.g. { ro = ["…"], en = ["…"] }'
    for code, texts in value.items():
        if code not in LANGUAGE_CODES:
            return f"{code!r} is not a language code ({', '.join(LANGUAGE_CODES)})"
        if not isinstance(texts, list) or not all(isinstance(t, str) and t for t in texts):
            return f"the {code} messages must be a list of texts"
    return None


def _time_of_day_or_empty(value: Any) -> str | None:
    if value == "":
        return None
    if isinstance(value, str) and len(value) == 5 and value[2] == ":":
        hours, minutes = value[:2], value[3:]
        if hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60:
            return None
    return f'must be a time of day "HH:MM" (e.g. "03:30"), or "" for never, not {value!r}'


def _port_or_zero(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return f"must be a port number (1024 to 65535), or 0 for none, not {value!r}"
    if value != 0 and not 1024 <= value <= 65535:
        return f"{value} is out of range (1024 to 65535, or 0 for none)"
    return None


TOP_LEVEL = (
    "kiosk",
    "languages",
    "session",
    "display",
    "camera",
    "printer",
    "card_reader",
    "office_hours",
    "closures",
    "attract",
    "paths",
    "portal",
    "admin",
    "appliance",
    "workshops",
    "reports",
    "guided",
)


def parse_config(data: Mapping[str, Any], path: Path | None = None) -> KioskConfig:
    """Validate parsed TOML and build the typed configuration, or raise ConfigError."""
    r = _Reader()
    for name in data:
        if name not in TOP_LEVEL:
            r.problems.append(_unknown(name, name, TOP_LEVEL))
    defaults = KioskConfig()

    kiosk = r.table(data, "kiosk", ("id", "profile", "institution", "country"))
    kiosk_id = r.get(kiosk, "kiosk.id", defaults.kiosk_id, _non_empty_text)
    profile = r.get(kiosk, "kiosk.profile", defaults.profile, _one_of(PROFILES))
    institution = r.get(kiosk, "kiosk.institution", defaults.institution, _localized_text)
    if isinstance(institution, str):
        institution = {"en": institution, **{code: institution for code in LANGUAGE_CODES}}
    country = r.get(kiosk, "kiosk.country", defaults.country, _one_of(COUNTRIES))

    langs = r.table(data, "languages", ("enabled", "default"))
    enabled = tuple(r.get(langs, "languages.enabled", list(defaults.languages), _language_list))
    default_language = r.get(langs, "languages.default", enabled[0], _one_of(LANGUAGE_CODES))
    if default_language not in enabled:
        r.problems.append(f"languages.default: {default_language!r} is not in languages.enabled")

    sess = r.table(data, "session", ("idle_timeout_s", "warning_s"))
    session = SessionSettings(
        idle_timeout_s=r.get(sess, "session.idle_timeout_s", 90, _int_between(20, 900, "seconds")),
        warning_s=r.get(sess, "session.warning_s", 30, _int_between(10, 120, "seconds")),
    )

    disp = r.table(data, "display", ("dpi", "text_size", "contrast", "rotation", "width", "height"))
    display = DisplaySettings(
        dpi=float(r.get(disp, "display.dpi", 96.0, _number_between(50, 600, "dots per inch"))),
        text_size=r.get(disp, "display.text_size", "normal", _one_of(TEXT_SIZES)),
        contrast=r.get(disp, "display.contrast", "normal", _one_of(CONTRASTS)),
        rotation=r.get(disp, "display.rotation", 0, _one_of((0, 90, 180, 270))),
        width=r.get(disp, "display.width", 1920, _int_between(640, 7680, "pixels")),
        height=r.get(disp, "display.height", 1080, _int_between(480, 4320, "pixels")),
    )

    camera = _camera(r, data)
    printer = _printer(r, data)
    readers = r.table(data, "card_reader", ("reader", "master_list"))
    master_list = r.get(readers, "card_reader.master_list", None, _non_empty_text)
    card_reader = CardReaderSettings(
        reader=r.get(readers, "card_reader.reader", "none", _non_empty_text),
        master_list=Path(master_list) if master_list else None,
    )

    hours = data.get("office_hours", {})
    closures = data.get("closures", [])
    office_hours = defaults.office_hours
    if not isinstance(hours, dict):
        r.problems.append("office_hours: must be a table ([office_hours])")
    elif not isinstance(closures, list):
        r.problems.append("closures: must be a list of tables ([[closures]])")
    else:
        try:
            office_hours = OfficeHours.from_config(hours, closures)
        except ValueError as error:
            r.problems.append(str(error))

    attract = r.table(data, "attract", ("messages",))
    messages = r.get(attract, "attract.messages", {}, _messages)

    paths = r.table(data, "paths", ("data_dir",))
    data_dir = Path(r.get(paths, "paths.data_dir", str(defaults.data_dir), _non_empty_text))

    portal: PortalSettings | None = None
    if "portal" in data:
        if not isinstance(data["portal"], dict):
            r.problems.append("portal: must be a table ([portal])")
        else:
            try:
                portal = PortalSettings.from_mapping(data["portal"])
            except ValueError as error:
                r.problems.append(str(error))

    adm = r.table(data, "admin", ("corner", "pin_file", "idle_timeout_s"))
    pin_file = r.get(adm, "admin.pin_file", "", _non_empty_text)
    admin = AdminSettings(
        corner=r.get(adm, "admin.corner", "top-right", _one_of(ADMIN_CORNERS)),
        pin_file=Path(pin_file) if pin_file else None,
        idle_timeout_s=r.get(adm, "admin.idle_timeout_s", 120, _int_between(30, 1800, "seconds")),
    )

    app = r.table(data, "appliance", ("nightly_restart", "metrics_port"))
    nightly = r.get(app, "appliance.nightly_restart", "", _time_of_day_or_empty)
    appliance = ApplianceSettings(
        nightly_restart=nightly or None,
        metrics_port=r.get(app, "appliance.metrics_port", 0, _port_or_zero),
    )
    workshops = _workshops(r, data, enabled)
    rep = r.table(data, "reports", ("retention_days",))
    reports = ReportSettings(
        retention_days=r.get(rep, "reports.retention_days", 730, _int_between(30, 3650, "days")),
    )

    gui = r.table(data, "guided", ("staff_timeout_s", "staff_file"))
    staff_file = r.get(gui, "guided.staff_file", "", _non_empty_text)
    guided = GuidedSettings(
        staff_timeout_s=r.get(
            gui, "guided.staff_timeout_s", 1800, _int_between(300, 14400, "seconds")
        ),
        staff_file=Path(staff_file) if staff_file else None,
    )

    if r.problems:
        raise ConfigError(path, r.problems)
    return KioskConfig(
        kiosk_id=kiosk_id,
        profile=profile,
        institution=institution,
        country=country,
        languages=enabled,
        default_language=default_language,
        session=session,
        display=display,
        camera=camera,
        printer=printer,
        card_reader=card_reader,
        office_hours=office_hours,
        attract_messages={code: tuple(texts) for code, texts in messages.items()},
        data_dir=data_dir,
        portal=portal,
        admin=admin,
        appliance=appliance,
        workshops=workshops,
        reports=reports,
        guided=guided,
    )


_WORKSHOP_KEYS = ("title", "start", "place", "seats", "language")


def _local_datetime(value: Any) -> str | None:
    if not isinstance(value, dt.datetime):
        return f"must be a date and time without quotes, e.g. 2026-12-10T10:00:00, not {value!r}"
    return None


def _workshops(
    r: _Reader, data: Mapping[str, Any], languages: tuple[str, ...]
) -> tuple[WorkshopSettings, ...]:
    entries = data.get("workshops", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        r.problems.append("workshops: must be a list of tables ([[workshops]])")
        return ()
    found: list[WorkshopSettings] = []
    for number, entry in enumerate(entries, start=1):
        where = f"workshops[{number}]"
        before = len(r.problems)
        for name in entry:
            if name not in _WORKSHOP_KEYS:
                r.problems.append(
                    _unknown(f"{where}.{name}", name, _WORKSHOP_KEYS, prefix=f"{where}.")
                )
        for name in ("title", "start"):
            if name not in entry:
                r.problems.append(f"{where}.{name}: missing (every workshop needs a {name})")
        title = r.get(entry, f"{where}.title", None, _localized_text)
        start = r.get(entry, f"{where}.start", None, _local_datetime)
        place = r.get(entry, f"{where}.place", "", _non_empty_text)
        seats = r.get(entry, f"{where}.seats", 0, _int_between(0, 10000, "seats"))
        language = r.get(entry, f"{where}.language", languages[0], _one_of(LANGUAGE_CODES))
        if len(r.problems) > before or title is None or start is None:
            continue
        titles = {"": title} if isinstance(title, str) else dict(title)
        found.append(WorkshopSettings(titles, start, place, seats, language))
    return tuple(found)


_CAMERA_KEYS = (
    "source",
    "device",
    "path",
    "width",
    "height",
    "fps",
    "autofocus",
    "focus",
    "exposure",
    "mirror_preview",
)


def _camera(r: _Reader, data: Mapping[str, Any]) -> CameraSettings:
    cam = r.table(data, "camera", _CAMERA_KEYS)
    source = r.get(cam, "camera.source", "none", _one_of(CAMERA_SOURCES))
    path = r.get(cam, "camera.path", "", _non_empty_text)
    if source in ("file", "images") and not path:
        what = "a video file" if source == "file" else "a folder of images"
        r.problems.append(f'camera.path: camera.source = "{source}" needs the path of {what}')
    return CameraSettings(
        source=source,
        device=r.get(cam, "camera.device", 0, _whole_number(0, 63, "N of /dev/videoN")),
        path=path,
        width=r.get(cam, "camera.width", None, _int_between(160, 7680, "pixels")),
        height=r.get(cam, "camera.height", None, _int_between(120, 4320, "pixels")),
        fps=r.get(cam, "camera.fps", None, _int_between(1, 120, "frames per second")),
        autofocus=r.get(cam, "camera.autofocus", None, _yes_no),
        focus=r.get(cam, "camera.focus", None, _whole_number(0, 255, "focus distance, 0 = far")),
        exposure=r.get(cam, "camera.exposure", None, _exposure),
        mirror_preview=r.get(cam, "camera.mirror_preview", False, _yes_no),
    )


_PRINTER_KEYS = ("output", "queue", "paper", "logo", "timeout_s", "print_name", "folder")


def _existing_file(value: Any) -> str | None:
    problem = _non_empty_text(value)
    if problem:
        return problem
    if not Path(value).is_file():
        return f"{value!r} is not a file (the logo must be a PNG or JPEG file)"
    return None


def _printer(r: _Reader, data: Mapping[str, Any]) -> PrinterSettings:
    prn = r.table(data, "printer", _PRINTER_KEYS)
    # A [printer] table without `output` means "print on CUPS".
    output = r.get(prn, "printer.output", "cups" if prn else "none", _one_of(PRINTER_OUTPUTS))
    queue = prn.get("queue", "")
    if not isinstance(queue, str):
        r.problems.append(f"printer.queue: must be a queue name in quotes, not {queue!r}")
        queue = ""
    logo = r.get(prn, "printer.logo", None, _existing_file)
    folder = r.get(prn, "printer.folder", None, _non_empty_text)
    return PrinterSettings(
        output=output,
        queue=queue,
        paper=r.get(prn, "printer.paper", "80mm", _one_of(PAPERS)),
        logo=Path(logo) if logo else None,
        timeout_s=r.get(prn, "printer.timeout_s", 30, _int_between(5, 300, "seconds")),
        print_name=r.get(prn, "printer.print_name", False, _yes_no),
        folder=Path(folder) if folder else None,
    )


def load_config(path: Path) -> KioskConfig:
    """Read and validate a TOML file; every failure is a ConfigError naming the problem."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(path, ["the file does not exist"]) from None
    except OSError as error:
        raise ConfigError(path, [f"cannot be read ({error.strerror})"]) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(path, ["is not UTF-8 text"]) from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(path, [f"is not valid TOML: {error}"]) from None
    return parse_config(data, path)


def save_config(path: Path, data: Mapping[str, Any]) -> KioskConfig:
    """Validate `data` (parsed TOML) and only then replace `path` with it, atomically.

    Raises ConfigError (the file untouched) when anything is wrong; a kill during the
    write leaves the old file or the new one, never half of one. Comments in the old
    file are not kept: the previous file is kept next to it as `<name>.previous`.
    """
    from kiosk.admin.toml_writer import dumps_toml
    from kiosk.atomic_write import write_atomically

    config = parse_config(data, path)
    try:
        text = dumps_toml(data)
    except ValueError as error:
        raise ConfigError(path, [str(error)]) from None
    if tomllib.loads(text) != dict(data):
        raise ConfigError(path, ["could not be written as TOML without changing it"])
    header = "# Saved from the kiosk's admin screen; the file before it is kept as *.previous\n"
    try:
        if path.exists():
            write_atomically(path.with_name(path.name + ".previous"), path.read_bytes())
        write_atomically(path, (header + text).encode("utf-8"), mode=0o644)
    except OSError as error:
        raise ConfigError(path, [f"cannot be written ({error.strerror})"]) from None
    return config
