<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu_HU" sourcelanguage="en">
<context>
    <name>Admin</name>
    <message>
        <source>%1 free of %2</source>
        <translation>%1 szabad (összesen %2)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ismeretlen</translation>
    </message>
    <message>
        <source>Enter the admin PIN</source>
        <translation>Adja meg a rendszergazdai PIN-kódot</translation>
    </message>
    <message>
        <source>No admin PIN is set on this kiosk. See “Admin screen” in the README.</source>
        <translation>Ezen a terminálon nincs rendszergazdai PIN-kód beállítva. Lásd a README „Admin screen” részét.</translation>
    </message>
    <message>
        <source>That PIN is not right. %n more tries before the PIN pad locks.</source>
        <translation>Ez a PIN-kód nem helyes. Még %n próbálkozás, utána a PIN-billentyűzet zárolódik.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 óra %2 perc</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 perc %2 mp</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 mp</translation>
    </message>
</context>
<context>
    <name>AdminBar</name>
    <message>
        <source>Admin home</source>
        <translation>Adminisztráció kezdőlap</translation>
    </message>
    <message>
        <source>Close admin</source>
        <translation>Adminisztráció bezárása</translation>
    </message>
</context>
<context>
    <name>AdminDevices</name>
    <message>
        <source>No card reader is set up</source>
        <translation>Nincs kártyaolvasó beállítva</translation>
    </message>
    <message>
        <source>Printer test</source>
        <translation>Nyomtatóteszt</translation>
    </message>
    <message>
        <source>No printer is set up</source>
        <translation>Nincs nyomtató beállítva</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ismeretlen</translation>
    </message>
    <message>
        <source>Out of paper</source>
        <translation>Kifogyott a papír</translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation>Papírelakadás</translation>
    </message>
    <message>
        <source>Cover open</source>
        <translation>Nyitott fedél</translation>
    </message>
    <message>
        <source>Printer off or not connected</source>
        <translation>Nyomtató kikapcsolva vagy nincs csatlakoztatva</translation>
    </message>
    <message>
        <source>Queue stopped (cupsenable to start it)</source>
        <translation>A sor leállítva (indítás: cupsenable)</translation>
    </message>
    <message>
        <source>Queue refuses jobs (cupsaccept to open it)</source>
        <translation>A sor nem fogad feladatot (nyitás: cupsaccept)</translation>
    </message>
    <message>
        <source>The configured queue does not exist</source>
        <translation>A beállított sor nem létezik</translation>
    </message>
    <message>
        <source>CUPS does not answer</source>
        <translation>A CUPS nem válaszol</translation>
    </message>
    <message>
        <source>Paper low</source>
        <translation>Kevés a papír</translation>
    </message>
    <message>
        <source>Toner or ink low</source>
        <translation>Kevés a toner vagy a tinta</translation>
    </message>
    <message>
        <source>Other printer problem</source>
        <translation>Egyéb nyomtatóhiba</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Kész</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Nyomtatás</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Leállítva</translation>
    </message>
    <message>
        <source>Start the camera, then hold an ID card’s back under it.</source>
        <translation>Indítsa el a kamerát, majd tartsa alá egy személyi igazolvány hátoldalát.</translation>
    </message>
    <message>
        <source>Looking for the lines of letters and &lt;&lt;&lt; …</source>
        <translation>A betűsorok és a &lt;&lt;&lt; keresése …</translation>
    </message>
    <message>
        <source>The card was read and its check digits are right.</source>
        <translation>Az igazolvány beolvasva, az ellenőrző számjegyek helyesek.</translation>
    </message>
    <message>
        <source>No card was read. Check the light and the focus, then try again.</source>
        <translation>Nem sikerült igazolványt beolvasni. Ellenőrizze a fényt és az élességet, majd próbálja újra.</translation>
    </message>
    <message>
        <source>The camera could not be opened. Check its cable and the camera setting.</source>
        <translation>A kamerát nem sikerült megnyitni. Ellenőrizze a kábelét és a kamerabeállítást.</translation>
    </message>
    <message>
        <source>No camera is set up on this kiosk.</source>
        <translation>Ezen a terminálon nincs kamera beállítva.</translation>
    </message>
    <message>
        <source>Printing a test receipt…</source>
        <translation>Tesztlap nyomtatása…</translation>
    </message>
    <message>
        <source>The test receipt was printed. Check that it is readable.</source>
        <translation>A tesztlap elkészült. Ellenőrizze, hogy olvasható-e.</translation>
    </message>
    <message>
        <source>The printer is not available. Check the paper, the cover and the cable.</source>
        <translation>A nyomtató nem érhető el. Ellenőrizze a papírt, a fedelet és a kábelt.</translation>
    </message>
    <message>
        <source>The test receipt could not be printed. Look at the printer’s state above.</source>
        <translation>A tesztlapot nem sikerült kinyomtatni. Nézze meg fent a nyomtató állapotát.</translation>
    </message>
    <message>
        <source>The kiosk’s own disk</source>
        <translation>A terminál saját lemeze</translation>
    </message>
    <message>
        <source>The logs could not be written there. Is the USB stick full or read-only?</source>
        <translation>A naplókat nem sikerült oda kiírni. Lehet, hogy a pendrive megtelt vagy írásvédett?</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Mentve: %1</translation>
    </message>
    <message>
        <source>The card reader is not connected</source>
        <translation>A kártyaolvasó nincs csatlakoztatva</translation>
    </message>
    <message>
        <source>No card on the reader</source>
        <translation>Nincs kártya az olvasón</translation>
    </message>
    <message>
        <source>A card is on the reader</source>
        <translation>Kártya van az olvasón</translation>
    </message>
    <message>
        <source>The card on the reader is an ID document chip.</source>
        <translation>Az olvasón lévő kártya személyazonosító okmány chipje.</translation>
    </message>
    <message>
        <source>The card on the reader is not an ID document chip.</source>
        <translation>Az olvasón lévő kártya nem személyazonosító okmány chipje.</translation>
    </message>
    <message>
        <source>Put an ID card on the reader, then try again.</source>
        <translation>Tegyen egy személyi igazolványt az olvasóra, majd próbálja újra.</translation>
    </message>
</context>
<context>
    <name>AdminDevicesScreen</name>
    <message>
        <source>Camera and card reader</source>
        <translation>Kamera és kártyaolvasó</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Stop the camera</source>
        <translation>Kamera leállítása</translation>
    </message>
    <message>
        <source>Start the camera and read a card</source>
        <translation>Kamera indítása, igazolvány beolvasása</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Kártyaolvasó</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a card is in the reader</source>
        <translation>kártya van az olvasóban</translation>
    </message>
    <message>
        <source>no card in the reader</source>
        <translation>nincs kártya az olvasóban</translation>
    </message>
    <message>
        <source>Test read</source>
        <translation>Próbaolvasás</translation>
    </message>
</context>
<context>
    <name>AdminHomeScreen</name>
    <message>
        <source>Technician settings</source>
        <translation>Technikusi beállítások</translation>
    </message>
    <message>
        <source>Kiosk ID</source>
        <translation>Terminálazonosító</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Helyszín</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Alkalmazásverzió</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>Üzemidő</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Lemezterület</translation>
    </message>
    <message>
        <source>The disk is almost full. Export the logs, then ask for the kiosk to be serviced.</source>
        <translation>A lemez majdnem megtelt. Mentse ki a naplókat, majd kérje a terminál szervizelését.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Beállítások</translation>
    </message>
    <message>
        <source>Kiosk ID, languages, timeouts, display, camera</source>
        <translation>Terminálazonosító, nyelvek, időkorlátok, kijelző, kamera</translation>
    </message>
    <message>
        <source>Camera and card reader</source>
        <translation>Kamera és kártyaolvasó</translation>
    </message>
    <message>
        <source>Live picture and a test read</source>
        <translation>Élő kép és próbaolvasás</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Nyomtató</translation>
    </message>
    <message>
        <source>State and a test receipt</source>
        <translation>Állapot és tesztlap</translation>
    </message>
    <message>
        <source>Portal connection</source>
        <translation>Portálkapcsolat</translation>
    </message>
    <message>
        <source>Check the connection, enrol this kiosk</source>
        <translation>Kapcsolat ellenőrzése, terminál regisztrálása</translation>
    </message>
    <message>
        <source>Waiting requests</source>
        <translation>Várakozó kérelmek</translation>
    </message>
    <message>
        <source>Counts and send now</source>
        <translation>Darabszámok és azonnali küldés</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Naplók</translation>
    </message>
    <message>
        <source>Save the logs to a USB stick</source>
        <translation>Naplók mentése pendrive-ra</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshopok</translation>
    </message>
    <message>
        <source>Schedule and attendance</source>
        <translation>Időpontok és részvétel</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Jelentés</translation>
    </message>
    <message>
        <source>Anonymous figures, export CSV</source>
        <translation>Névtelen adatok, CSV-export</translation>
    </message>
    <message>
        <source>Library staff</source>
        <translation>Könyvtári munkatársak</translation>
    </message>
    <message>
        <source>Who may sign in to guide sessions</source>
        <translation>Kik léphetnek be munkamenetek segítéséhez</translation>
    </message>
    <message>
        <source>Restart the kiosk app</source>
        <translation>A terminálalkalmazás újraindítása</translation>
    </message>
    <message>
        <source>Needed after saving settings or enrolling</source>
        <translation>Beállítások mentése vagy regisztrálás után szükséges</translation>
    </message>
</context>
<context>
    <name>AdminLockoutScreen</name>
    <message>
        <source>The PIN pad is locked</source>
        <translation>A PIN-billentyűzet zárolva van</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <source>The wrong PIN was entered too many times.</source>
        <translation>Túl sokszor adtak meg hibás PIN-kódot.</translation>
    </message>
    <message>
        <source>You can try again in %1.</source>
        <translation>%1 múlva próbálkozhat újra.</translation>
    </message>
    <message>
        <source>Each further wrong PIN makes the wait longer. If you have forgotten the PIN, set a new one from the kiosk&apos;s terminal (see the README).</source>
        <translation>Minden további hibás PIN-kód meghosszabbítja a várakozást. Ha elfelejtette a PIN-kódot, állítson be újat a terminál parancssorából (lásd a README-t).</translation>
    </message>
</context>
<context>
    <name>AdminLogsScreen</name>
    <message>
        <source>Logs</source>
        <translation>Naplók</translation>
    </message>
    <message>
        <source>Plug in a USB stick, then choose where to save the logs. Personal data is removed from them.</source>
        <translation>Csatlakoztasson egy pendrive-ot, majd válassza ki, hová mentse a naplókat. A személyes adatokat eltávolítjuk belőlük.</translation>
    </message>
    <message>
        <source>Save to %1</source>
        <translation>Mentés ide: %1</translation>
    </message>
</context>
<context>
    <name>AdminOutboxScreen</name>
    <message>
        <source>Waiting requests</source>
        <translation>Várakozó kérelmek</translation>
    </message>
    <message>
        <source>The kiosk is not connected to a portal yet, so there is no outbox.</source>
        <translation>A terminál még nem kapcsolódik portálhoz, ezért nincs kimenő sor.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Küldés most</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Frissítés</translation>
    </message>
</context>
<context>
    <name>AdminPinScreen</name>
    <message>
        <source>Technician access</source>
        <translation>Technikusi hozzáférés</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <source>Enter the admin PIN.</source>
        <translation>Adja meg a rendszergazdai PIN-kódot.</translation>
    </message>
    <message>
        <source>No admin PIN is set on this kiosk yet.</source>
        <translation>Ezen a terminálon még nincs rendszergazdai PIN-kód beállítva.</translation>
    </message>
    <message numerus="yes">
        <source>%n digits typed</source>
        <translation>
            <numerusform>%n számjegy beírva</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Utolsó számjegy törlése</translation>
    </message>
