pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// Language choice: each name in its own language and script; no flags.
Item {
    id: root
    required property var session
    required property var languages
    required property var attract

    Column {
        anchors { fill: parent; margins: Theme.spacing.page_margin }
        spacing: Theme.spacing.large

        Flow {
            width: parent.width
            spacing: Theme.spacing.large
            Repeater {
                model: root.attract.chooseLanguage
                Row {
                    required property var modelData
                    required property int index
                    spacing: Theme.spacing.large
                    KioskText {
                        text: parent.modelData.text
                        size: "subtitle"
                        font.bold: parent.index === 0
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    KioskText {
                        visible: parent.index < root.attract.chooseLanguage.length - 1
                        text: "·"
                        size: "subtitle"
                        color: Theme.colors.text_muted
                    }
                }
            }
        }

        Grid {
            id: grid
            width: parent.width
            columns: Theme.largeText ? 2 : 3
            spacing: Theme.spacing.large
            Repeater {
                model: root.languages.languages
                KioskButton {
                    required property var modelData
                    objectName: "language_" + modelData.code
                    width: (grid.width - (grid.columns - 1) * grid.spacing) / grid.columns
                    height: Theme.touch.tile
                    kind: modelData.code === root.languages.current ? "selected" : "secondary"
                    text: modelData.nativeName
                    textSize: "title"
                    onClicked: {
                        root.languages.choose(modelData.code)
                        root.session.languageChosen()
                    }
                }
            }
        }
    }
}
