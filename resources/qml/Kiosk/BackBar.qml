pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// "Back" and the screen title, at the top of every screen below the header.
Item {
    id: root
    required property var session
    property string title
    property bool showBack: true
    // A screen with its own idea of Back (a form's previous step) sets this and handles backRequested.
    property bool customBack: false
    signal backRequested()
    implicitHeight: Math.max(back.implicitHeight, heading.implicitHeight)

    KioskButton {
        id: back
        objectName: "backButton"
        visible: root.showBack
        anchors { left: parent.left; verticalCenter: parent.verticalCenter }
        text: "‹ " + qsTr("Back")
        Accessible.name: qsTr("Back")
        onClicked: root.customBack ? root.backRequested() : root.session.back()
    }
    KioskText {
        id: heading
        anchors { left: root.showBack ? back.right : parent.left
                  leftMargin: root.showBack ? Theme.spacing.large : 0
                  right: parent.right; verticalCenter: parent.verticalCenter }
        text: root.title
        size: "title"
        font.bold: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
}
