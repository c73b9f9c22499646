pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import KioskTheme

// Who the appointment is for: first name, surname and personal identification number.
// A mistake is explained next to its field, in plain words, and what was typed stays.
Item {
    id: root
    required property var session
    required property var appointments

    // A labelled text field with its own error line (the SearchField pattern plus an error).
    component PersonField: Column {
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

    Component.onCompleted: {
        givenNames.text = root.appointments.person.givenNames
        surname.text = root.appointments.person.surname
        personalId.text = root.appointments.person.personalId
    }

    Column {
        id: top
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        BackBar { width: parent.width; session: root.session; title: qsTr("Who is the appointment for?") }
    }

    ScrollPage {
        anchors { left: parent.left; right: parent.right; top: top.bottom; bottom: parent.bottom
                  margins: Theme.spacing.page_margin }

        Column {
            width: Math.min(parent.width, Theme.mm(260))
            spacing: Theme.spacing.large

            KioskText {
                width: parent.width
                text: qsTr("Write the details as they are on your identity card. The appointment will be in this name.")
            }
            PersonField {
                id: givenNames
                width: parent.width
                inputName: "givenNamesInput"
                label: qsTr("First name")
                error: root.appointments.personErrors.givenNames || ""
            }
            PersonField {
                id: surname
                width: parent.width
                inputName: "surnameInput"
                label: qsTr("Surname")
                error: root.appointments.personErrors.surname || ""
            }
            PersonField {
                id: personalId
                width: parent.width
                inputName: "personalIdInput"
                label: qsTr("Personal identification number")
                hint: qsTr("You can find it on your identity card")
                inputMethodHints: Qt.ImhDigitsOnly
                error: root.appointments.personErrors.personalId || ""
            }
            KioskButton {
                objectName: "personContinueButton"
                kind: "primary"
                textSize: "subtitle"
                text: qsTr("Continue")
                onClicked: root.appointments.submitPerson(givenNames.text, surname.text, personalId.text)
            }
        }
    }
}
