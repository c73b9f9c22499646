<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG" sourcelanguage="en">
<context>
    <name>Admin</name>
    <message>
        <source>%1 free of %2</source>
        <translation>%1 свободни от %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Enter the admin PIN</source>
        <translation>Въведете администраторския ПИН</translation>
    </message>
    <message>
        <source>No admin PIN is set on this kiosk. See “Admin screen” in the README.</source>
        <translation>На този терминал няма зададен администраторски ПИН. Вижте „Admin screen“ в README.</translation>
    </message>
    <message>
        <source>That PIN is not right. %n more tries before the PIN pad locks.</source>
        <translation>Грешен ПИН. Оставащи опити до заключване: %n.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
</context>
<context>
    <name>AdminBar</name>
    <message>
        <source>Admin home</source>
        <translation>Админ меню</translation>
    </message>
    <message>
        <source>Close admin</source>
        <translation>Изход от менюто</translation>
    </message>
</context>
<context>
    <name>AdminDevices</name>
    <message>
        <source>No card reader is set up</source>
        <translation>Няма настроен четец на карти</translation>
    </message>
    <message>
        <source>Printer test</source>
        <translation>Тест на принтера</translation>
    </message>
    <message>
        <source>No printer is set up</source>
        <translation>Няма настроен принтер</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Out of paper</source>
        <translation>Няма хартия</translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation>Заседнала хартия</translation>
    </message>
    <message>
        <source>Cover open</source>
        <translation>Отворен капак</translation>
    </message>
    <message>
        <source>Printer off or not connected</source>
        <translation>Принтерът е изключен или не е свързан</translation>
    </message>
    <message>
        <source>Queue stopped (cupsenable to start it)</source>
        <translation>Опашката е спряна (пуска се с cupsenable)</translation>
    </message>
    <message>
        <source>Queue refuses jobs (cupsaccept to open it)</source>
        <translation>Опашката не приема задачи (отваря се с cupsaccept)</translation>
    </message>
    <message>
        <source>The configured queue does not exist</source>
        <translation>Настроената опашка не съществува</translation>
    </message>
    <message>
        <source>CUPS does not answer</source>
        <translation>CUPS не отговаря</translation>
    </message>
    <message>
        <source>Paper low</source>
        <translation>Хартията свършва</translation>
    </message>
    <message>
        <source>Toner or ink low</source>
        <translation>Тонерът или мастилото свършват</translation>
    </message>
    <message>
        <source>Other printer problem</source>
        <translation>Друг проблем с принтера</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Печата</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Спрян</translation>
    </message>
    <message>
        <source>Start the camera, then hold an ID card’s back under it.</source>
        <translation>Включете камерата и поставете под нея гърба на лична карта.</translation>
    </message>
    <message>
        <source>Looking for the lines of letters and &lt;&lt;&lt; …</source>
        <translation>Търсене на редовете с букви и &lt;&lt;&lt; …</translation>
    </message>
    <message>
        <source>The card was read and its check digits are right.</source>
        <translation>Картата е прочетена и контролните ѝ цифри са верни.</translation>
    </message>
    <message>
        <source>No card was read. Check the light and the focus, then try again.</source>
        <translation>Не е прочетена карта. Проверете светлината и фокуса и опитайте отново.</translation>
    </message>
    <message>
        <source>The camera could not be opened. Check its cable and the camera setting.</source>
        <translation>Камерата не може да се отвори. Проверете кабела ѝ и настройката за камера.</translation>
    </message>
    <message>
        <source>No camera is set up on this kiosk.</source>
        <translation>На този терминал няма настроена камера.</translation>
    </message>
    <message>
        <source>Printing a test receipt…</source>
        <translation>Отпечатване на тестова разписка…</translation>
    </message>
    <message>
        <source>The test receipt was printed. Check that it is readable.</source>
        <translation>Тестовата разписка е отпечатана. Проверете дали се чете добре.</translation>
    </message>
    <message>
        <source>The printer is not available. Check the paper, the cover and the cable.</source>
        <translation>Принтерът не е достъпен. Проверете хартията, капака и кабела.</translation>
    </message>
    <message>
        <source>The test receipt could not be printed. Look at the printer’s state above.</source>
        <translation>Тестовата разписка не можа да се отпечата. Вижте състоянието на принтера по-горе.</translation>
    </message>
    <message>
        <source>The kiosk’s own disk</source>
        <translation>Собственият диск на терминала</translation>
    </message>
    <message>
        <source>The logs could not be written there. Is the USB stick full or read-only?</source>
        <translation>Журналите не можаха да се запишат там. Дали USB флашката не е пълна или защитена от запис?</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Запазено като %1</translation>
    </message>
    <message>
        <source>The card reader is not connected</source>
        <translation>Четецът на карти не е свързан</translation>
    </message>
    <message>
        <source>No card on the reader</source>
        <translation>Няма карта върху четеца</translation>
    </message>
    <message>
        <source>A card is on the reader</source>
        <translation>Върху четеца има карта</translation>
    </message>
    <message>
        <source>The card on the reader is an ID document chip.</source>
        <translation>Картата върху четеца е чип на документ за самоличност.</translation>
    </message>
    <message>
        <source>The card on the reader is not an ID document chip.</source>
        <translation>Картата върху четеца не е чип на документ за самоличност.</translation>
    </message>
    <message>
        <source>Put an ID card on the reader, then try again.</source>
        <translation>Поставете лична карта върху четеца и опитайте отново.</translation>
    </message>
</context>
<context>
    <name>AdminDevicesScreen</name>
    <message>
        <source>Camera and card reader</source>
        <translation>Камера и четец на карти</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Stop the camera</source>
        <translation>Спиране на камерата</translation>
    </message>
    <message>
        <source>Start the camera and read a card</source>
        <translation>Включване на камерата и четене на карта</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Четец на карти</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a card is in the reader</source>
        <translation>в четеца има карта</translation>
    </message>
    <message>
        <source>no card in the reader</source>
        <translation>в четеца няма карта</translation>
    </message>
    <message>
        <source>Test read</source>
        <translation>Пробно четене</translation>
    </message>
</context>
<context>
    <name>AdminHomeScreen</name>
    <message>
        <source>Technician settings</source>
        <translation>Настройки за техници</translation>
    </message>
    <message>
        <source>Kiosk ID</source>
        <translation>ID на терминала</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Място</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Версия на приложението</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>Време на работа</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Място на диска</translation>
    </message>
    <message>
        <source>The disk is almost full. Export the logs, then ask for the kiosk to be serviced.</source>
        <translation>Дискът е почти пълен. Запазете журналите и поискайте поддръжка на терминала.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Kiosk ID, languages, timeouts, display, camera</source>
        <translation>ID на терминала, езици, изчакване, екран, камера</translation>
    </message>
    <message>
        <source>Camera and card reader</source>
        <translation>Камера и четец на карти</translation>
    </message>
    <message>
        <source>Live picture and a test read</source>
        <translation>Образ на живо и пробно четене</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>State and a test receipt</source>
        <translation>Състояние и тестова разписка</translation>
    </message>
    <message>
        <source>Portal connection</source>
        <translation>Връзка с портала</translation>
    </message>
    <message>
        <source>Check the connection, enrol this kiosk</source>
        <translation>Проверка на връзката, регистриране на терминала</translation>
    </message>
    <message>
        <source>Waiting requests</source>
        <translation>Чакащи заявления</translation>
    </message>
    <message>
        <source>Counts and send now</source>
        <translation>Брой и изпращане веднага</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Журнали</translation>
    </message>
    <message>
        <source>Save the logs to a USB stick</source>
        <translation>Запазване на журналите на USB флашка</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Обучения</translation>
    </message>
    <message>
        <source>Schedule and attendance</source>
        <translation>График и присъствие</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <source>Anonymous figures, export CSV</source>
        <translation>Анонимни данни, износ в CSV</translation>
    </message>
    <message>
        <source>Library staff</source>
        <translation>Служители на библиотеката</translation>
    </message>
    <message>
        <source>Who may sign in to guide sessions</source>
        <translation>Кой може да влиза, за да води сесии</translation>
    </message>
    <message>
        <source>Restart the kiosk app</source>
        <translation>Рестартиране на приложението</translation>
    </message>
    <message>
        <source>Needed after saving settings or enrolling</source>
        <translation>Нужно след запазване на настройки или регистриране</translation>
    </message>
</context>
<context>
    <name>AdminLockoutScreen</name>
    <message>
        <source>The PIN pad is locked</source>
        <translation>Въвеждането на ПИН е заключено</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затваряне</translation>
    </message>
    <message>
        <source>The wrong PIN was entered too many times.</source>
        <translation>Твърде много пъти е въведен грешен ПИН.</translation>
    </message>
    <message>
        <source>You can try again in %1.</source>
        <translation>Можете да опитате отново след %1.</translation>
    </message>
    <message>
        <source>Each further wrong PIN makes the wait longer. If you have forgotten the PIN, set a new one from the kiosk&apos;s terminal (see the README).</source>
        <translation>Всеки следващ грешен ПИН удължава чакането. Ако сте забравили ПИН кода, задайте нов от командния ред на терминала (вижте README).</translation>
    </message>
</context>
<context>
    <name>AdminLogsScreen</name>
    <message>
        <source>Logs</source>
        <translation>Журнали</translation>
    </message>
    <message>
        <source>Plug in a USB stick, then choose where to save the logs. Personal data is removed from them.</source>
        <translation>Поставете USB флашка и изберете къде да запазите журналите. Личните данни се премахват от тях.</translation>
    </message>
    <message>
        <source>Save to %1</source>
        <translation>Запазване в %1</translation>
    </message>
