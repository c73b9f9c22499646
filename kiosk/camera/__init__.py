"""The kiosk's camera: which frame source the configuration names, one user at a time,
the live preview for QML and the capture + recognition workers of an ID scan."""
