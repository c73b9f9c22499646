pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// Guided mode, beside a form step: why the step is asked and, for each question, why it
// is asked and in which document the person finds the answer (the form's own help texts).
Rectangle {
    id: root
    objectName: "guidePanel"
    required property var guide // {why, fields: [{key, label, text}]}
    color: Theme.colors.highlight
    border.width: Theme.mm(0.6)
    border.color: Theme.colors.border
    radius: Theme.mm(1)

    ScrollPage {
        anchors { fill: parent; margins: Theme.spacing.large }
        Column {
            width: parent.width
            spacing: Theme.spacing.medium
            KioskText {
                width: parent.width
                text: qsTr("Why we ask this")
                size: "subtitle"
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            KioskText {
                objectName: "guideWhy"
                width: parent.width
                visible: text !== ""
                text: root.guide.why || ""
            }
            Repeater {
                model: root.guide.fields || []
                Column {
                    id: entry
                    required property var modelData
                    width: parent.width
                    spacing: Theme.spacing.small
                    KioskText { width: parent.width; text: entry.modelData.label; font.bold: true }
                    KioskText {
                        objectName: "guide_" + entry.modelData.key
                        width: parent.width
                        text: entry.modelData.text
                    }
                }
            }
        }
    }
}
