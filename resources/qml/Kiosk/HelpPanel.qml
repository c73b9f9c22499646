pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// Help for the current screen, and how to get a person to help.
Overlay {
    id: root
    objectName: "helpPanel"
    property string screen
    property bool staffCalled: false
    property bool staffSignedIn: false
    signal staffSignInRequested()
    title: qsTr("Help")
    onVisibleChanged: if (!visible) staffCalled = false

    readonly property string hint: {
        switch (screen) {
        case "home": return qsTr("Touch the service you need, or type a word in the box at the top, for example \"certificate\".")
        case "service-detail": return qsTr("This page says which documents you need, what it costs and how long it takes.")
        case "calculator": return qsTr("Touch the numbers and signs as on a pocket calculator. Your results are listed on the right.")
        case "calendar": return qsTr("Days in red are public holidays. Touch a day to see the opening hours.")
        default: return qsTr("Touch the language you speak.")
        }
    }

    Column {
        width: parent.width
        spacing: Theme.spacing.large
        KioskText { width: parent.width; text: root.hint; size: "subtitle" }
        KioskText {
            width: parent.width
            text: qsTr("The \"Finish\" button at the top right deletes everything you entered.")
        }
        KioskButton {
            objectName: "callStaffButton"
            visible: !root.staffCalled
            kind: "primary"
            text: qsTr("I need help from a member of staff")
            onClicked: root.staffCalled = true
        }
        KioskText {
            visible: root.staffCalled
            width: parent.width
            text: qsTr("Please go to the information desk or wave to a member of staff: they will come to help you.")
            size: "subtitle"
            font.bold: true
        }
        // Library staff guiding a session sign in here, from any screen of the session.
        KioskButton {
            objectName: "staffSignInButton"
            visible: !root.staffSignedIn && root.screen !== "guided-signin"
            kind: "quiet"
            text: qsTr("Staff sign-in")
            onClicked: root.staffSignInRequested()
        }
    }
}
