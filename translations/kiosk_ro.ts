<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO" sourcelanguage="en">
<context>
    <name>Admin</name>
    <message>
        <source>%1 free of %2</source>
        <translation>Liber: %1 din %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Necunoscut</translation>
    </message>
    <message>
        <source>Enter the admin PIN</source>
        <translation>Introduceți PIN-ul de administrator</translation>
    </message>
    <message>
        <source>No admin PIN is set on this kiosk. See “Admin screen” in the README.</source>
        <translation>Pe acest terminal nu este setat un PIN de administrator. Vedeți „Admin screen” în README.</translation>
    </message>
    <message>
        <source>That PIN is not right. %n more tries before the PIN pad locks.</source>
        <translation>PIN-ul nu este corect. Încercări rămase până la blocare: %n.</translation>
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
        <translation>Meniu administrare</translation>
    </message>
    <message>
        <source>Close admin</source>
        <translation>Închideți administrarea</translation>
    </message>
</context>
<context>
    <name>AdminDevices</name>
    <message>
        <source>No card reader is set up</source>
        <translation>Nu este configurat un cititor de carduri</translation>
    </message>
    <message>
        <source>Printer test</source>
        <translation>Test imprimantă</translation>
    </message>
    <message>
        <source>No printer is set up</source>
        <translation>Nu este configurată o imprimantă</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Necunoscut</translation>
    </message>
    <message>
        <source>Out of paper</source>
        <translation>Fără hârtie</translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation>Hârtie blocată</translation>
    </message>
    <message>
        <source>Cover open</source>
        <translation>Capac deschis</translation>
    </message>
    <message>
        <source>Printer off or not connected</source>
        <translation>Imprimantă oprită sau neconectată</translation>
    </message>
    <message>
        <source>Queue stopped (cupsenable to start it)</source>
        <translation>Coadă oprită (porniți-o cu cupsenable)</translation>
    </message>
    <message>
        <source>Queue refuses jobs (cupsaccept to open it)</source>
        <translation>Coada refuză lucrările (deschideți-o cu cupsaccept)</translation>
    </message>
    <message>
        <source>The configured queue does not exist</source>
        <translation>Coada configurată nu există</translation>
    </message>
    <message>
        <source>CUPS does not answer</source>
        <translation>CUPS nu răspunde</translation>
    </message>
    <message>
        <source>Paper low</source>
        <translation>Hârtie pe terminate</translation>
    </message>
    <message>
        <source>Toner or ink low</source>
        <translation>Toner sau cerneală pe terminate</translation>
    </message>
    <message>
        <source>Other printer problem</source>
        <translation>Altă problemă a imprimantei</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pregătită</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Se tipărește</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Oprită</translation>
    </message>
    <message>
        <source>Start the camera, then hold an ID card’s back under it.</source>
        <translation>Porniți camera, apoi țineți sub ea spatele unui act de identitate.</translation>
    </message>
    <message>
        <source>Looking for the lines of letters and &lt;&lt;&lt; …</source>
        <translation>Se caută rândurile de litere și &lt;&lt;&lt; …</translation>
    </message>
    <message>
        <source>The card was read and its check digits are right.</source>
        <translation>Actul a fost citit, iar cifrele de control sunt corecte.</translation>
    </message>
    <message>
        <source>No card was read. Check the light and the focus, then try again.</source>
        <translation>Nu s-a citit niciun act. Verificați lumina și focalizarea, apoi încercați din nou.</translation>
    </message>
    <message>
        <source>The camera could not be opened. Check its cable and the camera setting.</source>
        <translation>Camera nu a putut fi pornită. Verificați cablul și setarea camerei.</translation>
    </message>
    <message>
        <source>No camera is set up on this kiosk.</source>
        <translation>Pe acest terminal nu este configurată o cameră.</translation>
    </message>
    <message>
        <source>Printing a test receipt…</source>
        <translation>Se tipărește un bon de test…</translation>
    </message>
    <message>
        <source>The test receipt was printed. Check that it is readable.</source>
        <translation>Bonul de test s-a tipărit. Verificați dacă se citește bine.</translation>
    </message>
    <message>
        <source>The printer is not available. Check the paper, the cover and the cable.</source>
        <translation>Imprimanta nu este disponibilă. Verificați hârtia, capacul și cablul.</translation>
    </message>
    <message>
        <source>The test receipt could not be printed. Look at the printer’s state above.</source>
        <translation>Bonul de test nu a putut fi tipărit. Vedeți mai sus starea imprimantei.</translation>
    </message>
    <message>
        <source>The kiosk’s own disk</source>
        <translation>Discul terminalului</translation>
    </message>
    <message>
        <source>The logs could not be written there. Is the USB stick full or read-only?</source>
        <translation>Jurnalele nu au putut fi scrise acolo. Stick-ul USB este plin sau protejat la scriere?</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Salvat ca %1</translation>
    </message>
    <message>
        <source>The card reader is not connected</source>
        <translation>Cititorul de carduri nu este conectat</translation>
    </message>
    <message>
        <source>No card on the reader</source>
        <translation>Niciun card pe cititor</translation>
    </message>
    <message>
        <source>A card is on the reader</source>
        <translation>Un card este pe cititor</translation>
    </message>
    <message>
        <source>The card on the reader is an ID document chip.</source>
        <translation>Cardul de pe cititor are cip de act de identitate.</translation>
    </message>
    <message>
        <source>The card on the reader is not an ID document chip.</source>
        <translation>Cardul de pe cititor nu are cip de act de identitate.</translation>
    </message>
    <message>
        <source>Put an ID card on the reader, then try again.</source>
        <translation>Puneți un act de identitate pe cititor, apoi încercați din nou.</translation>
    </message>
</context>
<context>
    <name>AdminDevicesScreen</name>
    <message>
        <source>Camera and card reader</source>
        <translation>Camera și cititorul de carduri</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Stop the camera</source>
        <translation>Opriți camera</translation>
    </message>
    <message>
        <source>Start the camera and read a card</source>
        <translation>Porniți camera și citiți un act</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Cititor de carduri</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a card is in the reader</source>
        <translation>un card este în cititor</translation>
    </message>
    <message>
        <source>no card in the reader</source>
        <translation>niciun card în cititor</translation>
    </message>
    <message>
        <source>Test read</source>
        <translation>Citire de test</translation>
    </message>
</context>
<context>
    <name>AdminHomeScreen</name>
    <message>
        <source>Technician settings</source>
        <translation>Setări pentru tehnician</translation>
    </message>
    <message>
        <source>Kiosk ID</source>
        <translation>ID terminal</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locație</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Versiunea aplicației</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>Timp de funcționare</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Spațiu pe disc</translation>
    </message>
    <message>
        <source>The disk is almost full. Export the logs, then ask for the kiosk to be serviced.</source>
        <translation>Discul este aproape plin. Salvați jurnalele, apoi cereți revizia terminalului.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Kiosk ID, languages, timeouts, display, camera</source>
        <translation>ID terminal, limbi, timpi de așteptare, afișaj, cameră</translation>
    </message>
    <message>
        <source>Camera and card reader</source>
        <translation>Camera și cititorul de carduri</translation>
    </message>
    <message>
        <source>Live picture and a test read</source>
        <translation>Imagine în direct și citire de test</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimantă</translation>
    </message>
    <message>
        <source>State and a test receipt</source>
        <translation>Stare și bon de test</translation>
    </message>
    <message>
        <source>Portal connection</source>
        <translation>Conexiunea la portal</translation>
    </message>
    <message>
        <source>Check the connection, enrol this kiosk</source>
        <translation>Verificați conexiunea, înregistrați terminalul</translation>
    </message>
    <message>
        <source>Waiting requests</source>
        <translation>Cereri în așteptare</translation>
    </message>
    <message>
        <source>Counts and send now</source>
        <translation>Câte sunt și trimitere imediată</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Jurnale</translation>
    </message>
    <message>
        <source>Save the logs to a USB stick</source>
        <translation>Salvați jurnalele pe un stick USB</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliere</translation>
    </message>
    <message>
        <source>Schedule and attendance</source>
        <translation>Program și prezență</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raport</translation>
    </message>
    <message>
        <source>Anonymous figures, export CSV</source>
        <translation>Cifre anonime, export CSV</translation>
    </message>
    <message>
        <source>Library staff</source>
        <translation>Personalul bibliotecii</translation>
    </message>
    <message>
        <source>Who may sign in to guide sessions</source>
        <translation>Cine se poate autentifica pentru a asista sesiuni</translation>
    </message>
    <message>
        <source>Restart the kiosk app</source>
        <translation>Reporniți aplicația terminalului</translation>
    </message>
    <message>
        <source>Needed after saving settings or enrolling</source>
        <translation>Necesar după salvarea setărilor sau înregistrare</translation>
    </message>
</context>
<context>
    <name>AdminLockoutScreen</name>
    <message>
        <source>The PIN pad is locked</source>
        <translation>Tastatura PIN este blocată</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închideți</translation>
    </message>
    <message>
        <source>The wrong PIN was entered too many times.</source>
        <translation>S-a introdus un PIN greșit de prea multe ori.</translation>
    </message>
    <message>
        <source>You can try again in %1.</source>
        <translation>Puteți încerca din nou peste %1.</translation>
    </message>
    <message>
        <source>Each further wrong PIN makes the wait longer. If you have forgotten the PIN, set a new one from the kiosk&apos;s terminal (see the README).</source>
        <translation>Fiecare PIN greșit în plus prelungește așteptarea. Dacă ați uitat PIN-ul, setați unul nou din linia de comandă a terminalului (vedeți README).</translation>
    </message>
</context>
<context>
    <name>AdminLogsScreen</name>
    <message>
        <source>Logs</source>
        <translation>Jurnale</translation>
    </message>
    <message>
        <source>Plug in a USB stick, then choose where to save the logs. Personal data is removed from them.</source>
        <translation>Introduceți un stick USB, apoi alegeți unde salvați jurnalele. Datele personale sunt eliminate din ele.</translation>
    </message>
    <message>
        <source>Save to %1</source>
        <translation>Salvați pe %1</translation>
    </message>
</context>
<context>
    <name>AdminOutboxScreen</name>
    <message>
        <source>Waiting requests</source>
        <translation>Cereri în așteptare</translation>
    </message>
    <message>
        <source>The kiosk is not connected to a portal yet, so there is no outbox.</source>
        <translation>Terminalul nu este încă conectat la un portal, deci nu are coadă de trimitere.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Trimiteți acum</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Reîmprospătați</translation>
    </message>
</context>
<context>
    <name>AdminPinScreen</name>
    <message>
        <source>Technician access</source>
        <translation>Acces tehnician</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Renunțați</translation>
    </message>
    <message>
        <source>Enter the admin PIN.</source>
        <translation>Introduceți PIN-ul de administrator.</translation>
    </message>
    <message>
        <source>No admin PIN is set on this kiosk yet.</source>
        <translation>Pe acest terminal nu este setat încă un PIN de administrator.</translation>
    </message>
    <message numerus="yes">
        <source>%n digits typed</source>
        <translation>
            <numerusform>%n cifră introdusă</numerusform>
            <numerusform>%n cifre introduse</numerusform>
            <numerusform>%n de cifre introduse</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Ștergeți ultima cifră</translation>
    </message>
