pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// Anonymous figures for a day, week or month, sessions per service as bars, Export CSV.
// Everything is counted in Python (report_vm.py); this page only lays it out.
Item {
    id: root
    required property var admin
    readonly property var report: root.admin.report

    AdminBar {
        id: bar
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        admin: root.admin
        title: qsTr("Report")
    }

    ScrollPage {
        anchors { left: parent.left; right: parent.right; top: bar.bottom; bottom: parent.bottom
                  margins: Theme.spacing.page_margin }
        Column {
            id: page
            width: parent.width
            spacing: Theme.spacing.large

            Flow {
                width: parent.width
                spacing: Theme.spacing.medium
                Repeater {
                    model: [
                        { kind: "day", label: qsTr("Day") },
                        { kind: "week", label: qsTr("Week") },
                        { kind: "month", label: qsTr("Month") }
                    ]
                    KioskButton {
                        required property var modelData
                        readonly property bool chosen: root.report.periodKind === modelData.kind
                        objectName: "period_" + modelData.kind
                        kind: chosen ? "selected" : "secondary"
                        text: (chosen ? "✓ " : "") + modelData.label
                        Accessible.role: Accessible.RadioButton
                        Accessible.checked: chosen
                        Accessible.name: modelData.label
                        onClicked: root.report.setPeriod(modelData.kind)
                    }
                }
            }
            Item {
                width: parent.width
                height: Math.max(previous.height, periodTitle.implicitHeight, following.height)
                KioskButton {
                    id: previous
                    objectName: "previousPeriod"
                    anchors { left: parent.left; verticalCenter: parent.verticalCenter }
                    text: "‹ " + qsTr("Earlier")
                    Accessible.name: qsTr("Earlier")
                    onClicked: root.report.previous()
                }
                KioskText {
                    id: periodTitle
                    objectName: "periodTitle"
                    anchors { left: previous.right; right: following.left; margins: Theme.spacing.large
                              verticalCenter: parent.verticalCenter }
                    horizontalAlignment: Text.AlignHCenter
                    text: root.report.periodTitle
                    size: "subtitle"
                    font.bold: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                KioskButton {
                    id: following
                    objectName: "nextPeriod"
                    anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                    text: qsTr("Later") + " ›"
                    Accessible.name: qsTr("Later")
                    onClicked: root.report.next()
                }
            }

            // The totals as label / figure pairs.
            Flow {
                objectName: "reportTotals"
                width: parent.width
                spacing: Theme.spacing.medium
                Repeater {
                    model: root.report.totals
                    Rectangle {
                        id: total
                        required property var modelData
                        width: Math.max(totalColumn.implicitWidth + 2 * Theme.spacing.medium, Theme.touch.tile * 1.6)
                        height: totalColumn.implicitHeight + 2 * Theme.spacing.medium
                        radius: Theme.mm(1.5)
                        color: Theme.colors.surface
                        border.width: Theme.mm(0.5)
                        border.color: Theme.colors.border
                        Column {
                            id: totalColumn
                            anchors.centerIn: parent
                            KioskText {
                                anchors.horizontalCenter: parent.horizontalCenter
                                text: String(total.modelData.value)
                                size: "title"
                                font.bold: true
                            }
                            KioskText {
                                anchors.horizontalCenter: parent.horizontalCenter
                                text: total.modelData.label
                                size: "caption"
                            }
                        }
                    }
                }
            }

            KioskText {
                width: parent.width
                text: qsTr("Sessions by service")
                size: "subtitle"
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            KioskText {
                width: parent.width
                visible: root.report.bars.length === 0
                text: qsTr("No sessions in this period.")
            }
            Row {
                spacing: Theme.spacing.large
                visible: root.report.bars.length > 0
                Row {
                    spacing: Theme.spacing.small
                    Rectangle { width: Theme.mm(5); height: width; color: Theme.colors.primary
                                anchors.verticalCenter: parent.verticalCenter }
                    KioskText { text: qsTr("Completed"); size: "caption" }
                }
                Row {
                    spacing: Theme.spacing.small
                    Rectangle { width: Theme.mm(5); height: width; color: Theme.colors.secondary
                                anchors.verticalCenter: parent.verticalCenter }
                    KioskText { text: qsTr("Not completed"); size: "caption" }
                }
            }
            Repeater {
                model: root.report.bars
                Column {
                    id: barRow
                    required property var modelData
                    required property int index
                    width: page.width
                    spacing: Theme.spacing.small
                    KioskText {
                        width: parent.width
                        text: barRow.modelData.label + ": " + barRow.modelData.sessions
                              + " (" + qsTr("%1 completed").arg(barRow.modelData.completed) + ")"
                    }
                    Rectangle {
                        objectName: "bar_" + barRow.index
                        width: Math.max(Theme.mm(1), page.width * barRow.modelData.fraction)
                        height: Theme.mm(6)
                        color: Theme.colors.secondary
                        Rectangle {
                            width: page.width * barRow.modelData.completedFraction
                            height: parent.height
                            color: Theme.colors.primary
                        }
                    }
                }
            }

            KioskText {
                width: parent.width
                visible: root.report.languages.length > 0
                text: qsTr("Sessions by language")
                size: "subtitle"
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                model: root.report.languages
                KioskText {
                    required property var modelData
                    width: page.width
                    text: modelData.name + ": " + modelData.sessions
                }
            }

            KioskText {
                width: parent.width
                visible: root.report.workshops.length > 0
                text: qsTr("Workshops held")
                size: "subtitle"
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                model: root.report.workshops
                KioskText {
                    required property var modelData
                    width: page.width
                    text: modelData.when + " · " + modelData.title + ": "
                          + qsTr("People who came: %1").arg(modelData.attendance)
                }
            }

            KioskText {
                width: parent.width
                text: qsTr("Export CSV")
                size: "subtitle"
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            KioskText {
                width: parent.width
                text: qsTr("Plug in a USB stick, then choose where to save this period's figures. They hold no personal data.")
            }
            Repeater {
                model: root.report.directories
                KioskButton {
                    required property var modelData
                    objectName: "exportReportButton"
                    horizontalAlignment: Text.AlignLeft
                    text: qsTr("Save to %1").arg(modelData.label)
                    description: modelData.path
                    onClicked: root.report.exportCsv(modelData.path)
                }
            }
            KioskText {
                objectName: "reportMessage"
                width: parent.width
                visible: text !== ""
                text: root.report.message
                font.bold: true
            }
        }
    }
}
