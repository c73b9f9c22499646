<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="en">
<context>
    <name>Admin</name>
    <message>
        <source>%1 free of %2</source>
        <translation>Вільно %1 із %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>Enter the admin PIN</source>
        <translation>Введіть PIN-код адміністратора</translation>
    </message>
    <message>
        <source>No admin PIN is set on this kiosk. See “Admin screen” in the README.</source>
        <translation>На цьому терміналі не задано PIN-код адміністратора. Див. розділ «Admin screen» у README.</translation>
    </message>
    <message>
        <source>That PIN is not right. %n more tries before the PIN pad locks.</source>
        <translation>Неправильний PIN-код. Залишилося спроб до блокування: %n.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 год %2 хв</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 хв %2 с</translation>
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
        <translation>Головна</translation>
    </message>
    <message>
        <source>Close admin</source>
        <translation>Вийти</translation>
    </message>
</context>
<context>
    <name>AdminDevices</name>
    <message>
        <source>No card reader is set up</source>
        <translation>Зчитувач карток не налаштовано</translation>
    </message>
    <message>
        <source>Printer test</source>
        <translation>Перевірка принтера</translation>
    </message>
    <message>
        <source>No printer is set up</source>
        <translation>Принтер не налаштовано</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>Out of paper</source>
        <translation>Немає паперу</translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation>Застряг папір</translation>
    </message>
    <message>
        <source>Cover open</source>
        <translation>Кришку відкрито</translation>
    </message>
    <message>
        <source>Printer off or not connected</source>
        <translation>Принтер вимкнено або не підключено</translation>
    </message>
    <message>
        <source>Queue stopped (cupsenable to start it)</source>
        <translation>Чергу зупинено (запуск: cupsenable)</translation>
    </message>
    <message>
        <source>Queue refuses jobs (cupsaccept to open it)</source>
        <translation>Черга не приймає завдання (відкрити: cupsaccept)</translation>
    </message>
    <message>
        <source>The configured queue does not exist</source>
        <translation>Заданої черги не існує</translation>
    </message>
    <message>
        <source>CUPS does not answer</source>
        <translation>CUPS не відповідає</translation>
    </message>
    <message>
        <source>Paper low</source>
        <translation>Папір закінчується</translation>
    </message>
    <message>
        <source>Toner or ink low</source>
        <translation>Тонер або чорнило закінчується</translation>
    </message>
    <message>
        <source>Other printer problem</source>
        <translation>Інша несправність принтера</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готовий</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Друкує</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Зупинено</translation>
    </message>
    <message>
        <source>Start the camera, then hold an ID card’s back under it.</source>
        <translation>Увімкніть камеру й піднесіть під неї зворотний бік посвідчення.</translation>
    </message>
    <message>
        <source>Looking for the lines of letters and &lt;&lt;&lt; …</source>
        <translation>Пошук рядків літер і &lt;&lt;&lt; …</translation>
    </message>
    <message>
        <source>The card was read and its check digits are right.</source>
        <translation>Посвідчення зчитано, контрольні цифри правильні.</translation>
    </message>
    <message>
        <source>No card was read. Check the light and the focus, then try again.</source>
        <translation>Посвідчення не зчитано. Перевірте освітлення й фокус і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The camera could not be opened. Check its cable and the camera setting.</source>
        <translation>Не вдалося відкрити камеру. Перевірте кабель і налаштування камери.</translation>
    </message>
    <message>
        <source>No camera is set up on this kiosk.</source>
        <translation>На цьому терміналі камеру не налаштовано.</translation>
    </message>
    <message>
        <source>Printing a test receipt…</source>
        <translation>Друк тестової квитанції…</translation>
    </message>
    <message>
        <source>The test receipt was printed. Check that it is readable.</source>
        <translation>Тестову квитанцію надруковано. Перевірте, чи її можна прочитати.</translation>
    </message>
    <message>
        <source>The printer is not available. Check the paper, the cover and the cable.</source>
        <translation>Принтер недоступний. Перевірте папір, кришку й кабель.</translation>
    </message>
    <message>
        <source>The test receipt could not be printed. Look at the printer’s state above.</source>
        <translation>Не вдалося надрукувати тестову квитанцію. Перегляньте стан принтера вище.</translation>
    </message>
    <message>
        <source>The kiosk’s own disk</source>
        <translation>Власний диск термінала</translation>
    </message>
    <message>
        <source>The logs could not be written there. Is the USB stick full or read-only?</source>
        <translation>Не вдалося записати журнали. Флешка заповнена або захищена від запису?</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Збережено як %1</translation>
    </message>
    <message>
        <source>The card reader is not connected</source>
        <translation>Зчитувач карток не під’єднано</translation>
    </message>
    <message>
        <source>No card on the reader</source>
        <translation>На зчитувачі немає картки</translation>
    </message>
    <message>
        <source>A card is on the reader</source>
        <translation>Картка лежить на зчитувачі</translation>
    </message>
    <message>
        <source>The card on the reader is an ID document chip.</source>
        <translation>Картка на зчитувачі — чип документа, що посвідчує особу.</translation>
    </message>
    <message>
        <source>The card on the reader is not an ID document chip.</source>
        <translation>Картка на зчитувачі не є чипом документа, що посвідчує особу.</translation>
    </message>
    <message>
        <source>Put an ID card on the reader, then try again.</source>
        <translation>Покладіть посвідчення особи на зчитувач і спробуйте знову.</translation>
    </message>
</context>
<context>
    <name>AdminDevicesScreen</name>
    <message>
        <source>Camera and card reader</source>
        <translation>Камера і зчитувач карток</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Stop the camera</source>
        <translation>Вимкнути камеру</translation>
    </message>
    <message>
        <source>Start the camera and read a card</source>
        <translation>Увімкнути камеру й зчитати картку</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Зчитувач карток</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a card is in the reader</source>
        <translation>картка у зчитувачі</translation>
    </message>
    <message>
        <source>no card in the reader</source>
        <translation>у зчитувачі немає картки</translation>
    </message>
    <message>
        <source>Test read</source>
        <translation>Пробне зчитування</translation>
    </message>
</context>
<context>
    <name>AdminHomeScreen</name>
    <message>
        <source>Technician settings</source>
        <translation>Налаштування для техніка</translation>
    </message>
    <message>
        <source>Kiosk ID</source>
        <translation>ID термінала</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Версія програми</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>Час роботи</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Місце на диску</translation>
    </message>
    <message>
        <source>The disk is almost full. Export the logs, then ask for the kiosk to be serviced.</source>
        <translation>Диск майже заповнений. Збережіть журнали й викличте обслуговування термінала.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Kiosk ID, languages, timeouts, display, camera</source>
        <translation>ID термінала, мови, тайм-аути, екран, камера</translation>
    </message>
    <message>
        <source>Camera and card reader</source>
        <translation>Камера і зчитувач карток</translation>
    </message>
    <message>
        <source>Live picture and a test read</source>
        <translation>Зображення і пробне зчитування</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>State and a test receipt</source>
        <translation>Стан і тестова квитанція</translation>
    </message>
    <message>
        <source>Portal connection</source>
        <translation>Зв&apos;язок із порталом</translation>
    </message>
    <message>
        <source>Check the connection, enrol this kiosk</source>
        <translation>Перевірка зв&apos;язку, реєстрація термінала</translation>
    </message>
    <message>
        <source>Waiting requests</source>
        <translation>Заяви в черзі</translation>
    </message>
    <message>
        <source>Counts and send now</source>
        <translation>Кількість і надсилання зараз</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Журнали</translation>
    </message>
    <message>
        <source>Save the logs to a USB stick</source>
        <translation>Зберегти журнали на флешку</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Майстер-класи</translation>
    </message>
    <message>
        <source>Schedule and attendance</source>
        <translation>Розклад і відвідуваність</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Звіт</translation>
    </message>
    <message>
        <source>Anonymous figures, export CSV</source>
        <translation>Анонімні дані, експорт CSV</translation>
    </message>
    <message>
        <source>Library staff</source>
        <translation>Працівники бібліотеки</translation>
    </message>
    <message>
        <source>Who may sign in to guide sessions</source>
        <translation>Хто може входити, щоб супроводжувати сеанси</translation>
    </message>
    <message>
        <source>Restart the kiosk app</source>
        <translation>Перезапустити програму</translation>
    </message>
    <message>
        <source>Needed after saving settings or enrolling</source>
        <translation>Потрібно після збереження налаштувань або реєстрації</translation>
    </message>
</context>
<context>
    <name>AdminLockoutScreen</name>
    <message>
        <source>The PIN pad is locked</source>
        <translation>Введення PIN-коду заблоковано</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>The wrong PIN was entered too many times.</source>
        <translation>Забагато разів введено неправильний PIN-код.</translation>
    </message>
    <message>
        <source>You can try again in %1.</source>
        <translation>Повторити можна через %1.</translation>
    </message>
    <message>
        <source>Each further wrong PIN makes the wait longer. If you have forgotten the PIN, set a new one from the kiosk&apos;s terminal (see the README).</source>
        <translation>Кожен наступний неправильний PIN-код подовжує очікування. Якщо ви забули PIN-код, задайте новий у консолі термінала (див. README).</translation>
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
        <translation>Вставте флешку й оберіть, куди зберегти журнали. Особисті дані з них видаляються.</translation>
    </message>
    <message>
        <source>Save to %1</source>
        <translation>Зберегти на %1</translation>
    </message>
</context>
<context>
    <name>AdminOutboxScreen</name>
    <message>
        <source>Waiting requests</source>
        <translation>Заяви в черзі</translation>
    </message>
    <message>
        <source>The kiosk is not connected to a portal yet, so there is no outbox.</source>
        <translation>Термінал ще не підключено до порталу, тому черги надсилання немає.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Надіслати зараз</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
</context>
<context>
    <name>AdminPinScreen</name>
    <message>
        <source>Technician access</source>
        <translation>Вхід для техніка</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Enter the admin PIN.</source>
        <translation>Введіть PIN-код адміністратора.</translation>
    </message>
    <message>
        <source>No admin PIN is set on this kiosk yet.</source>
        <translation>На цьому терміналі ще не задано PIN-код адміністратора.</translation>
    </message>
    <message numerus="yes">
        <source>%n digits typed</source>
        <translation>
            <numerusform>Введено %n цифру</numerusform>
            <numerusform>Введено %n цифри</numerusform>
            <numerusform>Введено %n цифр</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Видалити останню цифру</translation>
    </message>
