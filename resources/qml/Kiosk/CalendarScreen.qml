pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// Month calendar: public holidays, office opening hours and closures; tap a day for details.
Item {
    id: root
    required property var session
    required property var calendar

    Column {
        id: top
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        BackBar { width: parent.width; session: root.session; title: qsTr("Calendar") }
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
                    text: "‹"
                    textSize: "title"
                    Accessible.name: qsTr("Previous month")
                    onClicked: root.calendar.previousMonth()
                }
                KioskText {
                    id: monthTitle
                    anchors { left: prev.right; right: next.left; verticalCenter: parent.verticalCenter }
                    horizontalAlignment: Text.AlignHCenter
                    text: root.calendar.title
                    size: "title"
                    font.bold: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                KioskButton {
                    id: next
                    objectName: "nextMonth"
                    anchors.right: parent.right
                    text: "›"
                    textSize: "title"
                    Accessible.name: qsTr("Next month")
                    onClicked: root.calendar.nextMonth()
                }
            }

            Grid {
                id: days
                width: parent.width
                columns: 7
                spacing: Theme.spacing.small
                readonly property real cellWidth: (width - 6 * spacing) / 7
                Repeater {
                    model: root.calendar.weekdays
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
                    model: root.calendar.cells
                    Rectangle {
                        id: cell
                        required property var modelData
                        width: days.cellWidth
                        height: Math.max(Theme.touch.button,
                                         (month.height - days.y - 7 * days.spacing) / 6.6)
                        radius: Theme.mm(1)
                        color: modelData.isSelected ? Theme.colors.secondary
                               : (modelData.isToday ? Theme.colors.highlight : Theme.colors.surface)
                        border.width: modelData.isToday ? Theme.mm(1) : Theme.mm(0.4)
                        border.color: modelData.isToday ? Theme.colors.secondary : Theme.colors.border
                        opacity: modelData.inMonth ? 1 : 0.55
                        Accessible.role: Accessible.Button
                        Accessible.name: modelData.iso + (modelData.isHoliday ? " " + qsTr("public holiday")
                                         : (modelData.isClosed ? " " + qsTr("closed") : ""))
                        Accessible.onPressAction: root.calendar.select(modelData.iso)
                        KioskText {
                            anchors.centerIn: parent
                            text: cell.modelData.day
                            size: "subtitle"
                            font.bold: cell.modelData.isHoliday || cell.modelData.isToday
                            font.underline: cell.modelData.isHoliday
                            color: cell.modelData.isSelected ? Theme.colors.text_on_secondary
                                   : (cell.modelData.isHoliday ? Theme.colors.holiday
                                      : (cell.modelData.isClosed ? Theme.colors.closed : Theme.colors.text))
                        }
                        TapHandler { onTapped: root.calendar.select(cell.modelData.iso) }
                    }
                }
            }
        }

        Column {
            width: parent.width - month.width - parent.spacing
            spacing: Theme.spacing.medium
            KioskText {
                width: parent.width
                text: root.calendar.openNow
                size: "subtitle"
                font.bold: true
            }
            Rectangle {
                width: parent.width
                height: info.implicitHeight + 2 * Theme.spacing.medium
                color: Theme.colors.surface
                border.width: Theme.mm(0.5)
                border.color: Theme.colors.border
                radius: Theme.mm(1.5)
                Column {
                    id: info
                    anchors { fill: parent; margins: Theme.spacing.medium }
                    spacing: Theme.spacing.small
                    KioskText { width: parent.width; text: root.calendar.selected.date; font.bold: true }
                    KioskText { width: parent.width; text: root.calendar.selected.status }
                    KioskText {
                        width: parent.width
                        visible: text !== ""
                        text: root.calendar.selected.note
                        color: Theme.colors.holiday
                    }
                }
            }
            KioskText {
                width: parent.width
                text: qsTr("Public holidays this month")
                size: "subtitle"
                font.bold: true
            }
            KioskText {
                width: parent.width
                visible: root.calendar.holidays.length === 0
                text: qsTr("None")
                color: Theme.colors.text_muted
            }
            Repeater {
                model: root.calendar.holidays
                KioskText {
                    required property var modelData
                    width: parent.width
                    text: modelData.date + " — " + modelData.name
                }
            }
            KioskButton {
                objectName: "todayButton"
                text: qsTr("Today")
                onClicked: root.calendar.showToday()
            }
        }
    }
}
