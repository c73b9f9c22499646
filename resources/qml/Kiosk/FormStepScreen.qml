pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// One step of a form: "Step 2 of 5", the questions of this step, Continue. Errors show
// in a summary at the top (focused, with links) and in words beside each field.
Item {
    id: root
    required property var session
    required property var forms
    required property var guided
    // Guided mode: explanations beside the step.
    readonly property bool guiding: root.guided.signedIn && root.forms.phase === "step"

    function fieldItem(key: string): Item {
        for (let i = 0; i < questions.count; ++i) {
            const candidate = questions.itemAt(i) as FormField
            if (candidate && candidate.field.key === key)
                return candidate
        }
        return null
    }

    Connections {
        target: root.forms
        function onStepChanged() {
            if (root.forms.errors.length > 0) {
                page.flickable.contentY = 0
                summary.forceActiveFocus()
            }
        }
    }

    Column {
        id: top
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        spacing: Theme.spacing.small
        BackBar {
            width: parent.width
            session: root.session
            title: root.forms.serviceName
            customBack: true
            onBackRequested: {
                if (!root.forms.back())
                    root.session.back()
                page.flickable.contentY = 0
            }
        }
    }

    // Loading, or a problem that stops the form (not available here, server down).
    Column {
        anchors { left: parent.left; right: parent.right; top: top.bottom; margins: Theme.spacing.page_margin }
        visible: root.forms.phase === "loading" || root.forms.phase === "problem"
        spacing: Theme.spacing.large
        KioskText {
            objectName: "formLoading"
            width: parent.width
            visible: root.forms.phase === "loading"
            text: qsTr("Getting the form ready…")
            size: "title"
        }
        KioskText {
            objectName: "formProblem"
            width: parent.width
            visible: root.forms.phase === "problem"
            text: root.forms.problem.title || ""
            size: "title"
            font.bold: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        KioskText {
            width: parent.width
            visible: root.forms.phase === "problem"
            text: root.forms.problem.detail || ""
            size: "subtitle"
        }
        Row {
            spacing: Theme.spacing.large
            visible: root.forms.phase === "problem"
            KioskButton {
                objectName: "formRetry"
                visible: root.forms.problem.canRetry || false
                kind: "primary"
                text: qsTr("Try again")
                onClicked: root.forms.retry()
            }
            KioskButton {
                text: qsTr("Back to the start")
                onClicked: root.session.goHome()
            }
        }
    }

    GuidePanel {
        id: guidePanel
        visible: root.guiding
        width: root.guiding ? Math.min(parent.width * 0.36, Theme.mm(150)) : 0
        anchors { right: parent.right; top: top.bottom; bottom: parent.bottom
                  margins: Theme.spacing.page_margin }
        guide: root.forms.guide
    }

    ScrollPage {
        id: page
        visible: root.forms.phase === "step"
        anchors { left: parent.left; right: guidePanel.visible ? guidePanel.left : parent.right
                  top: top.bottom; bottom: parent.bottom
                  margins: Theme.spacing.page_margin }
        Column {
            width: parent.width
            spacing: Theme.spacing.large

            KioskText {
                objectName: "stepProgress"
                width: parent.width
                text: qsTr("Step %1 of %2").arg(root.forms.stepNumber).arg(root.forms.stepCount)
                color: Theme.colors.text_muted
            }
            KioskText {
                objectName: "stepTitle"
                width: parent.width
                text: root.forms.stepTitle
                size: "title"
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            KioskText {
                // "We filled in N answers from your ID card…": shown after a scan.
                objectName: "prefillNotice"
                width: parent.width
                visible: root.forms.prefilledCount > 0
                text: qsTr("We filled in %n answer(s) from your ID card. Check them — you can change any of them.", "", root.forms.prefilledCount)
                size: "subtitle"
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            ErrorSummary {
                id: summary
                width: parent.width
                errors: root.forms.errors
                onJumpTo: (key) => {
                    const target = root.fieldItem(key) as FormField
                    if (target) {
                        page.ensureVisible(target)
                        target.focusInput()
                    }
                }
            }
            Repeater {
                id: questions
                model: root.forms.fields
                FormField {
                    required property var modelData
                    width: parent.width
                    field: modelData
                    forms: root.forms
                    showMe: root.forms.showMeTarget === modelData.key
                }
            }
            Item {
                width: continueButton.width
                height: continueButton.height
                KioskButton {
                    id: continueButton
                    objectName: "continueButton"
                    kind: "primary"
                    textSize: "subtitle"
                    width: Math.max(implicitWidth, Theme.mm(70))
                    text: qsTr("Continue")
                    onClicked: {
                        root.forms.continueStep()
                        if (root.forms.errors.length === 0)
                            page.flickable.contentY = 0
                    }
                }
                ShowMeMark {
                    objectName: "showMe_continue"
                    anchors.fill: parent
                    visible: root.forms.showMeTarget === "continue"
                }
            }
        }
    }
}
