"""The form's touch inputs, each alone in a window: taps in, signals and what is shown out.

Each harness window feeds the widget's signal back into its property, as the form
view-model does, so the tests see both what the widget reports and what a person
then sees.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.theme.theme import VARIANTS, Variant, mm_to_px
from tests.kiosk.qml_helpers import interactive_items, scene_rect, tap, type_text, visible_texts
from tests.kiosk.ui.widget_harness import WidgetWindow, open_widget

MINIMUM_MM = 9

DATE_QML = """
DatePicker {
    id: picker
    objectName: "widget"
    width: parent.width
    localeName: "%s"
    value: "%s"
    maxYear: 2026
    onPicked: (isoDate) => picker.value = isoDate
}
"""

CHOICE_QML = """
ChoiceTiles {
    id: choice
    objectName: "widget"
    width: parent.width
    fieldLabel: "Marital status"
    value: "single"
    options: %s
    onPicked: (value) => choice.value = value
}
"""
SHORT_OPTIONS = [
    {"value": "single", "label": "Single"},
    {"value": "married", "label": "Married"},
    {"value": "widowed", "label": "Widowed"},
]
LONG_OPTIONS = [
    {"value": "owner", "label": "I own the building", "description": "Bring the deed"},
    {"value": "tenant", "label": "I rent the flat from somebody else"},
]

MULTI_QML = """
MultiChoiceTiles {
    id: multi
    objectName: "widget"
    width: parent.width
    fieldLabel: "Services"
    options: [{ value: "water", label: "Water" },
              { value: "heating", label: "Heating", description: "District heating only" },
              { value: "waste", label: "Waste collection" }]
    onToggled: (value) => {
        const chosen = multi.values.slice()
        const at = chosen.indexOf(value)
        if (at >= 0) chosen.splice(at, 1); else chosen.push(value)
        multi.values = chosen
    }
}
"""

YES_NO_QML = """
YesNoChoice {
    id: yesNo
    objectName: "widget"
    width: parent.width
    onPicked: (value) => yesNo.value = value
}
"""

CONSENT_QML = """
ConsentBox {
    id: consent
    objectName: "widget"
    width: parent.width
    text: "I confirm that the information I gave is true."
    onToggled: (checked) => consent.checked = checked
}
"""

STREETS = [f"Strada Florilor {n}" for n in range(1, 8)] + [
    f"Strada {name} {n}" for name in ("Unirii", "Morii", "Gării") for n in range(1, 12)
]
STREET_QML = """
StreetPicker {
    id: street
    objectName: "widget"
    width: parent.width
    property var all: STREETS_JSON
    matches: all
    // The form does this in Python, diacritics ignored; here a plain substring is enough.
    onSearched: (text) => street.matches = street.all.filter(
        s => s.toLowerCase().indexOf(text.toLowerCase()) >= 0)
    onPicked: (value) => street.value = value
}
""".replace("STREETS_JSON", json.dumps(STREETS))


@pytest.fixture
def widget_window(qapp: object) -> Iterator[Callable[..., WidgetWindow]]:
    opened: list[WidgetWindow] = []

    def open_(qml: str, variant: Variant = VARIANTS["normal"]) -> WidgetWindow:
        window = open_widget(qml, variant)
        opened.append(window)
        return window

    yield open_
    for window in opened:
        window.close()


def shown(w: WidgetWindow, object_name: str) -> bool:
    found = w.find(object_name)
    return found is not None and found.isVisible()


def texts(w: WidgetWindow) -> list[str]:
    return [text for _, text in visible_texts(w.window)]


def accessible(target: QQuickItem) -> QAccessible.State:
    interface = QAccessible.queryAccessibleInterface(target)
    assert interface is not None
    return interface.state()


def is_checked(target: QQuickItem) -> bool:
    return bool(accessible(target).checked)  # type: ignore[attr-defined]  # stub lacks bit fields


def role(target: QQuickItem) -> QAccessible.Role:
    interface = QAccessible.queryAccessibleInterface(target)
    assert interface is not None
    return interface.role()


def tap_near_right_edge(w: WidgetWindow, target: QQuickItem) -> None:
    spot = target.mapToScene(QPointF(target.width() - 10, target.height() / 2)).toPoint()
    QTest.mouseClick(w.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, spot)


def choose_date(w: WidgetWindow, *names: str) -> None:
    for name in ("dateOpen", *names):
        tap(w.window, w.item(name))


# --- DatePicker -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "in_words"), [("ro_RO", "12 martie 1985"), ("en_GB", "12 March 1985")]
)
def test_date_is_chosen_in_four_taps_and_shown_in_words(
    widget_window: Callable[..., WidgetWindow], locale: str, in_words: str
) -> None:
    w = widget_window(DATE_QML % (locale, ""))
    picked = w.record("picked")
    assert "No date chosen" in texts(w)

    choose_date(w, "decade_1980", "year_1985", "month_3", "day_12")

    assert picked.values == ["1985-03-12"]
    assert in_words in texts(w)
    assert not shown(w, "datePanel"), "the panel closes once the day is chosen"


def test_months_have_the_locale_s_standalone_names(
    widget_window: Callable[..., WidgetWindow],
) -> None:
    w = widget_window(DATE_QML % ("uk_UA", ""))
    choose_date(w, "decade_1980", "year_1985")
    # "березень" is March on its own; "березня" is the form used inside a date.
    assert w.item("month_3").property("text") == "березень"
    assert w.item("month_12").property("text") == "грудень"


def test_february_29_is_offered_in_2024_and_not_in_2023(
    widget_window: Callable[..., WidgetWindow],
) -> None:
    w = widget_window(DATE_QML % ("ro_RO", ""))
    choose_date(w, "decade_2020", "year_2024", "month_2")
    assert shown(w, "day_29")
    assert not shown(w, "day_30")

    tap(w.window, w.item("dateBack"))  # to the months of 2024
    tap(w.window, w.item("dateBack"))  # to the years of the 2020s
    tap(w.window, w.item("year_2023"))
    tap(w.window, w.item("month_2"))
    assert shown(w, "day_28")
    assert not shown(w, "day_29")


def test_years_start_at_the_latest_allowed_year(
    widget_window: Callable[..., WidgetWindow],
) -> None:
    w = widget_window(DATE_QML % ("en_GB", ""))
    choose_date(w)
    decades = [name for name in ("decade_2020", "decade_1900", "decade_2030") if shown(w, name)]
    assert decades == ["decade_2020", "decade_1900"]
    first = w.item("decade_2020")
    assert scene_rect(first).top() < scene_rect(w.item("decade_1900")).top()
    assert first.property("text") == "2020 – 2026"
    tap(w.window, first)
    assert shown(w, "year_2026")
    assert not shown(w, "year_2027")


def test_cancel_and_back_keep_the_date_already_chosen(
    widget_window: Callable[..., WidgetWindow],
) -> None:
    w = widget_window(DATE_QML % ("en_GB", "1990-07-04"))
    picked = w.record("picked")
    assert "4 July 1990" in texts(w)

    choose_date(w, "decade_1990", "year_1991")
    tap(w.window, w.item("dateBack"))
    assert shown(w, "year_1995"), "Back goes up one level"
    tap(w.window, w.item("dateCancel"))

    assert not shown(w, "datePanel")
    assert picked.values == []
    assert "4 July 1990" in texts(w)


def test_the_panel_goes_away_with_the_field(
    widget_window: Callable[..., WidgetWindow],
) -> None:
    """A wipe unloads the screen mid-choice: nothing of the panel may stay on screen."""
    w = widget_window(
        'Loader { id: holder; objectName: "holder"; width: parent.width\n'
        'sourceComponent: DatePicker { objectName: "widget"; localeName: "ro_RO" } }'
    )
    choose_date(w, "decade_1980")
    assert shown(w, "datePanel")
    w.item("holder").setProperty("active", False)
    assert w.find("datePanel") is None
    assert w.find("year_1985") is None


@pytest.mark.parametrize("variant", ["normal", "large"])
def test_date_panel_fits_the_screen_at_every_level(
    widget_window: Callable[..., WidgetWindow], variant: str
) -> None:
    w = widget_window(DATE_QML % ("hu_HU", ""), VARIANTS[variant])
    screen = scene_rect(w.window.contentItem())
    for step in ("dateOpen", "decade_1980", "year_1985", "month_1"):
        tap(w.window, w.item(step))
        panel = scene_rect(w.item("datePanel"))
        assert screen.contains(panel), step
        for name in ("dateBack", "dateCancel"):
            assert screen.contains(scene_rect(w.item(name))), (step, name)
    assert shown(w, "day_31")


# --- ChoiceTiles, MultiChoiceTiles, YesNoChoice, ConsentBox ------------------------------


def test_tapped_tile_is_reported_and_shown_checked(
    widget_window: Callable[..., WidgetWindow],
) -> None:
    w = widget_window(CHOICE_QML % json.dumps(SHORT_OPTIONS))
    picked = w.record("picked")
    single, married = w.item("choice_single"), w.item("choice_married")
    assert role(married) == QAccessible.Role.RadioButton
    assert is_checked(single)
    assert not is_checked(married)

    tap(w.window, married)

    assert picked.values == ["married"]
    assert is_checked(married)
    assert not is_checked(single)


@pytest.mark.parametrize(
    ("options", "variant", "columns"),
    [
        (SHORT_OPTIONS, "normal", 2),
        (SHORT_OPTIONS, "large", 1),
        (LONG_OPTIONS, "normal", 1),
    ],
)
def test_short_labels_share_a_row_unless_text_is_large(
    widget_window: Callable[..., WidgetWindow],
    options: list[dict[str, str]],
    variant: str,
    columns: int,
) -> None:
    w = widget_window(CHOICE_QML % json.dumps(options), VARIANTS[variant])
    first = scene_rect(w.item("choice_" + options[0]["value"]))
    second = scene_rect(w.item("choice_" + options[1]["value"]))
    side_by_side = abs(first.top() - second.top()) < 1
    assert side_by_side == (columns == 2)


def test_multi_choice_ticks_and_unticks(widget_window: Callable[..., WidgetWindow]) -> None:
    w = widget_window(MULTI_QML)
    toggled = w.record("toggled")
    water, heating = w.item("choice_water"), w.item("choice_heating")
    assert role(water) == QAccessible.Role.CheckBox

    tap(w.window, water)
    tap(w.window, heating)
    assert is_checked(water) and is_checked(heating)
    tap(w.window, water)

    assert toggled.values == ["water", "heating", "water"]
    assert not is_checked(water)
    assert is_checked(heating)
    assert not is_checked(w.item("choice_waste"))


def test_yes_no_starts_unanswered_and_reports_the_tap(
    widget_window: Callable[..., WidgetWindow],
) -> None:
    w = widget_window(YES_NO_QML)
    picked = w.record("picked")
    yes, no = w.item("yesButton"), w.item("noButton")
    assert not is_checked(yes) and not is_checked(no)
    assert {"Yes", "No"} <= set(texts(w))

    tap(w.window, no)
    assert is_checked(no) and not is_checked(yes)
    tap(w.window, yes)

    assert picked.values == [False, True]
    assert is_checked(yes) and not is_checked(no)


def test_consent_toggles_when_the_text_is_tapped(
    widget_window: Callable[..., WidgetWindow],
) -> None:
    w = widget_window(CONSENT_QML)
    toggled = w.record("toggled")
    box = w.item("consentBox")
    assert role(box) == QAccessible.Role.CheckBox
    assert not is_checked(box)

    tap_near_right_edge(w, box)  # far from the tick box itself: the whole row counts
    w.find("consentBox")  # settles
    assert is_checked(box)
    tap(w.window, box)

    assert toggled.values == [True, False]
    assert not is_checked(box)


# --- StreetPicker -----------------------------------------------------------------------


def test_street_is_searched_and_picked(widget_window: Callable[..., WidgetWindow]) -> None:
    w = widget_window(STREET_QML)
    searched, picked = w.record("searched"), w.record("picked")
    assert shown(w, "street_29")
    assert not shown(w, "street_30"), "only the first 30 streets are shown"
    assert "Type more letters to see fewer streets" in texts(w)

    tap(w.window, w.item("streetSearch"))
    type_text(w.window, "flo")

    assert searched.values == ["f", "fl", "flo"]
    assert "Type more letters to see fewer streets" not in texts(w)
    assert w.item("street_0").property("text") == "Strada Florilor 1"
    assert not shown(w, "street_7")

    tap(w.window, w.item("street_2"))

    assert picked.values == ["Strada Florilor 3"]
    assert "Strada Florilor 3" in texts(w)
    assert not shown(w, "streetSearch"), "the chosen street replaces the search"
    assert not shown(w, "street_0")


def test_a_chosen_street_can_be_changed(widget_window: Callable[..., WidgetWindow]) -> None:
    w = widget_window(STREET_QML)
    picked = w.record("picked")
    tap(w.window, w.item("street_10"))
    tap(w.window, w.item("streetChange"))
    assert shown(w, "streetSearch")
    type_text(w.window, "unirii 5")  # the search has the focus: no extra tap needed
    tap(w.window, w.item("street_0"))

    assert picked.values == ["Strada Unirii 4", "Strada Unirii 5"]
    assert "Strada Unirii 5" in texts(w)
    assert not shown(w, "streetSearch")


def test_no_street_found_says_what_to_do(widget_window: Callable[..., WidgetWindow]) -> None:
    w = widget_window(STREET_QML)
    tap(w.window, w.item("streetSearch"))
    type_text(w.window, "xyz")
    assert "No street found. Check the spelling, or type fewer letters." in texts(w)
    assert not shown(w, "street_0")


# --- Every widget: large enough for a finger, and named for speech -----------------------

WIDGETS = {
    "choice": (CHOICE_QML % json.dumps(LONG_OPTIONS), ()),
    "multi": (MULTI_QML, ()),
    "yes-no": (YES_NO_QML, ()),
    "consent": (CONSENT_QML, ()),
    "street": (STREET_QML, ()),
    "street-chosen": (STREET_QML, ("street_3",)),
    "date": (DATE_QML % ("ro_RO", "1985-03-12"), ()),
    "date-decades": (DATE_QML % ("ro_RO", ""), ("dateOpen",)),
    "date-years": (DATE_QML % ("ro_RO", ""), ("dateOpen", "decade_1980")),
    "date-months": (DATE_QML % ("ro_RO", ""), ("dateOpen", "decade_1980", "year_1985")),
    "date-days": (DATE_QML % ("ro_RO", ""), ("dateOpen", "decade_1980", "year_1985", "month_3")),
}


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("widget", WIDGETS)
def test_controls_are_large_and_named(
    widget_window: Callable[..., WidgetWindow], widget: str, variant: str
) -> None:
    qml, taps = WIDGETS[widget]
    w = widget_window(qml, VARIANTS[variant])
    for name in taps:
        tap(w.window, w.item(name))
    minimum_px = mm_to_px(MINIMUM_MM, w.dpi) - 0.5
    controls = interactive_items(w.window)
    assert controls
    too_small = [
        (name, round(c.width()), round(c.height()))
        for c, name, _ in controls
        if c.width() < minimum_px or c.height() < minimum_px
    ]
    assert not too_small, f"under {MINIMUM_MM} mm ({minimum_px:.0f} px): {too_small}"
    unnamed = [c.objectName() for c, name, _ in controls if not name.strip()]
    assert not unnamed
