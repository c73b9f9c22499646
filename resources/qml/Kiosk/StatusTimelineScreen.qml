pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// Where a request stands: the status now in plain words, when to expect an answer,
// and what has happened so far. The timeline reads oldest first, as a short story
// ending at the current step, because the card above already says where it is now.
Item {
    id: root
    required property var session
    required property var status
    readonly property var result: root.status.result

    Column {
        id: top
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        BackBar { width: parent.width; session: root.session; title: qsTr("Your request") }
    }

    ScrollPage {
        anchors { left: parent.left; right: parent.right; top: top.bottom; bottom: parent.bottom
                  margins: Theme.spacing.page_margin }

        Column {
            id: page
            width: parent.width
            spacing: Theme.spacing.large

            Column {
                width: parent.width
                spacing: Theme.spacing.small
                KioskText {
                    objectName: "serviceName"
                    width: parent.width
                    visible: text !== ""
                    text: root.result.serviceName ?? ""
                    size: "subtitle"
                    font.bold: true
                }
                KioskText {
                    width: parent.width
                    visible: (root.result.registrationNumber ?? "") !== ""
                    text: qsTr("Registration number %1").arg(root.result.registrationNumber ?? "")
                }
            }

            // The status now: the answer most people came for.
            Rectangle {
                width: parent.width
                height: now.implicitHeight + 2 * Theme.spacing.medium
                color: Theme.colors.highlight
                border.width: Theme.mm(0.5)
                border.color: Theme.colors.border
                radius: Theme.mm(1.5)
                Rectangle {
                    anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
                    width: Theme.mm(2)
                    color: Theme.colors.secondary
                }
                Column {
                    id: now
                    anchors { left: parent.left; right: parent.right; top: parent.top
                              margins: Theme.spacing.medium; leftMargin: Theme.spacing.large }
                    spacing: Theme.spacing.small
                    KioskText { width: parent.width; text: qsTr("Status now"); size: "caption" }
                    KioskText {
                        objectName: "statusWord"
                        width: parent.width
                        text: root.result.statusWord ?? ""
                        size: "title"
                        font.bold: true
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    KioskText { width: parent.width; text: root.result.explanation ?? "" }
                    KioskText {
                        objectName: "expectedDate"
                        width: parent.width
                        visible: (root.result.expected ?? "") !== ""
                        // A date that ends in an abbreviation ("2026 г.") needs no second full stop.
                        text: qsTr("We expect to answer by %1.").arg(root.result.expected ?? "").replace(/\.\.$/, ".")
                        font.bold: true
                    }
                }
            }

            Flow {
                width: parent.width
                spacing: Theme.spacing.medium
                KioskButton {
                    objectName: "printStatusButton"
                    enabled: !root.status.printing
                    text: root.status.printing ? qsTr("Printing…")
                        : root.status.printed ? qsTr("Print again") : qsTr("Print this status")
                    onClicked: root.status.printStatus()
                }
                KioskButton {
                    objectName: "checkAnotherButton"
                    text: qsTr("Check another request")
                    onClicked: root.status.checkAnother()
                }
            }
            KioskText {
                objectName: "printMessage"
                width: parent.width
                visible: text !== ""
                text: root.status.printMessage
                font.bold: true
            }
            KioskText {
                width: parent.width
                text: qsTr("What has happened so far")
                size: "subtitle"
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Column {
                id: timeline
                width: parent.width
                Repeater {
                    model: root.result.steps ?? []
                    Item {
                        id: step
                        required property var modelData
                        required property int index
                        readonly property bool last: index === (root.result.steps ?? []).length - 1
                        width: timeline.width
                        height: words.implicitHeight + Theme.spacing.large

                        // A dot per step and a line down to the next one.
                        Rectangle {
                            id: dot
                            x: (Theme.mm(10) - width) / 2
                            y: Theme.spacing.small
                            width: Theme.mm(5)
                            height: width
                            radius: width / 2
                            color: step.modelData.current ? Theme.colors.secondary : Theme.colors.surface
                            border.width: Theme.mm(0.8)
                            border.color: Theme.colors.secondary
                        }
                        Rectangle {
                            visible: !step.last
                            x: (Theme.mm(10) - width) / 2
                            anchors { top: dot.bottom; bottom: parent.bottom }
                            width: Theme.mm(0.8)
                            color: Theme.colors.secondary
                        }
                        Column {
                            id: words
                            anchors { left: parent.left; leftMargin: Theme.mm(10) + Theme.spacing.medium
                                      right: parent.right; top: parent.top }
                            spacing: Theme.spacing.small / 2
                            KioskText {
                                width: parent.width
                                text: [step.modelData.date, step.modelData.time].filter(t => t !== "").join(" · ")
                                size: "caption"
                                color: Theme.colors.text_muted
                            }
                            KioskText {
                                objectName: "timelineStatus"
                                width: parent.width
                                text: step.modelData.current ? qsTr("%1 (now)").arg(step.modelData.status)
                                                             : step.modelData.status
                                size: "subtitle"
                                font.bold: step.modelData.current
                            }
                            KioskText {
                                width: parent.width
                                visible: text !== ""
                                text: step.modelData.note
                            }
                        }
                    }
                }
            }

        }
    }
}
