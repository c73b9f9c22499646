"""The service catalogue: what the kiosk offers, in every language, and finding it."""
