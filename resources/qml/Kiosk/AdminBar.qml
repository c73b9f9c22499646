pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// The top of every admin page behind the PIN: back to the admin home, the title, Close.
Item {
    id: root
    required property var admin
    property string title
    property bool showHome: true
    implicitHeight: Math.max(home.implicitHeight, heading.implicitHeight, close.implicitHeight)

    KioskButton {
        id: home
        objectName: "adminHomeButton"
        // Library staff (opened from their menu) reach only their own pages.
        visible: root.showHome && !root.admin.staffOnly
        anchors { left: parent.left; verticalCenter: parent.verticalCenter }
        text: "‹ " + qsTr("Admin home")
        Accessible.name: qsTr("Admin home")
        onClicked: root.admin.home()
    }
    KioskText {
        id: heading
        anchors { left: home.visible ? home.right : parent.left
                  leftMargin: home.visible ? Theme.spacing.large : 0
                  right: close.left; rightMargin: Theme.spacing.large
                  verticalCenter: parent.verticalCenter }
        text: root.title
        size: "title"
        font.bold: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    KioskButton {
        id: close
        objectName: "adminCloseButton"
        anchors { right: parent.right; verticalCenter: parent.verticalCenter }
        kind: "finish"
        text: qsTr("Close admin")
        onClicked: root.admin.close()
    }
}
