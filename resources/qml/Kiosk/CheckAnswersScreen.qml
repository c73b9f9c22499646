pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// "Check your answers": every answer with Change beside it, then Send.
Item {
    id: root
    required property var session
    required property var forms
    required property var guided
    readonly property bool sending: root.forms.phase === "submitting"

    Column {
        id: top
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        BackBar {
            width: parent.width
            session: root.session
            title: qsTr("Check your answers")
            customBack: true
            onBackRequested: root.forms.backFromCheck()
        }
    }

    ScrollPage {
        id: page
        anchors { left: parent.left; right: parent.right; top: top.bottom; bottom: parent.bottom
                  margins: Theme.spacing.page_margin }
        Column {
            width: parent.width
            spacing: Theme.spacing.large

            KioskText {
                width: parent.width
                visible: text !== ""
                text: root.forms.serviceName
                size: "subtitle"
                color: Theme.colors.text_muted
            }
            ErrorSummary {
                id: summary
                width: parent.width
                errors: root.forms.errors
                onJumpTo: (key) => root.forms.change(key)
                onVisibleChanged: if (visible) forceActiveFocus()
            }
            Rectangle {
                objectName: "submitProblem"
                visible: (root.forms.problem.title || "") !== ""
                width: parent.width
                height: visible ? problemText.implicitHeight + 2 * Theme.spacing.large : 0
                color: Theme.colors.surface
                border.width: Theme.mm(1.2)
                border.color: Theme.colors.error
                radius: Theme.mm(1)
                Accessible.role: Accessible.AlertMessage
                Accessible.name: problemTitle.text
                Column {
                    id: problemText
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.large }
                    spacing: Theme.spacing.small
                    KioskText {
                        id: problemTitle
                        width: parent.width
                        text: root.forms.problem.title || ""
                        size: "subtitle"
                        font.bold: true
                        color: Theme.colors.error
                    }
                    KioskText { width: parent.width; text: root.forms.problem.detail || "" }
                }
            }

            Repeater {
                model: root.forms.answers
                Column {
                    id: section
                    required property var modelData
                    width: parent.width
                    spacing: Theme.spacing.small
                    KioskText {
                        width: parent.width
                        text: section.modelData.stepLabel
                        size: "subtitle"
                        font.bold: true
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Repeater {
                        model: section.modelData.rows
                        Rectangle {
                            id: row
                            required property var modelData
                            width: section.width
                            height: Math.max(change.height, texts.implicitHeight) + 2 * Theme.spacing.medium
                            color: Theme.colors.surface
                            border.width: Theme.mm(0.4)
                            border.color: Theme.colors.border
                            radius: Theme.mm(1)
                            Column {
                                id: texts
                                anchors { left: parent.left; right: change.left; verticalCenter: parent.verticalCenter
                                          leftMargin: Theme.spacing.medium; rightMargin: Theme.spacing.medium }
                                KioskText { width: parent.width; text: row.modelData.label; color: Theme.colors.text_muted }
                                KioskText {
                                    objectName: "answer_" + row.modelData.key
                                    width: parent.width
                                    text: row.modelData.value !== "" ? row.modelData.value : qsTr("Not answered")
                                    size: "subtitle"
                                }
                            }
                            KioskButton {
                                id: change
                                objectName: "change_" + row.modelData.key
                                anchors { right: parent.right; verticalCenter: parent.verticalCenter
                                          rightMargin: Theme.spacing.medium }
                                text: qsTr("Change")
                                description: ""
                                Accessible.name: qsTr("Change") + " " + row.modelData.label
                                onClicked: root.forms.change(row.modelData.key)
                            }
                        }
                    }
                }
            }

            KioskText {
                width: parent.width
                text: qsTr("By sending this request you confirm that the answers are true.")
            }
            // Staff submitting for someone not present: that person's consent, confirmed here.
            KioskText {
                objectName: "onBehalfError"
                width: parent.width
                visible: text !== ""
                text: root.forms.onBehalfError
                color: Theme.colors.error
                font.bold: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Item {
                width: parent.width
                height: onBehalf.implicitHeight
                visible: root.forms.onBehalfStatement !== ""
                ConsentBox {
                    id: onBehalf
                    objectName: "onBehalfConsent"
                    width: parent.width
                    text: root.forms.onBehalfStatement
                    checked: root.forms.onBehalfAgreed
                    onToggled: (checked) => root.forms.setOnBehalfAgreed(checked)
                }
                ShowMeMark {
                    anchors.fill: parent
                    visible: root.forms.showMeTarget === "onBehalf"
                }
            }
            Row {
                spacing: Theme.spacing.large
                Item {
                    width: submit.width
                    height: submit.height
                    KioskButton {
                        id: submit
                        objectName: "submitButton"
                        kind: "primary"
                        textSize: "subtitle"
                        enabled: !root.sending
                        text: root.sending ? qsTr("Sending…") : qsTr("Send the request")
                        onClicked: root.forms.submit()
                    }
                    ShowMeMark {
                        objectName: "showMe_submit"
                        anchors.fill: parent
                        visible: root.forms.showMeTarget === "submit"
                    }
                }
            }
        }
    }
}
