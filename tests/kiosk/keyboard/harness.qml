import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// Test harness: one text field and the on-screen keyboard, configured the way the kiosk
// configures it in resources/qml/Kiosk/Main.qml: our layout folder and a single active
// locale, both following the language of the screen.
Window {
    id: root

    required property url layoutPath
    property string keyboardLocale: "en_GB"

    readonly property bool uppercase: InputContext.uppercase
    // The layout file the keyboard has loaded for the current locale and input hints.
    readonly property string loadedLayout: inputPanel.keyboard.layout
    readonly property bool symbolMode: inputPanel.keyboard.symbolMode
    // Margin between a key's touch area and its painted face in the current style.
    readonly property var keyboardStyle: inputPanel.keyboard.style
    readonly property real keyFaceMargin: keyboardStyle
        && keyboardStyle.keyBackgroundMargin !== undefined
        ? keyboardStyle.keyBackgroundMargin : 0
    // QtVirtualKeyboard.KeyType values, so the tests need not hard-code the enum.
    readonly property var keyTypes: ({
        "key": QtVirtualKeyboard.KeyType.Key,
        "filler": QtVirtualKeyboard.KeyType.FillerKey,
        "shift": QtVirtualKeyboard.KeyType.ShiftKey,
        "backspace": QtVirtualKeyboard.KeyType.BackspaceKey,
        "space": QtVirtualKeyboard.KeyType.SpaceKey,
        "enter": QtVirtualKeyboard.KeyType.EnterKey,
        "hide": QtVirtualKeyboard.KeyType.HideKeyboardKey,
        "symbolMode": QtVirtualKeyboard.KeyType.SymbolModeKey,
        "changeLanguage": QtVirtualKeyboard.KeyType.ChangeLanguageKey,
        "inputMode": QtVirtualKeyboard.KeyType.InputModeKey,
        "handwritingMode": QtVirtualKeyboard.KeyType.HandwritingModeKey,
        "mode": QtVirtualKeyboard.KeyType.ModeKey
    })

    width: 1920
    height: 1080
    visible: true
    color: "white"

    Binding {
        target: VirtualKeyboardSettings
        property: "layoutPath"
        value: root.layoutPath
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: [root.keyboardLocale]
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: root.keyboardLocale
    }

    TextInput {
        id: field
        objectName: "field"
        x: 40
        y: 40
        width: 1200
        height: 80
        font.pixelSize: 48
        focus: true
    }

    InputPanel {
        id: inputPanel
        objectName: "inputPanel"
        width: root.width
        y: active ? root.height - height : root.height
    }
}
