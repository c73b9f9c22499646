<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>Admin</name>
    <message>
        <source>%1 free of %2</source>
        <translation>Свободно %1 из %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Enter the admin PIN</source>
        <translation>Введите PIN-код администратора</translation>
    </message>
    <message>
        <source>No admin PIN is set on this kiosk. See “Admin screen” in the README.</source>
        <translation>На этом терминале не задан PIN-код администратора. См. раздел «Admin screen» в README.</translation>
    </message>
    <message>
        <source>That PIN is not right. %n more tries before the PIN pad locks.</source>
        <translation>Неверный PIN-код. Осталось попыток до блокировки: %n.</translation>
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
        <translation>Главная</translation>
    </message>
    <message>
        <source>Close admin</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>AdminDevices</name>
    <message>
        <source>No card reader is set up</source>
        <translation>Считыватель карт не настроен</translation>
    </message>
    <message>
        <source>Printer test</source>
        <translation>Проверка принтера</translation>
    </message>
    <message>
        <source>No printer is set up</source>
        <translation>Принтер не настроен</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Out of paper</source>
        <translation>Нет бумаги</translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation>Застряла бумага</translation>
    </message>
    <message>
        <source>Cover open</source>
        <translation>Крышка открыта</translation>
    </message>
    <message>
        <source>Printer off or not connected</source>
        <translation>Принтер выключен или не подключён</translation>
    </message>
    <message>
        <source>Queue stopped (cupsenable to start it)</source>
        <translation>Очередь остановлена (запуск: cupsenable)</translation>
    </message>
    <message>
        <source>Queue refuses jobs (cupsaccept to open it)</source>
        <translation>Очередь не принимает задания (открыть: cupsaccept)</translation>
    </message>
    <message>
        <source>The configured queue does not exist</source>
        <translation>Заданная очередь не существует</translation>
    </message>
    <message>
        <source>CUPS does not answer</source>
        <translation>CUPS не отвечает</translation>
    </message>
    <message>
        <source>Paper low</source>
        <translation>Бумага заканчивается</translation>
    </message>
    <message>
        <source>Toner or ink low</source>
        <translation>Тонер или чернила заканчиваются</translation>
    </message>
    <message>
        <source>Other printer problem</source>
        <translation>Другая неполадка принтера</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Печатает</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлен</translation>
    </message>
    <message>
        <source>Start the camera, then hold an ID card’s back under it.</source>
        <translation>Включите камеру и поднесите под неё обратную сторону удостоверения.</translation>
    </message>
    <message>
        <source>Looking for the lines of letters and &lt;&lt;&lt; …</source>
        <translation>Поиск строк букв и &lt;&lt;&lt; …</translation>
    </message>
    <message>
        <source>The card was read and its check digits are right.</source>
        <translation>Удостоверение прочитано, контрольные цифры верны.</translation>
    </message>
    <message>
        <source>No card was read. Check the light and the focus, then try again.</source>
        <translation>Удостоверение не прочитано. Проверьте освещение и фокус и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The camera could not be opened. Check its cable and the camera setting.</source>
        <translation>Не удалось открыть камеру. Проверьте кабель и настройку камеры.</translation>
    </message>
    <message>
        <source>No camera is set up on this kiosk.</source>
        <translation>На этом терминале камера не настроена.</translation>
    </message>
    <message>
        <source>Printing a test receipt…</source>
        <translation>Печать тестовой квитанции…</translation>
    </message>
    <message>
        <source>The test receipt was printed. Check that it is readable.</source>
        <translation>Тестовая квитанция напечатана. Проверьте, что её можно прочитать.</translation>
    </message>
    <message>
        <source>The printer is not available. Check the paper, the cover and the cable.</source>
        <translation>Принтер недоступен. Проверьте бумагу, крышку и кабель.</translation>
    </message>
    <message>
        <source>The test receipt could not be printed. Look at the printer’s state above.</source>
        <translation>Не удалось напечатать тестовую квитанцию. Посмотрите состояние принтера выше.</translation>
    </message>
    <message>
        <source>The kiosk’s own disk</source>
        <translation>Диск самого терминала</translation>
    </message>
    <message>
        <source>The logs could not be written there. Is the USB stick full or read-only?</source>
        <translation>Не удалось записать журналы. Флешка заполнена или защищена от записи?</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Сохранено как %1</translation>
    </message>
    <message>
        <source>The card reader is not connected</source>
        <translation>Считыватель карт не подключён</translation>
    </message>
    <message>
        <source>No card on the reader</source>
        <translation>На считывателе нет карты</translation>
    </message>
    <message>
        <source>A card is on the reader</source>
        <translation>Карта лежит на считывателе</translation>
    </message>
    <message>
        <source>The card on the reader is an ID document chip.</source>
        <translation>Карта на считывателе — чип документа, удостоверяющего личность.</translation>
    </message>
    <message>
        <source>The card on the reader is not an ID document chip.</source>
        <translation>Карта на считывателе не является чипом документа, удостоверяющего личность.</translation>
    </message>
    <message>
        <source>Put an ID card on the reader, then try again.</source>
        <translation>Положите удостоверение личности на считыватель и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>AdminDevicesScreen</name>
    <message>
        <source>Camera and card reader</source>
        <translation>Камера и считыватель карт</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Stop the camera</source>
        <translation>Выключить камеру</translation>
    </message>
    <message>
        <source>Start the camera and read a card</source>
        <translation>Включить камеру и прочитать карту</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Считыватель карт</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a card is in the reader</source>
        <translation>карта в считывателе</translation>
    </message>
    <message>
        <source>no card in the reader</source>
        <translation>в считывателе нет карты</translation>
    </message>
    <message>
        <source>Test read</source>
        <translation>Пробное чтение</translation>
    </message>
</context>
<context>
    <name>AdminHomeScreen</name>
    <message>
        <source>Technician settings</source>
        <translation>Настройки для техника</translation>
    </message>
    <message>
        <source>Kiosk ID</source>
        <translation>ID терминала</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Версия программы</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>Время работы</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Место на диске</translation>
    </message>
    <message>
        <source>The disk is almost full. Export the logs, then ask for the kiosk to be serviced.</source>
        <translation>Диск почти заполнен. Сохраните журналы и вызовите обслуживание терминала.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Kiosk ID, languages, timeouts, display, camera</source>
        <translation>ID терминала, языки, тайм-ауты, экран, камера</translation>
    </message>
    <message>
        <source>Camera and card reader</source>
        <translation>Камера и считыватель карт</translation>
    </message>
    <message>
        <source>Live picture and a test read</source>
        <translation>Изображение и пробное чтение</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>State and a test receipt</source>
        <translation>Состояние и тестовая квитанция</translation>
    </message>
    <message>
        <source>Portal connection</source>
        <translation>Связь с порталом</translation>
    </message>
    <message>
        <source>Check the connection, enrol this kiosk</source>
        <translation>Проверка связи, регистрация терминала</translation>
    </message>
    <message>
        <source>Waiting requests</source>
        <translation>Заявления в очереди</translation>
    </message>
    <message>
        <source>Counts and send now</source>
        <translation>Количество и отправка сейчас</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <source>Save the logs to a USB stick</source>
        <translation>Сохранить журналы на флешку</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Мастер-классы</translation>
    </message>
    <message>
        <source>Schedule and attendance</source>
        <translation>Расписание и посещаемость</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Anonymous figures, export CSV</source>
        <translation>Анонимные данные, экспорт CSV</translation>
    </message>
    <message>
        <source>Library staff</source>
        <translation>Сотрудники библиотеки</translation>
    </message>
    <message>
        <source>Who may sign in to guide sessions</source>
        <translation>Кто может входить, чтобы сопровождать сеансы</translation>
    </message>
    <message>
        <source>Restart the kiosk app</source>
        <translation>Перезапустить программу</translation>
    </message>
    <message>
        <source>Needed after saving settings or enrolling</source>
        <translation>Нужно после сохранения настроек или регистрации</translation>
    </message>
</context>
<context>
    <name>AdminLockoutScreen</name>
    <message>
        <source>The PIN pad is locked</source>
        <translation>Ввод PIN-кода заблокирован</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The wrong PIN was entered too many times.</source>
        <translation>Слишком много раз введён неверный PIN-код.</translation>
    </message>
    <message>
        <source>You can try again in %1.</source>
        <translation>Повторить можно через %1.</translation>
    </message>
    <message>
        <source>Each further wrong PIN makes the wait longer. If you have forgotten the PIN, set a new one from the kiosk&apos;s terminal (see the README).</source>
        <translation>Каждый следующий неверный PIN-код увеличивает ожидание. Если вы забыли PIN-код, задайте новый в консоли терминала (см. README).</translation>
    </message>
</context>
<context>
    <name>AdminLogsScreen</name>
    <message>
        <source>Logs</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <source>Plug in a USB stick, then choose where to save the logs. Personal data is removed from them.</source>
        <translation>Вставьте флешку и выберите, куда сохранить журналы. Личные данные из них удаляются.</translation>
    </message>
    <message>
        <source>Save to %1</source>
        <translation>Сохранить на %1</translation>
    </message>
</context>
<context>
    <name>AdminOutboxScreen</name>
    <message>
        <source>Waiting requests</source>
        <translation>Заявления в очереди</translation>
    </message>
    <message>
        <source>The kiosk is not connected to a portal yet, so there is no outbox.</source>
        <translation>Терминал ещё не подключён к порталу, поэтому очереди отправки нет.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Отправить сейчас</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
</context>
<context>
    <name>AdminPinScreen</name>
    <message>
        <source>Technician access</source>
        <translation>Вход для техника</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Enter the admin PIN.</source>
        <translation>Введите PIN-код администратора.</translation>
    </message>
    <message>
        <source>No admin PIN is set on this kiosk yet.</source>
        <translation>На этом терминале ещё не задан PIN-код администратора.</translation>
    </message>
    <message numerus="yes">
        <source>%n digits typed</source>
        <translation>
            <numerusform>Введена %n цифра</numerusform>
            <numerusform>Введено %n цифры</numerusform>
            <numerusform>Введено %n цифр</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Удалить последнюю цифру</translation>
    </message>