</context>
<context>
    <name>AdminPortal</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Küldésre vár</translation>
    </message>
    <message>
        <source>Being sent now</source>
        <translation>Küldés folyamatban</translation>
    </message>
    <message>
        <source>Could not be sent (needs a retry)</source>
        <translation>Nem sikerült elküldeni (újra kell próbálni)</translation>
    </message>
    <message>
        <source>Delivered (receipts kept)</source>
        <translation>Kézbesítve (visszaigazolások megőrizve)</translation>
    </message>
    <message>
        <source>Enter the portal’s address, starting with https://</source>
        <translation>Adja meg a portál címét, https:// kezdettel</translation>
    </message>
    <message>
        <source>That code did not work. Codes work only once and expire: ask for a new one.</source>
        <translation>Ez a kód nem működött. A kódok csak egyszer használhatók, és lejárnak: kérjen újat.</translation>
    </message>
    <message>
        <source>The kiosk cannot reach that address. Check the address and the network.</source>
        <translation>A terminál nem éri el ezt a címet. Ellenőrizze a címet és a hálózatot.</translation>
    </message>
    <message>
        <source>The portal’s certificate is not trusted. Check the address, or ask for the portal’s certificate authority (ca_bundle).</source>
        <translation>A portál tanúsítványa nem megbízható. Ellenőrizze a címet, vagy kérje el a portál hitelesítésszolgáltatójának tanúsítványát (ca_bundle).</translation>
    </message>
    <message>
        <source>The portal did not accept the enrolment. Try again, or ask for a new code.</source>
        <translation>A portál nem fogadta el a regisztrálást. Próbálja újra, vagy kérjen új kódot.</translation>
    </message>
    <message>
        <source>The kiosk could not store its token in the system keyring. Restart the kiosk and try again.</source>
        <translation>A terminál nem tudta elmenteni a tokenjét a rendszer kulcstartójába. Indítsa újra a terminált, és próbálja újra.</translation>
    </message>
    <message>
        <source>Portal reachable</source>
        <translation>Portál elérhető</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Igen</translation>
    </message>
    <message>
        <source>Secure, certificate checked</source>
        <translation>Biztonságos, tanúsítvány ellenőrizve</translation>
    </message>
    <message>
        <source>Not encrypted (http): use https on a real kiosk</source>
        <translation>Titkosítatlan (http): éles terminálon használjon https-t</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Nem megbízható tanúsítvány</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ismeretlen</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Biztonságos kapcsolat (TLS)</translation>
    </message>
    <message>
        <source>This kiosk is enrolled</source>
        <translation>A terminál regisztrálva van</translation>
    </message>
    <message>
        <source>Yes, as %1</source>
        <translation>Igen, %1 néven</translation>
    </message>
    <message>
        <source>No: enrol it below</source>
        <translation>Nem: regisztrálja lent</translation>
    </message>
    <message>
        <source>Right (%n s apart)</source>
        <translation>Pontos (%n mp eltérés)</translation>
    </message>
    <message>
        <source>Wrong by %n s: set the kiosk’s date and time</source>
        <translation>%n mp eltérés: állítsa be a terminál dátumát és idejét</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Óra</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Regisztrálás…</translation>
    </message>
    <message>
        <source>This kiosk is enrolled with %1. Restart the kiosk to connect.</source>
        <translation>A terminál regisztrálva van itt: %1. A csatlakozáshoz indítsa újra a terminált.</translation>
    </message>
    <message>
        <source>This kiosk is enrolled with %1, but the address could not be saved in the settings file.</source>
        <translation>A terminál regisztrálva van itt: %1, de a címet nem sikerült elmenteni a beállításfájlba.</translation>
    </message>
    <message>
        <source>Sending now. The counts update in a few seconds.</source>
        <translation>Küldés folyamatban. A számok néhány másodperc múlva frissülnek.</translation>
    </message>
    <message>
        <source>No: the address cannot be reached</source>
        <translation>Nem: a cím nem érhető el</translation>
    </message>
    <message>
        <source>No: it did not answer in time</source>
        <translation>Nem: nem válaszolt időben</translation>
    </message>
    <message>
        <source>No: its certificate is not trusted</source>
        <translation>Nem: a tanúsítványa nem megbízható</translation>
    </message>
    <message>
        <source>No device token: enrol this kiosk</source>
        <translation>Nincs eszköztoken: regisztrálja a terminált</translation>
    </message>
    <message>
        <source>Not connected: enrol this kiosk, then restart</source>
        <translation>Nincs kapcsolat: regisztrálja a terminált, majd indítsa újra</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nem</translation>
    </message>
</context>
<context>
    <name>AdminPortalScreen</name>
    <message>
        <source>Portal connection</source>
        <translation>Portálkapcsolat</translation>
    </message>
    <message>
        <source>Portal address: %1</source>
        <translation>Portál címe: %1</translation>
    </message>
    <message>
        <source>No portal address is set yet.</source>
        <translation>Még nincs portálcím beállítva.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Ellenőrzés…</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Kapcsolat ellenőrzése</translation>
    </message>
    <message>
        <source>Enrol this kiosk</source>
        <translation>Terminál regisztrálása</translation>
    </message>
    <message>
        <source>Ask the portal&apos;s administrator for a one-time enrolment code for this kiosk&apos;s ID.</source>
        <translation>Kérjen a portál rendszergazdájától egyszer használható regisztrációs kódot ennek a terminálnak az azonosítójához.</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Portál címe</translation>
    </message>
    <message>
        <source>One-time enrolment code</source>
        <translation>Egyszer használható regisztrációs kód</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Regisztrálás</translation>
    </message>
</context>
<context>
    <name>AdminPrinterScreen</name>
    <message>
        <source>Printer</source>
        <translation>Nyomtató</translation>
    </message>
    <message>
        <source>Printer queue</source>
        <translation>Nyomtatási sor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Print a test receipt</source>
        <translation>Tesztlap nyomtatása</translation>
    </message>
</context>
<context>
    <name>AdminReportScreen</name>
    <message>
        <source>Report</source>
        <translation>Jelentés</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Nap</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Hét</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Hónap</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Korábbi</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Későbbi</translation>
    </message>
    <message>
        <source>Sessions by service</source>
        <translation>Munkamenetek szolgáltatásonként</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>Ebben az időszakban nem volt munkamenet.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Befejezett</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Nem befejezett</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 befejezett</translation>
    </message>
    <message>
        <source>Sessions by language</source>
        <translation>Munkamenetek nyelvenként</translation>
    </message>
    <message>
        <source>Workshops held</source>
        <translation>Megtartott workshopok</translation>
    </message>
    <message>
        <source>People who came: %1</source>
        <translation>Résztvevők: %1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV-export</translation>
    </message>
    <message>
        <source>Plug in a USB stick, then choose where to save this period&apos;s figures. They hold no personal data.</source>
        <translation>Csatlakoztasson egy USB-kulcsot, majd válassza ki, hová mentse az időszak adatait. Személyes adatot nem tartalmaznak.</translation>
    </message>
    <message>
        <source>Save to %1</source>
        <translation>Mentés ide: %1</translation>
    </message>
</context>
<context>
    <name>AdminSettings</name>
    <message>
        <source>Kiosk ID</source>
        <translation>Terminálazonosító</translation>
    </message>
    <message>
        <source>The name the portal knows this kiosk by, e.g. deva-lobby-1</source>
        <translation>A név, amelyen a portál ismeri a terminált, pl. deva-lobby-1</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Helyszín neve</translation>
    </message>
    <message>
        <source>Kind of kiosk</source>
        <translation>Terminál típusa</translation>
    </message>
    <message>
        <source>Town-hall lobby panel</source>
        <translation>Panel a hivatal előterében</translation>
    </message>
    <message>
        <source>Library point</source>
        <translation>Könyvtári pont</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation>Elérhető nyelvek</translation>
    </message>
    <message>
        <source>Language shown first</source>
        <translation>Elsőként megjelenő nyelv</translation>
    </message>
    <message>
        <source>Seconds without a touch before the warning</source>
        <translation>Érintés nélküli másodpercek a figyelmeztetésig</translation>
    </message>
    <message>
        <source>Seconds the warning counts down</source>
        <translation>A figyelmeztetés visszaszámlálása (másodperc)</translation>
    </message>
    <message>
        <source>Seconds before this admin screen closes itself</source>
        <translation>Másodpercek, mielőtt ez az adminisztrációs képernyő bezárul</translation>
    </message>
    <message>
        <source>Screen dots per inch (DPI)</source>
        <translation>Képernyő képpontsűrűsége (DPI)</translation>
    </message>
    <message>
        <source>Touch targets are sized in millimetres from this value</source>
        <translation>Ebből az értékből számoljuk az érintési felületek méretét milliméterben</translation>
    </message>
    <message>
        <source>Screen rotation</source>
        <translation>Képernyő elforgatása</translation>
    </message>
    <message>
        <source>Text size at the start of each session</source>
        <translation>Szövegméret minden munkamenet elején</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normál</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Nagy</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Camera if connected, else the demo camera</source>
        <translation>Kamera, ha csatlakoztatva van, különben a demókamera</translation>
    </message>
    <message>
        <source>Camera device</source>
        <translation>Kameraeszköz</translation>
    </message>
    <message>
        <source>Demo camera</source>
        <translation>Demókamera</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Nincs kamera</translation>
    </message>
    <message>
        <source>Camera device number (N in /dev/videoN)</source>
        <translation>Kameraeszköz száma (N a /dev/videoN-ben)</translation>
    </message>
    <message>
        <source>Where petitions go</source>
        <translation>Hová kerülnek a beadványok</translation>
    </message>
    <message>
        <source>The portal</source>
        <translation>A portál</translation>
    </message>
    <message>
        <source>An Open311 server</source>
        <translation>Egy Open311-szerver</translation>
    </message>
    <message>
        <source>Open311 server address</source>
        <translation>Open311-szerver címe</translation>
    </message>
    <message>
        <source>These settings cannot be used: %1</source>
        <translation>Ezek a beállítások nem használhatók: %1</translation>
    </message>
    <message>
        <source>Choose one of the options</source>
        <translation>Válasszon egyet a lehetőségek közül</translation>
    </message>
    <message>
        <source>Choose at least one language</source>
        <translation>Válasszon legalább egy nyelvet</translation>
    </message>
    <message>
        <source>Enter up to 64 letters, digits, dots, dashes or underscores, with no spaces</source>
        <translation>Legfeljebb 64 betűt, számjegyet, pontot, kötőjelet vagy aláhúzásjelet adjon meg, szóköz nélkül</translation>
    </message>
    <message>
        <source>Enter an address starting with https://</source>
        <translation>Adjon meg egy https:// kezdetű címet</translation>
    </message>
    <message>
        <source>Enter a value</source>
        <translation>Adjon meg egy értéket</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2</source>
        <translation>Adjon meg egy számot %1 és %2 között</translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2</source>
        <translation>Adjon meg egy egész számot %1 és %2 között</translation>
    </message>
    <message>
        <source>This kiosk was started without a settings file, so nothing can be saved.</source>
        <translation>A terminál beállításfájl nélkül indult, ezért semmit nem lehet menteni.</translation>
    </message>
    <message>
        <source>The settings file cannot be read. Nothing was changed.</source>
        <translation>A beállításfájl nem olvasható. Semmi sem változott.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Semmi sem változott.</translation>
    </message>
    <message>
        <source>Saved. Restart the kiosk to use the new settings.</source>
        <translation>Mentve. Az új beállítások használatához indítsa újra a terminált.</translation>
    </message>
</context>
<context>
    <name>AdminSettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Beállítások</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Beállítások mentése</translation>
    </message>
</context>
<context>
    <name>AdminStaff</name>
    <message>
        <source>The staff ID may have only small letters, digits, dots, dashes and underscores.</source>
        <translation>A munkatársi azonosító csak kisbetűket, számjegyeket, pontot, kötőjelet és aláhúzást tartalmazhat.</translation>
    </message>
    <message>
        <source>Enter the name shown on the banner.</source>
        <translation>Írja be a sávon megjelenő nevet.</translation>
    </message>
    <message>
        <source>The PIN must have %1 to %2 digits.</source>
        <translation>A PIN-kód %1–%2 számjegyből állhat.</translation>
    </message>
    <message>
        <source>Someone already has this staff ID.</source>
        <translation>Ez a munkatársi azonosító már foglalt.</translation>
    </message>
    <message>
        <source>Someone already has this PIN. Choose another one.</source>
        <translation>Ez a PIN-kód már foglalt. Válasszon másikat.</translation>
    </message>
    <message>
        <source>The two PINs are different. Type the same PIN twice.</source>
        <translation>A két PIN-kód eltér. Írja be kétszer ugyanazt.</translation>
    </message>
    <message>
        <source>%1 can now sign in.</source>
        <translation>%1 most már be tud lépni.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Eltávolítva.</translation>
    </message>
