pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// After sending: what was done, the number and access code to keep, what happens
// next and by when, whom to ask; print the receipt; finish.
Item {
    id: root
    required property var session
    required property var forms
    readonly property var done: root.forms.confirmation

    ScrollPage {
        anchors { fill: parent; margins: Theme.spacing.page_margin }
        Column {
            width: parent.width
            spacing: Theme.spacing.large

            // A practice request: said before anything else, so nobody takes it for real.
            Rectangle {
                objectName: "practiceNotice"
                visible: root.done.practice === true
                width: parent.width
                height: visible ? practiceText.implicitHeight + 2 * Theme.spacing.medium : 0
                color: Theme.colors.finish
                radius: Theme.mm(1.5)
                KioskText {
                    id: practiceText
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter
                              margins: Theme.spacing.large }
                    text: qsTr("PRACTICE — this request was not sent to the town hall. The number below is only for practice.")
                    color: Theme.colors.text_on_finish
                    font.bold: true
                    size: "subtitle"
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
            }
            Rectangle {
                objectName: "confirmationPanel"
                width: parent.width
                height: panel.implicitHeight + 2 * Theme.spacing.large
                color: root.done.kind === "saved" ? Theme.colors.surface : Theme.colors.primary
                border.width: Theme.mm(0.8)
                border.color: Theme.colors.border
                radius: Theme.mm(1.5)
                Column {
                    id: panel
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.large }
                    spacing: Theme.spacing.medium
                    readonly property color ink: root.done.kind === "saved" ? Theme.colors.text : Theme.colors.text_on_primary
                    KioskText {
                        objectName: "confirmationTitle"
                        width: parent.width
                        text: "✓ " + (root.done.title || "")
                        size: "title"
                        font.bold: true
                        color: panel.ink
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    KioskText { width: parent.width; text: root.done.serviceName || ""; color: panel.ink; size: "subtitle" }
                    KioskText {
                        width: parent.width
                        visible: (root.done.registrationNumber || "") !== ""
                        text: qsTr("Registration number")
                        color: panel.ink
                    }
                    KioskText {
                        objectName: "registrationNumber"
                        width: parent.width
                        visible: (root.done.registrationNumber || "") !== ""
                        text: root.done.registrationNumber || ""
                        size: "title"
                        font.bold: true
                        font.pixelSize: Theme.fonts.title * 1.4
                        color: panel.ink
                    }
                    KioskText {
                        width: parent.width
                        visible: (root.done.accessCode || "") !== ""
                        text: qsTr("Access code (to check the status)")
                        color: panel.ink
                    }
                    KioskText {
                        objectName: "accessCode"
                        width: parent.width
                        visible: (root.done.accessCode || "") !== ""
                        text: root.done.accessCode || ""
                        size: "title"
                        font.bold: true
                        font.letterSpacing: Theme.mm(0.8)
                        color: panel.ink
                    }
                    KioskText {
                        width: parent.width
                        visible: (root.done.registrationNumber || "") === ""
                        text: qsTr("Reference")
                        color: panel.ink
                    }
                    KioskText {
                        objectName: "clientReference"
                        width: parent.width
                        visible: (root.done.registrationNumber || "") === ""
                        text: root.done.clientReference || ""
                        size: "title"
                        font.bold: true
                        color: panel.ink
                    }
                }
            }

            KioskText { width: parent.width; text: qsTr("What happens next"); size: "subtitle"; font.bold: true }
            KioskText { objectName: "nextSteps"; width: parent.width; text: root.done.nextSteps || "" }
            KioskText { width: parent.width; text: root.done.contact || ""; color: Theme.colors.text_muted }

            KioskText {
                objectName: "printMessage"
                width: parent.width
                visible: text !== ""
                text: root.done.printMessage || ""
                size: "subtitle"
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Flow {
                width: parent.width
                spacing: Theme.spacing.large
                KioskButton {
                    objectName: "printReceipt"
                    kind: "primary"
                    textSize: "subtitle"
                    enabled: !(root.done.printing || false)
                    text: root.done.printing ? qsTr("Printing…")
                        : root.done.printed ? qsTr("Print again") : qsTr("Print the receipt")
                    onClicked: root.forms.printReceipt()
                }
                KioskButton {
                    objectName: "anotherService"
                    textSize: "subtitle"
                    text: qsTr("Another service")
                    onClicked: root.session.goHome()
                }
                KioskButton {
                    objectName: "finishHere"
                    kind: "finish"
                    textSize: "subtitle"
                    text: qsTr("Finish and clear my data")
                    onClicked: root.session.finish()
                }
            }
        }
    }
}