</context>
<context>
    <name>AdminPortal</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>În așteptarea trimiterii</translation>
    </message>
    <message>
        <source>Being sent now</source>
        <translation>În curs de trimitere</translation>
    </message>
    <message>
        <source>Could not be sent (needs a retry)</source>
        <translation>Netrimis (trebuie reîncercat)</translation>
    </message>
    <message>
        <source>Delivered (receipts kept)</source>
        <translation>Livrat (confirmările se păstrează)</translation>
    </message>
    <message>
        <source>Enter the portal’s address, starting with https://</source>
        <translation>Introduceți adresa portalului, care începe cu https://</translation>
    </message>
    <message>
        <source>That code did not work. Codes work only once and expire: ask for a new one.</source>
        <translation>Codul nu a funcționat. Codurile merg o singură dată și expiră: cereți unul nou.</translation>
    </message>
    <message>
        <source>The kiosk cannot reach that address. Check the address and the network.</source>
        <translation>Terminalul nu poate accesa această adresă. Verificați adresa și rețeaua.</translation>
    </message>
    <message>
        <source>The portal’s certificate is not trusted. Check the address, or ask for the portal’s certificate authority (ca_bundle).</source>
        <translation>Certificatul portalului nu este de încredere. Verificați adresa sau cereți autoritatea de certificare a portalului (ca_bundle).</translation>
    </message>
    <message>
        <source>The portal did not accept the enrolment. Try again, or ask for a new code.</source>
        <translation>Portalul nu a acceptat înregistrarea. Încercați din nou sau cereți un cod nou.</translation>
    </message>
    <message>
        <source>The kiosk could not store its token in the system keyring. Restart the kiosk and try again.</source>
        <translation>Terminalul nu a putut salva tokenul în depozitul de chei al sistemului. Reporniți terminalul și încercați din nou.</translation>
    </message>
    <message>
        <source>Portal reachable</source>
        <translation>Portal accesibil</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Secure, certificate checked</source>
        <translation>Sigură, certificat verificat</translation>
    </message>
    <message>
        <source>Not encrypted (http): use https on a real kiosk</source>
        <translation>Necriptată (http): folosiți https pe un terminal real</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificatul nu este de încredere</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Necunoscut</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Conexiune securizată (TLS)</translation>
    </message>
    <message>
        <source>This kiosk is enrolled</source>
        <translation>Terminalul este înregistrat</translation>
    </message>
    <message>
        <source>Yes, as %1</source>
        <translation>Da, ca %1</translation>
    </message>
    <message>
        <source>No: enrol it below</source>
        <translation>Nu: înregistrați-l mai jos</translation>
    </message>
    <message>
        <source>Right (%n s apart)</source>
        <translation>Corect (diferență de %n s)</translation>
    </message>
    <message>
        <source>Wrong by %n s: set the kiosk’s date and time</source>
        <translation>Diferență de %n s: setați data și ora terminalului</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Ceas</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Se înregistrează…</translation>
    </message>
    <message>
        <source>This kiosk is enrolled with %1. Restart the kiosk to connect.</source>
        <translation>Terminalul este înregistrat la %1. Reporniți terminalul ca să se conecteze.</translation>
    </message>
    <message>
        <source>This kiosk is enrolled with %1, but the address could not be saved in the settings file.</source>
        <translation>Terminalul este înregistrat la %1, dar adresa nu a putut fi salvată în fișierul de setări.</translation>
    </message>
    <message>
        <source>Sending now. The counts update in a few seconds.</source>
        <translation>Se trimite acum. Numerele se actualizează în câteva secunde.</translation>
    </message>
    <message>
        <source>No: the address cannot be reached</source>
        <translation>Nu: adresa nu poate fi accesată</translation>
    </message>
    <message>
        <source>No: it did not answer in time</source>
        <translation>Nu: nu a răspuns la timp</translation>
    </message>
    <message>
        <source>No: its certificate is not trusted</source>
        <translation>Nu: certificatul nu este de încredere</translation>
    </message>
    <message>
        <source>No device token: enrol this kiosk</source>
        <translation>Fără token de dispozitiv: înregistrați terminalul</translation>
    </message>
    <message>
        <source>Not connected: enrol this kiosk, then restart</source>
        <translation>Neconectat: înregistrați terminalul, apoi reporniți</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nu</translation>
    </message>
</context>
<context>
    <name>AdminPortalScreen</name>
    <message>
        <source>Portal connection</source>
        <translation>Conexiunea la portal</translation>
    </message>
    <message>
        <source>Portal address: %1</source>
        <translation>Adresa portalului: %1</translation>
    </message>
    <message>
        <source>No portal address is set yet.</source>
        <translation>Adresa portalului nu este setată încă.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Se verifică…</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Verificați conexiunea</translation>
    </message>
    <message>
        <source>Enrol this kiosk</source>
        <translation>Înregistrați terminalul</translation>
    </message>
    <message>
        <source>Ask the portal&apos;s administrator for a one-time enrolment code for this kiosk&apos;s ID.</source>
        <translation>Cereți administratorului portalului un cod de înregistrare de unică folosință pentru ID-ul acestui terminal.</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Adresa portalului</translation>
    </message>
    <message>
        <source>One-time enrolment code</source>
        <translation>Cod de înregistrare de unică folosință</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Înregistrați</translation>
    </message>
</context>
<context>
    <name>AdminPrinterScreen</name>
    <message>
        <source>Printer</source>
        <translation>Imprimantă</translation>
    </message>
    <message>
        <source>Printer queue</source>
        <translation>Coada de imprimare</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Print a test receipt</source>
        <translation>Tipăriți un bon de test</translation>
    </message>
</context>
<context>
    <name>AdminReportScreen</name>
    <message>
        <source>Report</source>
        <translation>Raport</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Zi</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Săptămână</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Lună</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Înainte</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>După</translation>
    </message>
    <message>
        <source>Sessions by service</source>
        <translation>Sesiuni pe servicii</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>Nicio sesiune în această perioadă.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Finalizate</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Nefinalizate</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 finalizate</translation>
    </message>
    <message>
        <source>Sessions by language</source>
        <translation>Sesiuni pe limbi</translation>
    </message>
    <message>
        <source>Workshops held</source>
        <translation>Ateliere ținute</translation>
    </message>
    <message>
        <source>People who came: %1</source>
        <translation>Participanți: %1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Plug in a USB stick, then choose where to save this period&apos;s figures. They hold no personal data.</source>
        <translation>Introduceți un stick USB, apoi alegeți unde salvați cifrele acestei perioade. Nu conțin date personale.</translation>
    </message>
    <message>
        <source>Save to %1</source>
        <translation>Salvează pe %1</translation>
    </message>
</context>
<context>
    <name>AdminSettings</name>
    <message>
        <source>Kiosk ID</source>
        <translation>ID terminal</translation>
    </message>
    <message>
        <source>The name the portal knows this kiosk by, e.g. deva-lobby-1</source>
        <translation>Numele terminalului în portal, de ex. deva-lobby-1</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Numele locației</translation>
    </message>
    <message>
        <source>Kind of kiosk</source>
        <translation>Tipul terminalului</translation>
    </message>
    <message>
        <source>Town-hall lobby panel</source>
        <translation>Panou în holul primăriei</translation>
    </message>
    <message>
        <source>Library point</source>
        <translation>Punct în bibliotecă</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation>Limbi disponibile</translation>
    </message>
    <message>
        <source>Language shown first</source>
        <translation>Limba afișată la început</translation>
    </message>
    <message>
        <source>Seconds without a touch before the warning</source>
        <translation>Secunde fără atingere până la avertizare</translation>
    </message>
    <message>
        <source>Seconds the warning counts down</source>
        <translation>Secunde de numărătoare inversă la avertizare</translation>
    </message>
    <message>
        <source>Seconds before this admin screen closes itself</source>
        <translation>Secunde până la închiderea automată a ecranului de administrare</translation>
    </message>
    <message>
        <source>Screen dots per inch (DPI)</source>
        <translation>Puncte per inch ale ecranului (DPI)</translation>
    </message>
    <message>
        <source>Touch targets are sized in millimetres from this value</source>
        <translation>Din această valoare se calculează în milimetri mărimea zonelor de atingere</translation>
    </message>
    <message>
        <source>Screen rotation</source>
        <translation>Rotirea ecranului</translation>
    </message>
    <message>
        <source>Text size at the start of each session</source>
        <translation>Mărimea textului la începutul fiecărei sesiuni</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normală</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Mare</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Camera if connected, else the demo camera</source>
        <translation>Camera, dacă e conectată, altfel camera demo</translation>
    </message>
    <message>
        <source>Camera device</source>
        <translation>Dispozitivul camerei</translation>
    </message>
    <message>
        <source>Demo camera</source>
        <translation>Cameră demo</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Fără cameră</translation>
    </message>
    <message>
        <source>Camera device number (N in /dev/videoN)</source>
        <translation>Numărul dispozitivului camerei (N din /dev/videoN)</translation>
    </message>
    <message>
        <source>Where petitions go</source>
        <translation>Unde ajung petițiile</translation>
    </message>
    <message>
        <source>The portal</source>
        <translation>Portalul</translation>
    </message>
    <message>
        <source>An Open311 server</source>
        <translation>Un server Open311</translation>
    </message>
    <message>
        <source>Open311 server address</source>
        <translation>Adresa serverului Open311</translation>
    </message>
    <message>
        <source>These settings cannot be used: %1</source>
        <translation>Aceste setări nu pot fi folosite: %1</translation>
    </message>
    <message>
        <source>Choose one of the options</source>
        <translation>Alegeți una dintre opțiuni</translation>
    </message>
    <message>
        <source>Choose at least one language</source>
        <translation>Alegeți cel puțin o limbă</translation>
    </message>
    <message>
        <source>Enter up to 64 letters, digits, dots, dashes or underscores, with no spaces</source>
        <translation>Introduceți cel mult 64 de litere, cifre, puncte, cratime sau liniuțe jos, fără spații</translation>
    </message>
    <message>
        <source>Enter an address starting with https://</source>
        <translation>Introduceți o adresă care începe cu https://</translation>
    </message>
    <message>
        <source>Enter a value</source>
        <translation>Introduceți o valoare</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2</source>
        <translation>Introduceți un număr de la %1 la %2</translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2</source>
        <translation>Introduceți un număr întreg de la %1 la %2</translation>
    </message>
    <message>
        <source>This kiosk was started without a settings file, so nothing can be saved.</source>
        <translation>Terminalul a pornit fără fișier de setări, deci nu se poate salva nimic.</translation>
    </message>
    <message>
        <source>The settings file cannot be read. Nothing was changed.</source>
        <translation>Fișierul de setări nu poate fi citit. Nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <source>Saved. Restart the kiosk to use the new settings.</source>
        <translation>Salvat. Reporniți terminalul ca să folosească noile setări.</translation>
    </message>
</context>
<context>
    <name>AdminSettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Salvați setările</translation>
    </message>
</context>
<context>
    <name>AdminStaff</name>
    <message>
        <source>The staff ID may have only small letters, digits, dots, dashes and underscores.</source>
        <translation>ID-ul de personal poate avea doar litere mici, cifre, puncte, cratime și liniuțe de subliniere.</translation>
    </message>
    <message>
        <source>Enter the name shown on the banner.</source>
        <translation>Introduceți numele afișat pe banner.</translation>
    </message>
    <message>
        <source>The PIN must have %1 to %2 digits.</source>
        <translation>PIN-ul trebuie să aibă între %1 și %2 cifre.</translation>
    </message>
    <message>
        <source>Someone already has this staff ID.</source>
        <translation>Cineva are deja acest ID de personal.</translation>
    </message>
    <message>
        <source>Someone already has this PIN. Choose another one.</source>
        <translation>Cineva are deja acest PIN. Alegeți altul.</translation>
    </message>
    <message>
        <source>The two PINs are different. Type the same PIN twice.</source>
        <translation>Cele două PIN-uri diferă. Introduceți același PIN de două ori.</translation>
    </message>
    <message>
        <source>%1 can now sign in.</source>
        <translation>%1 se poate autentifica acum.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Eliminat.</translation>
    </message>
