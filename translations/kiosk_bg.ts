<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG" sourcelanguage="en">
<context>
    <name>Attract</name>
    <message>
        <source>Touch the screen to start</source>
        <translation>Докоснете екрана, за да започнете</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Изберете език</translation>
    </message>
    <message>
        <source>Request certificates and documents without queuing</source>
        <translation>Заявявайте удостоверения и документи без чакане на опашка</translation>
    </message>
    <message>
        <source>Check the status of your request with the code on your receipt</source>
        <translation>Проверете състоянието на заявлението си с кода от разписката</translation>
    </message>
    <message>
        <source>Scan your identity card to fill in forms faster</source>
        <translation>Сканирайте личната си карта, за да попълните формулярите по-бързо</translation>
    </message>
    <message>
        <source>Everything you enter is deleted when you finish</source>
        <translation>Всичко, което въведете, се изтрива, когато приключите</translation>
    </message>
</context>
<context>
    <name>BackBar</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>Calculator</name>
    <message>
        <source>Cannot divide by zero</source>
        <translation>Не може да се дели на нула</translation>
    </message>
    <message>
        <source>Number too large</source>
        <translation>Твърде голямо число</translation>
    </message>
</context>
<context>
    <name>CalculatorScreen</name>
    <message>
        <source>Clear</source>
        <translation>Изчистване</translation>
    </message>
    <message>
        <source>C</source>
        <comment>calculator key that clears everything</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Изтриване на последната цифра</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Процент</translation>
    </message>
    <message>
        <source>Divide</source>
        <translation>Делено</translation>
    </message>
    <message>
        <source>Multiply</source>
        <translation>Умножено</translation>
    </message>
    <message>
        <source>Subtract</source>
        <translation>Минус</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Плюс</translation>
    </message>
    <message>
        <source>Change sign</source>
        <translation>Смяна на знака</translation>
    </message>
    <message>
        <source>Decimal point</source>
        <translation>Десетична запетая</translation>
    </message>
    <message>
        <source>Equals</source>
        <translation>Равно</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Калкулатор</translation>
    </message>
    <message>
        <source>Your calculations</source>
        <translation>Вашите изчисления</translation>
    </message>
    <message>
        <source>Results appear here. They are deleted when you finish.</source>
        <translation>Резултатите се показват тук. Изтриват се, когато приключите.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Open: %1</source>
        <translation>Отворено: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Затворено</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>Сега е отворено, до %1</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Сега е затворено</translation>
    </message>
    <message>
        <source>Closed now. Opens %1 at %2</source>
        <translation>Сега е затворено. Отваря: %1 в %2 ч.</translation>
    </message>
