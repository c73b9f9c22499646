pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// Shown between citizens: institution, clock, and messages in every language in turn.
// A tap anywhere starts a session.
Rectangle {
    id: root
    required property var session
    required property var attract
    required property var clock
    property string institution
    property int messageIndex: 0
    property int callIndex: 0

    color: Theme.colors.attract
    Accessible.role: Accessible.Button
    Accessible.name: root.attract.callsToAction.length
                     ? root.attract.callsToAction[root.callIndex].text : ""
    Accessible.onPressAction: root.session.start()

    TapHandler { onTapped: root.session.start() }

    Timer {
        interval: 4000; running: root.visible; repeat: true
        onTriggered: {
            root.messageIndex = (root.messageIndex + 1) % Math.max(1, root.attract.messages.length)
            root.callIndex = (root.callIndex + 1) % Math.max(1, root.attract.callsToAction.length)
        }
    }

    Column {
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter
                  margins: Theme.spacing.page_margin }
        spacing: Theme.spacing.large

        KioskText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: root.institution
            size: "title"
            font.bold: true
            color: Theme.colors.text_on_attract
        }
        KioskText {
            objectName: "attractClock"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: root.clock.time
            size: "display"
            font.bold: true
            color: Theme.colors.text_on_attract
        }
        KioskText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: root.clock.date
            size: "subtitle"
            color: Theme.colors.text_on_attract
        }
        Item { width: 1; height: Theme.spacing.large }
        KioskText {
            objectName: "attractMessage"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: root.attract.messages.length ? root.attract.messages[root.messageIndex].text : ""
            size: "subtitle"
            color: Theme.colors.text_on_attract
        }
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width, call.implicitWidth + 4 * Theme.spacing.large)
            height: call.implicitHeight + 2 * Theme.spacing.large
            radius: height / 2
            color: "transparent"
            border.width: Theme.mm(0.8)
            border.color: Theme.colors.text_on_attract
            KioskText {
                id: call
                objectName: "attractCall"
                anchors.centerIn: parent
                width: Math.min(implicitWidth, parent.parent.width - 4 * Theme.spacing.large)
                horizontalAlignment: Text.AlignHCenter
                text: root.attract.callsToAction.length
                      ? root.attract.callsToAction[root.callIndex].text : ""
                size: "title"
                font.bold: true
                color: Theme.colors.text_on_attract
            }
        }
        // The library's next workshops (only those still to come), in the UI language.
        Column {
            objectName: "attractWorkshops"
            width: parent.width
            visible: root.attract.workshops.length > 0
            spacing: Theme.spacing.small
            KioskText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: root.attract.workshopsHeading
                size: "subtitle"
                font.bold: true
                color: Theme.colors.text_on_attract
            }
            Repeater {
                model: root.attract.workshops
                KioskText {
                    required property var modelData
                    objectName: "attractWorkshop"
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: modelData.when + " · " + modelData.title
                          + (modelData.place ? " · " + modelData.place : "")
                    color: Theme.colors.text_on_attract
                }
            }
        }
    }
}