</context>
<context>
    <name>AdminPortal</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Чекають на надсилання</translation>
    </message>
    <message>
        <source>Being sent now</source>
        <translation>Надсилаються</translation>
    </message>
    <message>
        <source>Could not be sent (needs a retry)</source>
        <translation>Не надіслано (потрібен повтор)</translation>
    </message>
    <message>
        <source>Delivered (receipts kept)</source>
        <translation>Доставлено (записи збережено)</translation>
    </message>
    <message>
        <source>Enter the portal’s address, starting with https://</source>
        <translation>Введіть адресу порталу, що починається з https://</translation>
    </message>
    <message>
        <source>That code did not work. Codes work only once and expire: ask for a new one.</source>
        <translation>Код не підійшов. Код діє один раз і обмежений час: попросіть новий.</translation>
    </message>
    <message>
        <source>The kiosk cannot reach that address. Check the address and the network.</source>
        <translation>Термінал не може з&apos;єднатися з цією адресою. Перевірте адресу й мережу.</translation>
    </message>
    <message>
        <source>The portal’s certificate is not trusted. Check the address, or ask for the portal’s certificate authority (ca_bundle).</source>
        <translation>Сертифікат порталу не є довіреним. Перевірте адресу або попросіть центр сертифікації порталу (ca_bundle).</translation>
    </message>
    <message>
        <source>The portal did not accept the enrolment. Try again, or ask for a new code.</source>
        <translation>Портал не прийняв реєстрацію. Спробуйте ще раз або попросіть новий код.</translation>
    </message>
    <message>
        <source>The kiosk could not store its token in the system keyring. Restart the kiosk and try again.</source>
        <translation>Термінал не зміг зберегти токен у системному сховищі ключів. Перезапустіть термінал і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Portal reachable</source>
        <translation>Портал доступний</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>Secure, certificate checked</source>
        <translation>Захищено, сертифікат перевірено</translation>
    </message>
    <message>
        <source>Not encrypted (http): use https on a real kiosk</source>
        <translation>Без шифрування (http): на робочому терміналі потрібен https</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Сертифікат не довірений</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Захищене з&apos;єднання (TLS)</translation>
    </message>
    <message>
        <source>This kiosk is enrolled</source>
        <translation>Термінал зареєстровано</translation>
    </message>
    <message>
        <source>Yes, as %1</source>
        <translation>Так, як %1</translation>
    </message>
    <message>
        <source>No: enrol it below</source>
        <translation>Ні: зареєструйте нижче</translation>
    </message>
    <message>
        <source>Right (%n s apart)</source>
        <translation>Правильно (різниця %n с)</translation>
    </message>
    <message>
        <source>Wrong by %n s: set the kiosk’s date and time</source>
        <translation>Розбіжність %n с: налаштуйте дату й час термінала</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Годинник</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Реєстрація…</translation>
    </message>
    <message>
        <source>This kiosk is enrolled with %1. Restart the kiosk to connect.</source>
        <translation>Термінал зареєстровано на %1. Перезапустіть термінал, щоб підключитися.</translation>
    </message>
    <message>
        <source>This kiosk is enrolled with %1, but the address could not be saved in the settings file.</source>
        <translation>Термінал зареєстровано на %1, але адресу не вдалося зберегти у файлі налаштувань.</translation>
    </message>
    <message>
        <source>Sending now. The counts update in a few seconds.</source>
        <translation>Триває надсилання. Кількість оновиться за кілька секунд.</translation>
    </message>
    <message>
        <source>No: the address cannot be reached</source>
        <translation>Ні: адреса недоступна</translation>
    </message>
    <message>
        <source>No: it did not answer in time</source>
        <translation>Ні: не відповів вчасно</translation>
    </message>
    <message>
        <source>No: its certificate is not trusted</source>
        <translation>Ні: сертифікат не довірений</translation>
    </message>
    <message>
        <source>No device token: enrol this kiosk</source>
        <translation>Немає токена пристрою: зареєструйте термінал</translation>
    </message>
    <message>
        <source>Not connected: enrol this kiosk, then restart</source>
        <translation>Не підключено: зареєструйте термінал і перезапустіть</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
</context>
<context>
    <name>AdminPortalScreen</name>
    <message>
        <source>Portal connection</source>
        <translation>Зв&apos;язок із порталом</translation>
    </message>
    <message>
        <source>Portal address: %1</source>
        <translation>Адреса порталу: %1</translation>
    </message>
    <message>
        <source>No portal address is set yet.</source>
        <translation>Адресу порталу ще не задано.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Перевірка…</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Перевірити зв&apos;язок</translation>
    </message>
    <message>
        <source>Enrol this kiosk</source>
        <translation>Зареєструвати термінал</translation>
    </message>
    <message>
        <source>Ask the portal&apos;s administrator for a one-time enrolment code for this kiosk&apos;s ID.</source>
        <translation>Попросіть адміністратора порталу видати одноразовий код реєстрації для ID цього термінала.</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Адреса порталу</translation>
    </message>
    <message>
        <source>One-time enrolment code</source>
        <translation>Одноразовий код реєстрації</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Зареєструвати</translation>
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
        <translation>Черга друку</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Print a test receipt</source>
        <translation>Надрукувати тестову квитанцію</translation>
    </message>
</context>
<context>
    <name>AdminReportScreen</name>
    <message>
        <source>Report</source>
        <translation>Звіт</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Тиждень</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Раніше</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Пізніше</translation>
    </message>
    <message>
        <source>Sessions by service</source>
        <translation>Сеанси за послугами</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>За цей період сеансів немає.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершені</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Не завершені</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>завершено: %1</translation>
    </message>
    <message>
        <source>Sessions by language</source>
        <translation>Сеанси за мовами</translation>
    </message>
    <message>
        <source>Workshops held</source>
        <translation>Проведені майстер-класи</translation>
    </message>
    <message>
        <source>People who came: %1</source>
        <translation>Прийшло людей: %1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Експорт CSV</translation>
    </message>
    <message>
        <source>Plug in a USB stick, then choose where to save this period&apos;s figures. They hold no personal data.</source>
        <translation>Вставте USB-накопичувач і виберіть, куди зберегти дані за цей період. Персональних даних у них немає.</translation>
    </message>
    <message>
        <source>Save to %1</source>
        <translation>Зберегти на %1</translation>
    </message>
</context>
<context>
    <name>AdminSettings</name>
    <message>
        <source>Kiosk ID</source>
        <translation>ID термінала</translation>
    </message>
    <message>
        <source>The name the portal knows this kiosk by, e.g. deva-lobby-1</source>
        <translation>Ім&apos;я термінала на порталі, наприклад deva-lobby-1</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Назва місця</translation>
    </message>
    <message>
        <source>Kind of kiosk</source>
        <translation>Тип термінала</translation>
    </message>
    <message>
        <source>Town-hall lobby panel</source>
        <translation>Панель у холі мерії</translation>
    </message>
    <message>
        <source>Library point</source>
        <translation>Пункт у бібліотеці</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation>Доступні мови</translation>
    </message>
    <message>
        <source>Language shown first</source>
        <translation>Мова за замовчуванням</translation>
    </message>
    <message>
        <source>Seconds without a touch before the warning</source>
        <translation>Секунд без дотиків до попередження</translation>
    </message>
    <message>
        <source>Seconds the warning counts down</source>
        <translation>Секунд зворотного відліку попередження</translation>
    </message>
    <message>
        <source>Seconds before this admin screen closes itself</source>
        <translation>Секунд до автозакриття екрана адміністратора</translation>
    </message>
    <message>
        <source>Screen dots per inch (DPI)</source>
        <translation>Точок на дюйм екрана (DPI)</translation>
    </message>
    <message>
        <source>Touch targets are sized in millimetres from this value</source>
        <translation>За цим значенням розраховується розмір кнопок у міліметрах</translation>
    </message>
    <message>
        <source>Screen rotation</source>
        <translation>Поворот екрана</translation>
    </message>
    <message>
        <source>Text size at the start of each session</source>
        <translation>Розмір тексту на початку сеансу</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Звичайний</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Великий</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Camera if connected, else the demo camera</source>
        <translation>Камера, якщо підключена, інакше демо-камера</translation>
    </message>
    <message>
        <source>Camera device</source>
        <translation>Пристрій камери</translation>
    </message>
    <message>
        <source>Demo camera</source>
        <translation>Демо-камера</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Без камери</translation>
    </message>
    <message>
        <source>Camera device number (N in /dev/videoN)</source>
        <translation>Номер пристрою камери (N у /dev/videoN)</translation>
    </message>
    <message>
        <source>Where petitions go</source>
        <translation>Куди надсилати звернення</translation>
    </message>
    <message>
        <source>The portal</source>
        <translation>Портал</translation>
    </message>
    <message>
        <source>An Open311 server</source>
        <translation>Сервер Open311</translation>
    </message>
    <message>
        <source>Open311 server address</source>
        <translation>Адреса сервера Open311</translation>
    </message>
    <message>
        <source>These settings cannot be used: %1</source>
        <translation>Ці налаштування не можна застосувати: %1</translation>
    </message>
    <message>
        <source>Choose one of the options</source>
        <translation>Оберіть один із варіантів</translation>
    </message>
    <message>
        <source>Choose at least one language</source>
        <translation>Оберіть хоча б одну мову</translation>
    </message>
    <message>
        <source>Enter up to 64 letters, digits, dots, dashes or underscores, with no spaces</source>
        <translation>Введіть до 64 літер, цифр, крапок, дефісів або підкреслень без пробілів</translation>
    </message>
    <message>
        <source>Enter an address starting with https://</source>
        <translation>Введіть адресу, що починається з https://</translation>
    </message>
    <message>
        <source>Enter a value</source>
        <translation>Введіть значення</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2</source>
        <translation>Введіть число від %1 до %2</translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2</source>
        <translation>Введіть ціле число від %1 до %2</translation>
    </message>
    <message>
        <source>This kiosk was started without a settings file, so nothing can be saved.</source>
        <translation>Термінал запущено без файлу налаштувань, тому зберегти нічого не можна.</translation>
    </message>
    <message>
        <source>The settings file cannot be read. Nothing was changed.</source>
        <translation>Не вдається прочитати файл налаштувань. Нічого не змінено.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Нічого не змінилося.</translation>
    </message>
    <message>
        <source>Saved. Restart the kiosk to use the new settings.</source>
        <translation>Збережено. Перезапустіть термінал, щоб застосувати нові налаштування.</translation>
    </message>
</context>
<context>
    <name>AdminSettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Зберегти налаштування</translation>
    </message>
</context>
<context>
    <name>AdminStaff</name>
    <message>
        <source>The staff ID may have only small letters, digits, dots, dashes and underscores.</source>
        <translation>ID працівника може містити лише малі латинські літери, цифри, крапки, дефіси й підкреслення.</translation>
    </message>
    <message>
        <source>Enter the name shown on the banner.</source>
        <translation>Введіть ім&apos;я, що показується на смузі.</translation>
    </message>
    <message>
        <source>The PIN must have %1 to %2 digits.</source>
        <translation>PIN-код має містити від %1 до %2 цифр.</translation>
    </message>
    <message>
        <source>Someone already has this staff ID.</source>
        <translation>Такий ID працівника вже є.</translation>
    </message>
    <message>
        <source>Someone already has this PIN. Choose another one.</source>
        <translation>Такий PIN-код уже є. Виберіть інший.</translation>
    </message>
    <message>
        <source>The two PINs are different. Type the same PIN twice.</source>
        <translation>PIN-коди не збігаються. Введіть той самий PIN двічі.</translation>
    </message>
    <message>
        <source>%1 can now sign in.</source>
        <translation>%1 тепер може входити.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Видалено.</translation>
    </message>
