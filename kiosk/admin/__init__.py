"""The technician admin screen's services: PIN and lockout, audit, settings, diagnostics.

Plain Python (no Qt): the view-models in ``kiosk/viewmodels/admin_*.py`` wrap them
for QML. Nothing here ever stores, logs or shows the admin PIN or the device token.
"""
