pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// A QR code to scan with a phone, with what it is for said in words underneath
// (the code itself is never the only way: the same link or number is printed in text).
Column {
    id: root
    // A data URI from the view-model (kiosk/qr_image.py), so nothing touches disk.
    property string source
    property string caption
    property real size: Theme.mm(45)
    spacing: Theme.spacing.small

    Rectangle {
        width: root.size
        height: root.size
        color: "white" // QR codes need a light quiet zone in every theme
        Image {
            anchors { fill: parent; margins: Theme.mm(2) }
            source: root.source
            fillMode: Image.PreserveAspectFit
            smooth: false
            cache: false
        }
        Accessible.role: Accessible.Graphic
        Accessible.name: root.caption
    }
    KioskText { width: root.size; text: root.caption; size: "caption"; visible: root.caption !== "" }
}
