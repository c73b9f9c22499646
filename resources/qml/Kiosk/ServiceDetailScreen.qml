pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// What a service is, which documents to bring, what it costs and how long it takes.
Item {
    id: root
    required property var session
    required property var catalogue
    readonly property var service: catalogue.selected
    // A practice session (guided mode): only requests and petitions can be practised.
    property bool practice: false
    readonly property bool practisable: ["form", "petition"].indexOf(root.service.kind || "form") >= 0
    signal startRequested(string kind, string code)

    Column {
        id: top
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        BackBar { width: parent.width; session: root.session; title: root.service.name || "" }
    }

    ScrollPage {
        anchors { left: parent.left; right: parent.right; top: top.bottom; bottom: parent.bottom
                  margins: Theme.spacing.page_margin }
        Column {
            width: parent.width
            spacing: Theme.spacing.large

            KioskText { width: parent.width; text: root.service.description || ""; size: "subtitle" }

            Rectangle {
                width: parent.width
                height: facts.implicitHeight + 2 * Theme.spacing.large
                color: Theme.colors.surface
                border.width: Theme.mm(0.5)
                border.color: Theme.colors.border
                radius: Theme.mm(1.5)
                Column {
                    id: facts
                    anchors { fill: parent; margins: Theme.spacing.large }
                    spacing: Theme.spacing.medium
                    KioskText { width: parent.width; text: qsTr("Documents you need"); size: "subtitle"; font.bold: true }
                    KioskText {
                        width: parent.width
                        visible: (root.service.documents || []).length === 0
                        text: qsTr("No documents needed.")
                    }
                    Repeater {
                        model: root.service.documents || []
                        KioskText { required property string modelData; width: parent.width; text: "•  " + modelData }
                    }
                    KioskText { width: parent.width; text: qsTr("Fee"); size: "subtitle"; font.bold: true }
                    KioskText { width: parent.width; text: root.service.fee || "" }
                    KioskText { width: parent.width; text: qsTr("How long it takes"); size: "subtitle"; font.bold: true }
                    KioskText { width: parent.width; text: root.service.duration || "" }
                }
            }
            // Practice sessions cover requests and petitions; booking and paying would reach
            // the real portal.
            KioskText {
                objectName: "notInPractice"
                width: parent.width
                visible: root.practice && !root.practisable
                text: qsTr("This is not part of a practice session: booking and paying would reach the town hall. Practise a request or a petition instead.")
                size: "subtitle"
                font.bold: true
            }
            KioskButton {
                objectName: "startButton"
                visible: !root.practice || root.practisable
                width: parent.width
                kind: "primary"
                textSize: "subtitle"
                text: {
                    switch (root.service.kind) {
                    case "appointment": return qsTr("Book an appointment")
                    case "payment": return qsTr("See what you owe and pay")
                    case "petition": return qsTr("Write your petition")
                    default: return qsTr("Start your request")
                    }
                }
                onClicked: root.startRequested(root.service.kind || "form", root.service.code || "")
            }
            KioskText {
                width: parent.width
                text: qsTr("You can also ask for this at the information desk.")
                color: Theme.colors.text_muted
            }
        }
    }
}
