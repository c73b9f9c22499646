pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// One answer out of several, as large tiles (GOV.UK radios sized for touch). The chosen
// tile shows a tick and a bold border, so it stands out without colour, and is announced
// as a checked radio button. MultiChoiceTiles, YesNoChoice and ConsentBox are built on
// this component (a bound inline component cannot be shared across files).
Item {
    id: root
    property var options: [] // [{value, label, description?, objectName?}]
    property string value
    property string fieldLabel
    signal picked(string value)

    // For the widgets built on this one:
    // square tick boxes announced as check boxes, any number of them checked.
    property bool tickBoxes: false
    property var checkedValues: root.value !== "" ? [root.value] : []
    property int tileHeight: Theme.touch.button
    property string textSize: "subtitle"

    readonly property bool shortLabels: {
        const list = root.options || []
        for (let i = 0; i < list.length; i++) {
            if (String(list[i].label).length > 22 || (list[i].description || "") !== "")
                return false
        }
        return true
    }
    // Two columns only where short labels leave room; large text reads better in one.
    property int columns: shortLabels && !Theme.largeText && width >= Theme.mm(160) ? 2 : 1

    implicitWidth: Theme.mm(120)
    implicitHeight: grid.implicitHeight
    Accessible.role: Accessible.Grouping
    Accessible.name: root.fieldLabel

    Grid {
        id: grid
        width: parent.width
        columns: root.columns
        spacing: Theme.spacing.medium
        Repeater {
            model: root.options
            Tile {
                required property var modelData
                objectName: modelData.objectName || "choice_" + modelData.value
                width: (grid.width - (grid.columns - 1) * grid.spacing) / grid.columns
                label: modelData.label
                description: modelData.description || ""
                checked: (root.checkedValues || []).indexOf(modelData.value) >= 0
                onActivated: root.picked(modelData.value)
            }
        }
    }

    // A tick drawn from two strokes: no dependence on a font having the ✓ glyph.
    component TickMark: Item {
        id: tick
        property color color: Theme.colors.text
        readonly property real stroke: Math.max(2, width * 0.14)
        Rectangle {
            x: tick.width * 0.18; y: tick.height * 0.52 - tick.stroke / 2
            width: tick.width * 0.3; height: tick.stroke
            radius: tick.stroke / 2
            color: tick.color
            transformOrigin: Item.Left
            rotation: 45
        }
        Rectangle {
            x: tick.width * 0.36; y: tick.height * 0.73 - tick.stroke / 2
            width: tick.width * 0.58; height: tick.stroke
            radius: tick.stroke / 2
            color: tick.color
            transformOrigin: Item.Left
            rotation: -52
        }
    }

    // A whole-row touch target: a round (radio) or square (check) box, the label beside it.
    component Tile: Rectangle {
        id: tile
        property string label
        property string description
        property bool checked
        signal activated()

        readonly property int pad: Theme.spacing.medium
        implicitWidth: Theme.mm(80)
        implicitHeight: Math.max(root.tileHeight, texts.implicitHeight + 2 * pad)
        radius: Theme.mm(1.5)
        color: tap.pressed ? Theme.colors.highlight : (checked ? Theme.colors.highlight : Theme.colors.surface)
        border.width: activeFocus || checked ? Theme.mm(1.2) : Theme.mm(0.5)
        border.color: activeFocus ? Theme.colors.focus : (checked ? Theme.colors.secondary : Theme.colors.border)

        activeFocusOnTab: true
        Accessible.role: root.tickBoxes ? Accessible.CheckBox : Accessible.RadioButton
        Accessible.name: tile.label
        Accessible.description: tile.description
        Accessible.checkable: true
        Accessible.checked: tile.checked
        Accessible.onPressAction: tile.activated()
        Accessible.onToggleAction: tile.activated()
        Keys.onReturnPressed: tile.activated()
        Keys.onSpacePressed: tile.activated()

        Rectangle {
            id: box
            anchors { left: parent.left; leftMargin: tile.pad; verticalCenter: parent.verticalCenter }
            width: Theme.mm(Theme.largeText ? 11 : 9)
            height: width
            radius: root.tickBoxes ? Theme.mm(1) : width / 2
            color: tile.checked ? Theme.colors.secondary : Theme.colors.surface
            border.width: Theme.mm(0.6)
            border.color: tile.checked ? Theme.colors.secondary : Theme.colors.text
            TickMark {
                anchors.fill: parent
                anchors.margins: parent.width * 0.12
                visible: tile.checked
                color: Theme.colors.text_on_secondary
            }
        }
        Column {
            id: texts
            anchors { left: box.right; leftMargin: tile.pad; right: parent.right; rightMargin: tile.pad
                      verticalCenter: parent.verticalCenter }
            spacing: Theme.spacing.small
            KioskText {
                width: parent.width
                text: tile.label
                size: root.textSize
                font.bold: tile.checked && root.textSize !== "body"
            }
            KioskText {
                width: parent.width
                visible: text !== ""
                text: tile.description
                size: "body"
                color: Theme.colors.text_muted
            }
        }

        TapHandler {
            id: tap
            onTapped: tile.activated()
        }
    }
}
