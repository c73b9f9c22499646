"""Marks source strings for Qt Linguist in modules that must not depend on Qt.

`pyside6-lupdate` finds calls named ``QT_TRANSLATE_NOOP`` by name, so a plain
function is enough: the string is collected into the catalogues, and translated
later (``QCoreApplication.translate(context, text)``) where Qt is available.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
