"""QR code reading from camera frames (the status link printed on receipts)."""
