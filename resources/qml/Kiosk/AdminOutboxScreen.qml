pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// Requests waiting to be sent to the portal: counts by state only (no personal data),
// and "Send now".
Item {
    id: root
    required property var admin
    readonly property var diagnostics: root.admin.diagnostics
    readonly property var outbox: root.diagnostics.outbox

    AdminBar {
        id: bar
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        admin: root.admin
        title: qsTr("Waiting requests")
    }

    ScrollPage {
        anchors { left: parent.left; right: parent.right; top: bar.bottom; bottom: parent.bottom
                  margins: Theme.spacing.page_margin }
        Column {
            width: parent.width
            spacing: Theme.spacing.large
            KioskText {
                width: parent.width
                visible: !root.outbox.connected
                text: qsTr("The kiosk is not connected to a portal yet, so there is no outbox.")
            }
            Repeater {
                model: root.outbox.rows
                Row {
                    id: outboxRow
                    required property var modelData
                    spacing: Theme.spacing.large
                    KioskText {
                        objectName: "outboxCount_" + outboxRow.modelData.state
                        width: Theme.mm(30)
                        horizontalAlignment: Text.AlignRight
                        text: outboxRow.modelData.count
                        size: "title"
                        font.bold: true
                    }
                    KioskText {
                        anchors.verticalCenter: parent.verticalCenter
                        text: outboxRow.modelData.label
                        size: "subtitle"
                    }
                }
            }
            Row {
                spacing: Theme.spacing.large
                KioskButton {
                    objectName: "retryOutboxButton"
                    visible: root.outbox.connected
                    kind: "primary"
                    text: qsTr("Send now")
                    onClicked: root.diagnostics.retryOutbox()
                }
                KioskButton {
                    visible: root.outbox.connected
                    text: qsTr("Refresh")
                    onClicked: root.diagnostics.refreshOutbox()
                }
            }
            KioskText {
                objectName: "outboxMessage"
                width: parent.width
                visible: text !== ""
                text: root.outbox.message
                font.bold: true
            }
        }
    }
}
