"""Flat scans of the MRZ side of fictional documents, at ~12 px/mm.

* TD1 (and the old Romanian TD2 card): an ID-1 card, 85.6 × 54 mm; the Romanian TD2
  MRZ is condensed to fit 36 characters on the card, as on the real card.
* Other TD2 documents: ID-2, 105 × 74 mm.
* TD3: a passport data page, 125 × 88 mm.

The background is a pale tinted guilloche with printed labels and values in DejaVu
Sans, a photo placeholder on TD2/TD3 and a "SPECIMEN" mark; the MRZ is OCR-B at the
ICAO size (10 characters per inch, lines ~4.2 mm apart) at the bottom edge, with a
little ink variation per character.
"""

from __future__ import annotations

import math
import random
from functools import cache
from typing import Final

import cv2
import numpy as np
import numpy.typing as npt
from PIL import Image, ImageDraw, ImageFont

from device.mrz.synth.people import SampleDocument
from device.mrz.types import MrzFormat

Image_ = npt.NDArray[np.uint8]

PX_PER_MM: Final = 12.0
OCR_B: Final = "/usr/share/fonts/opentype/ocr-b/OCRB.otf"
DEJAVU: Final = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD: Final = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

PITCH_MM: Final = 2.54  # ICAO: 10 characters per 25.4 mm
LINE_MM: Final = 4.2  # baseline to baseline
CAP_MM: Final = 2.3  # height of a capital OCR-B letter
_CAP_PER_SIZE: Final = 0.73  # OCR-B capital height per font size unit

_TINTS: Final[dict[str, tuple[tuple[int, int, int], tuple[int, int, int]]]] = {
    # BGR: (paper, pattern) per country
    "ROU": ((236, 232, 246), (200, 170, 150)),
    "MDA": ((222, 242, 240), (150, 190, 140)),
    "BGR": ((226, 240, 232), (160, 150, 200)),
    "UKR": ((244, 236, 226), (200, 160, 120)),
}
_LABELS: Final[dict[str, dict[str, str]]] = {
    "ROU": {"title": "ROMÂNIA", "surname": "Nume/Nom/Last name",
            "given": "Prenume/Prénom/First name", "birth": "Data nașterii/Date of birth",
            "expiry": "Valabilitate/Validity", "address": "Domiciliu/Adresse/Address",
            "issued": "Emisă de/Délivrée par/Issued by",
            "addr1": "Str. Exemplului nr. 7, bl. A2, ap. 14", "addr2": "Mun. Specimen, jud. Test",
            "authority": "SPCLEP Exemplu"},
    "MDA": {"title": "REPUBLICA MOLDOVA", "surname": "Numele/Surname",
            "given": "Prenumele/Given names", "birth": "Data nașterii/Date of birth",
            "expiry": "Data expirării/Date of expiry", "address": "Domiciliul/Address",
            "issued": "Autoritatea/Authority", "addr1": "str. Eșantionului 12, ap. 3",
            "addr2": "or. Model", "authority": "ASP Oficiul Test"},
    "BGR": {"title": "РЕПУБЛИКА БЪЛГАРИЯ", "surname": "Фамилия/Surname",
            "given": "Име/Name", "birth": "Дата на раждане/Date of birth",
            "expiry": "Валидност/Date of expiry", "address": "Постоянен адрес/Residence",
            "issued": "Издаден от/Authority", "addr1": "обл. Образец, общ. Пример",
            "addr2": "ул. Тестова 5, вх. Б", "authority": "МВР Образец"},
    "UKR": {"title": "УКРАЇНА / UKRAINE", "surname": "Прізвище/Surname",
            "given": "Ім'я/Given names", "birth": "Дата народження/Date of birth",
            "expiry": "Дійсний до/Date of expiry", "address": "Місце проживання/Residence",
            "issued": "Орган, що видав/Authority", "addr1": "м. Зразок, вул. Тестова, 9",
            "addr2": "кв. 21", "authority": "Зразковий ЦНАП"},
}  # fmt: skip


@cache
def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


def _mm(value: float) -> int:
    return round(value * PX_PER_MM)


