"""The appointments journey without Qt widgets: who, where, when, the held slot and its clock.

The view-model (`kiosk.viewmodels.appointments_vm`) wraps these modules for QML.
"""
