pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// Staff sign-in: the staff member's own PIN on big digit keys; dots for what is typed
// (the digits stay in Python). Signed in, the session continues where it was, guided.
Item {
    id: root
    objectName: "guidedSignIn"
    required property var session
    required property var guided
    readonly property real key: Math.min(Theme.touch.tile * 1.3,
                                         (height - top.height - 9 * Theme.spacing.large) / 5)

    focus: true
    Component.onCompleted: forceActiveFocus()
    Keys.onPressed: (event) => {
        if (event.text.length === 1 && event.text >= "0" && event.text <= "9") {
            root.guided.digit(event.text); event.accepted = true
        } else if (event.key === Qt.Key_Backspace) {
            root.guided.deleteDigit(); event.accepted = true
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            root.guided.submitPin(); event.accepted = true
        }
    }

    Column {
        id: top
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        spacing: Theme.spacing.medium
        BackBar {
            width: parent.width
            session: root.session
            title: qsTr("Staff sign-in")
            customBack: true
            onBackRequested: root.guided.cancelSignIn()
        }
        KioskText {
            width: parent.width
            text: qsTr("For library staff: enter your staff PIN to guide this session.")
        }
    }

    Column {
        anchors { top: top.bottom; topMargin: Theme.spacing.large; horizontalCenter: parent.horizontalCenter }
        spacing: Theme.spacing.large
        width: 3 * root.key + 2 * Theme.spacing.large

        Rectangle {
            objectName: "staffPinDots"
            width: parent.width
            height: Theme.touch.button
            radius: Theme.mm(1)
            color: Theme.colors.surface
            border.width: Theme.mm(0.6)
            border.color: Theme.colors.border
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%n digits typed", "", root.guided.pinLength)
            Row {
                anchors.centerIn: parent
                spacing: Theme.spacing.medium
                Repeater {
                    model: root.guided.pinLength
                    Rectangle {
                        required property int index
                        width: Theme.mm(4); height: width; radius: width / 2
                        color: Theme.colors.text
                    }
                }
            }
        }

        KioskText {
            objectName: "staffPinMessage"
            width: parent.width
            visible: text !== ""
            text: root.guided.message
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
                    objectName: "staffPinKey_" + modelData
                    width: root.key
                    height: root.key * 0.75
                    textSize: "title"
                    kind: modelData === "ok" ? "primary" : "secondary"
                    text: modelData === "delete" ? "⌫" : (modelData === "ok" ? qsTr("OK") : modelData)
                    Accessible.name: modelData === "delete" ? qsTr("Delete the last digit")
                                     : (modelData === "ok" ? qsTr("OK") : modelData)
                    onClicked: {
                        if (modelData === "delete") root.guided.deleteDigit()
                        else if (modelData === "ok") root.guided.submitPin()
                        else root.guided.digit(modelData)
                    }
                }
            }
        }
    }
}
