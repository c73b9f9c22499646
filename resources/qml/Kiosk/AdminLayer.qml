pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// The technician admin screen: a layer over the whole kiosk, shown while admin.open.
// Not a citizen screen: the session's Back and Home never lead here.
Rectangle {
    id: root
    objectName: "adminLayer"
    required property var admin
    // Everything behind the admin layer is out of reach (tests and speech rely on this).
    readonly property bool modalOverlay: true
    color: Theme.colors.background

    MouseArea { anchors.fill: parent } // swallow taps so nothing behind reacts

    Loader {
        anchors.fill: parent
        active: root.visible
        sourceComponent: {
            switch (root.admin.page) {
            case "admin-pin": return pinPage
            case "admin-lockout": return lockoutPage
            case "admin-home": return homePage
            case "admin-settings": return settingsPage
            case "admin-devices": return devicesPage
            case "admin-printer": return printerPage
            case "admin-portal": return portalPage
            case "admin-outbox": return outboxPage
            case "admin-logs": return logsPage
            case "workshops": return workshopsPage
            case "report": return reportPage
            case "admin-staff": return staffPage
            default: return null
            }
        }
    }

    Component { id: pinPage; AdminPinScreen { admin: root.admin } }
    Component { id: lockoutPage; AdminLockoutScreen { admin: root.admin } }
    Component { id: homePage; AdminHomeScreen { admin: root.admin } }
    Component { id: settingsPage; AdminSettingsScreen { admin: root.admin } }
    Component { id: devicesPage; AdminDevicesScreen { admin: root.admin } }
    Component { id: printerPage; AdminPrinterScreen { admin: root.admin } }
    Component { id: portalPage; AdminPortalScreen { admin: root.admin } }
    Component { id: outboxPage; AdminOutboxScreen { admin: root.admin } }
    Component { id: logsPage; AdminLogsScreen { admin: root.admin } }
    Component { id: workshopsPage; AdminWorkshopsScreen { admin: root.admin } }
    Component { id: reportPage; AdminReportScreen { admin: root.admin } }
    Component { id: staffPage; AdminStaffScreen { admin: root.admin } }
}
