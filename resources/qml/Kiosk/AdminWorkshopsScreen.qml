pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// The workshop schedule: add, change, remove; after a workshop, how many people came.
// Dates and times are set with buttons, the count with a number pad (no typing needed).
Item {
    id: root
    required property var admin
    readonly property var workshops: root.admin.workshops
    readonly property var draft: root.workshops.draft
    readonly property var counting: root.workshops.counting
    readonly property real key: Theme.touch.tile * 1.4

    AdminBar {
        id: bar
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        admin: root.admin
        title: qsTr("Workshops")
    }

    ScrollPage {
        anchors { left: parent.left; right: parent.right; top: bar.bottom; bottom: parent.bottom
                  margins: Theme.spacing.page_margin }
        Column {
            id: page
            width: parent.width
            spacing: Theme.spacing.large

            KioskText {
                objectName: "workshopsMessage"
                width: parent.width
                visible: text !== ""
                text: root.workshops.message
                font.bold: true
            }
            KioskText {
                objectName: "workshopsProblem"
                width: parent.width
                visible: text !== ""
                text: root.workshops.problem
                color: Theme.colors.error
                font.bold: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            // -- the list ------------------------------------------------------------------
            Column {
                width: parent.width
                spacing: Theme.spacing.large
                visible: root.workshops.mode === "list"

                KioskButton {
                    objectName: "addWorkshopButton"
                    kind: "primary"
                    text: qsTr("Add a workshop")
                    onClicked: root.workshops.add()
                }
                KioskText {
                    width: parent.width
                    text: qsTr("Coming up")
                    size: "subtitle"
                    font.bold: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                KioskText {
                    width: parent.width
                    visible: root.workshops.upcoming.length === 0
                    text: qsTr("No workshops are planned.")
                }
                Repeater {
                    model: root.workshops.upcoming
                    Rectangle {
                        id: card
                        required property var modelData
                        required property int index
                        width: page.width
                        height: cardColumn.implicitHeight + 2 * Theme.spacing.medium
                        radius: Theme.mm(1.5)
                        color: Theme.colors.surface
                        border.width: Theme.mm(0.5)
                        border.color: Theme.colors.border
                        Column {
                            id: cardColumn
                            anchors { left: parent.left; right: parent.right; top: parent.top
                                      margins: Theme.spacing.medium }
                            spacing: Theme.spacing.small
                            KioskText {
                                width: parent.width
                                text: card.modelData.title
                                size: "subtitle"
                                font.bold: true
                            }
                            KioskText {
                                width: parent.width
                                text: card.modelData.when + (card.modelData.place ? " · " + card.modelData.place : "")
                            }
                            KioskText {
                                width: parent.width
                                text: qsTr("Seats: %1").arg(card.modelData.seats) + " · " + card.modelData.language
                                      + (card.modelData.fromConfig ? " · " + qsTr("From the settings file") : "")
                                color: Theme.colors.text_muted
                            }
                            Flow {
                                width: parent.width
                                spacing: Theme.spacing.medium
                                visible: card.modelData.editable
                                KioskButton {
                                    objectName: "editWorkshop_" + card.index
                                    text: qsTr("Change")
                                    Accessible.name: qsTr("Change") + " " + card.modelData.title
                                    onClicked: root.workshops.edit(card.modelData.key)
                                }
                                KioskButton {
                                    objectName: "removeWorkshop_" + card.index
                                    text: qsTr("Remove")
                                    Accessible.name: qsTr("Remove") + " " + card.modelData.title
                                    onClicked: root.workshops.remove(card.modelData.key)
                                }
                            }
                        }
                    }
                }
                KioskText {
                    width: parent.width
                    text: qsTr("Took place")
                    size: "subtitle"
                    font.bold: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                KioskText {
                    width: parent.width
                    visible: root.workshops.past.length === 0
                    text: qsTr("No workshops in the last two months.")
                }
                Repeater {
                    model: root.workshops.past
                    Rectangle {
                        id: pastCard
                        required property var modelData
                        required property int index
                        readonly property bool counted: modelData.attendance >= 0
                        width: page.width
                        height: pastColumn.implicitHeight + 2 * Theme.spacing.medium
                        radius: Theme.mm(1.5)
                        color: Theme.colors.surface
                        border.width: pastCard.counted ? Theme.mm(0.5) : Theme.mm(1)
                        border.color: pastCard.counted ? Theme.colors.border : Theme.colors.focus
                        Column {
                            id: pastColumn
                            anchors { left: parent.left; right: parent.right; top: parent.top
                                      margins: Theme.spacing.medium }
                            spacing: Theme.spacing.small
                            KioskText {
                                width: parent.width
                                text: pastCard.modelData.title
                                size: "subtitle"
                                font.bold: true
                            }
                            KioskText {
                                width: parent.width
                                text: pastCard.modelData.when
                            }
                            KioskText {
                                objectName: "attendanceText_" + pastCard.index
                                width: parent.width
                                text: pastCard.counted ? qsTr("People who came: %1").arg(pastCard.modelData.attendance)
                                                       : qsTr("Attendance not recorded yet")
                                font.bold: !pastCard.counted
                            }
                            KioskButton {
                                objectName: "recordAttendance_" + pastCard.index
                                kind: pastCard.counted ? "secondary" : "primary"
                                text: pastCard.counted ? qsTr("Correct the count") : qsTr("Record attendance")
                                Accessible.name: text + " " + pastCard.modelData.title
                                onClicked: root.workshops.recordAttendance(pastCard.modelData.key)
                            }
                        }
                    }
                }
            }

            // -- adding or changing one --------------------------------------------------------
            Column {
                width: parent.width
                spacing: Theme.spacing.large
                visible: root.workshops.mode === "edit"

                KioskText {
                    width: parent.width
                    text: root.draft.isNew ? qsTr("New workshop") : qsTr("Change the workshop")
                    size: "subtitle"
                    font.bold: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                SearchField {
                    id: titleField
                    width: parent.width
                    label: qsTr("Title")
                    inputName: "workshopTitle"
                    text: root.draft.title !== undefined ? root.draft.title : ""
                }
                Connections {
                    target: titleField.field
                    function onTextEdited() { root.workshops.setTitle(titleField.text) }
                }
                SearchField {
                    id: placeField
                    width: parent.width
                    label: qsTr("Place")
                    inputName: "workshopPlace"
                    text: root.draft.place !== undefined ? root.draft.place : ""
                }
                Connections {
                    target: placeField.field
                    function onTextEdited() { root.workshops.setPlace(placeField.text) }
                }
                KioskText {
                    width: parent.width
                    text: qsTr("Date and time")
                    size: "subtitle"
                    font.bold: true
                }
                KioskText {
                    objectName: "workshopWhen"
                    width: parent.width
                    text: root.draft.when !== undefined ? root.draft.when : ""
                    size: "subtitle"
                }
                Flow {
                    width: parent.width
                    spacing: Theme.spacing.medium
                    Repeater {
                        model: [
                            { name: "dayEarlier", label: qsTr("Day before"), days: -1, minutes: 0 },
                            { name: "dayLater", label: qsTr("Day after"), days: 1, minutes: 0 },
                            { name: "hourEarlier", label: qsTr("1 hour earlier"), days: 0, minutes: -60 },
                            { name: "hourLater", label: qsTr("1 hour later"), days: 0, minutes: 60 },
                            { name: "quarterEarlier", label: qsTr("15 minutes earlier"), days: 0, minutes: -15 },
                            { name: "quarterLater", label: qsTr("15 minutes later"), days: 0, minutes: 15 }
                        ]
                        KioskButton {
                            required property var modelData
                            objectName: "workshop_" + modelData.name
                            text: modelData.label
                            onClicked: {
                                if (modelData.days !== 0) root.workshops.changeDay(modelData.days)
                                else root.workshops.changeMinutes(modelData.minutes)
                            }
                        }
                    }
                }
                KioskText {
                    width: parent.width
                    text: qsTr("Seats")
                    size: "subtitle"
                    font.bold: true
                }
                Row {
                    spacing: Theme.spacing.large
                    KioskButton {
                        objectName: "seatsFewer"
                        text: "−"
                        textSize: "title"
                        Accessible.name: qsTr("Fewer seats")
                        onClicked: root.workshops.changeSeats(-1)
                    }
                    KioskText {
                        objectName: "workshopSeats"
                        anchors.verticalCenter: parent.verticalCenter
                        text: root.draft.seats !== undefined ? String(root.draft.seats) : ""
                        size: "title"
                        font.bold: true
                    }
                    KioskButton {
                        objectName: "seatsMore"
                        text: "+"
                        textSize: "title"
                        Accessible.name: qsTr("More seats")
                        onClicked: root.workshops.changeSeats(1)
                    }
                }
                KioskText {
                    width: parent.width
                    text: qsTr("Language of the workshop")
                    size: "subtitle"
                    font.bold: true
                }
                Flow {
                    width: parent.width
                    spacing: Theme.spacing.medium
                    Repeater {
                        model: root.workshops.languageChoices
                        KioskButton {
                            required property var modelData
                            readonly property bool chosen: root.draft.language === modelData.code
                            objectName: "workshopLanguage_" + modelData.code
                            kind: chosen ? "selected" : "secondary"
                            text: (chosen ? "✓ " : "") + modelData.name
                            Accessible.role: Accessible.RadioButton
                            Accessible.checked: chosen
                            Accessible.name: modelData.name
                            onClicked: root.workshops.setLanguage(modelData.code)
                        }
                    }
                }
                Flow {
                    width: parent.width
                    spacing: Theme.spacing.large
                    KioskButton {
                        objectName: "saveWorkshopButton"
                        kind: "primary"
                        text: qsTr("Save the workshop")
                        onClicked: root.workshops.save()
                    }
                    KioskButton {
                        objectName: "cancelWorkshopButton"
                        text: qsTr("Cancel")
                        onClicked: root.workshops.cancel()
                    }
                }
            }

            // -- attendance ------------------------------------------------------------------
            Column {
                width: parent.width
                spacing: Theme.spacing.large
                visible: root.workshops.mode === "attendance"

                KioskText {
                    width: parent.width
                    text: qsTr("How many people came?")
                    size: "subtitle"
                    font.bold: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                KioskText {
                    width: parent.width
                    text: root.counting.title !== undefined ? root.counting.title + " · " + root.counting.when : ""
                }
                Rectangle {
                    objectName: "attendanceDigits"
                    width: 3 * root.key + 2 * Theme.spacing.large
                    height: Theme.touch.button
                    radius: Theme.mm(1)
                    color: Theme.colors.surface
                    border.width: Theme.mm(0.6)
                    border.color: Theme.colors.border
                    Accessible.role: Accessible.StaticText
                    Accessible.name: digits.text
                    KioskText {
                        id: digits
                        anchors.centerIn: parent
                        text: root.counting.digits !== undefined ? root.counting.digits : ""
                        size: "title"
                        font.bold: true
                    }
                }
                // The pad, and beside it Save and Cancel (always in view, even in large text).
                Row {
                    spacing: 2 * Theme.spacing.large
                    Grid {
                        columns: 3
                        spacing: Theme.spacing.large
                        Repeater {
                            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "delete", "0", "ok"]
                            KioskButton {
                                required property string modelData
                                objectName: "attendanceKey_" + modelData
                                width: root.key
                                height: root.key * 0.8
                                textSize: "title"
                                kind: modelData === "ok" ? "primary" : "secondary"
                                text: modelData === "delete" ? "⌫" : (modelData === "ok" ? "✓" : modelData)
                                Accessible.name: modelData === "delete" ? qsTr("Delete the last digit")
                                                 : (modelData === "ok" ? qsTr("Save") : modelData)
                                onClicked: {
                                    if (modelData === "delete") root.workshops.deleteDigit()
                                    else if (modelData === "ok") root.workshops.saveAttendance()
                                    else root.workshops.digit(modelData)
                                }
                            }
                        }
                    }
                    Column {
                        spacing: Theme.spacing.large
                        KioskButton {
                            objectName: "saveAttendanceButton"
                            kind: "primary"
                            text: qsTr("Save")
                            onClicked: root.workshops.saveAttendance()
                        }
                        KioskButton {
                            objectName: "cancelAttendanceButton"
                            text: qsTr("Cancel")
                            onClicked: root.workshops.cancel()
                        }
                    }
                }
            }
        }
    }
}
