import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components
import "../fallback"

// Hungarian: QWERTZ as on the Hungarian PC keyboard (MSZ 7795), so every accented letter
// is an ordinary key in its usual place: 0 left of 1 and ö ü ó right of 9; ő ú after p;
// é á ű after l; í left of y. Nothing hides behind a long press.
KeyboardLayout {
    // Every tap commits exactly the character on the key: no prediction, no
    // autocorrection of names, no pre-edit underline.
    inputMethod: PlainInputMethod {}
    keyWeight: 100

    KeyboardRow {
        Key { text: "0" }
        Key { text: "1" }
        Key { text: "2" }
        Key { text: "3" }
        Key { text: "4" }
        Key { text: "5" }
        Key { text: "6" }
        Key { text: "7" }
        Key { text: "8" }
        Key { text: "9" }
        Key { text: "\u00F6" } // ö
        Key { text: "\u00FC" } // ü
        Key { text: "\u00F3" } // ó
    }
    KeyboardRow {
        Key { text: "q" }
        Key { text: "w" }
        Key { text: "e" }
        Key { text: "r" }
        Key { text: "t" }
        Key { text: "z" }
        Key { text: "u" }
        Key { text: "i" }
        Key { text: "o" }
        Key { text: "p" }
        Key { text: "\u0151" } // ő, o with double acute
        Key { text: "\u00FA" } // ú
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
        Key { text: "\u00E9" } // é
        Key { text: "\u00E1" } // á
        Key { text: "\u0171" } // ű, u with double acute
    }
    KeyboardRow {
        ShiftKey { weight: 200 }
        Key { text: "\u00ED" } // í
        Key { text: "y" }
        Key { text: "x" }
        Key { text: "c" }
        Key { text: "v" }
        Key { text: "b" }
        Key { text: "n" }
        Key { text: "m" }
        BackspaceKey { weight: 200 }
    }
    KioskBottomRow {}
}