</context>
<context>
    <name>AdminOutboxScreen</name>
    <message>
        <source>Waiting requests</source>
        <translation>Чакащи заявления</translation>
    </message>
    <message>
        <source>The kiosk is not connected to a portal yet, so there is no outbox.</source>
        <translation>Терминалът още не е свързан с портал, затова няма опашка за изпращане.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Изпращане сега</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Опресняване</translation>
    </message>
</context>
<context>
    <name>AdminPinScreen</name>
    <message>
        <source>Technician access</source>
        <translation>Достъп за техници</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Enter the admin PIN.</source>
        <translation>Въведете администраторския ПИН.</translation>
    </message>
    <message>
        <source>No admin PIN is set on this kiosk yet.</source>
        <translation>На този терминал още няма зададен администраторски ПИН.</translation>
    </message>
    <message numerus="yes">
        <source>%n digits typed</source>
        <translation>
            <numerusform>Въведена е %n цифра</numerusform>
            <numerusform>Въведени са %n цифри</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Изтриване на последната цифра</translation>
    </message>
</context>
<context>
    <name>AdminPortal</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Чакат изпращане</translation>
    </message>
    <message>
        <source>Being sent now</source>
        <translation>Изпращат се в момента</translation>
    </message>
    <message>
        <source>Could not be sent (needs a retry)</source>
        <translation>Неизпратени (нужен е нов опит)</translation>
    </message>
    <message>
        <source>Delivered (receipts kept)</source>
        <translation>Доставени (разписките се пазят)</translation>
    </message>
    <message>
        <source>Enter the portal’s address, starting with https://</source>
        <translation>Въведете адреса на портала, започващ с https://</translation>
    </message>
    <message>
        <source>That code did not work. Codes work only once and expire: ask for a new one.</source>
        <translation>Този код не проработи. Кодовете важат само веднъж и изтичат: поискайте нов.</translation>
    </message>
    <message>
        <source>The kiosk cannot reach that address. Check the address and the network.</source>
        <translation>Терминалът не може да достигне този адрес. Проверете адреса и мрежата.</translation>
    </message>
    <message>
        <source>The portal’s certificate is not trusted. Check the address, or ask for the portal’s certificate authority (ca_bundle).</source>
        <translation>Сертификатът на портала не е доверен. Проверете адреса или поискайте удостоверителния орган на портала (ca_bundle).</translation>
    </message>
    <message>
        <source>The portal did not accept the enrolment. Try again, or ask for a new code.</source>
        <translation>Порталът не прие регистрацията. Опитайте отново или поискайте нов код.</translation>
    </message>
    <message>
        <source>The kiosk could not store its token in the system keyring. Restart the kiosk and try again.</source>
        <translation>Терминалът не можа да запази токена си в системния ключодържател (keyring). Рестартирайте терминала и опитайте отново.</translation>
    </message>
    <message>
        <source>Portal reachable</source>
        <translation>Порталът е достъпен</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Secure, certificate checked</source>
        <translation>Защитена, сертификатът е проверен</translation>
    </message>
    <message>
        <source>Not encrypted (http): use https on a real kiosk</source>
        <translation>Не е криптирана (http): използвайте https на реален терминал</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Сертификатът не е доверен</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Защитена връзка (TLS)</translation>
    </message>
    <message>
        <source>This kiosk is enrolled</source>
        <translation>Терминалът е регистриран</translation>
    </message>
    <message>
        <source>Yes, as %1</source>
        <translation>Да, като %1</translation>
    </message>
    <message>
        <source>No: enrol it below</source>
        <translation>Не: регистрирайте го по-долу</translation>
    </message>
    <message>
        <source>Right (%n s apart)</source>
        <translation>Верен (разлика %n с)</translation>
    </message>
    <message>
        <source>Wrong by %n s: set the kiosk’s date and time</source>
        <translation>Разлика %n с: настройте датата и часа на терминала</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Часовник</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Регистриране…</translation>
    </message>
    <message>
        <source>This kiosk is enrolled with %1. Restart the kiosk to connect.</source>
        <translation>Терминалът е регистриран в %1. Рестартирайте го, за да се свърже.</translation>
    </message>
    <message>
        <source>This kiosk is enrolled with %1, but the address could not be saved in the settings file.</source>
        <translation>Терминалът е регистриран в %1, но адресът не можа да се запише във файла с настройки.</translation>
    </message>
    <message>
        <source>Sending now. The counts update in a few seconds.</source>
        <translation>Изпращане. Броят ще се обнови след няколко секунди.</translation>
    </message>
    <message>
        <source>No: the address cannot be reached</source>
        <translation>Не: адресът е недостъпен</translation>
    </message>
    <message>
        <source>No: it did not answer in time</source>
        <translation>Не: не отговори навреме</translation>
    </message>
    <message>
        <source>No: its certificate is not trusted</source>
        <translation>Не: сертификатът му не е доверен</translation>
    </message>
    <message>
        <source>No device token: enrol this kiosk</source>
        <translation>Няма токен на устройството: регистрирайте терминала</translation>
    </message>
    <message>
        <source>Not connected: enrol this kiosk, then restart</source>
        <translation>Няма връзка: регистрирайте терминала и го рестартирайте</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
</context>
<context>
    <name>AdminPortalScreen</name>
    <message>
        <source>Portal connection</source>
        <translation>Връзка с портала</translation>
    </message>
    <message>
        <source>Portal address: %1</source>
        <translation>Адрес на портала: %1</translation>
    </message>
    <message>
        <source>No portal address is set yet.</source>
        <translation>Още няма зададен адрес на портала.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Проверка на връзката</translation>
    </message>
    <message>
        <source>Enrol this kiosk</source>
        <translation>Регистриране на терминала</translation>
    </message>
    <message>
        <source>Ask the portal&apos;s administrator for a one-time enrolment code for this kiosk&apos;s ID.</source>
        <translation>Поискайте от администратора на портала еднократен код за регистрация за ID-то на този терминал.</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Адрес на портала</translation>
    </message>
    <message>
        <source>One-time enrolment code</source>
        <translation>Еднократен код за регистрация</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Регистриране</translation>
    </message>
</context>
<context>
    <name>AdminPrinterScreen</name>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Printer queue</source>
        <translation>Опашка на принтера</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <source>Print a test receipt</source>
        <translation>Отпечатване на тестова разписка</translation>
    </message>
</context>
<context>
    <name>AdminReportScreen</name>
    <message>
        <source>Report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ден</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Седмица</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месец</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>По-рано</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>По-късно</translation>
    </message>
    <message>
        <source>Sessions by service</source>
        <translation>Сесии по услуги</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>Няма сесии за този период.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завършени</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Незавършени</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>завършени: %1</translation>
    </message>
    <message>
        <source>Sessions by language</source>
        <translation>Сесии по езици</translation>
    </message>
    <message>
        <source>Workshops held</source>
        <translation>Проведени обучения</translation>
    </message>
    <message>
        <source>People who came: %1</source>
        <translation>Присъствали: %1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Износ в CSV</translation>
    </message>
    <message>
        <source>Plug in a USB stick, then choose where to save this period&apos;s figures. They hold no personal data.</source>
        <translation>Поставете USB памет и изберете къде да запишете данните за този период. Те не съдържат лични данни.</translation>
    </message>
    <message>
        <source>Save to %1</source>
        <translation>Запис на %1</translation>
    </message>