</context>
<context>
    <name>AdminStaffScreen</name>
    <message>
        <source>Library staff</source>
        <translation>Personalul bibliotecii</translation>
    </message>
    <message>
        <source>Nobody can sign in as staff yet.</source>
        <translation>Încă nimeni nu se poate autentifica drept personal.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Elimină: %1</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Adăugați un membru al personalului</translation>
    </message>
    <message>
        <source>Staff ID (sent with requests they help with)</source>
        <translation>ID de personal (trimis cu cererile la care ajută)</translation>
    </message>
    <message>
        <source>Name shown on the banner</source>
        <translation>Numele afișat pe banner</translation>
    </message>
    <message>
        <source>Staff PIN (4 to 12 digits)</source>
        <translation>PIN de personal (4–12 cifre)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Același PIN încă o dată</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adaugă</translation>
    </message>
</context>
<context>
    <name>AdminWorkshopsScreen</name>
    <message>
        <source>Workshops</source>
        <translation>Ateliere</translation>
    </message>
    <message>
        <source>Add a workshop</source>
        <translation>Adaugă un atelier</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Urmează</translation>
    </message>
    <message>
        <source>No workshops are planned.</source>
        <translation>Nu este planificat niciun atelier.</translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation>Locuri: %1</translation>
    </message>
    <message>
        <source>From the settings file</source>
        <translation>Din fișierul de setări</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifică</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Took place</source>
        <translation>Au avut loc</translation>
    </message>
    <message>
        <source>No workshops in the last two months.</source>
        <translation>Niciun atelier în ultimele două luni.</translation>
    </message>
    <message>
        <source>People who came: %1</source>
        <translation>Participanți: %1</translation>
    </message>
    <message>
        <source>Attendance not recorded yet</source>
        <translation>Prezența nu a fost încă înregistrată</translation>
    </message>
    <message>
        <source>Correct the count</source>
        <translation>Corectează numărul</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>Înregistrează prezența</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Atelier nou</translation>
    </message>
    <message>
        <source>Change the workshop</source>
        <translation>Modifică atelierul</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Loc</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data și ora</translation>
    </message>
    <message>
        <source>Day before</source>
        <translation>Cu o zi înainte</translation>
    </message>
    <message>
        <source>Day after</source>
        <translation>Cu o zi după</translation>
    </message>
    <message>
        <source>1 hour earlier</source>
        <translation>Cu 1 oră mai devreme</translation>
    </message>
    <message>
        <source>1 hour later</source>
        <translation>Cu 1 oră mai târziu</translation>
    </message>
    <message>
        <source>15 minutes earlier</source>
        <translation>Cu 15 minute mai devreme</translation>
    </message>
    <message>
        <source>15 minutes later</source>
        <translation>Cu 15 minute mai târziu</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Locuri</translation>
    </message>
    <message>
        <source>Fewer seats</source>
        <translation>Mai puține locuri</translation>
    </message>
    <message>
        <source>More seats</source>
        <translation>Mai multe locuri</translation>
    </message>
    <message>
        <source>Language of the workshop</source>
        <translation>Limba atelierului</translation>
    </message>
    <message>
        <source>Save the workshop</source>
        <translation>Salvează atelierul</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Renunțați</translation>
    </message>
    <message>
        <source>How many people came?</source>
        <translation>Câte persoane au venit?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Ștergeți ultima cifră</translation>
    </message>
</context>
<context>
    <name>AppointmentCancelScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Se încarcă…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Încercați din nou</translation>
    </message>
    <message>
        <source>Cancel an appointment</source>
        <translation>Anulați o programare</translation>
    </message>
    <message>
        <source>Enter the appointment number and the access code. They are on your appointment slip.</source>
        <translation>Introduceți numărul programării și codul de acces. Le găsiți pe bonul de programare.</translation>
    </message>
    <message>
        <source>Appointment number</source>
        <translation>Numărul programării</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Cod de acces</translation>
    </message>
    <message>
        <source>Find my appointment</source>
        <translation>Găsiți programarea</translation>
    </message>
    <message>
        <source>Is this the appointment you want to cancel?</source>
        <translation>Aceasta este programarea pe care vreți să o anulați?</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Sediu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>This appointment is not booked any more, so there is nothing to cancel.</source>
        <translation>Această programare nu mai este activă, deci nu aveți ce anula.</translation>
    </message>
    <message>
        <source>Cancel this appointment</source>
        <translation>Anulați această programare</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Păstrați-o</translation>
    </message>
    <message>
        <source>Look up another appointment</source>
        <translation>Căutați altă programare</translation>
    </message>
    <message>
        <source>Your appointment is cancelled</source>
        <translation>Programarea a fost anulată</translation>
    </message>
    <message>
        <source>%1 at %2 is free again for others. You do not need to do anything else.</source>
        <translation>Ora %2 din %1 este din nou liberă pentru alte persoane. Nu mai trebuie să faceți nimic.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Înapoi la început</translation>
    </message>
</context>
<context>
    <name>AppointmentConfirmationScreen</name>
    <message>
        <source>Your appointment is booked</source>
        <translation>Programarea a fost făcută</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Sediu</translation>
    </message>
    <message>
        <source>Appointment number</source>
        <translation>Numărul programării</translation>
    </message>
    <message>
        <source>Access code (you need it with the number to cancel)</source>
        <translation>Cod de acces (vă trebuie, împreună cu numărul, pentru anulare)</translation>
    </message>
    <message>
        <source>Bring your identity document with you. Write down the number and code, or print them.</source>
        <translation>Aduceți actul de identitate. Notați numărul și codul sau tipăriți-le.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Se tipărește…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Tipăriți</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Tipăriți din nou</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Am terminat</translation>
    </message>
    <message>
        <source>Scan to add it to your phone&apos;s calendar</source>
        <translation>Scanați ca s-o adăugați în calendarul telefonului</translation>
    </message>
</context>
<context>
    <name>AppointmentDaysScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Se încarcă…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Încercați din nou</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Alegeți ziua</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Luna anterioară</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Luna următoare</translation>
    </message>
    <message>
        <source>There are no free times at this office in the coming weeks. Please choose another office or ask at the information desk.</source>
        <translation>La acest sediu nu există ore libere în următoarele săptămâni. Vă rugăm să alegeți alt sediu sau să întrebați la ghișeul de informații.</translation>
    </message>
    <message>
        <source>Tap a green day to see its free times. Grey days are full or closed.</source>
        <translation>Atingeți o zi verde ca să vedeți orele libere. Zilele gri sunt ocupate sau nelucrătoare.</translation>
    </message>
</context>
<context>
    <name>AppointmentHoldScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Se încarcă…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Încercați din nou</translation>
    </message>
    <message>
        <source>Check and confirm your appointment</source>
        <translation>Verificați și confirmați programarea</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Sediu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Personal identification number</source>
        <translation>Cod numeric personal</translation>
    </message>
    <message>
        <source>Confirm the appointment</source>
        <translation>Confirmați programarea</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Alegeți altă oră</translation>
    </message>
</context>
<context>
    <name>AppointmentOfficesScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Se încarcă…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Încercați din nou</translation>
    </message>
    <message>
        <source>Choose an office</source>
        <translation>Alegeți sediul</translation>
    </message>
    <message>
        <source>No office takes appointments for this service at the moment. Please ask at the information desk.</source>
        <translation>Momentan niciun sediu nu face programări pentru acest serviciu. Vă rugăm să întrebați la ghișeul de informații.</translation>
    </message>
</context>
<context>
    <name>AppointmentPersonScreen</name>
    <message>
        <source>Who is the appointment for?</source>
        <translation>Pentru cine este programarea?</translation>
    </message>
    <message>
        <source>Write the details as they are on your identity card. The appointment will be in this name.</source>
        <translation>Scrieți datele exact ca în actul de identitate. Programarea va fi pe acest nume.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Personal identification number</source>
        <translation>Cod numeric personal</translation>
    </message>
    <message>
        <source>You can find it on your identity card</source>
        <translation>Îl găsiți pe actul de identitate</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuați</translation>
    </message>
</context>
<context>
    <name>AppointmentSlotsScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Se încarcă…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Încercați din nou</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Alegeți ora</translation>
    </message>
    <message>
        <source>There are no free times left on this day. Please choose another day.</source>
        <translation>În această zi nu mai sunt ore libere. Vă rugăm să alegeți altă zi.</translation>
    </message>
    <message>
        <source>Choose another day</source>
        <translation>Alegeți altă zi</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Enter your first name</source>
        <translation>Introduceți prenumele</translation>
    </message>
    <message>
        <source>Enter your surname</source>
        <translation>Introduceți numele</translation>
    </message>
    <message>
        <source>Enter your personal identification number</source>
        <translation>Introduceți codul numeric personal</translation>
    </message>
    <message>
        <source>This personal identification number is not right. Check each digit on your ID card.</source>
        <translation>Acest cod numeric personal nu este corect. Verificați fiecare cifră pe actul de identitate.</translation>
    </message>
    <message>
        <source>The appointment system cannot be reached right now. Please try again in a few minutes or ask at the information desk.</source>
        <translation>Sistemul de programări nu poate fi contactat acum. Vă rugăm să încercați din nou peste câteva minute sau să întrebați la ghișeul de informații.</translation>
    </message>
    <message>
        <source>Someone else has just taken that time. Please choose another time.</source>
        <translation>Altcineva tocmai a ocupat această oră. Vă rugăm să alegeți altă oră.</translation>
    </message>
    <message>
        <source>The time we kept for you has run out, so it was not booked. Please choose a time again.</source>
        <translation>Ora nu a mai putut fi păstrată pentru dumneavoastră, așa că programarea nu s-a făcut. Vă rugăm să alegeți din nou o oră.</translation>
    </message>
    <message>
        <source>We could not find an appointment with this number and code. Check both and try again.</source>
        <translation>Nu am găsit nicio programare cu acest număr și acest cod. Verificați-le și încercați din nou.</translation>
    </message>
    <message>
        <source>This appointment has already been cancelled.</source>
        <translation>Această programare a fost deja anulată.</translation>
    </message>
    <message>
        <source>The appointment system did not accept this. Please ask at the information desk.</source>
        <translation>Sistemul de programări nu a acceptat această operațiune. Vă rugăm să întrebați la ghișeul de informații.</translation>
    </message>
    <message>
        <source>Your appointment</source>
        <translation>Programarea dumneavoastră</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Sediu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Personal identification number</source>
        <translation>Cod numeric personal</translation>
    </message>
    <message>
        <source>Appointment number</source>
        <translation>Numărul programării</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Cod de acces</translation>
    </message>
    <message>
        <source>Bring your identity document with you.</source>
        <translation>Aduceți actul de identitate.</translation>
    </message>
    <message>
        <source>To cancel, choose “Cancel an appointment” on the kiosk and enter the number and access code.</source>
        <translation>Pentru anulare, alegeți „Anulați o programare” pe terminal și introduceți numărul și codul de acces.</translation>
    </message>
    <message>
        <source>Enter the appointment number from your slip</source>
        <translation>Introduceți numărul programării de pe bon</translation>
    </message>
    <message>
        <source>Enter the access code from your slip</source>
        <translation>Introduceți codul de acces de pe bon</translation>
    </message>
    <message>
        <source>Your slip is printing. Take it from the printer.</source>
        <translation>Bonul se tipărește. Luați-l de la imprimantă.</translation>
    </message>
    <message>
        <source>The printer is not working right now. Please write down the appointment number and access code, or scan the code with your phone.</source>
        <translation>Imprimanta nu funcționează acum. Vă rugăm să notați numărul programării și codul de acces sau să scanați codul cu telefonul.</translation>
    </message>
    <message>
        <source>Please take a photo of the appointment number and access code on the screen, or write them down.</source>
        <translation>Vă rugăm să fotografiați numărul programării și codul de acces de pe ecran sau să le notați.</translation>
    </message>
    <message>
        <source>Held for you for %1 more</source>
        <translation>Rezervată pentru dumneavoastră încă %1</translation>
    </message>
    <message>
        <source>Held for you for a few minutes. Confirm it soon.</source>
        <translation>Rezervată pentru dumneavoastră câteva minute. Confirmați-o curând.</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 libere</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Indisponibil</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Neconfirmată încă</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Programată</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulată</translation>
    </message>
    <message>
        <source>Not booked: the time ran out</source>
        <translation>Neprogramată: timpul a expirat</translation>
    </message>
