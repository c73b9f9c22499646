pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// Check a request: type the registration number and access code from the receipt,
// or hold the receipt's QR code to the camera. Typed values live in the view-model,
// so Back and a failed lookup keep them.
Item {
    id: root
    required property var session
    required property var status

    // A new message scrolls into view (the keyboard may have scrolled the page).
    readonly property string messages: root.status.error + root.status.notice
                                       + root.status.numberError + root.status.codeError
    onMessagesChanged: if (messages !== "") scroll.flickable.contentY = 0

    Column {
        id: top
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        BackBar { width: parent.width; session: root.session; title: qsTr("Check a request") }
    }

    ScrollPage {
        id: scroll
        anchors { left: parent.left; right: parent.right; top: top.bottom; bottom: parent.bottom
                  margins: Theme.spacing.page_margin }

        Column {
            id: page
            width: parent.width
            spacing: Theme.spacing.large
            readonly property real fieldWidth: Math.min(width, Theme.mm(220))

            KioskText {
                width: page.fieldWidth
                text: qsTr("Type the registration number and the access code. Both are printed on your receipt.")
            }

            // What went wrong with the lookup, and what to do next.
            Rectangle {
                id: problemBox
                width: page.fieldWidth
                visible: root.status.error !== ""
                height: problem.implicitHeight + 2 * Theme.spacing.medium
                color: Theme.colors.surface
                border.width: Theme.mm(1)
                border.color: Theme.colors.error
                radius: Theme.mm(1)
                Column {
                    id: problem
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.medium }
                    spacing: Theme.spacing.medium
                    KioskText {
                        objectName: "statusError"
                        width: parent.width
                        text: root.status.error
                        font.bold: true
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                    KioskButton {
                        objectName: "retryButton"
                        visible: root.status.canRetry
                        text: qsTr("Try again")
                        onClicked: root.status.retry()
                    }
                }
            }

            KioskText {
                objectName: "statusNotice"
                width: page.fieldWidth
                visible: text !== ""
                text: root.status.notice
                font.bold: true
            }

            Column {
                width: page.fieldWidth
                spacing: Theme.spacing.small
                KioskText {
                    objectName: "numberError"
                    width: parent.width
                    visible: text !== ""
                    text: root.status.numberError
                    color: Theme.colors.error
                    font.bold: true
                }
                SearchField {
                    id: numberField
                    width: parent.width
                    label: qsTr("Registration number")
                    inputMethodHints: Qt.ImhPreferNumbers
                    text: root.status.registrationNumber
                    field.objectName: "registrationNumberInput"
                }
                KioskText {
                    width: parent.width
                    text: qsTr("For example 2026/000123")
                    size: "caption"
                    color: Theme.colors.text_muted
                }
            }

            Column {
                width: page.fieldWidth
                spacing: Theme.spacing.small
                KioskText {
                    objectName: "codeError"
                    width: parent.width
                    visible: text !== ""
                    text: root.status.codeError
                    color: Theme.colors.error
                    font.bold: true
                }
                SearchField {
                    id: codeField
                    width: parent.width
                    label: qsTr("Access code")
                    inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhLatinOnly
                    text: root.status.accessCode
                    field.objectName: "accessCodeInput"
                }
                KioskText {
                    width: parent.width
                    text: qsTr("8 letters and digits, printed next to the registration number")
                    size: "caption"
                    color: Theme.colors.text_muted
                }
            }

            // Only what the person types goes back to the view-model: a field being
            // cleared as the screen closes must not erase the kept value.
            Connections {
                target: numberField.field
                function onTextEdited() { root.status.registrationNumber = numberField.text }
                function onAccepted() { codeField.field.forceActiveFocus() }
            }
            Connections {
                target: codeField.field
                function onTextEdited() { root.status.accessCode = codeField.text }
                function onAccepted() { root.status.lookUp() }
            }

            KioskButton {
                objectName: "checkStatusButton"
                kind: "primary"
                enabled: !root.status.busy
                text: root.status.busy ? qsTr("Looking it up…") : qsTr("Check the status")
                onClicked: root.status.lookUp()
            }

            Column {
                width: page.fieldWidth
                visible: root.status.canScan
                spacing: Theme.spacing.medium
                KioskText { width: parent.width; text: qsTr("Or"); size: "subtitle"; font.bold: true }
                KioskButton {
                    objectName: "scanReceiptButton"
                    width: parent.width
                    enabled: !root.status.busy
                    text: qsTr("Scan the QR code on your receipt")
                    description: qsTr("Hold the receipt in front of the camera")
                    onClicked: root.status.scanReceipt()
                }
            }
        }
    }

    Overlay {
        anchors.fill: parent
        visible: root.status.scanning
        title: qsTr("Scan your receipt")
        onClosed: root.status.cancelScan()
        Column {
            width: parent.width
            spacing: Theme.spacing.large
            KioskText {
                width: parent.width
                text: qsTr("Hold your receipt in front of the camera, with the square code facing it. Keep it still for a moment.")
                size: "subtitle"
            }
            KioskButton {
                objectName: "stopScanButton"
                text: qsTr("Type the number instead")
                onClicked: root.status.cancelScan()
            }
        }
    }
}