</context>
<context>
    <name>AdminPortal</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ждут отправки</translation>
    </message>
    <message>
        <source>Being sent now</source>
        <translation>Отправляются</translation>
    </message>
    <message>
        <source>Could not be sent (needs a retry)</source>
        <translation>Не отправлены (нужен повтор)</translation>
    </message>
    <message>
        <source>Delivered (receipts kept)</source>
        <translation>Доставлены (записи сохранены)</translation>
    </message>
    <message>
        <source>Enter the portal’s address, starting with https://</source>
        <translation>Введите адрес портала, начиная с https://</translation>
    </message>
    <message>
        <source>That code did not work. Codes work only once and expire: ask for a new one.</source>
        <translation>Код не подошёл. Код действует один раз и ограниченное время: запросите новый.</translation>
    </message>
    <message>
        <source>The kiosk cannot reach that address. Check the address and the network.</source>
        <translation>Терминал не может связаться с этим адресом. Проверьте адрес и сеть.</translation>
    </message>
    <message>
        <source>The portal’s certificate is not trusted. Check the address, or ask for the portal’s certificate authority (ca_bundle).</source>
        <translation>Сертификат портала не вызывает доверия. Проверьте адрес или запросите центр сертификации портала (ca_bundle).</translation>
    </message>
    <message>
        <source>The portal did not accept the enrolment. Try again, or ask for a new code.</source>
        <translation>Портал не принял регистрацию. Попробуйте ещё раз или запросите новый код.</translation>
    </message>
    <message>
        <source>The kiosk could not store its token in the system keyring. Restart the kiosk and try again.</source>
        <translation>Терминал не смог сохранить токен в системном хранилище ключей. Перезапустите терминал и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Portal reachable</source>
        <translation>Портал доступен</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Secure, certificate checked</source>
        <translation>Защищено, сертификат проверен</translation>
    </message>
    <message>
        <source>Not encrypted (http): use https on a real kiosk</source>
        <translation>Без шифрования (http): на рабочем терминале нужен https</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Сертификат не доверенный</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Защищённое соединение (TLS)</translation>
    </message>
    <message>
        <source>This kiosk is enrolled</source>
        <translation>Терминал зарегистрирован</translation>
    </message>
    <message>
        <source>Yes, as %1</source>
        <translation>Да, как %1</translation>
    </message>
    <message>
        <source>No: enrol it below</source>
        <translation>Нет: зарегистрируйте ниже</translation>
    </message>
    <message>
        <source>Right (%n s apart)</source>
        <translation>Верно (разница %n с)</translation>
    </message>
    <message>
        <source>Wrong by %n s: set the kiosk’s date and time</source>
        <translation>Расходятся на %n с: настройте дату и время терминала</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Регистрация…</translation>
    </message>
    <message>
        <source>This kiosk is enrolled with %1. Restart the kiosk to connect.</source>
        <translation>Терминал зарегистрирован на %1. Перезапустите терминал, чтобы подключиться.</translation>
    </message>
    <message>
        <source>This kiosk is enrolled with %1, but the address could not be saved in the settings file.</source>
        <translation>Терминал зарегистрирован на %1, но адрес не удалось сохранить в файле настроек.</translation>
    </message>
    <message>
        <source>Sending now. The counts update in a few seconds.</source>
        <translation>Идёт отправка. Количество обновится через несколько секунд.</translation>
    </message>
    <message>
        <source>No: the address cannot be reached</source>
        <translation>Нет: адрес недоступен</translation>
    </message>
    <message>
        <source>No: it did not answer in time</source>
        <translation>Нет: не ответил вовремя</translation>
    </message>
    <message>
        <source>No: its certificate is not trusted</source>
        <translation>Нет: сертификат не доверенный</translation>
    </message>
    <message>
        <source>No device token: enrol this kiosk</source>
        <translation>Нет токена устройства: зарегистрируйте терминал</translation>
    </message>
    <message>
        <source>Not connected: enrol this kiosk, then restart</source>
        <translation>Нет подключения: зарегистрируйте терминал и перезапустите</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>AdminPortalScreen</name>
    <message>
        <source>Portal connection</source>
        <translation>Связь с порталом</translation>
    </message>
    <message>
        <source>Portal address: %1</source>
        <translation>Адрес портала: %1</translation>
    </message>
    <message>
        <source>No portal address is set yet.</source>
        <translation>Адрес портала ещё не задан.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Проверить связь</translation>
    </message>
    <message>
        <source>Enrol this kiosk</source>
        <translation>Зарегистрировать терминал</translation>
    </message>
    <message>
        <source>Ask the portal&apos;s administrator for a one-time enrolment code for this kiosk&apos;s ID.</source>
        <translation>Попросите администратора портала выдать одноразовый код регистрации для ID этого терминала.</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Адрес портала</translation>
    </message>
    <message>
        <source>One-time enrolment code</source>
        <translation>Одноразовый код регистрации</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Зарегистрировать</translation>
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
        <translation>Очередь печати</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Print a test receipt</source>
        <translation>Напечатать тестовую квитанцию</translation>
    </message>
</context>
<context>
    <name>AdminReportScreen</name>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Раньше</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Sessions by service</source>
        <translation>Сеансы по услугам</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>За этот период сеансов нет.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершены</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Не завершены</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>завершено: %1</translation>
    </message>
    <message>
        <source>Sessions by language</source>
        <translation>Сеансы по языкам</translation>
    </message>
    <message>
        <source>Workshops held</source>
        <translation>Проведённые мастер-классы</translation>
    </message>
    <message>
        <source>People who came: %1</source>
        <translation>Пришло человек: %1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт CSV</translation>
    </message>
    <message>
        <source>Plug in a USB stick, then choose where to save this period&apos;s figures. They hold no personal data.</source>
        <translation>Вставьте USB-накопитель и выберите, куда сохранить данные за этот период. Персональных данных в них нет.</translation>
    </message>
    <message>
        <source>Save to %1</source>
        <translation>Сохранить на %1</translation>
    </message>
</context>
<context>
    <name>AdminSettings</name>
    <message>
        <source>Kiosk ID</source>
        <translation>ID терминала</translation>
    </message>
    <message>
        <source>The name the portal knows this kiosk by, e.g. deva-lobby-1</source>
        <translation>Имя терминала на портале, например deva-lobby-1</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Название места</translation>
    </message>
    <message>
        <source>Kind of kiosk</source>
        <translation>Тип терминала</translation>
    </message>
    <message>
        <source>Town-hall lobby panel</source>
        <translation>Панель в холле мэрии</translation>
    </message>
    <message>
        <source>Library point</source>
        <translation>Пункт в библиотеке</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation>Доступные языки</translation>
    </message>
    <message>
        <source>Language shown first</source>
        <translation>Язык по умолчанию</translation>
    </message>
    <message>
        <source>Seconds without a touch before the warning</source>
        <translation>Секунд без касаний до предупреждения</translation>
    </message>
    <message>
        <source>Seconds the warning counts down</source>
        <translation>Секунд обратного отсчёта предупреждения</translation>
    </message>
    <message>
        <source>Seconds before this admin screen closes itself</source>
        <translation>Секунд до автозакрытия экрана администратора</translation>
    </message>
    <message>
        <source>Screen dots per inch (DPI)</source>
        <translation>Точек на дюйм экрана (DPI)</translation>
    </message>
    <message>
        <source>Touch targets are sized in millimetres from this value</source>
        <translation>По этому значению рассчитывается размер кнопок в миллиметрах</translation>
    </message>
    <message>
        <source>Screen rotation</source>
        <translation>Поворот экрана</translation>
    </message>
    <message>
        <source>Text size at the start of each session</source>
        <translation>Размер текста в начале сеанса</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Крупный</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Camera if connected, else the demo camera</source>
        <translation>Камера, если подключена, иначе демо-камера</translation>
    </message>
    <message>
        <source>Camera device</source>
        <translation>Устройство камеры</translation>
    </message>
    <message>
        <source>Demo camera</source>
        <translation>Демо-камера</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Без камеры</translation>
    </message>
    <message>
        <source>Camera device number (N in /dev/videoN)</source>
        <translation>Номер устройства камеры (N в /dev/videoN)</translation>
    </message>
    <message>
        <source>Where petitions go</source>
        <translation>Куда отправлять обращения</translation>
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
        <translation>Адрес сервера Open311</translation>
    </message>
    <message>
        <source>These settings cannot be used: %1</source>
        <translation>Эти настройки нельзя применить: %1</translation>
    </message>
    <message>
        <source>Choose one of the options</source>
        <translation>Выберите один из вариантов</translation>
    </message>
    <message>
        <source>Choose at least one language</source>
        <translation>Выберите хотя бы один язык</translation>
    </message>
    <message>
        <source>Enter up to 64 letters, digits, dots, dashes or underscores, with no spaces</source>
        <translation>Введите до 64 букв, цифр, точек, дефисов или подчёркиваний без пробелов</translation>
    </message>
    <message>
        <source>Enter an address starting with https://</source>
        <translation>Введите адрес, начинающийся с https://</translation>
    </message>
    <message>
        <source>Enter a value</source>
        <translation>Введите значение</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2</source>
        <translation>Введите число от %1 до %2</translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2</source>
        <translation>Введите целое число от %1 до %2</translation>
    </message>
    <message>
        <source>This kiosk was started without a settings file, so nothing can be saved.</source>
        <translation>Терминал запущен без файла настроек, поэтому сохранить ничего нельзя.</translation>
    </message>
    <message>
        <source>The settings file cannot be read. Nothing was changed.</source>
        <translation>Не удаётся прочитать файл настроек. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <source>Saved. Restart the kiosk to use the new settings.</source>
        <translation>Сохранено. Перезапустите терминал, чтобы применить новые настройки.</translation>
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
        <translation>Сохранить настройки</translation>
    </message>
</context>
<context>
    <name>AdminStaff</name>
    <message>
        <source>The staff ID may have only small letters, digits, dots, dashes and underscores.</source>
        <translation>ID сотрудника может содержать только строчные латинские буквы, цифры, точки, дефисы и подчёркивания.</translation>
    </message>
    <message>
        <source>Enter the name shown on the banner.</source>
        <translation>Введите имя, которое показывается на полосе.</translation>
    </message>
    <message>
        <source>The PIN must have %1 to %2 digits.</source>
        <translation>PIN-код должен содержать от %1 до %2 цифр.</translation>
    </message>
    <message>
        <source>Someone already has this staff ID.</source>
        <translation>Такой ID сотрудника уже есть.</translation>
    </message>
    <message>
        <source>Someone already has this PIN. Choose another one.</source>
        <translation>Такой PIN-код уже есть. Выберите другой.</translation>
    </message>
    <message>
        <source>The two PINs are different. Type the same PIN twice.</source>
        <translation>PIN-коды не совпадают. Введите один и тот же PIN дважды.</translation>
    </message>
    <message>
        <source>%1 can now sign in.</source>
        <translation>%1 теперь может входить.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Удалено.</translation>
    </message>
