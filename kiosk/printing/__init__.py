"""Printing receipts and slips: the interface journeys use; CUPS behind it (see issue 6)."""
