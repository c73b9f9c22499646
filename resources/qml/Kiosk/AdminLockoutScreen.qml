pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// Too many wrong PINs: how long until the PIN pad opens again. Survives a restart.
Item {
    id: root
    required property var admin

    Column {
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        spacing: Theme.spacing.large
        Item {
            width: parent.width
            height: Math.max(title.implicitHeight, close.implicitHeight)
            KioskText {
                id: title
                anchors { left: parent.left; right: close.left; rightMargin: Theme.spacing.large
                          verticalCenter: parent.verticalCenter }
                text: qsTr("The PIN pad is locked")
                size: "title"
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            KioskButton {
                id: close
                objectName: "adminCancelButton"
                anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                text: qsTr("Close")
                onClicked: root.admin.close()
            }
        }
        KioskText {
            width: Math.min(parent.width, Theme.mm(260))
            text: qsTr("The wrong PIN was entered too many times.")
            size: "subtitle"
        }
        KioskText {
            objectName: "lockoutCountdown"
            width: Math.min(parent.width, Theme.mm(260))
            text: qsTr("You can try again in %1.").arg(root.admin.lockoutText)
            size: "title"
            font.bold: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        KioskText {
            width: Math.min(parent.width, Theme.mm(260))
            text: qsTr("Each further wrong PIN makes the wait longer. If you have forgotten the PIN, set a new one from the kiosk's terminal (see the README).")
            color: Theme.colors.text_muted
        }
    }
}
