pragma ComponentBehavior: Bound

import QtQuick

// Any number of answers from a list, as large tick-box tiles (GOV.UK checkboxes for touch).
// A tap only reports the tile; the form decides and hands back the new `values`.
Item {
    id: root
    property var options: [] // [{value, label, description?}]
    property var values: [] // the chosen values
    property string fieldLabel
    signal toggled(string value)

    implicitWidth: tiles.implicitWidth
    implicitHeight: tiles.implicitHeight

    ChoiceTiles {
        id: tiles
        width: parent.width
        tickBoxes: true
        columns: 1
        options: root.options
        checkedValues: root.values || []
        fieldLabel: root.fieldLabel
        onPicked: (value) => root.toggled(value)
    }
}