</context>
<context>
    <name>AdminStaffScreen</name>
    <message>
        <source>Library staff</source>
        <translation>Сотрудники библиотеки</translation>
    </message>
    <message>
        <source>Nobody can sign in as staff yet.</source>
        <translation>Пока никто не может входить как сотрудник.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Удалить: %1</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Добавить сотрудника</translation>
    </message>
    <message>
        <source>Staff ID (sent with requests they help with)</source>
        <translation>ID сотрудника (отправляется с заявлениями, в которых он помогает)</translation>
    </message>
    <message>
        <source>Name shown on the banner</source>
        <translation>Имя на полосе</translation>
    </message>
    <message>
        <source>Staff PIN (4 to 12 digits)</source>
        <translation>PIN-код сотрудника (4–12 цифр)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Тот же PIN-код ещё раз</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
</context>
<context>
    <name>AdminWorkshopsScreen</name>
    <message>
        <source>Workshops</source>
        <translation>Мастер-классы</translation>
    </message>
    <message>
        <source>Add a workshop</source>
        <translation>Добавить мастер-класс</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Предстоящие</translation>
    </message>
    <message>
        <source>No workshops are planned.</source>
        <translation>Мастер-классы не запланированы.</translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation>Мест: %1</translation>
    </message>
    <message>
        <source>From the settings file</source>
        <translation>Из файла настроек</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Took place</source>
        <translation>Прошедшие</translation>
    </message>
    <message>
        <source>No workshops in the last two months.</source>
        <translation>За последние два месяца мастер-классов не было.</translation>
    </message>
    <message>
        <source>People who came: %1</source>
        <translation>Пришло человек: %1</translation>
    </message>
    <message>
        <source>Attendance not recorded yet</source>
        <translation>Посещаемость ещё не записана</translation>
    </message>
    <message>
        <source>Correct the count</source>
        <translation>Исправить число</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>Записать посещаемость</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Новый мастер-класс</translation>
    </message>
    <message>
        <source>Change the workshop</source>
        <translation>Изменить мастер-класс</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Day before</source>
        <translation>На день раньше</translation>
    </message>
    <message>
        <source>Day after</source>
        <translation>На день позже</translation>
    </message>
    <message>
        <source>1 hour earlier</source>
        <translation>На 1 час раньше</translation>
    </message>
    <message>
        <source>1 hour later</source>
        <translation>На 1 час позже</translation>
    </message>
    <message>
        <source>15 minutes earlier</source>
        <translation>На 15 минут раньше</translation>
    </message>
    <message>
        <source>15 minutes later</source>
        <translation>На 15 минут позже</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Fewer seats</source>
        <translation>Меньше мест</translation>
    </message>
    <message>
        <source>More seats</source>
        <translation>Больше мест</translation>
    </message>
    <message>
        <source>Language of the workshop</source>
        <translation>Язык мастер-класса</translation>
    </message>
    <message>
        <source>Save the workshop</source>
        <translation>Сохранить мастер-класс</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>How many people came?</source>
        <translation>Сколько человек пришло?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Удалить последнюю цифру</translation>
    </message>
</context>
<context>
    <name>AppointmentCancelScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Попробовать ещё раз</translation>
    </message>
    <message>
        <source>Cancel an appointment</source>
        <translation>Отменить запись</translation>
    </message>
    <message>
        <source>Enter the appointment number and the access code. They are on your appointment slip.</source>
        <translation>Введите номер записи и код доступа. Они указаны в вашем талоне.</translation>
    </message>
    <message>
        <source>Appointment number</source>
        <translation>Номер записи</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Код доступа</translation>
    </message>
    <message>
        <source>Find my appointment</source>
        <translation>Найти мою запись</translation>
    </message>
    <message>
        <source>Is this the appointment you want to cancel?</source>
        <translation>Вы хотите отменить эту запись?</translation>
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
        <translation>Время</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>This appointment is not booked any more, so there is nothing to cancel.</source>
        <translation>Эта запись уже недействительна, поэтому отменять нечего.</translation>
    </message>
    <message>
        <source>Cancel this appointment</source>
        <translation>Отменить эту запись</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Не отменять</translation>
    </message>
    <message>
        <source>Look up another appointment</source>
        <translation>Найти другую запись</translation>
    </message>
    <message>
        <source>Your appointment is cancelled</source>
        <translation>Ваша запись отменена</translation>
    </message>
    <message>
        <source>%1 at %2 is free again for others. You do not need to do anything else.</source>
        <translation>Время %1 в %2 снова свободно для других. Больше ничего делать не нужно.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Вернуться в начало</translation>
    </message>
</context>
<context>
    <name>AppointmentConfirmationScreen</name>
    <message>
        <source>Your appointment is booked</source>
        <translation>Вы записаны на приём</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Appointment number</source>
        <translation>Номер записи</translation>
    </message>
    <message>
        <source>Access code (you need it with the number to cancel)</source>
        <translation>Код доступа (нужен вместе с номером для отмены)</translation>
    </message>
    <message>
        <source>Bring your identity document with you. Write down the number and code, or print them.</source>
        <translation>Возьмите с собой документ, удостоверяющий личность. Запишите номер и код или распечатайте их.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Распечатать</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Напечатать ещё раз</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Scan to add it to your phone&apos;s calendar</source>
        <translation>Отсканируйте, чтобы добавить в календарь телефона</translation>
    </message>
</context>
<context>
    <name>AppointmentDaysScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Попробовать ещё раз</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Выберите день</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Предыдущий месяц</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Следующий месяц</translation>
    </message>
    <message>
        <source>There are no free times at this office in the coming weeks. Please choose another office or ask at the information desk.</source>
        <translation>В этом отделении нет свободного времени в ближайшие недели. Пожалуйста, выберите другое отделение или обратитесь к стойке информации.</translation>
    </message>
    <message>
        <source>Tap a green day to see its free times. Grey days are full or closed.</source>
        <translation>Коснитесь зелёного дня, чтобы увидеть свободное время. Серые дни заняты или нерабочие.</translation>
    </message>
</context>
<context>
    <name>AppointmentHoldScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Попробовать ещё раз</translation>
    </message>
    <message>
        <source>Check and confirm your appointment</source>
        <translation>Проверьте и подтвердите запись</translation>
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
        <translation>Время</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <source>Personal identification number</source>
        <translation>Идентификационный номер</translation>
    </message>
    <message>
        <source>Confirm the appointment</source>
        <translation>Подтвердить запись</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Выбрать другое время</translation>
    </message>
</context>
<context>
    <name>AppointmentOfficesScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Попробовать ещё раз</translation>
    </message>
    <message>
        <source>Choose an office</source>
        <translation>Выберите отделение</translation>
    </message>
    <message>
        <source>No office takes appointments for this service at the moment. Please ask at the information desk.</source>
        <translation>Сейчас ни одно отделение не ведёт запись на эту услугу. Пожалуйста, обратитесь к стойке информации.</translation>
    </message>
</context>
<context>
    <name>AppointmentPersonScreen</name>
    <message>
        <source>Who is the appointment for?</source>
        <translation>На кого оформить запись?</translation>
    </message>
    <message>
        <source>Write the details as they are on your identity card. The appointment will be in this name.</source>
        <translation>Укажите данные так, как в удостоверении личности. Запись будет оформлена на это имя.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Personal identification number</source>
        <translation>Идентификационный номер</translation>
    </message>
    <message>
        <source>You can find it on your identity card</source>
        <translation>Он указан в удостоверении личности</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>AppointmentSlotsScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Попробовать ещё раз</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Выберите время</translation>
    </message>
    <message>
        <source>There are no free times left on this day. Please choose another day.</source>
        <translation>На этот день свободного времени не осталось. Пожалуйста, выберите другой день.</translation>
    </message>
    <message>
        <source>Choose another day</source>
        <translation>Выбрать другой день</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 до %2</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Enter your first name</source>
        <translation>Введите имя</translation>
    </message>
    <message>
        <source>Enter your surname</source>
        <translation>Введите фамилию</translation>
    </message>
    <message>
        <source>Enter your personal identification number</source>
        <translation>Введите идентификационный номер</translation>
    </message>
    <message>
        <source>This personal identification number is not right. Check each digit on your ID card.</source>
        <translation>В идентификационном номере ошибка. Сверьте каждую цифру с удостоверением личности.</translation>
    </message>
    <message>
        <source>The appointment system cannot be reached right now. Please try again in a few minutes or ask at the information desk.</source>
        <translation>Система записи сейчас недоступна. Пожалуйста, попробуйте через несколько минут или обратитесь к стойке информации.</translation>
    </message>
    <message>
        <source>Someone else has just taken that time. Please choose another time.</source>
        <translation>Это время только что занял кто-то другой. Пожалуйста, выберите другое время.</translation>
    </message>
    <message>
        <source>The time we kept for you has run out, so it was not booked. Please choose a time again.</source>
        <translation>Время, отложенное для вас, истекло, и запись не оформлена. Пожалуйста, выберите время ещё раз.</translation>
    </message>
    <message>
        <source>We could not find an appointment with this number and code. Check both and try again.</source>
        <translation>Запись с таким номером и кодом не найдена. Проверьте их и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>This appointment has already been cancelled.</source>
        <translation>Эта запись уже отменена.</translation>
    </message>
    <message>
        <source>The appointment system did not accept this. Please ask at the information desk.</source>
        <translation>Система записи не приняла эти данные. Пожалуйста, обратитесь к стойке информации.</translation>
    </message>
    <message>
        <source>Your appointment</source>
        <translation>Ваша запись</translation>
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
        <translation>Время</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <source>Personal identification number</source>
        <translation>Идентификационный номер</translation>
    </message>
    <message>
        <source>Appointment number</source>
        <translation>Номер записи</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Код доступа</translation>
    </message>
    <message>
        <source>Bring your identity document with you.</source>
        <translation>Возьмите с собой документ, удостоверяющий личность.</translation>
    </message>
    <message>
        <source>To cancel, choose “Cancel an appointment” on the kiosk and enter the number and access code.</source>
        <translation>Чтобы отменить запись, выберите на терминале «Отменить запись» и введите номер и код доступа.</translation>
    </message>
    <message>
        <source>Enter the appointment number from your slip</source>
        <translation>Введите номер записи из квитанции</translation>
    </message>
    <message>
        <source>Enter the access code from your slip</source>
        <translation>Введите код доступа из квитанции</translation>
    </message>
    <message>
        <source>Your slip is printing. Take it from the printer.</source>
        <translation>Квитанция печатается. Возьмите её из принтера.</translation>
    </message>
    <message>
        <source>The printer is not working right now. Please write down the appointment number and access code, or scan the code with your phone.</source>
        <translation>Принтер сейчас не работает. Запишите номер записи и код доступа или отсканируйте код телефоном.</translation>
    </message>
    <message>
        <source>Please take a photo of the appointment number and access code on the screen, or write them down.</source>
        <translation>Сфотографируйте номер записи и код доступа на экране или запишите их.</translation>
    </message>
    <message>
        <source>Held for you for %1 more</source>
        <translation>Забронировано для Вас ещё %1</translation>
    </message>
    <message>
        <source>Held for you for a few minutes. Confirm it soon.</source>
        <translation>Время закреплено за Вами на несколько минут. Подтвердите запись поскорее.</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>свободно: %1</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Нет мест</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Ещё не подтверждена</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Записаны</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>Not booked: the time ran out</source>
        <translation>Запись не сделана: время истекло</translation>
    </message>
