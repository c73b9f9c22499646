import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components
import "../fallback"

// Russian: ЙЦУКЕН as on the Russian PC keyboard, with all 33 letters as ordinary keys
// (ё next to э, ъ after х). Nothing hides behind a long press.
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
                Key { text: "й" }
                Key { text: "ц" }
                Key { text: "у" }
                Key { text: "к" }
                Key { text: "е" }
                Key { text: "н" }
                Key { text: "г" }
                Key { text: "ш" }
                Key { text: "щ" }
                Key { text: "з" }
                Key { text: "х" }
                Key { text: "ъ" }
            }
            KeyboardRow {
                Key { text: "ф" }
                Key { text: "ы" }
                Key { text: "в" }
                Key { text: "а" }
                Key { text: "п" }
                Key { text: "р" }
                Key { text: "о" }
                Key { text: "л" }
                Key { text: "д" }
                Key { text: "ж" }
                Key { text: "э" }
                Key { text: "ё" }
            }
            KeyboardRow {
                ShiftKey { weight: 150 }
                Key { text: "я" }
                Key { text: "ч" }
                Key { text: "с" }
                Key { text: "м" }
                Key { text: "и" }
                Key { text: "т" }
                Key { text: "ь" }
                Key { text: "б" }
                Key { text: "ю" }
                BackspaceKey { weight: 150 }
            }
            KioskBottomRow {}
        }
    }
}
