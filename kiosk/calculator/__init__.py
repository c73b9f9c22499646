"""Logic behind the kiosk's lobby calculator screen (pure Python, no Qt)."""