</context>
<context>
    <name>AdminStaffScreen</name>
    <message>
        <source>Library staff</source>
        <translation>Працівники бібліотеки</translation>
    </message>
    <message>
        <source>Nobody can sign in as staff yet.</source>
        <translation>Поки ніхто не може входити як працівник.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Видалити: %1</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Додати працівника</translation>
    </message>
    <message>
        <source>Staff ID (sent with requests they help with)</source>
        <translation>ID працівника (надсилається із заявами, у яких він допомагає)</translation>
    </message>
    <message>
        <source>Name shown on the banner</source>
        <translation>Ім&apos;я на смузі</translation>
    </message>
    <message>
        <source>Staff PIN (4 to 12 digits)</source>
        <translation>PIN-код працівника (4–12 цифр)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Той самий PIN-код ще раз</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
</context>
<context>
    <name>AdminWorkshopsScreen</name>
    <message>
        <source>Workshops</source>
        <translation>Майстер-класи</translation>
    </message>
    <message>
        <source>Add a workshop</source>
        <translation>Додати майстер-клас</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Майбутні</translation>
    </message>
    <message>
        <source>No workshops are planned.</source>
        <translation>Майстер-класи не заплановані.</translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation>Місць: %1</translation>
    </message>
    <message>
        <source>From the settings file</source>
        <translation>З файлу налаштувань</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Змінити</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Took place</source>
        <translation>Минулі</translation>
    </message>
    <message>
        <source>No workshops in the last two months.</source>
        <translation>За останні два місяці майстер-класів не було.</translation>
    </message>
    <message>
        <source>People who came: %1</source>
        <translation>Прийшло людей: %1</translation>
    </message>
    <message>
        <source>Attendance not recorded yet</source>
        <translation>Відвідуваність ще не записано</translation>
    </message>
    <message>
        <source>Correct the count</source>
        <translation>Виправити кількість</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>Записати відвідуваність</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Новий майстер-клас</translation>
    </message>
    <message>
        <source>Change the workshop</source>
        <translation>Змінити майстер-клас</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата і час</translation>
    </message>
    <message>
        <source>Day before</source>
        <translation>На день раніше</translation>
    </message>
    <message>
        <source>Day after</source>
        <translation>На день пізніше</translation>
    </message>
    <message>
        <source>1 hour earlier</source>
        <translation>На 1 годину раніше</translation>
    </message>
    <message>
        <source>1 hour later</source>
        <translation>На 1 годину пізніше</translation>
    </message>
    <message>
        <source>15 minutes earlier</source>
        <translation>На 15 хвилин раніше</translation>
    </message>
    <message>
        <source>15 minutes later</source>
        <translation>На 15 хвилин пізніше</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Місця</translation>
    </message>
    <message>
        <source>Fewer seats</source>
        <translation>Менше місць</translation>
    </message>
    <message>
        <source>More seats</source>
        <translation>Більше місць</translation>
    </message>
    <message>
        <source>Language of the workshop</source>
        <translation>Мова майстер-класу</translation>
    </message>
    <message>
        <source>Save the workshop</source>
        <translation>Зберегти майстер-клас</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>How many people came?</source>
        <translation>Скільки людей прийшло?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Видалити останню цифру</translation>
    </message>
</context>
<context>
    <name>AppointmentCancelScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <source>Cancel an appointment</source>
        <translation>Скасувати запис</translation>
    </message>
    <message>
        <source>Enter the appointment number and the access code. They are on your appointment slip.</source>
        <translation>Введіть номер запису та код доступу. Вони вказані у вашому талоні.</translation>
    </message>
    <message>
        <source>Appointment number</source>
        <translation>Номер запису</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Код доступу</translation>
    </message>
    <message>
        <source>Find my appointment</source>
        <translation>Знайти мій запис</translation>
    </message>
    <message>
        <source>Is this the appointment you want to cancel?</source>
        <translation>Ви хочете скасувати цей запис?</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
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
        <translation>Відділення</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>This appointment is not booked any more, so there is nothing to cancel.</source>
        <translation>Цей запис уже не дійсний, тому скасовувати нічого.</translation>
    </message>
    <message>
        <source>Cancel this appointment</source>
        <translation>Скасувати цей запис</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Не скасовувати</translation>
    </message>
    <message>
        <source>Look up another appointment</source>
        <translation>Знайти інший запис</translation>
    </message>
    <message>
        <source>Your appointment is cancelled</source>
        <translation>Ваш запис скасовано</translation>
    </message>
    <message>
        <source>%1 at %2 is free again for others. You do not need to do anything else.</source>
        <translation>Час %1 о %2 знову вільний для інших. Більше нічого робити не потрібно.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Повернутися на початок</translation>
    </message>
</context>
<context>
    <name>AppointmentConfirmationScreen</name>
    <message>
        <source>Your appointment is booked</source>
        <translation>Вас записано на прийом</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Відділення</translation>
    </message>
    <message>
        <source>Appointment number</source>
        <translation>Номер запису</translation>
    </message>
    <message>
        <source>Access code (you need it with the number to cancel)</source>
        <translation>Код доступу (потрібен разом із номером для скасування)</translation>
    </message>
    <message>
        <source>Bring your identity document with you. Write down the number and code, or print them.</source>
        <translation>Візьміть із собою документ, що посвідчує особу. Запишіть номер і код або надрукуйте їх.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Надрукувати</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Надрукувати ще раз</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершити</translation>
    </message>
    <message>
        <source>Scan to add it to your phone&apos;s calendar</source>
        <translation>Відскануйте, щоб додати в календар телефона</translation>
    </message>
</context>
<context>
    <name>AppointmentDaysScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Оберіть день</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Попередній місяць</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Наступний місяць</translation>
    </message>
    <message>
        <source>There are no free times at this office in the coming weeks. Please choose another office or ask at the information desk.</source>
        <translation>У цьому відділенні немає вільного часу на найближчі тижні. Будь ласка, оберіть інше відділення або зверніться до інформаційної стійки.</translation>
    </message>
    <message>
        <source>Tap a green day to see its free times. Grey days are full or closed.</source>
        <translation>Торкніться зеленого дня, щоб побачити вільний час. Сірі дні зайняті або неробочі.</translation>
    </message>
</context>
<context>
    <name>AppointmentHoldScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <source>Check and confirm your appointment</source>
        <translation>Перевірте та підтвердьте запис</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
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
        <translation>Відділення</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я та прізвище</translation>
    </message>
    <message>
        <source>Personal identification number</source>
        <translation>Ідентифікаційний номер</translation>
    </message>
    <message>
        <source>Confirm the appointment</source>
        <translation>Підтвердити запис</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Обрати інший час</translation>
    </message>
</context>
<context>
    <name>AppointmentOfficesScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <source>Choose an office</source>
        <translation>Оберіть відділення</translation>
    </message>
    <message>
        <source>No office takes appointments for this service at the moment. Please ask at the information desk.</source>
        <translation>Зараз жодне відділення не записує на цю послугу. Будь ласка, зверніться до інформаційної стійки.</translation>
    </message>
</context>
<context>
    <name>AppointmentPersonScreen</name>
    <message>
        <source>Who is the appointment for?</source>
        <translation>На кого оформити запис?</translation>
    </message>
    <message>
        <source>Write the details as they are on your identity card. The appointment will be in this name.</source>
        <translation>Вкажіть дані так, як у посвідченні особи. Запис буде оформлено на це ім&apos;я.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Personal identification number</source>
        <translation>Ідентифікаційний номер</translation>
    </message>
    <message>
        <source>You can find it on your identity card</source>
        <translation>Він вказаний у посвідченні особи</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продовжити</translation>
    </message>
</context>
<context>
    <name>AppointmentSlotsScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Оберіть час</translation>
    </message>
    <message>
        <source>There are no free times left on this day. Please choose another day.</source>
        <translation>На цей день вільного часу не залишилося. Будь ласка, оберіть інший день.</translation>
    </message>
    <message>
        <source>Choose another day</source>
        <translation>Обрати інший день</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>з %1 до %2</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Enter your first name</source>
        <translation>Введіть ім&apos;я</translation>
    </message>
    <message>
        <source>Enter your surname</source>
        <translation>Введіть прізвище</translation>
    </message>
    <message>
        <source>Enter your personal identification number</source>
        <translation>Введіть ідентифікаційний номер</translation>
    </message>
    <message>
        <source>This personal identification number is not right. Check each digit on your ID card.</source>
        <translation>В ідентифікаційному номері помилка. Звірте кожну цифру з посвідченням особи.</translation>
    </message>
    <message>
        <source>The appointment system cannot be reached right now. Please try again in a few minutes or ask at the information desk.</source>
        <translation>Система запису зараз недоступна. Будь ласка, спробуйте за кілька хвилин або зверніться до інформаційної стійки.</translation>
    </message>
    <message>
        <source>Someone else has just taken that time. Please choose another time.</source>
        <translation>Цей час щойно зайняв хтось інший. Будь ласка, оберіть інший час.</translation>
    </message>
    <message>
        <source>The time we kept for you has run out, so it was not booked. Please choose a time again.</source>
        <translation>Час, відкладений для вас, минув, тому запис не оформлено. Будь ласка, оберіть час ще раз.</translation>
    </message>
    <message>
        <source>We could not find an appointment with this number and code. Check both and try again.</source>
        <translation>Запис із таким номером і кодом не знайдено. Перевірте їх і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>This appointment has already been cancelled.</source>
        <translation>Цей запис уже скасовано.</translation>
    </message>
    <message>
        <source>The appointment system did not accept this. Please ask at the information desk.</source>
        <translation>Система запису не прийняла ці дані. Будь ласка, зверніться до інформаційної стійки.</translation>
    </message>
    <message>
        <source>Your appointment</source>
        <translation>Ваш запис</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
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
        <translation>Відділення</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я та прізвище</translation>
    </message>
    <message>
        <source>Personal identification number</source>
        <translation>Ідентифікаційний номер</translation>
    </message>
    <message>
        <source>Appointment number</source>
        <translation>Номер запису</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Код доступу</translation>
    </message>
    <message>
        <source>Bring your identity document with you.</source>
        <translation>Візьміть із собою документ, що посвідчує особу.</translation>
    </message>
    <message>
        <source>To cancel, choose “Cancel an appointment” on the kiosk and enter the number and access code.</source>
        <translation>Щоб скасувати запис, оберіть на терміналі «Скасувати запис» і введіть номер та код доступу.</translation>
    </message>
    <message>
        <source>Enter the appointment number from your slip</source>
        <translation>Введіть номер запису з квитанції</translation>
    </message>
    <message>
        <source>Enter the access code from your slip</source>
        <translation>Введіть код доступу з квитанції</translation>
    </message>
    <message>
        <source>Your slip is printing. Take it from the printer.</source>
        <translation>Квитанція друкується. Візьміть її з принтера.</translation>
    </message>
    <message>
        <source>The printer is not working right now. Please write down the appointment number and access code, or scan the code with your phone.</source>
        <translation>Принтер зараз не працює. Запишіть номер запису та код доступу або відскануйте код телефоном.</translation>
    </message>
    <message>
        <source>Please take a photo of the appointment number and access code on the screen, or write them down.</source>
        <translation>Сфотографуйте номер запису та код доступу на екрані або запишіть їх.</translation>
    </message>
    <message>
        <source>Held for you for %1 more</source>
        <translation>Заброньовано для Вас ще %1</translation>
    </message>
    <message>
        <source>Held for you for a few minutes. Confirm it soon.</source>
        <translation>Час закріплено за Вами на кілька хвилин. Підтвердьте запис якнайшвидше.</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>вільно: %1</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Немає місць</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Ще не підтверджено</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Not booked: the time ran out</source>
        <translation>Запис не зроблено: час сплив</translation>
    </message>