def document_size_mm(doc: SampleDocument) -> tuple[float, float]:
    """(width, height) of the rendered document in millimetres."""
    if doc.format is MrzFormat.TD3:
        return 125.0, 88.0
    if doc.format is MrzFormat.TD2 and doc.country != "ROU":
        return 105.0, 74.0
    return 85.6, 54.0


def _guilloche(
    rng: random.Random, height: int, width: int, paper: tuple[int, int, int], ink: tuple[int, ...]
) -> Image_:
    image = np.empty((height, width, 3), dtype=np.float32)
    ramp = np.linspace(0.0, 1.0, width, dtype=np.float32)[None, :, None]
    tint = np.array(paper, dtype=np.float32)
    image[:] = tint * (0.97 + 0.05 * ramp)
    layer = np.zeros((height, width, 3), dtype=np.uint8)
    xs = np.linspace(0, width, 240)
    for k in range(rng.randint(26, 40)):
        phase, freq = rng.uniform(0, math.tau), rng.uniform(2.0, 5.0)
        amplitude, base = rng.uniform(0.05, 0.14) * height, (k + 0.5) / 34 * height
        ys = base + amplitude * np.sin(xs / width * freq * math.tau + phase)
        points = np.stack([xs, ys], axis=1).astype(np.int32)
        cv2.polylines(layer, [points], False, (255, 255, 255), 1, cv2.LINE_AA)
    centre = (rng.randint(width // 2, width * 7 // 8), rng.randint(height // 5, height // 2))
    for r in range(8, height // 2, 9):
        cv2.ellipse(layer, centre, (r, int(r * 0.8)), 0, 0, 360, (255, 255, 255), 1, cv2.LINE_AA)
    alpha = layer[:, :, :1].astype(np.float32) / 255.0 * 0.35
    blended = image * (1 - alpha) + np.array(ink, dtype=np.float32) * alpha
    return np.asarray(np.clip(blended, 0, 255), dtype=np.uint8)


def _text(
    draw: ImageDraw.ImageDraw,
    xy: tuple[float, float],
    text: str,
    size_mm: float,
    fill: tuple[int, int, int],
    *,
    bold: bool = False,
) -> None:
    font = _font(DEJAVU_BOLD if bold else DEJAVU, max(6, _mm(size_mm)))
    draw.text((_mm(xy[0]), _mm(xy[1])), text, font=font, fill=fill)


def _photo(draw: ImageDraw.ImageDraw, x: float, y: float, w: float, h: float) -> None:
    draw.rectangle((_mm(x), _mm(y), _mm(x + w), _mm(y + h)), fill=(205, 205, 200))
    cx, top = x + w / 2, y + h * 0.18
    draw.ellipse((_mm(cx - w * 0.22), _mm(top), _mm(cx + w * 0.22), _mm(top + h * 0.4)),
                 fill=(150, 150, 145))  # fmt: skip
    draw.chord((_mm(x + w * 0.1), _mm(y + h * 0.6), _mm(x + w * 0.9), _mm(y + h * 1.3)),
               180, 360, fill=(150, 150, 145))  # fmt: skip


def _visual_zone(
    draw: ImageDraw.ImageDraw, doc: SampleDocument, w_mm: float, mrz_top: float, *, front: bool
) -> None:
    labels = _LABELS[doc.country]
    label, value = (90, 80, 70), (25, 25, 30)
    _text(draw, (4, 2.5), labels["title"], 3.2, (60, 40, 110), bold=True)
    kind = (
        "PASSPORT / PASSEPORT"
        if doc.format is MrzFormat.TD3
        else "CARTE D'IDENTITÉ / IDENTITY CARD"
    )
    _text(draw, (4, 7), kind, 1.9, label)
    with_photo = front or doc.format is not MrzFormat.TD1
    x = 4.0
    if with_photo:
        photo_w = min(32.0, w_mm * 0.26)
        _photo(draw, 4, 11, photo_w, min(photo_w * 1.28, mrz_top - 14))
        x = 8 + photo_w
    rows: list[tuple[str, str]]
    if with_photo:
        rows = [
            (labels["surname"], doc.printed_surname.upper()),
            (labels["given"], doc.printed_given_names.upper()),
            (labels["birth"], doc.birth_date.strftime("%d.%m.%Y") + f"   {doc.sex}"),
            (labels["expiry"], doc.expiry_date.strftime("%d.%m.%Y")),
        ]
        if doc.format is MrzFormat.TD3:
            rows.insert(2, ("Nr./No.", doc.document_number))
    else:
        rows = [
            (labels["address"], labels["addr1"]),
            ("", labels["addr2"]),
            (labels["issued"], labels["authority"]),
            (labels["expiry"], doc.expiry_date.strftime("%d.%m.%Y")),
        ]
    step = min(8.0, (mrz_top - 13) / len(rows))
    for i, (name, text) in enumerate(rows):
        y = 11 + i * step
        if name:
            _text(draw, (x, y), name, 1.6, label)
        _text(draw, (x, y + 2.1), text, 2.4, value, bold=True)
    _text(draw, (w_mm - 30, 3), "SPECIMEN", 3.0, (120, 120, 200), bold=True)


def _mrz(
    rng: random.Random, doc: SampleDocument, size: tuple[int, int], w_mm: float, h_mm: float
) -> tuple[Image_, float]:
    """The MRZ as an ink-coverage mask (0-255) and the top of the MRZ zone in mm."""
    width, height = size
    length = len(doc.lines[0])
    pitch = min(PITCH_MM, (w_mm - 5.0) / length)
    scale = pitch / PITCH_MM
    font = _font(OCR_B, round(_mm(CAP_MM * scale) / _CAP_PER_SIZE))
    line_mm = LINE_MM * (1.0 if scale > 0.95 else 0.92)
    left = (w_mm - pitch * length) / 2
    bottom = 3.6 if doc.format is not MrzFormat.TD3 else 5.0
    mask = Image.new("L", (width, height), 0)
    draw = ImageDraw.Draw(mask)
    n = len(doc.lines)
    for row, line in enumerate(doc.lines):
        baseline = h_mm - bottom - (n - 1 - row) * line_mm
        for col, char in enumerate(line):
            x = (left + col * pitch) * PX_PER_MM + (pitch * PX_PER_MM - font.getlength(char)) / 2
            y = baseline * PX_PER_MM + rng.uniform(-0.4, 0.4)
            shade = rng.randint(215, 255)
            draw.text((x + rng.uniform(-0.4, 0.4), y), char, font=font, fill=shade, anchor="ls")
    top = h_mm - bottom - (n - 1) * line_mm - CAP_MM * scale - 2.0
    return np.asarray(mask, dtype=np.uint8), top


def render_document(doc: SampleDocument, rng: random.Random, *, with_mrz: bool = True) -> Image_:
    """The MRZ side of ``doc`` as a flat scan: BGR uint8, ~12 px/mm.

    ``with_mrz=False`` leaves the MRZ out (a side of a card that has none).
    """
    w_mm, h_mm = document_size_mm(doc)
    width, height = _mm(w_mm), _mm(h_mm)
    paper, pattern = _TINTS[doc.country]
    card = _guilloche(rng, height, width, paper, pattern)
    mrz_mask, mrz_top = _mrz(rng, doc, (width, height), w_mm, h_mm)
    if not with_mrz:
        mrz_mask = np.zeros_like(mrz_mask)
    # The MRZ band is printed on a plainer, lighter area.
    band = _mm(mrz_top)
    card[band:] = (card[band:].astype(np.uint16) * 3 // 4 + 64).astype(np.uint8)
    canvas = Image.fromarray(card[:, :, ::-1].copy())
    _visual_zone(ImageDraw.Draw(canvas), doc, w_mm, mrz_top, front=not with_mrz)
    rgb = np.asarray(canvas, dtype=np.uint8)
    bgr = rgb[:, :, ::-1].astype(np.float32)
    ink = np.array([rng.randint(15, 45)] * 3, dtype=np.float32)
    coverage = cv2.GaussianBlur(mrz_mask, (3, 3), 0.5).astype(np.float32)[:, :, None] / 255.0
    out = bgr * (1 - coverage) + ink * coverage
    return np.clip(out, 0, 255).astype(np.uint8)
