<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Admin</name>
    <message>
        <source>%1 free of %2</source>
        <translation>%1 free of %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Enter the admin PIN</source>
        <translation>Enter the admin PIN</translation>
    </message>
    <message>
        <source>No admin PIN is set on this kiosk. See “Admin screen” in the README.</source>
        <translation>No admin PIN is set on this kiosk. See “Admin screen” in the README.</translation>
    </message>
    <message>
        <source>That PIN is not right. %n more tries before the PIN pad locks.</source>
        <translation>That PIN is not right. Tries left before the PIN pad locks: %n.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>AdminBar</name>
    <message>
        <source>Admin home</source>
        <translation>Admin home</translation>
    </message>
    <message>
        <source>Close admin</source>
        <translation>Close admin</translation>
    </message>
</context>
<context>
    <name>AdminDevices</name>
    <message>
        <source>No card reader is set up</source>
        <translation>No card reader is set up</translation>
    </message>
    <message>
        <source>Printer test</source>
        <translation>Printer test</translation>
    </message>
    <message>
        <source>No printer is set up</source>
        <translation>No printer is set up</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Out of paper</source>
        <translation>Out of paper</translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation>Paper jam</translation>
    </message>
    <message>
        <source>Cover open</source>
        <translation>Cover open</translation>
    </message>
    <message>
        <source>Printer off or not connected</source>
        <translation>Printer off or not connected</translation>
    </message>
    <message>
        <source>Queue stopped (cupsenable to start it)</source>
        <translation>Queue stopped (cupsenable to start it)</translation>
    </message>
    <message>
        <source>Queue refuses jobs (cupsaccept to open it)</source>
        <translation>Queue refuses jobs (cupsaccept to open it)</translation>
    </message>
    <message>
        <source>The configured queue does not exist</source>
        <translation>The configured queue does not exist</translation>
    </message>
    <message>
        <source>CUPS does not answer</source>
        <translation>CUPS does not answer</translation>
    </message>
    <message>
        <source>Paper low</source>
        <translation>Paper low</translation>
    </message>
    <message>
        <source>Toner or ink low</source>
        <translation>Toner or ink low</translation>
    </message>
    <message>
        <source>Other printer problem</source>
        <translation>Other printer problem</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Start the camera, then hold an ID card’s back under it.</source>
        <translation>Start the camera, then hold an ID card’s back under it.</translation>
    </message>
    <message>
        <source>Looking for the lines of letters and &lt;&lt;&lt; …</source>
        <translation>Looking for the lines of letters and &lt;&lt;&lt; …</translation>
    </message>
    <message>
        <source>The card was read and its check digits are right.</source>
        <translation>The card was read and its check digits are right.</translation>
    </message>
    <message>
        <source>No card was read. Check the light and the focus, then try again.</source>
        <translation>No card was read. Check the light and the focus, then try again.</translation>
    </message>
    <message>
        <source>The camera could not be opened. Check its cable and the camera setting.</source>
        <translation>The camera could not be opened. Check its cable and the camera setting.</translation>
    </message>
    <message>
        <source>No camera is set up on this kiosk.</source>
        <translation>No camera is set up on this kiosk.</translation>
    </message>
    <message>
        <source>Printing a test receipt…</source>
        <translation>Printing a test receipt…</translation>
    </message>
    <message>
        <source>The test receipt was printed. Check that it is readable.</source>
        <translation>The test receipt was printed. Check that it is readable.</translation>
    </message>
    <message>
        <source>The printer is not available. Check the paper, the cover and the cable.</source>
        <translation>The printer is not available. Check the paper, the cover and the cable.</translation>
    </message>
    <message>
        <source>The test receipt could not be printed. Look at the printer’s state above.</source>
        <translation>The test receipt could not be printed. Look at the printer’s state above.</translation>
    </message>
    <message>
        <source>The kiosk’s own disk</source>
        <translation>The kiosk’s own disk</translation>
    </message>
    <message>
        <source>The logs could not be written there. Is the USB stick full or read-only?</source>
        <translation>The logs could not be written there. Is the USB stick full or read-only?</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <source>The card reader is not connected</source>
        <translation>The card reader is not connected</translation>
    </message>
    <message>
        <source>No card on the reader</source>
        <translation>No card on the reader</translation>
    </message>
    <message>
        <source>A card is on the reader</source>
        <translation>A card is on the reader</translation>
    </message>
    <message>
        <source>The card on the reader is an ID document chip.</source>
        <translation>The card on the reader is an ID document chip.</translation>
    </message>
    <message>
        <source>The card on the reader is not an ID document chip.</source>
        <translation>The card on the reader is not an ID document chip.</translation>
    </message>
    <message>
        <source>Put an ID card on the reader, then try again.</source>
        <translation>Put an ID card on the reader, then try again.</translation>
    </message>
</context>
<context>
    <name>AdminDevicesScreen</name>
    <message>
        <source>Camera and card reader</source>
        <translation>Camera and card reader</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Stop the camera</source>
        <translation>Stop the camera</translation>
    </message>
    <message>
        <source>Start the camera and read a card</source>
        <translation>Start the camera and read a card</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a card is in the reader</source>
        <translation>a card is in the reader</translation>
    </message>
    <message>
        <source>no card in the reader</source>
        <translation>no card in the reader</translation>
    </message>
    <message>
        <source>Test read</source>
        <translation>Test read</translation>
    </message>
</context>
<context>
    <name>AdminHomeScreen</name>
    <message>
        <source>Technician settings</source>
        <translation>Technician settings</translation>
    </message>
    <message>
        <source>Kiosk ID</source>
        <translation>Kiosk ID</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>App version</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>Running for</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Disk space</translation>
    </message>
    <message>
        <source>The disk is almost full. Export the logs, then ask for the kiosk to be serviced.</source>
        <translation>The disk is almost full. Export the logs, then ask for the kiosk to be serviced.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Kiosk ID, languages, timeouts, display, camera</source>
        <translation>Kiosk ID, languages, timeouts, display, camera</translation>
    </message>
    <message>
        <source>Camera and card reader</source>
        <translation>Camera and card reader</translation>
    </message>
    <message>
        <source>Live picture and a test read</source>
        <translation>Live picture and a test read</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>State and a test receipt</source>
        <translation>State and a test receipt</translation>
    </message>
    <message>
        <source>Portal connection</source>
        <translation>Portal connection</translation>
    </message>
    <message>
        <source>Check the connection, enrol this kiosk</source>
        <translation>Check the connection, enrol this kiosk</translation>
    </message>
    <message>
        <source>Waiting requests</source>
        <translation>Waiting requests</translation>
    </message>
    <message>
        <source>Counts and send now</source>
        <translation>Counts and send now</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Save the logs to a USB stick</source>
        <translation>Save the logs to a USB stick</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Schedule and attendance</source>
        <translation>Schedule and attendance</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Anonymous figures, export CSV</source>
        <translation>Anonymous figures, export CSV</translation>
    </message>
    <message>
        <source>Library staff</source>
        <translation>Library staff</translation>
    </message>
    <message>
        <source>Who may sign in to guide sessions</source>
        <translation>Who may sign in to guide sessions</translation>
    </message>
    <message>
        <source>Restart the kiosk app</source>
        <translation>Restart the kiosk app</translation>
    </message>
    <message>
        <source>Needed after saving settings or enrolling</source>
        <translation>Needed after saving settings or enrolling</translation>
    </message>
</context>
<context>
    <name>AdminLockoutScreen</name>
    <message>
        <source>The PIN pad is locked</source>
        <translation>The PIN pad is locked</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The wrong PIN was entered too many times.</source>
        <translation>The wrong PIN was entered too many times.</translation>
    </message>
    <message>
        <source>You can try again in %1.</source>
        <translation>You can try again in %1.</translation>
    </message>
    <message>
        <source>Each further wrong PIN makes the wait longer. If you have forgotten the PIN, set a new one from the kiosk&apos;s terminal (see the README).</source>
        <translation>Each further wrong PIN makes the wait longer. If you have forgotten the PIN, set a new one from the kiosk&apos;s terminal (see the README).</translation>
    </message>
</context>
<context>
    <name>AdminLogsScreen</name>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Plug in a USB stick, then choose where to save the logs. Personal data is removed from them.</source>
        <translation>Plug in a USB stick, then choose where to save the logs. Personal data is removed from them.</translation>
    </message>
    <message>
        <source>Save to %1</source>
        <translation>Save to %1</translation>
    </message>
</context>
<context>
    <name>AdminOutboxScreen</name>
    <message>
        <source>Waiting requests</source>
        <translation>Waiting requests</translation>
    </message>
    <message>
        <source>The kiosk is not connected to a portal yet, so there is no outbox.</source>
        <translation>The kiosk is not connected to a portal yet, so there is no outbox.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>AdminPinScreen</name>
    <message>
        <source>Technician access</source>
        <translation>Technician access</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enter the admin PIN.</source>
        <translation>Enter the admin PIN.</translation>
    </message>
    <message>
        <source>No admin PIN is set on this kiosk yet.</source>
        <translation>No admin PIN is set on this kiosk yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n digits typed</source>
        <translation>
            <numerusform>%n digit typed</numerusform>
            <numerusform>%n digits typed</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