</context>
<context>
    <name>Attract</name>
    <message>
        <source>Touch the screen to start</source>
        <translation>Коснитесь экрана, чтобы начать</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Выберите язык</translation>
    </message>
    <message>
        <source>Request certificates and documents without queuing</source>
        <translation>Заказывайте справки и документы без очереди</translation>
    </message>
    <message>
        <source>Check the status of your request with the code on your receipt</source>
        <translation>Узнайте статус заявления по коду из квитанции</translation>
    </message>
    <message>
        <source>Scan your identity card to fill in forms faster</source>
        <translation>Отсканируйте удостоверение личности, чтобы быстрее заполнить бланки</translation>
    </message>
    <message>
        <source>Everything you enter is deleted when you finish</source>
        <translation>Всё, что вы ввели, удаляется после завершения работы</translation>
    </message>
    <message>
        <source>Next workshops</source>
        <translation>Ближайшие мастер-классы</translation>
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
        <translation>На ноль делить нельзя</translation>
    </message>
    <message>
        <source>Number too large</source>
        <translation>Слишком большое число</translation>
    </message>
</context>
<context>
    <name>CalculatorScreen</name>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>C</source>
        <comment>calculator key that clears everything</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Удалить последнюю цифру</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Процент</translation>
    </message>
    <message>
        <source>Divide</source>
        <translation>Разделить</translation>
    </message>
    <message>
        <source>Multiply</source>
        <translation>Умножить</translation>
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
        <translation>Сменить знак</translation>
    </message>
    <message>
        <source>Decimal point</source>
        <translation>Десятичная запятая</translation>
    </message>
    <message>
        <source>Equals</source>
        <translation>Равно</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Калькулятор</translation>
    </message>
    <message>
        <source>Your calculations</source>
        <translation>Ваши расчёты</translation>
    </message>
    <message>
        <source>Results appear here. They are deleted when you finish.</source>
        <translation>Здесь появятся результаты. После завершения работы они удаляются.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Open: %1</source>
        <translation>Открыто: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>Сейчас открыто, до %1</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Сейчас закрыто</translation>
    </message>
    <message>
        <source>Closed now. Opens %1 at %2</source>
        <translation>Сейчас закрыто. Откроется: %1, в %2</translation>
    </message>
</context>
<context>
    <name>CalendarScreen</name>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Предыдущий месяц</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Следующий месяц</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>праздничный день</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>Public holidays this month</source>
        <translation>Праздничные дни в этом месяце</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Put the back of your card here, with the lines of letters at the bottom</source>
        <translation>Поместите сюда обратную сторону удостоверения, строки букв — внизу</translation>
    </message>
</context>
<context>
    <name>CheckAnswersScreen</name>
    <message>
        <source>Check your answers</source>
        <translation>Проверьте ваши ответы</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>By sending this request you confirm that the answers are true.</source>
        <translation>Отправляя заявление, вы подтверждаете, что ответы верны.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Отправить заявление</translation>
    </message>
</context>
<context>
    <name>ChipReaderPanel</name>
    <message>
        <source>Type the card number</source>
        <translation>Введите номер карты</translation>
    </message>
    <message>
        <source>Place your card on the reader</source>
        <translation>Положите карту на считыватель</translation>
    </message>
    <message>
        <source>Reading the chip… Keep the card on the reader</source>
        <translation>Чтение чипа… Не убирайте карту со считывателя</translation>
    </message>
    <message>
        <source>Your details from the chip</source>
        <translation>Ваши данные из чипа</translation>
    </message>
    <message>
        <source>We could not read the chip</source>
        <translation>Не удалось прочитать чип</translation>
    </message>
    <message>
        <source>The 6 digits printed on the front of your card, marked CAN.</source>
        <translation>6 цифр, напечатанных на лицевой стороне карты, с пометкой CAN.</translation>
    </message>
    <message>
        <source>Digits typed: %1 of 6</source>
        <translation>Введено цифр: %1 из 6</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Удалить последнюю цифру</translation>
    </message>
    <message>
        <source>Lay the card flat on the reader and leave it there until the kiosk says it is done. It takes a few seconds.</source>
        <translation>Положите карту на считыватель и не убирайте, пока киоск не сообщит, что всё готово. Это займёт несколько секунд.</translation>
    </message>
    <message>
        <source>Your photo from the chip</source>
        <translation>Ваша фотография из чипа</translation>
    </message>
    <message>
        <source>Only you can see this photo. It is not kept.</source>
        <translation>Эту фотографию видите только вы. Она не сохраняется.</translation>
    </message>
    <message>
        <source>Use these details</source>
        <translation>Использовать эти данные</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Попробовать снова</translation>
    </message>
    <message>
        <source>Choose another way</source>
        <translation>Выбрать другой способ</translation>
    </message>
</context>
<context>
    <name>ChipScan</name>
    <message>
        <source>The card reader is not working. Type your details instead.</source>
        <translation>Считыватель карт не работает. Введите данные вручную.</translation>
    </message>
    <message>
        <source>No card was found on the reader.</source>
        <translation>На считывателе не найдена карта.</translation>
    </message>
    <message>
        <source>No card was placed on the reader.</source>
        <translation>Карта не была положена на считыватель.</translation>
    </message>
    <message>
        <source>This card has no ID document chip the kiosk can read.</source>
        <translation>На этой карте нет чипа документа, который киоск может прочитать.</translation>
    </message>
    <message>
        <source>The card did not accept the number. Check the 6 digits on the front of your card.</source>
        <translation>Карта не приняла номер. Проверьте 6 цифр на лицевой стороне карты.</translation>
    </message>
    <message>
        <source>The card did not accept the details read by the camera. Type the card number instead.</source>
        <translation>Карта не приняла данные, считанные камерой. Введите номер карты.</translation>
    </message>
    <message>
        <source>The card was taken off the reader too soon. Place it again and leave it there.</source>
        <translation>Карту убрали со считывателя слишком рано. Положите её снова и не убирайте.</translation>
    </message>
    <message>
        <source>The chip could not be read. Try again, or type your details.</source>
        <translation>Не удалось прочитать чип. Попробуйте снова или введите данные вручную.</translation>
    </message>
    <message>
        <source>The chip&apos;s data did not pass the authenticity check. Type your details instead.</source>
        <translation>Данные чипа не прошли проверку подлинности. Введите данные вручную.</translation>
    </message>
    <message>
        <source>Checked: the data was signed by the issuing country.</source>
        <translation>Проверено: данные подписаны страной выдачи.</translation>
    </message>
    <message>
        <source>Checked against the chip&apos;s own signature only.</source>
        <translation>Проверено только по собственной подписи чипа.</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>Your request is registered</source>
        <translation>Ваше заявление зарегистрировано</translation>
    </message>
    <message>
        <source>Your request has been received</source>
        <translation>Ваше заявление получено</translation>
    </message>
    <message>
        <source>Your request is saved on this kiosk</source>
        <translation>Ваше заявление сохранено на этом терминале</translation>
    </message>
    <message>
        <source>The town hall now works on your request. You will get the answer by {date}. You can check how it is going on this kiosk with the number and the access code shown here.</source>
        <translation>Мэрия уже работает над вашим заявлением. Вы получите ответ до {date}. Узнать, как идёт рассмотрение, можно на этом терминале по номеру и коду доступа, указанным здесь.</translation>
    </message>
    <message>
        <source>The town hall now works on your request. You can check how it is going on this kiosk with the number and the access code shown here.</source>
        <translation>Мэрия уже работает над вашим заявлением. Узнать, как идёт рассмотрение, можно на этом терминале по номеру и коду доступа, указанным здесь.</translation>
    </message>
    <message>
        <source>It gets its registration number in the next few hours. Keep the receipt: with the reference shown here you can check its status on this kiosk.</source>
        <translation>В ближайшие часы ему присвоят регистрационный номер. Сохраните квитанцию: по указанному здесь контрольному номеру можно узнать статус заявления на этом терминале.</translation>
    </message>
    <message>
        <source>The connection to the town hall is down right now. Your request will be sent automatically as soon as it is back; you do not need to do anything. Keep the reference shown here.</source>
        <translation>Связи с мэрией сейчас нет. Ваше заявление будет отправлено автоматически, как только она восстановится; вам ничего делать не нужно. Сохраните указанный здесь контрольный номер.</translation>
    </message>
    <message>
        <source>Practice done — this is how a registered request looks</source>
        <translation>Тренировка завершена — так выглядит зарегистрированное заявление</translation>
    </message>
    <message>
        <source>With a real request, the town hall would now work on it, and you could check how it is going on this kiosk with the number and the access code shown here. Nothing was sent this time.</source>
        <translation>С настоящим заявлением мэрия начала бы работать над ним, а вы могли бы узнать, как идёт рассмотрение, на этом терминале по номеру и коду доступа, указанным здесь. На этот раз ничего не отправлено.</translation>
    </message>
    <message>
        <source>Questions? Ask at the information desk of {institution}, and show this number.</source>
        <translation>Есть вопросы? Обратитесь к стойке информации ({institution}) и покажите этот номер.</translation>
    </message>
    <message>
        <source>Your petition was sent to the city&apos;s reporting service. Keep this number: the city uses it when it answers you or when you ask about your petition.</source>
        <translation>Ваше обращение отправлено в городскую службу приёма обращений. Сохраните этот номер: город указывает его в ответе, и он понадобится, если вы будете спрашивать о своём обращении.</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>PRACTICE — this request was not sent to the town hall. The number below is only for practice.</source>
        <translation>ТРЕНИРОВКА — это заявление не отправлено в мэрию. Номер ниже только для тренировки.</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Access code (to check the status)</source>
        <translation>Код доступа (для проверки статуса)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Контрольный номер</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Что будет дальше</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Распечатать квитанцию</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Напечатать ещё раз</translation>
    </message>
    <message>
        <source>Another service</source>
        <translation>Другая услуга</translation>
    </message>
    <message>
        <source>Finish and clear my data</source>
        <translation>Завершить и удалить мои данные</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>No date chosen</source>
        <translation>Дата не выбрана</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Изменить дату</translation>
    </message>
    <message>
        <source>Choose the date</source>
        <translation>Выберите дату</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>Выберите месяц</translation>
    </message>
    <message>
        <source>Choose the day</source>
        <translation>Выберите день</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>Выберите год</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <translation>Размер текста</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Обычный текст</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Крупный текст</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <source>Normal colours</source>
        <translation>Обычные цвета</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>There is a problem</source>
        <translation>Есть проблема</translation>
    </message>
    <message>
        <source>Tap a line to go to the answer that needs a change.</source>
        <translation>Коснитесь строки, чтобы перейти к ответу, который нужно изменить.</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <source>Enter your answer here.</source>
        <translation>Введите ответ здесь.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Выберите один из вариантов.</translation>
    </message>
    <message>
        <source>Choose at least {min} of the options.</source>
        <translation>Выберите не менее {min} из вариантов.</translation>
    </message>
    <message>
        <source>Choose at most {max} of the options.</source>
        <translation>Выберите не более {max} из вариантов.</translation>
    </message>
    <message>
        <source>Tick the box to agree before you continue.</source>
        <translation>Чтобы продолжить, поставьте отметку в знак согласия.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Введите дату.</translation>
    </message>
    <message>
        <source>Enter a real date.</source>
        <translation>Введите существующую дату.</translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.com.</source>
        <translation>Введите адрес электронной почты, например name@example.com.</translation>
    </message>
    <message>
        <source>Enter a phone number using digits, like 0722 123 456.</source>
        <translation>Введите номер телефона цифрами, например 0722 123 456.</translation>
    </message>
    <message>
        <source>This number is not valid. Check the digits on your identity card.</source>
        <translation>Этот номер неверен. Сверьте цифры с удостоверением личности.</translation>
    </message>
    <message>
        <source>This is too short: write at least {min} characters.</source>
        <translation>Слишком коротко: введите не менее {min} символов.</translation>
    </message>
    <message>
        <source>This is too long: at most {max} characters.</source>
        <translation>Слишком длинно: не более {max} символов.</translation>
    </message>
    <message>
        <source>Enter a number, like 12.</source>
        <translation>Введите число, например 12.</translation>
    </message>
    <message>
        <source>Enter a whole number, like 3.</source>
        <translation>Введите целое число, например 3.</translation>
    </message>
    <message>
        <source>Enter a number from {min} to {max}.</source>
        <translation>Введите число от {min} до {max}.</translation>
    </message>
    <message>
        <source>Enter a number bigger than {min}.</source>
        <translation>Введите число больше {min}.</translation>
    </message>
    <message>
        <source>Enter a number of {min} or more.</source>
        <translation>Введите число не меньше {min}.</translation>
    </message>
    <message>
        <source>Enter a number of {max} or less.</source>
        <translation>Введите число не больше {max}.</translation>
    </message>
    <message>
        <source>Check what you typed: it is not in the expected form.</source>
        <translation>Проверьте, что вы ввели: формат не подходит.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>(optional)</source>
        <translation>(необязательно)</translation>
    </message>
    <message>
        <source>Filled in from your ID chip. Check it and change it if needed.</source>
        <translation>Заполнено из чипа удостоверения личности. Проверьте и при необходимости исправьте.</translation>
    </message>
    <message>
        <source>Filled in from your ID card. Check it and change it if needed.</source>
        <translation>Заполнено по удостоверению личности. Проверьте и при необходимости исправьте.</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Ошибка:</translation>
    </message>
