pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// A page that scrolls when its content is taller than the screen. Dragging works,
// but never as the only way: large "up" and "down" buttons appear when needed.
// The buttons' column is always reserved so the text never re-wraps when they appear.
Item {
    id: root
    default property alias content: inner.data
    property alias flickable: flick
    readonly property bool overflows: flick.contentHeight > flick.height + 1

    Flickable {
        id: flick
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom
                  right: buttons.left; rightMargin: Theme.spacing.medium }
        contentWidth: width
        contentHeight: inner.height
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        Column { id: inner; width: flick.width }
    }

    Column {
        id: buttons
        width: Theme.touch.button
        anchors { right: parent.right; verticalCenter: parent.verticalCenter }
        spacing: Theme.spacing.large
        KioskButton {
            objectName: "scrollUpButton"
            width: parent.width
            visible: root.overflows
            text: "▲"
            Accessible.name: qsTr("Scroll up")
            enabled: flick.contentY > 0
            onClicked: flick.contentY = Math.max(0, flick.contentY - flick.height * 0.8)
        }
        KioskButton {
            objectName: "scrollDownButton"
            width: parent.width
            visible: root.overflows
            text: "▼"
            Accessible.name: qsTr("Scroll down")
            enabled: flick.contentY < flick.contentHeight - flick.height
            onClicked: flick.contentY = Math.min(flick.contentHeight - flick.height,
                                                 flick.contentY + flick.height * 0.8)
        }
    }
}
