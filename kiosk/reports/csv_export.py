"""The report as CSV, with columns that stay the same from one version to the next.

One row per figure: the period's totals, then each service, each language, practice
sessions, each workshop held and the workshops' total attendance. The columns are
documented in the README ("Workshops and reports"); add new ones only at the end.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime
from pathlib import Path

from kiosk.atomic_write import write_atomically
from kiosk.reports.figures import ReportFigures, Tally

COLUMNS = (
    "kiosk_id",
    "period",
    "period_start",
    "period_end",
    "breakdown",
    "item",
    "sessions",
    "completed",
    "abandoned",
    "assisted",
    "self_service",
    "attendance",
)


def report_rows(figures: ReportFigures, kiosk_id: str, language: str) -> list[dict[str, str]]:
    period = figures.period
    common = {
        "kiosk_id": kiosk_id,
        "period": period.kind.value,
        "period_start": period.first.isoformat(),
        "period_end": period.last.isoformat(),
    }

    def tally_row(breakdown: str, item: str, tally: Tally) -> dict[str, str]:
        return {
            **common,
            "breakdown": breakdown,
            "item": item,
            "sessions": str(tally.sessions),
            "completed": str(tally.completed),
            "abandoned": str(tally.abandoned),
            "assisted": str(tally.assisted),
            "self_service": str(tally.self_service),
            "attendance": "",
        }

    def plain_row(breakdown: str, item: str, **values: str) -> dict[str, str]:
        row = dict.fromkeys(COLUMNS, "")
        row.update(common, breakdown=breakdown, item=item, **values)
        return row

    rows = [tally_row("total", "all", figures.total)]
    rows += [tally_row("service", code, tally) for code, tally in figures.by_service]
    rows += [tally_row("language", code, tally) for code, tally in figures.by_language]
    rows.append(plain_row("practice", "all", sessions=str(figures.practice_sessions)))
    for workshop, count in figures.workshops:
        item = f"{workshop.start:%Y-%m-%d %H:%M} {workshop.title_in(language)}"
        rows.append(plain_row("workshop", item, attendance=str(count)))
    rows.append(
        plain_row(
            "workshops",
            "all",
            sessions=str(len(figures.workshops)),
            attendance=str(figures.attendance),
        )
    )
    return rows


def report_csv(figures: ReportFigures, kiosk_id: str, language: str) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(report_rows(figures, kiosk_id, language))
    return out.getvalue()


def export_report(
    directory: Path, figures: ReportFigures, kiosk_id: str, language: str, now: datetime
) -> Path:
    """Write ``kiosk-report-<id>-<period>-<first day>-<time>.csv``; returns its path."""
    safe_id = re.sub(r"[^A-Za-z0-9._-]", "_", kiosk_id)[:64] or "kiosk"
    period = figures.period
    name = (
        f"kiosk-report-{safe_id}-{period.kind.value}-{period.first.isoformat()}"
        f"-{now.strftime('%Y%m%d-%H%M%S')}.csv"
    )
    target = directory / name
    # UTF-8 with a byte-order mark: spreadsheet programs then read ș, ő and Cyrillic right.
    data = ("\ufeff" + report_csv(figures, kiosk_id, language)).encode("utf-8")
    write_atomically(target, data, mode=0o644)
    return target
