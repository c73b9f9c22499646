pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import KioskTheme

// The kiosk window: header with the controls every screen has, the current screen,
// overlays (help, language, display, idle warning) and the docked on-screen keyboard.
Window {
    id: window
    required property var session
    required property var languages
    required property var catalogue
    required property var attract
    required property var clock
    required property var calculator
    required property var calendar
    required property var forms
    required property var status
    required property var appointments
    required property var taxes
    required property var idScan
    required property var chipScan
    required property var admin
    required property var guided
    required property bool kioskMode
    required property url keyboardLayouts

    // Which overlay panel is open: "", "help", "language", "display", "staff". View state only.
    property string panel: ""
    // A panel over the screen is not where typing happens: put the keyboard away.
    onPanelChanged: if (panel !== "") window.hideKeyboard()
    // The linter types Qt.inputMethod as a plain QObject; it is a QInputMethod at run time.
    function hideKeyboard() { Qt.inputMethod.hide() } // qmllint disable missing-property

    title: window.attract.institution
    color: Theme.colors.background
    flags: kioskMode ? (Qt.Window | Qt.FramelessWindowHint) : Qt.Window

    onClosing: (close) => { close.accepted = !kioskMode }

    // Keys that would leave or hide the app do nothing in kiosk mode.
    Repeater {
        model: window.kioskMode ? ["Escape", "Ctrl+W", "Ctrl+Q", "Alt+F4", "Alt+Tab", "Meta"] : []
        Item {
            id: swallowed
            required property string modelData
            Shortcut { sequence: swallowed.modelData; context: Qt.ApplicationShortcut; onActivated: {} }
        }
    }

    // The technician's way in from a hardware keyboard (works on any screen).
    Shortcut {
        sequence: "Ctrl+Alt+A"
        context: Qt.ApplicationShortcut
        onActivated: window.admin.keyCombination()
    }

    Connections {
        target: window.session
        function onSessionEnded(reason) {
            window.panel = ""
            // Drop whatever the input method is composing (pre-edit text, predictions).
            Qt.inputMethod.reset() // qmllint disable missing-property
            window.hideKeyboard()
            content.forceActiveFocus()
        }
    }

    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: window.languages.localeName
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: [window.languages.localeName]
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "layoutPath"
        value: window.keyboardLayouts
        when: window.keyboardLayouts.toString() !== ""
    }

    TopBar {
        id: topBar
        visible: window.session.inSession
        anchors { left: parent.left; right: parent.right; top: parent.top }
        session: window.session
        languages: window.languages
        title: window.attract.institution
        onHelpRequested: window.panel = "help"
        onLanguageRequested: window.panel = "language"
        onDisplayRequested: window.panel = "display"
    }

    // While staff guide the session (or in practice): who helps, PRACTICE, the staff menu.
    GuidedBanner {
        id: guidedBanner
        visible: window.session.inSession && (window.guided.signedIn || window.guided.practice)
        anchors { left: parent.left; right: parent.right; top: topBar.bottom }
        guided: window.guided
        onMenuRequested: window.panel = "staff"
    }

    Item {
        id: content
        objectName: "content"
        focus: true
        // Under the admin layer nothing of the kiosk may take a tap (pointer handlers
        // below would otherwise still see it).
        enabled: !window.admin.open
        anchors {
            left: parent.left; right: parent.right
            top: guidedBanner.visible ? guidedBanner.bottom : (topBar.visible ? topBar.bottom : parent.top)
            // The keyboard never covers the focused field: the screen shrinks above it.
            bottom: keyboard.active ? keyboard.top : parent.bottom
        }
        Loader {
            id: screenLoader
            anchors.fill: parent
            sourceComponent: {
                switch (window.session.screen) {
                case "language": return languageScreen
                case "home": return homeScreen
                case "service-detail": return serviceScreen
                case "calculator": return calculatorScreen
                case "calendar": return calendarScreen
                case "id-scan": return idScanScreen
                case "form-step": return formStepScreen
                case "check-answers": return checkAnswersScreen
                case "confirmation": return confirmationScreen
                case "status-lookup": return statusLookupScreen
                case "status-timeline": return statusTimelineScreen
                case "appointment-person": return appointmentPersonScreen
                case "appointment-offices": return appointmentOfficesScreen
                case "appointment-days": return appointmentDaysScreen
                case "appointment-slots": return appointmentSlotsScreen
                case "appointment-hold": return appointmentHoldScreen
                case "appointment-confirmation": return appointmentConfirmationScreen
                case "appointment-cancel": return appointmentCancelScreen
                case "taxes-lookup": return taxesLookupScreen
                case "taxes-list": return taxesListScreen
                case "payment-qr": return paymentQrScreen
                case "guided-signin": return guidedSignInScreen
                default: return attractScreen
                }
            }
        }
    }

    Component {
        id: attractScreen
        AttractScreen {
            session: window.session; attract: window.attract; clock: window.clock
            institution: window.attract.institution
        }
    }
    Component {
        id: languageScreen
        LanguageScreen { session: window.session; languages: window.languages; attract: window.attract }
    }
    Component {
        id: homeScreen
        HomeScreen {
            session: window.session; catalogue: window.catalogue
            onStatusRequested: window.status.start("")
            onCancelAppointmentRequested: window.appointments.startCancel()
            practiceOffered: window.guided.practiceOffered
            practice: window.guided.practice
            onPracticeRequested: window.guided.startPractice()
        }
    }
    Component {
        id: serviceScreen
        ServiceDetailScreen {
            session: window.session; catalogue: window.catalogue
            practice: window.guided.practice
            // Each kind of service has its own journey (view state only: which one to start).
            onStartRequested: (kind, code) => {
                switch (kind) {
                case "appointment": window.appointments.start(code); break
                case "payment": window.taxes.start(code); break
                default: window.forms.start(code)
                }
            }
        }
    }
    Component { id: idScanScreen; IdScanScreen { session: window.session; idScan: window.idScan; chipScan: window.chipScan } }
    Component {
        id: formStepScreen
        FormStepScreen { session: window.session; forms: window.forms; guided: window.guided }
    }
    Component {
        id: checkAnswersScreen
        CheckAnswersScreen { session: window.session; forms: window.forms; guided: window.guided }
    }
    Component {
        id: confirmationScreen
        ConfirmationScreen { session: window.session; forms: window.forms }
    }
    Component { id: statusLookupScreen; StatusLookupScreen { session: window.session; status: window.status } }
    Component { id: statusTimelineScreen; StatusTimelineScreen { session: window.session; status: window.status } }
    Component {
        id: appointmentPersonScreen
        AppointmentPersonScreen { session: window.session; appointments: window.appointments }
    }
    Component {
        id: appointmentOfficesScreen
        AppointmentOfficesScreen { session: window.session; appointments: window.appointments }
    }
    Component {
        id: appointmentDaysScreen
        AppointmentDaysScreen { session: window.session; appointments: window.appointments }
    }
    Component {
        id: appointmentSlotsScreen
        AppointmentSlotsScreen { session: window.session; appointments: window.appointments }
    }
    Component {
        id: appointmentHoldScreen
        AppointmentHoldScreen { session: window.session; appointments: window.appointments }
    }
    Component {
        id: appointmentConfirmationScreen
        AppointmentConfirmationScreen { session: window.session; appointments: window.appointments }
    }
    Component {
        id: appointmentCancelScreen
        AppointmentCancelScreen { session: window.session; appointments: window.appointments }
    }
    Component { id: taxesLookupScreen; TaxesLookupScreen { session: window.session; taxes: window.taxes } }
    Component { id: taxesListScreen; TaxesListScreen { session: window.session; taxes: window.taxes } }
    Component { id: paymentQrScreen; PaymentQrScreen { session: window.session; taxes: window.taxes } }
    Component {
        id: guidedSignInScreen
        GuidedSignInScreen { session: window.session; guided: window.guided }
    }
    Component {
        id: calculatorScreen
        CalculatorScreen { session: window.session; calculator: window.calculator }
    }
    Component {
        id: calendarScreen
        CalendarScreen { session: window.session; calendar: window.calendar }
    }

    HelpPanel {
        anchors.fill: parent
        visible: window.panel === "help"
        screen: window.session.screen
        staffSignedIn: window.guided.signedIn
        onClosed: window.panel = ""
        onStaffSignInRequested: { window.panel = ""; window.guided.openSignIn() }
    }
    StaffMenu {
        anchors.fill: parent
        visible: window.panel === "staff"
        guided: window.guided
        onClosed: window.panel = ""
    }
    LanguagePanel {
        anchors.fill: parent
        visible: window.panel === "language"
        languages: window.languages
        onClosed: window.panel = ""
    }
    DisplayPanel {
        anchors.fill: parent
        visible: window.panel === "display"
        onClosed: window.panel = ""
    }
    IdleWarning {
        anchors.fill: parent
        visible: window.session.idleWarning
        session: window.session
    }

    // The hidden way in: five taps here within three seconds open the technician's PIN pad.
    // Only while no citizen session runs, so it never takes a tap meant for a control.
    MouseArea {
        objectName: "adminCorner"
        z: 60
        visible: !window.session.inSession && !window.admin.open
        width: Theme.touch.button
        height: Theme.touch.button
        x: window.admin.corner.indexOf("left") >= 0 ? 0 : window.width - width
        y: window.admin.corner.indexOf("top") >= 0 ? 0 : window.height - height
        Accessible.ignored: true
        onClicked: window.admin.cornerTapped()
    }

    AdminLayer {
        z: 50
        anchors {
            left: parent.left; right: parent.right; top: parent.top
            bottom: keyboard.active ? keyboard.top : parent.bottom
        }
        visible: window.admin.open
        admin: window.admin
    }

    InputPanel {
        id: keyboard
        objectName: "keyboard"
        z: 100
        width: parent.width
        y: active ? parent.height - height : parent.height
        visible: active
    }
}