</context>
<context>
    <name>FormJourney</name>
    <message>
        <source>This service is not available on this kiosk</source>
        <translation>Эта услуга недоступна на этом терминале</translation>
    </message>
    <message>
        <source>You can ask for it at the information desk. We are sorry for the trouble.</source>
        <translation>Её можно запросить у стойки информации. Приносим извинения за неудобства.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server cannot be reached</source>
        <translation>Сервер мэрии недоступен</translation>
    </message>
    <message>
        <source>Please try again in a few minutes, or ask at the information desk. Nothing you typed is lost.</source>
        <translation>Пожалуйста, попробуйте через несколько минут или обратитесь к стойке информации. Всё, что вы ввели, сохранено.</translation>
    </message>
    <message>
        <source>The town hall could not accept this request</source>
        <translation>Мэрия не смогла принять это заявление</translation>
    </message>
    <message>
        <source>Your receipt is printed. Take it from the printer.</source>
        <translation>Квитанция напечатана. Возьмите её из принтера.</translation>
    </message>
    <message>
        <source>The printer is not available right now. Please write down the number and the access code.</source>
        <translation>Принтер сейчас недоступен. Пожалуйста, запишите номер и код доступа.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please write down the number and the access code.</source>
        <translation>Не удалось напечатать квитанцию. Пожалуйста, запишите номер и код доступа.</translation>
    </message>
    <message>
        <source>Please take a photo of the number and the access code on the screen, or write them down.</source>
        <translation>Пожалуйста, сфотографируйте номер и код доступа на экране или запишите их.</translation>
    </message>
    <message>
        <source>Tick the statement that the person agreed, then send the request.</source>
        <translation>Отметьте заявление о том, что человек дал согласие, затем отправьте заявление.</translation>
    </message>
    <message>
        <source>Request receipt</source>
        <translation>Квитанция о заявлении</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Код доступа</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Контрольный номер</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Личный номер</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Ответ до</translation>
    </message>
</context>
<context>
    <name>FormStepScreen</name>
    <message>
        <source>Getting the form ready…</source>
        <translation>Подготовка бланка…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Попробовать ещё раз</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Вернуться в начало</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>We filled in %n answer(s) from your ID card. Check them — you can change any of them.</source>
        <translation>
            <numerusform>Мы заполнили %n ответ по удостоверению личности. Проверьте и при необходимости исправьте.</numerusform>
            <numerusform>Мы заполнили %n ответа по удостоверению личности. Проверьте и при необходимости исправьте.</numerusform>
            <numerusform>Мы заполнили %n ответов по удостоверению личности. Проверьте и при необходимости исправьте.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Why we ask this</source>
        <translation>Зачем мы это спрашиваем</translation>
    </message>
</context>
<context>
    <name>Guided</name>
    <message>
        <source>Enter your staff PIN.</source>
        <translation>Введите свой PIN-код сотрудника.</translation>
    </message>
    <message>
        <source>No library staff are set up on this kiosk yet. A technician adds them in the admin screen.</source>
        <translation>На этом киоске ещё нет сотрудников библиотеки. Их добавляет техник на экране администрирования.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>Слишком много неверных PIN-кодов. Повторите через %n секунду.</translation>
    </message>
</context>
<context>
    <name>GuidedBanner</name>
    <message>
        <source>PRACTICE — nothing is sent to the town hall</source>
        <translation>ТРЕНИРОВКА — в мэрию ничего не отправляется</translation>
    </message>
    <message>
        <source>Guided by %1 (library staff)</source>
        <translation>Помогает %1 (сотрудник библиотеки)</translation>
    </message>
    <message>
        <source>Sample person: %1</source>
        <translation>Вымышленный человек: %1</translation>
    </message>
    <message>
        <source>For someone who is not here</source>
        <translation>За человека, которого здесь нет</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Меню сотрудника</translation>
    </message>
</context>
<context>
    <name>GuidedForm</name>
    <message>
        <source>I confirm that the person named in this request asked me to send it for them and agreed that their details are used for it.</source>
        <translation>Подтверждаю, что человек, указанный в этом заявлении, попросил меня отправить его от его имени и согласился, чтобы его данные использовались для этого.</translation>
    </message>
