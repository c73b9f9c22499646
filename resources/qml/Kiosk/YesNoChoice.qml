pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// PLACEHOLDER (being written).
Item {
    id: root
}
