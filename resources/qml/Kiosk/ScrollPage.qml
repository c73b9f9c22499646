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

    // The focused field stays in view, also when the on-screen keyboard shrinks the page.
    function ensureVisible(target: Item) {
        if (!target)
            return
        for (let up = target; up !== inner; up = up.parent)
            if (!up)
                return
        const top = target.mapToItem(inner, 0, 0).y - Theme.spacing.medium
        const bottom = top + target.height + 2 * Theme.spacing.medium
        if (top < flick.contentY)
            flick.contentY = Math.max(0, top)
        else if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.min(bottom - flick.height, Math.max(0, flick.contentHeight - flick.height))
    }
    Connections {
        target: root.Window.window
        function onActiveFocusItemChanged() { root.ensureVisible(root.Window.activeFocusItem) }
    }
    onHeightChanged: ensureVisible(Window.activeFocusItem)

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