</context>
<context>
    <name>AdminPortal</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Being sent now</source>
        <translation>Being sent now</translation>
    </message>
    <message>
        <source>Could not be sent (needs a retry)</source>
        <translation>Could not be sent (needs a retry)</translation>
    </message>
    <message>
        <source>Delivered (receipts kept)</source>
        <translation>Delivered (receipts kept)</translation>
    </message>
    <message>
        <source>Enter the portal’s address, starting with https://</source>
        <translation>Enter the portal’s address, starting with https://</translation>
    </message>
    <message>
        <source>That code did not work. Codes work only once and expire: ask for a new one.</source>
        <translation>That code did not work. Codes work only once and expire: ask for a new one.</translation>
    </message>
    <message>
        <source>The kiosk cannot reach that address. Check the address and the network.</source>
        <translation>The kiosk cannot reach that address. Check the address and the network.</translation>
    </message>
    <message>
        <source>The portal’s certificate is not trusted. Check the address, or ask for the portal’s certificate authority (ca_bundle).</source>
        <translation>The portal’s certificate is not trusted. Check the address, or ask for the portal’s certificate authority (ca_bundle).</translation>
    </message>
    <message>
        <source>The portal did not accept the enrolment. Try again, or ask for a new code.</source>
        <translation>The portal did not accept the enrolment. Try again, or ask for a new code.</translation>
    </message>
    <message>
        <source>The kiosk could not store its token in the system keyring. Restart the kiosk and try again.</source>
        <translation>The kiosk could not store its token in the system keyring. Restart the kiosk and try again.</translation>
    </message>
    <message>
        <source>Portal reachable</source>
        <translation>Portal reachable</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Secure, certificate checked</source>
        <translation>Secure, certificate checked</translation>
    </message>
    <message>
        <source>Not encrypted (http): use https on a real kiosk</source>
        <translation>Not encrypted (http): use https on a real kiosk</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificate not trusted</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Secure connection (TLS)</translation>
    </message>
    <message>
        <source>This kiosk is enrolled</source>
        <translation>This kiosk is enrolled</translation>
    </message>
    <message>
        <source>Yes, as %1</source>
        <translation>Yes, as %1</translation>
    </message>
    <message>
        <source>No: enrol it below</source>
        <translation>No: enrol it below</translation>
    </message>
    <message>
        <source>Right (%n s apart)</source>
        <translation>Right (%n s apart)</translation>
    </message>
    <message>
        <source>Wrong by %n s: set the kiosk’s date and time</source>
        <translation>Wrong by %n s: set the kiosk’s date and time</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <source>This kiosk is enrolled with %1. Restart the kiosk to connect.</source>
        <translation>This kiosk is enrolled with %1. Restart the kiosk to connect.</translation>
    </message>
    <message>
        <source>This kiosk is enrolled with %1, but the address could not be saved in the settings file.</source>
        <translation>This kiosk is enrolled with %1, but the address could not be saved in the settings file.</translation>
    </message>
    <message>
        <source>Sending now. The counts update in a few seconds.</source>
        <translation>Sending now. The counts update in a few seconds.</translation>
    </message>
    <message>
        <source>No: the address cannot be reached</source>
        <translation>No: the address cannot be reached</translation>
    </message>
    <message>
        <source>No: it did not answer in time</source>
        <translation>No: it did not answer in time</translation>
    </message>
    <message>
        <source>No: its certificate is not trusted</source>
        <translation>No: its certificate is not trusted</translation>
    </message>
    <message>
        <source>No device token: enrol this kiosk</source>
        <translation>No device token: enrol this kiosk</translation>
    </message>
    <message>
        <source>Not connected: enrol this kiosk, then restart</source>
        <translation>Not connected: enrol this kiosk, then restart</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>AdminPortalScreen</name>
    <message>
        <source>Portal connection</source>
        <translation>Portal connection</translation>
    </message>
    <message>
        <source>Portal address: %1</source>
        <translation>Portal address: %1</translation>
    </message>
    <message>
        <source>No portal address is set yet.</source>
        <translation>No portal address is set yet.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Check the connection</translation>
    </message>
    <message>
        <source>Enrol this kiosk</source>
        <translation>Enrol this kiosk</translation>
    </message>
    <message>
        <source>Ask the portal&apos;s administrator for a one-time enrolment code for this kiosk&apos;s ID.</source>
        <translation>Ask the portal&apos;s administrator for a one-time enrolment code for this kiosk&apos;s ID.</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Portal address</translation>
    </message>
    <message>
        <source>One-time enrolment code</source>
        <translation>One-time enrolment code</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Enrol</translation>
    </message>
</context>
<context>
    <name>AdminPrinterScreen</name>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Printer queue</source>
        <translation>Printer queue</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Print a test receipt</source>
        <translation>Print a test receipt</translation>
    </message>
</context>
<context>
    <name>AdminReportScreen</name>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Sessions by service</source>
        <translation>Sessions by service</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>No sessions in this period.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 completed</translation>
    </message>
    <message>
        <source>Sessions by language</source>
        <translation>Sessions by language</translation>
    </message>
    <message>
        <source>Workshops held</source>
        <translation>Workshops held</translation>
    </message>
    <message>
        <source>People who came: %1</source>
        <translation>People who came: %1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Plug in a USB stick, then choose where to save this period&apos;s figures. They hold no personal data.</source>
        <translation>Plug in a USB stick, then choose where to save this period&apos;s figures. They hold no personal data.</translation>
    </message>
    <message>
        <source>Save to %1</source>
        <translation>Save to %1</translation>
    </message>
</context>
<context>
    <name>AdminSettings</name>
    <message>
        <source>Kiosk ID</source>
        <translation>Kiosk ID</translation>
    </message>
    <message>
        <source>The name the portal knows this kiosk by, e.g. deva-lobby-1</source>
        <translation>The name the portal knows this kiosk by, e.g. deva-lobby-1</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Site name</translation>
    </message>
    <message>
        <source>Kind of kiosk</source>
        <translation>Kind of kiosk</translation>
    </message>
    <message>
        <source>Town-hall lobby panel</source>
        <translation>Town-hall lobby panel</translation>
    </message>
    <message>
        <source>Library point</source>
        <translation>Library point</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation>Languages offered</translation>
    </message>
    <message>
        <source>Language shown first</source>
        <translation>Language shown first</translation>
    </message>
    <message>
        <source>Seconds without a touch before the warning</source>
        <translation>Seconds without a touch before the warning</translation>
    </message>
    <message>
        <source>Seconds the warning counts down</source>
        <translation>Seconds the warning counts down</translation>
    </message>
    <message>
        <source>Seconds before this admin screen closes itself</source>
        <translation>Seconds before this admin screen closes itself</translation>
    </message>
    <message>
        <source>Screen dots per inch (DPI)</source>
        <translation>Screen dots per inch (DPI)</translation>
    </message>
    <message>
        <source>Touch targets are sized in millimetres from this value</source>
        <translation>Touch targets are sized in millimetres from this value</translation>
    </message>
    <message>
        <source>Screen rotation</source>
        <translation>Screen rotation</translation>
    </message>
    <message>
        <source>Text size at the start of each session</source>
        <translation>Text size at the start of each session</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Camera if connected, else the demo camera</source>
        <translation>Camera if connected, else the demo camera</translation>
    </message>
    <message>
        <source>Camera device</source>
        <translation>Camera device</translation>
    </message>
    <message>
        <source>Demo camera</source>
        <translation>Demo camera</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>No camera</translation>
    </message>
    <message>
        <source>Camera device number (N in /dev/videoN)</source>
        <translation>Camera device number (N in /dev/videoN)</translation>
    </message>
    <message>
        <source>Where petitions go</source>
        <translation>Where petitions go</translation>
    </message>
    <message>
        <source>The portal</source>
        <translation>The portal</translation>
    </message>
    <message>
        <source>An Open311 server</source>
        <translation>An Open311 server</translation>
    </message>
    <message>
        <source>Open311 server address</source>
        <translation>Open311 server address</translation>
    </message>
    <message>
        <source>These settings cannot be used: %1</source>
        <translation>These settings cannot be used: %1</translation>
    </message>
    <message>
        <source>Choose one of the options</source>
        <translation>Choose one of the options</translation>
    </message>
    <message>
        <source>Choose at least one language</source>
        <translation>Choose at least one language</translation>
    </message>
    <message>
        <source>Enter up to 64 letters, digits, dots, dashes or underscores, with no spaces</source>
        <translation>Enter up to 64 letters, digits, dots, dashes or underscores, with no spaces</translation>
    </message>
    <message>
        <source>Enter an address starting with https://</source>
        <translation>Enter an address starting with https://</translation>
    </message>
    <message>
        <source>Enter a value</source>
        <translation>Enter a value</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2</source>
        <translation>Enter a number from %1 to %2</translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2</source>
        <translation>Enter a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>This kiosk was started without a settings file, so nothing can be saved.</source>
        <translation>This kiosk was started without a settings file, so nothing can be saved.</translation>
    </message>
    <message>
        <source>The settings file cannot be read. Nothing was changed.</source>
        <translation>The settings file cannot be read. Nothing was changed.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <source>Saved. Restart the kiosk to use the new settings.</source>
        <translation>Saved. Restart the kiosk to use the new settings.</translation>
    </message>
</context>
<context>
    <name>AdminSettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
