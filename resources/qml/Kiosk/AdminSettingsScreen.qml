pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// Settings: each field of kiosk.toml a technician may change. Save checks everything
// first; a refused value is marked with what is wrong and nothing is written.
Item {
    id: root
    required property var admin
    readonly property var settings: root.admin.settings

    AdminBar {
        id: bar
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        admin: root.admin
        title: qsTr("Settings")
    }

    // Save stays in view however far the list is scrolled.
    KioskButton {
        id: save
        objectName: "saveSettingsButton"
        anchors { left: parent.left; bottom: parent.bottom; margins: Theme.spacing.page_margin }
        kind: "primary"
        text: qsTr("Save settings")
        onClicked: { root.settings.save(); scroll.flickable.contentY = 0 }
    }

    ScrollPage {
        id: scroll
        anchors { left: parent.left; right: parent.right; top: bar.bottom; bottom: save.top
                  margins: Theme.spacing.page_margin }
        Column {
            id: page
            width: parent.width
            spacing: Theme.spacing.large
            readonly property real fieldWidth: Math.min(width, Theme.mm(240))

            KioskText {
                objectName: "settingsError"
                width: page.fieldWidth
                visible: text !== ""
                text: root.settings.error
                color: Theme.colors.error
                font.bold: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            KioskText {
                objectName: "settingsNotice"
                width: page.fieldWidth
                visible: text !== ""
                text: root.settings.notice
                font.bold: true
            }

            Repeater {
                model: root.settings.fields
                Column {
                    id: field
                    required property var modelData
                    width: page.fieldWidth
                    spacing: Theme.spacing.small

                    KioskText {
                        width: parent.width
                        visible: field.modelData.kind !== "text" && field.modelData.kind !== "number"
                                 && field.modelData.kind !== "decimal"
                        text: field.modelData.label
                        size: "subtitle"
                        font.bold: true
                    }
                    KioskText {
                        objectName: "problem_" + field.modelData.key
                        width: parent.width
                        visible: text !== ""
                        text: field.modelData.problem
                        color: Theme.colors.error
                        font.bold: true
                    }
                    SearchField {
                        id: input
                        width: parent.width
                        visible: field.modelData.kind === "text" || field.modelData.kind === "number"
                                 || field.modelData.kind === "decimal"
                        label: field.modelData.label
                        inputName: "setting_" + field.modelData.key
                        inputMethodHints: field.modelData.kind === "text" ? Qt.ImhNone : Qt.ImhFormattedNumbersOnly
                        text: field.modelData.value
                    }
                    // Only what the technician types (not the field being filled or emptied).
                    Connections {
                        target: input.field
                        function onTextEdited() { root.settings.setValue(field.modelData.key, input.text) }
                    }
                    Flow {
                        width: parent.width
                        visible: field.modelData.kind === "choice" || field.modelData.kind === "languages"
                        spacing: Theme.spacing.medium
                        Repeater {
                            model: field.modelData.options
                            KioskButton {
                                id: option
                                required property var modelData
                                objectName: "option_" + field.modelData.key + "_" + modelData.value
                                kind: modelData.selected ? "selected" : "secondary"
                                text: (modelData.selected ? "✓ " : "") + modelData.label
                                Accessible.role: field.modelData.kind === "languages" ? Accessible.CheckBox
                                                                                     : Accessible.RadioButton
                                Accessible.checked: modelData.selected
                                Accessible.name: modelData.label
                                onClicked: {
                                    if (field.modelData.kind === "languages")
                                        root.settings.toggleLanguage(option.modelData.value)
                                    else
                                        root.settings.setValue(field.modelData.key, option.modelData.value)
                                }
                            }
                        }
                    }
                    KioskText {
                        width: parent.width
                        visible: text !== ""
                        text: field.modelData.hint
                        size: "caption"
                        color: Theme.colors.text_muted
                    }
                }
            }

        }
    }
}
