pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// PLACEHOLDER (being written).
Item {
    id: root
    required property var session
    required property var appointments
}
