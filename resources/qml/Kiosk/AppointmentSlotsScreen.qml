pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// Which time: one tile per free time on the chosen day (taken times are not offered).
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
        BackBar { width: parent.width; session: root.session; title: qsTr("Choose a time") }
    }

    ScrollPage {
        anchors { left: parent.left; right: parent.right; top: top.bottom; bottom: parent.bottom
                  margins: Theme.spacing.page_margin }

        Column {
            width: parent.width
            spacing: Theme.spacing.large

            Column {
                width: parent.width
                spacing: Theme.spacing.small
                KioskText {
                    objectName: "dayTitle"
                    width: parent.width
                    text: root.appointments.dayTitle
                    size: "subtitle"
                    font.bold: true
                }
                KioskText {
                    width: parent.width
                    text: root.appointments.officeName + " — " + root.appointments.officeAddress
                    color: Theme.colors.text_muted
                }
            }

            // Why the person is choosing again (the time was taken, or the hold ran out).
            Rectangle {
                width: parent.width
                visible: root.appointments.notice !== ""
                height: noticeText.implicitHeight + 2 * Theme.spacing.medium
                color: Theme.colors.highlight
                border.width: Theme.mm(1)
                border.color: Theme.colors.secondary
                radius: Theme.mm(1.5)
                KioskText {
                    id: noticeText
                    objectName: "noticeText"
                    anchors { fill: parent; margins: Theme.spacing.medium }
                    text: root.appointments.notice
                    size: "subtitle"
                    font.bold: true
                }
            }

            LoadStatus { width: parent.width; appointments: root.appointments }

            Column {
                width: parent.width
                spacing: Theme.spacing.medium
                visible: root.appointments.timesLoaded && root.appointments.times.length === 0
                KioskText {
                    objectName: "noTimesText"
                    width: parent.width
                    text: qsTr("There are no free times left on this day. Please choose another day.")
                    size: "subtitle"
                }
                KioskButton {
                    objectName: "otherDayButton"
                    text: qsTr("Choose another day")
                    onClicked: root.session.back()
                }
            }

            Grid {
                id: tiles
                width: parent.width
                columns: Theme.largeText ? 3 : 5
                spacing: Theme.spacing.medium
                Repeater {
                    model: root.appointments.times
                    KioskButton {
                        required property var modelData
                        objectName: "time_" + modelData.id
                        width: (tiles.width - (tiles.columns - 1) * tiles.spacing) / tiles.columns
                        enabled: !root.appointments.busy
                        textSize: "title"
                        text: modelData.time
                        Accessible.name: qsTr("%1 to %2").arg(modelData.time).arg(modelData.ends)
                        onClicked: root.appointments.chooseSlot(modelData.id)
                    }
                }
            }
        }
    }
}
