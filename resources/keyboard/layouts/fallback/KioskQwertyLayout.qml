import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

// Plain English QWERTY. Used by en_GB, and by the Cyrillic layouts while the focused field
// takes only Latin text (Qt.ImhLatinOnly, Qt.ImhEmailCharactersOnly, Qt.ImhUrlCharactersOnly).
// The input method is set by the user of this type (en_GB/main.qml, or the Cyrillic
// layouts' KeyboardLayoutLoader).
KeyboardLayout {
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
    }
    KeyboardRow {
        FillerKey { weight: 50 }
        Key { text: "a" }
        Key { text: "s" }
        Key { text: "d" }
        Key { text: "f" }
        Key { text: "g" }
        Key { text: "h" }
        Key { text: "j" }
        Key { text: "k" }
        Key { text: "l" }
        FillerKey { weight: 50 }
    }
    KeyboardRow {
        ShiftKey { weight: 150 }
        Key { text: "z" }
        Key { text: "x" }
        Key { text: "c" }
        Key { text: "v" }
        Key { text: "b" }
        Key { text: "n" }
        Key { text: "m" }
        BackspaceKey { weight: 150 }
    }
    KioskBottomRow {}
}
