"""Generic error messages in plain words, for when a form has none of its own.

English source strings in the "FormErrors" context; callers pass a `translate` callable
(the view-model's `QCoreApplication.translate("FormErrors", s)`). Placeholders such as
{min} and {max} are filled after translation.
"""

from __future__ import annotations

from typing import Final

from kiosk.i18n.noop import QT_TRANSLATE_NOOP

ENTER_ANSWER: Final = QT_TRANSLATE_NOOP("FormErrors", "Enter your answer here.")
CHOOSE_ONE: Final = QT_TRANSLATE_NOOP("FormErrors", "Choose one of the options.")
CHOOSE_AT_LEAST: Final = QT_TRANSLATE_NOOP("FormErrors", "Choose at least {min} of the options.")
CHOOSE_AT_MOST: Final = QT_TRANSLATE_NOOP("FormErrors", "Choose at most {max} of the options.")
CONSENT: Final = QT_TRANSLATE_NOOP("FormErrors", "Tick the box to agree before you continue.")
ENTER_DATE: Final = QT_TRANSLATE_NOOP("FormErrors", "Enter the date.")
REAL_DATE: Final = QT_TRANSLATE_NOOP("FormErrors", "Enter a real date.")
EMAIL: Final = QT_TRANSLATE_NOOP("FormErrors", "Enter an e-mail address like name@example.com.")
PHONE: Final = QT_TRANSLATE_NOOP(
    "FormErrors", "Enter a phone number using digits, like 0722 123 456."
)
PERSONAL_ID: Final = QT_TRANSLATE_NOOP(
    "FormErrors", "This number is not valid. Check the digits on your identity card."
)
TOO_SHORT: Final = QT_TRANSLATE_NOOP(
    "FormErrors", "This is too short: write at least {min} characters."
)
TOO_LONG: Final = QT_TRANSLATE_NOOP("FormErrors", "This is too long: at most {max} characters.")
NUMBER: Final = QT_TRANSLATE_NOOP("FormErrors", "Enter a number, like 12.")
WHOLE_NUMBER: Final = QT_TRANSLATE_NOOP("FormErrors", "Enter a whole number, like 3.")
NUMBER_RANGE: Final = QT_TRANSLATE_NOOP("FormErrors", "Enter a number from {min} to {max}.")
NUMBER_ABOVE: Final = QT_TRANSLATE_NOOP("FormErrors", "Enter a number bigger than {min}.")
NUMBER_AT_LEAST: Final = QT_TRANSLATE_NOOP("FormErrors", "Enter a number of {min} or more.")
NUMBER_AT_MOST: Final = QT_TRANSLATE_NOOP("FormErrors", "Enter a number of {max} or less.")
NOT_EXPECTED_FORM: Final = QT_TRANSLATE_NOOP(
    "FormErrors", "Check what you typed: it is not in the expected form."
)
# Shown in "Check your answers" for yes/no questions and ticked boxes.
YES: Final = QT_TRANSLATE_NOOP("FormErrors", "Yes")
NO: Final = QT_TRANSLATE_NOOP("FormErrors", "No")
