pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// Which day: a month grid where days with free times are marked with how many; full,
// closed and past days are greyed out and cannot be chosen. Previous/next month buttons.
Item {
    id: root
    required property var session
    required property var appointments

    // "Loading…" while the portal answers; when it cannot, what to do and "Try again".
    component LoadStatus: Column {
        id: status
        required property var appointments
        spacing: Theme.spacing.medium
        KioskText {
            objectName: "loadingText"
            width: parent.width
            visible: status.appointments.busy
            text: qsTr("Loading…")
            size: "subtitle"
        }
        Rectangle {
            width: parent.width
            visible: status.appointments.problem !== ""
            height: problemColumn.implicitHeight + 2 * Theme.spacing.medium
            color: Theme.colors.surface
            border.width: Theme.mm(1)
            border.color: Theme.colors.error
            radius: Theme.mm(1.5)
            Column {
                id: problemColumn
                anchors { fill: parent; margins: Theme.spacing.medium }
                spacing: Theme.spacing.medium
                KioskText {
                    objectName: "problemText"
                    width: parent.width
                    text: status.appointments.problem
                    font.bold: true
                }
                KioskButton {
                    objectName: "retryButton"
                    visible: status.appointments.canRetry
                    enabled: !status.appointments.busy
                    kind: "primary"
                    text: qsTr("Try again")
                    onClicked: status.appointments.retry()
                }
            }
        }
    }

    Column {
        id: top
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        BackBar { width: parent.width; session: root.session; title: qsTr("Choose a day") }
    }

    Row {
        anchors { left: parent.left; right: parent.right; top: top.bottom; bottom: parent.bottom
                  margins: Theme.spacing.page_margin }
        spacing: Theme.spacing.large

        Column {
            id: month
            width: parent.width * 0.62
            height: parent.height
            spacing: Theme.spacing.medium

            Item {
                width: parent.width
                height: Math.max(prev.implicitHeight, monthTitle.implicitHeight)
                KioskButton {
                    id: prev
                    objectName: "previousMonth"
                    anchors.left: parent.left
                    enabled: root.appointments.canPreviousMonth
                    text: "‹"
                    textSize: "title"
                    Accessible.name: qsTr("Previous month")
                    onClicked: root.appointments.previousMonth()
                }
                KioskText {
                    id: monthTitle
                    anchors { left: prev.right; right: next.left; verticalCenter: parent.verticalCenter }
                    horizontalAlignment: Text.AlignHCenter
                    text: root.appointments.monthTitle
                    size: "title"
                    font.bold: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                KioskButton {
                    id: next
                    objectName: "nextMonth"
                    anchors.right: parent.right
                    enabled: root.appointments.canNextMonth
                    text: "›"
                    textSize: "title"
                    Accessible.name: qsTr("Next month")
                    onClicked: root.appointments.nextMonth()
                }
            }

            Grid {
                id: days
                width: parent.width
                columns: 7
                spacing: Theme.spacing.small
                readonly property real cellWidth: (width - 6 * spacing) / 7
                Repeater {
                    model: root.appointments.weekdays
                    KioskText {
                        required property string modelData
                        width: days.cellWidth
                        horizontalAlignment: Text.AlignHCenter
                        text: modelData
                        font.bold: true
                        size: "caption"
                    }
                }
                Repeater {
                    model: root.appointments.dayCells
                    Rectangle {
                        id: cell
                        required property var modelData
                        objectName: "day_" + modelData.iso
                        width: days.cellWidth
                        height: Math.max(Theme.touch.button,
                                         (month.height - days.y - 7 * days.spacing) / 6.6)
                        radius: Theme.mm(1)
                        color: modelData.bookable ? (tap.pressed ? Qt.darker(Theme.colors.primary, 1.25)
                                                                 : Theme.colors.primary)
                                                  : Theme.colors.background
                        border.width: modelData.isToday ? Theme.mm(1) : Theme.mm(0.4)
                        border.color: modelData.isToday ? Theme.colors.secondary
                                      : (modelData.bookable ? Theme.colors.primary : Theme.colors.closed)
                        opacity: modelData.inMonth ? 1 : 0.3
                        Accessible.role: modelData.bookable ? Accessible.Button : Accessible.StaticText
                        Accessible.name: modelData.label
                        Accessible.onPressAction: root.appointments.chooseDay(modelData.iso)
                        Column {
                            anchors.centerIn: parent
                            width: parent.width - 2 * Theme.spacing.small
                            KioskText {
                                width: parent.width
                                horizontalAlignment: Text.AlignHCenter
                                text: cell.modelData.day
                                size: "subtitle"
                                font.bold: cell.modelData.bookable
                                font.strikeout: cell.modelData.inMonth && !cell.modelData.bookable
                                color: cell.modelData.bookable ? Theme.colors.text_on_primary : Theme.colors.closed
                            }
                            KioskText {
                                width: parent.width
                                visible: cell.modelData.free !== ""
                                horizontalAlignment: Text.AlignHCenter
                                text: cell.modelData.free
                                size: "caption"
                                elide: Text.ElideRight
                                wrapMode: Text.NoWrap
                                color: Theme.colors.text_on_primary
                            }
                        }
                        TapHandler {
                            id: tap
                            enabled: cell.modelData.bookable && !root.appointments.busy
                            onTapped: root.appointments.chooseDay(cell.modelData.iso)
                        }
                    }
                }
            }
        }

        Column {
            width: parent.width - month.width - parent.spacing
            spacing: Theme.spacing.medium
            KioskText {
                width: parent.width
                text: root.appointments.officeName
                size: "subtitle"
                font.bold: true
            }
            KioskText {
                width: parent.width
                text: root.appointments.officeAddress
                color: Theme.colors.text_muted
            }
            LoadStatus { width: parent.width; appointments: root.appointments }
            KioskText {
                objectName: "noFreeDaysText"
                width: parent.width
                visible: root.appointments.daysLoaded && !root.appointments.hasFreeDays
                text: qsTr("There are no free times at this office in the coming weeks. Please choose another office or ask at the information desk.")
                size: "subtitle"
            }
            KioskText {
                width: parent.width
                visible: root.appointments.hasFreeDays
                text: qsTr("Tap a green day to see its free times. Grey days are full or closed.")
            }
        }
    }
}
