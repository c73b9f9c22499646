pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// The portal: check the connection (reachable, TLS, enrolled, clock), and enrol this
// kiosk with the portal's address and a one-time code. The token goes to the keyring.
Item {
    id: root
    required property var admin
    readonly property var diagnostics: root.admin.diagnostics
    readonly property var portal: root.diagnostics.portal

    AdminBar {
        id: bar
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        admin: root.admin
        title: qsTr("Portal connection")
    }

    ScrollPage {
        anchors { left: parent.left; right: parent.right; top: bar.bottom; bottom: parent.bottom
                  margins: Theme.spacing.page_margin }
        Column {
            id: page
            width: parent.width
            spacing: Theme.spacing.large
            readonly property real fieldWidth: Math.min(width, Theme.mm(220))

            KioskText {
                width: page.fieldWidth
                text: root.portal.address !== "" ? qsTr("Portal address: %1").arg(root.portal.address)
                                                 : qsTr("No portal address is set yet.")
            }
            KioskButton {
                objectName: "checkPortalButton"
                enabled: !root.portal.checking
                text: root.portal.checking ? qsTr("Checking…") : qsTr("Check the connection")
                onClicked: root.diagnostics.checkPortal()
            }
            Repeater {
                model: root.portal.rows
                KioskText {
                    required property var modelData
                    objectName: "portalRow"
                    width: page.fieldWidth
                    text: (modelData.ok ? "✓ " : "✗ ") + modelData.label + ": " + modelData.value
                    color: modelData.ok ? Theme.colors.text : Theme.colors.error
                }
            }

            KioskText {
                width: page.fieldWidth
                text: qsTr("Enrol this kiosk")
                size: "subtitle"
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            KioskText {
                width: page.fieldWidth
                text: qsTr("Ask the portal's administrator for a one-time enrolment code for this kiosk's ID.")
            }
            SearchField {
                id: addressInput
                width: page.fieldWidth
                label: qsTr("Portal address")
                inputName: "enrolAddressInput"
                inputMethodHints: Qt.ImhUrlCharactersOnly
                text: root.portal.addressField
                Connections {
                    target: addressInput.field
                    function onTextEdited() { root.diagnostics.setAddress(addressInput.text) }
                }
            }
            SearchField {
                id: codeInput
                width: page.fieldWidth
                label: qsTr("One-time enrolment code")
                inputName: "enrolCodeInput"
                inputMethodHints: Qt.ImhNoAutoUppercase
                text: root.portal.codeField
                Connections {
                    target: codeInput.field
                    function onTextEdited() { root.diagnostics.setCode(codeInput.text) }
                }
            }
            KioskButton {
                objectName: "enrolButton"
                kind: "primary"
                enabled: !root.portal.enrolling
                text: qsTr("Enrol")
                onClicked: root.diagnostics.enrol()
            }
            KioskText {
                objectName: "enrolMessage"
                width: page.fieldWidth
                visible: text !== ""
                text: root.portal.enrolMessage
                font.bold: true
                color: root.portal.enrolled || root.portal.enrolling ? Theme.colors.text : Theme.colors.error
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
    }
}
