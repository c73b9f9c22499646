pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// The technician PIN pad: big digit keys, dots for what is typed (the digits stay in
// Python), a message after a wrong PIN, Cancel back to the kiosk.
Item {
    id: root
    required property var admin
    readonly property real key: Math.min(Theme.touch.tile * 1.4,
                                         (height - header.height - 8 * Theme.spacing.large) / 5)

    // Digits from a hardware keyboard work too.
    focus: true
    Component.onCompleted: forceActiveFocus()
    Keys.onPressed: (event) => {
        if (event.text.length === 1 && event.text >= "0" && event.text <= "9") {
            root.admin.digit(event.text); event.accepted = true
        } else if (event.key === Qt.Key_Backspace) {
            root.admin.deleteDigit(); event.accepted = true
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            root.admin.submitPin(); event.accepted = true
        }
    }

    Column {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        spacing: Theme.spacing.medium
        Item {
            width: parent.width
            height: Math.max(title.implicitHeight, cancel.implicitHeight)
            KioskText {
                id: title
                anchors { left: parent.left; right: cancel.left; rightMargin: Theme.spacing.large
                          verticalCenter: parent.verticalCenter }
                text: qsTr("Technician access")
                size: "title"
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            KioskButton {
                id: cancel
                objectName: "adminCancelButton"
                anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                text: qsTr("Cancel")
                onClicked: root.admin.close()
            }
        }
        KioskText {
            width: parent.width
            text: root.admin.pinSet ? qsTr("Enter the admin PIN.")
                                    : qsTr("No admin PIN is set on this kiosk yet.")
        }
    }

    Column {
        anchors { top: header.bottom; topMargin: Theme.spacing.large; horizontalCenter: parent.horizontalCenter }
        spacing: Theme.spacing.large
        width: 3 * root.key + 2 * Theme.spacing.large

        // One dot per typed digit.
        Rectangle {
            objectName: "pinDots"
            width: parent.width
            height: Theme.touch.button
            radius: Theme.mm(1)
            color: Theme.colors.surface
            border.width: Theme.mm(0.6)
            border.color: Theme.colors.border
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%n digits typed", "", root.admin.pinLength)
            Row {
                anchors.centerIn: parent
                spacing: Theme.spacing.medium
                Repeater {
                    model: root.admin.pinLength
                    Rectangle {
                        required property int index
                        width: Theme.mm(4); height: width; radius: width / 2
                        color: Theme.colors.text
                    }
                }
            }
        }

        KioskText {
            objectName: "pinMessage"
            width: parent.width
            visible: text !== ""
            text: root.admin.message
            color: Theme.colors.error
            font.bold: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        Grid {
            columns: 3
            spacing: Theme.spacing.large
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "delete", "0", "ok"]
                KioskButton {
                    required property string modelData
                    objectName: "pinKey_" + modelData
                    width: root.key
                    height: root.key * 0.8
                    textSize: "title"
                    kind: modelData === "ok" ? "primary" : "secondary"
                    text: modelData === "delete" ? "⌫" : (modelData === "ok" ? qsTr("OK") : modelData)
                    Accessible.name: modelData === "delete" ? qsTr("Delete the last digit")
                                     : (modelData === "ok" ? qsTr("OK") : modelData)
                    onClicked: {
                        if (modelData === "delete") root.admin.deleteDigit()
                        else if (modelData === "ok") root.admin.submitPin()
                        else root.admin.digit(modelData)
                    }
                }
            }
        }
    }
}
