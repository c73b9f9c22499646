pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// A modal panel over the current screen: dims it, blocks taps behind, has a Close button.
Rectangle {
    id: overlay
    default property alias body: box.data
    property string title
    property bool closable: true
    // Everything behind a visible overlay is out of reach (tests and speech rely on this).
    readonly property bool modalOverlay: true
    signal closed()

    color: Theme.colors.overlay
    TapHandler {} // swallow taps so nothing behind the panel reacts

    Rectangle {
        id: panel
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing.page_margin, Theme.mm(260))
        height: Math.min(parent.height - 2 * Theme.spacing.page_margin,
                         header.height + box.childrenRect.height + 4 * Theme.spacing.large)
        radius: Theme.mm(2)
        color: Theme.colors.surface
        border.width: Theme.mm(0.6)
        border.color: Theme.colors.border

        Item {
            id: header
            anchors { left: parent.left; right: parent.right; top: parent.top
                      margins: Theme.spacing.large }
            height: Math.max(heading.implicitHeight, close.implicitHeight)
            KioskText {
                id: heading
                anchors { left: parent.left; right: close.left; rightMargin: Theme.spacing.medium
                          verticalCenter: parent.verticalCenter }
                text: overlay.title
                size: "title"
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            KioskButton {
                id: close
                objectName: "closePanelButton"
                visible: overlay.closable
                anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                text: qsTr("Close")
                onClicked: overlay.closed()
            }
        }
        Item {
            id: box
            anchors { left: parent.left; right: parent.right; top: header.bottom
                      bottom: parent.bottom; margins: Theme.spacing.large }
        }
    }
}
