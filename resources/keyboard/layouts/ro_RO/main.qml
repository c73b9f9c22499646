import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components
import "../fallback"

// Romanian: QWERTY with ă î ș ț â as ordinary keys, where the Romanian Standard keyboard
// (SR 13392:2004) has them: ă î after p, ș ț â after l. Every letter is one tap; nothing
// hides behind a long press.
// ș and ț are the correct comma-below letters U+0219 and U+021B (not the cedilla ş ţ,
// U+015F and U+0163); with shift they give Ș U+0218 and Ț U+021A.
KeyboardLayout {
    // Every tap commits exactly the character on the key: no prediction, no
    // autocorrection of names, no pre-edit underline.
    inputMethod: PlainInputMethod {}
    keyWeight: 100

    KioskDigitRow {}
    KeyboardRow {
        Key { text: "q" }
        Key { text: "w" }
        Key { text: "e" }
        Key { text: "r" }
        Key { text: "t" }
        Key { text: "y" }
        Key { text: "u" }
        Key { text: "i" }
        Key { text: "o" }
        Key { text: "p" }
        Key { text: "\u0103" } // ă
        Key { text: "\u00EE" } // î
    }
    KeyboardRow {
        Key { text: "a" }
        Key { text: "s" }
        Key { text: "d" }
        Key { text: "f" }
        Key { text: "g" }
        Key { text: "h" }
        Key { text: "j" }
        Key { text: "k" }
        Key { text: "l" }
        Key { text: "\u0219" } // ș, s with comma below
        Key { text: "\u021B" } // ț, t with comma below
        Key { text: "\u00E2" } // â
    }
    KeyboardRow {
        ShiftKey { weight: 250 }
        Key { text: "z" }
        Key { text: "x" }
        Key { text: "c" }
        Key { text: "v" }
        Key { text: "b" }
        Key { text: "n" }
        Key { text: "m" }
        BackspaceKey { weight: 250 }
    }
    KioskBottomRow {}
}