</context>
<context>
    <name>AdminStaff</name>
    <message>
        <source>The staff ID may have only small letters, digits, dots, dashes and underscores.</source>
        <translation>The staff ID may have only small letters, digits, dots, dashes and underscores.</translation>
    </message>
    <message>
        <source>Enter the name shown on the banner.</source>
        <translation>Enter the name shown on the banner.</translation>
    </message>
    <message>
        <source>The PIN must have %1 to %2 digits.</source>
        <translation>The PIN must have %1 to %2 digits.</translation>
    </message>
    <message>
        <source>Someone already has this staff ID.</source>
        <translation>Someone already has this staff ID.</translation>
    </message>
    <message>
        <source>Someone already has this PIN. Choose another one.</source>
        <translation>Someone already has this PIN. Choose another one.</translation>
    </message>
    <message>
        <source>The two PINs are different. Type the same PIN twice.</source>
        <translation>The two PINs are different. Type the same PIN twice.</translation>
    </message>
    <message>
        <source>%1 can now sign in.</source>
        <translation>%1 can now sign in.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Removed.</translation>
    </message>
</context>
<context>
    <name>AdminStaffScreen</name>
    <message>
        <source>Library staff</source>
        <translation>Library staff</translation>
    </message>
    <message>
        <source>Nobody can sign in as staff yet.</source>
        <translation>Nobody can sign in as staff yet.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Add a staff member</translation>
    </message>
    <message>
        <source>Staff ID (sent with requests they help with)</source>
        <translation>Staff ID (sent with requests they help with)</translation>
    </message>
    <message>
        <source>Name shown on the banner</source>
        <translation>Name shown on the banner</translation>
    </message>
    <message>
        <source>Staff PIN (4 to 12 digits)</source>
        <translation>Staff PIN (4 to 12 digits)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>The same PIN again</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>AdminWorkshopsScreen</name>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Add a workshop</source>
        <translation>Add a workshop</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Coming up</translation>
    </message>
    <message>
        <source>No workshops are planned.</source>
        <translation>No workshops are planned.</translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation>Seats: %1</translation>
    </message>
    <message>
        <source>From the settings file</source>
        <translation>From the settings file</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Took place</source>
        <translation>Took place</translation>
    </message>
    <message>
        <source>No workshops in the last two months.</source>
        <translation>No workshops in the last two months.</translation>
    </message>
    <message>
        <source>People who came: %1</source>
        <translation>People who came: %1</translation>
    </message>
    <message>
        <source>Attendance not recorded yet</source>
        <translation>Attendance not recorded yet</translation>
    </message>
    <message>
        <source>Correct the count</source>
        <translation>Correct the count</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>Record attendance</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>Change the workshop</source>
        <translation>Change the workshop</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Day before</source>
        <translation>Day before</translation>
    </message>
    <message>
        <source>Day after</source>
        <translation>Day after</translation>
    </message>
    <message>
        <source>1 hour earlier</source>
        <translation>1 hour earlier</translation>
    </message>
    <message>
        <source>1 hour later</source>
        <translation>1 hour later</translation>
    </message>
    <message>
        <source>15 minutes earlier</source>
        <translation>15 minutes earlier</translation>
    </message>
    <message>
        <source>15 minutes later</source>
        <translation>15 minutes later</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Fewer seats</source>
        <translation>Fewer seats</translation>
    </message>
    <message>
        <source>More seats</source>
        <translation>More seats</translation>
    </message>
    <message>
        <source>Language of the workshop</source>
        <translation>Language of the workshop</translation>
    </message>
    <message>
        <source>Save the workshop</source>
        <translation>Save the workshop</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>How many people came?</source>
        <translation>How many people came?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
</context>
<context>
    <name>AppointmentCancelScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Cancel an appointment</source>
        <translation>Cancel an appointment</translation>
    </message>
    <message>
        <source>Enter the appointment number and the access code. They are on your appointment slip.</source>
        <translation>Enter the appointment number and the access code. They are on your appointment slip.</translation>
    </message>
    <message>
        <source>Appointment number</source>
        <translation>Appointment number</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Access code</translation>
    </message>
    <message>
        <source>Find my appointment</source>
        <translation>Find my appointment</translation>
    </message>
    <message>
        <source>Is this the appointment you want to cancel?</source>
        <translation>Is this the appointment you want to cancel?</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>This appointment is not booked any more, so there is nothing to cancel.</source>
        <translation>This appointment is not booked any more, so there is nothing to cancel.</translation>
    </message>
    <message>
        <source>Cancel this appointment</source>
        <translation>Cancel this appointment</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Look up another appointment</source>
        <translation>Look up another appointment</translation>
    </message>
    <message>
        <source>Your appointment is cancelled</source>
        <translation>Your appointment is cancelled</translation>
    </message>
    <message>
        <source>%1 at %2 is free again for others. You do not need to do anything else.</source>
        <translation>%1 at %2 is free again for others. You do not need to do anything else.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
</context>
<context>
    <name>AppointmentConfirmationScreen</name>
    <message>
        <source>Your appointment is booked</source>
        <translation>Your appointment is booked</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Appointment number</source>
        <translation>Appointment number</translation>
    </message>
    <message>
        <source>Access code (you need it with the number to cancel)</source>
        <translation>Access code (you need it with the number to cancel)</translation>
    </message>
    <message>
        <source>Bring your identity document with you. Write down the number and code, or print them.</source>
        <translation>Bring your identity document with you. Write down the number and code, or print them.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Scan to add it to your phone&apos;s calendar</source>
        <translation>Scan to add it to your phone&apos;s calendar</translation>
    </message>
</context>
<context>
    <name>AppointmentDaysScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Choose a day</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>There are no free times at this office in the coming weeks. Please choose another office or ask at the information desk.</source>
        <translation>There are no free times at this office in the coming weeks. Please choose another office or ask at the information desk.</translation>
    </message>
    <message>
        <source>Tap a green day to see its free times. Grey days are full or closed.</source>
        <translation>Tap a green day to see its free times. Grey days are full or closed.</translation>
    </message>
</context>
<context>
    <name>AppointmentHoldScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Check and confirm your appointment</source>
        <translation>Check and confirm your appointment</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Personal identification number</source>
        <translation>Personal identification number</translation>
    </message>
    <message>
        <source>Confirm the appointment</source>
        <translation>Confirm the appointment</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Choose another time</translation>
    </message>
</context>
<context>
    <name>AppointmentOfficesScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Choose an office</source>
        <translation>Choose an office</translation>
    </message>
    <message>
        <source>No office takes appointments for this service at the moment. Please ask at the information desk.</source>
        <translation>No office takes appointments for this service at the moment. Please ask at the information desk.</translation>
    </message>
</context>
<context>
    <name>AppointmentPersonScreen</name>
    <message>
        <source>Who is the appointment for?</source>
        <translation>Who is the appointment for?</translation>
    </message>
    <message>
        <source>Write the details as they are on your identity card. The appointment will be in this name.</source>
        <translation>Write the details as they are on your identity card. The appointment will be in this name.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Personal identification number</source>
        <translation>Personal identification number</translation>
    </message>
    <message>
        <source>You can find it on your identity card</source>
        <translation>You can find it on your identity card</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>AppointmentSlotsScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Choose a time</translation>
    </message>
    <message>
        <source>There are no free times left on this day. Please choose another day.</source>
        <translation>There are no free times left on this day. Please choose another day.</translation>
    </message>
    <message>
        <source>Choose another day</source>
        <translation>Choose another day</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Enter your first name</source>
        <translation>Enter your first name</translation>
    </message>
    <message>
        <source>Enter your surname</source>
        <translation>Enter your surname</translation>
    </message>
    <message>
        <source>Enter your personal identification number</source>
        <translation>Enter your personal identification number</translation>
    </message>
    <message>
        <source>This personal identification number is not right. Check each digit on your ID card.</source>
        <translation>This personal identification number is not right. Check each digit on your ID card.</translation>
    </message>
    <message>
        <source>The appointment system cannot be reached right now. Please try again in a few minutes or ask at the information desk.</source>
        <translation>The appointment system cannot be reached right now. Please try again in a few minutes or ask at the information desk.</translation>
    </message>
    <message>
        <source>Someone else has just taken that time. Please choose another time.</source>
        <translation>Someone else has just taken that time. Please choose another time.</translation>
    </message>
    <message>
        <source>The time we kept for you has run out, so it was not booked. Please choose a time again.</source>
        <translation>The time we kept for you has run out, so it was not booked. Please choose a time again.</translation>
    </message>
    <message>
        <source>We could not find an appointment with this number and code. Check both and try again.</source>
        <translation>We could not find an appointment with this number and code. Check both and try again.</translation>
    </message>
    <message>
        <source>This appointment has already been cancelled.</source>
        <translation>This appointment has already been cancelled.</translation>
    </message>
    <message>
        <source>The appointment system did not accept this. Please ask at the information desk.</source>
        <translation>The appointment system did not accept this. Please ask at the information desk.</translation>
    </message>
    <message>
        <source>Your appointment</source>
        <translation>Your appointment</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Personal identification number</source>
        <translation>Personal identification number</translation>
    </message>
    <message>
        <source>Appointment number</source>
        <translation>Appointment number</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Access code</translation>
    </message>
    <message>
        <source>Bring your identity document with you.</source>
        <translation>Bring your identity document with you.</translation>
    </message>
    <message>
        <source>To cancel, choose “Cancel an appointment” on the kiosk and enter the number and access code.</source>
        <translation>To cancel, choose “Cancel an appointment” on the kiosk and enter the number and access code.</translation>
    </message>
    <message>
        <source>Enter the appointment number from your slip</source>
        <translation>Enter the appointment number from your slip</translation>
    </message>
    <message>
        <source>Enter the access code from your slip</source>
        <translation>Enter the access code from your slip</translation>
    </message>
    <message>
        <source>Your slip is printing. Take it from the printer.</source>
        <translation>Your slip is printing. Take it from the printer.</translation>
    </message>
    <message>
        <source>The printer is not working right now. Please write down the appointment number and access code, or scan the code with your phone.</source>
        <translation>The printer is not working right now. Please write down the appointment number and access code, or scan the code with your phone.</translation>
    </message>
    <message>
        <source>Please take a photo of the appointment number and access code on the screen, or write them down.</source>
        <translation>Please take a photo of the appointment number and access code on the screen, or write them down.</translation>
    </message>
    <message>
        <source>Held for you for %1 more</source>
        <translation>Held for you for %1 more</translation>
    </message>
    <message>
        <source>Held for you for a few minutes. Confirm it soon.</source>
        <translation>Held for you for a few minutes. Confirm it soon.</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 free</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Not available</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Not confirmed yet</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Not booked: the time ran out</source>
        <translation>Not booked: the time ran out</translation>
    </message>