</context>
<context>
    <name>Attract</name>
    <message>
        <source>Touch the screen to start</source>
        <translation>Торкніться екрана, щоб почати</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Оберіть мову</translation>
    </message>
    <message>
        <source>Request certificates and documents without queuing</source>
        <translation>Замовляйте довідки та документи без черги</translation>
    </message>
    <message>
        <source>Check the status of your request with the code on your receipt</source>
        <translation>Дізнайтеся стан розгляду заяви за кодом із квитанції</translation>
    </message>
    <message>
        <source>Scan your identity card to fill in forms faster</source>
        <translation>Відскануйте посвідчення особи, щоб швидше заповнити бланки</translation>
    </message>
    <message>
        <source>Everything you enter is deleted when you finish</source>
        <translation>Усе, що ви ввели, видаляється після завершення роботи</translation>
    </message>
    <message>
        <source>Next workshops</source>
        <translation>Найближчі майстер-класи</translation>
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
        <translation>На нуль ділити не можна</translation>
    </message>
    <message>
        <source>Number too large</source>
        <translation>Завелике число</translation>
    </message>
</context>
<context>
    <name>CalculatorScreen</name>
    <message>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <source>C</source>
        <comment>calculator key that clears everything</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Видалити останню цифру</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Відсоток</translation>
    </message>
    <message>
        <source>Divide</source>
        <translation>Поділити</translation>
    </message>
    <message>
        <source>Multiply</source>
        <translation>Помножити</translation>
    </message>
    <message>
        <source>Subtract</source>
        <translation>Мінус</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Плюс</translation>
    </message>
    <message>
        <source>Change sign</source>
        <translation>Змінити знак</translation>
    </message>
    <message>
        <source>Decimal point</source>
        <translation>Десяткова кома</translation>
    </message>
    <message>
        <source>Equals</source>
        <translation>Дорівнює</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Калькулятор</translation>
    </message>
    <message>
        <source>Your calculations</source>
        <translation>Ваші обчислення</translation>
    </message>
    <message>
        <source>Results appear here. They are deleted when you finish.</source>
        <translation>Тут з&apos;являться результати. Після завершення роботи їх буде видалено.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Open: %1</source>
        <translation>Відчинено: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Зачинено</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>Зараз відчинено, до %1</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Зараз зачинено</translation>
    </message>
    <message>
        <source>Closed now. Opens %1 at %2</source>
        <translation>Зараз зачинено. Відчиниться: %1, о %2</translation>
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
        <translation>Попередній місяць</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Наступний місяць</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>святковий день</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>зачинено</translation>
    </message>
    <message>
        <source>Public holidays this month</source>
        <translation>Святкові дні цього місяця</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Put the back of your card here, with the lines of letters at the bottom</source>
        <translation>Покладіть сюди зворотний бік посвідчення, рядки літер — унизу</translation>
    </message>
</context>
<context>
    <name>CheckAnswersScreen</name>
    <message>
        <source>Check your answers</source>
        <translation>Перевірте ваші відповіді</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Немає відповіді</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Змінити</translation>
    </message>
    <message>
        <source>By sending this request you confirm that the answers are true.</source>
        <translation>Надсилаючи заяву, ви підтверджуєте, що відповіді правдиві.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Надсилання…</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Надіслати заяву</translation>
    </message>
</context>
<context>
    <name>ChipReaderPanel</name>
    <message>
        <source>Type the card number</source>
        <translation>Введіть номер картки</translation>
    </message>
    <message>
        <source>Place your card on the reader</source>
        <translation>Покладіть картку на зчитувач</translation>
    </message>
    <message>
        <source>Reading the chip… Keep the card on the reader</source>
        <translation>Читання чипа… Не забирайте картку зі зчитувача</translation>
    </message>
    <message>
        <source>Your details from the chip</source>
        <translation>Ваші дані з чипа</translation>
    </message>
    <message>
        <source>We could not read the chip</source>
        <translation>Не вдалося прочитати чип</translation>
    </message>
    <message>
        <source>The 6 digits printed on the front of your card, marked CAN.</source>
        <translation>6 цифр, надрукованих на лицьовому боці картки, з позначкою CAN.</translation>
    </message>
    <message>
        <source>Digits typed: %1 of 6</source>
        <translation>Введено цифр: %1 з 6</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Видалити останню цифру</translation>
    </message>
    <message>
        <source>Lay the card flat on the reader and leave it there until the kiosk says it is done. It takes a few seconds.</source>
        <translation>Покладіть картку на зчитувач і не забирайте, доки кіоск не повідомить, що все готово. Це триває кілька секунд.</translation>
    </message>
    <message>
        <source>Your photo from the chip</source>
        <translation>Ваше фото з чипа</translation>
    </message>
    <message>
        <source>Only you can see this photo. It is not kept.</source>
        <translation>Це фото бачите лише ви. Воно не зберігається.</translation>
    </message>
    <message>
        <source>Use these details</source>
        <translation>Використати ці дані</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати знову</translation>
    </message>
    <message>
        <source>Choose another way</source>
        <translation>Обрати інший спосіб</translation>
    </message>
</context>
<context>
    <name>ChipScan</name>
    <message>
        <source>The card reader is not working. Type your details instead.</source>
        <translation>Зчитувач карток не працює. Введіть дані вручну.</translation>
    </message>
    <message>
        <source>No card was found on the reader.</source>
        <translation>На зчитувачі не знайдено картки.</translation>
    </message>
    <message>
        <source>No card was placed on the reader.</source>
        <translation>Картку не було покладено на зчитувач.</translation>
    </message>
    <message>
        <source>This card has no ID document chip the kiosk can read.</source>
        <translation>На цій картці немає чипа документа, який кіоск може прочитати.</translation>
    </message>
    <message>
        <source>The card did not accept the number. Check the 6 digits on the front of your card.</source>
        <translation>Картка не прийняла номер. Перевірте 6 цифр на лицьовому боці картки.</translation>
    </message>
    <message>
        <source>The card did not accept the details read by the camera. Type the card number instead.</source>
        <translation>Картка не прийняла дані, зчитані камерою. Введіть номер картки.</translation>
    </message>
    <message>
        <source>The card was taken off the reader too soon. Place it again and leave it there.</source>
        <translation>Картку забрали зі зчитувача зарано. Покладіть її знову й не забирайте.</translation>
    </message>
    <message>
        <source>The chip could not be read. Try again, or type your details.</source>
        <translation>Не вдалося прочитати чип. Спробуйте знову або введіть дані вручну.</translation>
    </message>
    <message>
        <source>The chip&apos;s data did not pass the authenticity check. Type your details instead.</source>
        <translation>Дані чипа не пройшли перевірку справжності. Введіть дані вручну.</translation>
    </message>
    <message>
        <source>Checked: the data was signed by the issuing country.</source>
        <translation>Перевірено: дані підписані країною видачі.</translation>
    </message>
    <message>
        <source>Checked against the chip&apos;s own signature only.</source>
        <translation>Перевірено лише за власним підписом чипа.</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>Your request is registered</source>
        <translation>Вашу заяву зареєстровано</translation>
    </message>
    <message>
        <source>Your request has been received</source>
        <translation>Вашу заяву отримано</translation>
    </message>
    <message>
        <source>Your request is saved on this kiosk</source>
        <translation>Вашу заяву збережено на цьому терміналі</translation>
    </message>
    <message>
        <source>The town hall now works on your request. You will get the answer by {date}. You can check how it is going on this kiosk with the number and the access code shown here.</source>
        <translation>Мерія вже працює над вашою заявою. Ви отримаєте відповідь до {date}. Дізнатися, як іде розгляд, можна на цьому терміналі за номером і кодом доступу, вказаними тут.</translation>
    </message>
    <message>
        <source>The town hall now works on your request. You can check how it is going on this kiosk with the number and the access code shown here.</source>
        <translation>Мерія вже працює над вашою заявою. Дізнатися, як іде розгляд, можна на цьому терміналі за номером і кодом доступу, вказаними тут.</translation>
    </message>
    <message>
        <source>It gets its registration number in the next few hours. Keep the receipt: with the reference shown here you can check its status on this kiosk.</source>
        <translation>Протягом кількох годин їй присвоять реєстраційний номер. Збережіть квитанцію: за вказаним тут контрольним номером можна дізнатися стан заяви на цьому терміналі.</translation>
    </message>
    <message>
        <source>The connection to the town hall is down right now. Your request will be sent automatically as soon as it is back; you do not need to do anything. Keep the reference shown here.</source>
        <translation>Зв&apos;язку з мерією зараз немає. Вашу заяву буде надіслано автоматично, щойно його буде відновлено; вам нічого робити не потрібно. Збережіть вказаний тут контрольний номер.</translation>
    </message>
    <message>
        <source>Practice done — this is how a registered request looks</source>
        <translation>Тренування завершено — так виглядає зареєстрована заява</translation>
    </message>
    <message>
        <source>With a real request, the town hall would now work on it, and you could check how it is going on this kiosk with the number and the access code shown here. Nothing was sent this time.</source>
        <translation>Зі справжньою заявою мерія почала б над нею працювати, а ви могли б дізнатися, як іде розгляд, на цьому терміналі за номером і кодом доступу, вказаними тут. Цього разу нічого не надіслано.</translation>
    </message>
    <message>
        <source>Questions? Ask at the information desk of {institution}, and show this number.</source>
        <translation>Є запитання? Зверніться до інформаційної стійки ({institution}) і покажіть цей номер.</translation>
    </message>
    <message>
        <source>Your petition was sent to the city&apos;s reporting service. Keep this number: the city uses it when it answers you or when you ask about your petition.</source>
        <translation>Ваше звернення надіслано до міської служби прийому звернень. Збережіть цей номер: місто вказує його у відповіді, і він знадобиться, якщо ви питатимете про своє звернення.</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>PRACTICE — this request was not sent to the town hall. The number below is only for practice.</source>
        <translation>ТРЕНУВАННЯ — цю заяву не надіслано до мерії. Номер нижче лише для тренування.</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Реєстраційний номер</translation>
    </message>
    <message>
        <source>Access code (to check the status)</source>
        <translation>Код доступу (для перевірки стану)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Контрольний номер</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Що буде далі</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Надрукувати квитанцію</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Надрукувати ще раз</translation>
    </message>
    <message>
        <source>Another service</source>
        <translation>Інша послуга</translation>
    </message>
    <message>
        <source>Finish and clear my data</source>
        <translation>Завершити й видалити мої дані</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>No date chosen</source>
        <translation>Дату не обрано</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Змінити дату</translation>
    </message>
    <message>
        <source>Choose the date</source>
        <translation>Оберіть дату</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>Оберіть місяць</translation>
    </message>
    <message>
        <source>Choose the day</source>
        <translation>Оберіть день</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>Оберіть рік</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Text and contrast</source>
        <translation>Текст і контраст</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Розмір тексту</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Звичайний текст</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Великий текст</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <source>Normal colours</source>
        <translation>Звичайні кольори</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Висока контрастність</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>There is a problem</source>
        <translation>Є проблема</translation>
    </message>
    <message>
        <source>Tap a line to go to the answer that needs a change.</source>
        <translation>Торкніться рядка, щоб перейти до відповіді, яку потрібно змінити.</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <source>Enter your answer here.</source>
        <translation>Введіть відповідь тут.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Оберіть один із варіантів.</translation>
    </message>
    <message>
        <source>Choose at least {min} of the options.</source>
        <translation>Оберіть щонайменше {min} з варіантів.</translation>
    </message>
    <message>
        <source>Choose at most {max} of the options.</source>
        <translation>Оберіть не більше {max} з варіантів.</translation>
    </message>
    <message>
        <source>Tick the box to agree before you continue.</source>
        <translation>Щоб продовжити, поставте позначку на знак згоди.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Введіть дату.</translation>
    </message>
    <message>
        <source>Enter a real date.</source>
        <translation>Введіть дійсну дату.</translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.com.</source>
        <translation>Введіть адресу електронної пошти, наприклад name@example.com.</translation>
    </message>
    <message>
        <source>Enter a phone number using digits, like 0722 123 456.</source>
        <translation>Введіть номер телефону цифрами, наприклад 0722 123 456.</translation>
    </message>
    <message>
        <source>This number is not valid. Check the digits on your identity card.</source>
        <translation>Цей номер неправильний. Звірте цифри з посвідченням особи.</translation>
    </message>
    <message>
        <source>This is too short: write at least {min} characters.</source>
        <translation>Занадто коротко: мінімум символів — {min}.</translation>
    </message>
    <message>
        <source>This is too long: at most {max} characters.</source>
        <translation>Занадто довго: максимум символів — {max}.</translation>
    </message>
    <message>
        <source>Enter a number, like 12.</source>
        <translation>Введіть число, наприклад 12.</translation>
    </message>
    <message>
        <source>Enter a whole number, like 3.</source>
        <translation>Введіть ціле число, наприклад 3.</translation>
    </message>
    <message>
        <source>Enter a number from {min} to {max}.</source>
        <translation>Введіть число від {min} до {max}.</translation>
    </message>
    <message>
        <source>Enter a number bigger than {min}.</source>
        <translation>Введіть число, більше за {min}.</translation>
    </message>
    <message>
        <source>Enter a number of {min} or more.</source>
        <translation>Введіть число, не менше за {min}.</translation>
    </message>
    <message>
        <source>Enter a number of {max} or less.</source>
        <translation>Введіть число, не більше за {max}.</translation>
    </message>
    <message>
        <source>Check what you typed: it is not in the expected form.</source>
        <translation>Перевірте, що ви ввели: формат не підходить.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>(optional)</source>
        <translation>(необов&apos;язково)</translation>
    </message>
    <message>
        <source>Filled in from your ID chip. Check it and change it if needed.</source>
        <translation>Заповнено з чипа посвідчення особи. Перевірте й за потреби змініть.</translation>
    </message>
    <message>
        <source>Filled in from your ID card. Check it and change it if needed.</source>
        <translation>Заповнено з посвідчення особи. Перевірте та за потреби виправте.</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Помилка:</translation>
    </message>
