pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// The header on every screen of a session: Help, language, display and Finish are
// always in the same place (WCAG 3.2.6 consistent help).
Rectangle {
    id: bar
    required property var session
    required property var languages
    property string title
    signal helpRequested()
    signal languageRequested()
    signal displayRequested()

    // Every header button as tall as the tallest (Finish, with its second line).
    readonly property int buttonHeight: finish.implicitHeight
    implicitHeight: buttonHeight + 2 * Theme.spacing.medium
    color: Theme.colors.header

    KioskText {
        anchors { left: parent.left; leftMargin: Theme.spacing.page_margin
                  right: row.left; rightMargin: Theme.spacing.large
                  verticalCenter: parent.verticalCenter }
        text: bar.title
        size: "subtitle"
        font.bold: true
        color: Theme.colors.text_on_header
        elide: Text.ElideRight
        maximumLineCount: 2
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    Row {
        id: row
        anchors { right: parent.right; rightMargin: Theme.spacing.page_margin
                  verticalCenter: parent.verticalCenter }
        spacing: Theme.spacing.medium
        KioskButton {
            objectName: "helpButton"
            height: bar.buttonHeight
            kind: "header"
            text: qsTr("Help")
            onClicked: bar.helpRequested()
        }
        KioskButton {
            objectName: "languageButton"
            height: bar.buttonHeight
            kind: "header"
            text: bar.languages.nativeName
            Accessible.name: qsTr("Language: %1").arg(bar.languages.nativeName)
            onClicked: bar.languageRequested()
        }
        KioskButton {
            objectName: "displayButton"
            height: bar.buttonHeight
            kind: "header"
            text: qsTr("Text and contrast")
            onClicked: bar.displayRequested()
        }
        KioskButton {
            id: finish
            objectName: "finishButton"
            kind: "finish"
            text: qsTr("Finish")
            description: qsTr("Delete my data")
            onClicked: bar.session.finish()
        }
    }
}