</context>
<context>
    <name>GuidedSignInScreen</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Вход для сотрудников</translation>
    </message>
    <message>
        <source>For library staff: enter your staff PIN to guide this session.</source>
        <translation>Для сотрудников библиотеки: введите свой PIN-код, чтобы сопровождать этот сеанс.</translation>
    </message>
    <message numerus="yes">
        <source>%n digits typed</source>
        <translation>
            <numerusform>Введена %n цифра</numerusform>
            <numerusform>Введено %n цифры</numerusform>
            <numerusform>Введено %n цифр</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Удалить последнюю цифру</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Help</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <source>Touch the service you need, or type a word in the box at the top, for example &quot;certificate&quot;.</source>
        <translation>Коснитесь нужной услуги или введите слово в поле вверху, например «справка».</translation>
    </message>
    <message>
        <source>This page says which documents you need, what it costs and how long it takes.</source>
        <translation>На этой странице указано, какие документы нужны, сколько это стоит и сколько времени займёт.</translation>
    </message>
    <message>
        <source>Touch the numbers and signs as on a pocket calculator. Your results are listed on the right.</source>
        <translation>Нажимайте на цифры и знаки, как на обычном калькуляторе. Результаты появляются справа.</translation>
    </message>
    <message>
        <source>Days in red are public holidays. Touch a day to see the opening hours.</source>
        <translation>Красным отмечены праздничные дни. Коснитесь дня, чтобы увидеть часы работы.</translation>
    </message>
    <message>
        <source>Touch the language you speak.</source>
        <translation>Коснитесь языка, на котором вы говорите.</translation>
    </message>
    <message>
        <source>The &quot;Finish&quot; button at the top right deletes everything you entered.</source>
        <translation>Кнопка «Завершить» в правом верхнем углу удаляет всё, что вы ввели.</translation>
    </message>
    <message>
        <source>I need help from a member of staff</source>
        <translation>Мне нужна помощь сотрудника</translation>
    </message>
    <message>
        <source>Please go to the information desk or wave to a member of staff: they will come to help you.</source>
        <translation>Пожалуйста, подойдите к стойке информации или подайте знак сотруднику: к вам подойдут и помогут.</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>Вход для сотрудников</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Новый год</translation>
    </message>
    <message>
        <source>Day after New Year&apos;s Day</source>
        <translation>Второй день Нового года</translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation>Крещение Господне</translation>
    </message>
    <message>
        <source>Synaxis of Saint John the Baptist</source>
        <translation>Собор Иоанна Крестителя</translation>
    </message>
    <message>
        <source>Union Day</source>
        <translation>День объединения Румынских княжеств</translation>
    </message>
    <message>
        <source>Pentecost Sunday</source>
        <translation>Троица</translation>
    </message>
    <message>
        <source>Pentecost Monday</source>
        <translation>Духов день</translation>
    </message>
    <message>
        <source>Dormition of the Mother of God</source>
        <translation>Успение Пресвятой Богородицы</translation>
    </message>
    <message>
        <source>Saint Andrew&apos;s Day</source>
        <translation>День святого Андрея Первозванного</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Национальный день Румынии</translation>
    </message>
    <message>
        <source>Second Day of Christmas (Old Style)</source>
        <translation>Второй день Рождества (по старому стилю)</translation>
    </message>
    <message>
        <source>Memorial Easter</source>
        <translation>Памятная Пасха (Радоница)</translation>
    </message>
    <message>
        <source>Victory Day and Europe Day</source>
        <translation>День Победы и День Европы</translation>
    </message>
    <message>
        <source>Victory Day</source>
        <translation>День Победы</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>День независимости</translation>
    </message>
    <message>
        <source>National Language Day</source>
        <translation>Праздник «Наш язык»</translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation>День освобождения Болгарии</translation>
    </message>
    <message>
        <source>Holy Saturday</source>
        <translation>Великая суббота</translation>
    </message>
    <message>
        <source>Saint George&apos;s Day and Day of the Bulgarian Army</source>
        <translation>День святого Георгия и День болгарской армии</translation>
    </message>
    <message>
        <source>Day of Bulgarian Education, Culture and Slavic Script</source>
        <translation>День болгарского просвещения и культуры и славянской письменности</translation>
    </message>
    <message>
        <source>Unification Day</source>
        <translation>День объединения Болгарии</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Сочельник</translation>
    </message>
    <message>
        <source>Day off in lieu of a public holiday</source>
        <translation>Выходной день вместо праздничного</translation>
    </message>
    <message>
        <source>Trinity Sunday</source>
        <translation>Троица</translation>
    </message>
    <message>
        <source>Labour Day (second day)</source>
        <translation>День труда (второй день)</translation>
    </message>
    <message>
        <source>Day of Remembrance and Victory</source>
        <translation>День памяти и победы над нацизмом</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>День Конституции</translation>
    </message>
    <message>
        <source>Statehood Day</source>
        <translation>День украинской государственности</translation>
    </message>
    <message>
        <source>Defenders&apos; Day</source>
        <translation>День защитников и защитниц Украины</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Страстная пятница</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Пасха</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Второй день Пасхи</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>День труда</translation>
    </message>
    <message>
        <source>Children&apos;s Day</source>
        <translation>День защиты детей</translation>
    </message>
    <message>
        <source>International Women&apos;s Day</source>
        <translation>Международный женский день</translation>
    </message>
    <message>
        <source>Christmas (Old Style)</source>
        <translation>Рождество Христово (по старому стилю)</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Рождество Христово</translation>
    </message>
    <message>
        <source>Second Day of Christmas</source>
        <translation>Второй день Рождества</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What do you need?</source>
        <translation>Что вам нужно?</translation>
    </message>
    <message>
        <source>Nothing found. Try another word, or choose from the list below.</source>
        <translation>Ничего не найдено. Попробуйте другое слово или выберите из списка ниже.</translation>
    </message>
    <message>
        <source>Also on this kiosk</source>
        <translation>Также на этом терминале</translation>
    </message>
    <message>
        <source>Check a request</source>
        <translation>Проверить заявление</translation>
    </message>
    <message>
        <source>With the number and code on your receipt</source>
        <translation>По номеру и коду из квитанции</translation>
    </message>
    <message>
        <source>Cancel an appointment</source>
        <translation>Отменить запись</translation>
    </message>
    <message>
        <source>With the number and code you received</source>
        <translation>По полученным номеру и коду</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Калькулятор</translation>
    </message>
    <message>
        <source>Add up fees and taxes</source>
        <translation>Подсчёт сборов и налогов</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Opening hours and public holidays</source>
        <translation>Часы работы и праздничные дни</translation>
    </message>
    <message>
        <source>Practise with a sample person</source>
        <translation>Потренироваться с вымышленным человеком</translation>
    </message>
    <message>
        <source>Try a request; nothing is sent</source>
        <translation>Попробуйте заявление; ничего не отправляется</translation>
    </message>
</context>
<context>
    <name>IdScan</name>
    <message>
        <source>Hold the back of your card in the frame, with the lines of letters at the bottom</source>
        <translation>Держите обратную сторону удостоверения в рамке, строки букв — внизу</translation>
    </message>
    <message>
        <source>Reading your card… Hold it still</source>
        <translation>Считываем удостоверение… Не двигайте его</translation>
    </message>
    <message>
        <source>Show the back of the card, with the lines of letters and &lt;&lt;&lt;</source>
        <translation>Покажите обратную сторону удостоверения, со строками букв и &lt;&lt;&lt;</translation>
    </message>
    <message>
        <source>Hold the card closer</source>
        <translation>Поднесите удостоверение ближе</translation>
    </message>
    <message>
        <source>Hold the card still</source>
        <translation>Держите удостоверение неподвижно</translation>
    </message>
    <message>
        <source>Tilt the card a little — there is a reflection</source>
        <translation>Слегка наклоните удостоверение — мешает блик</translation>
    </message>
    <message>
        <source>It is too dark. Find more light</source>
        <translation>Слишком темно. Найдите место посветлее</translation>
    </message>
    <message>
        <source>Turn the card over: the lines with &lt;&lt;&lt; go at the bottom</source>
        <translation>Поверните удостоверение: строки с &lt;&lt;&lt; должны быть внизу</translation>
    </message>
    <message>
        <source>Show one card at a time</source>
        <translation>Показывайте только один документ</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <source>Your personal identification number</source>
        <translation>Идентификационный номер</translation>
    </message>
    <message>
        <source>Your date of birth</source>
        <translation>Дата рождения</translation>
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
        <translation>Номер удостоверения</translation>
    </message>
    <message>
        <source>The card&apos;s expiry date</source>
        <translation>Срок действия удостоверения</translation>
    </message>
</context>
<context>
    <name>IdScanScreen</name>
    <message>
        <source>Scan your ID card</source>
        <translation>Отсканируйте удостоверение личности</translation>
    </message>
    <message>
        <source>The kiosk can read your details from the back of your identity card, so you do not have to type them.</source>
        <translation>Терминал может считать ваши данные с обратной стороны удостоверения личности, и вам не придётся их вводить.</translation>
    </message>
    <message>
        <source>The kiosk can read your details from the chip of your identity card, so you do not have to type them.</source>
        <translation>Киоск может считать ваши данные с чипа удостоверения личности, чтобы вам не пришлось их вводить.</translation>
    </message>
    <message>
        <source>It will read:</source>
        <translation>Будут считаны:</translation>
    </message>
    <message>
        <source>The kiosk reads your card only to fill in this form. Nothing is kept after you finish.</source>
        <translation>Терминал считывает удостоверение только для заполнения этого бланка. После завершения ничего не сохраняется.</translation>
    </message>
    <message>
        <source>Scan my ID card</source>
        <translation>Отсканировать удостоверение</translation>
    </message>
    <message>
        <source>Place your card on the reader</source>
        <translation>Положите карту на считыватель</translation>
    </message>
    <message>
        <source>Hold the card in front of the camera, about a hand&apos;s width away. It may take a few seconds.</source>
        <translation>Держите удостоверение перед камерой на расстоянии ладони. Это может занять несколько секунд.</translation>
    </message>
    <message>
        <source>We could not read your card</source>
        <translation>Не удалось считать удостоверение</translation>
    </message>
    <message>
        <source>The camera is not working. Type your details instead.</source>
        <translation>Камера не работает. Введите данные вручную.</translation>
    </message>
    <message>
        <source>The card may be worn, or a light may be reflecting on it. You can try again, or type your details. It takes a minute.</source>
        <translation>Возможно, удостоверение потёрто или на нём блик. Можно попробовать ещё раз или ввести данные вручную. Это займёт минуту.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Попробовать ещё раз</translation>
    </message>
    <message>
        <source>Type it in instead</source>
        <translation>Ввести данные вручную</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message numerus="yes">
        <source>To protect your data, this session will end in %n second(s) and everything you entered will be deleted.</source>
        <translation>
            <numerusform>Чтобы защитить ваши данные, сеанс завершится через %n секунду, и всё, что вы ввели, будет удалено.</numerusform>
            <numerusform>Чтобы защитить ваши данные, сеанс завершится через %n секунды, и всё, что вы ввели, будет удалено.</numerusform>
            <numerusform>Чтобы защитить ваши данные, сеанс завершится через %n секунд, и всё, что вы ввели, будет удалено.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Мне нужно больше времени</translation>
    </message>
    <message>
        <source>Finish now and delete my data</source>
        <translation>Завершить сейчас и удалить мои данные</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>PaymentQrScreen</name>
    <message>
        <source>Pay on your phone</source>
        <translation>Оплата с телефона</translation>
    </message>
    <message>
        <source>Paid. Thank you.</source>
        <translation>Оплачено. Спасибо.</translation>
    </message>
    <message>
        <source>The town hall has received %1. Your phone shows the receipt.</source>
        <translation>Мэрия получила %1. Квитанция отображается на вашем телефоне.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Вернуться в начало</translation>
    </message>
    <message>
        <source>This payment code has run out of time. Nothing was paid.</source>
        <translation>Срок действия этого кода оплаты истёк. Оплата не произведена.</translation>
    </message>
    <message>
        <source>Make a new payment code</source>
        <translation>Создать новый код оплаты</translation>
    </message>
    <message>
        <source>Payment code for %1</source>
        <translation>Код оплаты на сумму %1</translation>
    </message>
    <message>
        <source>1. Open your phone&apos;s camera.</source>
        <translation>1. Откройте камеру телефона.</translation>
    </message>
    <message>
        <source>2. Point it at the code.</source>
        <translation>2. Наведите её на код.</translation>
    </message>
    <message>
        <source>3. Pay on the page that opens.</source>
        <translation>3. Оплатите на открывшейся странице.</translation>
    </message>
    <message>
        <source>This screen changes by itself when your payment has arrived.</source>
        <translation>Когда платёж поступит, этот экран обновится сам.</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Действителен до %1</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер платежа</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print a payment slip</source>
        <translation>Распечатать платёжную квитанцию</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Напечатать ещё раз</translation>
    </message>
    <message>
        <source>To pay at a bank or post office instead</source>
        <translation>Чтобы оплатить в банке или на почте</translation>
    </message>