</context>
<context>
    <name>AdminStaffScreen</name>
    <message>
        <source>Library staff</source>
        <translation>Könyvtári munkatársak</translation>
    </message>
    <message>
        <source>Nobody can sign in as staff yet.</source>
        <translation>Még senki sem léphet be munkatársként.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eltávolítás</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Eltávolítás: %1</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Munkatárs hozzáadása</translation>
    </message>
    <message>
        <source>Staff ID (sent with requests they help with)</source>
        <translation>Munkatársi azonosító (a segített kérelmekkel együtt megy)</translation>
    </message>
    <message>
        <source>Name shown on the banner</source>
        <translation>A sávon megjelenő név</translation>
    </message>
    <message>
        <source>Staff PIN (4 to 12 digits)</source>
        <translation>Munkatársi PIN-kód (4–12 számjegy)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Ugyanaz a PIN-kód még egyszer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hozzáadás</translation>
    </message>
</context>
<context>
    <name>AdminWorkshopsScreen</name>
    <message>
        <source>Workshops</source>
        <translation>Workshopok</translation>
    </message>
    <message>
        <source>Add a workshop</source>
        <translation>Workshop hozzáadása</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Következő</translation>
    </message>
    <message>
        <source>No workshops are planned.</source>
        <translation>Nincs tervezett workshop.</translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation>Helyek: %1</translation>
    </message>
    <message>
        <source>From the settings file</source>
        <translation>A beállítási fájlból</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Módosítás</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Törlés</translation>
    </message>
    <message>
        <source>Took place</source>
        <translation>Megtartott</translation>
    </message>
    <message>
        <source>No workshops in the last two months.</source>
        <translation>Az elmúlt két hónapban nem volt workshop.</translation>
    </message>
    <message>
        <source>People who came: %1</source>
        <translation>Résztvevők: %1</translation>
    </message>
    <message>
        <source>Attendance not recorded yet</source>
        <translation>A részvétel még nincs rögzítve</translation>
    </message>
    <message>
        <source>Correct the count</source>
        <translation>Létszám javítása</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>Részvétel rögzítése</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Új workshop</translation>
    </message>
    <message>
        <source>Change the workshop</source>
        <translation>A workshop módosítása</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cím</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Helyszín</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Dátum és idő</translation>
    </message>
    <message>
        <source>Day before</source>
        <translation>Egy nappal korábban</translation>
    </message>
    <message>
        <source>Day after</source>
        <translation>Egy nappal később</translation>
    </message>
    <message>
        <source>1 hour earlier</source>
        <translation>1 órával korábban</translation>
    </message>
    <message>
        <source>1 hour later</source>
        <translation>1 órával később</translation>
    </message>
    <message>
        <source>15 minutes earlier</source>
        <translation>15 perccel korábban</translation>
    </message>
    <message>
        <source>15 minutes later</source>
        <translation>15 perccel később</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Helyek</translation>
    </message>
    <message>
        <source>Fewer seats</source>
        <translation>Kevesebb hely</translation>
    </message>
    <message>
        <source>More seats</source>
        <translation>Több hely</translation>
    </message>
    <message>
        <source>Language of the workshop</source>
        <translation>A workshop nyelve</translation>
    </message>
    <message>
        <source>Save the workshop</source>
        <translation>A workshop mentése</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <source>How many people came?</source>
        <translation>Hányan jöttek el?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Mentés</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Utolsó számjegy törlése</translation>
    </message>
</context>
<context>
    <name>AppointmentCancelScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Betöltés…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Próbálja újra</translation>
    </message>
    <message>
        <source>Cancel an appointment</source>
        <translation>Időpont lemondása</translation>
    </message>
    <message>
        <source>Enter the appointment number and the access code. They are on your appointment slip.</source>
        <translation>Adja meg az időpont számát és a hozzáférési kódot. Ezeket az időpontfoglalási lapon találja.</translation>
    </message>
    <message>
        <source>Appointment number</source>
        <translation>Időpont száma</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Hozzáférési kód</translation>
    </message>
    <message>
        <source>Find my appointment</source>
        <translation>Időpont keresése</translation>
    </message>
    <message>
        <source>Is this the appointment you want to cancel?</source>
        <translation>Ezt az időpontot szeretné lemondani?</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Szolgáltatás</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Időpont</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Iroda</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cím</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>This appointment is not booked any more, so there is nothing to cancel.</source>
        <translation>Ez az időpont már nincs lefoglalva, így nincs mit lemondani.</translation>
    </message>
    <message>
        <source>Cancel this appointment</source>
        <translation>Időpont lemondása</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Megtartom</translation>
    </message>
    <message>
        <source>Look up another appointment</source>
        <translation>Másik időpont keresése</translation>
    </message>
    <message>
        <source>Your appointment is cancelled</source>
        <translation>Időpontját lemondtuk</translation>
    </message>
    <message>
        <source>%1 at %2 is free again for others. You do not need to do anything else.</source>
        <translation>Az időpont (%1, %2) ismét szabad mások számára. Önnek nincs más teendője.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Vissza a kezdőlapra</translation>
    </message>
</context>
<context>
    <name>AppointmentConfirmationScreen</name>
    <message>
        <source>Your appointment is booked</source>
        <translation>Időpontját lefoglaltuk</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Szolgáltatás</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Iroda</translation>
    </message>
    <message>
        <source>Appointment number</source>
        <translation>Időpont száma</translation>
    </message>
    <message>
        <source>Access code (you need it with the number to cancel)</source>
        <translation>Hozzáférési kód (a számmal együtt ez kell a lemondáshoz)</translation>
    </message>
    <message>
        <source>Bring your identity document with you. Write down the number and code, or print them.</source>
        <translation>Hozza magával személyazonosító igazolványát. Írja fel a számot és a kódot, vagy nyomtassa ki őket.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Nyomtatás…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Nyomtatás</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Újranyomtatás</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Befejezés</translation>
    </message>
    <message>
        <source>Scan to add it to your phone&apos;s calendar</source>
        <translation>Olvassa be, hogy felvegye telefonja naptárába</translation>
    </message>
</context>
<context>
    <name>AppointmentDaysScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Betöltés…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Próbálja újra</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Válasszon napot</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Előző hónap</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Következő hónap</translation>
    </message>
    <message>
        <source>There are no free times at this office in the coming weeks. Please choose another office or ask at the information desk.</source>
        <translation>Ebben az irodában a következő hetekben nincs szabad időpont. Kérjük, válasszon másik irodát, vagy érdeklődjön az információs pultnál.</translation>
    </message>
    <message>
        <source>Tap a green day to see its free times. Grey days are full or closed.</source>
        <translation>Érintsen meg egy zöld napot a szabad időpontok megtekintéséhez. A szürke napok teltek vagy zárva vannak.</translation>
    </message>
</context>
<context>
    <name>AppointmentHoldScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Betöltés…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Próbálja újra</translation>
    </message>
    <message>
        <source>Check and confirm your appointment</source>
        <translation>Ellenőrizze és erősítse meg az időpontot</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Szolgáltatás</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Időpont</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Iroda</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cím</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Personal identification number</source>
        <translation>Személyi szám</translation>
    </message>
    <message>
        <source>Confirm the appointment</source>
        <translation>Időpont megerősítése</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Másik időpont választása</translation>
    </message>
</context>
<context>
    <name>AppointmentOfficesScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Betöltés…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Próbálja újra</translation>
    </message>
    <message>
        <source>Choose an office</source>
        <translation>Válasszon irodát</translation>
    </message>
    <message>
        <source>No office takes appointments for this service at the moment. Please ask at the information desk.</source>
        <translation>Erre a szolgáltatásra jelenleg egyik iroda sem fogad időpontfoglalást. Kérjük, érdeklődjön az információs pultnál.</translation>
    </message>
</context>
<context>
    <name>AppointmentPersonScreen</name>
    <message>
        <source>Who is the appointment for?</source>
        <translation>Kinek szól az időpont?</translation>
    </message>
    <message>
        <source>Write the details as they are on your identity card. The appointment will be in this name.</source>
        <translation>Az adatokat úgy írja be, ahogy a személyi igazolványán szerepelnek. Az időpont erre a névre szól majd.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Utónév</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Vezetéknév</translation>
    </message>
    <message>
        <source>Personal identification number</source>
        <translation>Személyi szám</translation>
    </message>
    <message>
        <source>You can find it on your identity card</source>
        <translation>A személyi igazolványán találja</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tovább</translation>
    </message>
</context>
<context>
    <name>AppointmentSlotsScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Betöltés…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Próbálja újra</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Válasszon időpontot</translation>
    </message>
    <message>
        <source>There are no free times left on this day. Please choose another day.</source>
        <translation>Ezen a napon már nincs szabad időpont. Kérjük, válasszon másik napot.</translation>
    </message>
    <message>
        <source>Choose another day</source>
        <translation>Másik nap választása</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Enter your first name</source>
        <translation>Adja meg utónevét</translation>
    </message>
    <message>
        <source>Enter your surname</source>
        <translation>Adja meg vezetéknevét</translation>
    </message>
    <message>
        <source>Enter your personal identification number</source>
        <translation>Adja meg személyi számát</translation>
    </message>
    <message>
        <source>This personal identification number is not right. Check each digit on your ID card.</source>
        <translation>Ez a személyi szám nem helyes. Ellenőrizze minden számjegyét a személyi igazolványán.</translation>
    </message>
    <message>
        <source>The appointment system cannot be reached right now. Please try again in a few minutes or ask at the information desk.</source>
        <translation>Az időpontfoglaló rendszer jelenleg nem érhető el. Kérjük, próbálja újra néhány perc múlva, vagy érdeklődjön az információs pultnál.</translation>
    </message>
    <message>
        <source>Someone else has just taken that time. Please choose another time.</source>
        <translation>Ezt az időpontot épp most foglalta le valaki más. Kérjük, válasszon másik időpontot.</translation>
    </message>
    <message>
        <source>The time we kept for you has run out, so it was not booked. Please choose a time again.</source>
        <translation>Lejárt az idő, ameddig az időpontot fenntartottuk Önnek, ezért nem foglaltuk le. Kérjük, válasszon újra időpontot.</translation>
    </message>
    <message>
        <source>We could not find an appointment with this number and code. Check both and try again.</source>
        <translation>Nem találtunk időpontot ezzel a számmal és kóddal. Ellenőrizze mindkettőt, és próbálja újra.</translation>
    </message>
    <message>
        <source>This appointment has already been cancelled.</source>
        <translation>Ezt az időpontot már lemondták.</translation>
    </message>
    <message>
        <source>The appointment system did not accept this. Please ask at the information desk.</source>
        <translation>Az időpontfoglaló rendszer ezt nem fogadta el. Kérjük, érdeklődjön az információs pultnál.</translation>
    </message>
    <message>
        <source>Your appointment</source>
        <translation>Az Ön időpontja</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Szolgáltatás</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Időpont</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Iroda</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cím</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Personal identification number</source>
        <translation>Személyi szám</translation>
    </message>
    <message>
        <source>Appointment number</source>
        <translation>Időpont száma</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Hozzáférési kód</translation>
    </message>
    <message>
        <source>Bring your identity document with you.</source>
        <translation>Hozza magával személyazonosító igazolványát.</translation>
    </message>
    <message>
        <source>To cancel, choose “Cancel an appointment” on the kiosk and enter the number and access code.</source>
        <translation>Lemondáshoz válassza a terminálon az „Időpont lemondása” lehetőséget, és adja meg a számot és a hozzáférési kódot.</translation>
    </message>
    <message>
        <source>Enter the appointment number from your slip</source>
        <translation>Adja meg az időpont számát az elismervényről</translation>
    </message>
    <message>
        <source>Enter the access code from your slip</source>
        <translation>Adja meg a hozzáférési kódot az elismervényről</translation>
    </message>
    <message>
        <source>Your slip is printing. Take it from the printer.</source>
        <translation>Az elismervény nyomtatása folyamatban. Vegye ki a nyomtatóból.</translation>
    </message>
    <message>
        <source>The printer is not working right now. Please write down the appointment number and access code, or scan the code with your phone.</source>
        <translation>A nyomtató jelenleg nem működik. Kérjük, írja fel az időpont számát és a hozzáférési kódot, vagy olvassa be a kódot telefonjával.</translation>
    </message>
    <message>
        <source>Please take a photo of the appointment number and access code on the screen, or write them down.</source>
        <translation>Kérjük, fényképezze le vagy írja fel a képernyőn látható időpontszámot és hozzáférési kódot.</translation>
    </message>
    <message>
        <source>Held for you for %1 more</source>
        <translation>Még %1 ideig fenntartjuk Önnek</translation>
    </message>
    <message>
        <source>Held for you for a few minutes. Confirm it soon.</source>
        <translation>Néhány percig fenntartjuk Önnek. Erősítse meg hamarosan.</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 szabad</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nem elérhető</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Még nincs megerősítve</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Lefoglalva</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Lemondva</translation>
    </message>
    <message>
        <source>Not booked: the time ran out</source>
        <translation>Nincs lefoglalva: lejárt az idő</translation>
    </message>
