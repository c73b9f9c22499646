pragma ComponentBehavior: Bound

import QtQuick
import KioskTheme

// Taxes and bills, step 3: pay on the phone by scanning the QR code, or print a slip
// to pay at a bank or post office. While shown, the view-model asks the portal every
// few seconds whether the payment has arrived, and this screen then says so.
Item {
    id: root
    required property var session
    required property var taxes
    readonly property var order: root.taxes.order

    Component.onCompleted: root.taxes.startWatching()
    Component.onDestruction: root.taxes.stopWatching()

    Column {
        id: top
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing.page_margin }
        BackBar { width: parent.width; session: root.session; title: qsTr("Pay on your phone") }
    }

    ScrollPage {
        anchors { left: parent.left; right: parent.right; top: top.bottom; bottom: parent.bottom
                  margins: Theme.spacing.page_margin }

        Column {
            id: page
            width: parent.width
            spacing: Theme.spacing.large

            // Paid: the phone payment has arrived.
            Column {
                width: parent.width
                visible: root.order.paid ?? false
                spacing: Theme.spacing.large
                KioskText {
                    objectName: "paidMessage"
                    width: parent.width
                    text: qsTr("Paid. Thank you.")
                    size: "title"
                    font.bold: true
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                KioskText {
                    width: parent.width
                    text: qsTr("The town hall has received %1. Your phone shows the receipt.").arg(root.order.amount ?? "")
                }
                KioskButton {
                    objectName: "homeButton"
                    kind: "primary"
                    text: qsTr("Back to the start")
                    onClicked: root.session.goHome()
                }
            }

            // Expired: nothing was paid; a new code is one tap away.
            Column {
                width: parent.width
                visible: root.order.expired ?? false
                spacing: Theme.spacing.large
                KioskText {
                    objectName: "expiredMessage"
                    width: parent.width
                    text: qsTr("This payment code has run out of time. Nothing was paid.")
                    size: "subtitle"
                    font.bold: true
                }
                KioskButton {
                    objectName: "newOrderButton"
                    kind: "primary"
                    enabled: !root.taxes.busy
                    text: qsTr("Make a new payment code")
                    onClicked: root.taxes.newOrder()
                }
            }

            // Waiting: the code, the steps, and the slip for paying in person.
            Flow {
                width: parent.width
                visible: root.order.status === "pending"
                spacing: Theme.spacing.large

                QrCode {
                    id: qr
                    objectName: "paymentQr"
                    size: Math.min(Theme.mm(75), page.width)
                    source: root.order.qr ?? ""
                    caption: qsTr("Payment code for %1").arg(root.order.amount ?? "")
                }

                Column {
                    width: page.width - qr.width - parent.spacing >= Theme.mm(90)
                           ? page.width - qr.width - parent.spacing : page.width
                    spacing: Theme.spacing.medium
                    KioskText {
                        objectName: "orderAmount"
                        width: parent.width
                        text: root.order.amount ?? ""
                        size: "title"
                        font.bold: true
                    }
                    KioskText { width: parent.width; size: "subtitle"; text: qsTr("1. Open your phone's camera.") }
                    KioskText { width: parent.width; size: "subtitle"; text: qsTr("2. Point it at the code.") }
                    KioskText { width: parent.width; size: "subtitle"; text: qsTr("3. Pay on the page that opens.") }
                    KioskText {
                        width: parent.width
                        text: qsTr("This screen changes by itself when your payment has arrived.")
                        color: Theme.colors.text_muted
                    }
                    KioskText {
                        width: parent.width
                        text: qsTr("Valid until %1").arg(root.order.validUntil ?? "")
                    }
                    KioskText { width: parent.width; text: qsTr("Order number") ; size: "caption" }
                    KioskText {
                        objectName: "orderNumber"
                        width: parent.width
                        text: root.order.orderNumber ?? ""
                        wrapMode: Text.WrapAnywhere
                        font.bold: true
                    }
                }
            }

            Column {
                width: parent.width
                visible: root.order.status === "pending"
                spacing: Theme.spacing.medium
                KioskButton {
                    objectName: "printSlipButton"
                    enabled: !root.taxes.printing
                    text: root.taxes.printing ? qsTr("Printing…")
                        : root.taxes.printed ? qsTr("Print again") : qsTr("Print a payment slip")
                    description: qsTr("To pay at a bank or post office instead")
                    onClicked: root.taxes.printSlip()
                }
                KioskText {
                    objectName: "printMessage"
                    width: parent.width
                    visible: text !== ""
                    text: root.taxes.printMessage
                    font.bold: true
                }
            }
        }
    }
}
