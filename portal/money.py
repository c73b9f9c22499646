"""Amounts travel as integer minor units inside the portal and as "123.45" strings outside."""

from __future__ import annotations


def format_minor(amount_minor: int) -> str:
    return f"{amount_minor // 100}.{amount_minor % 100:02d}"