</context>
<context>
    <name>Attract</name>
    <message>
        <source>Touch the screen to start</source>
        <translation>Touch the screen to start</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
    <message>
        <source>Request certificates and documents without queuing</source>
        <translation>Request certificates and documents without queuing</translation>
    </message>
    <message>
        <source>Check the status of your request with the code on your receipt</source>
        <translation>Check the status of your request with the code on your receipt</translation>
    </message>
    <message>
        <source>Scan your identity card to fill in forms faster</source>
        <translation>Scan your identity card to fill in forms faster</translation>
    </message>
    <message>
        <source>Everything you enter is deleted when you finish</source>
        <translation>Everything you enter is deleted when you finish</translation>
    </message>
    <message>
        <source>Next workshops</source>
        <translation>Next workshops</translation>
    </message>
</context>
<context>
    <name>BackBar</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>Calculator</name>
    <message>
        <source>Cannot divide by zero</source>
        <translation>Cannot divide by zero</translation>
    </message>
    <message>
        <source>Number too large</source>
        <translation>Number too large</translation>
    </message>
</context>
<context>
    <name>CalculatorScreen</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>C</source>
        <comment>calculator key that clears everything</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Delete last digit</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>Divide</source>
        <translation>Divide</translation>
    </message>
    <message>
        <source>Multiply</source>
        <translation>Multiply</translation>
    </message>
    <message>
        <source>Subtract</source>
        <translation>Subtract</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Change sign</source>
        <translation>Change sign</translation>
    </message>
    <message>
        <source>Decimal point</source>
        <translation>Decimal point</translation>
    </message>
    <message>
        <source>Equals</source>
        <translation>Equals</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Calculator</translation>
    </message>
    <message>
        <source>Your calculations</source>
        <translation>Your calculations</translation>
    </message>
    <message>
        <source>Results appear here. They are deleted when you finish.</source>
        <translation>Results appear here. They are deleted when you finish.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Open: %1</source>
        <translation>Open: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>Open now, until %1</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Closed now</translation>
    </message>
    <message>
        <source>Closed now. Opens %1 at %2</source>
        <translation>Closed now. Opens %1 at %2</translation>
    </message>
</context>
<context>
    <name>CalendarScreen</name>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>public holiday</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Public holidays this month</source>
        <translation>Public holidays this month</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Put the back of your card here, with the lines of letters at the bottom</source>
        <translation>Put the back of your card here, with the lines of letters at the bottom</translation>
    </message>
</context>
<context>
    <name>CheckAnswersScreen</name>
    <message>
        <source>Check your answers</source>
        <translation>Check your answers</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>By sending this request you confirm that the answers are true.</source>
        <translation>By sending this request you confirm that the answers are true.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Send the request</translation>
    </message>
</context>
<context>
    <name>ChipReaderPanel</name>
    <message>
        <source>Type the card number</source>
        <translation>Type the card number</translation>
    </message>
    <message>
        <source>Place your card on the reader</source>
        <translation>Place your card on the reader</translation>
    </message>
    <message>
        <source>Reading the chip… Keep the card on the reader</source>
        <translation>Reading the chip… Keep the card on the reader</translation>
    </message>
    <message>
        <source>Your details from the chip</source>
        <translation>Your details from the chip</translation>
    </message>
    <message>
        <source>We could not read the chip</source>
        <translation>We could not read the chip</translation>
    </message>
    <message>
        <source>The 6 digits printed on the front of your card, marked CAN.</source>
        <translation>The 6 digits printed on the front of your card, marked CAN.</translation>
    </message>
    <message>
        <source>Digits typed: %1 of 6</source>
        <translation>Digits typed: %1 of 6</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <source>Lay the card flat on the reader and leave it there until the kiosk says it is done. It takes a few seconds.</source>
        <translation>Lay the card flat on the reader and leave it there until the kiosk says it is done. It takes a few seconds.</translation>
    </message>
    <message>
        <source>Your photo from the chip</source>
        <translation>Your photo from the chip</translation>
    </message>
    <message>
        <source>Only you can see this photo. It is not kept.</source>
        <translation>Only you can see this photo. It is not kept.</translation>
    </message>
    <message>
        <source>Use these details</source>
        <translation>Use these details</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Choose another way</source>
        <translation>Choose another way</translation>
    </message>
</context>
<context>
    <name>ChipScan</name>
    <message>
        <source>The card reader is not working. Type your details instead.</source>
        <translation>The card reader is not working. Type your details instead.</translation>
    </message>
    <message>
        <source>No card was found on the reader.</source>
        <translation>No card was found on the reader.</translation>
    </message>
    <message>
        <source>No card was placed on the reader.</source>
        <translation>No card was placed on the reader.</translation>
    </message>
    <message>
        <source>This card has no ID document chip the kiosk can read.</source>
        <translation>This card has no ID document chip the kiosk can read.</translation>
    </message>
    <message>
        <source>The card did not accept the number. Check the 6 digits on the front of your card.</source>
        <translation>The card did not accept the number. Check the 6 digits on the front of your card.</translation>
    </message>
    <message>
        <source>The card did not accept the details read by the camera. Type the card number instead.</source>
        <translation>The card did not accept the details read by the camera. Type the card number instead.</translation>
    </message>
    <message>
        <source>The card was taken off the reader too soon. Place it again and leave it there.</source>
        <translation>The card was taken off the reader too soon. Place it again and leave it there.</translation>
    </message>
    <message>
        <source>The chip could not be read. Try again, or type your details.</source>
        <translation>The chip could not be read. Try again, or type your details.</translation>
    </message>
    <message>
        <source>The chip&apos;s data did not pass the authenticity check. Type your details instead.</source>
        <translation>The chip&apos;s data did not pass the authenticity check. Type your details instead.</translation>
    </message>
    <message>
        <source>Checked: the data was signed by the issuing country.</source>
        <translation>Checked: the data was signed by the issuing country.</translation>
    </message>
    <message>
        <source>Checked against the chip&apos;s own signature only.</source>
        <translation>Checked against the chip&apos;s own signature only.</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>Your request is registered</source>
        <translation>Your request is registered</translation>
    </message>
    <message>
        <source>Your request has been received</source>
        <translation>Your request has been received</translation>
    </message>
    <message>
        <source>Your request is saved on this kiosk</source>
        <translation>Your request is saved on this kiosk</translation>
    </message>
    <message>
        <source>The town hall now works on your request. You will get the answer by {date}. You can check how it is going on this kiosk with the number and the access code shown here.</source>
        <translation>The town hall now works on your request. You will get the answer by {date}. You can check how it is going on this kiosk with the number and the access code shown here.</translation>
    </message>
    <message>
        <source>The town hall now works on your request. You can check how it is going on this kiosk with the number and the access code shown here.</source>
        <translation>The town hall now works on your request. You can check how it is going on this kiosk with the number and the access code shown here.</translation>
    </message>
    <message>
        <source>It gets its registration number in the next few hours. Keep the receipt: with the reference shown here you can check its status on this kiosk.</source>
        <translation>It gets its registration number in the next few hours. Keep the receipt: with the reference shown here you can check its status on this kiosk.</translation>
    </message>
    <message>
        <source>The connection to the town hall is down right now. Your request will be sent automatically as soon as it is back; you do not need to do anything. Keep the reference shown here.</source>
        <translation>The connection to the town hall is down right now. Your request will be sent automatically as soon as it is back; you do not need to do anything. Keep the reference shown here.</translation>
    </message>
    <message>
        <source>Practice done — this is how a registered request looks</source>
        <translation>Practice done — this is how a registered request looks</translation>
    </message>
    <message>
        <source>With a real request, the town hall would now work on it, and you could check how it is going on this kiosk with the number and the access code shown here. Nothing was sent this time.</source>
        <translation>With a real request, the town hall would now work on it, and you could check how it is going on this kiosk with the number and the access code shown here. Nothing was sent this time.</translation>
    </message>
    <message>
        <source>Questions? Ask at the information desk of {institution}, and show this number.</source>
        <translation>Questions? Ask at the information desk of {institution}, and show this number.</translation>
    </message>
    <message>
        <source>Your petition was sent to the city&apos;s reporting service. Keep this number: the city uses it when it answers you or when you ask about your petition.</source>
        <translation>Your petition was sent to the city&apos;s reporting service. Keep this number: the city uses it when it answers you or when you ask about your petition.</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>PRACTICE — this request was not sent to the town hall. The number below is only for practice.</source>
        <translation>PRACTICE — this request was not sent to the town hall. The number below is only for practice.</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>Access code (to check the status)</source>
        <translation>Access code (to check the status)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>What happens next</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>Another service</source>
        <translation>Another service</translation>
    </message>
    <message>
        <source>Finish and clear my data</source>
        <translation>Finish and clear my data</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>No date chosen</source>
        <translation>No date chosen</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Change the date</translation>
    </message>
    <message>
        <source>Choose the date</source>
        <translation>Choose the date</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>Choose the month</translation>
    </message>
    <message>
        <source>Choose the day</source>
        <translation>Choose the day</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>Choose the year</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Text and contrast</source>
        <translation>Text and contrast</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Normal text</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <source>Normal colours</source>
        <translation>Normal colours</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>There is a problem</source>
        <translation>There is a problem</translation>
    </message>
    <message>
        <source>Tap a line to go to the answer that needs a change.</source>
        <translation>Tap a line to go to the answer that needs a change.</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <source>Enter your answer here.</source>
        <translation>Enter your answer here.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Choose one of the options.</translation>
    </message>
    <message>
        <source>Choose at least {min} of the options.</source>
        <translation>Choose at least {min} of the options.</translation>
    </message>
    <message>
        <source>Choose at most {max} of the options.</source>
        <translation>Choose at most {max} of the options.</translation>
    </message>
    <message>
        <source>Tick the box to agree before you continue.</source>
        <translation>Tick the box to agree before you continue.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Enter the date.</translation>
    </message>
    <message>
        <source>Enter a real date.</source>
        <translation>Enter a real date.</translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.com.</source>
        <translation>Enter an e-mail address like name@example.com.</translation>
    </message>
    <message>
        <source>Enter a phone number using digits, like 0722 123 456.</source>
        <translation>Enter a phone number using digits, like 0722 123 456.</translation>
    </message>
    <message>
        <source>This number is not valid. Check the digits on your identity card.</source>
        <translation>This number is not valid. Check the digits on your identity card.</translation>
    </message>
    <message>
        <source>This is too short: write at least {min} characters.</source>
        <translation>This is too short: write at least {min} characters.</translation>
    </message>
    <message>
        <source>This is too long: at most {max} characters.</source>
        <translation>This is too long: at most {max} characters.</translation>
    </message>
    <message>
        <source>Enter a number, like 12.</source>
        <translation>Enter a number, like 12.</translation>
    </message>
    <message>
        <source>Enter a whole number, like 3.</source>
        <translation>Enter a whole number, like 3.</translation>
    </message>
    <message>
        <source>Enter a number from {min} to {max}.</source>
        <translation>Enter a number from {min} to {max}.</translation>
    </message>
    <message>
        <source>Enter a number bigger than {min}.</source>
        <translation>Enter a number bigger than {min}.</translation>
    </message>
    <message>
        <source>Enter a number of {min} or more.</source>
        <translation>Enter a number of {min} or more.</translation>
    </message>
    <message>
        <source>Enter a number of {max} or less.</source>
        <translation>Enter a number of {max} or less.</translation>
    </message>
    <message>
        <source>Check what you typed: it is not in the expected form.</source>
        <translation>Check what you typed: it is not in the expected form.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>Filled in from your ID chip. Check it and change it if needed.</source>
        <translation>Filled in from your ID chip. Check it and change it if needed.</translation>
    </message>
    <message>
        <source>Filled in from your ID card. Check it and change it if needed.</source>
        <translation>Filled in from your ID card. Check it and change it if needed.</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
