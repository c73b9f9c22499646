pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// Which office: one large tile per office that offers the service, with its address.
Item {
    id: root
    required property var session
    required property var appointments

    // "Loading…" while the portal answers; when it cannot, what to do and "Try again".
    component LoadStatus: Column {
        id: status
        required property var appointments
        spacing: Theme.spacing.medium
        KioskText {
            objectName: "loadingText"
            width: parent.width
            visible: status.appointments.busy
            text: qsTr("Loading…")
            size: "subtitle"
        }
        Rectangle {
            width: parent.width
            visible: status.appointments.problem !== ""
            height: problemColumn.implicitHeight + 2 * Theme.spacing.medium
            color: Theme.colors.surface
            border.width: Theme.mm(1)
            border.color: Theme.colors.error
            radius: Theme.mm(1.5)
            Column {
                id: problemColumn
                anchors { fill: parent; margins: Theme.spacing.medium }
                spacing: Theme.spacing.medium
                KioskText {
                    objectName: "problemText"
                    width: parent.width
                    text: status.appointments.problem
                    font.bold: true
                }
                KioskButton {
                    objectName: "retryButton"
                    visible: status.appointments.canRetry
                    enabled: !status.appointments.busy
                    kind: "primary"
                    text: qsTr("Try again")
                    onClicked: status.appointments.retry()
                }
            }
        }
    }

    Column {
        id: top
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        BackBar { width: parent.width; session: root.session; title: qsTr("Choose an office") }
    }

    ScrollPage {
        anchors { left: parent.left; right: parent.right; top: top.bottom; bottom: parent.bottom
                  margins: Theme.spacing.page_margin }

        Column {
            width: parent.width
            spacing: Theme.spacing.large

            LoadStatus { width: parent.width; appointments: root.appointments }

            KioskText {
                width: parent.width
                visible: !root.appointments.busy && root.appointments.problem === ""
                         && root.appointments.offices.length === 0
                text: qsTr("No office takes appointments for this service at the moment. Please ask at the information desk.")
                size: "subtitle"
            }

            Grid {
                id: tiles
                width: parent.width
                columns: Theme.largeText ? 1 : 2
                spacing: Theme.spacing.medium
                Repeater {
                    model: root.appointments.offices
                    KioskButton {
                        required property var modelData
                        objectName: "office_" + modelData.code
                        width: (tiles.width - (tiles.columns - 1) * tiles.spacing) / tiles.columns
                        height: Math.max(Theme.touch.tile, implicitHeight)
                        enabled: !root.appointments.busy
                        horizontalAlignment: Text.AlignLeft
                        textSize: "subtitle"
                        text: modelData.name
                        description: modelData.address
                        onClicked: root.appointments.chooseOffice(modelData.code)
                    }
                }
            }
        }
    }
}
