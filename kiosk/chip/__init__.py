"""The ID card chip in the kiosk: the reader worker, the face picture, the demo card."""
