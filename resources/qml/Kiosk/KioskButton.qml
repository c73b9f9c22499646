pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// A touch button: at least Theme.touch.button tall and wide, label wraps, focus ring,
// announced as a button with its label (screen reader / speech output).
Rectangle {
    id: root
    property string text
    property string description: ""
    property string kind: "secondary" // primary | secondary | finish | quiet | header | selected
    property string textSize: "body"
    property int horizontalAlignment: Text.AlignHCenter
    signal clicked()

    readonly property color fill: {
        switch (kind) {
        case "primary": return Theme.colors.primary
        case "finish": return Theme.colors.finish
        case "header": return Theme.colors.header
        case "selected": return Theme.colors.secondary
        case "quiet": return Theme.colors.surface
        default: return Theme.colors.surface
        }
    }
    readonly property color ink: {
        switch (kind) {
        case "primary": return Theme.colors.text_on_primary
        case "finish": return Theme.colors.text_on_finish
        case "header": return Theme.colors.text_on_header
        case "selected": return Theme.colors.text_on_secondary
        default: return Theme.colors.text
        }
    }
    readonly property int padding: Theme.spacing.medium

    implicitWidth: Math.max(Theme.touch.button,
                            Math.max(label.implicitWidth, note.implicitWidth) + 2 * padding)
    implicitHeight: Math.max(Theme.touch.button, column.implicitHeight + 2 * padding)
    radius: Theme.mm(1.5)
    color: tap.pressed ? Qt.darker(fill, 1.25) : fill
    opacity: enabled ? 1 : 0.5
    border.width: activeFocus ? Theme.mm(1.2) : Theme.mm(0.5)
    border.color: activeFocus ? Theme.colors.focus
                  : (kind === "header" || kind === "finish" ? Theme.colors.text_on_header
                                                             : Theme.colors.border)

    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    Accessible.name: root.text
    Accessible.description: root.description
    Accessible.onPressAction: root.clicked()
    Keys.onReturnPressed: root.clicked()
    Keys.onSpacePressed: root.clicked()

    Column {
        id: column
        anchors.centerIn: parent
        width: parent.width - 2 * root.padding
        spacing: Theme.spacing.small
        KioskText {
            id: label
            width: parent.width
            text: root.text
            size: root.textSize
            font.bold: true
            color: root.ink
            horizontalAlignment: root.horizontalAlignment
        }
        KioskText {
            id: note
            width: parent.width
            visible: root.description !== ""
            text: root.description
            size: "caption"
            color: root.ink
            horizontalAlignment: root.horizontalAlignment
        }
    }

    TapHandler {
        id: tap
        enabled: root.enabled
        onTapped: root.clicked()
    }
}
