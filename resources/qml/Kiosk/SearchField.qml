pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import KioskTheme

// A large text field for touch, with a visible label; typed text is personal and wiped.
Column {
    id: root
    property alias text: field.text
    property alias field: field
    property string label
    // Tests and screenshots find the input by this name; several fields on one screen differ.
    property string inputName: "searchInput"
    property int inputMethodHints: Qt.ImhNone
    spacing: Theme.spacing.small
    // Typed text is personal: do not leave it in a screen waiting to be deleted.
    Component.onDestruction: field.clear()

    KioskText {
        width: parent.width
        text: root.label
        size: "subtitle"
        font.bold: true
    }
    TextField {
        id: field
        objectName: root.inputName
        width: parent.width
        height: Math.max(Theme.touch.button, implicitHeight)
        font.pixelSize: Theme.fonts.subtitle
        font.family: "Noto Sans"
        color: Theme.colors.text
        inputMethodHints: root.inputMethodHints | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
        Accessible.name: root.label
        Accessible.role: Accessible.EditableText
        background: Rectangle {
            color: Theme.colors.surface
            border.width: field.activeFocus ? Theme.mm(1.2) : Theme.mm(0.6)
            border.color: field.activeFocus ? Theme.colors.focus : Theme.colors.border
            radius: Theme.mm(1)
        }
    }
}
