import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

// Top row of the letter layouts: house numbers and postcodes without changing layer.
KeyboardRow {
    Key { text: "1" }
    Key { text: "2" }
    Key { text: "3" }
    Key { text: "4" }
    Key { text: "5" }
    Key { text: "6" }
    Key { text: "7" }
    Key { text: "8" }
    Key { text: "9" }
    Key { text: "0" }
}
