pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// Change the language at any moment; what was entered stays.
Overlay {
    id: root
    objectName: "languagePanel"
    required property var languages
    title: qsTr("Language")

    Grid {
        id: grid
        width: parent.width
        columns: Theme.largeText ? 2 : 3
        spacing: Theme.spacing.medium
        Repeater {
            model: root.languages.languages
            KioskButton {
                required property var modelData
                objectName: "switch_" + modelData.code
                width: (grid.width - (grid.columns - 1) * grid.spacing) / grid.columns
                kind: modelData.code === root.languages.current ? "selected" : "secondary"
                text: modelData.nativeName
                textSize: "subtitle"
                onClicked: { root.languages.choose(modelData.code); root.closed() }
            }
        }
    }
}