</context>
<context>
    <name>CalendarScreen</name>
    <message>
        <source>Calendar</source>
        <translation>Календар</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Предишен месец</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Следващ месец</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>официален празник</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>затворено</translation>
    </message>
    <message>
        <source>Public holidays this month</source>
        <translation>Официални празници този месец</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Няма</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Днес</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Text and contrast</source>
        <translation>Текст и контраст</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Размер на текста</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Нормален текст</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Едър текст</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <source>Normal colours</source>
        <translation>Нормални цветове</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Висок контраст</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Help</source>
        <translation>Помощ</translation>
    </message>
    <message>
        <source>Touch the service you need, or type a word in the box at the top, for example &quot;certificate&quot;.</source>
        <translation>Докоснете услугата, от която имате нужда, или напишете дума в полето горе, например „удостоверение“.</translation>
    </message>
    <message>
        <source>This page says which documents you need, what it costs and how long it takes.</source>
        <translation>На тази страница пише какви документи са ви необходими, колко струва и колко време отнема.</translation>
    </message>
    <message>
        <source>Touch the numbers and signs as on a pocket calculator. Your results are listed on the right.</source>
        <translation>Докосвайте цифрите и знаците като на джобен калкулатор. Резултатите се показват вдясно.</translation>
    </message>
    <message>
        <source>Days in red are public holidays. Touch a day to see the opening hours.</source>
        <translation>С червено са отбелязани официалните празници. Докоснете ден, за да видите работното време.</translation>
    </message>
    <message>
        <source>Touch the language you speak.</source>
        <translation>Докоснете езика, на който говорите.</translation>
    </message>
    <message>
        <source>The &quot;Finish&quot; button at the top right deletes everything you entered.</source>
        <translation>Бутонът „Приключване“ горе вдясно изтрива всичко, което сте въвели.</translation>
    </message>
    <message>
        <source>I need help from a member of staff</source>
        <translation>Искам помощ от служител</translation>
    </message>
    <message>
        <source>Please go to the information desk or wave to a member of staff: they will come to help you.</source>
        <translation>Моля, отидете на информационното гише или дайте знак на служител: той ще дойде да ви помогне.</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Нова година</translation>
    </message>
    <message>
        <source>Day after New Year&apos;s Day</source>
        <translation>Втори ден на Нова година</translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation>Богоявление (Йордановден)</translation>
    </message>
    <message>
        <source>Synaxis of Saint John the Baptist</source>
        <translation>Ивановден</translation>
    </message>
    <message>
        <source>Union Day</source>
        <translation>Ден на обединението на румънските княжества</translation>
    </message>
    <message>
        <source>Pentecost Sunday</source>
        <translation>Петдесетница</translation>
    </message>
    <message>
        <source>Pentecost Monday</source>
        <translation>Духов ден</translation>
    </message>
    <message>
        <source>Dormition of the Mother of God</source>
        <translation>Успение Богородично</translation>
    </message>
    <message>
        <source>Saint Andrew&apos;s Day</source>
        <translation>Андреевден</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Национален празник на Румъния</translation>
    </message>
    <message>
        <source>Second Day of Christmas (Old Style)</source>
        <translation>Втори ден на Коледа (по стар стил)</translation>
    </message>
    <message>
        <source>Memorial Easter</source>
        <translation>Паметен Великден</translation>
    </message>
    <message>
        <source>Victory Day and Europe Day</source>
        <translation>Ден на победата и Ден на Европа</translation>
    </message>
    <message>
        <source>Victory Day</source>
        <translation>Ден на победата</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Ден на независимостта</translation>
    </message>
    <message>
        <source>National Language Day</source>
        <translation>Празник „Нашият език“</translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation>Ден на Освобождението</translation>
    </message>
    <message>
        <source>Holy Saturday</source>
        <translation>Велика събота</translation>
    </message>
    <message>
        <source>Saint George&apos;s Day and Day of the Bulgarian Army</source>
        <translation>Гергьовден, ден на храбростта и празник на Българската армия</translation>
    </message>
    <message>
        <source>Day of Bulgarian Education, Culture and Slavic Script</source>
        <translation>Ден на българската просвета и култура и на славянската писменост</translation>
    </message>
    <message>
        <source>Unification Day</source>
        <translation>Ден на Съединението</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Бъдни вечер</translation>
    </message>
    <message>
        <source>Day off in lieu of a public holiday</source>
        <translation>Почивен ден вместо официален празник</translation>
    </message>
    <message>
        <source>Trinity Sunday</source>
        <translation>Петдесетница (Света Троица)</translation>
    </message>
    <message>
        <source>Labour Day (second day)</source>
        <translation>Ден на труда (втори ден)</translation>
    </message>
    <message>
        <source>Day of Remembrance and Victory</source>
        <translation>Ден на паметта и победата над нацизма</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Ден на Конституцията</translation>
    </message>
    <message>
        <source>Statehood Day</source>
        <translation>Ден на украинската държавност</translation>
    </message>
    <message>
        <source>Defenders&apos; Day</source>
        <translation>Ден на защитниците на Украйна</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Разпети петък</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Великден</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Втори ден на Великден</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Ден на труда</translation>
    </message>
    <message>
        <source>Children&apos;s Day</source>
        <translation>Ден на детето</translation>
    </message>
    <message>
        <source>International Women&apos;s Day</source>
        <translation>Международен ден на жената</translation>
    </message>
    <message>
        <source>Christmas (Old Style)</source>
        <translation>Коледа (по стар стил)</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Коледа</translation>
    </message>
    <message>
        <source>Second Day of Christmas</source>
        <translation>Втори ден на Коледа</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What do you need?</source>
        <translation>От какво имате нужда?</translation>
    </message>
    <message>
        <source>Nothing found. Try another word, or choose from the list below.</source>
        <translation>Нищо не е намерено. Опитайте с друга дума или изберете от списъка по-долу.</translation>
    </message>
    <message>
        <source>Also on this kiosk</source>
        <translation>Също на този терминал</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Калкулатор</translation>
    </message>
    <message>
        <source>Add up fees and taxes</source>
        <translation>Пресметнете таксите и данъците</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календар</translation>
    </message>
    <message>
        <source>Opening hours and public holidays</source>
        <translation>Работно време и официални празници</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Още ли сте тук?</translation>
    </message>
    <message numerus="yes">
        <source>To protect your data, this session will end in %n second(s) and everything you entered will be deleted.</source>
        <translation>
            <numerusform>За да защитим данните ви, сесията ще приключи след %n секунда и всичко, което сте въвели, ще бъде изтрито.</numerusform>
            <numerusform>За да защитим данните ви, сесията ще приключи след %n секунди и всичко, което сте въвели, ще бъде изтрито.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Трябва ми още време</translation>
    </message>
    <message>
        <source>Finish now and delete my data</source>
        <translation>Приключване сега и изтриване на данните ми</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <source>Close</source>
        <translation>Затваряне</translation>
    </message>
