import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

// Numbers with sign and decimal separator (Qt.ImhFormattedNumbersOnly): amounts, areas.
// The separator key types the one of the keyboard's language ("," in ro, hu, ru, uk, bg;
// "." in en_GB). Telephone order, 1 2 3 on top. Shared by every locale.
KeyboardLayout {
    id: pad
    readonly property real cell: height / 4 * 1.25

    inputMethod: PlainInputMethod {}
    inputMode: InputEngine.InputMode.Numeric
    keyWeight: 100

    KeyboardRow {
        Layout.fillWidth: false
        Layout.alignment: Qt.AlignHCenter
        KeyboardColumn {
            Layout.fillWidth: false
            Layout.preferredWidth: pad.cell * 3
            KeyboardRow {
                Key { text: "1" }
                Key { text: "2" }
                Key { text: "3" }
            }
            KeyboardRow {
                Key { text: "4" }
                Key { text: "5" }
                Key { text: "6" }
            }
            KeyboardRow {
                Key { text: "7" }
                Key { text: "8" }
                Key { text: "9" }
            }
            KeyboardRow {
                Key { text: "-" }
                Key { text: "0" }
                Key {
                    // Anything other than "," falls back to "." so the key is never empty.
                    text: Qt.locale(InputContext.locale).decimalPoint === "," ? "," : "."
                }
            }
        }
        KeyboardColumn {
            Layout.fillWidth: false
            Layout.preferredWidth: pad.cell
            KeyboardRow {
                BackspaceKey {}
            }
            KeyboardRow {
                HideKeyboardKey {}
            }
            KeyboardRow {
                EnterKey {}
            }
        }
    }
}