</context>
<context>
    <name>Attract</name>
    <message>
        <source>Touch the screen to start</source>
        <translation>Érintse meg a képernyőt a kezdéshez</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Válassza ki a nyelvet</translation>
    </message>
    <message>
        <source>Request certificates and documents without queuing</source>
        <translation>Igényeljen igazolásokat és iratokat sorban állás nélkül</translation>
    </message>
    <message>
        <source>Check the status of your request with the code on your receipt</source>
        <translation>Ellenőrizze kérelme állapotát a kapott elismervényen lévő kóddal</translation>
    </message>
    <message>
        <source>Scan your identity card to fill in forms faster</source>
        <translation>Olvassa be személyi igazolványát, így gyorsabban kitöltheti az űrlapokat</translation>
    </message>
    <message>
        <source>Everything you enter is deleted when you finish</source>
        <translation>Minden beírt adat törlődik, amikor befejezi</translation>
    </message>
    <message>
        <source>Next workshops</source>
        <translation>Következő workshopok</translation>
    </message>
</context>
<context>
    <name>BackBar</name>
    <message>
        <source>Back</source>
        <translation>Vissza</translation>
    </message>
</context>
<context>
    <name>Calculator</name>
    <message>
        <source>Cannot divide by zero</source>
        <translation>Nullával nem lehet osztani</translation>
    </message>
    <message>
        <source>Number too large</source>
        <translation>Túl nagy szám</translation>
    </message>
</context>
<context>
    <name>CalculatorScreen</name>
    <message>
        <source>Clear</source>
        <translation>Összes törlése</translation>
    </message>
    <message>
        <source>C</source>
        <comment>calculator key that clears everything</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Utolsó számjegy törlése</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Százalék</translation>
    </message>
    <message>
        <source>Divide</source>
        <translation>Osztás</translation>
    </message>
    <message>
        <source>Multiply</source>
        <translation>Szorzás</translation>
    </message>
    <message>
        <source>Subtract</source>
        <translation>Mínusz</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Plusz</translation>
    </message>
    <message>
        <source>Change sign</source>
        <translation>Előjelváltás</translation>
    </message>
    <message>
        <source>Decimal point</source>
        <translation>Tizedesvessző</translation>
    </message>
    <message>
        <source>Equals</source>
        <translation>Egyenlő</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Számológép</translation>
    </message>
    <message>
        <source>Your calculations</source>
        <translation>Az Ön számításai</translation>
    </message>
    <message>
        <source>Results appear here. They are deleted when you finish.</source>
        <translation>Az eredmények itt jelennek meg. Befejezéskor törlődnek.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Open: %1</source>
        <translation>Nyitva: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zárva</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>Most nyitva, %1-ig</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Most zárva</translation>
    </message>
    <message>
        <source>Closed now. Opens %1 at %2</source>
        <translation>Most zárva. Nyitás: %1, %2</translation>
    </message>
</context>
<context>
    <name>CalendarScreen</name>
    <message>
        <source>Calendar</source>
        <translation>Naptár</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Előző hónap</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Következő hónap</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>munkaszüneti nap</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>zárva</translation>
    </message>
    <message>
        <source>Public holidays this month</source>
        <translation>Munkaszüneti napok ebben a hónapban</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nincs</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Ma</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Put the back of your card here, with the lines of letters at the bottom</source>
        <translation>Ide tegye az igazolvány hátoldalát, a betűsorokkal alul</translation>
    </message>
</context>
<context>
    <name>CheckAnswersScreen</name>
    <message>
        <source>Check your answers</source>
        <translation>Ellenőrizze válaszait</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nincs megválaszolva</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Módosítás</translation>
    </message>
    <message>
        <source>By sending this request you confirm that the answers are true.</source>
        <translation>A kérelem elküldésével megerősíti, hogy a válaszok igazak.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Küldés…</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Kérelem elküldése</translation>
    </message>
</context>
<context>
    <name>ChipReaderPanel</name>
    <message>
        <source>Type the card number</source>
        <translation>Írja be a kártya számát</translation>
    </message>
    <message>
        <source>Place your card on the reader</source>
        <translation>Tegye a kártyát az olvasóra</translation>
    </message>
    <message>
        <source>Reading the chip… Keep the card on the reader</source>
        <translation>A chip olvasása… Hagyja a kártyát az olvasón</translation>
    </message>
    <message>
        <source>Your details from the chip</source>
        <translation>Az Ön adatai a chipről</translation>
    </message>
    <message>
        <source>We could not read the chip</source>
        <translation>Nem sikerült beolvasni a chipet</translation>
    </message>
    <message>
        <source>The 6 digits printed on the front of your card, marked CAN.</source>
        <translation>A kártya előlapjára nyomtatott 6 számjegy, CAN jelöléssel.</translation>
    </message>
    <message>
        <source>Digits typed: %1 of 6</source>
        <translation>Beírt számjegyek: %1 / 6</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Az utolsó számjegy törlése</translation>
    </message>
    <message>
        <source>Lay the card flat on the reader and leave it there until the kiosk says it is done. It takes a few seconds.</source>
        <translation>Fektesse a kártyát az olvasóra, és hagyja ott, amíg a terminál nem jelzi, hogy kész. Néhány másodpercig tart.</translation>
    </message>
    <message>
        <source>Your photo from the chip</source>
        <translation>Az Ön fényképe a chipről</translation>
    </message>
    <message>
        <source>Only you can see this photo. It is not kept.</source>
        <translation>Ezt a fényképet csak Ön látja. Nem őrizzük meg.</translation>
    </message>
    <message>
        <source>Use these details</source>
        <translation>Ezeket az adatokat használom</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Újra</translation>
    </message>
    <message>
        <source>Choose another way</source>
        <translation>Másik mód választása</translation>
    </message>
