import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

// Bottom row of every letter layout. The punctuation a citizen needs in names, addresses
// and e-mail addresses is here as direct keys: "@", hyphen, apostrophe, comma, full stop.
// There is deliberately no ChangeLanguageKey: the kiosk chooses the layout from the
// language of the screen, and nobody should end up in a foreign alphabet by accident.
KeyboardRow {
    SymbolModeKey { weight: 150; displayText: "!?#" }
    Key { text: "@" }
    Key { text: "-" }
    Key { text: "'" }
    Key { text: "," }
    SpaceKey { weight: 450 }
    Key { text: "." }
    EnterKey { weight: 200 }
    HideKeyboardKey { weight: 150 }
}
