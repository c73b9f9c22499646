pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import KioskTheme

// Cancel an appointment with the number and access code from the slip: find it, show it,
// "Cancel this appointment", then say it is cancelled. A wrong number or code is explained
// and what was typed stays in the fields.
Item {
    id: root
    required property var session
    required property var appointments

    // A labelled text field with its own error line (the SearchField pattern plus an error).
    component LabelledField: Column {
        id: box
        property string label
        property string hint
        property string error
        property string inputName
        property int inputMethodHints: Qt.ImhNone
        property alias text: input.text
        spacing: Theme.spacing.small
        // Typed text is personal: do not leave it in a screen waiting to be deleted.
        Component.onDestruction: input.clear()

        KioskText { width: parent.width; text: box.label; size: "subtitle"; font.bold: true }
        KioskText {
            width: parent.width
            visible: box.hint !== ""
            text: box.hint
            color: Theme.colors.text_muted
        }
        KioskText {
            objectName: box.inputName + "Error"
            width: parent.width
            visible: box.error !== ""
            text: box.error
            color: Theme.colors.error
            font.bold: true
        }
        TextField {
            id: input
            objectName: box.inputName
            width: parent.width
            height: Math.max(Theme.touch.button, implicitHeight)
            font.pixelSize: Theme.fonts.subtitle
            font.family: "Noto Sans"
            color: Theme.colors.text
            inputMethodHints: box.inputMethodHints | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
            Accessible.name: box.label
            Accessible.description: box.error
            Accessible.role: Accessible.EditableText
            background: Rectangle {
                color: Theme.colors.surface
                border.width: input.activeFocus || box.error !== "" ? Theme.mm(1.2) : Theme.mm(0.6)
                border.color: input.activeFocus ? Theme.colors.focus
                              : (box.error !== "" ? Theme.colors.error : Theme.colors.border)
                radius: Theme.mm(1)
            }
        }
    }

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
        BackBar { width: parent.width; session: root.session; title: qsTr("Cancel an appointment") }
    }

    ScrollPage {
        anchors { left: parent.left; right: parent.right; top: top.bottom; bottom: parent.bottom
                  margins: Theme.spacing.page_margin }

        Column {
            width: Math.min(parent.width, Theme.mm(300))
            spacing: Theme.spacing.large

            // 1. The number and code (kept, not destroyed, while the appointment is shown).
            Column {
                width: parent.width
                spacing: Theme.spacing.large
                visible: root.appointments.cancelStage === "enter"
                KioskText {
                    width: parent.width
                    text: qsTr("Enter the appointment number and the access code. They are on your appointment slip.")
                }
                LabelledField {
                    id: number
                    width: parent.width
                    inputName: "cancelNumberInput"
                    label: qsTr("Appointment number")
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhPreferLowercase
                }
                LabelledField {
                    id: code
                    width: parent.width
                    inputName: "cancelCodeInput"
                    label: qsTr("Access code")
                    inputMethodHints: Qt.ImhPreferUppercase
                }
                LoadStatus { width: parent.width; appointments: root.appointments }
                KioskButton {
                    objectName: "findAppointmentButton"
                    kind: "primary"
                    textSize: "subtitle"
                    enabled: !root.appointments.busy
                    text: qsTr("Find my appointment")
                    onClicked: root.appointments.findAppointment(number.text, code.text)
                }
            }

            // 2. The appointment found: cancel it, or keep it.
            Column {
                width: parent.width
                spacing: Theme.spacing.large
                visible: root.appointments.cancelStage === "found"
                KioskText {
                    width: parent.width
                    text: qsTr("Is this the appointment you want to cancel?")
                    size: "subtitle"
                    font.bold: true
                }
                Column {
                    width: parent.width
                    spacing: Theme.spacing.medium
                    SummaryRow { width: parent.width; label: qsTr("Service"); value: root.appointments.cancelDetails.service }
                    SummaryRow { width: parent.width; label: qsTr("Date"); value: root.appointments.cancelDetails.date }
                    SummaryRow { width: parent.width; label: qsTr("Time"); value: root.appointments.cancelDetails.time }
                    SummaryRow { width: parent.width; label: qsTr("Office"); value: root.appointments.cancelDetails.office }
                    SummaryRow { width: parent.width; label: qsTr("Address"); value: root.appointments.cancelDetails.address }
                    SummaryRow { width: parent.width; label: qsTr("Status"); value: root.appointments.cancelDetails.status }
                }
                KioskText {
                    objectName: "cannotCancelText"
                    width: parent.width
                    visible: !root.appointments.canCancel
                    text: qsTr("This appointment is not booked any more, so there is nothing to cancel.")
                    size: "subtitle"
                }
                LoadStatus { width: parent.width; appointments: root.appointments }
                Flow {
                    width: parent.width
                    spacing: Theme.spacing.medium
                    KioskButton {
                        objectName: "cancelAppointmentButton"
                        visible: root.appointments.canCancel
                        enabled: !root.appointments.busy
                        kind: "finish"
                        textSize: "subtitle"
                        text: qsTr("Cancel this appointment")
                        onClicked: root.appointments.cancelAppointment()
                    }
                    KioskButton {
                        objectName: "keepAppointmentButton"
                        enabled: !root.appointments.busy
                        textSize: "subtitle"
                        text: root.appointments.canCancel ? qsTr("Keep it") : qsTr("Look up another appointment")
                        onClicked: root.appointments.canCancel ? root.session.goHome() : root.appointments.cancelAnother()
                    }
                }
            }

            // 3. Done.
            Column {
                width: parent.width
                spacing: Theme.spacing.large
                visible: root.appointments.cancelStage === "cancelled"
                KioskText {
                    objectName: "cancelledText"
                    width: parent.width
                    text: qsTr("Your appointment is cancelled")
                    size: "title"
                    font.bold: true
                }
                KioskText {
                    width: parent.width
                    text: qsTr("%1 at %2 is free again for others. You do not need to do anything else.")
                          .arg(root.appointments.cancelDetails.date).arg(root.appointments.cancelDetails.time)
                }
                KioskButton {
                    objectName: "cancelDoneButton"
                    kind: "primary"
                    textSize: "subtitle"
                    text: qsTr("Back to the start")
                    onClicked: root.session.goHome()
                }
            }
        }
    }
}
