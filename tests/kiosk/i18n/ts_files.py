"""Reading Qt Linguist .ts catalogues in tests."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]
    unfinished: bool
    numerus: bool


def read_ts(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = tuple(forms) if forms else (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    translations=texts,
                    unfinished=translation.get("type") in ("unfinished", "vanished", "obsolete"),
                    numerus=message.get("numerus") == "yes",
                )
            )
    return messages


def write_pseudo_ts(source: Path, target: Path, mark: tuple[str, str] = ("⟦", "⟧")) -> None:
    """A catalogue where every translation is its source wrapped in marks."""
    tree = ET.parse(source)
    for message in tree.getroot().iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = mark[0] + text + mark[1]
        else:
            translation.text = mark[0] + text + mark[1]
    tree.write(target, encoding="utf-8", xml_declaration=True)