</context>
<context>
    <name>FormJourney</name>
    <message>
        <source>This service is not available on this kiosk</source>
        <translation>Ця послуга недоступна на цьому терміналі</translation>
    </message>
    <message>
        <source>You can ask for it at the information desk. We are sorry for the trouble.</source>
        <translation>Її можна замовити біля інформаційної стійки. Перепрошуємо за незручності.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server cannot be reached</source>
        <translation>Сервер мерії недоступний</translation>
    </message>
    <message>
        <source>Please try again in a few minutes, or ask at the information desk. Nothing you typed is lost.</source>
        <translation>Будь ласка, спробуйте за кілька хвилин або зверніться до інформаційної стійки. Усе, що ви ввели, збережено.</translation>
    </message>
    <message>
        <source>The town hall could not accept this request</source>
        <translation>Мерія не змогла прийняти цю заяву</translation>
    </message>
    <message>
        <source>Your receipt is printed. Take it from the printer.</source>
        <translation>Квитанцію надруковано. Візьміть її з принтера.</translation>
    </message>
    <message>
        <source>The printer is not available right now. Please write down the number and the access code.</source>
        <translation>Принтер зараз недоступний. Будь ласка, запишіть номер і код доступу.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please write down the number and the access code.</source>
        <translation>Не вдалося надрукувати квитанцію. Будь ласка, запишіть номер і код доступу.</translation>
    </message>
    <message>
        <source>Please take a photo of the number and the access code on the screen, or write them down.</source>
        <translation>Будь ласка, сфотографуйте номер і код доступу на екрані або запишіть їх.</translation>
    </message>
    <message>
        <source>Tick the statement that the person agreed, then send the request.</source>
        <translation>Позначте твердження, що людина дала згоду, потім надішліть заяву.</translation>
    </message>
    <message>
        <source>Request receipt</source>
        <translation>Квитанція про заяву</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Реєстраційний номер</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Код доступу</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Контрольний номер</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Особистий номер</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Відповідь до</translation>
    </message>
</context>
<context>
    <name>FormStepScreen</name>
    <message>
        <source>Getting the form ready…</source>
        <translation>Підготовка бланка…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Повернутися на початок</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Крок %1 з %2</translation>
    </message>
    <message numerus="yes">
        <source>We filled in %n answer(s) from your ID card. Check them — you can change any of them.</source>
        <translation>
            <numerusform>Ми заповнили %n відповідь із посвідчення особи. Перевірте та за потреби виправте.</numerusform>
            <numerusform>Ми заповнили %n відповіді з посвідчення особи. Перевірте та за потреби виправте.</numerusform>
            <numerusform>Ми заповнили %n відповідей з посвідчення особи. Перевірте та за потреби виправте.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продовжити</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Why we ask this</source>
        <translation>Навіщо ми це питаємо</translation>
    </message>
</context>
<context>
    <name>Guided</name>
    <message>
        <source>Enter your staff PIN.</source>
        <translation>Введіть свій PIN-код працівника.</translation>
    </message>
    <message>
        <source>No library staff are set up on this kiosk yet. A technician adds them in the admin screen.</source>
        <translation>На цьому кіоску ще немає працівників бібліотеки. Їх додає технік на екрані адміністрування.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>Забагато неправильних PIN-кодів. Спробуйте через %n секунду.</translation>
    </message>
</context>
<context>
    <name>GuidedBanner</name>
    <message>
        <source>PRACTICE — nothing is sent to the town hall</source>
        <translation>ТРЕНУВАННЯ — до мерії нічого не надсилається</translation>
    </message>
    <message>
        <source>Guided by %1 (library staff)</source>
        <translation>Допомагає %1 (працівник бібліотеки)</translation>
    </message>
    <message>
        <source>Sample person: %1</source>
        <translation>Вигадана особа: %1</translation>
    </message>
    <message>
        <source>For someone who is not here</source>
        <translation>За людину, якої тут немає</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Меню працівника</translation>
    </message>
</context>
<context>
    <name>GuidedForm</name>
    <message>
        <source>I confirm that the person named in this request asked me to send it for them and agreed that their details are used for it.</source>
        <translation>Підтверджую, що людина, зазначена в цій заяві, попросила мене надіслати її від її імені й погодилася, щоб її дані використовувалися для цього.</translation>
    </message>
