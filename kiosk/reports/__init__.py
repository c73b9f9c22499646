"""Anonymous statistics of the kiosk's sessions and workshops, for the library's reports."""