</context>
<context>
    <name>FormJourney</name>
    <message>
        <source>This service is not available on this kiosk</source>
        <translation>This service is not available on this kiosk</translation>
    </message>
    <message>
        <source>You can ask for it at the information desk. We are sorry for the trouble.</source>
        <translation>You can ask for it at the information desk. We are sorry for the trouble.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server cannot be reached</source>
        <translation>The town hall&apos;s server cannot be reached</translation>
    </message>
    <message>
        <source>Please try again in a few minutes, or ask at the information desk. Nothing you typed is lost.</source>
        <translation>Please try again in a few minutes, or ask at the information desk. Nothing you typed is lost.</translation>
    </message>
    <message>
        <source>The town hall could not accept this request</source>
        <translation>The town hall could not accept this request</translation>
    </message>
    <message>
        <source>Your receipt is printed. Take it from the printer.</source>
        <translation>Your receipt is printed. Take it from the printer.</translation>
    </message>
    <message>
        <source>The printer is not available right now. Please write down the number and the access code.</source>
        <translation>The printer is not available right now. Please write down the number and the access code.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please write down the number and the access code.</source>
        <translation>The receipt could not be printed. Please write down the number and the access code.</translation>
    </message>
    <message>
        <source>Please take a photo of the number and the access code on the screen, or write them down.</source>
        <translation>Please take a photo of the number and the access code on the screen, or write them down.</translation>
    </message>
    <message>
        <source>Tick the statement that the person agreed, then send the request.</source>
        <translation>Tick the statement that the person agreed, then send the request.</translation>
    </message>
    <message>
        <source>Request receipt</source>
        <translation>Request receipt</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Access code</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Personal number</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Answer by</translation>
    </message>
</context>
<context>
    <name>FormStepScreen</name>
    <message>
        <source>Getting the form ready…</source>
        <translation>Getting the form ready…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>We filled in %n answer(s) from your ID card. Check them — you can change any of them.</source>
        <translation>
            <numerusform>We filled in %n answer from your ID card. Check it — you can change it.</numerusform>
            <numerusform>We filled in %n answers from your ID card. Check them — you can change any of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Why we ask this</source>
        <translation>Why we ask this</translation>
    </message>
</context>
<context>
    <name>Guided</name>
    <message>
        <source>Enter your staff PIN.</source>
        <translation>Enter your staff PIN.</translation>
    </message>
    <message>
        <source>No library staff are set up on this kiosk yet. A technician adds them in the admin screen.</source>
        <translation>No library staff are set up on this kiosk yet. A technician adds them in the admin screen.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>Too many wrong PINs. Try again in %n second.</translation>
    </message>
</context>
<context>
    <name>GuidedBanner</name>
    <message>
        <source>PRACTICE — nothing is sent to the town hall</source>
        <translation>PRACTICE — nothing is sent to the town hall</translation>
    </message>
    <message>
        <source>Guided by %1 (library staff)</source>
        <translation>Guided by %1 (library staff)</translation>
    </message>
    <message>
        <source>Sample person: %1</source>
        <translation>Sample person: %1</translation>
    </message>
    <message>
        <source>For someone who is not here</source>
        <translation>For someone who is not here</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Staff menu</translation>
    </message>
</context>
<context>
    <name>GuidedForm</name>
    <message>
        <source>I confirm that the person named in this request asked me to send it for them and agreed that their details are used for it.</source>
        <translation>I confirm that the person named in this request asked me to send it for them and agreed that their details are used for it.</translation>
    </message>
