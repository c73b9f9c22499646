pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// The street, picked from the municipality's list: type a few letters, tap the street.
// Searching happens in Python (diacritics ignored): every change of the typed text goes
// out through `searched`, and the streets to show come back in through `matches`.
// Once a street is chosen it is shown on top with "Change".
Item {
    id: root
    property var matches: [] // street names to show, best first
    property string value
    signal searched(string text)
    signal picked(string value)

    readonly property int shownLimit: 30
    // View state: the person asked to change a street already chosen.
    property bool changing: false
    readonly property bool searching: root.value === "" || root.changing
    readonly property var shown: (root.matches || []).slice(0, root.shownLimit)
    readonly property int columns: Theme.largeText ? 2 : 3

    implicitWidth: Theme.mm(120)
    implicitHeight: column.implicitHeight

    function choose(street: string) {
        root.changing = false
        // The list goes away with the keyboard; the typed letters stay for "Change".
        search.field.focus = false
        root.picked(street)
    }

    Column {
        id: column
        width: parent.width
        spacing: Theme.spacing.medium

        // The chosen street, on top, with the way to change it.
        Rectangle {
            width: parent.width
            visible: root.value !== ""
            height: Math.max(chosenText.implicitHeight, changeButton.implicitHeight) + 2 * Theme.spacing.medium
            radius: Theme.mm(1.5)
            color: Theme.colors.highlight
            border.width: Theme.mm(1.2)
            border.color: Theme.colors.secondary
            KioskText {
                id: chosenText
                objectName: "streetChosen"
                anchors { left: parent.left; right: changeButton.left; margins: Theme.spacing.medium
                          verticalCenter: parent.verticalCenter }
                text: root.value
                size: "subtitle"
                font.bold: true
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            KioskButton {
                id: changeButton
                objectName: "streetChange"
                anchors { right: parent.right; rightMargin: Theme.spacing.medium
                          verticalCenter: parent.verticalCenter }
                text: root.changing ? qsTr("Keep this street") : qsTr("Change")
                Accessible.name: root.changing ? text : qsTr("Change the street")
                onClicked: {
                    root.changing = !root.changing
                    if (root.changing)
                        search.field.forceActiveFocus()
                    else
                        search.field.focus = false
                }
            }
        }

        SearchField {
            id: search
            width: parent.width
            visible: root.searching
            label: qsTr("Type the first letters of the street name")
            inputName: "streetSearch"
            onTextChanged: root.searched(text)
        }

        KioskText {
            width: parent.width
            visible: root.searching && root.matches.length === 0 && search.text !== ""
            text: qsTr("No street found. Check the spelling, or type fewer letters.")
        }
        KioskText {
            objectName: "streetTypeMore"
            width: parent.width
            visible: root.searching && root.matches.length > root.shownLimit
            text: qsTr("Type more letters to see fewer streets")
            color: Theme.colors.text_muted
        }

        Grid {
            id: grid
            width: parent.width
            visible: root.searching
            columns: root.columns
            spacing: Theme.spacing.medium
            Repeater {
                model: root.searching ? root.shown : []
                KioskButton {
                    required property string modelData
                    required property int index
                    objectName: "street_" + index
                    width: (grid.width - (grid.columns - 1) * grid.spacing) / grid.columns
                    height: Math.max(Theme.touch.button, implicitHeight)
                    horizontalAlignment: Text.AlignLeft
                    kind: modelData === root.value ? "selected" : "secondary"
                    text: modelData
                    textSize: "subtitle"
                    onClicked: root.choose(modelData)
                }
            }
        }
    }
}
