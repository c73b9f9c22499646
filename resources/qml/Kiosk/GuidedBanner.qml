pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// Below the header while staff guide the session: who is helping, PRACTICE when it is a
// practice session (with the sample person's name), and the staff menu.
Rectangle {
    id: bar
    objectName: "guidedBanner"
    required property var guided
    signal menuRequested()

    implicitHeight: Math.max(label.implicitHeight, menu.implicitHeight) + 2 * Theme.spacing.small
    color: bar.guided.practice ? Theme.colors.finish : Theme.colors.primary

    KioskText {
        id: label
        objectName: "guidedBannerText"
        anchors { left: parent.left; leftMargin: Theme.spacing.page_margin
                  right: menu.left; rightMargin: Theme.spacing.large
                  verticalCenter: parent.verticalCenter }
        color: bar.guided.practice ? Theme.colors.text_on_finish : Theme.colors.text_on_primary
        font.bold: true
        wrapMode: Text.Wrap
        text: {
            let parts = []
            if (bar.guided.practice)
                parts.push(qsTr("PRACTICE — nothing is sent to the town hall"))
            if (bar.guided.signedIn)
                parts.push(qsTr("Guided by %1 (library staff)").arg(bar.guided.staffName))
            if (bar.guided.practice && bar.guided.sampleName !== "")
                parts.push(qsTr("Sample person: %1").arg(bar.guided.sampleName))
            if (bar.guided.onBehalf)
                parts.push(qsTr("For someone who is not here"))
            return parts.join(" · ")
        }
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    KioskButton {
        id: menu
        objectName: "staffMenuButton"
        visible: bar.guided.signedIn
        anchors { right: parent.right; rightMargin: Theme.spacing.page_margin
                  verticalCenter: parent.verticalCenter }
        kind: "secondary"
        text: qsTr("Staff menu")
        onClicked: bar.menuRequested()
    }
}