</context>
<context>
    <name>ChipScan</name>
    <message>
        <source>The card reader is not working. Type your details instead.</source>
        <translation>A kártyaolvasó nem működik. Írja be az adatait.</translation>
    </message>
    <message>
        <source>No card was found on the reader.</source>
        <translation>Nem található kártya az olvasón.</translation>
    </message>
    <message>
        <source>No card was placed on the reader.</source>
        <translation>Nem tett kártyát az olvasóra.</translation>
    </message>
    <message>
        <source>This card has no ID document chip the kiosk can read.</source>
        <translation>Ezen a kártyán nincs olyan okmánychip, amelyet a terminál be tud olvasni.</translation>
    </message>
    <message>
        <source>The card did not accept the number. Check the 6 digits on the front of your card.</source>
        <translation>A kártya nem fogadta el a számot. Ellenőrizze a kártya előlapján lévő 6 számjegyet.</translation>
    </message>
    <message>
        <source>The card did not accept the details read by the camera. Type the card number instead.</source>
        <translation>A kártya nem fogadta el a kamera által beolvasott adatokat. Írja be a kártya számát.</translation>
    </message>
    <message>
        <source>The card was taken off the reader too soon. Place it again and leave it there.</source>
        <translation>A kártyát túl korán vette le az olvasóról. Tegye vissza, és hagyja ott.</translation>
    </message>
    <message>
        <source>The chip could not be read. Try again, or type your details.</source>
        <translation>A chipet nem sikerült beolvasni. Próbálja újra, vagy írja be az adatait.</translation>
    </message>
    <message>
        <source>The chip&apos;s data did not pass the authenticity check. Type your details instead.</source>
        <translation>A chip adatai nem mentek át a hitelességi ellenőrzésen. Írja be az adatait.</translation>
    </message>
    <message>
        <source>Checked: the data was signed by the issuing country.</source>
        <translation>Ellenőrizve: az adatokat a kibocsátó ország írta alá.</translation>
    </message>
    <message>
        <source>Checked against the chip&apos;s own signature only.</source>
        <translation>Csak a chip saját aláírásával ellenőrizve.</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>Your request is registered</source>
        <translation>Kérelmét iktatták</translation>
    </message>
    <message>
        <source>Your request has been received</source>
        <translation>Kérelmét megkaptuk</translation>
    </message>
    <message>
        <source>Your request is saved on this kiosk</source>
        <translation>Kérelmét ez a terminál elmentette</translation>
    </message>
    <message>
        <source>The town hall now works on your request. You will get the answer by {date}. You can check how it is going on this kiosk with the number and the access code shown here.</source>
        <translation>A polgármesteri hivatal most foglalkozik a kérelmével. A választ legkésőbb ekkor kapja meg: {date}. Az itt látható számmal és hozzáférési kóddal ezen a terminálon követheti, hol tart az ügye.</translation>
    </message>
    <message>
        <source>The town hall now works on your request. You can check how it is going on this kiosk with the number and the access code shown here.</source>
        <translation>A polgármesteri hivatal most foglalkozik a kérelmével. Az itt látható számmal és hozzáférési kóddal ezen a terminálon követheti, hol tart az ügye.</translation>
    </message>
    <message>
        <source>It gets its registration number in the next few hours. Keep the receipt: with the reference shown here you can check its status on this kiosk.</source>
        <translation>Az iktatószámot a következő órákban kapja meg. Őrizze meg az elismervényt: az itt látható hivatkozási számmal ezen a terminálon ellenőrizheti az állapotát.</translation>
    </message>
    <message>
        <source>The connection to the town hall is down right now. Your request will be sent automatically as soon as it is back; you do not need to do anything. Keep the reference shown here.</source>
        <translation>A kapcsolat a polgármesteri hivatallal most megszakadt. Kérelmét automatikusan elküldjük, amint helyreáll; Önnek nincs teendője. Őrizze meg az itt látható hivatkozási számot.</translation>
    </message>
    <message>
        <source>Practice done — this is how a registered request looks</source>
        <translation>A gyakorlás véget ért — így néz ki egy iktatott kérelem</translation>
    </message>
    <message>
        <source>With a real request, the town hall would now work on it, and you could check how it is going on this kiosk with the number and the access code shown here. Nothing was sent this time.</source>
        <translation>Valódi kérelem esetén a polgármesteri hivatal most foglalkozna vele, és az itt látható számmal és hozzáférési kóddal ezen a terminálon követhetné, hol tart az ügye. Ezúttal semmit sem küldtünk el.</translation>
    </message>
    <message>
        <source>Questions? Ask at the information desk of {institution}, and show this number.</source>
        <translation>Kérdése van? Érdeklődjön az információs pultnál ({institution}), és mutassa meg ezt a számot.</translation>
    </message>
    <message>
        <source>Your petition was sent to the city&apos;s reporting service. Keep this number: the city uses it when it answers you or when you ask about your petition.</source>
        <translation>Beadványát elküldtük a város bejelentési szolgálatának. Őrizze meg ezt a számot: a város erre hivatkozik, amikor válaszol Önnek, vagy amikor Ön érdeklődik a beadványa felől.</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>PRACTICE — this request was not sent to the town hall. The number below is only for practice.</source>
        <translation>GYAKORLÁS — ezt a kérelmet nem küldtük el a polgármesteri hivatalnak. Az alábbi szám csak gyakorláshoz van.</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Iktatószám</translation>
    </message>
    <message>
        <source>Access code (to check the status)</source>
        <translation>Hozzáférési kód (az állapot ellenőrzéséhez)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Hivatkozási szám</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Mi történik ezután</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Nyomtatás…</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Elismervény nyomtatása</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Újranyomtatás</translation>
    </message>
    <message>
        <source>Another service</source>
        <translation>Másik szolgáltatás</translation>
    </message>
    <message>
        <source>Finish and clear my data</source>
        <translation>Befejezés és adataim törlése</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>No date chosen</source>
        <translation>Nincs dátum kiválasztva</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Dátum módosítása</translation>
    </message>
    <message>
        <source>Choose the date</source>
        <translation>Válassza ki a dátumot</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>Válassza ki a hónapot</translation>
    </message>
    <message>
        <source>Choose the day</source>
        <translation>Válassza ki a napot</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>Válassza ki az évet</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Vissza</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Text and contrast</source>
        <translation>Szöveg és kontraszt</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Szövegméret</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Normál szöveg</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Nagy szöveg</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kontraszt</translation>
    </message>
    <message>
        <source>Normal colours</source>
        <translation>Normál színek</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Nagy kontraszt</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>There is a problem</source>
        <translation>Probléma van</translation>
    </message>
    <message>
        <source>Tap a line to go to the answer that needs a change.</source>
        <translation>Érintsen meg egy sort, hogy a javítandó válaszhoz ugorjon.</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <source>Enter your answer here.</source>
        <translation>Írja ide a válaszát.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Válasszon egyet a lehetőségek közül.</translation>
    </message>
    <message>
        <source>Choose at least {min} of the options.</source>
        <translation>Válasszon legalább {min} lehetőséget.</translation>
    </message>
    <message>
        <source>Choose at most {max} of the options.</source>
        <translation>Legfeljebb {max} lehetőséget válasszon.</translation>
    </message>
    <message>
        <source>Tick the box to agree before you continue.</source>
        <translation>A továbblépés előtt jelölje be a négyzetet, hogy hozzájárul.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Adja meg a dátumot.</translation>
    </message>
    <message>
        <source>Enter a real date.</source>
        <translation>Létező dátumot adjon meg.</translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.com.</source>
        <translation>Adjon meg egy e-mail-címet, például nev@example.com.</translation>
    </message>
    <message>
        <source>Enter a phone number using digits, like 0722 123 456.</source>
        <translation>Számjegyekkel adja meg a telefonszámot, például 0722 123 456.</translation>
    </message>
    <message>
        <source>This number is not valid. Check the digits on your identity card.</source>
        <translation>Ez a szám nem érvényes. Ellenőrizze a számjegyeket a személyi igazolványán.</translation>
    </message>
    <message>
        <source>This is too short: write at least {min} characters.</source>
        <translation>Ez túl rövid: írjon legalább {min} karaktert.</translation>
    </message>
    <message>
        <source>This is too long: at most {max} characters.</source>
        <translation>Ez túl hosszú: legfeljebb {max} karakter lehet.</translation>
    </message>
    <message>
        <source>Enter a number, like 12.</source>
        <translation>Adjon meg egy számot, például 12.</translation>
    </message>
    <message>
        <source>Enter a whole number, like 3.</source>
        <translation>Adjon meg egy egész számot, például 3.</translation>
    </message>
    <message>
        <source>Enter a number from {min} to {max}.</source>
        <translation>Adjon meg egy számot {min} és {max} között.</translation>
    </message>
    <message>
        <source>Enter a number bigger than {min}.</source>
        <translation>Adjon meg egy számot, amely nagyobb, mint {min}.</translation>
    </message>
    <message>
        <source>Enter a number of {min} or more.</source>
        <translation>Adjon meg egy számot, amely legalább {min}.</translation>
    </message>
    <message>
        <source>Enter a number of {max} or less.</source>
        <translation>Adjon meg egy számot, amely legfeljebb {max}.</translation>
    </message>
    <message>
        <source>Check what you typed: it is not in the expected form.</source>
        <translation>Ellenőrizze, amit beírt: nem a várt formában van.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Igen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nem</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>(optional)</source>
        <translation>(nem kötelező)</translation>
    </message>
    <message>
        <source>Filled in from your ID chip. Check it and change it if needed.</source>
        <translation>A személyi igazolvány chipjéből kitöltve. Ellenőrizze, és szükség esetén módosítsa.</translation>
    </message>
    <message>
        <source>Filled in from your ID card. Check it and change it if needed.</source>
        <translation>A személyi igazolványából kitöltve. Ellenőrizze, és ha kell, módosítsa.</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Hiba:</translation>
    </message>
</context>
<context>
    <name>FormJourney</name>
    <message>
        <source>This service is not available on this kiosk</source>
        <translation>Ez a szolgáltatás ezen a terminálon nem érhető el</translation>
    </message>
    <message>
        <source>You can ask for it at the information desk. We are sorry for the trouble.</source>
        <translation>Az információs pultnál kérheti. Elnézést kérünk a kellemetlenségért.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server cannot be reached</source>
        <translation>A polgármesteri hivatal szervere nem érhető el</translation>
    </message>
    <message>
        <source>Please try again in a few minutes, or ask at the information desk. Nothing you typed is lost.</source>
        <translation>Kérjük, próbálja újra néhány perc múlva, vagy érdeklődjön az információs pultnál. Semmi sem veszett el abból, amit beírt.</translation>
    </message>
    <message>
        <source>The town hall could not accept this request</source>
        <translation>A polgármesteri hivatal nem tudta befogadni ezt a kérelmet</translation>
    </message>
    <message>
        <source>Your receipt is printed. Take it from the printer.</source>
        <translation>Elismervénye elkészült. Vegye ki a nyomtatóból.</translation>
    </message>
    <message>
        <source>The printer is not available right now. Please write down the number and the access code.</source>
        <translation>A nyomtató jelenleg nem érhető el. Kérjük, írja fel a számot és a hozzáférési kódot.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please write down the number and the access code.</source>
        <translation>Az elismervényt nem sikerült kinyomtatni. Kérjük, írja fel a számot és a hozzáférési kódot.</translation>
    </message>
    <message>
        <source>Please take a photo of the number and the access code on the screen, or write them down.</source>
        <translation>Kérjük, fényképezze le vagy írja fel a képernyőn látható számot és hozzáférési kódot.</translation>
    </message>
    <message>
        <source>Tick the statement that the person agreed, then send the request.</source>
        <translation>Jelölje be a nyilatkozatot, hogy a személy hozzájárult, majd küldje el a kérelmet.</translation>
    </message>
    <message>
        <source>Request receipt</source>
        <translation>Elismervény a kérelemről</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Szolgáltatás</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Iktatószám</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Hozzáférési kód</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Hivatkozási szám</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Személyi szám</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Válasz várható</translation>
    </message>
</context>
<context>
    <name>FormStepScreen</name>
    <message>
        <source>Getting the form ready…</source>
        <translation>Az űrlap előkészítése…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Próbálja újra</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Vissza a kezdőlapra</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>%1/%2. lépés</translation>
    </message>
    <message numerus="yes">
        <source>We filled in %n answer(s) from your ID card. Check them — you can change any of them.</source>
        <translation>
            <numerusform>%n választ kitöltöttünk a személyi igazolványából. Ellenőrizze, és ha kell, módosítsa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tovább</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Why we ask this</source>
        <translation>Miért kérdezzük</translation>
    </message>
</context>
<context>
    <name>Guided</name>
    <message>
        <source>Enter your staff PIN.</source>
        <translation>Írja be a munkatársi PIN-kódját.</translation>
    </message>
    <message>
        <source>No library staff are set up on this kiosk yet. A technician adds them in the admin screen.</source>
        <translation>Ezen a terminálon még nincsenek könyvtári munkatársak beállítva. Egy technikus veheti fel őket az adminisztrációs képernyőn.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>Túl sok hibás PIN-kód. Próbálja újra %n másodperc múlva.</translation>
    </message>
</context>
<context>
    <name>GuidedBanner</name>
    <message>
        <source>PRACTICE — nothing is sent to the town hall</source>
        <translation>GYAKORLÁS — semmi sem megy a hivatalhoz</translation>
    </message>
    <message>
        <source>Guided by %1 (library staff)</source>
        <translation>Segítő: %1 (könyvtári munkatárs)</translation>
    </message>
    <message>
        <source>Sample person: %1</source>
        <translation>Mintaszemély: %1</translation>
    </message>
    <message>
        <source>For someone who is not here</source>
        <translation>Olyasvalaki nevében, aki nincs itt</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Munkatársi menü</translation>
    </message>
</context>
<context>
    <name>GuidedForm</name>
    <message>
        <source>I confirm that the person named in this request asked me to send it for them and agreed that their details are used for it.</source>
        <translation>Megerősítem, hogy a kérelemben megnevezett személy megkért, hogy nevében elküldjem, és hozzájárult, hogy adatait erre felhasználják.</translation>
    </message>
