import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

// Digits only (Qt.ImhDigitsOnly): PIN, postcode, personal numeric code. Telephone order,
// 1 2 3 on top, as on phones, ATMs and card terminals. Shared by every locale.
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
                Key { text: "0" }
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