</context>
<context>
    <name>PortalErrors</name>
    <message>
        <source>Something went wrong while talking to the town hall&apos;s server.</source>
        <translation>Възникна проблем при връзката със сървъра на общината.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server cannot be reached right now.</source>
        <translation>Сървърът на общината в момента е недостъпен.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server is taking too long to answer.</source>
        <translation>Сървърът на общината отговаря твърде бавно.</translation>
    </message>
    <message>
        <source>The connection to the town hall&apos;s server could not be verified as secure. Please ask the staff for help.</source>
        <translation>Не може да се потвърди, че връзката със сървъра на общината е защитена. Моля, обърнете се за помощ към служителите.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server sent an answer the kiosk cannot read.</source>
        <translation>Сървърът на общината изпрати отговор, който терминалът не може да прочете.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server has a problem right now.</source>
        <translation>Сървърът на общината има проблем в момента.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server is busy right now.</source>
        <translation>Сървърът на общината в момента е претоварен.</translation>
    </message>
    <message>
        <source>This request is still being processed. Please wait a moment.</source>
        <translation>Тази заявка все още се обработва. Моля, изчакайте малко.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server did not accept this request. Please ask the staff for help.</source>
        <translation>Сървърът на общината не прие тази заявка. Моля, обърнете се за помощ към служителите.</translation>
    </message>
    <message>
        <source>This kiosk is not allowed to connect to the town hall&apos;s server. Please ask the staff for help.</source>
        <translation>Този терминал няма разрешение да се свързва със сървъра на общината. Моля, обърнете се за помощ към служителите.</translation>
    </message>
    <message>
        <source>This kiosk is not allowed to do this. Please ask the staff for help.</source>
        <translation>Този терминал няма разрешение за това действие. Моля, обърнете се за помощ към служителите.</translation>
    </message>
    <message>
        <source>Nothing was found. Please check the number and code you entered.</source>
        <translation>Нищо не е намерено. Моля, проверете въведените номер и код.</translation>
    </message>
    <message>
        <source>Some answers need to be corrected.</source>
        <translation>Някои отговори трябва да бъдат поправени.</translation>
    </message>
    <message>
        <source>Your request is saved on this kiosk. It will be sent to the town hall as soon as the connection is back.</source>
        <translation>Заявлението ви е запазено на този терминал. Ще бъде изпратено до общината веднага щом връзката се възстанови.</translation>
    </message>
</context>
<context>
    <name>ScrollPage</name>
    <message>
        <source>Scroll up</source>
        <translation>Превъртане нагоре</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Превъртане надолу</translation>
    </message>
</context>
<context>
    <name>ServiceDetail</name>
    <message>
        <source>Free of charge</source>
        <translation>Безплатно</translation>
    </message>
</context>
<context>
    <name>ServiceDetailScreen</name>
    <message>
        <source>Documents you need</source>
        <translation>Необходими документи</translation>
    </message>
    <message>
        <source>No documents needed.</source>
        <translation>Не са необходими документи.</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Такса</translation>
    </message>
    <message>
        <source>How long it takes</source>
        <translation>Срок за изпълнение</translation>
    </message>
    <message>
        <source>You can also ask for this at the information desk.</source>
        <translation>Можете да заявите тази услуга и на информационното гише.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Help</source>
        <translation>Помощ</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Език: %1</translation>
    </message>
    <message>
        <source>Text and contrast</source>
        <translation>Текст и контраст</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Приключване</translation>
    </message>
    <message>
        <source>Delete my data</source>
        <translation>Изтриване на данните ми</translation>
    </message>
</context>
</TS>
