pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// All text on the kiosk: theme font and colour, wraps instead of running off-screen.
Text {
    property string size: "body"
    color: Theme.colors.text
    font.pixelSize: Theme.fonts[size]
    font.family: "Noto Sans"
    wrapMode: Text.WordWrap
    textFormat: Text.PlainText
}
