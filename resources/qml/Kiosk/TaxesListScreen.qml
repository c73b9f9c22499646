pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// Taxes and bills, step 2: what is owed. Each one has a tick box (all ticked to start
// with); the total and the Pay button follow the ticks. Overdue is said in words.
Item {
    id: root
    required property var session
    required property var taxes

    readonly property string payError: root.taxes.payError
    onPayErrorChanged: if (payError !== "") Qt.callLater(() => scroll.ensureVisible(problemBox))

    Column {
        id: top
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        BackBar { width: parent.width; session: root.session; title: qsTr("What you owe") }
    }

    ScrollPage {
        id: scroll
        anchors { left: parent.left; right: parent.right; top: top.bottom; bottom: parent.bottom
                  margins: Theme.spacing.page_margin }

        Column {
            id: page
            width: parent.width
            spacing: Theme.spacing.large

            KioskText {
                objectName: "maskedPersonalId"
                width: parent.width
                text: qsTr("For personal number %1").arg(root.taxes.maskedId)
            }

            // Nothing owed: say so plainly, and offer the way out.
            Column {
                width: parent.width
                visible: root.taxes.nothingOwed
                spacing: Theme.spacing.large
                KioskText {
                    objectName: "nothingOwed"
                    width: parent.width
                    text: qsTr("You owe nothing.")
                    size: "title"
                    font.bold: true
                }
                KioskText {
                    width: parent.width
                    text: qsTr("There are no unpaid taxes or bills for this personal number.")
                }
                KioskButton {
                    objectName: "homeButton"
                    kind: "primary"
                    text: qsTr("Back to the start")
                    onClicked: root.session.goHome()
                }
            }

            Column {
                width: parent.width
                visible: !root.taxes.nothingOwed
                spacing: Theme.spacing.medium

                KioskText {
                    width: parent.width
                    text: qsTr("Tick what you want to pay now. Everything is ticked to start with.")
                }

                Repeater {
                    model: root.taxes.obligations
                    Rectangle {
                        id: row
                        required property var modelData
                        readonly property bool ticked: root.taxes.ticked.indexOf(modelData.id) >= 0
                        objectName: "obligation_" + modelData.id
                        width: parent.width
                        height: Math.max(Theme.touch.button, Math.max(words.implicitHeight, amount.implicitHeight)
                                                             + 2 * Theme.spacing.medium)
                        radius: Theme.mm(1.5)
                        color: tap.pressed ? Theme.colors.highlight : Theme.colors.surface
                        border.width: row.ticked ? Theme.mm(1) : Theme.mm(0.5)
                        border.color: row.ticked ? Theme.colors.secondary : Theme.colors.border

                        Accessible.role: Accessible.CheckBox
                        Accessible.name: modelData.description + ", " + modelData.amount
                        Accessible.description: modelData.due
                        Accessible.checkable: true
                        Accessible.checked: row.ticked
                        Accessible.onToggleAction: root.taxes.toggle(row.modelData.id)
                        Accessible.onPressAction: root.taxes.toggle(row.modelData.id)

                        Rectangle {
                            id: box
                            anchors { left: parent.left; leftMargin: Theme.spacing.medium; verticalCenter: parent.verticalCenter }
                            width: Theme.touch.minimum
                            height: width
                            radius: Theme.mm(1)
                            color: row.ticked ? Theme.colors.secondary : Theme.colors.surface
                            border.width: Theme.mm(0.6)
                            border.color: row.ticked ? Theme.colors.secondary : Theme.colors.border
                            KioskText {
                                anchors.centerIn: parent
                                visible: row.ticked
                                text: "✓"
                                size: "title"
                                font.bold: true
                                color: Theme.colors.text_on_secondary
                            }
                        }
                        Column {
                            id: words
                            anchors { left: box.right; leftMargin: Theme.spacing.medium
                                      right: amount.left; rightMargin: Theme.spacing.medium
                                      verticalCenter: parent.verticalCenter }
                            spacing: Theme.spacing.small / 2
                            KioskText { width: parent.width; text: row.modelData.description; font.bold: true }
                            KioskText { width: parent.width; text: row.modelData.period; size: "caption" }
                            KioskText {
                                width: parent.width
                                text: row.modelData.due
                                size: "caption"
                                font.bold: row.modelData.overdue
                                color: row.modelData.overdue ? Theme.colors.error : Theme.colors.text
                            }
                        }
                        KioskText {
                            id: amount
                            anchors { right: parent.right; rightMargin: Theme.spacing.medium; verticalCenter: parent.verticalCenter }
                            text: row.modelData.amount
                            wrapMode: Text.NoWrap
                            size: "subtitle"
                            font.bold: true
                        }
                        TapHandler { id: tap; onTapped: root.taxes.toggle(row.modelData.id) }
                    }
                }

                Rectangle {
                    width: parent.width
                    height: totals.implicitHeight + 2 * Theme.spacing.medium
                    color: Theme.colors.highlight
                    radius: Theme.mm(1.5)
                    Column {
                        id: totals
                        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.medium }
                        spacing: Theme.spacing.small
                        KioskText {
                            width: parent.width
                            text: qsTr("Total to pay now (%1 of %2)").arg(root.taxes.tickedCount)
                                                                     .arg(root.taxes.obligations.length)
                        }
                        KioskText {
                            objectName: "totalAmount"
                            width: parent.width
                            text: root.taxes.total
                            size: "title"
                            font.bold: true
                        }
                    }
                }

                Rectangle {
                    id: problemBox
                    width: parent.width
                    visible: root.taxes.payError !== ""
                    height: problem.implicitHeight + 2 * Theme.spacing.medium
                    color: Theme.colors.surface
                    border.width: Theme.mm(1)
                    border.color: Theme.colors.error
                    radius: Theme.mm(1)
                    Column {
                        id: problem
                        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.medium }
                        spacing: Theme.spacing.medium
                        KioskText {
                            objectName: "payError"
                            width: parent.width
                            text: root.taxes.payError
                            font.bold: true
                            Accessible.role: Accessible.AlertMessage
                            Accessible.name: text
                        }
                        KioskButton {
                            objectName: "retryButton"
                            visible: root.taxes.canRetry
                            text: qsTr("Try again")
                            onClicked: root.taxes.retry()
                        }
                    }
                }

                KioskButton {
                    objectName: "payButton"
                    width: parent.width
                    kind: "primary"
                    enabled: root.taxes.tickedCount > 0 && !root.taxes.busy
                    text: root.taxes.busy ? qsTr("Making your payment code…") : root.taxes.payLabel
                    description: qsTr("You will get a code to scan with your phone")
                    onClicked: root.taxes.pay()
                }
            }
        }
    }
}