</context>
<context>
    <name>GuidedSignInScreen</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Вхід для працівників</translation>
    </message>
    <message>
        <source>For library staff: enter your staff PIN to guide this session.</source>
        <translation>Для працівників бібліотеки: введіть свій PIN-код, щоб супроводжувати цей сеанс.</translation>
    </message>
    <message numerus="yes">
        <source>%n digits typed</source>
        <translation>
            <numerusform>Введено %n цифру</numerusform>
            <numerusform>Введено %n цифри</numerusform>
            <numerusform>Введено %n цифр</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Видалити останню цифру</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Help</source>
        <translation>Допомога</translation>
    </message>
    <message>
        <source>Touch the service you need, or type a word in the box at the top, for example &quot;certificate&quot;.</source>
        <translation>Торкніться потрібної послуги або введіть слово в полі вгорі, наприклад «довідка».</translation>
    </message>
    <message>
        <source>This page says which documents you need, what it costs and how long it takes.</source>
        <translation>На цій сторінці вказано, які документи потрібні, скільки це коштує і скільки часу це займає.</translation>
    </message>
    <message>
        <source>Touch the numbers and signs as on a pocket calculator. Your results are listed on the right.</source>
        <translation>Натискайте цифри та знаки, як на звичайному калькуляторі. Результати з&apos;являються праворуч.</translation>
    </message>
    <message>
        <source>Days in red are public holidays. Touch a day to see the opening hours.</source>
        <translation>Червоним позначено святкові дні. Торкніться дня, щоб побачити години роботи.</translation>
    </message>
    <message>
        <source>Touch the language you speak.</source>
        <translation>Торкніться мови, якою ви розмовляєте.</translation>
    </message>
    <message>
        <source>The &quot;Finish&quot; button at the top right deletes everything you entered.</source>
        <translation>Кнопка «Завершити» у правому верхньому куті видаляє все, що ви ввели.</translation>
    </message>
    <message>
        <source>I need help from a member of staff</source>
        <translation>Мені потрібна допомога працівника</translation>
    </message>
    <message>
        <source>Please go to the information desk or wave to a member of staff: they will come to help you.</source>
        <translation>Будь ласка, підійдіть до інформаційної стійки або подайте знак працівникові: до вас підійдуть і допоможуть.</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>Вхід для працівників</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Новий рік</translation>
    </message>
    <message>
        <source>Day after New Year&apos;s Day</source>
        <translation>Другий день Нового року</translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation>Водохреще</translation>
    </message>
    <message>
        <source>Synaxis of Saint John the Baptist</source>
        <translation>Собор Івана Хрестителя</translation>
    </message>
    <message>
        <source>Union Day</source>
        <translation>День об&apos;єднання Румунських князівств</translation>
    </message>
    <message>
        <source>Pentecost Sunday</source>
        <translation>Трійця</translation>
    </message>
    <message>
        <source>Pentecost Monday</source>
        <translation>Духів день</translation>
    </message>
    <message>
        <source>Dormition of the Mother of God</source>
        <translation>Успіння Пресвятої Богородиці</translation>
    </message>
    <message>
        <source>Saint Andrew&apos;s Day</source>
        <translation>День святого Андрія Первозваного</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Національний день Румунії</translation>
    </message>
    <message>
        <source>Second Day of Christmas (Old Style)</source>
        <translation>Другий день Різдва (за старим стилем)</translation>
    </message>
    <message>
        <source>Memorial Easter</source>
        <translation>Поминальний день (Радуниця)</translation>
    </message>
    <message>
        <source>Victory Day and Europe Day</source>
        <translation>День перемоги та День Європи</translation>
    </message>
    <message>
        <source>Victory Day</source>
        <translation>День перемоги</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>День Незалежності</translation>
    </message>
    <message>
        <source>National Language Day</source>
        <translation>Свято «Наша мова»</translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation>День визволення Болгарії</translation>
    </message>
    <message>
        <source>Holy Saturday</source>
        <translation>Велика субота</translation>
    </message>
    <message>
        <source>Saint George&apos;s Day and Day of the Bulgarian Army</source>
        <translation>День святого Юрія та День болгарської армії</translation>
    </message>
    <message>
        <source>Day of Bulgarian Education, Culture and Slavic Script</source>
        <translation>День болгарської освіти і культури та слов&apos;янської писемності</translation>
    </message>
    <message>
        <source>Unification Day</source>
        <translation>День об&apos;єднання Болгарії</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Святвечір</translation>
    </message>
    <message>
        <source>Day off in lieu of a public holiday</source>
        <translation>Вихідний день замість святкового</translation>
    </message>
    <message>
        <source>Trinity Sunday</source>
        <translation>Трійця</translation>
    </message>
    <message>
        <source>Labour Day (second day)</source>
        <translation>День праці (другий день)</translation>
    </message>
    <message>
        <source>Day of Remembrance and Victory</source>
        <translation>День пам&apos;яті та перемоги над нацизмом</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>День Конституції</translation>
    </message>
    <message>
        <source>Statehood Day</source>
        <translation>День Української Державності</translation>
    </message>
    <message>
        <source>Defenders&apos; Day</source>
        <translation>День захисників і захисниць України</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Страсна п&apos;ятниця</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Великдень</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Другий день Великодня</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>День праці</translation>
    </message>
    <message>
        <source>Children&apos;s Day</source>
        <translation>День захисту дітей</translation>
    </message>
    <message>
        <source>International Women&apos;s Day</source>
        <translation>Міжнародний жіночий день</translation>
    </message>
    <message>
        <source>Christmas (Old Style)</source>
        <translation>Різдво Христове (за старим стилем)</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Різдво Христове</translation>
    </message>
    <message>
        <source>Second Day of Christmas</source>
        <translation>Другий день Різдва</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What do you need?</source>
        <translation>Що вам потрібно?</translation>
    </message>
    <message>
        <source>Nothing found. Try another word, or choose from the list below.</source>
        <translation>Нічого не знайдено. Спробуйте інше слово або оберіть зі списку нижче.</translation>
    </message>
    <message>
        <source>Also on this kiosk</source>
        <translation>Також на цьому терміналі</translation>
    </message>
    <message>
        <source>Check a request</source>
        <translation>Перевірити заяву</translation>
    </message>
    <message>
        <source>With the number and code on your receipt</source>
        <translation>За номером і кодом із квитанції</translation>
    </message>
    <message>
        <source>Cancel an appointment</source>
        <translation>Скасувати запис</translation>
    </message>
    <message>
        <source>With the number and code you received</source>
        <translation>За отриманими номером і кодом</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Калькулятор</translation>
    </message>
    <message>
        <source>Add up fees and taxes</source>
        <translation>Підрахунок зборів і податків</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календар</translation>
    </message>
    <message>
        <source>Opening hours and public holidays</source>
        <translation>Години роботи та святкові дні</translation>
    </message>
    <message>
        <source>Practise with a sample person</source>
        <translation>Потренуватися з вигаданою особою</translation>
    </message>
    <message>
        <source>Try a request; nothing is sent</source>
        <translation>Спробуйте заяву; нічого не надсилається</translation>
    </message>
</context>
<context>
    <name>IdScan</name>
    <message>
        <source>Hold the back of your card in the frame, with the lines of letters at the bottom</source>
        <translation>Тримайте зворотний бік посвідчення в рамці, рядки літер — унизу</translation>
    </message>
    <message>
        <source>Reading your card… Hold it still</source>
        <translation>Зчитуємо посвідчення… Не рухайте його</translation>
    </message>
    <message>
        <source>Show the back of the card, with the lines of letters and &lt;&lt;&lt;</source>
        <translation>Покажіть зворотний бік посвідчення, з рядками літер і &lt;&lt;&lt;</translation>
    </message>
    <message>
        <source>Hold the card closer</source>
        <translation>Піднесіть посвідчення ближче</translation>
    </message>
    <message>
        <source>Hold the card still</source>
        <translation>Тримайте посвідчення нерухомо</translation>
    </message>
    <message>
        <source>Tilt the card a little — there is a reflection</source>
        <translation>Трохи нахиліть посвідчення — заважає відблиск</translation>
    </message>
    <message>
        <source>It is too dark. Find more light</source>
        <translation>Занадто темно. Знайдіть світліше місце</translation>
    </message>
    <message>
        <source>Turn the card over: the lines with &lt;&lt;&lt; go at the bottom</source>
        <translation>Поверніть посвідчення: рядки з &lt;&lt;&lt; мають бути внизу</translation>
    </message>
    <message>
        <source>Show one card at a time</source>
        <translation>Показуйте лише один документ</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ім&apos;я та прізвище</translation>
    </message>
    <message>
        <source>Your personal identification number</source>
        <translation>Ідентифікаційний номер</translation>
    </message>
    <message>
        <source>Your date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Your sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Your nationality</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <source>The card&apos;s number</source>
        <translation>Номер посвідчення</translation>
    </message>
    <message>
        <source>The card&apos;s expiry date</source>
        <translation>Строк дії посвідчення</translation>
    </message>
</context>
<context>
    <name>IdScanScreen</name>
    <message>
        <source>Scan your ID card</source>
        <translation>Відскануйте посвідчення особи</translation>
    </message>
    <message>
        <source>The kiosk can read your details from the back of your identity card, so you do not have to type them.</source>
        <translation>Термінал може зчитати ваші дані зі зворотного боку посвідчення особи, і вам не доведеться їх вводити.</translation>
    </message>
    <message>
        <source>The kiosk can read your details from the chip of your identity card, so you do not have to type them.</source>
        <translation>Кіоск може зчитати ваші дані з чипа посвідчення особи, щоб вам не довелося їх вводити.</translation>
    </message>
    <message>
        <source>It will read:</source>
        <translation>Буде зчитано:</translation>
    </message>
    <message>
        <source>The kiosk reads your card only to fill in this form. Nothing is kept after you finish.</source>
        <translation>Термінал зчитує посвідчення лише для заповнення цього бланка. Після завершення нічого не зберігається.</translation>
    </message>
    <message>
        <source>Scan my ID card</source>
        <translation>Відсканувати посвідчення</translation>
    </message>
    <message>
        <source>Place your card on the reader</source>
        <translation>Покладіть картку на зчитувач</translation>
    </message>
    <message>
        <source>Hold the card in front of the camera, about a hand&apos;s width away. It may take a few seconds.</source>
        <translation>Тримайте посвідчення перед камерою на відстані долоні. Це може тривати кілька секунд.</translation>
    </message>
    <message>
        <source>We could not read your card</source>
        <translation>Не вдалося зчитати посвідчення</translation>
    </message>
    <message>
        <source>The camera is not working. Type your details instead.</source>
        <translation>Камера не працює. Введіть дані вручну.</translation>
    </message>
    <message>
        <source>The card may be worn, or a light may be reflecting on it. You can try again, or type your details. It takes a minute.</source>
        <translation>Можливо, посвідчення потерте або на ньому відблиск. Можна спробувати ще раз або ввести дані вручну. Це займе хвилину.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <source>Type it in instead</source>
        <translation>Ввести дані вручну</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Ви ще тут?</translation>
    </message>
    <message numerus="yes">
        <source>To protect your data, this session will end in %n second(s) and everything you entered will be deleted.</source>
        <translation>
            <numerusform>Щоб захистити ваші дані, сеанс завершиться через %n секунду, і все, що ви ввели, буде видалено.</numerusform>
            <numerusform>Щоб захистити ваші дані, сеанс завершиться через %n секунди, і все, що ви ввели, буде видалено.</numerusform>
            <numerusform>Щоб захистити ваші дані, сеанс завершиться через %n секунд, і все, що ви ввели, буде видалено.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Мені потрібно більше часу</translation>
    </message>
    <message>
        <source>Finish now and delete my data</source>
        <translation>Завершити зараз і видалити мої дані</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>PaymentQrScreen</name>
    <message>
        <source>Pay on your phone</source>
        <translation>Оплата з телефона</translation>
    </message>
    <message>
        <source>Paid. Thank you.</source>
        <translation>Сплачено. Дякуємо.</translation>
    </message>
    <message>
        <source>The town hall has received %1. Your phone shows the receipt.</source>
        <translation>Мерія отримала %1. Квитанцію показано на вашому телефоні.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Повернутися на початок</translation>
    </message>
    <message>
        <source>This payment code has run out of time. Nothing was paid.</source>
        <translation>Строк дії цього коду оплати минув. Оплату не здійснено.</translation>
    </message>
    <message>
        <source>Make a new payment code</source>
        <translation>Створити новий код оплати</translation>
    </message>
    <message>
        <source>Payment code for %1</source>
        <translation>Код оплати на суму %1</translation>
    </message>
    <message>
        <source>1. Open your phone&apos;s camera.</source>
        <translation>1. Відкрийте камеру телефона.</translation>
    </message>
    <message>
        <source>2. Point it at the code.</source>
        <translation>2. Наведіть її на код.</translation>
    </message>
    <message>
        <source>3. Pay on the page that opens.</source>
        <translation>3. Сплатіть на сторінці, що відкриється.</translation>
    </message>
    <message>
        <source>This screen changes by itself when your payment has arrived.</source>
        <translation>Коли платіж надійде, цей екран оновиться сам.</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Дійсний до %1</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер платежу</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <source>Print a payment slip</source>
        <translation>Надрукувати платіжну квитанцію</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Надрукувати ще раз</translation>
    </message>
    <message>
        <source>To pay at a bank or post office instead</source>
        <translation>Щоб сплатити в банку або на пошті</translation>
    </message>
