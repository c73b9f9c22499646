pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// "Place your card on the reader": the CAN number pad, waiting, reading, the result with
// the face from the chip (shown to the citizen only, never kept), or what went wrong.
Column {
    id: root
    required property var chipScan
    readonly property string phase: chipScan.state
    readonly property real key: Math.min(Theme.mm(30), width / 6.5)
    spacing: Theme.spacing.large

    KioskText {
        objectName: "chipTitle"
        width: parent.width
        size: "title"
        font.bold: true
        text: root.phase === "can" ? qsTr("Type the card number")
            : root.phase === "waiting" ? qsTr("Place your card on the reader")
            : root.phase === "reading" ? qsTr("Reading the chip… Keep the card on the reader")
            : root.phase === "done" ? qsTr("Your details from the chip")
            : qsTr("We could not read the chip")
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    // -- the card access number: what to type beside the number pad ---------------------
    Row {
        visible: root.phase === "can"
        width: parent.width
        spacing: Theme.spacing.large * 2
        Column {
            width: Math.min(parent.width - pad.width - parent.spacing, Theme.mm(130))
            spacing: Theme.spacing.large
            KioskText {
                width: parent.width
                size: "subtitle"
                text: qsTr("The 6 digits printed on the front of your card, marked CAN.")
            }
            // The digits typed, shown so they can be checked against the card.
            Rectangle {
                objectName: "canDigits"
                width: Math.min(parent.width, 3 * root.key + 2 * Theme.spacing.large)
                height: Theme.touch.button
                radius: Theme.mm(1)
                color: Theme.colors.surface
                border.width: Theme.mm(0.6)
                border.color: Theme.colors.border
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Digits typed: %1 of 6").arg(root.chipScan.canLength)
                KioskText {
                    anchors.centerIn: parent
                    size: "title"
                    font.bold: true
                    font.letterSpacing: Theme.mm(2)
                    text: root.chipScan.canDigits + "––––––".slice(root.chipScan.canLength)
                }
            }
        }
        Grid {
            id: pad
            columns: 3
            spacing: Theme.spacing.medium
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "delete", "0", "ok"]
                KioskButton {
                    required property string modelData
                    objectName: "canKey_" + modelData
                    width: root.key
                    height: root.key * 0.65
                    textSize: "title"
                    kind: modelData === "ok" ? "primary" : "secondary"
                    enabled: modelData !== "ok" || root.chipScan.canLength === 6
                    text: modelData === "delete" ? "⌫" : (modelData === "ok" ? qsTr("OK") : modelData)
                    Accessible.name: modelData === "delete" ? qsTr("Delete the last digit")
                                     : (modelData === "ok" ? qsTr("OK") : modelData)
                    onClicked: {
                        if (modelData === "delete") root.chipScan.deleteDigit()
                        else if (modelData === "ok") root.chipScan.submitCan()
                        else root.chipScan.digit(modelData)
                    }
                }
            }
        }
    }

    // -- waiting and reading ------------------------------------------------------------
    KioskText {
        width: parent.width
        visible: root.phase === "waiting" || root.phase === "reading"
        size: "subtitle"
        text: qsTr("Lay the card flat on the reader and leave it there until the kiosk says it is done. It takes a few seconds.")
    }

    // -- the result ---------------------------------------------------------------------
    Row {
        visible: root.phase === "done"
        width: parent.width
        spacing: Theme.spacing.large
        Image {
            id: face
            objectName: "chipFace"
            width: Theme.mm(44)
            height: width * 4 / 3
            fillMode: Image.PreserveAspectFit
            cache: false
            source: root.phase === "done" ? root.chipScan.face : ""
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Your photo from the chip")
        }
        Column {
            width: parent.width - face.width - parent.spacing
            spacing: Theme.spacing.medium
            KioskText {
                objectName: "chipName"
                width: parent.width
                size: "subtitle"
                font.bold: true
                text: root.chipScan.name
            }
            KioskText {
                width: parent.width
                text: root.chipScan.check
                color: Theme.colors.text_muted
            }
            KioskText {
                width: parent.width
                text: qsTr("Only you can see this photo. It is not kept.")
            }
        }
    }
    KioskButton {
        objectName: "useChipDetailsButton"
        visible: root.phase === "done"
        width: Math.min(parent.width, Theme.mm(160))
        kind: "primary"
        textSize: "subtitle"
        text: qsTr("Use these details")
        onClicked: root.chipScan.useDetails()
    }

    // -- it did not work ----------------------------------------------------------------
    KioskText {
        objectName: "chipProblem"
        width: parent.width
        visible: root.phase === "failed"
        size: "subtitle"
        text: root.chipScan.message
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    KioskButton {
        objectName: "chipTryAgainButton"
        visible: root.phase === "failed"
        width: Math.min(parent.width, Theme.mm(160))
        kind: "primary"
        textSize: "subtitle"
        text: qsTr("Try again")
        onClicked: root.chipScan.tryAgain()
    }
    KioskButton {
        objectName: "chipTypeCanButton"
        visible: (root.phase === "failed" || root.phase === "waiting") && root.chipScan.usedMrz
        width: Math.min(parent.width, Theme.mm(160))
        kind: "secondary"
        textSize: "subtitle"
        text: qsTr("Type the card number")
        onClicked: root.chipScan.useCan()
    }
    KioskButton {
        objectName: "chipCancelButton"
        width: Math.min(parent.width, Theme.mm(160))
        kind: "secondary"
        textSize: "subtitle"
        text: qsTr("Choose another way")
        onClicked: root.chipScan.cancel()
    }
}