</context>
<context>
    <name>Attract</name>
    <message>
        <source>Touch the screen to start</source>
        <translation>Atingeți ecranul pentru a începe</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Alegeți limba</translation>
    </message>
    <message>
        <source>Request certificates and documents without queuing</source>
        <translation>Cereți certificate și documente fără să stați la coadă</translation>
    </message>
    <message>
        <source>Check the status of your request with the code on your receipt</source>
        <translation>Verificați stadiul cererii cu codul de pe bonul primit</translation>
    </message>
    <message>
        <source>Scan your identity card to fill in forms faster</source>
        <translation>Scanați actul de identitate ca să completați formularele mai repede</translation>
    </message>
    <message>
        <source>Everything you enter is deleted when you finish</source>
        <translation>Tot ce introduceți se șterge când terminați</translation>
    </message>
    <message>
        <source>Next workshops</source>
        <translation>Următoarele ateliere</translation>
    </message>
</context>
<context>
    <name>BackBar</name>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
</context>
<context>
    <name>Calculator</name>
    <message>
        <source>Cannot divide by zero</source>
        <translation>Nu se poate împărți la zero</translation>
    </message>
    <message>
        <source>Number too large</source>
        <translation>Număr prea mare</translation>
    </message>
</context>
<context>
    <name>CalculatorScreen</name>
    <message>
        <source>Clear</source>
        <translation>Ștergere totală</translation>
    </message>
    <message>
        <source>C</source>
        <comment>calculator key that clears everything</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Ștergerea ultimei cifre</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Procent</translation>
    </message>
    <message>
        <source>Divide</source>
        <translation>Împărțit</translation>
    </message>
    <message>
        <source>Multiply</source>
        <translation>Înmulțit</translation>
    </message>
    <message>
        <source>Subtract</source>
        <translation>Minus</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Change sign</source>
        <translation>Schimbarea semnului</translation>
    </message>
    <message>
        <source>Decimal point</source>
        <translation>Virgulă zecimală</translation>
    </message>
    <message>
        <source>Equals</source>
        <translation>Egal</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Calculator</translation>
    </message>
    <message>
        <source>Your calculations</source>
        <translation>Calculele dumneavoastră</translation>
    </message>
    <message>
        <source>Results appear here. They are deleted when you finish.</source>
        <translation>Rezultatele apar aici. Se șterg când terminați.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Open: %1</source>
        <translation>Deschis: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Închis</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>Deschis acum, până la %1</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Acum este închis</translation>
    </message>
    <message>
        <source>Closed now. Opens %1 at %2</source>
        <translation>Acum este închis. Se deschide %1 la ora %2</translation>
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
        <translation>Luna anterioară</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Luna următoare</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>sărbătoare legală</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>închis</translation>
    </message>
    <message>
        <source>Public holidays this month</source>
        <translation>Sărbători legale în această lună</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Niciuna</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Astăzi</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Put the back of your card here, with the lines of letters at the bottom</source>
        <translation>Puneți aici spatele actului, cu rândurile de litere în partea de jos</translation>
    </message>
</context>
<context>
    <name>CheckAnswersScreen</name>
    <message>
        <source>Check your answers</source>
        <translation>Verificați răspunsurile</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Fără răspuns</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modificați</translation>
    </message>
    <message>
        <source>By sending this request you confirm that the answers are true.</source>
        <translation>Trimițând această cerere, confirmați că răspunsurile sunt adevărate.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Se trimite…</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Trimiteți cererea</translation>
    </message>
</context>
<context>
    <name>ChipReaderPanel</name>
    <message>
        <source>Type the card number</source>
        <translation>Introduceți numărul cardului</translation>
    </message>
    <message>
        <source>Place your card on the reader</source>
        <translation>Puneți cardul pe cititor</translation>
    </message>
    <message>
        <source>Reading the chip… Keep the card on the reader</source>
        <translation>Se citește cipul… Țineți cardul pe cititor</translation>
    </message>
    <message>
        <source>Your details from the chip</source>
        <translation>Datele dumneavoastră din cip</translation>
    </message>
    <message>
        <source>We could not read the chip</source>
        <translation>Nu am putut citi cipul</translation>
    </message>
    <message>
        <source>The 6 digits printed on the front of your card, marked CAN.</source>
        <translation>Cele 6 cifre tipărite pe fața cardului, marcate CAN.</translation>
    </message>
    <message>
        <source>Digits typed: %1 of 6</source>
        <translation>Cifre introduse: %1 din 6</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Ștergeți ultima cifră</translation>
    </message>
    <message>
        <source>Lay the card flat on the reader and leave it there until the kiosk says it is done. It takes a few seconds.</source>
        <translation>Așezați cardul pe cititor și lăsați-l acolo până când terminalul spune că a terminat. Durează câteva secunde.</translation>
    </message>
    <message>
        <source>Your photo from the chip</source>
        <translation>Fotografia dumneavoastră din cip</translation>
    </message>
    <message>
        <source>Only you can see this photo. It is not kept.</source>
        <translation>Doar dumneavoastră vedeți această fotografie. Nu se păstrează.</translation>
    </message>
    <message>
        <source>Use these details</source>
        <translation>Folosiți aceste date</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Încercați din nou</translation>
    </message>
    <message>
        <source>Choose another way</source>
        <translation>Alegeți altă cale</translation>
    </message>
</context>
<context>
    <name>ChipScan</name>
    <message>
        <source>The card reader is not working. Type your details instead.</source>
        <translation>Cititorul de carduri nu funcționează. Introduceți datele de mână.</translation>
    </message>
    <message>
        <source>No card was found on the reader.</source>
        <translation>Nu s-a găsit niciun card pe cititor.</translation>
    </message>
    <message>
        <source>No card was placed on the reader.</source>
        <translation>Nu a fost pus niciun card pe cititor.</translation>
    </message>
    <message>
        <source>This card has no ID document chip the kiosk can read.</source>
        <translation>Acest card nu are un cip de act de identitate pe care terminalul îl poate citi.</translation>
    </message>
    <message>
        <source>The card did not accept the number. Check the 6 digits on the front of your card.</source>
        <translation>Cardul nu a acceptat numărul. Verificați cele 6 cifre de pe fața cardului.</translation>
    </message>
    <message>
        <source>The card did not accept the details read by the camera. Type the card number instead.</source>
        <translation>Cardul nu a acceptat datele citite de cameră. Introduceți numărul cardului.</translation>
    </message>
    <message>
        <source>The card was taken off the reader too soon. Place it again and leave it there.</source>
        <translation>Cardul a fost luat prea devreme de pe cititor. Puneți-l din nou și lăsați-l acolo.</translation>
    </message>
    <message>
        <source>The chip could not be read. Try again, or type your details.</source>
        <translation>Cipul nu a putut fi citit. Încercați din nou sau introduceți datele de mână.</translation>
    </message>
    <message>
        <source>The chip&apos;s data did not pass the authenticity check. Type your details instead.</source>
        <translation>Datele din cip nu au trecut verificarea de autenticitate. Introduceți datele de mână.</translation>
    </message>
    <message>
        <source>Checked: the data was signed by the issuing country.</source>
        <translation>Verificat: datele au fost semnate de țara emitentă.</translation>
    </message>
    <message>
        <source>Checked against the chip&apos;s own signature only.</source>
        <translation>Verificat doar cu semnătura proprie a cipului.</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>Your request is registered</source>
        <translation>Cererea a fost înregistrată</translation>
    </message>
    <message>
        <source>Your request has been received</source>
        <translation>Cererea a fost primită</translation>
    </message>
    <message>
        <source>Your request is saved on this kiosk</source>
        <translation>Cererea este salvată pe acest terminal</translation>
    </message>
    <message>
        <source>The town hall now works on your request. You will get the answer by {date}. You can check how it is going on this kiosk with the number and the access code shown here.</source>
        <translation>Primăria se ocupă acum de cererea dumneavoastră. Veți primi răspunsul până la {date}. Puteți verifica stadiul cererii pe acest terminal, cu numărul și codul de acces de aici.</translation>
    </message>
    <message>
        <source>The town hall now works on your request. You can check how it is going on this kiosk with the number and the access code shown here.</source>
        <translation>Primăria se ocupă acum de cererea dumneavoastră. Puteți verifica stadiul cererii pe acest terminal, cu numărul și codul de acces de aici.</translation>
    </message>
    <message>
        <source>It gets its registration number in the next few hours. Keep the receipt: with the reference shown here you can check its status on this kiosk.</source>
        <translation>Va primi număr de înregistrare în următoarele ore. Păstrați bonul: cu referința de aici puteți verifica stadiul cererii pe acest terminal.</translation>
    </message>
    <message>
        <source>The connection to the town hall is down right now. Your request will be sent automatically as soon as it is back; you do not need to do anything. Keep the reference shown here.</source>
        <translation>Legătura cu primăria este întreruptă acum. Cererea va fi trimisă automat imediat ce se restabilește legătura; nu trebuie să faceți nimic. Păstrați referința de aici.</translation>
    </message>
    <message>
        <source>Practice done — this is how a registered request looks</source>
        <translation>Exercițiu încheiat — așa arată o cerere înregistrată</translation>
    </message>
    <message>
        <source>With a real request, the town hall would now work on it, and you could check how it is going on this kiosk with the number and the access code shown here. Nothing was sent this time.</source>
        <translation>La o cerere adevărată, primăria s-ar ocupa acum de ea, iar dumneavoastră ați putea verifica stadiul cererii pe acest terminal, cu numărul și codul de acces de aici. De data aceasta nu s-a trimis nimic.</translation>
    </message>
    <message>
        <source>Questions? Ask at the information desk of {institution}, and show this number.</source>
        <translation>Aveți întrebări? Întrebați la ghișeul de informații din {institution} și arătați acest număr.</translation>
    </message>
    <message>
        <source>Your petition was sent to the city&apos;s reporting service. Keep this number: the city uses it when it answers you or when you ask about your petition.</source>
        <translation>Petiția a fost trimisă serviciului de sesizări al primăriei. Păstrați acest număr: primăria îl folosește când vă răspunde sau când întrebați despre petiție.</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>PRACTICE — this request was not sent to the town hall. The number below is only for practice.</source>
        <translation>EXERSAȚIU — această cerere nu a fost trimisă primăriei. Numărul de mai jos este doar pentru exersare.</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Număr de înregistrare</translation>
    </message>
    <message>
        <source>Access code (to check the status)</source>
        <translation>Cod de acces (pentru verificarea stadiului)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referință</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Ce urmează</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Se tipărește…</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Tipăriți bonul</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Tipăriți din nou</translation>
    </message>
    <message>
        <source>Another service</source>
        <translation>Alt serviciu</translation>
    </message>
    <message>
        <source>Finish and clear my data</source>
        <translation>Termin și îmi șterg datele</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>No date chosen</source>
        <translation>Nicio dată aleasă</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Schimbați data</translation>
    </message>
    <message>
        <source>Choose the date</source>
        <translation>Alegeți data</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>Alegeți luna</translation>
    </message>
    <message>
        <source>Choose the day</source>
        <translation>Alegeți ziua</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>Alegeți anul</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Renunțați</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Text and contrast</source>
        <translation>Text și contrast</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Mărimea textului</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Text normal</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Text mare</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <source>Normal colours</source>
        <translation>Culori normale</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contrast ridicat</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>There is a problem</source>
        <translation>Există o problemă</translation>
    </message>
    <message>
        <source>Tap a line to go to the answer that needs a change.</source>
        <translation>Atingeți un rând ca să ajungeți la răspunsul care trebuie modificat.</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <source>Enter your answer here.</source>
        <translation>Scrieți răspunsul aici.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Alegeți una dintre variante.</translation>
    </message>
    <message>
        <source>Choose at least {min} of the options.</source>
        <translation>Alegeți cel puțin {min} dintre variante.</translation>
    </message>
    <message>
        <source>Choose at most {max} of the options.</source>
        <translation>Alegeți cel mult {max} dintre variante.</translation>
    </message>
    <message>
        <source>Tick the box to agree before you continue.</source>
        <translation>Bifați căsuța ca să vă dați acordul înainte de a continua.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Introduceți data.</translation>
    </message>
    <message>
        <source>Enter a real date.</source>
        <translation>Introduceți o dată corectă.</translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.com.</source>
        <translation>Introduceți o adresă de e-mail de forma nume@exemplu.com.</translation>
    </message>
    <message>
        <source>Enter a phone number using digits, like 0722 123 456.</source>
        <translation>Introduceți un număr de telefon din cifre, de exemplu 0722 123 456.</translation>
    </message>
    <message>
        <source>This number is not valid. Check the digits on your identity card.</source>
        <translation>Acest număr nu este valid. Verificați cifrele pe actul de identitate.</translation>
    </message>
    <message>
        <source>This is too short: write at least {min} characters.</source>
        <translation>Textul este prea scurt: scrieți cel puțin {min} caractere.</translation>
    </message>
    <message>
        <source>This is too long: at most {max} characters.</source>
        <translation>Textul este prea lung: cel mult {max} caractere.</translation>
    </message>
    <message>
        <source>Enter a number, like 12.</source>
        <translation>Introduceți un număr, de exemplu 12.</translation>
    </message>
    <message>
        <source>Enter a whole number, like 3.</source>
        <translation>Introduceți un număr întreg, de exemplu 3.</translation>
    </message>
    <message>
        <source>Enter a number from {min} to {max}.</source>
        <translation>Introduceți un număr de la {min} la {max}.</translation>
    </message>
    <message>
        <source>Enter a number bigger than {min}.</source>
        <translation>Introduceți un număr mai mare decât {min}.</translation>
    </message>
    <message>
        <source>Enter a number of {min} or more.</source>
        <translation>Introduceți un număr de cel puțin {min}.</translation>
    </message>
    <message>
        <source>Enter a number of {max} or less.</source>
        <translation>Introduceți un număr de cel mult {max}.</translation>
    </message>
    <message>
        <source>Check what you typed: it is not in the expected form.</source>
        <translation>Verificați ce ați scris: nu are forma așteptată.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nu</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>(optional)</source>
        <translation>(opțional)</translation>
    </message>
    <message>
        <source>Filled in from your ID chip. Check it and change it if needed.</source>
        <translation>Completat din cipul actului de identitate. Verificați și modificați dacă e nevoie.</translation>
    </message>
    <message>
        <source>Filled in from your ID card. Check it and change it if needed.</source>
        <translation>Completat din actul de identitate. Verificați și modificați dacă este nevoie.</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Eroare:</translation>
    </message>