</context>
<context>
    <name>GuidedSignInScreen</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Staff sign-in</translation>
    </message>
    <message>
        <source>For library staff: enter your staff PIN to guide this session.</source>
        <translation>For library staff: enter your staff PIN to guide this session.</translation>
    </message>
    <message numerus="yes">
        <source>%n digits typed</source>
        <translation>
            <numerusform>%n digit typed</numerusform>
            <numerusform>%n digits typed</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Touch the service you need, or type a word in the box at the top, for example &quot;certificate&quot;.</source>
        <translation>Touch the service you need, or type a word in the box at the top, for example &quot;certificate&quot;.</translation>
    </message>
    <message>
        <source>This page says which documents you need, what it costs and how long it takes.</source>
        <translation>This page says which documents you need, what it costs and how long it takes.</translation>
    </message>
    <message>
        <source>Touch the numbers and signs as on a pocket calculator. Your results are listed on the right.</source>
        <translation>Touch the numbers and signs as on a pocket calculator. Your results are listed on the right.</translation>
    </message>
    <message>
        <source>Days in red are public holidays. Touch a day to see the opening hours.</source>
        <translation>Days in red are public holidays. Touch a day to see the opening hours.</translation>
    </message>
    <message>
        <source>Touch the language you speak.</source>
        <translation>Touch the language you speak.</translation>
    </message>
    <message>
        <source>The &quot;Finish&quot; button at the top right deletes everything you entered.</source>
        <translation>The &quot;Finish&quot; button at the top right deletes everything you entered.</translation>
    </message>
    <message>
        <source>I need help from a member of staff</source>
        <translation>I need help from a member of staff</translation>
    </message>
    <message>
        <source>Please go to the information desk or wave to a member of staff: they will come to help you.</source>
        <translation>Please go to the information desk or wave to a member of staff: they will come to help you.</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>Staff sign-in</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Day after New Year&apos;s Day</source>
        <translation>Day after New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation>Epiphany</translation>
    </message>
    <message>
        <source>Synaxis of Saint John the Baptist</source>
        <translation>Synaxis of Saint John the Baptist</translation>
    </message>
    <message>
        <source>Union Day</source>
        <translation>Union Day</translation>
    </message>
    <message>
        <source>Pentecost Sunday</source>
        <translation>Pentecost Sunday</translation>
    </message>
    <message>
        <source>Pentecost Monday</source>
        <translation>Pentecost Monday</translation>
    </message>
    <message>
        <source>Dormition of the Mother of God</source>
        <translation>Dormition of the Mother of God</translation>
    </message>
    <message>
        <source>Saint Andrew&apos;s Day</source>
        <translation>Saint Andrew&apos;s Day</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>National Day</translation>
    </message>
    <message>
        <source>Second Day of Christmas (Old Style)</source>
        <translation>Second Day of Christmas (Old Style)</translation>
    </message>
    <message>
        <source>Memorial Easter</source>
        <translation>Memorial Easter</translation>
    </message>
    <message>
        <source>Victory Day and Europe Day</source>
        <translation>Victory Day and Europe Day</translation>
    </message>
    <message>
        <source>Victory Day</source>
        <translation>Victory Day</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Independence Day</translation>
    </message>
    <message>
        <source>National Language Day</source>
        <translation>National Language Day</translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation>Liberation Day</translation>
    </message>
    <message>
        <source>Holy Saturday</source>
        <translation>Holy Saturday</translation>
    </message>
    <message>
        <source>Saint George&apos;s Day and Day of the Bulgarian Army</source>
        <translation>Saint George&apos;s Day and Day of the Bulgarian Army</translation>
    </message>
    <message>
        <source>Day of Bulgarian Education, Culture and Slavic Script</source>
        <translation>Day of Bulgarian Education, Culture and Slavic Script</translation>
    </message>
    <message>
        <source>Unification Day</source>
        <translation>Unification Day</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Christmas Eve</translation>
    </message>
    <message>
        <source>Day off in lieu of a public holiday</source>
        <translation>Day off in lieu of a public holiday</translation>
    </message>
    <message>
        <source>Trinity Sunday</source>
        <translation>Trinity Sunday</translation>
    </message>
    <message>
        <source>Labour Day (second day)</source>
        <translation>Labour Day (second day)</translation>
    </message>
    <message>
        <source>Day of Remembrance and Victory</source>
        <translation>Day of Remembrance and Victory</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Constitution Day</translation>
    </message>
    <message>
        <source>Statehood Day</source>
        <translation>Statehood Day</translation>
    </message>
    <message>
        <source>Defenders&apos; Day</source>
        <translation>Defenders&apos; Day</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Good Friday</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Easter Sunday</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <source>Children&apos;s Day</source>
        <translation>Children&apos;s Day</translation>
    </message>
    <message>
        <source>International Women&apos;s Day</source>
        <translation>International Women&apos;s Day</translation>
    </message>
    <message>
        <source>Christmas (Old Style)</source>
        <translation>Christmas (Old Style)</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Christmas Day</translation>
    </message>
    <message>
        <source>Second Day of Christmas</source>
        <translation>Second Day of Christmas</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What do you need?</source>
        <translation>What do you need?</translation>
    </message>
    <message>
        <source>Nothing found. Try another word, or choose from the list below.</source>
        <translation>Nothing found. Try another word, or choose from the list below.</translation>
    </message>
    <message>
        <source>Also on this kiosk</source>
        <translation>Also on this kiosk</translation>
    </message>
    <message>
        <source>Check a request</source>
        <translation>Check a request</translation>
    </message>
    <message>
        <source>With the number and code on your receipt</source>
        <translation>With the number and code on your receipt</translation>
    </message>
    <message>
        <source>Cancel an appointment</source>
        <translation>Cancel an appointment</translation>
    </message>
    <message>
        <source>With the number and code you received</source>
        <translation>With the number and code you received</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Calculator</translation>
    </message>
    <message>
        <source>Add up fees and taxes</source>
        <translation>Add up fees and taxes</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Opening hours and public holidays</source>
        <translation>Opening hours and public holidays</translation>
    </message>
    <message>
        <source>Practise with a sample person</source>
        <translation>Practise with a sample person</translation>
    </message>
    <message>
        <source>Try a request; nothing is sent</source>
        <translation>Try a request; nothing is sent</translation>
    </message>
</context>
<context>
    <name>IdScan</name>
    <message>
        <source>Hold the back of your card in the frame, with the lines of letters at the bottom</source>
        <translation>Hold the back of your card in the frame, with the lines of letters at the bottom</translation>
    </message>
    <message>
        <source>Reading your card… Hold it still</source>
        <translation>Reading your card… Hold it still</translation>
    </message>
    <message>
        <source>Show the back of the card, with the lines of letters and &lt;&lt;&lt;</source>
        <translation>Show the back of the card, with the lines of letters and &lt;&lt;&lt;</translation>
    </message>
    <message>
        <source>Hold the card closer</source>
        <translation>Hold the card closer</translation>
    </message>
    <message>
        <source>Hold the card still</source>
        <translation>Hold the card still</translation>
    </message>
    <message>
        <source>Tilt the card a little — there is a reflection</source>
        <translation>Tilt the card a little — there is a reflection</translation>
    </message>
    <message>
        <source>It is too dark. Find more light</source>
        <translation>It is too dark. Find more light</translation>
    </message>
    <message>
        <source>Turn the card over: the lines with &lt;&lt;&lt; go at the bottom</source>
        <translation>Turn the card over: the lines with &lt;&lt;&lt; go at the bottom</translation>
    </message>
    <message>
        <source>Show one card at a time</source>
        <translation>Show one card at a time</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Your personal identification number</source>
        <translation>Your personal identification number</translation>
    </message>
    <message>
        <source>Your date of birth</source>
        <translation>Your date of birth</translation>
    </message>
    <message>
        <source>Your sex</source>
        <translation>Your sex</translation>
    </message>
    <message>
        <source>Your nationality</source>
        <translation>Your nationality</translation>
    </message>
    <message>
        <source>The card&apos;s number</source>
        <translation>The card&apos;s number</translation>
    </message>
    <message>
        <source>The card&apos;s expiry date</source>
        <translation>The card&apos;s expiry date</translation>
    </message>
</context>
<context>
    <name>IdScanScreen</name>
    <message>
        <source>Scan your ID card</source>
        <translation>Scan your ID card</translation>
    </message>
    <message>
        <source>The kiosk can read your details from the back of your identity card, so you do not have to type them.</source>
        <translation>The kiosk can read your details from the back of your identity card, so you do not have to type them.</translation>
    </message>
    <message>
        <source>The kiosk can read your details from the chip of your identity card, so you do not have to type them.</source>
        <translation>The kiosk can read your details from the chip of your identity card, so you do not have to type them.</translation>
    </message>
    <message>
        <source>It will read:</source>
        <translation>It will read:</translation>
    </message>
    <message>
        <source>The kiosk reads your card only to fill in this form. Nothing is kept after you finish.</source>
        <translation>The kiosk reads your card only to fill in this form. Nothing is kept after you finish.</translation>
    </message>
    <message>
        <source>Scan my ID card</source>
        <translation>Scan my ID card</translation>
    </message>
    <message>
        <source>Place your card on the reader</source>
        <translation>Place your card on the reader</translation>
    </message>
    <message>
        <source>Hold the card in front of the camera, about a hand&apos;s width away. It may take a few seconds.</source>
        <translation>Hold the card in front of the camera, about a hand&apos;s width away. It may take a few seconds.</translation>
    </message>
    <message>
        <source>We could not read your card</source>
        <translation>We could not read your card</translation>
    </message>
    <message>
        <source>The camera is not working. Type your details instead.</source>
        <translation>The camera is not working. Type your details instead.</translation>
    </message>
    <message>
        <source>The card may be worn, or a light may be reflecting on it. You can try again, or type your details. It takes a minute.</source>
        <translation>The card may be worn, or a light may be reflecting on it. You can try again, or type your details. It takes a minute.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Type it in instead</source>
        <translation>Type it in instead</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <source>To protect your data, this session will end in %n second(s) and everything you entered will be deleted.</source>
        <translation>
            <numerusform>To protect your data, this session will end in %n second and everything you entered will be deleted.</numerusform>
            <numerusform>To protect your data, this session will end in %n seconds and everything you entered will be deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>I need more time</translation>
    </message>
    <message>
        <source>Finish now and delete my data</source>
        <translation>Finish now and delete my data</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PaymentQrScreen</name>
    <message>
        <source>Pay on your phone</source>
        <translation>Pay on your phone</translation>
    </message>
    <message>
        <source>Paid. Thank you.</source>
        <translation>Paid. Thank you.</translation>
    </message>
    <message>
        <source>The town hall has received %1. Your phone shows the receipt.</source>
        <translation>The town hall has received %1. Your phone shows the receipt.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <source>This payment code has run out of time. Nothing was paid.</source>
        <translation>This payment code has run out of time. Nothing was paid.</translation>
    </message>
    <message>
        <source>Make a new payment code</source>
        <translation>Make a new payment code</translation>
    </message>
    <message>
        <source>Payment code for %1</source>
        <translation>Payment code for %1</translation>
    </message>
    <message>
        <source>1. Open your phone&apos;s camera.</source>
        <translation>1. Open your phone&apos;s camera.</translation>
    </message>
    <message>
        <source>2. Point it at the code.</source>
        <translation>2. Point it at the code.</translation>
    </message>
    <message>
        <source>3. Pay on the page that opens.</source>
        <translation>3. Pay on the page that opens.</translation>
    </message>
    <message>
        <source>This screen changes by itself when your payment has arrived.</source>
        <translation>This screen changes by itself when your payment has arrived.</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valid until %1</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Print a payment slip</source>
        <translation>Print a payment slip</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>To pay at a bank or post office instead</source>
        <translation>To pay at a bank or post office instead</translation>
    </message>
