pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// A yes-or-no question as two big tiles side by side; neither is chosen until tapped.
Item {
    id: root
    property var value // true, false, or undefined/null: not answered yet
    property string fieldLabel
    signal picked(bool value)

    implicitWidth: tiles.implicitWidth
    implicitHeight: tiles.implicitHeight

    ChoiceTiles {
        id: tiles
        width: parent.width
        columns: 2
        tileHeight: Theme.touch.tile
        textSize: "title"
        options: [
            { value: "yes", label: qsTr("Yes"), objectName: "yesButton" },
            { value: "no", label: qsTr("No"), objectName: "noButton" }
        ]
        value: root.value === true ? "yes" : (root.value === false ? "no" : "")
        fieldLabel: root.fieldLabel
        onPicked: (value) => root.picked(value === "yes")
    }
}