</context>
<context>
    <name>FormJourney</name>
    <message>
        <source>This service is not available on this kiosk</source>
        <translation>Acest serviciu nu este disponibil pe acest terminal</translation>
    </message>
    <message>
        <source>You can ask for it at the information desk. We are sorry for the trouble.</source>
        <translation>Îl puteți solicita la ghișeul de informații. Ne cerem scuze pentru neplăcere.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server cannot be reached</source>
        <translation>Serverul primăriei nu poate fi contactat</translation>
    </message>
    <message>
        <source>Please try again in a few minutes, or ask at the information desk. Nothing you typed is lost.</source>
        <translation>Vă rugăm să încercați din nou peste câteva minute sau să întrebați la ghișeul de informații. Nu s-a pierdut nimic din ce ați scris.</translation>
    </message>
    <message>
        <source>The town hall could not accept this request</source>
        <translation>Primăria nu a putut accepta această cerere</translation>
    </message>
    <message>
        <source>Your receipt is printed. Take it from the printer.</source>
        <translation>Bonul s-a tipărit. Luați-l din imprimantă.</translation>
    </message>
    <message>
        <source>The printer is not available right now. Please write down the number and the access code.</source>
        <translation>Imprimanta nu este disponibilă acum. Vă rugăm să notați numărul și codul de acces.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please write down the number and the access code.</source>
        <translation>Bonul nu a putut fi tipărit. Vă rugăm să notați numărul și codul de acces.</translation>
    </message>
    <message>
        <source>Please take a photo of the number and the access code on the screen, or write them down.</source>
        <translation>Vă rugăm să fotografiați numărul și codul de acces de pe ecran sau să le notați.</translation>
    </message>
    <message>
        <source>Tick the statement that the person agreed, then send the request.</source>
        <translation>Bifați declarația că persoana și-a dat acordul, apoi trimiteți cererea.</translation>
    </message>
    <message>
        <source>Request receipt</source>
        <translation>Dovada depunerii cererii</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Număr de înregistrare</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Cod de acces</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referință</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Cod personal</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Răspuns până la</translation>
    </message>
</context>
<context>
    <name>FormStepScreen</name>
    <message>
        <source>Getting the form ready…</source>
        <translation>Se pregătește formularul…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Încercați din nou</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Înapoi la început</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Pasul %1 din %2</translation>
    </message>
    <message numerus="yes">
        <source>We filled in %n answer(s) from your ID card. Check them — you can change any of them.</source>
        <translation>
            <numerusform>Am completat %n răspuns din actul de identitate. Verificați-l — îl puteți modifica.</numerusform>
            <numerusform>Am completat %n răspunsuri din actul de identitate. Verificați-le — le puteți modifica pe oricare.</numerusform>
            <numerusform>Am completat %n de răspunsuri din actul de identitate. Verificați-le — le puteți modifica pe oricare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuați</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Why we ask this</source>
        <translation>De ce întrebăm</translation>
    </message>
</context>
<context>
    <name>Guided</name>
    <message>
        <source>Enter your staff PIN.</source>
        <translation>Introduceți PIN-ul de personal.</translation>
    </message>
    <message>
        <source>No library staff are set up on this kiosk yet. A technician adds them in the admin screen.</source>
        <translation>Pe acest chioșc nu este încă înregistrat personal al bibliotecii. Un tehnician îl adaugă din ecranul de administrare.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>Prea multe PIN-uri greșite. Încercați din nou peste %n secundă.</translation>
    </message>
</context>
<context>
    <name>GuidedBanner</name>
    <message>
        <source>PRACTICE — nothing is sent to the town hall</source>
        <translation>EXERSAȚIU — nimic nu se trimite primăriei</translation>
    </message>
    <message>
        <source>Guided by %1 (library staff)</source>
        <translation>Asistat de %1 (personalul bibliotecii)</translation>
    </message>
    <message>
        <source>Sample person: %1</source>
        <translation>Persoană fictivă: %1</translation>
    </message>
    <message>
        <source>For someone who is not here</source>
        <translation>Pentru o persoană care nu este de față</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Meniul personalului</translation>
    </message>
</context>
<context>
    <name>GuidedForm</name>
    <message>
        <source>I confirm that the person named in this request asked me to send it for them and agreed that their details are used for it.</source>
        <translation>Confirm că persoana numită în această cerere mi-a cerut să o trimit în numele ei și și-a dat acordul ca datele sale să fie folosite pentru aceasta.</translation>
    </message>
