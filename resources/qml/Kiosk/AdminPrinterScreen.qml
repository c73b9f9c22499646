pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// The receipt printer: queue, state and its reasons in plain words, and a test receipt.
Item {
    id: root
    required property var admin
    readonly property var diagnostics: root.admin.diagnostics
    readonly property var printer: root.diagnostics.printer

    AdminBar {
        id: bar
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        admin: root.admin
        title: qsTr("Printer")
    }

    ScrollPage {
        anchors { left: parent.left; right: parent.right; top: bar.bottom; bottom: parent.bottom
                  margins: Theme.spacing.page_margin }
        Column {
            width: parent.width
            spacing: Theme.spacing.large
            Grid {
                objectName: "printerState"
                visible: root.printer.configured
                columns: 2
                columnSpacing: Theme.spacing.large
                rowSpacing: Theme.spacing.small
                KioskText { text: qsTr("Printer queue"); font.bold: true }
                KioskText { text: root.printer.queue || "—" }
                KioskText { text: qsTr("State"); font.bold: true }
                KioskText { text: root.printer.state }
            }
            Repeater {
                model: root.printer.reasons
                KioskText {
                    required property string modelData
                    objectName: "printerReason"
                    text: modelData
                    size: "subtitle"
                    font.bold: true
                }
            }
            KioskButton {
                objectName: "printTestButton"
                kind: "primary"
                enabled: !root.printer.printing
                text: qsTr("Print a test receipt")
                onClicked: root.diagnostics.printTest()
            }
            KioskText {
                objectName: "printerMessage"
                width: parent.width
                visible: text !== ""
                text: root.printer.message
                font.bold: true
            }
        }
    }
}