</context>
<context>
    <name>GuidedSignInScreen</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Munkatársi belépés</translation>
    </message>
    <message>
        <source>For library staff: enter your staff PIN to guide this session.</source>
        <translation>Könyvtári munkatársaknak: írja be a munkatársi PIN-kódját, hogy segítse ezt a munkamenetet.</translation>
    </message>
    <message numerus="yes">
        <source>%n digits typed</source>
        <translation>
            <numerusform>%n számjegy beírva</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Utolsó számjegy törlése</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Help</source>
        <translation>Segítség</translation>
    </message>
    <message>
        <source>Touch the service you need, or type a word in the box at the top, for example &quot;certificate&quot;.</source>
        <translation>Érintse meg a kívánt szolgáltatást, vagy írjon be egy szót a felső mezőbe, például „igazolás”.</translation>
    </message>
    <message>
        <source>This page says which documents you need, what it costs and how long it takes.</source>
        <translation>Ezen az oldalon láthatja, milyen iratokra van szüksége, mennyibe kerül és mennyi ideig tart.</translation>
    </message>
    <message>
        <source>Touch the numbers and signs as on a pocket calculator. Your results are listed on the right.</source>
        <translation>Érintse meg a számokat és a jeleket, mint egy zsebszámológépen. Az eredményeket a jobb oldalon látja.</translation>
    </message>
    <message>
        <source>Days in red are public holidays. Touch a day to see the opening hours.</source>
        <translation>A munkaszüneti napok pirossal vannak jelölve. Érintsen meg egy napot a nyitvatartás megtekintéséhez.</translation>
    </message>
    <message>
        <source>Touch the language you speak.</source>
        <translation>Érintse meg azt a nyelvet, amelyet beszél.</translation>
    </message>
    <message>
        <source>The &quot;Finish&quot; button at the top right deletes everything you entered.</source>
        <translation>A jobb felső sarokban lévő „Befejezés” gomb mindent töröl, amit beírt.</translation>
    </message>
    <message>
        <source>I need help from a member of staff</source>
        <translation>Segítséget kérek egy munkatárstól</translation>
    </message>
    <message>
        <source>Please go to the information desk or wave to a member of staff: they will come to help you.</source>
        <translation>Kérjük, menjen az információs pulthoz, vagy intsen egy munkatársnak: odamegy Önhöz, és segít.</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>Munkatársi belépés</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Újév</translation>
    </message>
    <message>
        <source>Day after New Year&apos;s Day</source>
        <translation>Újév másnapja</translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation>Vízkereszt</translation>
    </message>
    <message>
        <source>Synaxis of Saint John the Baptist</source>
        <translation>Keresztelő Szent János ünnepe</translation>
    </message>
    <message>
        <source>Union Day</source>
        <translation>A román fejedelemségek egyesülésének napja</translation>
    </message>
    <message>
        <source>Pentecost Sunday</source>
        <translation>Ortodox pünkösdvasárnap</translation>
    </message>
    <message>
        <source>Pentecost Monday</source>
        <translation>Ortodox pünkösdhétfő</translation>
    </message>
    <message>
        <source>Dormition of the Mother of God</source>
        <translation>Nagyboldogasszony</translation>
    </message>
    <message>
        <source>Saint Andrew&apos;s Day</source>
        <translation>Szent András napja</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Románia nemzeti ünnepe</translation>
    </message>
    <message>
        <source>Second Day of Christmas (Old Style)</source>
        <translation>Ortodox karácsony másnapja</translation>
    </message>
    <message>
        <source>Memorial Easter</source>
        <translation>Halottak húsvétja</translation>
    </message>
    <message>
        <source>Victory Day and Europe Day</source>
        <translation>A győzelem napja és Európa-nap</translation>
    </message>
    <message>
        <source>Victory Day</source>
        <translation>A győzelem napja</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>A függetlenség napja</translation>
    </message>
    <message>
        <source>National Language Day</source>
        <translation>A nemzeti nyelv ünnepe</translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation>Bulgária felszabadulásának napja</translation>
    </message>
    <message>
        <source>Holy Saturday</source>
        <translation>Ortodox nagyszombat</translation>
    </message>
    <message>
        <source>Saint George&apos;s Day and Day of the Bulgarian Army</source>
        <translation>Szent György napja és a bolgár hadsereg napja</translation>
    </message>
    <message>
        <source>Day of Bulgarian Education, Culture and Slavic Script</source>
        <translation>A bolgár oktatás és kultúra és a szláv írásbeliség napja</translation>
    </message>
    <message>
        <source>Unification Day</source>
        <translation>Bulgária egyesítésének napja</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Szenteste</translation>
    </message>
    <message>
        <source>Day off in lieu of a public holiday</source>
        <translation>Pihenőnap ünnepnap helyett</translation>
    </message>
    <message>
        <source>Trinity Sunday</source>
        <translation>Ortodox pünkösd</translation>
    </message>
    <message>
        <source>Labour Day (second day)</source>
        <translation>A munka ünnepe (második nap)</translation>
    </message>
    <message>
        <source>Day of Remembrance and Victory</source>
        <translation>Az emlékezés és a nácizmus feletti győzelem napja</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Az alkotmány napja</translation>
    </message>
    <message>
        <source>Statehood Day</source>
        <translation>Az ukrán államiság napja</translation>
    </message>
    <message>
        <source>Defenders&apos; Day</source>
        <translation>Ukrajna védelmezőinek napja</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Ortodox nagypéntek</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Ortodox húsvétvasárnap</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Ortodox húsvéthétfő</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>A munka ünnepe</translation>
    </message>
    <message>
        <source>Children&apos;s Day</source>
        <translation>Gyermeknap</translation>
    </message>
    <message>
        <source>International Women&apos;s Day</source>
        <translation>Nemzetközi nőnap</translation>
    </message>
    <message>
        <source>Christmas (Old Style)</source>
        <translation>Ortodox karácsony</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Karácsony</translation>
    </message>
    <message>
        <source>Second Day of Christmas</source>
        <translation>Karácsony másnapja</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What do you need?</source>
        <translation>Mire van szüksége?</translation>
    </message>
    <message>
        <source>Nothing found. Try another word, or choose from the list below.</source>
        <translation>Nincs találat. Próbálkozzon másik szóval, vagy válasszon az alábbi listából.</translation>
    </message>
    <message>
        <source>Also on this kiosk</source>
        <translation>Még ezen a terminálon</translation>
    </message>
    <message>
        <source>Check a request</source>
        <translation>Kérelem ellenőrzése</translation>
    </message>
    <message>
        <source>With the number and code on your receipt</source>
        <translation>Az elismervényen lévő számmal és kóddal</translation>
    </message>
    <message>
        <source>Cancel an appointment</source>
        <translation>Időpont lemondása</translation>
    </message>
    <message>
        <source>With the number and code you received</source>
        <translation>A kapott számmal és kóddal</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Számológép</translation>
    </message>
    <message>
        <source>Add up fees and taxes</source>
        <translation>Díjak és adók összeadása</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Naptár</translation>
    </message>
    <message>
        <source>Opening hours and public holidays</source>
        <translation>Nyitvatartás és munkaszüneti napok</translation>
    </message>
    <message>
        <source>Practise with a sample person</source>
        <translation>Gyakorlás egy mintaszeméllyel</translation>
    </message>
    <message>
        <source>Try a request; nothing is sent</source>
        <translation>Próbáljon ki egy kérelmet; semmit sem küldünk el</translation>
    </message>
</context>
<context>
    <name>IdScan</name>
    <message>
        <source>Hold the back of your card in the frame, with the lines of letters at the bottom</source>
        <translation>Tartsa az igazolvány hátoldalát a keretben, a betűsorokkal alul</translation>
    </message>
    <message>
        <source>Reading your card… Hold it still</source>
        <translation>Beolvasás… Tartsa mozdulatlanul</translation>
    </message>
    <message>
        <source>Show the back of the card, with the lines of letters and &lt;&lt;&lt;</source>
        <translation>Mutassa az igazolvány hátoldalát, a betűsorokkal és a &lt;&lt;&lt; jelekkel</translation>
    </message>
    <message>
        <source>Hold the card closer</source>
        <translation>Tartsa közelebb az igazolványt</translation>
    </message>
    <message>
        <source>Hold the card still</source>
        <translation>Tartsa mozdulatlanul az igazolványt</translation>
    </message>
    <message>
        <source>Tilt the card a little — there is a reflection</source>
        <translation>Döntse meg kissé az igazolványt — tükröződik</translation>
    </message>
    <message>
        <source>It is too dark. Find more light</source>
        <translation>Túl sötét van. Keressen világosabb helyet</translation>
    </message>
    <message>
        <source>Turn the card over: the lines with &lt;&lt;&lt; go at the bottom</source>
        <translation>Forgassa el az igazolványt: a &lt;&lt;&lt; jeles sorok legyenek alul</translation>
    </message>
    <message>
        <source>Show one card at a time</source>
        <translation>Egyszerre csak egy kártyát mutasson</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Neve</translation>
    </message>
    <message>
        <source>Your personal identification number</source>
        <translation>Személyi száma</translation>
    </message>
    <message>
        <source>Your date of birth</source>
        <translation>Születési dátuma</translation>
    </message>
    <message>
        <source>Your sex</source>
        <translation>Neme</translation>
    </message>
    <message>
        <source>Your nationality</source>
        <translation>Állampolgársága</translation>
    </message>
    <message>
        <source>The card&apos;s number</source>
        <translation>Az igazolvány száma</translation>
    </message>
    <message>
        <source>The card&apos;s expiry date</source>
        <translation>Az igazolvány lejárati dátuma</translation>
    </message>
</context>
<context>
    <name>IdScanScreen</name>
    <message>
        <source>Scan your ID card</source>
        <translation>Olvassa be személyi igazolványát</translation>
    </message>
    <message>
        <source>The kiosk can read your details from the back of your identity card, so you do not have to type them.</source>
        <translation>A terminál be tudja olvasni adatait a személyi igazolvány hátoldaláról, így nem kell beírnia őket.</translation>
    </message>
    <message>
        <source>The kiosk can read your details from the chip of your identity card, so you do not have to type them.</source>
        <translation>A terminál be tudja olvasni adatait a személyi igazolvány chipjéből, így nem kell begépelnie őket.</translation>
    </message>
    <message>
        <source>It will read:</source>
        <translation>Ezeket olvassa be:</translation>
    </message>
    <message>
        <source>The kiosk reads your card only to fill in this form. Nothing is kept after you finish.</source>
        <translation>A terminál csak az űrlap kitöltéséhez olvassa be az igazolványt. Befejezés után semmit nem őriz meg.</translation>
    </message>
    <message>
        <source>Scan my ID card</source>
        <translation>Beolvasom az igazolványt</translation>
    </message>
    <message>
        <source>Place your card on the reader</source>
        <translation>Tegye a kártyát az olvasóra</translation>
    </message>
    <message>
        <source>Hold the card in front of the camera, about a hand&apos;s width away. It may take a few seconds.</source>
        <translation>Tartsa az igazolványt a kamera elé, nagyjából egy tenyérnyire. Néhány másodpercig tarthat.</translation>
    </message>
    <message>
        <source>We could not read your card</source>
        <translation>Nem sikerült beolvasni az igazolványt</translation>
    </message>
    <message>
        <source>The camera is not working. Type your details instead.</source>
        <translation>A kamera nem működik. Írja be inkább az adatait.</translation>
    </message>
    <message>
        <source>The card may be worn, or a light may be reflecting on it. You can try again, or type your details. It takes a minute.</source>
        <translation>Lehet, hogy az igazolvány kopott, vagy fény tükröződik rajta. Próbálja újra, vagy írja be az adatait. Egy percig tart.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Próbálja újra</translation>
    </message>
    <message>
        <source>Type it in instead</source>
        <translation>Inkább beírom az adatokat</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Még itt van?</translation>
    </message>
    <message numerus="yes">
        <source>To protect your data, this session will end in %n second(s) and everything you entered will be deleted.</source>
        <translation>
            <numerusform>Adatai védelmében a munkamenet %n másodperc múlva véget ér, és minden beírt adat törlődik.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Több időre van szükségem</translation>
    </message>
    <message>
        <source>Finish now and delete my data</source>
        <translation>Befejezés most és az adataim törlése</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
</context>
<context>
    <name>PaymentQrScreen</name>
    <message>
        <source>Pay on your phone</source>
        <translation>Fizessen telefonján</translation>
    </message>
    <message>
        <source>Paid. Thank you.</source>
        <translation>Kifizetve. Köszönjük.</translation>
    </message>
    <message>
        <source>The town hall has received %1. Your phone shows the receipt.</source>
        <translation>A polgármesteri hivatalhoz beérkezett az összeg: %1. A nyugtát a telefonján látja.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Vissza a kezdőlapra</translation>
    </message>
    <message>
        <source>This payment code has run out of time. Nothing was paid.</source>
        <translation>Ez a fizetési kód lejárt. Nem történt fizetés.</translation>
    </message>
    <message>
        <source>Make a new payment code</source>
        <translation>Új fizetési kód készítése</translation>
    </message>
    <message>
        <source>Payment code for %1</source>
        <translation>Fizetési kód: %1</translation>
    </message>
    <message>
        <source>1. Open your phone&apos;s camera.</source>
        <translation>1. Nyissa meg telefonja kameráját.</translation>
    </message>
    <message>
        <source>2. Point it at the code.</source>
        <translation>2. Irányítsa a kódra.</translation>
    </message>
    <message>
        <source>3. Pay on the page that opens.</source>
        <translation>3. Fizessen a megnyíló oldalon.</translation>
    </message>
    <message>
        <source>This screen changes by itself when your payment has arrived.</source>
        <translation>Ez a képernyő magától megváltozik, amikor a befizetés megérkezett.</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Érvényes eddig: %1</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Fizetési azonosító</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Nyomtatás…</translation>
    </message>
    <message>
        <source>Print a payment slip</source>
        <translation>Befizetési lap nyomtatása</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Újranyomtatás</translation>
    </message>
    <message>
        <source>To pay at a bank or post office instead</source>
        <translation>Ha inkább bankban vagy postán fizetne</translation>
    </message>
