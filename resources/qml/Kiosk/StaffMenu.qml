pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// What signed-in staff can do: explanations and "show me", submit for someone who is not
// here, a practice session, sign out, end the session (the one wipe).
Overlay {
    id: root
    objectName: "staffMenu"
    required property var guided
    title: qsTr("Staff menu")

    Flow {
        width: parent.width
        spacing: Theme.spacing.large
        KioskButton {
            objectName: "showMeButton"
            kind: root.guided.showMe ? "selected" : "secondary"
            text: (root.guided.showMe ? "✓ " : "") + qsTr("Show me: highlight what to touch")
            Accessible.role: Accessible.CheckBox
            Accessible.checked: root.guided.showMe
            Accessible.name: qsTr("Show me: highlight what to touch")
            onClicked: root.guided.setShowMe(!root.guided.showMe)
        }
        KioskButton {
            objectName: "onBehalfButton"
            kind: root.guided.onBehalf ? "selected" : "secondary"
            text: (root.guided.onBehalf ? "✓ " : "") + qsTr("I submit for someone who is not here")
            Accessible.role: Accessible.CheckBox
            Accessible.checked: root.guided.onBehalf
            Accessible.name: qsTr("I submit for someone who is not here")
            onClicked: root.guided.setOnBehalf(!root.guided.onBehalf)
        }
        KioskButton {
            objectName: "practiceButton"
            text: root.guided.practice ? qsTr("End the practice session") : qsTr("Start a practice session")
            description: root.guided.practice ? "" : qsTr("Sample person, nothing is sent")
            onClicked: {
                root.closed()
                if (root.guided.practice) root.guided.stopPractice()
                else root.guided.startPractice()
            }
        }
        // The library's pages of the admin screen, open to signed-in staff without the
        // technician PIN (the running session ends first, as for the technician).
        KioskButton {
            objectName: "staffWorkshopsButton"
            text: qsTr("Workshops")
            description: qsTr("Schedule and attendance")
            onClicked: { root.closed(); root.guided.openStaffPage("workshops") }
        }
        KioskButton {
            objectName: "staffReportButton"
            text: qsTr("Report")
            description: qsTr("Anonymous figures, export CSV")
            onClicked: { root.closed(); root.guided.openStaffPage("report") }
        }
        KioskButton {
            objectName: "signOutButton"
            text: qsTr("Sign out")
            description: qsTr("The person continues alone")
            onClicked: { root.closed(); root.guided.signOut() }
        }
        KioskButton {
            objectName: "endSessionButton"
            kind: "finish"
            text: qsTr("End session")
            description: qsTr("Delete everything entered")
            onClicked: { root.closed(); root.guided.endSession() }
        }
    }
}
