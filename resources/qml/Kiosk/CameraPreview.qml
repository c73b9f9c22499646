pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// The live camera picture with a card-shaped guide: an ID-1 card outline (85.6 × 54 mm)
// and its machine-readable band marked at the bottom. Without a picture (before the
// scan starts) the guide alone shows where the card goes.
Rectangle {
    id: root
    // "image://camera/<n>": a new number for every frame.
    property string source
    property bool live: false

    color: "#202020"
    radius: Theme.mm(1.5)
    clip: true
    implicitHeight: width * 9 / 16

    Image {
        objectName: "cameraPicture"
        anchors.fill: parent
        visible: root.live
        source: root.live ? root.source : ""
        fillMode: Image.PreserveAspectCrop
        cache: false
        asynchronous: false
        smooth: false
        Accessible.ignored: true
    }

    // The card goes here: ID-1 proportions, about three quarters of the picture's height.
    Rectangle {
        id: guide
        objectName: "cardGuide"
        anchors.centerIn: parent
        height: Math.min(parent.height * 0.74, (parent.width - 2 * Theme.spacing.large) * 54 / 85.6)
        width: height * 85.6 / 54
        color: "transparent"
        radius: height * 3.18 / 54
        border.width: Theme.mm(1.2)
        border.color: Theme.colors.focus

        // The lines of letters and <<< (the MRZ): the bottom third of the card's back.
        Rectangle {
            objectName: "mrzBand"
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom
                      margins: guide.border.width }
            height: guide.height * 0.33
            radius: guide.radius / 2
            // Over the live picture the band is only tinted: the letters must stay readable.
            color: root.live ? "#26FFDD00" : "#59FFDD00"
            border.width: Theme.mm(0.4)
            border.color: Theme.colors.focus
            // Three lines standing for the rows of letters and <<< (a picture, not text).
            Column {
                anchors.centerIn: parent
                visible: !root.live
                spacing: guide.height * 0.045
                Repeater {
                    model: 3
                    Rectangle {
                        required property int index
                        width: guide.width * 0.8
                        height: Math.max(2, guide.height * 0.035)
                        radius: height / 2
                        color: "#B3FFFFFF"
                    }
                }
            }
        }
    }

    // What to do, on the picture above the card.
    Rectangle {
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: instruction.implicitHeight + 2 * Theme.spacing.small
        color: "#B3000000"
        KioskText {
            id: instruction
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter
                      margins: Theme.spacing.medium }
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Put the back of your card here, with the lines of letters at the bottom")
            color: "#FFFFFF"
            font.bold: true
        }
    }
}
