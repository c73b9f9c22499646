import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components
import "../fallback"

// Bulgarian: the traditional phonetic layout ("ЯВЕРТЪ"), the most widely used one, with
// all 30 letters as ordinary keys. Each letter sits on the key of the Latin letter that
// sounds alike (а on A, б on B, д on D ...), the others where the phonetic PC layout has
// them: ш щ after п, ч ю at the end of the home row. Nothing hides behind a long press.
// See resources/keyboard/README.md for why phonetic and not БДС.
// In fields that take only Latin text (e-mail, web addresses) the keyboard shows QWERTY
// instead, so an e-mail address can be typed without a language switch key.
KeyboardLayoutLoader {
    readonly property bool latinOnly: (InputContext.inputMethodHints
        & (Qt.ImhLatinOnly | Qt.ImhEmailCharactersOnly | Qt.ImhUrlCharactersOnly)) !== 0

    // One input method for both pages: the keyboard keeps a reference to it, so it must
    // outlive the page switch. Every tap commits exactly the character on the key.
    inputMethod: PlainInputMethod {}
    sourceComponent: latinOnly ? latinPage : cyrillicPage

    Component {
        id: latinPage
        KioskQwertyLayout {}
    }
    Component {
        id: cyrillicPage
        KeyboardLayout {
            keyWeight: 100

            KioskDigitRow {}
            KeyboardRow {
                Key { text: "я" }
                Key { text: "в" }
                Key { text: "е" }
                Key { text: "р" }
                Key { text: "т" }
                Key { text: "ъ" }
                Key { text: "у" }
                Key { text: "и" }
                Key { text: "о" }
                Key { text: "п" }
                Key { text: "ш" }
                Key { text: "щ" }
            }
            KeyboardRow {
                FillerKey { weight: 50 }
                Key { text: "а" }
                Key { text: "с" }
                Key { text: "д" }
                Key { text: "ф" }
                Key { text: "г" }
                Key { text: "х" }
                Key { text: "й" }
                Key { text: "к" }
                Key { text: "л" }
                Key { text: "ч" }
                Key { text: "ю" }
                FillerKey { weight: 50 }
            }
            KeyboardRow {
                ShiftKey { weight: 250 }
                Key { text: "з" }
                Key { text: "ь" }
                Key { text: "ц" }
                Key { text: "ж" }
                Key { text: "б" }
                Key { text: "н" }
                Key { text: "м" }
                BackspaceKey { weight: 250 }
            }
            KioskBottomRow {}
        }
    }
}
