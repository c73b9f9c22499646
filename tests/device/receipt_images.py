"""Synthetic "photo of a receipt" images with a QR code, made with segno, numpy and OpenCV."""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt
import segno

Image = npt.NDArray[np.uint8]

STATUS_LINK = "https://portal.example/api/v1/submissions/2026-000123"


def qr_image(text: str, module_px: int) -> Image:
    """Black-on-white QR code with its quiet zone, `module_px` pixels per module (grayscale)."""
    code = segno.make(text, error="m", micro=False)
    modules = np.array(list(code.matrix_iter(scale=1, border=4)), dtype=np.uint8)
    image = np.where(modules > 0, 0, 255).astype(np.uint8)
    return np.kron(image, np.ones((module_px, module_px), dtype=np.uint8))


def receipt(text: str = STATUS_LINK, module_px: int = 4) -> Image:
    """A white till-roll receipt (BGR): a few lines of print and the QR code below them."""
    code = qr_image(text, module_px)
    width = max(380, code.shape[1] + 60)
    height = 260 + code.shape[0]
    paper = np.full((height, width, 3), 250, dtype=np.uint8)
    for row, line in enumerate(
        ["PRIMARIA DEVA", "Nr. 2026/000123", "Cerere depusa", "Verificati starea:"]
    ):
        cv2.putText(
            paper, line, (20, 40 + 45 * row), cv2.FONT_HERSHEY_SIMPLEX, 0.8, (30, 30, 30), 2
        )
    top = 220
    left = (width - code.shape[1]) // 2
    paper[top : top + code.shape[0], left : left + code.shape[1]] = code[..., None]
    return paper


def busy_background(height: int, width: int, seed: int = 1) -> Image:
    """A cluttered desk: coloured rectangles, circles and lines on a textured surface."""
    rng = np.random.default_rng(seed)
    canvas = rng.integers(60, 140, (height, width, 3), dtype=np.uint8)
    canvas = np.asarray(cv2.GaussianBlur(canvas, (0, 0), 3), dtype=np.uint8)
    for _ in range(40):
        color = tuple(int(c) for c in rng.integers(0, 255, 3))
        x, y = int(rng.integers(0, width)), int(rng.integers(0, height))
        kind = rng.integers(0, 3)
        if kind == 0:
            cv2.rectangle(canvas, (x, y), (x + int(rng.integers(20, 200)), y + 60), color, -1)
        elif kind == 1:
            cv2.circle(canvas, (x, y), int(rng.integers(10, 80)), color, -1)
        else:
            end = (int(rng.integers(0, width)), int(rng.integers(0, height)))
            cv2.line(canvas, (x, y), end, color, 3)
    return canvas


def place(paper: Image, background: Image, angle_deg: float = 0.0, scale: float = 1.0) -> Image:
    """Lay the receipt on the background, rotated by `angle_deg` and scaled, centred."""
    h, w = background.shape[:2]
    ph, pw = paper.shape[:2]
    matrix = cv2.getRotationMatrix2D((pw / 2, ph / 2), angle_deg, scale)
    matrix[0, 2] += w / 2 - pw / 2
    matrix[1, 2] += h / 2 - ph / 2
    warped = cv2.warpAffine(paper, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpAffine(
        np.full((ph, pw), 255, dtype=np.uint8), matrix, (w, h), flags=cv2.INTER_NEAREST
    )
    return np.where(mask[..., None] > 0, warped, background).astype(np.uint8)


def perspective(image: Image, strength: float = 0.12) -> Image:
    """As if photographed from above at an angle: the top edge narrower than the bottom."""
    h, w = image.shape[:2]
    inset = w * strength
    source = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    target = np.float32([[inset, h * 0.05], [w - inset, 0], [w, h], [0, h * 0.95]])
    matrix = cv2.getPerspectiveTransform(source, target)
    return np.asarray(
        cv2.warpPerspective(image, matrix, (w, h), borderValue=(90, 90, 90)), dtype=np.uint8
    )


def blur(image: Image, sigma: float = 1.2) -> Image:
    return np.asarray(cv2.GaussianBlur(image, (0, 0), sigma), dtype=np.uint8)


def noise(image: Image, amount: float = 18.0, seed: int = 2) -> Image:
    rng = np.random.default_rng(seed)
    noisy = image.astype(np.float32) + rng.normal(0, amount, image.shape)
    return np.clip(noisy, 0, 255).astype(np.uint8)


def low_contrast(image: Image, low: int = 95, high: int = 165) -> Image:
    """Dim, washed-out light: the whole range squeezed between `low` and `high`."""
    scaled = low + image.astype(np.float32) * ((high - low) / 255.0)
    return scaled.astype(np.uint8)