</context>
<context>
    <name>AdminSettings</name>
    <message>
        <source>Kiosk ID</source>
        <translation>ID на терминала</translation>
    </message>
    <message>
        <source>The name the portal knows this kiosk by, e.g. deva-lobby-1</source>
        <translation>Името, под което порталът познава терминала, напр. deva-lobby-1</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Име на мястото</translation>
    </message>
    <message>
        <source>Kind of kiosk</source>
        <translation>Вид терминал</translation>
    </message>
    <message>
        <source>Town-hall lobby panel</source>
        <translation>Панел във фоайето на общината</translation>
    </message>
    <message>
        <source>Library point</source>
        <translation>Точка в библиотека</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation>Предлагани езици</translation>
    </message>
    <message>
        <source>Language shown first</source>
        <translation>Първоначален език</translation>
    </message>
    <message>
        <source>Seconds without a touch before the warning</source>
        <translation>Секунди без докосване преди предупреждението</translation>
    </message>
    <message>
        <source>Seconds the warning counts down</source>
        <translation>Секунди за обратното броене в предупреждението</translation>
    </message>
    <message>
        <source>Seconds before this admin screen closes itself</source>
        <translation>Секунди, след които този админ екран се затваря сам</translation>
    </message>
    <message>
        <source>Screen dots per inch (DPI)</source>
        <translation>Точки на инч на екрана (DPI)</translation>
    </message>
    <message>
        <source>Touch targets are sized in millimetres from this value</source>
        <translation>От тази стойност се смята размерът на бутоните в милиметри</translation>
    </message>
    <message>
        <source>Screen rotation</source>
        <translation>Завъртане на екрана</translation>
    </message>
    <message>
        <source>Text size at the start of each session</source>
        <translation>Размер на текста в началото на всяка сесия</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Нормален</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Едър</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Camera if connected, else the demo camera</source>
        <translation>Камера, ако е свързана, иначе демо камера</translation>
    </message>
    <message>
        <source>Camera device</source>
        <translation>Физическа камера</translation>
    </message>
    <message>
        <source>Demo camera</source>
        <translation>Демо камера</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Без камера</translation>
    </message>
    <message>
        <source>Camera device number (N in /dev/videoN)</source>
        <translation>Номер на камерата (N в /dev/videoN)</translation>
    </message>
    <message>
        <source>Where petitions go</source>
        <translation>Къде се изпращат сигналите</translation>
    </message>
    <message>
        <source>The portal</source>
        <translation>Порталът</translation>
    </message>
    <message>
        <source>An Open311 server</source>
        <translation>Сървър Open311</translation>
    </message>
    <message>
        <source>Open311 server address</source>
        <translation>Адрес на сървъра Open311</translation>
    </message>
    <message>
        <source>These settings cannot be used: %1</source>
        <translation>Тези настройки не могат да се използват: %1</translation>
    </message>
    <message>
        <source>Choose one of the options</source>
        <translation>Изберете един от вариантите</translation>
    </message>
    <message>
        <source>Choose at least one language</source>
        <translation>Изберете поне един език</translation>
    </message>
    <message>
        <source>Enter up to 64 letters, digits, dots, dashes or underscores, with no spaces</source>
        <translation>Въведете до 64 букви, цифри, точки, тирета или долни черти, без интервали</translation>
    </message>
    <message>
        <source>Enter an address starting with https://</source>
        <translation>Въведете адрес, започващ с https://</translation>
    </message>
    <message>
        <source>Enter a value</source>
        <translation>Въведете стойност</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2</source>
        <translation>Въведете число от %1 до %2</translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2</source>
        <translation>Въведете цяло число от %1 до %2</translation>
    </message>
    <message>
        <source>This kiosk was started without a settings file, so nothing can be saved.</source>
        <translation>Терминалът е стартиран без файл с настройки, затова нищо не може да се запази.</translation>
    </message>
    <message>
        <source>The settings file cannot be read. Nothing was changed.</source>
        <translation>Файлът с настройки не може да се прочете. Нищо не е променено.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Няма промени.</translation>
    </message>
    <message>
        <source>Saved. Restart the kiosk to use the new settings.</source>
        <translation>Запазено. Рестартирайте терминала, за да влязат в сила новите настройки.</translation>
    </message>
</context>
<context>
    <name>AdminSettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Запазване на настройките</translation>
    </message>
</context>
<context>
    <name>AdminStaff</name>
    <message>
        <source>The staff ID may have only small letters, digits, dots, dashes and underscores.</source>
        <translation>ИД на служителя може да съдържа само малки латински букви, цифри, точки, тирета и долни черти.</translation>
    </message>
    <message>
        <source>Enter the name shown on the banner.</source>
        <translation>Въведете името, което се показва на лентата.</translation>
    </message>
    <message>
        <source>The PIN must have %1 to %2 digits.</source>
        <translation>ПИН кодът трябва да има от %1 до %2 цифри.</translation>
    </message>
    <message>
        <source>Someone already has this staff ID.</source>
        <translation>Този ИД на служител вече е зает.</translation>
    </message>
    <message>
        <source>Someone already has this PIN. Choose another one.</source>
        <translation>Този ПИН вече е зает. Изберете друг.</translation>
    </message>
    <message>
        <source>The two PINs are different. Type the same PIN twice.</source>
        <translation>Двата ПИН кода се различават. Въведете един и същ ПИН два пъти.</translation>
    </message>
    <message>
        <source>%1 can now sign in.</source>
        <translation>%1 вече може да влиза.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Премахнато.</translation>
    </message>
</context>
<context>
    <name>AdminStaffScreen</name>
    <message>
        <source>Library staff</source>
        <translation>Служители на библиотеката</translation>
    </message>
    <message>
        <source>Nobody can sign in as staff yet.</source>
        <translation>Все още никой не може да влиза като служител.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Премахни</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Премахни: %1</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Добави служител</translation>
    </message>
    <message>
        <source>Staff ID (sent with requests they help with)</source>
        <translation>ИД на служителя (изпраща се със заявленията, при които помага)</translation>
    </message>
    <message>
        <source>Name shown on the banner</source>
        <translation>Име на лентата</translation>
    </message>
    <message>
        <source>Staff PIN (4 to 12 digits)</source>
        <translation>Служебен ПИН (4–12 цифри)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Същият ПИН още веднъж</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добави</translation>
    </message>
</context>
<context>
    <name>AdminWorkshopsScreen</name>
    <message>
        <source>Workshops</source>
        <translation>Обучения</translation>
    </message>
    <message>
        <source>Add a workshop</source>
        <translation>Добавяне на обучение</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Предстоящи</translation>
    </message>
    <message>
        <source>No workshops are planned.</source>
        <translation>Няма планирани обучения.</translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation>Места: %1</translation>
    </message>
    <message>
        <source>From the settings file</source>
        <translation>От файла с настройки</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Промяна</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Премахване</translation>
    </message>
    <message>
        <source>Took place</source>
        <translation>Проведени</translation>
    </message>
    <message>
        <source>No workshops in the last two months.</source>
        <translation>Няма обучения през последните два месеца.</translation>
    </message>
    <message>
        <source>People who came: %1</source>
        <translation>Присъствали: %1</translation>
    </message>
    <message>
        <source>Attendance not recorded yet</source>
        <translation>Присъствието още не е записано</translation>
    </message>
    <message>
        <source>Correct the count</source>
        <translation>Поправка на броя</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>Записване на присъствие</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Ново обучение</translation>
    </message>
    <message>
        <source>Change the workshop</source>
        <translation>Промяна на обучението</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Място</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и час</translation>
    </message>
    <message>
        <source>Day before</source>
        <translation>Ден по-рано</translation>
    </message>
    <message>
        <source>Day after</source>
        <translation>Ден по-късно</translation>
    </message>
    <message>
        <source>1 hour earlier</source>
        <translation>1 час по-рано</translation>
    </message>
    <message>
        <source>1 hour later</source>
        <translation>1 час по-късно</translation>
    </message>
    <message>
        <source>15 minutes earlier</source>
        <translation>15 минути по-рано</translation>
    </message>
    <message>
        <source>15 minutes later</source>
        <translation>15 минути по-късно</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Fewer seats</source>
        <translation>По-малко места</translation>
    </message>
    <message>
        <source>More seats</source>
        <translation>Повече места</translation>
    </message>
    <message>
        <source>Language of the workshop</source>
        <translation>Език на обучението</translation>
    </message>
    <message>
        <source>Save the workshop</source>
        <translation>Запис на обучението</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>How many people came?</source>
        <translation>Колко души дойдоха?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Изтриване на последната цифра</translation>
    </message>
</context>
<context>
    <name>AppointmentCancelScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Зареждане…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Опитайте отново</translation>
    </message>
    <message>
        <source>Cancel an appointment</source>
        <translation>Отмяна на записан час</translation>
    </message>
    <message>
        <source>Enter the appointment number and the access code. They are on your appointment slip.</source>
        <translation>Въведете номера на записания час и кода за достъп. Те са на вашия талон.</translation>
    </message>
    <message>
        <source>Appointment number</source>
        <translation>Номер на записания час</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Код за достъп</translation>
    </message>
    <message>
        <source>Find my appointment</source>
        <translation>Намиране на записания час</translation>
    </message>
    <message>
        <source>Is this the appointment you want to cancel?</source>
        <translation>Този час ли искате да отмените?</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <source>This appointment is not booked any more, so there is nothing to cancel.</source>
        <translation>Този час вече не е записан, така че няма какво да се отменя.</translation>
    </message>
    <message>
        <source>Cancel this appointment</source>
        <translation>Отмяна на този час</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Запазване на часа</translation>
    </message>
    <message>
        <source>Look up another appointment</source>
        <translation>Търсене на друг записан час</translation>
    </message>
    <message>
        <source>Your appointment is cancelled</source>
        <translation>Часът ви е отменен</translation>
    </message>
    <message>
        <source>%1 at %2 is free again for others. You do not need to do anything else.</source>
        <translation>Часът %1 в %2 отново е свободен за други. Не е нужно да правите нищо повече.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Към началото</translation>
    </message>
</context>
<context>
    <name>AppointmentConfirmationScreen</name>
    <message>
        <source>Your appointment is booked</source>
        <translation>Часът ви е записан</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Appointment number</source>
        <translation>Номер на записания час</translation>
    </message>
    <message>
        <source>Access code (you need it with the number to cancel)</source>
        <translation>Код за достъп (нужен е заедно с номера за отмяна)</translation>
    </message>
    <message>
        <source>Bring your identity document with you. Write down the number and code, or print them.</source>
        <translation>Носете документа си за самоличност. Запишете номера и кода или ги отпечатайте.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Отпечатване…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Отпечатване</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Отпечатване отново</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Приключване</translation>
    </message>
    <message>
        <source>Scan to add it to your phone&apos;s calendar</source>
        <translation>Сканирайте, за да го добавите в календара на телефона си</translation>
    </message>
</context>
<context>
    <name>AppointmentDaysScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Зареждане…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Опитайте отново</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Изберете ден</translation>
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
        <source>There are no free times at this office in the coming weeks. Please choose another office or ask at the information desk.</source>
        <translation>В този офис няма свободни часове през следващите седмици. Моля, изберете друг офис или попитайте на информационното гише.</translation>
    </message>
    <message>
        <source>Tap a green day to see its free times. Grey days are full or closed.</source>
        <translation>Докоснете зелен ден, за да видите свободните часове. Сивите дни са заети или неработни.</translation>
    </message>