</context>
<context>
    <name>PortalErrors</name>
    <message>
        <source>Something went wrong while talking to the town hall&apos;s server.</source>
        <translation>Произошла ошибка при обмене данными с сервером мэрии.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server cannot be reached right now.</source>
        <translation>Сервер мэрии сейчас недоступен.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server is taking too long to answer.</source>
        <translation>Сервер мэрии слишком долго не отвечает.</translation>
    </message>
    <message>
        <source>The connection to the town hall&apos;s server could not be verified as secure. Please ask the staff for help.</source>
        <translation>Не удалось убедиться, что соединение с сервером мэрии безопасно. Пожалуйста, обратитесь за помощью к сотрудникам.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server sent an answer the kiosk cannot read.</source>
        <translation>Сервер мэрии прислал ответ, который терминал не может прочитать.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server has a problem right now.</source>
        <translation>На сервере мэрии сейчас неполадки.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server is busy right now.</source>
        <translation>Сервер мэрии сейчас перегружен.</translation>
    </message>
    <message>
        <source>This request is still being processed. Please wait a moment.</source>
        <translation>Этот запрос ещё обрабатывается. Пожалуйста, подождите немного.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server did not accept this request. Please ask the staff for help.</source>
        <translation>Сервер мэрии не принял этот запрос. Пожалуйста, обратитесь за помощью к сотрудникам.</translation>
    </message>
    <message>
        <source>This kiosk is not allowed to connect to the town hall&apos;s server. Please ask the staff for help.</source>
        <translation>У этого терминала нет разрешения на подключение к серверу мэрии. Пожалуйста, обратитесь за помощью к сотрудникам.</translation>
    </message>
    <message>
        <source>This kiosk is not allowed to do this. Please ask the staff for help.</source>
        <translation>У этого терминала нет разрешения на это действие. Пожалуйста, обратитесь за помощью к сотрудникам.</translation>
    </message>
    <message>
        <source>Nothing was found. Please check the number and code you entered.</source>
        <translation>Ничего не найдено. Пожалуйста, проверьте введённые номер и код.</translation>
    </message>
    <message>
        <source>Some answers need to be corrected.</source>
        <translation>Некоторые ответы нужно исправить.</translation>
    </message>
    <message>
        <source>Your request is saved on this kiosk. It will be sent to the town hall as soon as the connection is back.</source>
        <translation>Ваше заявление сохранено на этом терминале. Оно будет отправлено в мэрию, как только восстановится связь.</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <source>The printer is out of paper.</source>
        <translation>В принтере закончилась бумага.</translation>
    </message>
    <message>
        <source>The paper is stuck in the printer.</source>
        <translation>В принтере застряла бумага.</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open.</source>
        <translation>Крышка принтера открыта.</translation>
    </message>
    <message>
        <source>The printer is switched off or not connected.</source>
        <translation>Принтер выключен или не подключён.</translation>
    </message>
    <message>
        <source>The printer has been stopped.</source>
        <translation>Принтер остановлен.</translation>
    </message>
    <message>
        <source>The printer is taking too long. Your paper may still come out.</source>
        <translation>Принтер долго не отвечает. Лист ещё может выйти.</translation>
    </message>
    <message>
        <source>The printer is not working right now.</source>
        <translation>Принтер сейчас не работает.</translation>
    </message>
    <message>
        <source>Please take a photo of your number or write it down.</source>
        <translation>Пожалуйста, сфотографируйте свой номер или запишите его.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Keep this receipt.</source>
        <translation>Сохраните эту квитанцию.</translation>
    </message>
    <message>
        <source>Keep this slip.</source>
        <translation>Сохраните эту квитанцию.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Напечатано: %1</translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation>Терминал %1</translation>
    </message>
    <message>
        <source>PRACTICE</source>
        <translation>ОБРАЗЕЦ</translation>
    </message>
    <message>
        <source>Practice only. Nothing was sent to the town hall.</source>
        <translation>Только для тренировки. В мэрию ничего не отправлено.</translation>
    </message>
    <message>
        <source>Scan this code with your phone to follow your request.</source>
        <translation>Отсканируйте код телефоном, чтобы следить за заявлением.</translation>
    </message>
    <message>
        <source>Scan this code with your phone to add the appointment to your calendar.</source>
        <translation>Отсканируйте код телефоном, чтобы добавить запись в календарь.</translation>
    </message>
    <message>
        <source>Scan this code with your phone to pay online.</source>
        <translation>Отсканируйте код телефоном, чтобы оплатить онлайн.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Check a request</source>
        <translation>Проверка заявления</translation>
    </message>
    <message>
        <source>Cancel an appointment</source>
        <translation>Отмена записи</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершены</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Брошены</translation>
    </message>
    <message>
        <source>Assisted by staff</source>
        <translation>С помощью сотрудника</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Самостоятельно</translation>
    </message>
    <message>
        <source>Practice sessions</source>
        <translation>Тренировочные сеансы</translation>
    </message>
    <message>
        <source>Workshop attendance</source>
        <translation>Участники мастер-классов</translation>
    </message>
    <message>
        <source>The kiosk’s own disk</source>
        <translation>Диск самого киоска</translation>
    </message>
    <message>
        <source>The report could not be written there. Is the USB stick full or read-only?</source>
        <translation>Не удалось записать отчёт туда. USB-накопитель заполнен или защищён от записи?</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Сохранено как %1</translation>
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
        <translation>Мэрия получила ваше заявление. Скоро ему присвоят регистрационный номер.</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Your request has a registration number and is waiting for a clerk to start on it.</source>
        <translation>Вашему заявлению присвоен регистрационный номер. Оно ждёт, когда им займётся сотрудник.</translation>
    </message>
    <message>
        <source>Being worked on</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>A clerk is working on your request.</source>
        <translation>Сотрудник работает над вашим заявлением.</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Нужны ваши действия</translation>
    </message>
    <message>
        <source>The town hall needs something from you before it can go on. Look for a letter, an email or a phone call from them, or ask at the front desk.</source>
        <translation>Чтобы продолжить, мэрии что-то нужно от вас. Ждите письма, электронного письма или звонка от мэрии или обратитесь к стойке информации.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Your request is finished. The town hall has sent you its answer, or will give it to you at the front desk.</source>
        <translation>Ваше заявление рассмотрено. Мэрия отправила вам ответ или выдаст его у стойки информации.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>The town hall could not do what you asked. Its answer says why, and how you can challenge the decision.</source>
        <translation>Мэрия не смогла выполнить вашу просьбу. В её ответе указано почему и как можно обжаловать это решение.</translation>
    </message>
    <message>
        <source>Sent to another office</source>
        <translation>Передано в другое учреждение</translation>
    </message>
    <message>
        <source>Another institution deals with this, so the town hall has sent your request on to them. They will answer you.</source>
        <translation>Этим занимается другое учреждение, поэтому мэрия передала ему ваше заявление. Ответ вы получите от него.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>This request was cancelled. Nothing more will be done with it.</source>
        <translation>Это заявление отменено. Больше по нему ничего делаться не будет.</translation>
    </message>
    <message>
        <source>Being dealt with</source>
        <translation>Рассматривается</translation>
    </message>
    <message>
        <source>Ask at the front desk if you want to know more about this step.</source>
        <translation>Если хотите узнать больше об этом этапе, обратитесь к стойке информации.</translation>
    </message>
</context>
<context>
    <name>ScrollPage</name>
    <message>
        <source>Scroll up</source>
        <translation>Прокрутить вверх</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Прокрутить вниз</translation>
    </message>
</context>
<context>
    <name>ServiceDetail</name>
    <message>
        <source>Free of charge</source>
        <translation>Бесплатно</translation>
    </message>
</context>
<context>
    <name>ServiceDetailScreen</name>
    <message>
        <source>Documents you need</source>
        <translation>Необходимые документы</translation>
    </message>
    <message>
        <source>No documents needed.</source>
        <translation>Документы не нужны.</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>How long it takes</source>
        <translation>Срок предоставления услуги</translation>
    </message>
    <message>
        <source>This is not part of a practice session: booking and paying would reach the town hall. Practise a request or a petition instead.</source>
        <translation>Это не входит в тренировку: запись и оплата дошли бы до мэрии. Потренируйтесь лучше на заявлении или петиции.</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Записаться на приём</translation>
    </message>
    <message>
        <source>See what you owe and pay</source>
        <translation>Узнать задолженность и оплатить</translation>
    </message>
    <message>
        <source>Write your petition</source>
        <translation>Написать обращение</translation>
    </message>
    <message>
        <source>Start your request</source>
        <translation>Начать заявление</translation>
    </message>
    <message>
        <source>You can also ask for this at the information desk.</source>
        <translation>Эту услугу можно также запросить у стойки информации.</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Staff menu</source>
        <translation>Меню сотрудника</translation>
    </message>
    <message>
        <source>Show me: highlight what to touch</source>
        <translation>Покажи: выделить, что нажать</translation>
    </message>
    <message>
        <source>I submit for someone who is not here</source>
        <translation>Я отправляю за человека, которого здесь нет</translation>
    </message>
    <message>
        <source>End the practice session</source>
        <translation>Завершить тренировку</translation>
    </message>
    <message>
        <source>Start a practice session</source>
        <translation>Начать тренировку</translation>
    </message>
    <message>
        <source>Sample person, nothing is sent</source>
        <translation>Вымышленный человек, ничего не отправляется</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Мастер-классы</translation>
    </message>
    <message>
        <source>Schedule and attendance</source>
        <translation>Расписание и посещаемость</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Anonymous figures, export CSV</source>
        <translation>Анонимные данные, экспорт CSV</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>The person continues alone</source>
        <translation>Человек продолжает сам</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Завершить сеанс</translation>
    </message>
    <message>
        <source>Delete everything entered</source>
        <translation>Удалить всё введённое</translation>
    </message>
