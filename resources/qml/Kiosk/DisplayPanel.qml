pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// Text size and contrast for this session (back to normal for the next person).
Overlay {
    id: root
    objectName: "displayPanel"
    title: qsTr("Text and contrast")

    Column {
        width: parent.width
        spacing: Theme.spacing.large
        KioskText { width: parent.width; text: qsTr("Text size"); size: "subtitle"; font.bold: true }
        Row {
            spacing: Theme.spacing.medium
            KioskButton {
                objectName: "normalTextButton"
                kind: Theme.largeText ? "secondary" : "selected"
                text: qsTr("Normal text")
                Accessible.checkable: true
                Accessible.checked: !Theme.largeText
                onClicked: Theme.setLargeText(false)
            }
            KioskButton {
                objectName: "largeTextButton"
                kind: Theme.largeText ? "selected" : "secondary"
                text: qsTr("Large text")
                textSize: "title"
                Accessible.checkable: true
                Accessible.checked: Theme.largeText
                onClicked: Theme.setLargeText(true)
            }
        }
        KioskText { width: parent.width; text: qsTr("Contrast"); size: "subtitle"; font.bold: true }
        Row {
            spacing: Theme.spacing.medium
            KioskButton {
                objectName: "normalContrastButton"
                kind: Theme.highContrast ? "secondary" : "selected"
                text: qsTr("Normal colours")
                Accessible.checkable: true
                Accessible.checked: !Theme.highContrast
                onClicked: Theme.setHighContrast(false)
            }
            KioskButton {
                objectName: "highContrastButton"
                kind: Theme.highContrast ? "selected" : "secondary"
                text: qsTr("High contrast")
                Accessible.checkable: true
                Accessible.checked: Theme.highContrast
                onClicked: Theme.setHighContrast(true)
            }
        }
    }
}
