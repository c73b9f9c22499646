import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

// Telephone numbers (Qt.ImhDialableCharactersOnly). "+" for the country code is a direct
// key (not a long press on "*"). Telephone order, 1 2 3 on top. Shared by every locale.
KeyboardLayout {
    id: pad
    readonly property real cell: height / 4 * 1.25

    inputMethod: PlainInputMethod {}
    inputMode: InputEngine.InputMode.Dialable
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
                Key { text: "*" }
                Key { text: "0" }
                Key { text: "#" }
            }
        }
        KeyboardColumn {
            Layout.fillWidth: false
            Layout.preferredWidth: pad.cell
            KeyboardRow {
                BackspaceKey {}
            }
            KeyboardRow {
                Key { text: "+" }
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