</context>
<context>
    <name>PortalErrors</name>
    <message>
        <source>Something went wrong while talking to the town hall&apos;s server.</source>
        <translation>Сталася помилка під час зв&apos;язку із сервером мерії.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server cannot be reached right now.</source>
        <translation>Сервер мерії зараз недоступний.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server is taking too long to answer.</source>
        <translation>Сервер мерії занадто довго не відповідає.</translation>
    </message>
    <message>
        <source>The connection to the town hall&apos;s server could not be verified as secure. Please ask the staff for help.</source>
        <translation>Не вдалося переконатися, що з&apos;єднання із сервером мерії безпечне. Будь ласка, зверніться по допомогу до працівників.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server sent an answer the kiosk cannot read.</source>
        <translation>Сервер мерії надіслав відповідь, яку термінал не може прочитати.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server has a problem right now.</source>
        <translation>На сервері мерії зараз неполадки.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server is busy right now.</source>
        <translation>Сервер мерії зараз перевантажений.</translation>
    </message>
    <message>
        <source>This request is still being processed. Please wait a moment.</source>
        <translation>Цей запит ще обробляється. Будь ласка, трохи зачекайте.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server did not accept this request. Please ask the staff for help.</source>
        <translation>Сервер мерії не прийняв цей запит. Будь ласка, зверніться по допомогу до працівників.</translation>
    </message>
    <message>
        <source>This kiosk is not allowed to connect to the town hall&apos;s server. Please ask the staff for help.</source>
        <translation>Цей термінал не має дозволу на підключення до сервера мерії. Будь ласка, зверніться по допомогу до працівників.</translation>
    </message>
    <message>
        <source>This kiosk is not allowed to do this. Please ask the staff for help.</source>
        <translation>Цей термінал не має дозволу на цю дію. Будь ласка, зверніться по допомогу до працівників.</translation>
    </message>
    <message>
        <source>Nothing was found. Please check the number and code you entered.</source>
        <translation>Нічого не знайдено. Будь ласка, перевірте введені номер і код.</translation>
    </message>
    <message>
        <source>Some answers need to be corrected.</source>
        <translation>Деякі відповіді потрібно виправити.</translation>
    </message>
    <message>
        <source>Your request is saved on this kiosk. It will be sent to the town hall as soon as the connection is back.</source>
        <translation>Вашу заяву збережено на цьому терміналі. Її буде надіслано до мерії, щойно відновиться зв&apos;язок.</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <source>The printer is out of paper.</source>
        <translation>У принтері закінчився папір.</translation>
    </message>
    <message>
        <source>The paper is stuck in the printer.</source>
        <translation>У принтері застряг папір.</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open.</source>
        <translation>Кришку принтера відкрито.</translation>
    </message>
    <message>
        <source>The printer is switched off or not connected.</source>
        <translation>Принтер вимкнено або не підключено.</translation>
    </message>
    <message>
        <source>The printer has been stopped.</source>
        <translation>Принтер зупинено.</translation>
    </message>
    <message>
        <source>The printer is taking too long. Your paper may still come out.</source>
        <translation>Принтер довго не відповідає. Аркуш ще може вийти.</translation>
    </message>
    <message>
        <source>The printer is not working right now.</source>
        <translation>Принтер зараз не працює.</translation>
    </message>
    <message>
        <source>Please take a photo of your number or write it down.</source>
        <translation>Будь ласка, сфотографуйте свій номер або запишіть його.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Keep this receipt.</source>
        <translation>Збережіть цю квитанцію.</translation>
    </message>
    <message>
        <source>Keep this slip.</source>
        <translation>Збережіть цю квитанцію.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Надруковано: %1</translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation>Термінал %1</translation>
    </message>
    <message>
        <source>PRACTICE</source>
        <translation>ЗРАЗОК</translation>
    </message>
    <message>
        <source>Practice only. Nothing was sent to the town hall.</source>
        <translation>Лише для тренування. До мерії нічого не надіслано.</translation>
    </message>
    <message>
        <source>Scan this code with your phone to follow your request.</source>
        <translation>Відскануйте код телефоном, щоб стежити за заявою.</translation>
    </message>
    <message>
        <source>Scan this code with your phone to add the appointment to your calendar.</source>
        <translation>Відскануйте код телефоном, щоб додати запис до календаря.</translation>
    </message>
    <message>
        <source>Scan this code with your phone to pay online.</source>
        <translation>Відскануйте код телефоном, щоб сплатити онлайн.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Check a request</source>
        <translation>Перевірка заяви</translation>
    </message>
    <message>
        <source>Cancel an appointment</source>
        <translation>Скасування запису</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сеанси</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершені</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Покинуті</translation>
    </message>
    <message>
        <source>Assisted by staff</source>
        <translation>З допомогою працівника</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Самостійно</translation>
    </message>
    <message>
        <source>Practice sessions</source>
        <translation>Тренувальні сеанси</translation>
    </message>
    <message>
        <source>Workshop attendance</source>
        <translation>Учасники майстер-класів</translation>
    </message>
    <message>
        <source>The kiosk’s own disk</source>
        <translation>Диск самого кіоску</translation>
    </message>
    <message>
        <source>The report could not be written there. Is the USB stick full or read-only?</source>
        <translation>Не вдалося записати звіт туди. USB-накопичувач заповнений або захищений від запису?</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Збережено як %1</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>The town hall has your request. It will get a registration number soon.</source>
        <translation>Мерія отримала вашу заяву. Незабаром їй присвоять реєстраційний номер.</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зареєстровано</translation>
    </message>
    <message>
        <source>Your request has a registration number and is waiting for a clerk to start on it.</source>
        <translation>Вашій заяві присвоєно реєстраційний номер. Вона чекає, поки нею займеться працівник.</translation>
    </message>
    <message>
        <source>Being worked on</source>
        <translation>У роботі</translation>
    </message>
    <message>
        <source>A clerk is working on your request.</source>
        <translation>Працівник опрацьовує вашу заяву.</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Потрібні ваші дії</translation>
    </message>
    <message>
        <source>The town hall needs something from you before it can go on. Look for a letter, an email or a phone call from them, or ask at the front desk.</source>
        <translation>Щоб продовжити, мерії щось потрібно від вас. Очікуйте листа, електронного листа чи дзвінка від мерії або зверніться до інформаційної стійки.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Your request is finished. The town hall has sent you its answer, or will give it to you at the front desk.</source>
        <translation>Вашу заяву розглянуто. Мерія надіслала вам відповідь або видасть її біля інформаційної стійки.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Відмовлено</translation>
    </message>
    <message>
        <source>The town hall could not do what you asked. Its answer says why, and how you can challenge the decision.</source>
        <translation>Мерія не змогла виконати ваше прохання. У її відповіді вказано чому і як можна оскаржити це рішення.</translation>
    </message>
    <message>
        <source>Sent to another office</source>
        <translation>Передано до іншої установи</translation>
    </message>
    <message>
        <source>Another institution deals with this, so the town hall has sent your request on to them. They will answer you.</source>
        <translation>Цим займається інша установа, тому мерія передала їй вашу заяву. Відповідь ви отримаєте від неї.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>This request was cancelled. Nothing more will be done with it.</source>
        <translation>Цю заяву скасовано. Більше за нею нічого робитися не буде.</translation>
    </message>
    <message>
        <source>Being dealt with</source>
        <translation>Розглядається</translation>
    </message>
    <message>
        <source>Ask at the front desk if you want to know more about this step.</source>
        <translation>Якщо хочете дізнатися більше про цей етап, зверніться до інформаційної стійки.</translation>
    </message>
</context>
<context>
    <name>ScrollPage</name>
    <message>
        <source>Scroll up</source>
        <translation>Прокрутити вгору</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Прокрутити вниз</translation>
    </message>
</context>
<context>
    <name>ServiceDetail</name>
    <message>
        <source>Free of charge</source>
        <translation>Безоплатно</translation>
    </message>
</context>
<context>
    <name>ServiceDetailScreen</name>
    <message>
        <source>Documents you need</source>
        <translation>Необхідні документи</translation>
    </message>
    <message>
        <source>No documents needed.</source>
        <translation>Документи не потрібні.</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <source>How long it takes</source>
        <translation>Строк надання послуги</translation>
    </message>
    <message>
        <source>This is not part of a practice session: booking and paying would reach the town hall. Practise a request or a petition instead.</source>
        <translation>Це не входить до тренування: запис і оплата дійшли б до мерії. Потренуйтеся краще на заяві чи петиції.</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Записатися на прийом</translation>
    </message>
    <message>
        <source>See what you owe and pay</source>
        <translation>Дізнатися заборгованість і сплатити</translation>
    </message>
    <message>
        <source>Write your petition</source>
        <translation>Написати звернення</translation>
    </message>
    <message>
        <source>Start your request</source>
        <translation>Почати заяву</translation>
    </message>
    <message>
        <source>You can also ask for this at the information desk.</source>
        <translation>Цю послугу можна також замовити біля інформаційної стійки.</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Staff menu</source>
        <translation>Меню працівника</translation>
    </message>
    <message>
        <source>Show me: highlight what to touch</source>
        <translation>Покажи: виділити, що натиснути</translation>
    </message>
    <message>
        <source>I submit for someone who is not here</source>
        <translation>Я надсилаю за людину, якої тут немає</translation>
    </message>
    <message>
        <source>End the practice session</source>
        <translation>Завершити тренування</translation>
    </message>
    <message>
        <source>Start a practice session</source>
        <translation>Почати тренування</translation>
    </message>
    <message>
        <source>Sample person, nothing is sent</source>
        <translation>Вигадана особа, нічого не надсилається</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Майстер-класи</translation>
    </message>
    <message>
        <source>Schedule and attendance</source>
        <translation>Розклад і відвідуваність</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Звіт</translation>
    </message>
    <message>
        <source>Anonymous figures, export CSV</source>
        <translation>Анонімні дані, експорт CSV</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>The person continues alone</source>
        <translation>Людина продовжує сама</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Завершити сеанс</translation>
    </message>
    <message>
        <source>Delete everything entered</source>
        <translation>Видалити все введене</translation>
    </message>