</context>
<context>
    <name>PortalErrors</name>
    <message>
        <source>Something went wrong while talking to the town hall&apos;s server.</source>
        <translation>Hiba történt a polgármesteri hivatal szerverével folytatott kommunikáció során.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server cannot be reached right now.</source>
        <translation>A polgármesteri hivatal szervere jelenleg nem érhető el.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server is taking too long to answer.</source>
        <translation>A polgármesteri hivatal szervere túl lassan válaszol.</translation>
    </message>
    <message>
        <source>The connection to the town hall&apos;s server could not be verified as secure. Please ask the staff for help.</source>
        <translation>Nem sikerült ellenőrizni, hogy biztonságos-e a kapcsolat a polgármesteri hivatal szerverével. Kérjük, kérjen segítséget a munkatársaktól.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server sent an answer the kiosk cannot read.</source>
        <translation>A polgármesteri hivatal szervere olyan választ küldött, amelyet a terminál nem tud értelmezni.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server has a problem right now.</source>
        <translation>A polgármesteri hivatal szerverénél jelenleg hiba van.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server is busy right now.</source>
        <translation>A polgármesteri hivatal szervere jelenleg túlterhelt.</translation>
    </message>
    <message>
        <source>This request is still being processed. Please wait a moment.</source>
        <translation>A kérés feldolgozása még folyamatban van. Kérjük, várjon egy kicsit.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server did not accept this request. Please ask the staff for help.</source>
        <translation>A polgármesteri hivatal szervere nem fogadta el ezt a kérést. Kérjük, kérjen segítséget a munkatársaktól.</translation>
    </message>
    <message>
        <source>This kiosk is not allowed to connect to the town hall&apos;s server. Please ask the staff for help.</source>
        <translation>Ez a terminál nem kapcsolódhat a polgármesteri hivatal szerveréhez. Kérjük, kérjen segítséget a munkatársaktól.</translation>
    </message>
    <message>
        <source>This kiosk is not allowed to do this. Please ask the staff for help.</source>
        <translation>Ez a terminál nem végezheti el ezt a műveletet. Kérjük, kérjen segítséget a munkatársaktól.</translation>
    </message>
    <message>
        <source>Nothing was found. Please check the number and code you entered.</source>
        <translation>Nincs találat. Kérjük, ellenőrizze a beírt számot és kódot.</translation>
    </message>
    <message>
        <source>Some answers need to be corrected.</source>
        <translation>Néhány választ javítani kell.</translation>
    </message>
    <message>
        <source>Your request is saved on this kiosk. It will be sent to the town hall as soon as the connection is back.</source>
        <translation>Kérelmét ez a terminál elmentette. Amint helyreáll a kapcsolat, elküldi a polgármesteri hivatalnak.</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <source>The printer is out of paper.</source>
        <translation>A nyomtatóból kifogyott a papír.</translation>
    </message>
    <message>
        <source>The paper is stuck in the printer.</source>
        <translation>Elakadt a papír a nyomtatóban.</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open.</source>
        <translation>A nyomtató fedele nyitva van.</translation>
    </message>
    <message>
        <source>The printer is switched off or not connected.</source>
        <translation>A nyomtató ki van kapcsolva, vagy nincs csatlakoztatva.</translation>
    </message>
    <message>
        <source>The printer has been stopped.</source>
        <translation>A nyomtatót leállították.</translation>
    </message>
    <message>
        <source>The printer is taking too long. Your paper may still come out.</source>
        <translation>A nyomtató nagyon lassú. Lehet, hogy a papír még kijön.</translation>
    </message>
    <message>
        <source>The printer is not working right now.</source>
        <translation>A nyomtató jelenleg nem működik.</translation>
    </message>
    <message>
        <source>Please take a photo of your number or write it down.</source>
        <translation>Kérjük, fényképezze le vagy írja fel a számát.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Keep this receipt.</source>
        <translation>Őrizze meg ezt az elismervényt.</translation>
    </message>
    <message>
        <source>Keep this slip.</source>
        <translation>Őrizze meg ezt a lapot.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Nyomtatva: %1</translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation>Terminál: %1</translation>
    </message>
    <message>
        <source>PRACTICE</source>
        <translation>GYAKORLÁS</translation>
    </message>
    <message>
        <source>Practice only. Nothing was sent to the town hall.</source>
        <translation>Csak gyakorlás. Semmit nem küldtünk el a hivatalnak.</translation>
    </message>
    <message>
        <source>Scan this code with your phone to follow your request.</source>
        <translation>Olvassa be a kódot telefonjával, és kövesse kérelmét.</translation>
    </message>
    <message>
        <source>Scan this code with your phone to add the appointment to your calendar.</source>
        <translation>Olvassa be a kódot telefonjával, és vegye fel az időpontot a naptárába.</translation>
    </message>
    <message>
        <source>Scan this code with your phone to pay online.</source>
        <translation>Olvassa be a kódot telefonjával, és fizessen online.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Check a request</source>
        <translation>Kérelem ellenőrzése</translation>
    </message>
    <message>
        <source>Cancel an appointment</source>
        <translation>Időpont lemondása</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Munkamenetek</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Befejezett</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Félbehagyott</translation>
    </message>
    <message>
        <source>Assisted by staff</source>
        <translation>Munkatárs segítségével</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Önállóan</translation>
    </message>
    <message>
        <source>Practice sessions</source>
        <translation>Gyakorló munkamenetek</translation>
    </message>
    <message>
        <source>Workshop attendance</source>
        <translation>Workshop-résztvevők</translation>
    </message>
    <message>
        <source>The kiosk’s own disk</source>
        <translation>A kioszk saját lemeze</translation>
    </message>
    <message>
        <source>The report could not be written there. Is the USB stick full or read-only?</source>
        <translation>A jelentést nem sikerült oda írni. Megtelt vagy írásvédett az USB-kulcs?</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Mentve: %1</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <source>Received</source>
        <translation>Beérkezett</translation>
    </message>
    <message>
        <source>The town hall has your request. It will get a registration number soon.</source>
        <translation>A polgármesteri hivatal megkapta kérelmét. Hamarosan iktatószámot kap.</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Iktatva</translation>
    </message>
    <message>
        <source>Your request has a registration number and is waiting for a clerk to start on it.</source>
        <translation>Kérelme iktatószámot kapott, és arra vár, hogy egy ügyintéző foglalkozzon vele.</translation>
    </message>
    <message>
        <source>Being worked on</source>
        <translation>Ügyintézés alatt</translation>
    </message>
    <message>
        <source>A clerk is working on your request.</source>
        <translation>Egy ügyintéző foglalkozik kérelmével.</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Önre vár</translation>
    </message>
    <message>
        <source>The town hall needs something from you before it can go on. Look for a letter, an email or a phone call from them, or ask at the front desk.</source>
        <translation>A polgármesteri hivatalnak szüksége van valamire Öntől a folytatáshoz. Figyelje, kap-e tőlük levelet, e-mailt vagy telefonhívást, vagy érdeklődjön az ügyfélszolgálaton.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Lezárva</translation>
    </message>
    <message>
        <source>Your request is finished. The town hall has sent you its answer, or will give it to you at the front desk.</source>
        <translation>Kérelme elintéződött. A polgármesteri hivatal elküldte Önnek a választ, vagy az ügyfélszolgálaton adja át.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Elutasítva</translation>
    </message>
    <message>
        <source>The town hall could not do what you asked. Its answer says why, and how you can challenge the decision.</source>
        <translation>A polgármesteri hivatal nem tudta teljesíteni kérését. Válaszában leírja, miért, és hogyan támadhatja meg a döntést.</translation>
    </message>
    <message>
        <source>Sent to another office</source>
        <translation>Továbbítva</translation>
    </message>
    <message>
        <source>Another institution deals with this, so the town hall has sent your request on to them. They will answer you.</source>
        <translation>Ez egy másik intézmény hatáskörébe tartozik, ezért a polgármesteri hivatal továbbította nekik kérelmét. Ők fognak válaszolni Önnek.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Visszavonva</translation>
    </message>
    <message>
        <source>This request was cancelled. Nothing more will be done with it.</source>
        <translation>Ezt a kérelmet visszavonták. A továbbiakban nem foglalkoznak vele.</translation>
    </message>
    <message>
        <source>Being dealt with</source>
        <translation>Folyamatban</translation>
    </message>
    <message>
        <source>Ask at the front desk if you want to know more about this step.</source>
        <translation>Ha többet szeretne tudni erről a lépésről, érdeklődjön az ügyfélszolgálaton.</translation>
    </message>
</context>
<context>
    <name>ScrollPage</name>
    <message>
        <source>Scroll up</source>
        <translation>Görgetés felfelé</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Görgetés lefelé</translation>
    </message>
</context>
<context>
    <name>ServiceDetail</name>
    <message>
        <source>Free of charge</source>
        <translation>Ingyenes</translation>
    </message>
</context>
<context>
    <name>ServiceDetailScreen</name>
    <message>
        <source>Documents you need</source>
        <translation>Szükséges iratok</translation>
    </message>
    <message>
        <source>No documents needed.</source>
        <translation>Nincs szükség iratokra.</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Díj</translation>
    </message>
    <message>
        <source>How long it takes</source>
        <translation>Ügyintézési idő</translation>
    </message>
    <message>
        <source>This is not part of a practice session: booking and paying would reach the town hall. Practise a request or a petition instead.</source>
        <translation>Ez nem része a gyakorlásnak: az időpontfoglalás és a fizetés eljutna a hivatalhoz. Gyakoroljon inkább egy kérelmet vagy egy beadványt.</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Időpontfoglalás</translation>
    </message>
    <message>
        <source>See what you owe and pay</source>
        <translation>Tartozások megtekintése és fizetés</translation>
    </message>
    <message>
        <source>Write your petition</source>
        <translation>Beadvány megírása</translation>
    </message>
    <message>
        <source>Start your request</source>
        <translation>Kérelem indítása</translation>
    </message>
    <message>
        <source>You can also ask for this at the information desk.</source>
        <translation>Ezt a szolgáltatást az információs pultnál is kérheti.</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Staff menu</source>
        <translation>Munkatársi menü</translation>
    </message>
    <message>
        <source>Show me: highlight what to touch</source>
        <translation>Mutasd: kiemeli, mit kell megérinteni</translation>
    </message>
    <message>
        <source>I submit for someone who is not here</source>
        <translation>Olyasvalaki nevében küldöm, aki nincs itt</translation>
    </message>
    <message>
        <source>End the practice session</source>
        <translation>A gyakorlás befejezése</translation>
    </message>
    <message>
        <source>Start a practice session</source>
        <translation>Gyakorlás indítása</translation>
    </message>
    <message>
        <source>Sample person, nothing is sent</source>
        <translation>Mintaszemély, semmit sem küldünk el</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshopok</translation>
    </message>
    <message>
        <source>Schedule and attendance</source>
        <translation>Időpontok és részvétel</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Jelentés</translation>
    </message>
    <message>
        <source>Anonymous figures, export CSV</source>
        <translation>Névtelen adatok, CSV-export</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Kilépés</translation>
    </message>
    <message>
        <source>The person continues alone</source>
        <translation>A személy egyedül folytatja</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Munkamenet befejezése</translation>
    </message>
    <message>
        <source>Delete everything entered</source>
        <translation>Minden beírt adat törlése</translation>
    </message>
