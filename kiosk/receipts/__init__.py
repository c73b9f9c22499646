"""Receipt layouts: a :class:`~kiosk.printing.receipt_printer.PrintableReceipt` as a PDF.

reportlab draws it on 58 mm or 80 mm till rolls (the page as long as the content)
or on A4, with DejaVu fonts embedded so every kiosk language prints.
"""
