pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// A calculator with large keys; its history belongs to this session and is wiped with it.
Item {
    id: root
    required property var session
    required property var calculator

    readonly property var keys: [
        { key: "clear", label: qsTr("C", "calculator key that clears everything"), name: qsTr("Clear") },
        { key: "backspace", label: "⌫", name: qsTr("Delete last digit") },
        { key: "percent", label: "%", name: qsTr("Percent") },
        { key: "divide", label: "÷", name: qsTr("Divide") },
        { key: "7", label: "7", name: "7" }, { key: "8", label: "8", name: "8" },
        { key: "9", label: "9", name: "9" },
        { key: "multiply", label: "×", name: qsTr("Multiply") },
        { key: "4", label: "4", name: "4" }, { key: "5", label: "5", name: "5" },
        { key: "6", label: "6", name: "6" },
        { key: "subtract", label: "−", name: qsTr("Subtract") },
        { key: "1", label: "1", name: "1" }, { key: "2", label: "2", name: "2" },
        { key: "3", label: "3", name: "3" },
        { key: "add", label: "+", name: qsTr("Add") },
        { key: "sign", label: "±", name: qsTr("Change sign") },
        { key: "0", label: "0", name: "0" },
        { key: "decimal", label: root.calculator.decimalPoint, name: qsTr("Decimal point") },
        { key: "equals", label: "=", name: qsTr("Equals") }
    ]

    Column {
        id: top
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        BackBar { width: parent.width; session: root.session; title: qsTr("Calculator") }
    }

    Row {
        anchors { left: parent.left; right: parent.right; top: top.bottom; bottom: parent.bottom
                  margins: Theme.spacing.page_margin }
        spacing: Theme.spacing.large

        Column {
            id: pad
            width: parent.width * 0.6
            height: parent.height
            spacing: Theme.spacing.medium

            Rectangle {
                width: parent.width
                height: screenColumn.implicitHeight + 2 * Theme.spacing.medium
                color: Theme.colors.surface
                border.width: Theme.mm(0.6)
                border.color: Theme.colors.border
                radius: Theme.mm(1.5)
                Column {
                    id: screenColumn
                    anchors { fill: parent; margins: Theme.spacing.medium }
                    KioskText {
                        width: parent.width
                        horizontalAlignment: Text.AlignRight
                        text: root.calculator.expression
                        color: Theme.colors.text_muted
                        elide: Text.ElideLeft
                        wrapMode: Text.NoWrap
                    }
                    KioskText {
                        objectName: "calculatorDisplay"
                        width: parent.width
                        horizontalAlignment: Text.AlignRight
                        text: root.calculator.error || root.calculator.display
                        color: root.calculator.error ? Theme.colors.error : Theme.colors.text
                        size: "title"
                        font.bold: true
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: Theme.fonts.body
                        wrapMode: Text.NoWrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                }
            }
            Grid {
                id: keyGrid
                width: parent.width
                height: parent.height - y
                columns: 4
                spacing: Theme.spacing.medium
                readonly property int rowsCount: 5
                Repeater {
                    model: root.keys
                    KioskButton {
                        required property var modelData
                        objectName: "calc_" + modelData.key
                        width: (keyGrid.width - 3 * keyGrid.spacing) / 4
                        height: Math.max(Theme.touch.button,
                                         (keyGrid.height - 4 * keyGrid.spacing) / keyGrid.rowsCount)
                        kind: modelData.key === "equals" ? "primary" : "secondary"
                        text: modelData.label
                        textSize: "title"
                        Accessible.name: modelData.name
                        onClicked: root.calculator.press(modelData.key)
                    }
                }
            }
        }

        Column {
            width: parent.width - pad.width - parent.spacing
            height: parent.height
            spacing: Theme.spacing.medium
            KioskText {
                width: parent.width
                text: qsTr("Your calculations")
                size: "subtitle"
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            KioskText {
                width: parent.width
                visible: root.calculator.history.length === 0
                text: qsTr("Results appear here. They are deleted when you finish.")
                color: Theme.colors.text_muted
            }
            Repeater {
                model: root.calculator.history.slice(0, 8)
                KioskText { required property string modelData; width: parent.width; text: modelData }
            }
        }
    }
}
