<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="en">
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
        <source>You can also ask for this at the information desk.</source>
        <translation>Цю послугу можна також замовити біля інформаційної стійки.</translation>
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
</TS>
