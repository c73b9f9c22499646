pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// Booked: the date and time in large type, where, the appointment number and access code
// (needed to cancel), a QR code for the phone's calendar, Print and Finish.
Item {
    id: root
    required property var session
    required property var appointments

    component Detail: Column {
        id: detail
        property string label
        property string value
        property string valueName
        property string valueSize: "subtitle"
        spacing: Theme.spacing.small / 2
        KioskText { width: parent.width; text: detail.label; color: Theme.colors.text_muted }
        KioskText {
            objectName: detail.valueName
            width: parent.width
            text: detail.value
            size: detail.valueSize
            font.bold: true
            wrapMode: Text.WrapAnywhere
        }
    }

    Column {
        id: top
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        BackBar { width: parent.width; session: root.session; showBack: false; title: qsTr("Your appointment is booked") }
    }

    ScrollPage {
        anchors { left: parent.left; right: parent.right; top: top.bottom; bottom: parent.bottom
                  margins: Theme.spacing.page_margin }

        Row {
            id: content
            width: parent.width
            spacing: Theme.spacing.large

            Column {
                width: content.width - qr.width - content.spacing
                spacing: Theme.spacing.large

                Column {
                    width: parent.width
                    KioskText {
                        objectName: "confirmedDate"
                        width: parent.width
                        text: root.appointments.confirmed.date
                        size: "title"
                        font.bold: true
                    }
                    KioskText {
                        objectName: "confirmedTime"
                        width: parent.width
                        text: root.appointments.confirmed.time
                        font.pixelSize: Theme.fonts.title * 1.6
                        font.bold: true
                    }
                }
                Detail { width: parent.width; label: qsTr("Service"); value: root.appointments.confirmed.service }
                Detail {
                    width: parent.width
                    label: qsTr("Office")
                    value: root.appointments.confirmed.office + "\n" + root.appointments.confirmed.address
                    valueSize: "body"
                }
                Detail {
                    width: parent.width
                    label: qsTr("Appointment number")
                    value: root.appointments.confirmed.number
                    valueName: "appointmentNumber"
                }
                Detail {
                    width: parent.width
                    label: qsTr("Access code (you need it with the number to cancel)")
                    value: root.appointments.confirmed.accessCode
                    valueName: "accessCode"
                    valueSize: "title"
                }
                KioskText {
                    width: parent.width
                    text: qsTr("Bring your identity document with you. Write down the number and code, or print them.")
                }
                KioskText {
                    objectName: "printStatusText"
                    width: parent.width
                    visible: text !== ""
                    text: root.appointments.printStatus
                    font.bold: true
                }
                Flow {
                    width: parent.width
                    spacing: Theme.spacing.medium
                    KioskButton {
                        objectName: "printButton"
                        textSize: "subtitle"
                        enabled: !root.appointments.printing
                        text: root.appointments.printing ? qsTr("Printing…")
                            : root.appointments.printed ? qsTr("Print again") : qsTr("Print")
                        onClicked: root.appointments.printSlip()
                    }
                    KioskButton {
                        objectName: "finishAppointmentButton"
                        kind: "finish"
                        textSize: "subtitle"
                        text: qsTr("Finish")
                        onClicked: root.session.finish()
                    }
                }
            }

            QrCode {
                id: qr
                objectName: "calendarQr"
                visible: root.appointments.calendarQr !== ""
                size: Theme.mm(55)
                source: root.appointments.calendarQr
                caption: qsTr("Scan to add it to your phone's calendar")
            }
        }
    }
}