</context>
<context>
    <name>AppointmentHoldScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Зареждане…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Опитайте отново</translation>
    </message>
    <message>
        <source>Check and confirm your appointment</source>
        <translation>Проверете и потвърдете часа</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Personal identification number</source>
        <translation>Личен идентификационен номер</translation>
    </message>
    <message>
        <source>Confirm the appointment</source>
        <translation>Потвърждаване на часа</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Избор на друг час</translation>
    </message>
</context>
<context>
    <name>AppointmentOfficesScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Зареждане…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Опитайте отново</translation>
    </message>
    <message>
        <source>Choose an office</source>
        <translation>Изберете офис</translation>
    </message>
    <message>
        <source>No office takes appointments for this service at the moment. Please ask at the information desk.</source>
        <translation>В момента нито един офис не записва часове за тази услуга. Моля, попитайте на информационното гише.</translation>
    </message>
</context>
<context>
    <name>AppointmentPersonScreen</name>
    <message>
        <source>Who is the appointment for?</source>
        <translation>За кого е часът?</translation>
    </message>
    <message>
        <source>Write the details as they are on your identity card. The appointment will be in this name.</source>
        <translation>Попълнете данните както са в личната ви карта. Часът ще бъде записан на това име.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Personal identification number</source>
        <translation>Личен идентификационен номер</translation>
    </message>
    <message>
        <source>You can find it on your identity card</source>
        <translation>Ще го намерите в личната си карта</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Напред</translation>
    </message>
</context>
<context>
    <name>AppointmentSlotsScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Зареждане…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Опитайте отново</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Изберете час</translation>
    </message>
    <message>
        <source>There are no free times left on this day. Please choose another day.</source>
        <translation>За този ден няма останали свободни часове. Моля, изберете друг ден.</translation>
    </message>
    <message>
        <source>Choose another day</source>
        <translation>Избор на друг ден</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>от %1 до %2</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Enter your first name</source>
        <translation>Въведете името си</translation>
    </message>
    <message>
        <source>Enter your surname</source>
        <translation>Въведете фамилията си</translation>
    </message>
    <message>
        <source>Enter your personal identification number</source>
        <translation>Въведете личния си идентификационен номер</translation>
    </message>
    <message>
        <source>This personal identification number is not right. Check each digit on your ID card.</source>
        <translation>В личния идентификационен номер има грешка. Проверете всяка цифра в личната си карта.</translation>
    </message>
    <message>
        <source>The appointment system cannot be reached right now. Please try again in a few minutes or ask at the information desk.</source>
        <translation>Системата за записване на часове в момента е недостъпна. Моля, опитайте след няколко минути или попитайте на информационното гише.</translation>
    </message>
    <message>
        <source>Someone else has just taken that time. Please choose another time.</source>
        <translation>Някой друг току-що зае този час. Моля, изберете друг час.</translation>
    </message>
    <message>
        <source>The time we kept for you has run out, so it was not booked. Please choose a time again.</source>
        <translation>Времето, в което пазехме часа за вас, изтече и той не беше записан. Моля, изберете час отново.</translation>
    </message>
    <message>
        <source>We could not find an appointment with this number and code. Check both and try again.</source>
        <translation>Не намерихме записан час с този номер и код. Проверете ги и опитайте отново.</translation>
    </message>
    <message>
        <source>This appointment has already been cancelled.</source>
        <translation>Този час вече е отменен.</translation>
    </message>
    <message>
        <source>The appointment system did not accept this. Please ask at the information desk.</source>
        <translation>Системата за записване не прие това. Моля, попитайте на информационното гише.</translation>
    </message>
    <message>
        <source>Your appointment</source>
        <translation>Вашият записан час</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Personal identification number</source>
        <translation>Личен идентификационен номер</translation>
    </message>
    <message>
        <source>Appointment number</source>
        <translation>Номер на записания час</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Код за достъп</translation>
    </message>
    <message>
        <source>Bring your identity document with you.</source>
        <translation>Носете документа си за самоличност.</translation>
    </message>
    <message>
        <source>To cancel, choose “Cancel an appointment” on the kiosk and enter the number and access code.</source>
        <translation>За да отмените, изберете „Отмяна на записан час“ на терминала и въведете номера и кода за достъп.</translation>
    </message>
    <message>
        <source>Enter the appointment number from your slip</source>
        <translation>Въведете номера на часа от разписката</translation>
    </message>
    <message>
        <source>Enter the access code from your slip</source>
        <translation>Въведете кода за достъп от разписката</translation>
    </message>
    <message>
        <source>Your slip is printing. Take it from the printer.</source>
        <translation>Разписката се отпечатва. Вземете я от принтера.</translation>
    </message>
    <message>
        <source>The printer is not working right now. Please write down the appointment number and access code, or scan the code with your phone.</source>
        <translation>Принтерът не работи в момента. Моля, запишете номера на часа и кода за достъп или сканирайте кода с телефона си.</translation>
    </message>
    <message>
        <source>Please take a photo of the appointment number and access code on the screen, or write them down.</source>
        <translation>Моля, снимайте номера на часа и кода за достъп от екрана или ги запишете.</translation>
    </message>
    <message>
        <source>Held for you for %1 more</source>
        <translation>Запазено за Вас още %1</translation>
    </message>
    <message>
        <source>Held for you for a few minutes. Confirm it soon.</source>
        <translation>Запазен е за Вас за няколко минути. Потвърдете го скоро.</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>места: %1</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Няма свободни</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Още не е потвърден</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Записан</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменен</translation>
    </message>
    <message>
        <source>Not booked: the time ran out</source>
        <translation>Не е записан: времето изтече</translation>
    </message>
</context>
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
    <message>
        <source>Next workshops</source>
        <translation>Предстоящи обучения</translation>
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
    <name>CameraPreview</name>
    <message>
        <source>Put the back of your card here, with the lines of letters at the bottom</source>
        <translation>Поставете тук гърба на картата, с редовете букви отдолу</translation>
    </message>
</context>
<context>
    <name>CheckAnswersScreen</name>
    <message>
        <source>Check your answers</source>
        <translation>Проверете отговорите си</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Без отговор</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Промяна</translation>
    </message>
    <message>
        <source>By sending this request you confirm that the answers are true.</source>
        <translation>С изпращането на заявлението потвърждавате, че отговорите са верни.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Изпращане…</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Изпращане на заявлението</translation>
    </message>
</context>
<context>
    <name>ChipReaderPanel</name>
    <message>
        <source>Type the card number</source>
        <translation>Въведете номера на картата</translation>
    </message>
    <message>
        <source>Place your card on the reader</source>
        <translation>Поставете картата върху четеца</translation>
    </message>
    <message>
        <source>Reading the chip… Keep the card on the reader</source>
        <translation>Четене на чипа… Оставете картата върху четеца</translation>
    </message>
    <message>
        <source>Your details from the chip</source>
        <translation>Вашите данни от чипа</translation>
    </message>
    <message>
        <source>We could not read the chip</source>
        <translation>Не успяхме да прочетем чипа</translation>
    </message>
    <message>
        <source>The 6 digits printed on the front of your card, marked CAN.</source>
        <translation>6-те цифри, отпечатани на лицевата страна на картата, означени с CAN.</translation>
    </message>
    <message>
        <source>Digits typed: %1 of 6</source>
        <translation>Въведени цифри: %1 от 6</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Изтрийте последната цифра</translation>
    </message>
    <message>
        <source>Lay the card flat on the reader and leave it there until the kiosk says it is done. It takes a few seconds.</source>
        <translation>Поставете картата върху четеца и я оставете, докато терминалът не каже, че е готово. Отнема няколко секунди.</translation>
    </message>
    <message>
        <source>Your photo from the chip</source>
        <translation>Вашата снимка от чипа</translation>
    </message>
    <message>
        <source>Only you can see this photo. It is not kept.</source>
        <translation>Само вие виждате тази снимка. Тя не се запазва.</translation>
    </message>
    <message>
        <source>Use these details</source>
        <translation>Използвайте тези данни</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Опитайте отново</translation>
    </message>
    <message>
        <source>Choose another way</source>
        <translation>Изберете друг начин</translation>
    </message>
