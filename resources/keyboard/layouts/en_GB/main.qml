import QtQuick
import QtQuick.VirtualKeyboard
import "../fallback"

// English (United Kingdom): QWERTY, digits on top, symbols one tap away.
// The rows themselves live in fallback/KioskQwertyLayout.qml because the Cyrillic
// layouts reuse them for e-mail and web addresses.
KioskQwertyLayout {
    // Every tap commits exactly the character on the key: no prediction, no
    // autocorrection of names, no pre-edit underline.
    inputMethod: PlainInputMethod {}
}
