import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components
import "../fallback"

// Ukrainian: ЙЦУКЕН as on the Ukrainian PC keyboard, with all 33 letters as ordinary keys:
// ї after х, і in place of ы, є after ж, and ґ at the end of the home row (where the
// "Ukrainian (enhanced)" PC layout has it). Nothing hides behind a long press.
// The apostrophe (м'ясо, Мар'яна) is the ' key in the bottom row: U+0027, as typed by the
// Windows Ukrainian keyboard (Unicode recommends U+02BC; see resources/keyboard/README.md).
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
                Key { text: "ї" }
            }
            KeyboardRow {
                Key { text: "ф" }
                Key { text: "і" }
                Key { text: "в" }
                Key { text: "а" }
                Key { text: "п" }
                Key { text: "р" }
                Key { text: "о" }
                Key { text: "л" }
                Key { text: "д" }
                Key { text: "ж" }
                Key { text: "є" }
                Key { text: "ґ" }
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
