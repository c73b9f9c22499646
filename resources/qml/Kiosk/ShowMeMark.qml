pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// Guided "show me": a thick frame around the control to touch next. Drawn just outside
// the control, never taking a tap.
Rectangle {
    id: mark
    anchors.margins: -Theme.mm(1.5)
    color: "transparent"
    radius: Theme.mm(1.5)
    border.width: Theme.mm(1.2)
    border.color: Theme.colors.focus
    Accessible.ignored: true
    Rectangle {
        anchors { fill: parent; margins: mark.border.width }
        color: "transparent"
        radius: mark.radius
        border.width: Theme.mm(0.5)
        border.color: Theme.colors.text
    }
}