</context>
<context>
    <name>ChipScan</name>
    <message>
        <source>The card reader is not working. Type your details instead.</source>
        <translation>Четецът на карти не работи. Въведете данните си ръчно.</translation>
    </message>
    <message>
        <source>No card was found on the reader.</source>
        <translation>Върху четеца не е открита карта.</translation>
    </message>
    <message>
        <source>No card was placed on the reader.</source>
        <translation>Не беше поставена карта върху четеца.</translation>
    </message>
    <message>
        <source>This card has no ID document chip the kiosk can read.</source>
        <translation>Тази карта няма чип на документ за самоличност, който терминалът може да прочете.</translation>
    </message>
    <message>
        <source>The card did not accept the number. Check the 6 digits on the front of your card.</source>
        <translation>Картата не прие номера. Проверете 6-те цифри на лицевата страна на картата.</translation>
    </message>
    <message>
        <source>The card did not accept the details read by the camera. Type the card number instead.</source>
        <translation>Картата не прие данните, прочетени от камерата. Въведете номера на картата.</translation>
    </message>
    <message>
        <source>The card was taken off the reader too soon. Place it again and leave it there.</source>
        <translation>Картата беше махната от четеца твърде рано. Поставете я отново и я оставете.</translation>
    </message>
    <message>
        <source>The chip could not be read. Try again, or type your details.</source>
        <translation>Чипът не можа да бъде прочетен. Опитайте отново или въведете данните си ръчно.</translation>
    </message>
    <message>
        <source>The chip&apos;s data did not pass the authenticity check. Type your details instead.</source>
        <translation>Данните от чипа не преминаха проверката за автентичност. Въведете данните си ръчно.</translation>
    </message>
    <message>
        <source>Checked: the data was signed by the issuing country.</source>
        <translation>Проверено: данните са подписани от издаващата държава.</translation>
    </message>
    <message>
        <source>Checked against the chip&apos;s own signature only.</source>
        <translation>Проверено само спрямо собствения подпис на чипа.</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>Your request is registered</source>
        <translation>Заявлението ви е регистрирано</translation>
    </message>
    <message>
        <source>Your request has been received</source>
        <translation>Заявлението ви е получено</translation>
    </message>
    <message>
        <source>Your request is saved on this kiosk</source>
        <translation>Заявлението ви е запазено на този терминал</translation>
    </message>
    <message>
        <source>The town hall now works on your request. You will get the answer by {date}. You can check how it is going on this kiosk with the number and the access code shown here.</source>
        <translation>Общината вече работи по заявлението ви. Ще получите отговор до {date}. Можете да проверите как върви на този терминал с номера и кода за достъп, показани тук.</translation>
    </message>
    <message>
        <source>The town hall now works on your request. You can check how it is going on this kiosk with the number and the access code shown here.</source>
        <translation>Общината вече работи по заявлението ви. Можете да проверите как върви на този терминал с номера и кода за достъп, показани тук.</translation>
    </message>
    <message>
        <source>It gets its registration number in the next few hours. Keep the receipt: with the reference shown here you can check its status on this kiosk.</source>
        <translation>В следващите няколко часа то ще получи регистрационен номер. Запазете разписката: с показания тук контролен номер можете да проверите състоянието му на този терминал.</translation>
    </message>
    <message>
        <source>The connection to the town hall is down right now. Your request will be sent automatically as soon as it is back; you do not need to do anything. Keep the reference shown here.</source>
        <translation>В момента няма връзка с общината. Заявлението ви ще бъде изпратено автоматично веднага щом тя се възстанови; не е нужно да правите нищо. Запазете показания тук контролен номер.</translation>
    </message>
    <message>
        <source>Practice done — this is how a registered request looks</source>
        <translation>Упражнението приключи — така изглежда регистрирано заявление</translation>
    </message>
    <message>
        <source>With a real request, the town hall would now work on it, and you could check how it is going on this kiosk with the number and the access code shown here. Nothing was sent this time.</source>
        <translation>При истинско заявление общината би започнала работа по него, а вие бихте могли да проверите как върви на този терминал с номера и кода за достъп, показани тук. Този път нищо не е изпратено.</translation>
    </message>
    <message>
        <source>Questions? Ask at the information desk of {institution}, and show this number.</source>
        <translation>Имате въпроси? Попитайте на информационното гише ({institution}) и покажете този номер.</translation>
    </message>
    <message>
        <source>Your petition was sent to the city&apos;s reporting service. Keep this number: the city uses it when it answers you or when you ask about your petition.</source>
        <translation>Сигналът ви е изпратен до службата на града за приемане на сигнали. Запазете този номер: градът го използва, когато ви отговаря или когато питате за сигнала си.</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>PRACTICE — this request was not sent to the town hall. The number below is only for practice.</source>
        <translation>УПРАЖНЕНИЕ — това заявление не е изпратено до кметството. Номерът по-долу е само за упражнение.</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационен номер</translation>
    </message>
    <message>
        <source>Access code (to check the status)</source>
        <translation>Код за достъп (за проверка на състоянието)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Контролен номер</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Какво следва</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Отпечатване…</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Отпечатване на разписката</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Отпечатване отново</translation>
    </message>
    <message>
        <source>Another service</source>
        <translation>Друга услуга</translation>
    </message>
    <message>
        <source>Finish and clear my data</source>
        <translation>Приключване и изтриване на данните ми</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>No date chosen</source>
        <translation>Не е избрана дата</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Промяна на датата</translation>
    </message>
    <message>
        <source>Choose the date</source>
        <translation>Изберете дата</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>Изберете месец</translation>
    </message>
    <message>
        <source>Choose the day</source>
        <translation>Изберете ден</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>Изберете година</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
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
    <name>ErrorSummary</name>
    <message>
        <source>There is a problem</source>
        <translation>Има проблем</translation>
    </message>
    <message>
        <source>Tap a line to go to the answer that needs a change.</source>
        <translation>Докоснете ред, за да отидете до отговора, който трябва да се промени.</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <source>Enter your answer here.</source>
        <translation>Въведете отговора си тук.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Изберете един от вариантите.</translation>
    </message>
    <message>
        <source>Choose at least {min} of the options.</source>
        <translation>Изберете поне {min} от вариантите.</translation>
    </message>
    <message>
        <source>Choose at most {max} of the options.</source>
        <translation>Изберете най-много {max} от вариантите.</translation>
    </message>
    <message>
        <source>Tick the box to agree before you continue.</source>
        <translation>Отметнете квадратчето, за да се съгласите, преди да продължите.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Въведете датата.</translation>
    </message>
    <message>
        <source>Enter a real date.</source>
        <translation>Въведете съществуваща дата.</translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.com.</source>
        <translation>Въведете имейл адрес, например name@example.com.</translation>
    </message>
    <message>
        <source>Enter a phone number using digits, like 0722 123 456.</source>
        <translation>Въведете телефонен номер с цифри, например 0722 123 456.</translation>
    </message>
    <message>
        <source>This number is not valid. Check the digits on your identity card.</source>
        <translation>Този номер не е валиден. Проверете цифрите в личната си карта.</translation>
    </message>
    <message>
        <source>This is too short: write at least {min} characters.</source>
        <translation>Твърде кратко е: напишете поне {min} знака.</translation>
    </message>
    <message>
        <source>This is too long: at most {max} characters.</source>
        <translation>Твърде дълго е: най-много {max} знака.</translation>
    </message>
    <message>
        <source>Enter a number, like 12.</source>
        <translation>Въведете число, например 12.</translation>
    </message>
    <message>
        <source>Enter a whole number, like 3.</source>
        <translation>Въведете цяло число, например 3.</translation>
    </message>
    <message>
        <source>Enter a number from {min} to {max}.</source>
        <translation>Въведете число от {min} до {max}.</translation>
    </message>
    <message>
        <source>Enter a number bigger than {min}.</source>
        <translation>Въведете число, по-голямо от {min}.</translation>
    </message>
    <message>
        <source>Enter a number of {min} or more.</source>
        <translation>Въведете число {min} или повече.</translation>
    </message>
    <message>
        <source>Enter a number of {max} or less.</source>
        <translation>Въведете число {max} или по-малко.</translation>
    </message>
    <message>
        <source>Check what you typed: it is not in the expected form.</source>
        <translation>Проверете какво сте въвели: не е в очаквания вид.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>(optional)</source>
        <translation>(по желание)</translation>
    </message>
    <message>
        <source>Filled in from your ID chip. Check it and change it if needed.</source>
        <translation>Попълнено от чипа на личната карта. Проверете и променете при нужда.</translation>
    </message>
    <message>
        <source>Filled in from your ID card. Check it and change it if needed.</source>
        <translation>Попълнено от личната ви карта. Проверете и го променете, ако е нужно.</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Грешка:</translation>
    </message>
</context>
<context>
    <name>FormJourney</name>
    <message>
        <source>This service is not available on this kiosk</source>
        <translation>Тази услуга не е достъпна на този терминал</translation>
    </message>
    <message>
        <source>You can ask for it at the information desk. We are sorry for the trouble.</source>
        <translation>Можете да я заявите на информационното гише. Извиняваме се за неудобството.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server cannot be reached</source>
        <translation>Сървърът на общината е недостъпен</translation>
    </message>
    <message>
        <source>Please try again in a few minutes, or ask at the information desk. Nothing you typed is lost.</source>
        <translation>Моля, опитайте отново след няколко минути или попитайте на информационното гише. Нищо от въведеното не е изгубено.</translation>
    </message>
    <message>
        <source>The town hall could not accept this request</source>
        <translation>Общината не можа да приеме това заявление</translation>
    </message>
    <message>
        <source>Your receipt is printed. Take it from the printer.</source>
        <translation>Разписката е отпечатана. Вземете я от принтера.</translation>
    </message>
    <message>
        <source>The printer is not available right now. Please write down the number and the access code.</source>
        <translation>Принтерът в момента не е достъпен. Моля, запишете номера и кода за достъп.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please write down the number and the access code.</source>
        <translation>Разписката не можа да бъде отпечатана. Моля, запишете номера и кода за достъп.</translation>
    </message>
    <message>
        <source>Please take a photo of the number and the access code on the screen, or write them down.</source>
        <translation>Моля, снимайте номера и кода за достъп от екрана или ги запишете.</translation>
    </message>
    <message>
        <source>Tick the statement that the person agreed, then send the request.</source>
        <translation>Отбележете декларацията, че лицето е съгласно, след това изпратете заявлението.</translation>
    </message>
    <message>
        <source>Request receipt</source>
        <translation>Разписка за заявление</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационен номер</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Код за достъп</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Контролен номер</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Личен номер</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Отговор до</translation>
    </message>