</context>
<context>
    <name>PortalErrors</name>
    <message>
        <source>Something went wrong while talking to the town hall&apos;s server.</source>
        <translation>Something went wrong while talking to the town hall&apos;s server.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server cannot be reached right now.</source>
        <translation>The town hall&apos;s server cannot be reached right now.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server is taking too long to answer.</source>
        <translation>The town hall&apos;s server is taking too long to answer.</translation>
    </message>
    <message>
        <source>The connection to the town hall&apos;s server could not be verified as secure. Please ask the staff for help.</source>
        <translation>The connection to the town hall&apos;s server could not be verified as secure. Please ask the staff for help.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server sent an answer the kiosk cannot read.</source>
        <translation>The town hall&apos;s server sent an answer the kiosk cannot read.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server has a problem right now.</source>
        <translation>The town hall&apos;s server has a problem right now.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server is busy right now.</source>
        <translation>The town hall&apos;s server is busy right now.</translation>
    </message>
    <message>
        <source>This request is still being processed. Please wait a moment.</source>
        <translation>This request is still being processed. Please wait a moment.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server did not accept this request. Please ask the staff for help.</source>
        <translation>The town hall&apos;s server did not accept this request. Please ask the staff for help.</translation>
    </message>
    <message>
        <source>This kiosk is not allowed to connect to the town hall&apos;s server. Please ask the staff for help.</source>
        <translation>This kiosk is not allowed to connect to the town hall&apos;s server. Please ask the staff for help.</translation>
    </message>
    <message>
        <source>This kiosk is not allowed to do this. Please ask the staff for help.</source>
        <translation>This kiosk is not allowed to do this. Please ask the staff for help.</translation>
    </message>
    <message>
        <source>Nothing was found. Please check the number and code you entered.</source>
        <translation>Nothing was found. Please check the number and code you entered.</translation>
    </message>
    <message>
        <source>Some answers need to be corrected.</source>
        <translation>Some answers need to be corrected.</translation>
    </message>
    <message>
        <source>Your request is saved on this kiosk. It will be sent to the town hall as soon as the connection is back.</source>
        <translation>Your request is saved on this kiosk. It will be sent to the town hall as soon as the connection is back.</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <source>The printer is out of paper.</source>
        <translation>The printer is out of paper.</translation>
    </message>
    <message>
        <source>The paper is stuck in the printer.</source>
        <translation>The paper is stuck in the printer.</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open.</source>
        <translation>The printer&apos;s cover is open.</translation>
    </message>
    <message>
        <source>The printer is switched off or not connected.</source>
        <translation>The printer is switched off or not connected.</translation>
    </message>
    <message>
        <source>The printer has been stopped.</source>
        <translation>The printer has been stopped.</translation>
    </message>
    <message>
        <source>The printer is taking too long. Your paper may still come out.</source>
        <translation>The printer is taking too long. Your paper may still come out.</translation>
    </message>
    <message>
        <source>The printer is not working right now.</source>
        <translation>The printer is not working right now.</translation>
    </message>
    <message>
        <source>Please take a photo of your number or write it down.</source>
        <translation>Please take a photo of your number or write it down.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Keep this receipt.</source>
        <translation>Keep this receipt.</translation>
    </message>
    <message>
        <source>Keep this slip.</source>
        <translation>Keep this slip.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Printed on %1</translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation>Kiosk %1</translation>
    </message>
    <message>
        <source>PRACTICE</source>
        <translation>PRACTICE</translation>
    </message>
    <message>
        <source>Practice only. Nothing was sent to the town hall.</source>
        <translation>Practice only. Nothing was sent to the town hall.</translation>
    </message>
    <message>
        <source>Scan this code with your phone to follow your request.</source>
        <translation>Scan this code with your phone to follow your request.</translation>
    </message>
    <message>
        <source>Scan this code with your phone to add the appointment to your calendar.</source>
        <translation>Scan this code with your phone to add the appointment to your calendar.</translation>
    </message>
    <message>
        <source>Scan this code with your phone to pay online.</source>
        <translation>Scan this code with your phone to pay online.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Check a request</source>
        <translation>Check a request</translation>
    </message>
    <message>
        <source>Cancel an appointment</source>
        <translation>Cancel an appointment</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Assisted by staff</source>
        <translation>Assisted by staff</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Self-service</translation>
    </message>
    <message>
        <source>Practice sessions</source>
        <translation>Practice sessions</translation>
    </message>
    <message>
        <source>Workshop attendance</source>
        <translation>Workshop attendance</translation>
    </message>
    <message>
        <source>The kiosk’s own disk</source>
        <translation>The kiosk’s own disk</translation>
    </message>
    <message>
        <source>The report could not be written there. Is the USB stick full or read-only?</source>
        <translation>The report could not be written there. Is the USB stick full or read-only?</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>The town hall has your request. It will get a registration number soon.</source>
        <translation>The town hall has your request. It will get a registration number soon.</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Your request has a registration number and is waiting for a clerk to start on it.</source>
        <translation>Your request has a registration number and is waiting for a clerk to start on it.</translation>
    </message>
    <message>
        <source>Being worked on</source>
        <translation>Being worked on</translation>
    </message>
    <message>
        <source>A clerk is working on your request.</source>
        <translation>A clerk is working on your request.</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Waiting for you</translation>
    </message>
    <message>
        <source>The town hall needs something from you before it can go on. Look for a letter, an email or a phone call from them, or ask at the front desk.</source>
        <translation>The town hall needs something from you before it can go on. Look for a letter, an email or a phone call from them, or ask at the front desk.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Your request is finished. The town hall has sent you its answer, or will give it to you at the front desk.</source>
        <translation>Your request is finished. The town hall has sent you its answer, or will give it to you at the front desk.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>The town hall could not do what you asked. Its answer says why, and how you can challenge the decision.</source>
        <translation>The town hall could not do what you asked. Its answer says why, and how you can challenge the decision.</translation>
    </message>
    <message>
        <source>Sent to another office</source>
        <translation>Sent to another office</translation>
    </message>
    <message>
        <source>Another institution deals with this, so the town hall has sent your request on to them. They will answer you.</source>
        <translation>Another institution deals with this, so the town hall has sent your request on to them. They will answer you.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>This request was cancelled. Nothing more will be done with it.</source>
        <translation>This request was cancelled. Nothing more will be done with it.</translation>
    </message>
    <message>
        <source>Being dealt with</source>
        <translation>Being dealt with</translation>
    </message>
    <message>
        <source>Ask at the front desk if you want to know more about this step.</source>
        <translation>Ask at the front desk if you want to know more about this step.</translation>
    </message>
</context>
<context>
    <name>ScrollPage</name>
    <message>
        <source>Scroll up</source>
        <translation>Scroll up</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Scroll down</translation>
    </message>
</context>
<context>
    <name>ServiceDetail</name>
    <message>
        <source>Free of charge</source>
        <translation>Free of charge</translation>
    </message>
</context>
<context>
    <name>ServiceDetailScreen</name>
    <message>
        <source>Documents you need</source>
        <translation>Documents you need</translation>
    </message>
    <message>
        <source>No documents needed.</source>
        <translation>No documents needed.</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>How long it takes</source>
        <translation>How long it takes</translation>
    </message>
    <message>
        <source>This is not part of a practice session: booking and paying would reach the town hall. Practise a request or a petition instead.</source>
        <translation>This is not part of a practice session: booking and paying would reach the town hall. Practise a request or a petition instead.</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Book an appointment</translation>
    </message>
    <message>
        <source>See what you owe and pay</source>
        <translation>See what you owe and pay</translation>
    </message>
    <message>
        <source>Write your petition</source>
        <translation>Write your petition</translation>
    </message>
    <message>
        <source>Start your request</source>
        <translation>Start your request</translation>
    </message>
    <message>
        <source>You can also ask for this at the information desk.</source>
        <translation>You can also ask for this at the information desk.</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Staff menu</source>
        <translation>Staff menu</translation>
    </message>
    <message>
        <source>Show me: highlight what to touch</source>
        <translation>Show me: highlight what to touch</translation>
    </message>
    <message>
        <source>I submit for someone who is not here</source>
        <translation>I submit for someone who is not here</translation>
    </message>
    <message>
        <source>End the practice session</source>
        <translation>End the practice session</translation>
    </message>
    <message>
        <source>Start a practice session</source>
        <translation>Start a practice session</translation>
    </message>
    <message>
        <source>Sample person, nothing is sent</source>
        <translation>Sample person, nothing is sent</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Schedule and attendance</source>
        <translation>Schedule and attendance</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Anonymous figures, export CSV</source>
        <translation>Anonymous figures, export CSV</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>The person continues alone</source>
        <translation>The person continues alone</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>End session</translation>
    </message>
    <message>
        <source>Delete everything entered</source>
        <translation>Delete everything entered</translation>
    </message>
