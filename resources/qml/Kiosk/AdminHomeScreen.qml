pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// The admin home: this kiosk at a glance (identity, version, uptime, disk) and the pages.
Item {
    id: root
    required property var admin
    readonly property var system: root.admin.system
    readonly property int columns: Theme.largeText ? 2 : 3

    AdminBar {
        id: bar
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        admin: root.admin
        title: qsTr("Technician settings")
        showHome: false
    }

    ScrollPage {
        anchors { left: parent.left; right: parent.right; top: bar.bottom; bottom: parent.bottom
                  margins: Theme.spacing.page_margin }
        Column {
            id: page
            width: parent.width
            spacing: Theme.spacing.large

            Grid {
                objectName: "adminSystemInfo"
                columns: 2
                columnSpacing: Theme.spacing.large
                rowSpacing: Theme.spacing.small
                // Label, value, label, value…
                Repeater {
                    model: [
                        qsTr("Kiosk ID"), root.system.kioskId,
                        qsTr("Site"), root.system.site,
                        qsTr("App version"), root.system.version,
                        qsTr("Running for"), root.system.uptime,
                        qsTr("Disk space"), root.system.disk
                    ]
                    KioskText {
                        required property string modelData
                        required property int index
                        text: modelData
                        font.bold: index % 2 === 0
                    }
                }
            }
            KioskText {
                width: parent.width
                visible: root.system.diskLow
                text: qsTr("The disk is almost full. Export the logs, then ask for the kiosk to be serviced.")
                color: Theme.colors.error
                font.bold: true
            }

            Grid {
                width: parent.width
                columns: root.columns
                spacing: Theme.spacing.large
                Repeater {
                    model: [
                        { page: "admin-settings", name: qsTr("Settings"),
                          note: qsTr("Kiosk ID, languages, timeouts, display, camera") },
                        { page: "admin-devices", name: qsTr("Camera and card reader"),
                          note: qsTr("Live picture and a test read") },
                        { page: "admin-printer", name: qsTr("Printer"),
                          note: qsTr("State and a test receipt") },
                        { page: "admin-portal", name: qsTr("Portal connection"),
                          note: qsTr("Check the connection, enrol this kiosk") },
                        { page: "admin-outbox", name: qsTr("Waiting requests"),
                          note: qsTr("Counts and send now") },
                        { page: "admin-logs", name: qsTr("Logs"),
                          note: qsTr("Save the logs to a USB stick") },
                        { page: "workshops", name: qsTr("Workshops"),
                          note: qsTr("Schedule and attendance") },
                        { page: "report", name: qsTr("Report"),
                          note: qsTr("Anonymous figures, export CSV") },
                        { page: "admin-staff", name: qsTr("Library staff"),
                          note: qsTr("Who may sign in to guide sessions") }
                    ]
                    KioskButton {
                        required property var modelData
                        objectName: "adminTile_" + modelData.page
                        width: (page.width - (root.columns - 1) * Theme.spacing.large) / root.columns
                        height: Math.max(Theme.touch.tile, implicitHeight)
                        text: modelData.name
                        description: modelData.note
                        textSize: "subtitle"
                        onClicked: root.admin.show(modelData.page)
                    }
                }
            }

            KioskButton {
                objectName: "adminRestartButton"
                text: qsTr("Restart the kiosk app")
                description: qsTr("Needed after saving settings or enrolling")
                onClicked: root.admin.restart()
            }
        }
    }
}