</context>
<context>
    <name>StatusLookup</name>
    <message>
        <source>Enter the registration number from your receipt.</source>
        <translation>Adja meg az elismervényen lévő iktatószámot.</translation>
    </message>
    <message>
        <source>A registration number has only digits and a slash, like 2026/000123. Check it on your receipt.</source>
        <translation>Az iktatószám csak számjegyekből és egy perjelből áll, például 2026/000123. Ellenőrizze az elismervényen.</translation>
    </message>
    <message>
        <source>Enter the access code from your receipt.</source>
        <translation>Adja meg az elismervényen lévő hozzáférési kódot.</translation>
    </message>
    <message>
        <source>We could not find a request with this number and code. Check both on your receipt and try again.</source>
        <translation>Nem találtunk kérelmet ezzel a számmal és kóddal. Ellenőrizze mindkettőt az elismervényen, és próbálja újra.</translation>
    </message>
    <message>
        <source>We could not find this request from its code. If your receipt has a registration number and an access code, type them in.</source>
        <translation>A kód alapján nem találtuk a kérelmet. Ha az elismervényen van iktatószám és hozzáférési kód, írja be őket.</translation>
    </message>
    <message>
        <source>What you typed is kept. Try again in a moment, or ask the staff for help.</source>
        <translation>Amit beírt, megmaradt. Próbálja újra egy kis idő múlva, vagy kérjen segítséget a munkatársaktól.</translation>
    </message>
    <message>
        <source>We could not read a code. Hold the receipt closer, with the square code facing the camera, or type the number instead.</source>
        <translation>Nem sikerült kódot beolvasni. Tartsa közelebb az elismervényt, a négyzet alakú kóddal a kamera felé, vagy írja be inkább a számot.</translation>
    </message>
    <message>
        <source>This code is not from a town hall receipt. Try the square code on your receipt, or type the number instead.</source>
        <translation>Ez a kód nem a polgármesteri hivatal elismervényéről származik. Próbálja az elismervényén lévő négyzet alakú kódot, vagy írja be inkább a számot.</translation>
    </message>
    <message>
        <source>The camera is not working right now. Please type the number instead.</source>
        <translation>A kamera jelenleg nem működik. Kérjük, írja be inkább a számot.</translation>
    </message>
    <message>
        <source>We read the registration number from your receipt. Now type the access code printed next to it.</source>
        <translation>Beolvastuk az iktatószámot az elismervényről. Most írja be a mellette lévő hozzáférési kódot.</translation>
    </message>
    <message>
        <source>Printed. Take the paper from the printer.</source>
        <translation>Kinyomtatva. Vegye ki a lapot a nyomtatóból.</translation>
    </message>
    <message>
        <source>The printer is not working right now. You can check the status again at any time with your receipt.</source>
        <translation>A nyomtató jelenleg nem működik. Az elismervénnyel bármikor újra ellenőrizheti az állapotot.</translation>
    </message>
    <message>
        <source>You can check the status again at any time with your receipt.</source>
        <translation>Az elismervénnyel bármikor újra ellenőrizheti az állapotot.</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Iktatószám</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Szolgáltatás</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Várható határidő</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Ellenőrizve</translation>
    </message>
    <message>
        <source>Status of your request</source>
        <translation>Kérelme állapota</translation>
    </message>
</context>
<context>
    <name>StatusLookupScreen</name>
    <message>
        <source>Check a request</source>
        <translation>Kérelem ellenőrzése</translation>
    </message>
    <message>
        <source>Type the registration number and the access code. Both are printed on your receipt.</source>
        <translation>Írja be az iktatószámot és a hozzáférési kódot. Mindkettő rajta van az elismervényén.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Próbálja újra</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Iktatószám</translation>
    </message>
    <message>
        <source>For example 2026/000123</source>
        <translation>Például 2026/000123</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Hozzáférési kód</translation>
    </message>
    <message>
        <source>8 letters and digits, printed next to the registration number</source>
        <translation>8 betű és számjegy, az iktatószám mellett</translation>
    </message>
    <message>
        <source>Looking it up…</source>
        <translation>Keresés…</translation>
    </message>
    <message>
        <source>Check the status</source>
        <translation>Állapot ellenőrzése</translation>
    </message>
    <message>
        <source>Or</source>
        <translation>Vagy</translation>
    </message>
    <message>
        <source>Scan the QR code on your receipt</source>
        <translation>Olvassa be az elismervényen lévő QR-kódot</translation>
    </message>
    <message>
        <source>Hold the receipt in front of the camera</source>
        <translation>Tartsa az elismervényt a kamera elé</translation>
    </message>
    <message>
        <source>Scan your receipt</source>
        <translation>Elismervény beolvasása</translation>
    </message>
    <message>
        <source>Hold your receipt in front of the camera, with the square code facing it. Keep it still for a moment.</source>
        <translation>Tartsa az elismervényt a kamera elé, a négyzet alakú kóddal felé fordítva. Egy pillanatig tartsa mozdulatlanul.</translation>
    </message>
    <message>
        <source>Type the number instead</source>
        <translation>Inkább beírom a számot</translation>
    </message>
</context>
<context>
    <name>StatusTimelineScreen</name>
    <message>
        <source>Your request</source>
        <translation>Az Ön kérelme</translation>
    </message>
    <message>
        <source>Registration number %1</source>
        <translation>Iktatószám: %1</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Jelenlegi állapot</translation>
    </message>
    <message>
        <source>We expect to answer by %1.</source>
        <translation>Várhatóan eddig válaszolunk: %1.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Nyomtatás…</translation>
    </message>
    <message>
        <source>Print this status</source>
        <translation>Állapot nyomtatása</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Újranyomtatás</translation>
    </message>
    <message>
        <source>Check another request</source>
        <translation>Másik kérelem ellenőrzése</translation>
    </message>
    <message>
        <source>What has happened so far</source>
        <translation>Eddigi lépések</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (most)</translation>
    </message>
</context>
<context>
    <name>StreetPicker</name>
    <message>
        <source>Keep this street</source>
        <translation>Ez az utca marad</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Módosítás</translation>
    </message>
    <message>
        <source>Change the street</source>
        <translation>Utca módosítása</translation>
    </message>
    <message>
        <source>Type the first letters of the street name</source>
        <translation>Írja be az utcanév első betűit</translation>
    </message>
    <message>
        <source>No street found. Check the spelling, or type fewer letters.</source>
        <translation>Nincs ilyen utca. Ellenőrizze a helyesírást, vagy írjon be kevesebb betűt.</translation>
    </message>
    <message>
        <source>Type more letters to see fewer streets</source>
        <translation>Írjon be több betűt, hogy kevesebb utcát lásson</translation>
    </message>
</context>
<context>
    <name>Taxes</name>
    <message>
        <source>Nothing has been paid. Try again in a moment, or ask the staff for help.</source>
        <translation>Nem történt fizetés. Próbálja újra egy kis idő múlva, vagy kérjen segítséget a munkatársaktól.</translation>
    </message>
    <message>
        <source>Some of these amounts have changed, or are being paid right now. Go back and look them up again.</source>
        <translation>Néhány összeg megváltozott, vagy éppen most fizetik. Lépjen vissza, és kérdezze le őket újra.</translation>
    </message>
    <message>
        <source>Printed. Take the slip from the printer to pay at a bank or post office.</source>
        <translation>Kinyomtatva. Vegye ki a befizetési lapot a nyomtatóból, és fizessen bankban vagy postán.</translation>
    </message>
    <message>
        <source>The printer is not working right now. To pay at a bank or post office, write down the order number: %1</source>
        <translation>A nyomtató jelenleg nem működik. Banki vagy postai befizetéshez írja fel a fizetési azonosítót: %1</translation>
    </message>
    <message>
        <source>To pay at a bank or post office, take a photo of the order number or write it down: %1</source>
        <translation>Banki vagy postai befizetéshez fényképezze le vagy írja fel a fizetési azonosítót: %1</translation>
    </message>
    <message>
        <source>Overdue: it was due on %1</source>
        <translation>Lejárt: a határidő %1 volt</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Határidő: %1</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Időszak: %1</translation>
    </message>
    <message>
        <source>Tick at least one to pay</source>
        <translation>Jelöljön be legalább egyet a fizetéshez</translation>
    </message>
    <message>
        <source>Pay %1 on your phone</source>
        <translation>%1 fizetése telefonon</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Fizetési azonosító</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Összeg</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Személyi szám</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Érvényes eddig</translation>
    </message>
    <message>
        <source>Payment slip</source>
        <translation>Befizetési lap</translation>
    </message>
    <message>
        <source>To pay in person, show this slip at the town hall&apos;s cash desk, a bank or a post office.</source>
        <translation>Személyes befizetéshez mutassa be ezt a lapot a polgármesteri hivatal pénztárában, bankban vagy postán.</translation>
    </message>
    <message>
        <source>Or scan the code with your phone to pay online.</source>
        <translation>Vagy olvassa be a kódot telefonjával, és fizessen online.</translation>
    </message>
</context>
<context>
    <name>TaxesListScreen</name>
    <message>
        <source>What you owe</source>
        <translation>Az Ön tartozásai</translation>
    </message>
    <message>
        <source>For personal number %1</source>
        <translation>Személyi szám: %1</translation>
    </message>
    <message>
        <source>You owe nothing.</source>
        <translation>Nincs tartozása.</translation>
    </message>
    <message>
        <source>There are no unpaid taxes or bills for this personal number.</source>
        <translation>Ehhez a személyi számhoz nem tartozik kifizetetlen adó vagy számla.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Vissza a kezdőlapra</translation>
    </message>
    <message>
        <source>Tick what you want to pay now. Everything is ticked to start with.</source>
        <translation>Jelölje be, mit szeretne most kifizetni. Kezdetben minden be van jelölve.</translation>
    </message>
    <message>
        <source>Total to pay now (%1 of %2)</source>
        <translation>Most fizetendő összesen (%1 / %2 tétel)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Próbálja újra</translation>
    </message>
    <message>
        <source>Making your payment code…</source>
        <translation>Fizetési kód készítése…</translation>
    </message>
    <message>
        <source>You will get a code to scan with your phone</source>
        <translation>Kap egy kódot, amelyet telefonjával beolvashat</translation>
    </message>
</context>
<context>
    <name>TaxesLookup</name>
    <message>
        <source>Personal numeric code (CNP)</source>
        <translation>Személyi szám (CNP)</translation>
    </message>
    <message>
        <source>Personal identification number (IDNP)</source>
        <translation>Személyazonosító szám (IDNP)</translation>
    </message>
    <message>
        <source>Personal number (EGN)</source>
        <translation>Személyi szám (EGN)</translation>
    </message>
    <message>
        <source>Taxpayer number (RNOKPP)</source>
        <translation>Adóazonosító szám (RNOKPP)</translation>
    </message>
    <message>
        <source>Enter your %1. It is on your identity card.</source>
        <translation>Adja meg személyi számát (%1). A személyi igazolványán találja.</translation>
    </message>
    <message>
        <source>Your %1 has only digits. Type just the digits.</source>
        <translation>A személyi szám (%1) csak számjegyekből áll. Csak a számjegyeket írja be.</translation>
    </message>
    <message>
        <source>Your %1 has %2 digits. You typed %3.</source>
        <translation>A személyi szám (%1) %2 számjegyből áll. Ön %3 számjegyet írt be.</translation>
    </message>
    <message>
        <source>This %1 is not right. Check each digit against your identity card.</source>
        <translation>Ez a személyi szám (%1) nem helyes. Vesse össze minden számjegyét a személyi igazolványával.</translation>
    </message>
</context>
<context>
    <name>TaxesLookupScreen</name>
    <message>
        <source>Taxes and bills</source>
        <translation>Helyi adók és díjak</translation>
    </message>
    <message>
        <source>Type your personal number to see what you owe. Nothing is paid until you choose to pay.</source>
        <translation>Írja be személyi számát, hogy lássa tartozásait. Semmit nem fizet, amíg nem dönt a fizetésről.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Próbálja újra</translation>
    </message>
    <message>
        <source>%1 digits, printed on your identity card</source>
        <translation>%1 számjegy, a személyi igazolványán szerepel</translation>
    </message>
    <message>
        <source>Looking it up…</source>
        <translation>Keresés…</translation>
    </message>
    <message>
        <source>Show what I owe</source>
        <translation>Tartozásaim megtekintése</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Help</source>
        <translation>Segítség</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Nyelv: %1</translation>
    </message>
    <message>
        <source>Text and contrast</source>
        <translation>Szöveg és kontraszt</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Befejezés</translation>
    </message>
    <message>
        <source>Delete my data</source>
        <translation>Adataim törlése</translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <source>Give the workshop a title.</source>
        <translation>Adjon címet a workshopnak.</translation>
    </message>
    <message>
        <source>This date and time have passed. Choose a later one.</source>
        <translation>Ez az időpont már elmúlt. Válasszon későbbit.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Mentve: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Törölve: %1</translation>
    </message>
    <message>
        <source>Enter how many people came (0 if nobody came).</source>
        <translation>Írja be, hányan jöttek el (0, ha senki).</translation>
    </message>
    <message>
        <source>Attendance recorded for %1: %2</source>
        <translation>Rögzített részvétel – %1: %2</translation>
    </message>
</context>
<context>
    <name>YesNoChoice</name>
    <message>
        <source>Yes</source>
        <translation>Igen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nem</translation>
    </message>
</context>
</TS>
