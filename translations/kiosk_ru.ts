<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
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
        <source>You can also ask for this at the information desk.</source>
        <translation>Эту услугу можно также запросить у стойки информации.</translation>
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
</TS>
