pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// Home: "What do you need?" search, service tiles grouped by need, and the lobby helpers.
Item {
    id: root
    required property var session
    required property var catalogue
    // Library kiosks: anyone may practise with a sample person (nothing is sent).
    property bool practiceOffered: false
    // In a practice session, looking up or cancelling would reach the real portal.
    property bool practice: false
    signal practiceRequested()
    readonly property int columns: Theme.largeText ? 2 : 3
    signal statusRequested()
    signal cancelAppointmentRequested()

    ScrollPage {
        id: page
        anchors { fill: parent; margins: Theme.spacing.page_margin }

        Column {
            width: parent.width
            spacing: Theme.spacing.large

            SearchField {
                id: search
                width: parent.width
                label: qsTr("What do you need?")
                text: root.catalogue.query
                onTextChanged: root.catalogue.query = text
            }

            // Search results, when something is typed.
            Column {
                width: parent.width
                spacing: Theme.spacing.medium
                visible: root.catalogue.query.length > 0
                KioskText {
                    width: parent.width
                    visible: root.catalogue.results.length === 0
                    text: qsTr("Nothing found. Try another word, or choose from the list below.")
                    size: "subtitle"
                }
                Repeater {
                    model: root.catalogue.results
                    KioskButton {
                        required property var modelData
                        width: parent.width
                        horizontalAlignment: Text.AlignLeft
                        text: modelData.name
                        description: modelData.description
                        onClicked: { root.catalogue.select(modelData.code); root.session.openService(modelData.code) }
                    }
                }
            }

            Repeater {
                model: root.catalogue.groups
                Column {
                    id: group
                    required property var modelData
                    width: parent.width
                    spacing: Theme.spacing.medium
                    KioskText {
                        width: parent.width
                        text: group.modelData.name
                        size: "subtitle"
                        font.bold: true
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Grid {
                        id: tiles
                        width: parent.width
                        columns: root.columns
                        spacing: Theme.spacing.medium
                        Repeater {
                            model: group.modelData.services
                            KioskButton {
                                required property var modelData
                                objectName: "service_" + modelData.code
                                width: (tiles.width - (tiles.columns - 1) * tiles.spacing) / tiles.columns
                                height: Math.max(Theme.touch.tile, implicitHeight)
                                horizontalAlignment: Text.AlignLeft
                                text: modelData.name
                                onClicked: { root.catalogue.select(modelData.code); root.session.openService(modelData.code) }
                            }
                        }
                    }
                }
            }

            KioskText {
                width: parent.width
                text: qsTr("Also on this kiosk")
                size: "subtitle"
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Grid {
                id: helpers
                width: parent.width
                columns: root.columns
                spacing: Theme.spacing.medium
                KioskButton {
                    objectName: "statusTile"
                    visible: !root.practice
                    width: (helpers.width - (helpers.columns - 1) * helpers.spacing) / helpers.columns
                    height: Math.max(Theme.touch.tile, implicitHeight)
                    horizontalAlignment: Text.AlignLeft
                    text: qsTr("Check a request")
                    description: qsTr("With the number and code on your receipt")
                    onClicked: root.statusRequested()
                }
                KioskButton {
                    objectName: "cancelAppointmentTile"
                    visible: !root.practice
                    width: (helpers.width - (helpers.columns - 1) * helpers.spacing) / helpers.columns
                    height: Math.max(Theme.touch.tile, implicitHeight)
                    horizontalAlignment: Text.AlignLeft
                    text: qsTr("Cancel an appointment")
                    description: qsTr("With the number and code you received")
                    onClicked: root.cancelAppointmentRequested()
                }
                KioskButton {
                    objectName: "calculatorTile"
                    width: (helpers.width - (helpers.columns - 1) * helpers.spacing) / helpers.columns
                    height: Math.max(Theme.touch.tile, implicitHeight)
                    horizontalAlignment: Text.AlignLeft
                    text: qsTr("Calculator")
                    description: qsTr("Add up fees and taxes")
                    onClicked: root.session.openCalculator()
                }
                KioskButton {
                    objectName: "calendarTile"
                    width: (helpers.width - (helpers.columns - 1) * helpers.spacing) / helpers.columns
                    height: Math.max(Theme.touch.tile, implicitHeight)
                    horizontalAlignment: Text.AlignLeft
                    text: qsTr("Calendar")
                    description: qsTr("Opening hours and public holidays")
                    onClicked: root.session.openCalendar()
                }
                KioskButton {
                    objectName: "practiceTile"
                    visible: root.practiceOffered
                    width: (helpers.width - (helpers.columns - 1) * helpers.spacing) / helpers.columns
                    height: Math.max(Theme.touch.tile, implicitHeight)
                    horizontalAlignment: Text.AlignLeft
                    text: qsTr("Practise with a sample person")
                    description: qsTr("Try a request; nothing is sent")
                    onClicked: root.practiceRequested()
                }
            }
        }
    }
}
