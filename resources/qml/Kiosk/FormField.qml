pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import KioskTheme

// One question of a form: label, help, "from your ID card" mark, the error in words,
// and the right touch input for its kind. Values go to the view-model as they change.
Column {
    id: root
    required property var field
    required property var forms
    // Guided "show me": this is the control to touch next.
    property bool showMe: false
    readonly property bool hasError: root.field.error !== ""
    spacing: Theme.spacing.small
    objectName: "field_" + root.field.key

    // Put the finger's focus on the input (error summary links land here).
    function focusInput() {
        const item = input.item as Item
        if (item)
            item.forceActiveFocus()
    }

    Rectangle {
        // A bar at the side marks a field with an error, besides the red words.
        width: parent.width
        height: body.implicitHeight
        color: "transparent"
        ShowMeMark {
            objectName: "showMe_" + root.field.key
            anchors.fill: parent
            visible: root.showMe
        }
        Rectangle {
            visible: root.hasError
            width: Theme.mm(1.5)
            height: parent.height
            color: Theme.colors.error
        }
        Column {
            id: body
            x: root.hasError ? Theme.mm(4) : 0
            width: parent.width - x
            spacing: Theme.spacing.small

            KioskText {
                width: parent.width
                // A consent's label is the statement itself, shown beside its tick box.
                visible: root.field.kind !== "consent"
                text: root.field.label + (root.field.required ? "" : "  " + qsTr("(optional)"))
                size: "subtitle"
                font.bold: true
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            KioskText {
                width: parent.width
                visible: text !== ""
                text: root.field.help
                color: Theme.colors.text_muted
            }
            KioskText {
                width: parent.width
                visible: root.field.prefilled
                text: "✓ " + (root.field.prefillSource === "chip"
                              ? qsTr("Filled in from your ID chip. Check it and change it if needed.")
                              : qsTr("Filled in from your ID card. Check it and change it if needed."))
                color: Theme.colors.text_muted
            }
            KioskText {
                objectName: "fieldError_" + root.field.key
                width: parent.width
                visible: root.hasError
                text: qsTr("Error:") + " " + root.field.error
                color: Theme.colors.error
                font.bold: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Loader {
                id: input
                width: parent.width
                sourceComponent: {
                    switch (root.field.kind) {
                    case "long_text": return longText
                    case "date": return datePicker
                    case "choice": return choice
                    case "multi_choice": return multiChoice
                    case "yes_no": return yesNo
                    case "consent": return consent
                    case "street": return street
                    default: return shortText
                    }
                }
            }
        }
    }

    Component {
        id: shortText
        Item {
            implicitHeight: line.height
            onActiveFocusChanged: if (activeFocus) line.forceActiveFocus()
            TextField {
                id: line
                objectName: "input_" + root.field.key
                width: Math.min(parent.width, root.field.kind === "personal_id" || root.field.kind === "number"
                                ? Theme.mm(110) : parent.width)
                height: Math.max(Theme.touch.button, implicitHeight)
                text: root.field.value === undefined || root.field.value === null ? "" : String(root.field.value)
                maximumLength: root.field.maxLength > 0 ? root.field.maxLength : 32767
                font.pixelSize: Theme.fonts.subtitle
                font.family: "Noto Sans"
                color: Theme.colors.text
                inputMethodHints: {
                    const base = Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                    switch (root.field.kind) {
                    case "personal_id": return base | Qt.ImhDigitsOnly
                    case "number": return base | Qt.ImhFormattedNumbersOnly
                    case "email": return base | Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                    case "phone": return base | Qt.ImhDialableCharactersOnly
                    default: return base
                    }
                }
                Accessible.name: root.field.label
                Accessible.role: Accessible.EditableText
                Accessible.description: root.field.error
                onTextEdited: root.forms.setValue(root.field.key, text)
                Component.onDestruction: line.clear()
                background: Rectangle {
                    color: Theme.colors.surface
                    border.width: line.activeFocus || root.hasError ? Theme.mm(1.2) : Theme.mm(0.6)
                    border.color: line.activeFocus ? Theme.colors.focus
                                  : (root.hasError ? Theme.colors.error : Theme.colors.border)
                    radius: Theme.mm(1)
                }
            }
        }
    }
    Component {
        id: longText
        Item {
            implicitHeight: area.height
            onActiveFocusChanged: if (activeFocus) area.forceActiveFocus()
            TextArea {
                id: area
                objectName: "input_" + root.field.key
                width: parent.width
                height: Math.max(Theme.touch.button * 3, implicitHeight)
                text: root.field.value === undefined || root.field.value === null ? "" : String(root.field.value)
                wrapMode: TextEdit.Wrap
                font.pixelSize: Theme.fonts.body
                font.family: "Noto Sans"
                color: Theme.colors.text
                inputMethodHints: Qt.ImhSensitiveData
                Accessible.name: root.field.label
                Accessible.role: Accessible.EditableText
                Accessible.description: root.field.error
                onTextChanged: if (activeFocus) root.forms.setValue(root.field.key, text)
                Component.onDestruction: area.clear()
                background: Rectangle {
                    color: Theme.colors.surface
                    border.width: area.activeFocus || root.hasError ? Theme.mm(1.2) : Theme.mm(0.6)
                    border.color: area.activeFocus ? Theme.colors.focus
                                  : (root.hasError ? Theme.colors.error : Theme.colors.border)
                    radius: Theme.mm(1)
                }
            }
        }
    }
    Component {
        id: datePicker
        DatePicker {
            value: root.field.value || ""
            localeName: root.field.localeName
            onPicked: (isoDate) => root.forms.setValue(root.field.key, isoDate)
        }
    }
    Component {
        id: choice
        ChoiceTiles {
            options: root.field.options
            value: root.field.value || ""
            fieldLabel: root.field.label
            onPicked: (value) => root.forms.setValue(root.field.key, value)
        }
    }
    Component {
        id: multiChoice
        MultiChoiceTiles {
            options: root.field.options
            values: root.field.value || []
            onToggled: (value) => root.forms.toggleChoice(root.field.key, value)
        }
    }
    Component {
        id: yesNo
        YesNoChoice {
            value: root.field.value
            onPicked: (value) => root.forms.setValue(root.field.key, value)
        }
    }
    Component {
        id: consent
        ConsentBox {
            text: root.field.label
            checked: root.field.value === true
            onToggled: (checked) => root.forms.setValue(root.field.key, checked ? true : null)
        }
    }
    Component {
        id: street
        StreetPicker {
            value: root.field.value || ""
            matches: root.forms.streetMatches[root.field.key] || []
            onSearched: (text) => root.forms.searchStreets(root.field.key, text)
            onPicked: (value) => root.forms.setValue(root.field.key, value)
            Component.onCompleted: root.forms.searchStreets(root.field.key, "")
        }
    }
}
