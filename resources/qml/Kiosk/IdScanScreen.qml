pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// "Scan your ID card" or "Type it in instead" before a form that can take answers from
// the card. Typing is offered at every stage: before, while and after scanning.
Item {
    id: root
    required property var session
    required property var idScan
    required property var chipScan
    // The camera's phase, or "chip" while the card reader is in use.
    readonly property string phase: chipScan.state !== "" ? "chip" : idScan.state
    readonly property bool wide: width > height * 1.2

    Column {
        id: top
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        BackBar {
            width: parent.width
            session: root.session
            title: qsTr("Scan your ID card")
            customBack: true
            onBackRequested: root.idScan.back()
        }
    }

    Grid {
        id: body
        anchors { left: parent.left; right: parent.right; top: top.bottom; bottom: parent.bottom
                  margins: Theme.spacing.page_margin }
        columns: root.wide ? 2 : 1
        spacing: Theme.spacing.large

        CameraPreview {
            id: preview
            objectName: "cameraPreview"
            visible: root.idScan.available && (root.phase === "consent" || root.phase === "scanning")
            width: root.wide ? body.width * 0.55 : body.width
            height: Math.min(width * 9 / 16, root.wide ? body.height : body.height * 0.45)
            source: root.idScan.preview
            live: root.phase === "scanning" && root.idScan.hasPicture
        }

        ScrollPage {
            width: root.wide && preview.visible ? body.width - preview.width - body.spacing : body.width
            height: root.wide || !preview.visible ? body.height : body.height - preview.height - body.spacing

            Column {
                width: parent.width
                spacing: Theme.spacing.large

                // -- before scanning: what is read, and what happens to it ----------------
                Column {
                    width: parent.width
                    visible: root.phase === "consent"
                    spacing: Theme.spacing.medium
                    KioskText {
                        width: parent.width
                        text: root.idScan.available
                              ? qsTr("The kiosk can read your details from the back of your identity card, so you do not have to type them.")
                              : qsTr("The kiosk can read your details from the chip of your identity card, so you do not have to type them.")
                        size: "subtitle"
                    }
                    KioskText {
                        width: parent.width
                        text: qsTr("It will read:")
                        font.bold: true
                    }
                    Repeater {
                        model: root.idScan.reads
                        KioskText {
                            required property string modelData
                            width: parent.width
                            text: "•  " + modelData
                        }
                    }
                    Rectangle {
                        width: parent.width
                        height: consent.implicitHeight + 2 * Theme.spacing.medium
                        color: Theme.colors.highlight
                        border.width: Theme.mm(0.5)
                        border.color: Theme.colors.border
                        radius: Theme.mm(1.5)
                        KioskText {
                            id: consent
                            objectName: "idScanConsent"
                            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter
                                      margins: Theme.spacing.medium }
                            text: qsTr("The kiosk reads your card only to fill in this form. Nothing is kept after you finish.")
                        }
                    }
                    KioskButton {
                        objectName: "scanIdButton"
                        visible: root.idScan.available
                        width: Math.min(parent.width, Theme.mm(160))
                        kind: "primary"
                        textSize: "subtitle"
                        text: qsTr("Scan my ID card")
                        onClicked: root.idScan.scan()
                    }
                    // Beside the camera: the chip, for cards with one (and no camera needed).
                    KioskButton {
                        objectName: "placeCardButton"
                        visible: root.chipScan.available
                        width: Math.min(parent.width, Theme.mm(160))
                        kind: root.idScan.available ? "secondary" : "primary"
                        textSize: "subtitle"
                        text: qsTr("Place your card on the reader")
                        onClicked: root.chipScan.start()
                    }
                }

                ChipReaderPanel {
                    width: parent.width
                    visible: root.phase === "chip"
                    chipScan: root.chipScan
                }

                // -- scanning: the detector's hint, live -----------------------------------
                Column {
                    width: parent.width
                    visible: root.phase === "scanning"
                    spacing: Theme.spacing.medium
                    KioskText {
                        id: hint
                        objectName: "idScanHint"
                        width: parent.width
                        text: root.idScan.hint
                        size: "title"
                        font.bold: true
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                        onTextChanged: pulse.restart()
                        SequentialAnimation {
                            id: pulse
                            NumberAnimation { target: hint; property: "opacity"; to: 0.35; duration: 120 }
                            NumberAnimation { target: hint; property: "opacity"; to: 1; duration: 280 }
                        }
                    }
                    KioskText {
                        width: parent.width
                        text: qsTr("Hold the card in front of the camera, about a hand's width away. It may take a few seconds.")
                        color: Theme.colors.text_muted
                    }
                }

                // -- it did not work --------------------------------------------------------
                KioskText {
                    objectName: "idScanProblem"
                    width: parent.width
                    visible: root.phase === "failed" || root.phase === "unavailable"
                    text: root.phase === "failed" ? qsTr("We could not read your card")
                                                   : qsTr("The camera is not working. Type your details instead.")
                    size: "title"
                    font.bold: true
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                KioskText {
                    width: parent.width
                    visible: root.phase === "failed"
                    text: qsTr("The card may be worn, or a light may be reflecting on it. You can try again, or type your details. It takes a minute.")
                    size: "subtitle"
                }
                KioskButton {
                    objectName: "scanAgainButton"
                    width: Math.min(parent.width, Theme.mm(160))
                    visible: root.phase === "failed"
                    kind: "primary"
                    textSize: "subtitle"
                    text: qsTr("Try again")
                    onClicked: root.idScan.tryAgain()
                }

                // Always there: the way that needs no camera.
                KioskButton {
                    objectName: "typeInsteadButton"
                    width: Math.min(parent.width, Theme.mm(160))
                    kind: root.phase === "unavailable" ? "primary" : "secondary"
                    textSize: "subtitle"
                    text: qsTr("Type it in instead")
                    onClicked: root.idScan.typeInstead()
                }
            }
        }
    }
}