</context>
<context>
    <name>FormStepScreen</name>
    <message>
        <source>Getting the form ready…</source>
        <translation>Подготвяне на формуляра…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Опитайте отново</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Към началото</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Стъпка %1 от %2</translation>
    </message>
    <message numerus="yes">
        <source>We filled in %n answer(s) from your ID card. Check them — you can change any of them.</source>
        <translation>
            <numerusform>Попълнихме %n отговор от личната ви карта. Проверете го — можете да го промените.</numerusform>
            <numerusform>Попълнихме %n отговора от личната ви карта. Проверете ги — можете да промените всеки от тях.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Напред</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Why we ask this</source>
        <translation>Защо питаме</translation>
    </message>
</context>
<context>
    <name>Guided</name>
    <message>
        <source>Enter your staff PIN.</source>
        <translation>Въведете своя служебен ПИН.</translation>
    </message>
    <message>
        <source>No library staff are set up on this kiosk yet. A technician adds them in the admin screen.</source>
        <translation>На този терминал още няма въведени служители на библиотеката. Техник ги добавя от административния екран.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>Твърде много грешни ПИН кодове. Опитайте отново след %n секунда.</translation>
    </message>
</context>
<context>
    <name>GuidedBanner</name>
    <message>
        <source>PRACTICE — nothing is sent to the town hall</source>
        <translation>УПРАЖНЕНИЕ — нищо не се изпраща до кметството</translation>
    </message>
    <message>
        <source>Guided by %1 (library staff)</source>
        <translation>Помага %1 (служител на библиотеката)</translation>
    </message>
    <message>
        <source>Sample person: %1</source>
        <translation>Измислено лице: %1</translation>
    </message>
    <message>
        <source>For someone who is not here</source>
        <translation>За човек, който не е тук</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Меню за служители</translation>
    </message>
</context>
<context>
    <name>GuidedForm</name>
    <message>
        <source>I confirm that the person named in this request asked me to send it for them and agreed that their details are used for it.</source>
        <translation>Потвърждавам, че лицето, посочено в това заявление, ме помоли да го изпратя от негово име и се съгласи данните му да се използват за това.</translation>
    </message>
</context>
<context>
    <name>GuidedSignInScreen</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Вход за служители</translation>
    </message>
    <message>
        <source>For library staff: enter your staff PIN to guide this session.</source>
        <translation>За служители на библиотеката: въведете своя ПИН, за да водите тази сесия.</translation>
    </message>
    <message numerus="yes">
        <source>%n digits typed</source>
        <translation>
            <numerusform>Въведена е %n цифра</numerusform>
            <numerusform>Въведени са %n цифри</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Изтриване на последната цифра</translation>
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
    <message>
        <source>Staff sign-in</source>
        <translation>Вход за служители</translation>
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
        <source>Check a request</source>
        <translation>Проверка на заявление</translation>
    </message>
    <message>
        <source>With the number and code on your receipt</source>
        <translation>С номера и кода от разписката</translation>
    </message>
    <message>
        <source>Cancel an appointment</source>
        <translation>Отмяна на записан час</translation>
    </message>
    <message>
        <source>With the number and code you received</source>
        <translation>С номера и кода, които сте получили</translation>
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
    <message>
        <source>Practise with a sample person</source>
        <translation>Упражнение с измислено лице</translation>
    </message>
    <message>
        <source>Try a request; nothing is sent</source>
        <translation>Опитайте заявление; нищо не се изпраща</translation>
    </message>
</context>
<context>
    <name>IdScan</name>
    <message>
        <source>Hold the back of your card in the frame, with the lines of letters at the bottom</source>
        <translation>Дръжте гърба на картата в рамката, с редовете букви отдолу</translation>
    </message>
    <message>
        <source>Reading your card… Hold it still</source>
        <translation>Четем картата… Дръжте я неподвижно</translation>
    </message>
    <message>
        <source>Show the back of the card, with the lines of letters and &lt;&lt;&lt;</source>
        <translation>Покажете гърба на картата, с редовете букви и &lt;&lt;&lt;</translation>
    </message>
    <message>
        <source>Hold the card closer</source>
        <translation>Доближете картата</translation>
    </message>
    <message>
        <source>Hold the card still</source>
        <translation>Дръжте картата неподвижно</translation>
    </message>
    <message>
        <source>Tilt the card a little — there is a reflection</source>
        <translation>Наклонете леко картата — има отблясък</translation>
    </message>
    <message>
        <source>It is too dark. Find more light</source>
        <translation>Твърде тъмно е. Потърсете повече светлина</translation>
    </message>
    <message>
        <source>Turn the card over: the lines with &lt;&lt;&lt; go at the bottom</source>
        <translation>Завъртете картата: редовете с &lt;&lt;&lt; трябва да са отдолу</translation>
    </message>
    <message>
        <source>Show one card at a time</source>
        <translation>Показвайте само една карта</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Име и фамилия</translation>
    </message>
    <message>
        <source>Your personal identification number</source>
        <translation>Личен идентификационен номер</translation>
    </message>
    <message>
        <source>Your date of birth</source>
        <translation>Дата на раждане</translation>
    </message>
    <message>
        <source>Your sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Your nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>The card&apos;s number</source>
        <translation>Номер на картата</translation>
    </message>
    <message>
        <source>The card&apos;s expiry date</source>
        <translation>Валидност на картата</translation>
    </message>
