pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// The chosen time is held for this person for a few minutes: check it, then confirm it
// or choose another time. When the hold runs out the view-model says so and goes back
// to the times (never confirms).
Item {
    id: root
    required property var session
    required property var appointments

    Component.onCompleted: root.appointments.holdShown()
    Component.onDestruction: root.appointments.holdHidden()

    component SummaryRow: Row {
        id: row
        property string label
        property string value
        property real labelWidth: width * 0.35
        spacing: Theme.spacing.medium
        visible: value !== ""
        KioskText { width: row.labelWidth; text: row.label; color: Theme.colors.text_muted }
        KioskText { width: row.width - row.labelWidth - row.spacing; text: row.value; font.bold: true }
    }

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
        // No Back here: "Choose another time" goes back and gives the held time to others.
        BackBar { width: parent.width; session: root.session; showBack: false; title: qsTr("Check and confirm your appointment") }
    }

    ScrollPage {
        anchors { left: parent.left; right: parent.right; top: top.bottom; bottom: parent.bottom
                  margins: Theme.spacing.page_margin }

        Column {
            width: Math.min(parent.width, Theme.mm(300))
            spacing: Theme.spacing.large

            Rectangle {
                width: parent.width
                visible: countdown.text !== ""
                height: countdown.implicitHeight + 2 * Theme.spacing.medium
                color: Theme.colors.highlight
                border.width: Theme.mm(1)
                border.color: Theme.colors.secondary
                radius: Theme.mm(1.5)
                KioskText {
                    id: countdown
                    objectName: "holdLeftText"
                    anchors { fill: parent; margins: Theme.spacing.medium }
                    text: root.appointments.holdExpired ? root.appointments.notice : root.appointments.holdLeft
                    size: "subtitle"
                    font.bold: true
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }

            Column {
                width: parent.width
                spacing: Theme.spacing.medium
                SummaryRow { width: parent.width; label: qsTr("Service"); value: root.appointments.held.service }
                SummaryRow { width: parent.width; label: qsTr("Date"); value: root.appointments.held.date }
                SummaryRow { width: parent.width; label: qsTr("Time"); value: root.appointments.held.time }
                SummaryRow { width: parent.width; label: qsTr("Office"); value: root.appointments.held.office }
                SummaryRow { width: parent.width; label: qsTr("Address"); value: root.appointments.held.address }
                SummaryRow { width: parent.width; label: qsTr("Name"); value: root.appointments.held.name }
                SummaryRow {
                    width: parent.width
                    label: qsTr("Personal identification number")
                    value: root.appointments.held.personalId
                }
            }

            LoadStatus { width: parent.width; appointments: root.appointments }

            Flow {
                width: parent.width
                spacing: Theme.spacing.medium
                KioskButton {
                    objectName: "confirmButton"
                    kind: "primary"
                    textSize: "subtitle"
                    enabled: !root.appointments.busy && !root.appointments.holdExpired
                             && root.appointments.held.number !== ""
                    text: qsTr("Confirm the appointment")
                    onClicked: root.appointments.confirm()
                }
                KioskButton {
                    objectName: "anotherTimeButton"
                    enabled: !root.appointments.busy
                    textSize: "subtitle"
                    text: qsTr("Choose another time")
                    onClicked: root.appointments.chooseAnotherTime()
                }
            }
        }
    }
}
