"""Public e-services kiosk: the application (composition root, session, services, view-models)."""

__version__ = "0.1.0"
