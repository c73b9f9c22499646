pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// Save the kiosk's recent logs (redacted) and the admin audit trail to a USB stick.
Item {
    id: root
    required property var admin
    readonly property var diagnostics: root.admin.diagnostics
    readonly property var logs: root.diagnostics.logs

    AdminBar {
        id: bar
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        admin: root.admin
        title: qsTr("Logs")
    }

    ScrollPage {
        anchors { left: parent.left; right: parent.right; top: bar.bottom; bottom: parent.bottom
                  margins: Theme.spacing.page_margin }
        Column {
            width: parent.width
            spacing: Theme.spacing.large
            KioskText {
                width: parent.width
                text: qsTr("Plug in a USB stick, then choose where to save the logs. Personal data is removed from them.")
            }
            Repeater {
                model: root.logs.directories
                KioskButton {
                    required property var modelData
                    objectName: "exportLogsButton"
                    horizontalAlignment: Text.AlignLeft
                    text: qsTr("Save to %1").arg(modelData.label)
                    description: modelData.path
                    onClicked: root.diagnostics.exportLogs(modelData.path)
                }
            }
            KioskText {
                objectName: "logsMessage"
                width: parent.width
                visible: text !== ""
                text: root.logs.message
                font.bold: true
            }
        }
    }
}