</context>
<context>
    <name>StatusLookup</name>
    <message>
        <source>Enter the registration number from your receipt.</source>
        <translation>Введіть реєстраційний номер із квитанції.</translation>
    </message>
    <message>
        <source>A registration number has only digits and a slash, like 2026/000123. Check it on your receipt.</source>
        <translation>Реєстраційний номер складається лише з цифр і скісної риски, наприклад 2026/000123. Перевірте його за квитанцією.</translation>
    </message>
    <message>
        <source>Enter the access code from your receipt.</source>
        <translation>Введіть код доступу з квитанції.</translation>
    </message>
    <message>
        <source>We could not find a request with this number and code. Check both on your receipt and try again.</source>
        <translation>Заяву з таким номером і кодом не знайдено. Звірте їх із квитанцією та спробуйте ще раз.</translation>
    </message>
    <message>
        <source>We could not find this request from its code. If your receipt has a registration number and an access code, type them in.</source>
        <translation>Не вдалося знайти заяву за цим кодом. Якщо в квитанції є реєстраційний номер і код доступу, введіть їх.</translation>
    </message>
    <message>
        <source>What you typed is kept. Try again in a moment, or ask the staff for help.</source>
        <translation>Введені дані збережено. Спробуйте ще раз трохи згодом або зверніться по допомогу до працівників.</translation>
    </message>
    <message>
        <source>We could not read a code. Hold the receipt closer, with the square code facing the camera, or type the number instead.</source>
        <translation>Не вдалося прочитати код. Піднесіть квитанцію ближче квадратним кодом до камери або введіть номер вручну.</translation>
    </message>
    <message>
        <source>This code is not from a town hall receipt. Try the square code on your receipt, or type the number instead.</source>
        <translation>Цей код не з квитанції мерії. Спробуйте квадратний код із вашої квитанції або введіть номер вручну.</translation>
    </message>
    <message>
        <source>The camera is not working right now. Please type the number instead.</source>
        <translation>Камера зараз не працює. Будь ласка, введіть номер вручну.</translation>
    </message>
    <message>
        <source>We read the registration number from your receipt. Now type the access code printed next to it.</source>
        <translation>Ми зчитали реєстраційний номер із квитанції. Тепер введіть код доступу, надрукований поруч із ним.</translation>
    </message>
    <message>
        <source>Printed. Take the paper from the printer.</source>
        <translation>Надруковано. Візьміть аркуш із принтера.</translation>
    </message>
    <message>
        <source>The printer is not working right now. You can check the status again at any time with your receipt.</source>
        <translation>Принтер зараз не працює. Ви можете знову перевірити стан будь-коли за квитанцією.</translation>
    </message>
    <message>
        <source>You can check the status again at any time with your receipt.</source>
        <translation>Ви можете знову перевірити стан будь-коли за квитанцією.</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Реєстраційний номер</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Очікується до</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Дата перевірки</translation>
    </message>
    <message>
        <source>Status of your request</source>
        <translation>Стан розгляду вашої заяви</translation>
    </message>
</context>
<context>
    <name>StatusLookupScreen</name>
    <message>
        <source>Check a request</source>
        <translation>Перевірити заяву</translation>
    </message>
    <message>
        <source>Type the registration number and the access code. Both are printed on your receipt.</source>
        <translation>Введіть реєстраційний номер і код доступу. Обидва надруковано в квитанції.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Реєстраційний номер</translation>
    </message>
    <message>
        <source>For example 2026/000123</source>
        <translation>Наприклад 2026/000123</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Код доступу</translation>
    </message>
    <message>
        <source>8 letters and digits, printed next to the registration number</source>
        <translation>8 літер і цифр, надруковані поруч із реєстраційним номером</translation>
    </message>
    <message>
        <source>Looking it up…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <source>Check the status</source>
        <translation>Перевірити стан</translation>
    </message>
    <message>
        <source>Or</source>
        <translation>Або</translation>
    </message>
    <message>
        <source>Scan the QR code on your receipt</source>
        <translation>Відскануйте QR-код із квитанції</translation>
    </message>
    <message>
        <source>Hold the receipt in front of the camera</source>
        <translation>Піднесіть квитанцію до камери</translation>
    </message>
    <message>
        <source>Scan your receipt</source>
        <translation>Відскануйте квитанцію</translation>
    </message>
    <message>
        <source>Hold your receipt in front of the camera, with the square code facing it. Keep it still for a moment.</source>
        <translation>Піднесіть квитанцію до камери квадратним кодом до неї. Потримайте її нерухомо кілька секунд.</translation>
    </message>
    <message>
        <source>Type the number instead</source>
        <translation>Ввести номер вручну</translation>
    </message>
</context>
<context>
    <name>StatusTimelineScreen</name>
    <message>
        <source>Your request</source>
        <translation>Ваша заява</translation>
    </message>
    <message>
        <source>Registration number %1</source>
        <translation>Реєстраційний номер %1</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Поточний стан</translation>
    </message>
    <message>
        <source>We expect to answer by %1.</source>
        <translation>Відповідь очікується до %1.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <source>Print this status</source>
        <translation>Надрукувати стан</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Надрукувати ще раз</translation>
    </message>
    <message>
        <source>Check another request</source>
        <translation>Перевірити іншу заяву</translation>
    </message>
    <message>
        <source>What has happened so far</source>
        <translation>Що вже зроблено</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (зараз)</translation>
    </message>
</context>
<context>
    <name>StreetPicker</name>
    <message>
        <source>Keep this street</source>
        <translation>Залишити цю вулицю</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Змінити</translation>
    </message>
    <message>
        <source>Change the street</source>
        <translation>Змінити вулицю</translation>
    </message>
    <message>
        <source>Type the first letters of the street name</source>
        <translation>Введіть перші літери назви вулиці</translation>
    </message>
    <message>
        <source>No street found. Check the spelling, or type fewer letters.</source>
        <translation>Вулицю не знайдено. Перевірте написання або введіть менше літер.</translation>
    </message>
    <message>
        <source>Type more letters to see fewer streets</source>
        <translation>Введіть більше літер, щоб звузити список вулиць</translation>
    </message>
</context>
<context>
    <name>Taxes</name>
    <message>
        <source>Nothing has been paid. Try again in a moment, or ask the staff for help.</source>
        <translation>Оплату не здійснено. Спробуйте ще раз трохи згодом або зверніться по допомогу до працівників.</translation>
    </message>
    <message>
        <source>Some of these amounts have changed, or are being paid right now. Go back and look them up again.</source>
        <translation>Деякі суми змінилися або сплачуються просто зараз. Поверніться назад і перевірте їх знову.</translation>
    </message>
    <message>
        <source>Printed. Take the slip from the printer to pay at a bank or post office.</source>
        <translation>Надруковано. Візьміть квитанцію з принтера, щоб сплатити в банку або на пошті.</translation>
    </message>
    <message>
        <source>The printer is not working right now. To pay at a bank or post office, write down the order number: %1</source>
        <translation>Принтер зараз не працює. Щоб сплатити в банку або на пошті, запишіть номер платежу: %1</translation>
    </message>
    <message>
        <source>To pay at a bank or post office, take a photo of the order number or write it down: %1</source>
        <translation>Щоб сплатити в банку або на пошті, сфотографуйте номер платежу або запишіть його: %1</translation>
    </message>
    <message>
        <source>Overdue: it was due on %1</source>
        <translation>Прострочено: строк сплати був %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Сплатити до %1</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>За %1</translation>
    </message>
    <message>
        <source>Tick at least one to pay</source>
        <translation>Позначте хоча б один пункт для оплати</translation>
    </message>
    <message>
        <source>Pay %1 on your phone</source>
        <translation>Сплатити %1 з телефона</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер платежу</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Особистий номер</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Дійсно до</translation>
    </message>
    <message>
        <source>Payment slip</source>
        <translation>Платіжна квитанція</translation>
    </message>
    <message>
        <source>To pay in person, show this slip at the town hall&apos;s cash desk, a bank or a post office.</source>
        <translation>Щоб сплатити особисто, покажіть цю квитанцію в касі мерії, у банку або на пошті.</translation>
    </message>
    <message>
        <source>Or scan the code with your phone to pay online.</source>
        <translation>Або відскануйте код телефоном, щоб сплатити онлайн.</translation>
    </message>
</context>
<context>
    <name>TaxesListScreen</name>
    <message>
        <source>What you owe</source>
        <translation>Ваша заборгованість</translation>
    </message>
    <message>
        <source>For personal number %1</source>
        <translation>Для особистого номера %1</translation>
    </message>
    <message>
        <source>You owe nothing.</source>
        <translation>У вас немає заборгованості.</translation>
    </message>
    <message>
        <source>There are no unpaid taxes or bills for this personal number.</source>
        <translation>За цим особистим номером немає несплачених податків і рахунків.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Повернутися на початок</translation>
    </message>
    <message>
        <source>Tick what you want to pay now. Everything is ticked to start with.</source>
        <translation>Позначте те, що хочете сплатити зараз. Спочатку позначено все.</translation>
    </message>
    <message>
        <source>Total to pay now (%1 of %2)</source>
        <translation>Разом до сплати зараз (%1 з %2)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <source>Making your payment code…</source>
        <translation>Створюємо код оплати…</translation>
    </message>
    <message>
        <source>You will get a code to scan with your phone</source>
        <translation>Ви отримаєте код, який треба відсканувати телефоном</translation>
    </message>
</context>
<context>
    <name>TaxesLookup</name>
    <message>
        <source>Personal numeric code (CNP)</source>
        <translation>Особистий код (CNP)</translation>
    </message>
    <message>
        <source>Personal identification number (IDNP)</source>
        <translation>Ідентифікаційний номер (IDNP)</translation>
    </message>
    <message>
        <source>Personal number (EGN)</source>
        <translation>Єдиний громадянський номер (ЕГН)</translation>
    </message>
    <message>
        <source>Taxpayer number (RNOKPP)</source>
        <translation>Податковий номер (РНОКПП)</translation>
    </message>
    <message>
        <source>Enter your %1. It is on your identity card.</source>
        <translation>Введіть ваш %1. Він вказаний у посвідченні особи.</translation>
    </message>
    <message>
        <source>Your %1 has only digits. Type just the digits.</source>
        <translation>Ваш %1 складається лише з цифр. Вводьте тільки цифри.</translation>
    </message>
    <message>
        <source>Your %1 has %2 digits. You typed %3.</source>
        <translation>Ваш %1 складається з %2 цифр. Ви ввели: %3.</translation>
    </message>
    <message>
        <source>This %1 is not right. Check each digit against your identity card.</source>
        <translation>У номері %1 помилка. Звірте кожну цифру з посвідченням особи.</translation>
    </message>
</context>
<context>
    <name>TaxesLookupScreen</name>
    <message>
        <source>Taxes and bills</source>
        <translation>Податки та рахунки</translation>
    </message>
    <message>
        <source>Type your personal number to see what you owe. Nothing is paid until you choose to pay.</source>
        <translation>Введіть особистий номер, щоб дізнатися заборгованість. Нічого не сплачується, доки ви самі не вирішите сплатити.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <source>%1 digits, printed on your identity card</source>
        <translation>%1 цифр, як у посвідченні особи</translation>
    </message>
    <message>
        <source>Looking it up…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <source>Show what I owe</source>
        <translation>Показати заборгованість</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Help</source>
        <translation>Допомога</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Мова: %1</translation>
    </message>
    <message>
        <source>Text and contrast</source>
        <translation>Текст і контраст</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершити</translation>
    </message>
    <message>
        <source>Delete my data</source>
        <translation>Видалити мої дані</translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <source>Give the workshop a title.</source>
        <translation>Дайте майстер-класу назву.</translation>
    </message>
    <message>
        <source>This date and time have passed. Choose a later one.</source>
        <translation>Ці дата й час уже минули. Виберіть пізніші.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Збережено: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Видалено: %1</translation>
    </message>
    <message>
        <source>Enter how many people came (0 if nobody came).</source>
        <translation>Введіть, скільки людей прийшло (0, якщо ніхто).</translation>
    </message>
    <message>
        <source>Attendance recorded for %1: %2</source>
        <translation>Відвідуваність записано для «%1»: %2</translation>
    </message>
</context>
<context>
    <name>YesNoChoice</name>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
</context>
</TS>