</context>
<context>
    <name>StatusLookup</name>
    <message>
        <source>Enter the registration number from your receipt.</source>
        <translation>Введите регистрационный номер из квитанции.</translation>
    </message>
    <message>
        <source>A registration number has only digits and a slash, like 2026/000123. Check it on your receipt.</source>
        <translation>Регистрационный номер состоит только из цифр и косой черты, например 2026/000123. Проверьте его по квитанции.</translation>
    </message>
    <message>
        <source>Enter the access code from your receipt.</source>
        <translation>Введите код доступа из квитанции.</translation>
    </message>
    <message>
        <source>We could not find a request with this number and code. Check both on your receipt and try again.</source>
        <translation>Заявление с таким номером и кодом не найдено. Сверьте их с квитанцией и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>We could not find this request from its code. If your receipt has a registration number and an access code, type them in.</source>
        <translation>Не удалось найти заявление по этому коду. Если в квитанции есть регистрационный номер и код доступа, введите их.</translation>
    </message>
    <message>
        <source>What you typed is kept. Try again in a moment, or ask the staff for help.</source>
        <translation>Введённые данные сохранены. Попробуйте ещё раз чуть позже или обратитесь за помощью к сотрудникам.</translation>
    </message>
    <message>
        <source>We could not read a code. Hold the receipt closer, with the square code facing the camera, or type the number instead.</source>
        <translation>Не удалось прочитать код. Поднесите квитанцию ближе квадратным кодом к камере или введите номер вручную.</translation>
    </message>
    <message>
        <source>This code is not from a town hall receipt. Try the square code on your receipt, or type the number instead.</source>
        <translation>Этот код не с квитанции мэрии. Попробуйте квадратный код с вашей квитанции или введите номер вручную.</translation>
    </message>
    <message>
        <source>The camera is not working right now. Please type the number instead.</source>
        <translation>Камера сейчас не работает. Пожалуйста, введите номер вручную.</translation>
    </message>
    <message>
        <source>We read the registration number from your receipt. Now type the access code printed next to it.</source>
        <translation>Мы считали регистрационный номер с квитанции. Теперь введите код доступа, напечатанный рядом с ним.</translation>
    </message>
    <message>
        <source>Printed. Take the paper from the printer.</source>
        <translation>Напечатано. Возьмите лист из принтера.</translation>
    </message>
    <message>
        <source>The printer is not working right now. You can check the status again at any time with your receipt.</source>
        <translation>Принтер сейчас не работает. Вы можете снова проверить статус в любое время по квитанции.</translation>
    </message>
    <message>
        <source>You can check the status again at any time with your receipt.</source>
        <translation>Вы можете снова проверить статус в любое время по квитанции.</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Ожидается до</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>Status of your request</source>
        <translation>Статус вашего заявления</translation>
    </message>
</context>
<context>
    <name>StatusLookupScreen</name>
    <message>
        <source>Check a request</source>
        <translation>Проверить заявление</translation>
    </message>
    <message>
        <source>Type the registration number and the access code. Both are printed on your receipt.</source>
        <translation>Введите регистрационный номер и код доступа. Оба напечатаны в квитанции.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Попробовать ещё раз</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>For example 2026/000123</source>
        <translation>Например 2026/000123</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Код доступа</translation>
    </message>
    <message>
        <source>8 letters and digits, printed next to the registration number</source>
        <translation>8 букв и цифр, напечатаны рядом с регистрационным номером</translation>
    </message>
    <message>
        <source>Looking it up…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Check the status</source>
        <translation>Проверить статус</translation>
    </message>
    <message>
        <source>Or</source>
        <translation>Или</translation>
    </message>
    <message>
        <source>Scan the QR code on your receipt</source>
        <translation>Отсканируйте QR-код с квитанции</translation>
    </message>
    <message>
        <source>Hold the receipt in front of the camera</source>
        <translation>Поднесите квитанцию к камере</translation>
    </message>
    <message>
        <source>Scan your receipt</source>
        <translation>Отсканируйте квитанцию</translation>
    </message>
    <message>
        <source>Hold your receipt in front of the camera, with the square code facing it. Keep it still for a moment.</source>
        <translation>Поднесите квитанцию к камере квадратным кодом к ней. Подержите её неподвижно несколько секунд.</translation>
    </message>
    <message>
        <source>Type the number instead</source>
        <translation>Ввести номер вручную</translation>
    </message>
</context>
<context>
    <name>StatusTimelineScreen</name>
    <message>
        <source>Your request</source>
        <translation>Ваше заявление</translation>
    </message>
    <message>
        <source>Registration number %1</source>
        <translation>Регистрационный номер %1</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Текущий статус</translation>
    </message>
    <message>
        <source>We expect to answer by %1.</source>
        <translation>Ответ ожидается до %1.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print this status</source>
        <translation>Распечатать статус</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Напечатать ещё раз</translation>
    </message>
    <message>
        <source>Check another request</source>
        <translation>Проверить другое заявление</translation>
    </message>
    <message>
        <source>What has happened so far</source>
        <translation>Что уже сделано</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (сейчас)</translation>
    </message>
</context>
<context>
    <name>StreetPicker</name>
    <message>
        <source>Keep this street</source>
        <translation>Оставить эту улицу</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Change the street</source>
        <translation>Изменить улицу</translation>
    </message>
    <message>
        <source>Type the first letters of the street name</source>
        <translation>Введите первые буквы названия улицы</translation>
    </message>
    <message>
        <source>No street found. Check the spelling, or type fewer letters.</source>
        <translation>Улица не найдена. Проверьте написание или введите меньше букв.</translation>
    </message>
    <message>
        <source>Type more letters to see fewer streets</source>
        <translation>Введите больше букв, чтобы сузить список улиц</translation>
    </message>
</context>
<context>
    <name>Taxes</name>
    <message>
        <source>Nothing has been paid. Try again in a moment, or ask the staff for help.</source>
        <translation>Оплата не произведена. Попробуйте ещё раз чуть позже или обратитесь за помощью к сотрудникам.</translation>
    </message>
    <message>
        <source>Some of these amounts have changed, or are being paid right now. Go back and look them up again.</source>
        <translation>Некоторые суммы изменились или оплачиваются прямо сейчас. Вернитесь назад и запросите их заново.</translation>
    </message>
    <message>
        <source>Printed. Take the slip from the printer to pay at a bank or post office.</source>
        <translation>Напечатано. Возьмите квитанцию из принтера, чтобы оплатить в банке или на почте.</translation>
    </message>
    <message>
        <source>The printer is not working right now. To pay at a bank or post office, write down the order number: %1</source>
        <translation>Принтер сейчас не работает. Чтобы оплатить в банке или на почте, запишите номер платежа: %1</translation>
    </message>
    <message>
        <source>To pay at a bank or post office, take a photo of the order number or write it down: %1</source>
        <translation>Чтобы оплатить в банке или на почте, сфотографируйте номер платежа или запишите его: %1</translation>
    </message>
    <message>
        <source>Overdue: it was due on %1</source>
        <translation>Просрочено: срок оплаты был %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Оплатить до %1</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>За %1</translation>
    </message>
    <message>
        <source>Tick at least one to pay</source>
        <translation>Отметьте хотя бы один пункт для оплаты</translation>
    </message>
    <message>
        <source>Pay %1 on your phone</source>
        <translation>Оплатить %1 с телефона</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер платежа</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Личный номер</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действительно до</translation>
    </message>
    <message>
        <source>Payment slip</source>
        <translation>Платёжная квитанция</translation>
    </message>
    <message>
        <source>To pay in person, show this slip at the town hall&apos;s cash desk, a bank or a post office.</source>
        <translation>Чтобы оплатить лично, покажите эту квитанцию в кассе мэрии, в банке или на почте.</translation>
    </message>
    <message>
        <source>Or scan the code with your phone to pay online.</source>
        <translation>Или отсканируйте код телефоном, чтобы оплатить онлайн.</translation>
    </message>
</context>
<context>
    <name>TaxesListScreen</name>
    <message>
        <source>What you owe</source>
        <translation>Ваша задолженность</translation>
    </message>
    <message>
        <source>For personal number %1</source>
        <translation>Для личного номера %1</translation>
    </message>
    <message>
        <source>You owe nothing.</source>
        <translation>У вас нет задолженности.</translation>
    </message>
    <message>
        <source>There are no unpaid taxes or bills for this personal number.</source>
        <translation>По этому личному номеру нет неоплаченных налогов и счетов.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Вернуться в начало</translation>
    </message>
    <message>
        <source>Tick what you want to pay now. Everything is ticked to start with.</source>
        <translation>Отметьте то, что хотите оплатить сейчас. Сначала отмечено всё.</translation>
    </message>
    <message>
        <source>Total to pay now (%1 of %2)</source>
        <translation>Итого к оплате сейчас (%1 из %2)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Попробовать ещё раз</translation>
    </message>
    <message>
        <source>Making your payment code…</source>
        <translation>Создаём код оплаты…</translation>
    </message>
    <message>
        <source>You will get a code to scan with your phone</source>
        <translation>Вы получите код, который нужно отсканировать телефоном</translation>
    </message>
</context>
<context>
    <name>TaxesLookup</name>
    <message>
        <source>Personal numeric code (CNP)</source>
        <translation>Личный код (CNP)</translation>
    </message>
    <message>
        <source>Personal identification number (IDNP)</source>
        <translation>Государственный идентификационный номер (IDNP)</translation>
    </message>
    <message>
        <source>Personal number (EGN)</source>
        <translation>Единый гражданский номер (ЕГН)</translation>
    </message>
    <message>
        <source>Taxpayer number (RNOKPP)</source>
        <translation>Налоговый номер (РНОКПП)</translation>
    </message>
    <message>
        <source>Enter your %1. It is on your identity card.</source>
        <translation>Введите ваш %1. Он указан в удостоверении личности.</translation>
    </message>
    <message>
        <source>Your %1 has only digits. Type just the digits.</source>
        <translation>Ваш %1 состоит только из цифр. Вводите только цифры.</translation>
    </message>
    <message>
        <source>Your %1 has %2 digits. You typed %3.</source>
        <translation>Ваш %1 состоит из %2 цифр. Вы ввели: %3.</translation>
    </message>
    <message>
        <source>This %1 is not right. Check each digit against your identity card.</source>
        <translation>В номере %1 ошибка. Сверьте каждую цифру с удостоверением личности.</translation>
    </message>
</context>
<context>
    <name>TaxesLookupScreen</name>
    <message>
        <source>Taxes and bills</source>
        <translation>Налоги и счета</translation>
    </message>
    <message>
        <source>Type your personal number to see what you owe. Nothing is paid until you choose to pay.</source>
        <translation>Введите личный номер, чтобы узнать задолженность. Ничего не оплачивается, пока вы сами не решите оплатить.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Попробовать ещё раз</translation>
    </message>
    <message>
        <source>%1 digits, printed on your identity card</source>
        <translation>%1 цифр, как в удостоверении личности</translation>
    </message>
    <message>
        <source>Looking it up…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Show what I owe</source>
        <translation>Показать задолженность</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Help</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Язык: %1</translation>
    </message>
    <message>
        <source>Text and contrast</source>
        <translation>Текст и контраст</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Delete my data</source>
        <translation>Удалить мои данные</translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <source>Give the workshop a title.</source>
        <translation>Дайте мастер-классу название.</translation>
    </message>
    <message>
        <source>This date and time have passed. Choose a later one.</source>
        <translation>Эти дата и время уже прошли. Выберите более поздние.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Удалено: %1</translation>
    </message>
    <message>
        <source>Enter how many people came (0 if nobody came).</source>
        <translation>Введите, сколько человек пришло (0, если никто).</translation>
    </message>
    <message>
        <source>Attendance recorded for %1: %2</source>
        <translation>Посещаемость записана для «%1»: %2</translation>
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
        <translation>Нет</translation>
    </message>
</context>
</TS>
