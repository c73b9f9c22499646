import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

// Digits and symbols, shared by every locale (each locale folder has a symbols.fallback
// marker that points the keyboard here). One page only: every symbol is one tap away.
KeyboardLayout {
    id: symbols

    // The key back to the letters is labelled in the alphabet it returns to.
    readonly property bool cyrillicLetters: ["ru", "uk", "bg"].indexOf(
        String(InputContext.locale).substring(0, 2)) !== -1
        && (InputContext.inputMethodHints
            & (Qt.ImhLatinOnly | Qt.ImhEmailCharactersOnly | Qt.ImhUrlCharactersOnly)) === 0

    inputMethod: PlainInputMethod {}
    keyWeight: 100

    KioskDigitRow {}
    KeyboardRow {
        Key { text: "@" }
        Key { text: "#" }
        Key { text: "\u2116" } // №
        Key { text: "%" }
        Key { text: "&" }
        Key { text: "*" }
        Key { text: "(" }
        Key { text: ")" }
        Key { text: "/" }
        Key { text: "\u20AC" } // €
    }
    KeyboardRow {
        Key { text: "_" }
        Key { text: "+" }
        Key { text: "=" }
        Key { text: "\"" }
        Key { text: ":" }
        Key { text: ";" }
        Key { text: "!" }
        Key { text: "?" }
        BackspaceKey { weight: 200 }
    }
    KeyboardRow {
        SymbolModeKey {
            weight: 150
            displayText: symbols.cyrillicLetters ? "\u0410\u0411\u0412" : "ABC" // АБВ
        }
        Key { text: "-" }
        Key { text: "'" }
        Key { text: "," }
        SpaceKey { weight: 450 }
        Key { text: "." }
        EnterKey { weight: 200 }
        HideKeyboardKey { weight: 150 }
    }
}
