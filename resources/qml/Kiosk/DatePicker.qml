pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// A date without typing: the chosen date in words, and a panel over the screen that
// asks for it in three taps — years (a decade, then the year), month, day. Back steps
// up one level, Cancel leaves the date as it was. The form owns the value: a chosen day
// is reported through `picked` and comes back in through `value`.
Item {
    id: root
    property string value // ISO yyyy-mm-dd, or "" when none is chosen
    property string localeName: "en_GB"
    property int minYear: 1900
    property int maxYear: new Date().getFullYear()
    signal picked(string isoDate)

    // View state of the panel, and the date arithmetic for it: nothing of it is interface.
    QtObject {
        id: view
        property string level: "" // "" (closed) | decade | year | month | day
        property int decade: 0
        property int year: 0
        property int month: 0 // 1..12
        readonly property var chosen: view.parse(root.value)

        function parse(iso: string): var {
            const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
            if (!match)
                return null
            const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
            if (parts.month < 1 || parts.month > 12 || parts.day < 1
                    || parts.day > view.daysIn(parts.year, parts.month))
                return null
            return parts
        }
        function daysIn(year: int, month: int): int {
            // Day 0 of the next month is the last day of this one (leap years included).
            return new Date(year, month, 0).getDate()
        }
        function monthName(month: int): string {
            return Qt.locale(root.localeName).standaloneMonthName(month - 1, Locale.LongFormat)
        }
        function inWords(parts: var): string {
            if (!parts)
                return ""
            const locale = Qt.locale(root.localeName)
            // The locale's long date without the weekday: "12 martie 1985", "1985. március 12."
            const format = locale.dateFormat(Locale.LongFormat).replace(/,?\s*dddd,?\s*/, "")
            // Noon: no time zone or daylight-saving change can move it to another day.
            return new Date(parts.year, parts.month - 1, parts.day, 12).toLocaleDateString(locale, format)
        }
        function monthYear(year: int, month: int): string {
            // The long date's order without day and weekday ("martie 1985", "1985. március",
            // "март 1985 г."), with the standalone month name: "martie", not a genitive "марта".
            const locale = Qt.locale(root.localeName)
            const format = locale.dateFormat(Locale.LongFormat).replace(/,?\s*dddd,?\s*/, "")
                           .replace(/\s*\bd\b\.?\s*/, " ").trim()
                           .replace("MMMM", "'" + view.monthName(month).replace(/'/g, "''") + "'")
            return new Date(year, month - 1, 1, 12).toLocaleDateString(locale, format)
        }
        function pad(n: int): string {
            return n < 10 ? "0" + n : String(n)
        }
        function decadeLabel(start: int): string {
            return Math.max(start, root.minYear) + " – " + Math.min(start + 9, root.maxYear)
        }

        // The panel covers the whole screen area, not just the field, so it is lifted out of
        // any scrolling page to the item that holds the screen.
        function hostItem(): Item {
            const top = root.Window.contentItem
            let up = root as Item
            while (up.parent && up.parent !== top)
                up = up.parent
            return up
        }
        function open() {
            panel.parent = view.hostItem()
            view.level = "decade"
        }
        function back() {
            switch (view.level) {
            case "day": view.level = "month"; break
            case "month": view.level = "year"; break
            case "year": view.level = "decade"; break
            default: view.level = ""
            }
        }
        function choose(key: int) {
            switch (view.level) {
            case "decade": view.decade = key; view.level = "year"; break
            case "year": view.year = key; view.level = "month"; break
            case "month": view.month = key; view.level = "day"; break
            case "day":
                view.level = ""
                root.picked(view.year + "-" + view.pad(view.month) + "-" + view.pad(key))
                break
            }
        }

        // The tiles of the current level: {key, label, name, selected}.
        readonly property var tiles: {
            const list = []
            const c = view.chosen
            switch (view.level) {
            case "decade":
                for (let d = Math.floor(root.maxYear / 10) * 10; d >= Math.floor(root.minYear / 10) * 10; d -= 10)
                    list.push({ key: d, label: view.decadeLabel(d), name: "decade_" + d,
                                selected: c !== null && c.year >= d && c.year <= d + 9 })
                break
            case "year":
                for (let y = Math.min(view.decade + 9, root.maxYear); y >= Math.max(view.decade, root.minYear); y--)
                    list.push({ key: y, label: String(y), name: "year_" + y,
                                selected: c !== null && c.year === y })
                break
            case "month":
                for (let m = 1; m <= 12; m++)
                    list.push({ key: m, label: view.monthName(m), name: "month_" + m,
                                selected: c !== null && c.year === view.year && c.month === m })
                break
            case "day":
                for (let d = 1; d <= view.daysIn(view.year, view.month); d++)
                    list.push({ key: d, label: String(d), name: "day_" + d,
                                selected: c !== null && c.year === view.year && c.month === view.month
                                          && c.day === d })
                break
            }
            return list
        }
        readonly property int tileColumns: {
            switch (view.level) {
            case "decade": return 3
            case "year": return Theme.largeText ? 4 : 5
            case "month": return Theme.largeText ? 3 : 4
            default: return 7
            }
        }
    }

    // The panel lives outside this item, so it must go with it: a wipe unloads the screen
    // mid-choice, and the panel would otherwise stay over the next screen until deleted.
    Component.onDestruction: {
        panel.active = false
        panel.parent = root
    }

    implicitWidth: Theme.mm(120)
    implicitHeight: summary.implicitHeight

    Row {
        id: summary
        width: parent.width
        spacing: Theme.spacing.large
        KioskText {
            id: shown
            objectName: "dateShown"
            width: Math.min(implicitWidth, parent.width - openButton.width - parent.spacing)
            anchors.verticalCenter: parent.verticalCenter
            text: view.chosen ? view.inWords(view.chosen) : qsTr("No date chosen")
            size: "subtitle"
            font.bold: view.chosen !== null
            color: view.chosen ? Theme.colors.text : Theme.colors.text_muted
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        KioskButton {
            id: openButton
            objectName: "dateOpen"
            width: Math.min(implicitWidth, summary.width / 2)
            text: view.chosen ? qsTr("Change the date") : qsTr("Choose the date")
            onClicked: view.open()
        }
    }

    Loader {
        id: panel
        objectName: "datePanelLoader"
        anchors.fill: parent
        z: 10
        active: view.level !== ""
        sourceComponent: Overlay {
            id: overlay
            objectName: "datePanel"
            closable: false
            title: {
                switch (view.level) {
                case "month": return qsTr("Choose the month")
                case "day": return qsTr("Choose the day")
                default: return qsTr("Choose the year")
                }
            }
            // Keep the panel on the screen: the tiles scroll inside when they do not fit.
            readonly property real roomForTiles: overlay.height - 2 * Theme.spacing.page_margin
                                                 - 5 * Theme.spacing.large
                                                 - Math.max(Theme.touch.button, 1.5 * Theme.fonts.title)
                                                 - nav.height - body.spacing

            Column {
                id: body
                width: parent.width
                spacing: Theme.spacing.medium

                Item {
                    id: nav
                    width: parent.width
                    height: Math.max(backButton.implicitHeight, cancelButton.implicitHeight, sofar.implicitHeight)
                    KioskButton {
                        id: backButton
                        objectName: "dateBack"
                        anchors { left: parent.left; verticalCenter: parent.verticalCenter }
                        text: "‹ " + qsTr("Back")
                        Accessible.name: qsTr("Back")
                        onClicked: view.back()
                    }
                    // What is chosen so far, so the person knows where they are.
                    KioskText {
                        id: sofar
                        anchors { left: backButton.right; right: cancelButton.left
                                  margins: Theme.spacing.medium; verticalCenter: parent.verticalCenter }
                        horizontalAlignment: Text.AlignHCenter
                        size: "subtitle"
                        font.bold: true
                        text: {
                            switch (view.level) {
                            case "year": return view.decadeLabel(view.decade)
                            case "month": return String(view.year)
                            case "day": return view.monthYear(view.year, view.month)
                            default: return ""
                            }
                        }
                    }
                    KioskButton {
                        id: cancelButton
                        objectName: "dateCancel"
                        anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                        text: qsTr("Cancel")
                        onClicked: view.level = ""
                    }
                }

                ScrollPage {
                    id: scroller
                    width: parent.width
                    height: Math.max(Theme.touch.button * 2, Math.min(grid.height, overlay.roomForTiles))
                    Connections {
                        target: view
                        function onLevelChanged() { scroller.flickable.contentY = 0 }
                    }
                    Grid {
                        id: grid
                        width: parent.width
                        columns: view.tileColumns
                        spacing: Theme.spacing.medium
                        Repeater {
                            model: view.tiles
                            KioskButton {
                                required property var modelData
                                objectName: modelData.name
                                width: (grid.width - (grid.columns - 1) * grid.spacing) / grid.columns
                                height: Math.max(Theme.touch.button, implicitHeight)
                                kind: modelData.selected ? "selected" : "secondary"
                                text: modelData.label
                                textSize: "subtitle"
                                onClicked: view.choose(modelData.key)
                            }
                        }
                    }
                }
            }
        }
    }
}
