"""QObject view-models exposed to QML: thin wrappers around plain-Python services."""
