<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu_HU" sourcelanguage="en">
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
        <source>You can also ask for this at the information desk.</source>
        <translation>Ezt a szolgáltatást az információs pultnál is kérheti.</translation>
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
</TS>
