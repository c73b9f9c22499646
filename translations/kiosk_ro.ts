<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO" sourcelanguage="en">
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
        <source>You can also ask for this at the information desk.</source>
        <translation>Puteți solicita acest serviciu și la ghișeul de informații.</translation>
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
</TS>
