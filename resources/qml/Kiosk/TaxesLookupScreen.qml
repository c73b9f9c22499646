pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// Taxes and bills, step 1: whose. The personal ID is checked here (check digit)
// before anything is sent, and kept in the view-model for Back.
Item {
    id: root
    required property var session
    required property var taxes

    // A new message scrolls into view (the keyboard may have scrolled the page).
    readonly property string messages: root.taxes.lookupError + root.taxes.idError
    onMessagesChanged: if (messages !== "") scroll.flickable.contentY = 0

    Column {
        id: top
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        BackBar { width: parent.width; session: root.session; title: qsTr("Taxes and bills") }
    }

    ScrollPage {
        id: scroll
        anchors { left: parent.left; right: parent.right; top: top.bottom; bottom: parent.bottom
                  margins: Theme.spacing.page_margin }

        Column {
            id: page
            width: parent.width
            spacing: Theme.spacing.large
            readonly property real fieldWidth: Math.min(width, Theme.mm(220))

            KioskText {
                width: page.fieldWidth
                text: qsTr("Type your personal number to see what you owe. Nothing is paid until you choose to pay.")
            }

            Rectangle {
                width: page.fieldWidth
                visible: root.taxes.lookupError !== ""
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
                        objectName: "taxesError"
                        width: parent.width
                        text: root.taxes.lookupError
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

            Column {
                width: page.fieldWidth
                spacing: Theme.spacing.small
                KioskText {
                    objectName: "personalIdError"
                    width: parent.width
                    visible: text !== ""
                    text: root.taxes.idError
                    color: Theme.colors.error
                    font.bold: true
                }
                SearchField {
                    id: idField
                    width: parent.width
                    label: root.taxes.idLabel
                    inputMethodHints: Qt.ImhDigitsOnly
                    text: root.taxes.personalId
                    field.objectName: "personalIdInput"
                }
                KioskText {
                    width: parent.width
                    text: qsTr("%1 digits, printed on your identity card").arg(root.taxes.idDigits)
                    size: "caption"
                    color: Theme.colors.text_muted
                }
            }
            // Only typing goes back to the view-model: a field cleared as the screen
            // closes must not erase the kept value.
            Connections {
                target: idField.field
                function onTextEdited() { root.taxes.personalId = idField.text }
                function onAccepted() { root.taxes.lookUp() }
            }

            KioskButton {
                objectName: "showObligationsButton"
                kind: "primary"
                enabled: !root.taxes.busy
                text: root.taxes.busy ? qsTr("Looking it up…") : qsTr("Show what I owe")
                onClicked: root.taxes.lookUp()
            }
        }
    }
}