</context>
<context>
    <name>StatusLookup</name>
    <message>
        <source>Enter the registration number from your receipt.</source>
        <translation>Enter the registration number from your receipt.</translation>
    </message>
    <message>
        <source>A registration number has only digits and a slash, like 2026/000123. Check it on your receipt.</source>
        <translation>A registration number has only digits and a slash, like 2026/000123. Check it on your receipt.</translation>
    </message>
    <message>
        <source>Enter the access code from your receipt.</source>
        <translation>Enter the access code from your receipt.</translation>
    </message>
    <message>
        <source>We could not find a request with this number and code. Check both on your receipt and try again.</source>
        <translation>We could not find a request with this number and code. Check both on your receipt and try again.</translation>
    </message>
    <message>
        <source>We could not find this request from its code. If your receipt has a registration number and an access code, type them in.</source>
        <translation>We could not find this request from its code. If your receipt has a registration number and an access code, type them in.</translation>
    </message>
    <message>
        <source>What you typed is kept. Try again in a moment, or ask the staff for help.</source>
        <translation>What you typed is kept. Try again in a moment, or ask the staff for help.</translation>
    </message>
    <message>
        <source>We could not read a code. Hold the receipt closer, with the square code facing the camera, or type the number instead.</source>
        <translation>We could not read a code. Hold the receipt closer, with the square code facing the camera, or type the number instead.</translation>
    </message>
    <message>
        <source>This code is not from a town hall receipt. Try the square code on your receipt, or type the number instead.</source>
        <translation>This code is not from a town hall receipt. Try the square code on your receipt, or type the number instead.</translation>
    </message>
    <message>
        <source>The camera is not working right now. Please type the number instead.</source>
        <translation>The camera is not working right now. Please type the number instead.</translation>
    </message>
    <message>
        <source>We read the registration number from your receipt. Now type the access code printed next to it.</source>
        <translation>We read the registration number from your receipt. Now type the access code printed next to it.</translation>
    </message>
    <message>
        <source>Printed. Take the paper from the printer.</source>
        <translation>Printed. Take the paper from the printer.</translation>
    </message>
    <message>
        <source>The printer is not working right now. You can check the status again at any time with your receipt.</source>
        <translation>The printer is not working right now. You can check the status again at any time with your receipt.</translation>
    </message>
    <message>
        <source>You can check the status again at any time with your receipt.</source>
        <translation>You can check the status again at any time with your receipt.</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Expected by</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <source>Status of your request</source>
        <translation>Status of your request</translation>
    </message>
</context>
<context>
    <name>StatusLookupScreen</name>
    <message>
        <source>Check a request</source>
        <translation>Check a request</translation>
    </message>
    <message>
        <source>Type the registration number and the access code. Both are printed on your receipt.</source>
        <translation>Type the registration number and the access code. Both are printed on your receipt.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>For example 2026/000123</source>
        <translation>For example 2026/000123</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Access code</translation>
    </message>
    <message>
        <source>8 letters and digits, printed next to the registration number</source>
        <translation>8 letters and digits, printed next to the registration number</translation>
    </message>
    <message>
        <source>Looking it up…</source>
        <translation>Looking it up…</translation>
    </message>
    <message>
        <source>Check the status</source>
        <translation>Check the status</translation>
    </message>
    <message>
        <source>Or</source>
        <translation>Or</translation>
    </message>
    <message>
        <source>Scan the QR code on your receipt</source>
        <translation>Scan the QR code on your receipt</translation>
    </message>
    <message>
        <source>Hold the receipt in front of the camera</source>
        <translation>Hold the receipt in front of the camera</translation>
    </message>
    <message>
        <source>Scan your receipt</source>
        <translation>Scan your receipt</translation>
    </message>
    <message>
        <source>Hold your receipt in front of the camera, with the square code facing it. Keep it still for a moment.</source>
        <translation>Hold your receipt in front of the camera, with the square code facing it. Keep it still for a moment.</translation>
    </message>
    <message>
        <source>Type the number instead</source>
        <translation>Type the number instead</translation>
    </message>
</context>
<context>
    <name>StatusTimelineScreen</name>
    <message>
        <source>Your request</source>
        <translation>Your request</translation>
    </message>
    <message>
        <source>Registration number %1</source>
        <translation>Registration number %1</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Status now</translation>
    </message>
    <message>
        <source>We expect to answer by %1.</source>
        <translation>We expect to answer by %1.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Print this status</source>
        <translation>Print this status</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>Check another request</source>
        <translation>Check another request</translation>
    </message>
    <message>
        <source>What has happened so far</source>
        <translation>What has happened so far</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (now)</translation>
    </message>
</context>
<context>
    <name>StreetPicker</name>
    <message>
        <source>Keep this street</source>
        <translation>Keep this street</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change the street</source>
        <translation>Change the street</translation>
    </message>
    <message>
        <source>Type the first letters of the street name</source>
        <translation>Type the first letters of the street name</translation>
    </message>
    <message>
        <source>No street found. Check the spelling, or type fewer letters.</source>
        <translation>No street found. Check the spelling, or type fewer letters.</translation>
    </message>
    <message>
        <source>Type more letters to see fewer streets</source>
        <translation>Type more letters to see fewer streets</translation>
    </message>
</context>
<context>
    <name>Taxes</name>
    <message>
        <source>Nothing has been paid. Try again in a moment, or ask the staff for help.</source>
        <translation>Nothing has been paid. Try again in a moment, or ask the staff for help.</translation>
    </message>
    <message>
        <source>Some of these amounts have changed, or are being paid right now. Go back and look them up again.</source>
        <translation>Some of these amounts have changed, or are being paid right now. Go back and look them up again.</translation>
    </message>
    <message>
        <source>Printed. Take the slip from the printer to pay at a bank or post office.</source>
        <translation>Printed. Take the slip from the printer to pay at a bank or post office.</translation>
    </message>
    <message>
        <source>The printer is not working right now. To pay at a bank or post office, write down the order number: %1</source>
        <translation>The printer is not working right now. To pay at a bank or post office, write down the order number: %1</translation>
    </message>
    <message>
        <source>To pay at a bank or post office, take a photo of the order number or write it down: %1</source>
        <translation>To pay at a bank or post office, take a photo of the order number or write it down: %1</translation>
    </message>
    <message>
        <source>Overdue: it was due on %1</source>
        <translation>Overdue: it was due on %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Due by %1</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>For %1</translation>
    </message>
    <message>
        <source>Tick at least one to pay</source>
        <translation>Tick at least one to pay</translation>
    </message>
    <message>
        <source>Pay %1 on your phone</source>
        <translation>Pay %1 on your phone</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Personal number</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Payment slip</source>
        <translation>Payment slip</translation>
    </message>
    <message>
        <source>To pay in person, show this slip at the town hall&apos;s cash desk, a bank or a post office.</source>
        <translation>To pay in person, show this slip at the town hall&apos;s cash desk, a bank or a post office.</translation>
    </message>
    <message>
        <source>Or scan the code with your phone to pay online.</source>
        <translation>Or scan the code with your phone to pay online.</translation>
    </message>
</context>
<context>
    <name>TaxesListScreen</name>
    <message>
        <source>What you owe</source>
        <translation>What you owe</translation>
    </message>
    <message>
        <source>For personal number %1</source>
        <translation>For personal number %1</translation>
    </message>
    <message>
        <source>You owe nothing.</source>
        <translation>You owe nothing.</translation>
    </message>
    <message>
        <source>There are no unpaid taxes or bills for this personal number.</source>
        <translation>There are no unpaid taxes or bills for this personal number.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <source>Tick what you want to pay now. Everything is ticked to start with.</source>
        <translation>Tick what you want to pay now. Everything is ticked to start with.</translation>
    </message>
    <message>
        <source>Total to pay now (%1 of %2)</source>
        <translation>Total to pay now (%1 of %2)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Making your payment code…</source>
        <translation>Making your payment code…</translation>
    </message>
    <message>
        <source>You will get a code to scan with your phone</source>
        <translation>You will get a code to scan with your phone</translation>
    </message>
</context>
<context>
    <name>TaxesLookup</name>
    <message>
        <source>Personal numeric code (CNP)</source>
        <translation>Personal numeric code (CNP)</translation>
    </message>
    <message>
        <source>Personal identification number (IDNP)</source>
        <translation>Personal identification number (IDNP)</translation>
    </message>
    <message>
        <source>Personal number (EGN)</source>
        <translation>Personal number (EGN)</translation>
    </message>
    <message>
        <source>Taxpayer number (RNOKPP)</source>
        <translation>Taxpayer number (RNOKPP)</translation>
    </message>
    <message>
        <source>Enter your %1. It is on your identity card.</source>
        <translation>Enter your %1. It is on your identity card.</translation>
    </message>
    <message>
        <source>Your %1 has only digits. Type just the digits.</source>
        <translation>Your %1 has only digits. Type just the digits.</translation>
    </message>
    <message>
        <source>Your %1 has %2 digits. You typed %3.</source>
        <translation>Your %1 has %2 digits. You typed %3.</translation>
    </message>
    <message>
        <source>This %1 is not right. Check each digit against your identity card.</source>
        <translation>This %1 is not right. Check each digit against your identity card.</translation>
    </message>
</context>
<context>
    <name>TaxesLookupScreen</name>
    <message>
        <source>Taxes and bills</source>
        <translation>Taxes and bills</translation>
    </message>
    <message>
        <source>Type your personal number to see what you owe. Nothing is paid until you choose to pay.</source>
        <translation>Type your personal number to see what you owe. Nothing is paid until you choose to pay.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>%1 digits, printed on your identity card</source>
        <translation>%1 digits, printed on your identity card</translation>
    </message>
    <message>
        <source>Looking it up…</source>
        <translation>Looking it up…</translation>
    </message>
    <message>
        <source>Show what I owe</source>
        <translation>Show what I owe</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Text and contrast</source>
        <translation>Text and contrast</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Delete my data</source>
        <translation>Delete my data</translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <source>Give the workshop a title.</source>
        <translation>Give the workshop a title.</translation>
    </message>
    <message>
        <source>This date and time have passed. Choose a later one.</source>
        <translation>This date and time have passed. Choose a later one.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Removed: %1</translation>
    </message>
    <message>
        <source>Enter how many people came (0 if nobody came).</source>
        <translation>Enter how many people came (0 if nobody came).</translation>
    </message>
    <message>
        <source>Attendance recorded for %1: %2</source>
        <translation>Attendance recorded for %1: %2</translation>
    </message>
</context>
<context>
    <name>YesNoChoice</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
</TS>