</context>
<context>
    <name>GuidedSignInScreen</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Autentificare personal</translation>
    </message>
    <message>
        <source>For library staff: enter your staff PIN to guide this session.</source>
        <translation>Pentru personalul bibliotecii: introduceți PIN-ul de personal pentru a asista această sesiune.</translation>
    </message>
    <message numerus="yes">
        <source>%n digits typed</source>
        <translation>
            <numerusform>%n cifră introdusă</numerusform>
            <numerusform>%n cifre introduse</numerusform>
            <numerusform>%n de cifre introduse</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Ștergeți ultima cifră</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Help</source>
        <translation>Ajutor</translation>
    </message>
    <message>
        <source>Touch the service you need, or type a word in the box at the top, for example &quot;certificate&quot;.</source>
        <translation>Atingeți serviciul de care aveți nevoie sau scrieți un cuvânt în căsuța de sus, de exemplu „certificat”.</translation>
    </message>
    <message>
        <source>This page says which documents you need, what it costs and how long it takes.</source>
        <translation>Această pagină arată ce documente vă trebuie, cât costă și cât durează.</translation>
    </message>
    <message>
        <source>Touch the numbers and signs as on a pocket calculator. Your results are listed on the right.</source>
        <translation>Atingeți cifrele și semnele ca la un calculator de buzunar. Rezultatele apar în dreapta.</translation>
    </message>
    <message>
        <source>Days in red are public holidays. Touch a day to see the opening hours.</source>
        <translation>Zilele scrise cu roșu sunt sărbători legale. Atingeți o zi pentru a vedea programul de lucru.</translation>
    </message>
    <message>
        <source>Touch the language you speak.</source>
        <translation>Atingeți limba pe care o vorbiți.</translation>
    </message>
    <message>
        <source>The &quot;Finish&quot; button at the top right deletes everything you entered.</source>
        <translation>Butonul „Am terminat” din dreapta sus șterge tot ce ați introdus.</translation>
    </message>
    <message>
        <source>I need help from a member of staff</source>
        <translation>Am nevoie de ajutorul unui angajat</translation>
    </message>
    <message>
        <source>Please go to the information desk or wave to a member of staff: they will come to help you.</source>
        <translation>Vă rugăm să mergeți la ghișeul de informații sau să faceți semn unui angajat: va veni să vă ajute.</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>Autentificare personal</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Anul Nou</translation>
    </message>
    <message>
        <source>Day after New Year&apos;s Day</source>
        <translation>A doua zi de Anul Nou</translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation>Boboteaza</translation>
    </message>
    <message>
        <source>Synaxis of Saint John the Baptist</source>
        <translation>Sfântul Ioan Botezătorul</translation>
    </message>
    <message>
        <source>Union Day</source>
        <translation>Ziua Unirii Principatelor Române</translation>
    </message>
    <message>
        <source>Pentecost Sunday</source>
        <translation>Rusaliile</translation>
    </message>
    <message>
        <source>Pentecost Monday</source>
        <translation>A doua zi de Rusalii</translation>
    </message>
    <message>
        <source>Dormition of the Mother of God</source>
        <translation>Adormirea Maicii Domnului</translation>
    </message>
    <message>
        <source>Saint Andrew&apos;s Day</source>
        <translation>Sfântul Andrei</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Ziua Națională a României</translation>
    </message>
    <message>
        <source>Second Day of Christmas (Old Style)</source>
        <translation>A doua zi de Crăciun pe stil vechi</translation>
    </message>
    <message>
        <source>Memorial Easter</source>
        <translation>Paștele Blajinilor</translation>
    </message>
    <message>
        <source>Victory Day and Europe Day</source>
        <translation>Ziua Victoriei și Ziua Europei</translation>
    </message>
    <message>
        <source>Victory Day</source>
        <translation>Ziua Victoriei</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Ziua Independenței</translation>
    </message>
    <message>
        <source>National Language Day</source>
        <translation>Limba noastră</translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation>Ziua Eliberării Bulgariei</translation>
    </message>
    <message>
        <source>Holy Saturday</source>
        <translation>Sâmbăta Mare</translation>
    </message>
    <message>
        <source>Saint George&apos;s Day and Day of the Bulgarian Army</source>
        <translation>Sfântul Gheorghe și Ziua Armatei Bulgare</translation>
    </message>
    <message>
        <source>Day of Bulgarian Education, Culture and Slavic Script</source>
        <translation>Ziua Educației și Culturii Bulgare și a Scrisului Slav</translation>
    </message>
    <message>
        <source>Unification Day</source>
        <translation>Ziua Unirii Bulgariei</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Ajunul Crăciunului</translation>
    </message>
    <message>
        <source>Day off in lieu of a public holiday</source>
        <translation>Zi liberă în locul unei sărbători legale</translation>
    </message>
    <message>
        <source>Trinity Sunday</source>
        <translation>Rusaliile (Sfânta Treime)</translation>
    </message>
    <message>
        <source>Labour Day (second day)</source>
        <translation>Ziua Muncii (a doua zi)</translation>
    </message>
    <message>
        <source>Day of Remembrance and Victory</source>
        <translation>Ziua Memoriei și a Victoriei asupra nazismului</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Ziua Constituției</translation>
    </message>
    <message>
        <source>Statehood Day</source>
        <translation>Ziua Statalității Ucrainene</translation>
    </message>
    <message>
        <source>Defenders&apos; Day</source>
        <translation>Ziua Apărătorilor și Apărătoarelor Ucrainei</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Vinerea Mare</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Paștele</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>A doua zi de Paști</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Ziua Muncii</translation>
    </message>
    <message>
        <source>Children&apos;s Day</source>
        <translation>Ziua Copilului</translation>
    </message>
    <message>
        <source>International Women&apos;s Day</source>
        <translation>Ziua Internațională a Femeii</translation>
    </message>
    <message>
        <source>Christmas (Old Style)</source>
        <translation>Crăciunul pe stil vechi</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Crăciunul</translation>
    </message>
    <message>
        <source>Second Day of Christmas</source>
        <translation>A doua zi de Crăciun</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What do you need?</source>
        <translation>De ce aveți nevoie?</translation>
    </message>
    <message>
        <source>Nothing found. Try another word, or choose from the list below.</source>
        <translation>Nu am găsit nimic. Încercați alt cuvânt sau alegeți din lista de mai jos.</translation>
    </message>
    <message>
        <source>Also on this kiosk</source>
        <translation>Mai găsiți aici</translation>
    </message>
    <message>
        <source>Check a request</source>
        <translation>Verificați o cerere</translation>
    </message>
    <message>
        <source>With the number and code on your receipt</source>
        <translation>Cu numărul și codul de pe bon</translation>
    </message>
    <message>
        <source>Cancel an appointment</source>
        <translation>Anulați o programare</translation>
    </message>
    <message>
        <source>With the number and code you received</source>
        <translation>Cu numărul și codul primite</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Calculator</translation>
    </message>
    <message>
        <source>Add up fees and taxes</source>
        <translation>Adunați taxele și impozitele</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Opening hours and public holidays</source>
        <translation>Programul de lucru și sărbătorile legale</translation>
    </message>
    <message>
        <source>Practise with a sample person</source>
        <translation>Exersați cu o persoană fictivă</translation>
    </message>
    <message>
        <source>Try a request; nothing is sent</source>
        <translation>Încercați o cerere; nu se trimite nimic</translation>
    </message>
</context>
<context>
    <name>IdScan</name>
    <message>
        <source>Hold the back of your card in the frame, with the lines of letters at the bottom</source>
        <translation>Țineți spatele actului în chenar, cu rândurile de litere în partea de jos</translation>
    </message>
    <message>
        <source>Reading your card… Hold it still</source>
        <translation>Citim actul… Țineți-l nemișcat</translation>
    </message>
    <message>
        <source>Show the back of the card, with the lines of letters and &lt;&lt;&lt;</source>
        <translation>Arătați spatele actului, cu rândurile de litere și &lt;&lt;&lt;</translation>
    </message>
    <message>
        <source>Hold the card closer</source>
        <translation>Țineți actul mai aproape</translation>
    </message>
    <message>
        <source>Hold the card still</source>
        <translation>Țineți actul nemișcat</translation>
    </message>
    <message>
        <source>Tilt the card a little — there is a reflection</source>
        <translation>Înclinați puțin actul — lumina se reflectă pe el</translation>
    </message>
    <message>
        <source>It is too dark. Find more light</source>
        <translation>Este prea întuneric. Căutați mai multă lumină</translation>
    </message>
    <message>
        <source>Turn the card over: the lines with &lt;&lt;&lt; go at the bottom</source>
        <translation>Rotiți actul: rândurile cu &lt;&lt;&lt; trebuie să fie jos</translation>
    </message>
    <message>
        <source>Show one card at a time</source>
        <translation>Arătați câte un singur act</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Numele și prenumele</translation>
    </message>
    <message>
        <source>Your personal identification number</source>
        <translation>Codul numeric personal</translation>
    </message>
    <message>
        <source>Your date of birth</source>
        <translation>Data nașterii</translation>
    </message>
    <message>
        <source>Your sex</source>
        <translation>Sexul</translation>
    </message>
    <message>
        <source>Your nationality</source>
        <translation>Cetățenia</translation>
    </message>
    <message>
        <source>The card&apos;s number</source>
        <translation>Numărul actului</translation>
    </message>
    <message>
        <source>The card&apos;s expiry date</source>
        <translation>Data expirării actului</translation>
    </message>
</context>
<context>
    <name>IdScanScreen</name>
    <message>
        <source>Scan your ID card</source>
        <translation>Scanați actul de identitate</translation>
    </message>
    <message>
        <source>The kiosk can read your details from the back of your identity card, so you do not have to type them.</source>
        <translation>Terminalul poate citi datele de pe spatele actului de identitate, ca să nu mai trebuiască să le scrieți.</translation>
    </message>
    <message>
        <source>The kiosk can read your details from the chip of your identity card, so you do not have to type them.</source>
        <translation>Terminalul poate citi datele din cipul actului de identitate, ca să nu mai trebuiască să le scrieți.</translation>
    </message>
    <message>
        <source>It will read:</source>
        <translation>Va citi:</translation>
    </message>
    <message>
        <source>The kiosk reads your card only to fill in this form. Nothing is kept after you finish.</source>
        <translation>Terminalul citește actul doar ca să completeze acest formular. Nu se păstrează nimic după ce terminați.</translation>
    </message>
    <message>
        <source>Scan my ID card</source>
        <translation>Scanați actul de identitate</translation>
    </message>
    <message>
        <source>Place your card on the reader</source>
        <translation>Puneți cardul pe cititor</translation>
    </message>
    <message>
        <source>Hold the card in front of the camera, about a hand&apos;s width away. It may take a few seconds.</source>
        <translation>Țineți actul în fața camerei, la o palmă distanță. Poate dura câteva secunde.</translation>
    </message>
    <message>
        <source>We could not read your card</source>
        <translation>Nu am putut citi actul</translation>
    </message>
    <message>
        <source>The camera is not working. Type your details instead.</source>
        <translation>Camera nu funcționează. Vă rugăm să introduceți datele.</translation>
    </message>
    <message>
        <source>The card may be worn, or a light may be reflecting on it. You can try again, or type your details. It takes a minute.</source>
        <translation>Actul poate fi uzat sau lumina se reflectă pe el. Puteți încerca din nou sau puteți introduce datele. Durează un minut.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Încercați din nou</translation>
    </message>
    <message>
        <source>Type it in instead</source>
        <translation>Introduceți datele</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Mai sunteți aici?</translation>
    </message>
    <message numerus="yes">
        <source>To protect your data, this session will end in %n second(s) and everything you entered will be deleted.</source>
        <translation>
            <numerusform>Pentru a vă proteja datele, sesiunea se va încheia peste %n secundă și tot ce ați introdus va fi șters.</numerusform>
            <numerusform>Pentru a vă proteja datele, sesiunea se va încheia peste %n secunde și tot ce ați introdus va fi șters.</numerusform>
            <numerusform>Pentru a vă proteja datele, sesiunea se va încheia peste %n de secunde și tot ce ați introdus va fi șters.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Am nevoie de mai mult timp</translation>
    </message>
    <message>
        <source>Finish now and delete my data</source>
        <translation>Termin acum și îmi șterg datele</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <source>Close</source>
        <translation>Închideți</translation>
    </message>
</context>
<context>
    <name>PaymentQrScreen</name>
    <message>
        <source>Pay on your phone</source>
        <translation>Plătiți cu telefonul</translation>
    </message>
    <message>
        <source>Paid. Thank you.</source>
        <translation>Plata s-a făcut. Vă mulțumim.</translation>
    </message>
    <message>
        <source>The town hall has received %1. Your phone shows the receipt.</source>
        <translation>Primăria a primit %1. Chitanța apare pe telefon.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Înapoi la început</translation>
    </message>
    <message>
        <source>This payment code has run out of time. Nothing was paid.</source>
        <translation>Acest cod de plată a expirat. Nu s-a plătit nimic.</translation>
    </message>
    <message>
        <source>Make a new payment code</source>
        <translation>Generați un cod de plată nou</translation>
    </message>
    <message>
        <source>Payment code for %1</source>
        <translation>Cod de plată pentru %1</translation>
    </message>
    <message>
        <source>1. Open your phone&apos;s camera.</source>
        <translation>1. Deschideți camera telefonului.</translation>
    </message>
    <message>
        <source>2. Point it at the code.</source>
        <translation>2. Îndreptați-o spre cod.</translation>
    </message>
    <message>
        <source>3. Pay on the page that opens.</source>
        <translation>3. Plătiți pe pagina care se deschide.</translation>
    </message>
    <message>
        <source>This screen changes by itself when your payment has arrived.</source>
        <translation>Acest ecran se schimbă singur când plata a ajuns.</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valabil până la %1</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Număr ordin de plată</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Se tipărește…</translation>
    </message>
    <message>
        <source>Print a payment slip</source>
        <translation>Tipăriți un bon de plată</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Tipăriți din nou</translation>
    </message>
    <message>
        <source>To pay at a bank or post office instead</source>
        <translation>Ca să plătiți la bancă sau la poștă</translation>
    </message>
