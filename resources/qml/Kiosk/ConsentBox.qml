pragma ComponentBehavior: Bound

import QtQuick

// "I agree…": a large tick box with its text beside it; tapping anywhere on the row
// toggles it. The form owns the answer: a tap reports the wanted state through `toggled`.
Item {
    id: root
    property string text
    property bool checked
    signal toggled(bool checked)

    implicitWidth: tiles.implicitWidth
    implicitHeight: tiles.implicitHeight

    ChoiceTiles {
        id: tiles
        width: parent.width
        tickBoxes: true
        columns: 1
        textSize: "body"
        options: [{ value: "consent", label: root.text, objectName: "consentBox" }]
        checkedValues: root.checked ? ["consent"] : []
        fieldLabel: root.text
        onPicked: root.toggled(!root.checked)
    }
}
