"""Guided mode for library eAmbassadors: staff sign-in, practice sessions, assisted submissions.

Plain Python (no Qt); ``kiosk/viewmodels/guided_vm.py`` wraps it for QML.
"""
