pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// "Are you still there?": shown before the session is wiped; one big tap extends it.
Overlay {
    id: root
    required property var session
    objectName: "idleWarning"
    title: qsTr("Are you still there?")
    closable: false

    Column {
        width: parent.width
        spacing: Theme.spacing.large
        KioskText {
            width: parent.width
            text: qsTr("To protect your data, this session will end in %n second(s) and everything you entered will be deleted.", "", root.session.secondsLeft)
            size: "subtitle"
        }
        KioskText {
            objectName: "idleCountdown"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: root.session.secondsLeft
            size: "display"
            font.bold: true
            Accessible.role: Accessible.Indicator
            Accessible.name: text
        }
        KioskButton {
            objectName: "moreTimeButton"
            width: parent.width
            height: Theme.touch.tile
            kind: "primary"
            text: qsTr("I need more time")
            textSize: "title"
            onClicked: root.session.extendTime()
        }
        KioskButton {
            objectName: "endNowButton"
            anchors.horizontalCenter: parent.horizontalCenter
            kind: "finish"
            text: qsTr("Finish now and delete my data")
            onClicked: root.session.finish()
        }
    }
}
