pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// Library staff who may sign in to guide sessions: the list (id and name, never a PIN),
// Remove, and Add with an id, a name and a PIN typed twice.
Item {
    id: root
    required property var admin
    readonly property var staff: root.admin.staff

    AdminBar {
        id: bar
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        admin: root.admin
        title: qsTr("Library staff")
    }

    ScrollPage {
        anchors { left: parent.left; right: parent.right; top: bar.bottom; bottom: parent.bottom
                  margins: Theme.spacing.page_margin }
        Column {
            id: page
            width: parent.width
            spacing: Theme.spacing.large
            readonly property real fieldWidth: Math.min(width, Theme.mm(200))

            KioskText {
                objectName: "staffError"
                width: page.fieldWidth
                visible: text !== ""
                text: root.staff.error
                color: Theme.colors.error
                font.bold: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            KioskText {
                objectName: "staffNotice"
                width: page.fieldWidth
                visible: text !== ""
                text: root.staff.notice
                font.bold: true
            }
            KioskText {
                width: page.fieldWidth
                visible: root.staff.members.length === 0
                text: qsTr("Nobody can sign in as staff yet.")
            }
            Repeater {
                model: root.staff.members
                Row {
                    id: member
                    required property var modelData
                    spacing: Theme.spacing.large
                    KioskText {
                        width: page.fieldWidth * 0.6
                        anchors.verticalCenter: parent.verticalCenter
                        text: member.modelData.name + " (" + member.modelData.id + ")"
                        font.bold: true
                    }
                    KioskButton {
                        objectName: "removeStaff_" + member.modelData.id
                        text: qsTr("Remove")
                        Accessible.name: qsTr("Remove %1").arg(member.modelData.name)
                        onClicked: root.staff.remove(member.modelData.id)
                    }
                }
            }

            KioskText {
                width: page.fieldWidth
                text: qsTr("Add a staff member")
                size: "subtitle"
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            SearchField {
                id: staffId
                width: page.fieldWidth
                label: qsTr("Staff ID (sent with requests they help with)")
                inputName: "newStaffId"
            }
            SearchField {
                id: staffName
                width: page.fieldWidth
                label: qsTr("Name shown on the banner")
                inputName: "newStaffName"
            }
            SearchField {
                id: pin
                width: page.fieldWidth
                label: qsTr("Staff PIN (4 to 12 digits)")
                inputName: "newStaffPin"
                inputMethodHints: Qt.ImhDigitsOnly
                Component.onCompleted: pin.field.echoMode = TextInput.Password
            }
            SearchField {
                id: pinAgain
                width: page.fieldWidth
                label: qsTr("The same PIN again")
                inputName: "newStaffPinAgain"
                inputMethodHints: Qt.ImhDigitsOnly
                Component.onCompleted: pinAgain.field.echoMode = TextInput.Password
            }
            KioskButton {
                objectName: "addStaffButton"
                kind: "primary"
                text: qsTr("Add")
                onClicked: {
                    if (root.staff.add(staffId.text, staffName.text, pin.text, pinAgain.text)) {
                        staffId.text = ""; staffName.text = ""
                    }
                    pin.text = ""; pinAgain.text = ""
                }
            }
        }
    }
}