</context>
<context>
    <name>PortalErrors</name>
    <message>
        <source>Something went wrong while talking to the town hall&apos;s server.</source>
        <translation>A apărut o problemă în comunicarea cu serverul primăriei.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server cannot be reached right now.</source>
        <translation>Serverul primăriei nu poate fi contactat în acest moment.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server is taking too long to answer.</source>
        <translation>Serverul primăriei întârzie prea mult să răspundă.</translation>
    </message>
    <message>
        <source>The connection to the town hall&apos;s server could not be verified as secure. Please ask the staff for help.</source>
        <translation>Nu s-a putut verifica dacă legătura cu serverul primăriei este sigură. Vă rugăm să cereți ajutorul personalului.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server sent an answer the kiosk cannot read.</source>
        <translation>Serverul primăriei a trimis un răspuns pe care terminalul nu îl poate citi.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server has a problem right now.</source>
        <translation>Serverul primăriei are o problemă în acest moment.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server is busy right now.</source>
        <translation>Serverul primăriei este ocupat în acest moment.</translation>
    </message>
    <message>
        <source>This request is still being processed. Please wait a moment.</source>
        <translation>Această solicitare este încă în curs de procesare. Vă rugăm să așteptați puțin.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server did not accept this request. Please ask the staff for help.</source>
        <translation>Serverul primăriei nu a acceptat această solicitare. Vă rugăm să cereți ajutorul personalului.</translation>
    </message>
    <message>
        <source>This kiosk is not allowed to connect to the town hall&apos;s server. Please ask the staff for help.</source>
        <translation>Acest terminal nu are permisiunea de a se conecta la serverul primăriei. Vă rugăm să cereți ajutorul personalului.</translation>
    </message>
    <message>
        <source>This kiosk is not allowed to do this. Please ask the staff for help.</source>
        <translation>Acest terminal nu are permisiunea pentru această operațiune. Vă rugăm să cereți ajutorul personalului.</translation>
    </message>
    <message>
        <source>Nothing was found. Please check the number and code you entered.</source>
        <translation>Nu s-a găsit nimic. Vă rugăm să verificați numărul și codul introduse.</translation>
    </message>
    <message>
        <source>Some answers need to be corrected.</source>
        <translation>Unele răspunsuri trebuie corectate.</translation>
    </message>
    <message>
        <source>Your request is saved on this kiosk. It will be sent to the town hall as soon as the connection is back.</source>
        <translation>Cererea dumneavoastră este salvată pe acest terminal. Va fi trimisă primăriei imediat ce se restabilește legătura.</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <source>The printer is out of paper.</source>
        <translation>Imprimanta nu mai are hârtie.</translation>
    </message>
    <message>
        <source>The paper is stuck in the printer.</source>
        <translation>Hârtia s-a blocat în imprimantă.</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open.</source>
        <translation>Capacul imprimantei este deschis.</translation>
    </message>
    <message>
        <source>The printer is switched off or not connected.</source>
        <translation>Imprimanta este oprită sau nu este conectată.</translation>
    </message>
    <message>
        <source>The printer has been stopped.</source>
        <translation>Imprimanta a fost pusă în pauză.</translation>
    </message>
    <message>
        <source>The printer is taking too long. Your paper may still come out.</source>
        <translation>Imprimanta răspunde greu. Foaia poate ieși totuși.</translation>
    </message>
    <message>
        <source>The printer is not working right now.</source>
        <translation>Imprimanta nu funcționează acum.</translation>
    </message>
    <message>
        <source>Please take a photo of your number or write it down.</source>
        <translation>Vă rugăm să fotografiați numărul sau să îl notați.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Keep this receipt.</source>
        <translation>Păstrați acest bon.</translation>
    </message>
    <message>
        <source>Keep this slip.</source>
        <translation>Păstrați acest bon.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Tipărit la %1</translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation>Terminal %1</translation>
    </message>
    <message>
        <source>PRACTICE</source>
        <translation>EXERCIȚIU</translation>
    </message>
    <message>
        <source>Practice only. Nothing was sent to the town hall.</source>
        <translation>Doar exercițiu. Nu s-a trimis nimic la primărie.</translation>
    </message>
    <message>
        <source>Scan this code with your phone to follow your request.</source>
        <translation>Scanați codul cu telefonul ca să urmăriți cererea.</translation>
    </message>
    <message>
        <source>Scan this code with your phone to add the appointment to your calendar.</source>
        <translation>Scanați codul cu telefonul ca să adăugați programarea în calendar.</translation>
    </message>
    <message>
        <source>Scan this code with your phone to pay online.</source>
        <translation>Scanați codul cu telefonul ca să plătiți online.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Check a request</source>
        <translation>Verificarea unei cereri</translation>
    </message>
    <message>
        <source>Cancel an appointment</source>
        <translation>Anularea unei programări</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiuni</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Finalizate</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonate</translation>
    </message>
    <message>
        <source>Assisted by staff</source>
        <translation>Asistate de personal</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Fără asistență</translation>
    </message>
    <message>
        <source>Practice sessions</source>
        <translation>Sesiuni de exersare</translation>
    </message>
    <message>
        <source>Workshop attendance</source>
        <translation>Participanți la ateliere</translation>
    </message>
    <message>
        <source>The kiosk’s own disk</source>
        <translation>Discul chioșcului</translation>
    </message>
    <message>
        <source>The report could not be written there. Is the USB stick full or read-only?</source>
        <translation>Raportul nu a putut fi scris acolo. Stick-ul USB este plin sau protejat la scriere?</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Salvat ca %1</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <source>Received</source>
        <translation>Primită</translation>
    </message>
    <message>
        <source>The town hall has your request. It will get a registration number soon.</source>
        <translation>Primăria a primit cererea. În curând va primi un număr de înregistrare.</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Înregistrată</translation>
    </message>
    <message>
        <source>Your request has a registration number and is waiting for a clerk to start on it.</source>
        <translation>Cererea are număr de înregistrare și așteaptă să fie preluată de un funcționar.</translation>
    </message>
    <message>
        <source>Being worked on</source>
        <translation>În lucru</translation>
    </message>
    <message>
        <source>A clerk is working on your request.</source>
        <translation>Un funcționar lucrează la cererea dumneavoastră.</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Așteaptă răspunsul dumneavoastră</translation>
    </message>
    <message>
        <source>The town hall needs something from you before it can go on. Look for a letter, an email or a phone call from them, or ask at the front desk.</source>
        <translation>Primăria are nevoie de ceva de la dumneavoastră ca să poată continua. Urmăriți dacă primiți o scrisoare, un e-mail sau un telefon de la primărie sau întrebați la ghișeu.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Soluționată</translation>
    </message>
    <message>
        <source>Your request is finished. The town hall has sent you its answer, or will give it to you at the front desk.</source>
        <translation>Cererea a fost soluționată. Primăria v-a trimis răspunsul sau vi-l va înmâna la ghișeu.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Respinsă</translation>
    </message>
    <message>
        <source>The town hall could not do what you asked. Its answer says why, and how you can challenge the decision.</source>
        <translation>Primăria nu a putut da curs cererii. În răspuns găsiți motivul și cum puteți contesta decizia.</translation>
    </message>
    <message>
        <source>Sent to another office</source>
        <translation>Trimisă altei instituții</translation>
    </message>
    <message>
        <source>Another institution deals with this, so the town hall has sent your request on to them. They will answer you.</source>
        <translation>De acest subiect se ocupă altă instituție, așa că primăria i-a trimis cererea dumneavoastră. Instituția respectivă vă va răspunde.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulată</translation>
    </message>
    <message>
        <source>This request was cancelled. Nothing more will be done with it.</source>
        <translation>Această cerere a fost anulată. Nu se mai lucrează la ea.</translation>
    </message>
    <message>
        <source>Being dealt with</source>
        <translation>În curs de soluționare</translation>
    </message>
    <message>
        <source>Ask at the front desk if you want to know more about this step.</source>
        <translation>Întrebați la ghișeu dacă vreți să aflați mai multe despre această etapă.</translation>
    </message>
</context>
<context>
    <name>ScrollPage</name>
    <message>
        <source>Scroll up</source>
        <translation>Derulați în sus</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Derulați în jos</translation>
    </message>
</context>
<context>
    <name>ServiceDetail</name>
    <message>
        <source>Free of charge</source>
        <translation>Gratuit</translation>
    </message>
</context>
<context>
    <name>ServiceDetailScreen</name>
    <message>
        <source>Documents you need</source>
        <translation>Documente necesare</translation>
    </message>
    <message>
        <source>No documents needed.</source>
        <translation>Nu este nevoie de documente.</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Taxă</translation>
    </message>
    <message>
        <source>How long it takes</source>
        <translation>Termen de soluționare</translation>
    </message>
    <message>
        <source>This is not part of a practice session: booking and paying would reach the town hall. Practise a request or a petition instead.</source>
        <translation>Acest serviciu nu face parte din exersare: programarea și plata ar ajunge la primărie. Exersați în schimb o cerere sau o petiție.</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Faceți o programare</translation>
    </message>
    <message>
        <source>See what you owe and pay</source>
        <translation>Vedeți ce aveți de plată și plătiți</translation>
    </message>
    <message>
        <source>Write your petition</source>
        <translation>Scrieți petiția</translation>
    </message>
    <message>
        <source>Start your request</source>
        <translation>Începeți cererea</translation>
    </message>
    <message>
        <source>You can also ask for this at the information desk.</source>
        <translation>Puteți solicita acest serviciu și la ghișeul de informații.</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Staff menu</source>
        <translation>Meniul personalului</translation>
    </message>
    <message>
        <source>Show me: highlight what to touch</source>
        <translation>Arată-mi: evidențiază ce trebuie atins</translation>
    </message>
    <message>
        <source>I submit for someone who is not here</source>
        <translation>Trimit pentru o persoană care nu este de față</translation>
    </message>
    <message>
        <source>End the practice session</source>
        <translation>Încheie sesiunea de exersare</translation>
    </message>
    <message>
        <source>Start a practice session</source>
        <translation>Începe o sesiune de exersare</translation>
    </message>
    <message>
        <source>Sample person, nothing is sent</source>
        <translation>Persoană fictivă, nu se trimite nimic</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliere</translation>
    </message>
    <message>
        <source>Schedule and attendance</source>
        <translation>Program și prezență</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raport</translation>
    </message>
    <message>
        <source>Anonymous figures, export CSV</source>
        <translation>Cifre anonime, export CSV</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Deconectare</translation>
    </message>
    <message>
        <source>The person continues alone</source>
        <translation>Persoana continuă singură</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Încheie sesiunea</translation>
    </message>
    <message>
        <source>Delete everything entered</source>
        <translation>Șterge tot ce s-a introdus</translation>
    </message>
