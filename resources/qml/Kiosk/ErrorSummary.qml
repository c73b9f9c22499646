pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// "There is a problem": every error of the step in one box at the top, each a link
// to its field. It takes the focus when it appears, so speech output reads it first.
Rectangle {
    id: root
    property var errors: []
    signal jumpTo(string key)
    objectName: "errorSummary"
    visible: errors.length > 0
    implicitHeight: visible ? column.implicitHeight + 2 * Theme.spacing.large : 0
    color: Theme.colors.surface
    border.width: Theme.mm(1.2)
    border.color: Theme.colors.error
    radius: Theme.mm(1)
    activeFocusOnTab: true
    Accessible.role: Accessible.AlertMessage
    Accessible.name: heading.text

    Column {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.large }
        spacing: Theme.spacing.medium
        KioskText {
            id: heading
            width: parent.width
            text: qsTr("There is a problem")
            size: "title"
            font.bold: true
            color: Theme.colors.error
        }
        KioskText {
            width: parent.width
            text: qsTr("Tap a line to go to the answer that needs a change.")
        }
        Repeater {
            model: root.errors
            KioskButton {
                required property var modelData
                required property int index
                objectName: "errorLink_" + modelData.key
                width: parent.width
                kind: "quiet"
                horizontalAlignment: Text.AlignLeft
                text: modelData.label + ": " + modelData.message
                onClicked: root.jumpTo(modelData.key)
            }
        }
    }
}
