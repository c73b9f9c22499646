pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// Camera and card reader: the live picture with a test MRZ read (only "read, check
// digits right" is shown, never what the card says), and the card reader's state.
Item {
    id: root
    required property var admin
    readonly property var diagnostics: root.admin.diagnostics
    readonly property var camera: root.diagnostics.camera
    readonly property var reader: root.diagnostics.cardReader

    AdminBar {
        id: bar
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        admin: root.admin
        title: qsTr("Camera and card reader")
    }

    ScrollPage {
        anchors { left: parent.left; right: parent.right; top: bar.bottom; bottom: parent.bottom
                  margins: Theme.spacing.page_margin }
        Column {
            id: page
            width: parent.width
            spacing: Theme.spacing.large

            KioskText { text: qsTr("Camera"); size: "subtitle"; font.bold: true }
            Row {
                width: parent.width
                spacing: Theme.spacing.large
                CameraPreview {
                    objectName: "adminCameraPreview"
                    visible: root.camera.available
                    width: Math.min(page.width / 2, Theme.mm(180))
                    source: root.camera.preview
                    live: root.camera.running
                }
                Column {
                    width: root.camera.available ? page.width / 2 - Theme.spacing.large : page.width
                    spacing: Theme.spacing.medium
                    KioskText {
                        objectName: "cameraMessage"
                        width: parent.width
                        text: root.camera.message
                        font.bold: root.camera.state === "read" || root.camera.state === "failed"
                                   || root.camera.state === "unavailable"
                        color: root.camera.state === "failed" || root.camera.state === "unavailable"
                               ? Theme.colors.error : Theme.colors.text
                    }
                    KioskButton {
                        objectName: "cameraTestButton"
                        visible: root.camera.available
                        kind: root.camera.running ? "secondary" : "primary"
                        text: root.camera.running ? qsTr("Stop the camera") : qsTr("Start the camera and read a card")
                        onClicked: root.camera.running ? root.diagnostics.stopCamera() : root.diagnostics.startCamera()
                    }
                }
            }

            KioskText { text: qsTr("Card reader"); size: "subtitle"; font.bold: true }
            KioskText {
                objectName: "cardReaderState"
                width: parent.width
                text: root.reader.configured
                      ? qsTr("%1: %2").arg(root.reader.name)
                                      .arg(root.reader.cardPresent ? qsTr("a card is in the reader")
                                                                   : qsTr("no card in the reader"))
                      : root.reader.reasons.join(". ")
            }
            KioskButton {
                objectName: "cardReaderTestButton"
                visible: root.reader.configured
                text: qsTr("Test read")
                onClicked: root.diagnostics.testCardReader()
            }
            KioskText {
                width: parent.width
                visible: text !== ""
                text: root.reader.message
                font.bold: true
            }
        }
    }
}