</context>
<context>
    <name>IdScanScreen</name>
    <message>
        <source>Scan your ID card</source>
        <translation>Сканирайте личната си карта</translation>
    </message>
    <message>
        <source>The kiosk can read your details from the back of your identity card, so you do not have to type them.</source>
        <translation>Терминалът може да прочете данните ви от гърба на личната ви карта, за да не ги въвеждате.</translation>
    </message>
    <message>
        <source>The kiosk can read your details from the chip of your identity card, so you do not have to type them.</source>
        <translation>Терминалът може да прочете данните ви от чипа на личната карта, за да не ги въвеждате.</translation>
    </message>
    <message>
        <source>It will read:</source>
        <translation>Ще бъдат прочетени:</translation>
    </message>
    <message>
        <source>The kiosk reads your card only to fill in this form. Nothing is kept after you finish.</source>
        <translation>Терминалът чете картата само за да попълни този формуляр. Нищо не се пази, след като приключите.</translation>
    </message>
    <message>
        <source>Scan my ID card</source>
        <translation>Сканиране на картата</translation>
    </message>
    <message>
        <source>Place your card on the reader</source>
        <translation>Поставете картата върху четеца</translation>
    </message>
    <message>
        <source>Hold the card in front of the camera, about a hand&apos;s width away. It may take a few seconds.</source>
        <translation>Дръжте картата пред камерата, на около една длан от нея. Може да отнеме няколко секунди.</translation>
    </message>
    <message>
        <source>We could not read your card</source>
        <translation>Не успяхме да прочетем картата</translation>
    </message>
    <message>
        <source>The camera is not working. Type your details instead.</source>
        <translation>Камерата не работи. Въведете данните ръчно.</translation>
    </message>
    <message>
        <source>The card may be worn, or a light may be reflecting on it. You can try again, or type your details. It takes a minute.</source>
        <translation>Картата може да е износена или по нея да има отблясък. Опитайте отново или въведете данните ръчно. Отнема минута.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Опитайте отново</translation>
    </message>
    <message>
        <source>Type it in instead</source>
        <translation>Въвеждане на данните ръчно</translation>
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
    <name>PaymentQrScreen</name>
    <message>
        <source>Pay on your phone</source>
        <translation>Плащане с телефона</translation>
    </message>
    <message>
        <source>Paid. Thank you.</source>
        <translation>Платено. Благодарим ви.</translation>
    </message>
    <message>
        <source>The town hall has received %1. Your phone shows the receipt.</source>
        <translation>Общината получи %1. Разписката е на телефона ви.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Към началото</translation>
    </message>
    <message>
        <source>This payment code has run out of time. Nothing was paid.</source>
        <translation>Този код за плащане изтече. Нищо не е платено.</translation>
    </message>
    <message>
        <source>Make a new payment code</source>
        <translation>Нов код за плащане</translation>
    </message>
    <message>
        <source>Payment code for %1</source>
        <translation>Код за плащане на %1</translation>
    </message>
    <message>
        <source>1. Open your phone&apos;s camera.</source>
        <translation>1. Отворете камерата на телефона си.</translation>
    </message>
    <message>
        <source>2. Point it at the code.</source>
        <translation>2. Насочете я към кода.</translation>
    </message>
    <message>
        <source>3. Pay on the page that opens.</source>
        <translation>3. Платете на страницата, която се отваря.</translation>
    </message>
    <message>
        <source>This screen changes by itself when your payment has arrived.</source>
        <translation>Този екран ще се промени сам, когато плащането ви пристигне.</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Валиден до %1</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер на плащането</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Отпечатване…</translation>
    </message>
    <message>
        <source>Print a payment slip</source>
        <translation>Отпечатване на платежна бележка</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Отпечатване отново</translation>
    </message>
    <message>
        <source>To pay at a bank or post office instead</source>
        <translation>За плащане в банка или пощата</translation>
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
    <name>Printer</name>
    <message>
        <source>The printer is out of paper.</source>
        <translation>В принтера няма хартия.</translation>
    </message>
    <message>
        <source>The paper is stuck in the printer.</source>
        <translation>Хартията е заседнала в принтера.</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open.</source>
        <translation>Капакът на принтера е отворен.</translation>
    </message>
    <message>
        <source>The printer is switched off or not connected.</source>
        <translation>Принтерът е изключен или не е свързан.</translation>
    </message>
    <message>
        <source>The printer has been stopped.</source>
        <translation>Принтерът е спрян.</translation>
    </message>
    <message>
        <source>The printer is taking too long. Your paper may still come out.</source>
        <translation>Принтерът се бави твърде много. Листът ви може все пак да излезе.</translation>
    </message>
    <message>
        <source>The printer is not working right now.</source>
        <translation>Принтерът в момента не работи.</translation>
    </message>
    <message>
        <source>Please take a photo of your number or write it down.</source>
        <translation>Моля, снимайте номера си или го запишете.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Keep this receipt.</source>
        <translation>Запазете тази разписка.</translation>
    </message>
    <message>
        <source>Keep this slip.</source>
        <translation>Запазете тази бележка.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Отпечатано на %1</translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation>Терминал %1</translation>
    </message>
    <message>
        <source>PRACTICE</source>
        <translation>УПРАЖНЕНИЕ</translation>
    </message>
    <message>
        <source>Practice only. Nothing was sent to the town hall.</source>
        <translation>Само за упражнение. Нищо не е изпратено до общината.</translation>
    </message>
    <message>
        <source>Scan this code with your phone to follow your request.</source>
        <translation>Сканирайте кода с телефона си, за да следите заявлението.</translation>
    </message>
    <message>
        <source>Scan this code with your phone to add the appointment to your calendar.</source>
        <translation>Сканирайте кода с телефона си, за да добавите часа в календара.</translation>
    </message>
    <message>
        <source>Scan this code with your phone to pay online.</source>
        <translation>Сканирайте кода с телефона си, за да платите онлайн.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Check a request</source>
        <translation>Проверка на заявление</translation>
    </message>
    <message>
        <source>Cancel an appointment</source>
        <translation>Отмяна на час</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сесии</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завършени</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Изоставени</translation>
    </message>
    <message>
        <source>Assisted by staff</source>
        <translation>С помощ от служител</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Самостоятелно</translation>
    </message>
    <message>
        <source>Practice sessions</source>
        <translation>Сесии за упражнение</translation>
    </message>
    <message>
        <source>Workshop attendance</source>
        <translation>Участници в обучения</translation>
    </message>
    <message>
        <source>The kiosk’s own disk</source>
        <translation>Собственият диск на киоска</translation>
    </message>
    <message>
        <source>The report could not be written there. Is the USB stick full or read-only?</source>
        <translation>Отчетът не можа да бъде записан там. USB паметта пълна ли е или защитена от запис?</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Записано като %1</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>The town hall has your request. It will get a registration number soon.</source>
        <translation>Общината получи заявлението ви. Скоро то ще получи регистрационен номер.</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Регистрирано</translation>
    </message>
    <message>
        <source>Your request has a registration number and is waiting for a clerk to start on it.</source>
        <translation>Заявлението ви има регистрационен номер и чака служител да започне работа по него.</translation>
    </message>
    <message>
        <source>Being worked on</source>
        <translation>В процес на работа</translation>
    </message>
    <message>
        <source>A clerk is working on your request.</source>
        <translation>Служител работи по заявлението ви.</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Очаква се действие от вас</translation>
    </message>
    <message>
        <source>The town hall needs something from you before it can go on. Look for a letter, an email or a phone call from them, or ask at the front desk.</source>
        <translation>Общината има нужда от нещо от вас, за да продължи. Очаквайте писмо, имейл или обаждане от нея или попитайте на гишето.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Изпълнено</translation>
    </message>
    <message>
        <source>Your request is finished. The town hall has sent you its answer, or will give it to you at the front desk.</source>
        <translation>Заявлението ви е изпълнено. Общината ви е изпратила отговора си или ще ви го даде на гишето.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>The town hall could not do what you asked. Its answer says why, and how you can challenge the decision.</source>
        <translation>Общината не можа да изпълни искането ви. В отговора ѝ пише защо и как можете да обжалвате решението.</translation>
    </message>
    <message>
        <source>Sent to another office</source>
        <translation>Препратено към друга институция</translation>
    </message>
    <message>
        <source>Another institution deals with this, so the town hall has sent your request on to them. They will answer you.</source>
        <translation>С това се занимава друга институция, затова общината ѝ препрати заявлението ви. Тя ще ви отговори.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>This request was cancelled. Nothing more will be done with it.</source>
        <translation>Това заявление е отменено. По него няма да се прави нищо повече.</translation>
    </message>
    <message>
        <source>Being dealt with</source>
        <translation>Разглежда се</translation>
    </message>
    <message>
        <source>Ask at the front desk if you want to know more about this step.</source>
        <translation>Ако искате да научите повече за този етап, попитайте на гишето.</translation>
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
        <source>This is not part of a practice session: booking and paying would reach the town hall. Practise a request or a petition instead.</source>
        <translation>Това не е част от упражнението: записването и плащането биха стигнали до кметството. Упражнете вместо това заявление или петиция.</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Запазване на час</translation>
    </message>
    <message>
        <source>See what you owe and pay</source>
        <translation>Проверка на задълженията и плащане</translation>
    </message>
    <message>
        <source>Write your petition</source>
        <translation>Подаване на сигнал</translation>
    </message>
    <message>
        <source>Start your request</source>
        <translation>Започване на заявлението</translation>
    </message>
    <message>
        <source>You can also ask for this at the information desk.</source>
        <translation>Можете да заявите тази услуга и на информационното гише.</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Staff menu</source>
        <translation>Меню за служители</translation>
    </message>
    <message>
        <source>Show me: highlight what to touch</source>
        <translation>Покажи: открои какво да се докосне</translation>
    </message>
    <message>
        <source>I submit for someone who is not here</source>
        <translation>Изпращам за човек, който не е тук</translation>
    </message>
    <message>
        <source>End the practice session</source>
        <translation>Край на упражнението</translation>
    </message>
    <message>
        <source>Start a practice session</source>
        <translation>Започни упражнение</translation>
    </message>
    <message>
        <source>Sample person, nothing is sent</source>
        <translation>Измислено лице, нищо не се изпраща</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Обучения</translation>
    </message>
    <message>
        <source>Schedule and attendance</source>
        <translation>График и присъствие</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <source>Anonymous figures, export CSV</source>
        <translation>Анонимни данни, износ в CSV</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Изход</translation>
    </message>
    <message>
        <source>The person continues alone</source>
        <translation>Човекът продължава сам</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Край на сесията</translation>
    </message>
    <message>
        <source>Delete everything entered</source>
        <translation>Изтрий всичко въведено</translation>
    </message>
</context>
<context>
    <name>StatusLookup</name>
    <message>
        <source>Enter the registration number from your receipt.</source>
        <translation>Въведете регистрационния номер от разписката.</translation>
    </message>
    <message>
        <source>A registration number has only digits and a slash, like 2026/000123. Check it on your receipt.</source>
        <translation>Регистрационният номер съдържа само цифри и наклонена черта, например 2026/000123. Проверете го в разписката.</translation>
    </message>
    <message>
        <source>Enter the access code from your receipt.</source>
        <translation>Въведете кода за достъп от разписката.</translation>
    </message>
    <message>
        <source>We could not find a request with this number and code. Check both on your receipt and try again.</source>
        <translation>Не намерихме заявление с този номер и код. Проверете ги в разписката и опитайте отново.</translation>
    </message>
    <message>
        <source>We could not find this request from its code. If your receipt has a registration number and an access code, type them in.</source>
        <translation>Не намерихме заявлението по този код. Ако в разписката има регистрационен номер и код за достъп, въведете ги.</translation>
    </message>
    <message>
        <source>What you typed is kept. Try again in a moment, or ask the staff for help.</source>
        <translation>Въведеното е запазено. Опитайте отново след малко или помолете служител за помощ.</translation>
    </message>
    <message>
        <source>We could not read a code. Hold the receipt closer, with the square code facing the camera, or type the number instead.</source>
        <translation>Не успяхме да прочетем код. Доближете разписката с квадратния код към камерата или въведете номера ръчно.</translation>
    </message>
    <message>
        <source>This code is not from a town hall receipt. Try the square code on your receipt, or type the number instead.</source>
        <translation>Този код не е от разписка на общината. Опитайте с квадратния код от разписката или въведете номера ръчно.</translation>
    </message>
    <message>
        <source>The camera is not working right now. Please type the number instead.</source>
        <translation>Камерата в момента не работи. Моля, въведете номера ръчно.</translation>
    </message>
    <message>
        <source>We read the registration number from your receipt. Now type the access code printed next to it.</source>
        <translation>Прочетохме регистрационния номер от разписката. Сега въведете кода за достъп, отпечатан до него.</translation>
    </message>
    <message>
        <source>Printed. Take the paper from the printer.</source>
        <translation>Отпечатано. Вземете листа от принтера.</translation>
    </message>
    <message>
        <source>The printer is not working right now. You can check the status again at any time with your receipt.</source>
        <translation>Принтерът в момента не работи. Можете да проверите състоянието отново по всяко време с разписката си.</translation>
    </message>
    <message>
        <source>You can check the status again at any time with your receipt.</source>
        <translation>Можете да проверите състоянието отново по всяко време с разписката си.</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационен номер</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Очаква се до</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Проверено на</translation>
    </message>
    <message>
        <source>Status of your request</source>
        <translation>Състояние на заявлението ви</translation>
    </message>