</context>
<context>
    <name>StatusLookup</name>
    <message>
        <source>Enter the registration number from your receipt.</source>
        <translation>Introduceți numărul de înregistrare de pe bon.</translation>
    </message>
    <message>
        <source>A registration number has only digits and a slash, like 2026/000123. Check it on your receipt.</source>
        <translation>Numărul de înregistrare are doar cifre și o bară, de exemplu 2026/000123. Verificați-l pe bon.</translation>
    </message>
    <message>
        <source>Enter the access code from your receipt.</source>
        <translation>Introduceți codul de acces de pe bon.</translation>
    </message>
    <message>
        <source>We could not find a request with this number and code. Check both on your receipt and try again.</source>
        <translation>Nu am găsit nicio cerere cu acest număr și acest cod. Verificați-le pe bon și încercați din nou.</translation>
    </message>
    <message>
        <source>We could not find this request from its code. If your receipt has a registration number and an access code, type them in.</source>
        <translation>Nu am găsit cererea după acest cod. Dacă pe bon aveți un număr de înregistrare și un cod de acces, introduceți-le.</translation>
    </message>
    <message>
        <source>What you typed is kept. Try again in a moment, or ask the staff for help.</source>
        <translation>Ce ați scris s-a păstrat. Încercați din nou peste puțin timp sau cereți ajutorul personalului.</translation>
    </message>
    <message>
        <source>We could not read a code. Hold the receipt closer, with the square code facing the camera, or type the number instead.</source>
        <translation>Nu am putut citi codul. Țineți bonul mai aproape, cu codul pătrat spre cameră, sau introduceți numărul.</translation>
    </message>
    <message>
        <source>This code is not from a town hall receipt. Try the square code on your receipt, or type the number instead.</source>
        <translation>Acest cod nu este de pe un bon al primăriei. Încercați codul pătrat de pe bon sau introduceți numărul.</translation>
    </message>
    <message>
        <source>The camera is not working right now. Please type the number instead.</source>
        <translation>Camera nu funcționează acum. Vă rugăm să introduceți numărul.</translation>
    </message>
    <message>
        <source>We read the registration number from your receipt. Now type the access code printed next to it.</source>
        <translation>Am citit numărul de înregistrare de pe bon. Acum introduceți codul de acces tipărit lângă el.</translation>
    </message>
    <message>
        <source>Printed. Take the paper from the printer.</source>
        <translation>S-a tipărit. Luați foaia din imprimantă.</translation>
    </message>
    <message>
        <source>The printer is not working right now. You can check the status again at any time with your receipt.</source>
        <translation>Imprimanta nu funcționează acum. Puteți verifica oricând stadiul cererii cu bonul.</translation>
    </message>
    <message>
        <source>You can check the status again at any time with your receipt.</source>
        <translation>Puteți verifica oricând stadiul cererii cu bonul.</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Număr de înregistrare</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stadiu</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Termen estimat</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Verificat la</translation>
    </message>
    <message>
        <source>Status of your request</source>
        <translation>Stadiul cererii</translation>
    </message>
</context>
<context>
    <name>StatusLookupScreen</name>
    <message>
        <source>Check a request</source>
        <translation>Verificați o cerere</translation>
    </message>
    <message>
        <source>Type the registration number and the access code. Both are printed on your receipt.</source>
        <translation>Introduceți numărul de înregistrare și codul de acces. Ambele sunt tipărite pe bon.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Încercați din nou</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Număr de înregistrare</translation>
    </message>
    <message>
        <source>For example 2026/000123</source>
        <translation>De exemplu 2026/000123</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Cod de acces</translation>
    </message>
    <message>
        <source>8 letters and digits, printed next to the registration number</source>
        <translation>8 litere și cifre, tipărite lângă numărul de înregistrare</translation>
    </message>
    <message>
        <source>Looking it up…</source>
        <translation>Se caută…</translation>
    </message>
    <message>
        <source>Check the status</source>
        <translation>Verificați stadiul</translation>
    </message>
    <message>
        <source>Or</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Scan the QR code on your receipt</source>
        <translation>Scanați codul QR de pe bon</translation>
    </message>
    <message>
        <source>Hold the receipt in front of the camera</source>
        <translation>Țineți bonul în fața camerei</translation>
    </message>
    <message>
        <source>Scan your receipt</source>
        <translation>Scanați bonul</translation>
    </message>
    <message>
        <source>Hold your receipt in front of the camera, with the square code facing it. Keep it still for a moment.</source>
        <translation>Țineți bonul în fața camerei, cu codul pătrat spre ea. Țineți-l nemișcat o clipă.</translation>
    </message>
    <message>
        <source>Type the number instead</source>
        <translation>Introduceți numărul</translation>
    </message>
</context>
<context>
    <name>StatusTimelineScreen</name>
    <message>
        <source>Your request</source>
        <translation>Cererea dumneavoastră</translation>
    </message>
    <message>
        <source>Registration number %1</source>
        <translation>Număr de înregistrare %1</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Stadiul actual</translation>
    </message>
    <message>
        <source>We expect to answer by %1.</source>
        <translation>Estimăm că vom răspunde până la %1.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Se tipărește…</translation>
    </message>
    <message>
        <source>Print this status</source>
        <translation>Tipăriți stadiul</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Tipăriți din nou</translation>
    </message>
    <message>
        <source>Check another request</source>
        <translation>Verificați altă cerere</translation>
    </message>
    <message>
        <source>What has happened so far</source>
        <translation>Ce s-a întâmplat până acum</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (acum)</translation>
    </message>
</context>
<context>
    <name>StreetPicker</name>
    <message>
        <source>Keep this street</source>
        <translation>Păstrați strada</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modificați</translation>
    </message>
    <message>
        <source>Change the street</source>
        <translation>Schimbați strada</translation>
    </message>
    <message>
        <source>Type the first letters of the street name</source>
        <translation>Scrieți primele litere ale numelui străzii</translation>
    </message>
    <message>
        <source>No street found. Check the spelling, or type fewer letters.</source>
        <translation>Nu am găsit nicio stradă. Verificați scrierea sau scrieți mai puține litere.</translation>
    </message>
    <message>
        <source>Type more letters to see fewer streets</source>
        <translation>Scrieți mai multe litere ca să vedeți mai puține străzi</translation>
    </message>
</context>
<context>
    <name>Taxes</name>
    <message>
        <source>Nothing has been paid. Try again in a moment, or ask the staff for help.</source>
        <translation>Nu s-a plătit nimic. Încercați din nou peste puțin timp sau cereți ajutorul personalului.</translation>
    </message>
    <message>
        <source>Some of these amounts have changed, or are being paid right now. Go back and look them up again.</source>
        <translation>Unele sume s-au schimbat sau sunt în curs de plată chiar acum. Întoarceți-vă și căutați-le din nou.</translation>
    </message>
    <message>
        <source>Printed. Take the slip from the printer to pay at a bank or post office.</source>
        <translation>S-a tipărit. Luați bonul de plată din imprimantă ca să plătiți la bancă sau la poștă.</translation>
    </message>
    <message>
        <source>The printer is not working right now. To pay at a bank or post office, write down the order number: %1</source>
        <translation>Imprimanta nu funcționează acum. Ca să plătiți la bancă sau la poștă, notați numărul ordinului de plată: %1</translation>
    </message>
    <message>
        <source>To pay at a bank or post office, take a photo of the order number or write it down: %1</source>
        <translation>Ca să plătiți la bancă sau la poștă, fotografiați sau notați numărul ordinului de plată: %1</translation>
    </message>
    <message>
        <source>Overdue: it was due on %1</source>
        <translation>Restantă: termenul de plată a fost %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>De plătit până la %1</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Pentru %1</translation>
    </message>
    <message>
        <source>Tick at least one to pay</source>
        <translation>Bifați cel puțin o sumă ca să plătiți</translation>
    </message>
    <message>
        <source>Pay %1 on your phone</source>
        <translation>Plătiți %1 cu telefonul</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Număr ordin de plată</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Cod personal</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valabil până la</translation>
    </message>
    <message>
        <source>Payment slip</source>
        <translation>Bon de plată</translation>
    </message>
    <message>
        <source>To pay in person, show this slip at the town hall&apos;s cash desk, a bank or a post office.</source>
        <translation>Ca să plătiți personal, prezentați acest bon la casieria primăriei, la o bancă sau la poștă.</translation>
    </message>
    <message>
        <source>Or scan the code with your phone to pay online.</source>
        <translation>Sau scanați codul cu telefonul ca să plătiți online.</translation>
    </message>
</context>
<context>
    <name>TaxesListScreen</name>
    <message>
        <source>What you owe</source>
        <translation>Ce aveți de plată</translation>
    </message>
    <message>
        <source>For personal number %1</source>
        <translation>Pentru codul personal %1</translation>
    </message>
    <message>
        <source>You owe nothing.</source>
        <translation>Nu aveți nimic de plată.</translation>
    </message>
    <message>
        <source>There are no unpaid taxes or bills for this personal number.</source>
        <translation>Nu există taxe, impozite sau facturi neplătite pentru acest cod personal.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Înapoi la început</translation>
    </message>
    <message>
        <source>Tick what you want to pay now. Everything is ticked to start with.</source>
        <translation>Bifați ce vreți să plătiți acum. La început, totul este bifat.</translation>
    </message>
    <message>
        <source>Total to pay now (%1 of %2)</source>
        <translation>Total de plată acum (%1 din %2)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Încercați din nou</translation>
    </message>
    <message>
        <source>Making your payment code…</source>
        <translation>Se generează codul de plată…</translation>
    </message>
    <message>
        <source>You will get a code to scan with your phone</source>
        <translation>Veți primi un cod de scanat cu telefonul</translation>
    </message>
</context>
<context>
    <name>TaxesLookup</name>
    <message>
        <source>Personal numeric code (CNP)</source>
        <translation>Cod numeric personal (CNP)</translation>
    </message>
    <message>
        <source>Personal identification number (IDNP)</source>
        <translation>Număr de identificare de stat (IDNP)</translation>
    </message>
    <message>
        <source>Personal number (EGN)</source>
        <translation>Număr personal (EGN)</translation>
    </message>
    <message>
        <source>Taxpayer number (RNOKPP)</source>
        <translation>Număr fiscal (RNOKPP)</translation>
    </message>
    <message>
        <source>Enter your %1. It is on your identity card.</source>
        <translation>Introduceți codul %1. Îl găsiți pe actul de identitate.</translation>
    </message>
    <message>
        <source>Your %1 has only digits. Type just the digits.</source>
        <translation>Codul %1 are doar cifre. Scrieți numai cifrele.</translation>
    </message>
    <message>
        <source>Your %1 has %2 digits. You typed %3.</source>
        <translation>Codul %1 are %2 cifre. Ați scris %3.</translation>
    </message>
    <message>
        <source>This %1 is not right. Check each digit against your identity card.</source>
        <translation>Acest cod %1 nu este corect. Verificați fiecare cifră cu actul de identitate.</translation>
    </message>
</context>
<context>
    <name>TaxesLookupScreen</name>
    <message>
        <source>Taxes and bills</source>
        <translation>Taxe și impozite locale</translation>
    </message>
    <message>
        <source>Type your personal number to see what you owe. Nothing is paid until you choose to pay.</source>
        <translation>Introduceți codul personal ca să vedeți ce aveți de plată. Nu se plătește nimic până nu alegeți să plătiți.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Încercați din nou</translation>
    </message>
    <message>
        <source>%1 digits, printed on your identity card</source>
        <translation>%1 cifre, tipărite pe actul de identitate</translation>
    </message>
    <message>
        <source>Looking it up…</source>
        <translation>Se caută…</translation>
    </message>
    <message>
        <source>Show what I owe</source>
        <translation>Vedeți ce aveți de plată</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Help</source>
        <translation>Ajutor</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Limba: %1</translation>
    </message>
    <message>
        <source>Text and contrast</source>
        <translation>Text și contrast</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Am terminat</translation>
    </message>
    <message>
        <source>Delete my data</source>
        <translation>Îmi șterg datele</translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <source>Give the workshop a title.</source>
        <translation>Dați un titlu atelierului.</translation>
    </message>
    <message>
        <source>This date and time have passed. Choose a later one.</source>
        <translation>Data și ora au trecut. Alegeți una mai târzie.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Salvat: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Șters: %1</translation>
    </message>
    <message>
        <source>Enter how many people came (0 if nobody came).</source>
        <translation>Introduceți câte persoane au venit (0 dacă nu a venit nimeni).</translation>
    </message>
    <message>
        <source>Attendance recorded for %1: %2</source>
        <translation>Prezență înregistrată pentru %1: %2</translation>
    </message>
</context>
<context>
    <name>YesNoChoice</name>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nu</translation>
    </message>
</context>
</TS>