</context>
<context>
    <name>StatusLookupScreen</name>
    <message>
        <source>Check a request</source>
        <translation>Проверка на заявление</translation>
    </message>
    <message>
        <source>Type the registration number and the access code. Both are printed on your receipt.</source>
        <translation>Въведете регистрационния номер и кода за достъп. И двата са отпечатани на разписката.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Опитайте отново</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационен номер</translation>
    </message>
    <message>
        <source>For example 2026/000123</source>
        <translation>Например 2026/000123</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Код за достъп</translation>
    </message>
    <message>
        <source>8 letters and digits, printed next to the registration number</source>
        <translation>8 букви и цифри, отпечатани до регистрационния номер</translation>
    </message>
    <message>
        <source>Looking it up…</source>
        <translation>Търсене…</translation>
    </message>
    <message>
        <source>Check the status</source>
        <translation>Проверка на състоянието</translation>
    </message>
    <message>
        <source>Or</source>
        <translation>Или</translation>
    </message>
    <message>
        <source>Scan the QR code on your receipt</source>
        <translation>Сканирайте QR кода от разписката</translation>
    </message>
    <message>
        <source>Hold the receipt in front of the camera</source>
        <translation>Дръжте разписката пред камерата</translation>
    </message>
    <message>
        <source>Scan your receipt</source>
        <translation>Сканирайте разписката</translation>
    </message>
    <message>
        <source>Hold your receipt in front of the camera, with the square code facing it. Keep it still for a moment.</source>
        <translation>Дръжте разписката пред камерата, с квадратния код към нея. Задръжте я неподвижно за момент.</translation>
    </message>
    <message>
        <source>Type the number instead</source>
        <translation>Въвеждане на номера ръчно</translation>
    </message>
</context>
<context>
    <name>StatusTimelineScreen</name>
    <message>
        <source>Your request</source>
        <translation>Вашето заявление</translation>
    </message>
    <message>
        <source>Registration number %1</source>
        <translation>Регистрационен номер %1</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Текущо състояние</translation>
    </message>
    <message>
        <source>We expect to answer by %1.</source>
        <translation>Очакваме да отговорим до %1.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Отпечатване…</translation>
    </message>
    <message>
        <source>Print this status</source>
        <translation>Отпечатване на състоянието</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Отпечатване отново</translation>
    </message>
    <message>
        <source>Check another request</source>
        <translation>Проверка на друго заявление</translation>
    </message>
    <message>
        <source>What has happened so far</source>
        <translation>Какво е станало досега</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (сега)</translation>
    </message>
</context>
<context>
    <name>StreetPicker</name>
    <message>
        <source>Keep this street</source>
        <translation>Запазване на тази улица</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Промяна</translation>
    </message>
    <message>
        <source>Change the street</source>
        <translation>Промяна на улицата</translation>
    </message>
    <message>
        <source>Type the first letters of the street name</source>
        <translation>Въведете първите букви от името на улицата</translation>
    </message>
    <message>
        <source>No street found. Check the spelling, or type fewer letters.</source>
        <translation>Не е намерена улица. Проверете изписването или въведете по-малко букви.</translation>
    </message>
    <message>
        <source>Type more letters to see fewer streets</source>
        <translation>Въведете повече букви, за да видите по-малко улици</translation>
    </message>
</context>
<context>
    <name>Taxes</name>
    <message>
        <source>Nothing has been paid. Try again in a moment, or ask the staff for help.</source>
        <translation>Нищо не е платено. Опитайте отново след малко или помолете служител за помощ.</translation>
    </message>
    <message>
        <source>Some of these amounts have changed, or are being paid right now. Go back and look them up again.</source>
        <translation>Някои от сумите са се променили или се плащат в момента. Върнете се и ги проверете отново.</translation>
    </message>
    <message>
        <source>Printed. Take the slip from the printer to pay at a bank or post office.</source>
        <translation>Отпечатано. Вземете бележката от принтера, за да платите в банка или в пощата.</translation>
    </message>
    <message>
        <source>The printer is not working right now. To pay at a bank or post office, write down the order number: %1</source>
        <translation>Принтерът в момента не работи. За да платите в банка или в пощата, запишете номера на плащането: %1</translation>
    </message>
    <message>
        <source>To pay at a bank or post office, take a photo of the order number or write it down: %1</source>
        <translation>За да платите в банка или в пощата, снимайте номера на плащането или го запишете: %1</translation>
    </message>
    <message>
        <source>Overdue: it was due on %1</source>
        <translation>Просрочено: срокът беше %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Срок за плащане: %1</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>За %1</translation>
    </message>
    <message>
        <source>Tick at least one to pay</source>
        <translation>Отметнете поне едно задължение за плащане</translation>
    </message>
    <message>
        <source>Pay %1 on your phone</source>
        <translation>Плащане на %1 с телефона</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер на плащането</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Личен номер</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Валидно до</translation>
    </message>
    <message>
        <source>Payment slip</source>
        <translation>Платежна бележка</translation>
    </message>
    <message>
        <source>To pay in person, show this slip at the town hall&apos;s cash desk, a bank or a post office.</source>
        <translation>За да платите на място, покажете тази бележка на касата на общината, в банка или в пощата.</translation>
    </message>
    <message>
        <source>Or scan the code with your phone to pay online.</source>
        <translation>Или сканирайте кода с телефона си, за да платите онлайн.</translation>
    </message>
</context>
<context>
    <name>TaxesListScreen</name>
    <message>
        <source>What you owe</source>
        <translation>Вашите задължения</translation>
    </message>
    <message>
        <source>For personal number %1</source>
        <translation>За личен номер %1</translation>
    </message>
    <message>
        <source>You owe nothing.</source>
        <translation>Нямате задължения.</translation>
    </message>
    <message>
        <source>There are no unpaid taxes or bills for this personal number.</source>
        <translation>Няма неплатени данъци или сметки за този личен номер.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Към началото</translation>
    </message>
    <message>
        <source>Tick what you want to pay now. Everything is ticked to start with.</source>
        <translation>Отметнете какво искате да платите сега. В началото всичко е отметнато.</translation>
    </message>
    <message>
        <source>Total to pay now (%1 of %2)</source>
        <translation>Общо за плащане сега (%1 от %2)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Опитайте отново</translation>
    </message>
    <message>
        <source>Making your payment code…</source>
        <translation>Създаваме кода за плащане…</translation>
    </message>
    <message>
        <source>You will get a code to scan with your phone</source>
        <translation>Ще получите код, който да сканирате с телефона си</translation>
    </message>
</context>
<context>
    <name>TaxesLookup</name>
    <message>
        <source>Personal numeric code (CNP)</source>
        <translation>Личен цифров код (CNP)</translation>
    </message>
    <message>
        <source>Personal identification number (IDNP)</source>
        <translation>Личен идентификационен номер (IDNP)</translation>
    </message>
    <message>
        <source>Personal number (EGN)</source>
        <translation>Единен граждански номер (ЕГН)</translation>
    </message>
    <message>
        <source>Taxpayer number (RNOKPP)</source>
        <translation>Данъчен номер (РНОКПП)</translation>
    </message>
    <message>
        <source>Enter your %1. It is on your identity card.</source>
        <translation>Въведете %1 — ще го намерите в личната си карта.</translation>
    </message>
    <message>
        <source>Your %1 has only digits. Type just the digits.</source>
        <translation>%1 съдържа само цифри. Въведете само цифрите.</translation>
    </message>
    <message>
        <source>Your %1 has %2 digits. You typed %3.</source>
        <translation>%1 има %2 цифри. Въведохте %3.</translation>
    </message>
    <message>
        <source>This %1 is not right. Check each digit against your identity card.</source>
        <translation>В %1 има грешка. Проверете всяка цифра в личната си карта.</translation>
    </message>
</context>
<context>
    <name>TaxesLookupScreen</name>
    <message>
        <source>Taxes and bills</source>
        <translation>Данъци и сметки</translation>
    </message>
    <message>
        <source>Type your personal number to see what you owe. Nothing is paid until you choose to pay.</source>
        <translation>Въведете личния си номер, за да видите задълженията си. Нищо не се плаща, докато не изберете да платите.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Опитайте отново</translation>
    </message>
    <message>
        <source>%1 digits, printed on your identity card</source>
        <translation>%1 цифри, както са в личната ви карта</translation>
    </message>
    <message>
        <source>Looking it up…</source>
        <translation>Търсене…</translation>
    </message>
    <message>
        <source>Show what I owe</source>
        <translation>Показване на задълженията</translation>
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
<context>
    <name>Workshops</name>
    <message>
        <source>Give the workshop a title.</source>
        <translation>Дайте заглавие на обучението.</translation>
    </message>
    <message>
        <source>This date and time have passed. Choose a later one.</source>
        <translation>Тази дата и час са минали. Изберете по-късни.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Премахнато: %1</translation>
    </message>
    <message>
        <source>Enter how many people came (0 if nobody came).</source>
        <translation>Въведете колко души дойдоха (0, ако никой).</translation>
    </message>
    <message>
        <source>Attendance recorded for %1: %2</source>
        <translation>Присъствие записано за „%1“: %2</translation>
    </message>
</context>
<context>
    <name>YesNoChoice</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
</context>
</TS>
