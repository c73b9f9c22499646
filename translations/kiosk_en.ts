<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Attract</name>
    <message>
        <source>Touch the screen to start</source>
        <translation>Touch the screen to start</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
    <message>
        <source>Request certificates and documents without queuing</source>
        <translation>Request certificates and documents without queuing</translation>
    </message>
    <message>
        <source>Check the status of your request with the code on your receipt</source>
        <translation>Check the status of your request with the code on your receipt</translation>
    </message>
    <message>
        <source>Scan your identity card to fill in forms faster</source>
        <translation>Scan your identity card to fill in forms faster</translation>
    </message>
    <message>
        <source>Everything you enter is deleted when you finish</source>
        <translation>Everything you enter is deleted when you finish</translation>
    </message>
</context>
<context>
    <name>BackBar</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>Calculator</name>
    <message>
        <source>Cannot divide by zero</source>
        <translation>Cannot divide by zero</translation>
    </message>
    <message>
        <source>Number too large</source>
        <translation>Number too large</translation>
    </message>
</context>
<context>
    <name>CalculatorScreen</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>C</source>
        <comment>calculator key that clears everything</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Delete last digit</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>Divide</source>
        <translation>Divide</translation>
    </message>
    <message>
        <source>Multiply</source>
        <translation>Multiply</translation>
    </message>
    <message>
        <source>Subtract</source>
        <translation>Subtract</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Change sign</source>
        <translation>Change sign</translation>
    </message>
    <message>
        <source>Decimal point</source>
        <translation>Decimal point</translation>
    </message>
    <message>
        <source>Equals</source>
        <translation>Equals</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Calculator</translation>
    </message>
    <message>
        <source>Your calculations</source>
        <translation>Your calculations</translation>
    </message>
    <message>
        <source>Results appear here. They are deleted when you finish.</source>
        <translation>Results appear here. They are deleted when you finish.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Open: %1</source>
        <translation>Open: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>Open now, until %1</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Closed now</translation>
    </message>
    <message>
        <source>Closed now. Opens %1 at %2</source>
        <translation>Closed now. Opens %1 at %2</translation>
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
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>public holiday</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Public holidays this month</source>
        <translation>Public holidays this month</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Text and contrast</source>
        <translation>Text and contrast</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Normal text</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <source>Normal colours</source>
        <translation>Normal colours</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Touch the service you need, or type a word in the box at the top, for example &quot;certificate&quot;.</source>
        <translation>Touch the service you need, or type a word in the box at the top, for example &quot;certificate&quot;.</translation>
    </message>
    <message>
        <source>This page says which documents you need, what it costs and how long it takes.</source>
        <translation>This page says which documents you need, what it costs and how long it takes.</translation>
    </message>
    <message>
        <source>Touch the numbers and signs as on a pocket calculator. Your results are listed on the right.</source>
        <translation>Touch the numbers and signs as on a pocket calculator. Your results are listed on the right.</translation>
    </message>
    <message>
        <source>Days in red are public holidays. Touch a day to see the opening hours.</source>
        <translation>Days in red are public holidays. Touch a day to see the opening hours.</translation>
    </message>
    <message>
        <source>Touch the language you speak.</source>
        <translation>Touch the language you speak.</translation>
    </message>
    <message>
        <source>The &quot;Finish&quot; button at the top right deletes everything you entered.</source>
        <translation>The &quot;Finish&quot; button at the top right deletes everything you entered.</translation>
    </message>
    <message>
        <source>I need help from a member of staff</source>
        <translation>I need help from a member of staff</translation>
    </message>
    <message>
        <source>Please go to the information desk or wave to a member of staff: they will come to help you.</source>
        <translation>Please go to the information desk or wave to a member of staff: they will come to help you.</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Day after New Year&apos;s Day</source>
        <translation>Day after New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation>Epiphany</translation>
    </message>
    <message>
        <source>Synaxis of Saint John the Baptist</source>
        <translation>Synaxis of Saint John the Baptist</translation>
    </message>
    <message>
        <source>Union Day</source>
        <translation>Union Day</translation>
    </message>
    <message>
        <source>Pentecost Sunday</source>
        <translation>Pentecost Sunday</translation>
    </message>
    <message>
        <source>Pentecost Monday</source>
        <translation>Pentecost Monday</translation>
    </message>
    <message>
        <source>Dormition of the Mother of God</source>
        <translation>Dormition of the Mother of God</translation>
    </message>
    <message>
        <source>Saint Andrew&apos;s Day</source>
        <translation>Saint Andrew&apos;s Day</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>National Day</translation>
    </message>
    <message>
        <source>Second Day of Christmas (Old Style)</source>
        <translation>Second Day of Christmas (Old Style)</translation>
    </message>
    <message>
        <source>Memorial Easter</source>
        <translation>Memorial Easter</translation>
    </message>
    <message>
        <source>Victory Day and Europe Day</source>
        <translation>Victory Day and Europe Day</translation>
    </message>
    <message>
        <source>Victory Day</source>
        <translation>Victory Day</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Independence Day</translation>
    </message>
    <message>
        <source>National Language Day</source>
        <translation>National Language Day</translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation>Liberation Day</translation>
    </message>
    <message>
        <source>Holy Saturday</source>
        <translation>Holy Saturday</translation>
    </message>
    <message>
        <source>Saint George&apos;s Day and Day of the Bulgarian Army</source>
        <translation>Saint George&apos;s Day and Day of the Bulgarian Army</translation>
    </message>
    <message>
        <source>Day of Bulgarian Education, Culture and Slavic Script</source>
        <translation>Day of Bulgarian Education, Culture and Slavic Script</translation>
    </message>
    <message>
        <source>Unification Day</source>
        <translation>Unification Day</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Christmas Eve</translation>
    </message>
    <message>
        <source>Day off in lieu of a public holiday</source>
        <translation>Day off in lieu of a public holiday</translation>
    </message>
    <message>
        <source>Trinity Sunday</source>
        <translation>Trinity Sunday</translation>
    </message>
    <message>
        <source>Labour Day (second day)</source>
        <translation>Labour Day (second day)</translation>
    </message>
    <message>
        <source>Day of Remembrance and Victory</source>
        <translation>Day of Remembrance and Victory</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Constitution Day</translation>
    </message>
    <message>
        <source>Statehood Day</source>
        <translation>Statehood Day</translation>
    </message>
    <message>
        <source>Defenders&apos; Day</source>
        <translation>Defenders&apos; Day</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Good Friday</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Easter Sunday</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <source>Children&apos;s Day</source>
        <translation>Children&apos;s Day</translation>
    </message>
    <message>
        <source>International Women&apos;s Day</source>
        <translation>International Women&apos;s Day</translation>
    </message>
    <message>
        <source>Christmas (Old Style)</source>
        <translation>Christmas (Old Style)</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Christmas Day</translation>
    </message>
    <message>
        <source>Second Day of Christmas</source>
        <translation>Second Day of Christmas</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What do you need?</source>
        <translation>What do you need?</translation>
    </message>
    <message>
        <source>Nothing found. Try another word, or choose from the list below.</source>
        <translation>Nothing found. Try another word, or choose from the list below.</translation>
    </message>
    <message>
        <source>Also on this kiosk</source>
        <translation>Also on this kiosk</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Calculator</translation>
    </message>
    <message>
        <source>Add up fees and taxes</source>
        <translation>Add up fees and taxes</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Opening hours and public holidays</source>
        <translation>Opening hours and public holidays</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <source>To protect your data, this session will end in %n second(s) and everything you entered will be deleted.</source>
        <translation>
            <numerusform>To protect your data, this session will end in %n second and everything you entered will be deleted.</numerusform>
            <numerusform>To protect your data, this session will end in %n seconds and everything you entered will be deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>I need more time</translation>
    </message>
    <message>
        <source>Finish now and delete my data</source>
        <translation>Finish now and delete my data</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PortalErrors</name>
    <message>
        <source>Something went wrong while talking to the town hall&apos;s server.</source>
        <translation>Something went wrong while talking to the town hall&apos;s server.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server cannot be reached right now.</source>
        <translation>The town hall&apos;s server cannot be reached right now.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server is taking too long to answer.</source>
        <translation>The town hall&apos;s server is taking too long to answer.</translation>
    </message>
    <message>
        <source>The connection to the town hall&apos;s server could not be verified as secure. Please ask the staff for help.</source>
        <translation>The connection to the town hall&apos;s server could not be verified as secure. Please ask the staff for help.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server sent an answer the kiosk cannot read.</source>
        <translation>The town hall&apos;s server sent an answer the kiosk cannot read.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server has a problem right now.</source>
        <translation>The town hall&apos;s server has a problem right now.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server is busy right now.</source>
        <translation>The town hall&apos;s server is busy right now.</translation>
    </message>
    <message>
        <source>This request is still being processed. Please wait a moment.</source>
        <translation>This request is still being processed. Please wait a moment.</translation>
    </message>
    <message>
        <source>The town hall&apos;s server did not accept this request. Please ask the staff for help.</source>
        <translation>The town hall&apos;s server did not accept this request. Please ask the staff for help.</translation>
    </message>
    <message>
        <source>This kiosk is not allowed to connect to the town hall&apos;s server. Please ask the staff for help.</source>
        <translation>This kiosk is not allowed to connect to the town hall&apos;s server. Please ask the staff for help.</translation>
    </message>
    <message>
        <source>This kiosk is not allowed to do this. Please ask the staff for help.</source>
        <translation>This kiosk is not allowed to do this. Please ask the staff for help.</translation>
    </message>
    <message>
        <source>Nothing was found. Please check the number and code you entered.</source>
        <translation>Nothing was found. Please check the number and code you entered.</translation>
    </message>
    <message>
        <source>Some answers need to be corrected.</source>
        <translation>Some answers need to be corrected.</translation>
    </message>
    <message>
        <source>Your request is saved on this kiosk. It will be sent to the town hall as soon as the connection is back.</source>
        <translation>Your request is saved on this kiosk. It will be sent to the town hall as soon as the connection is back.</translation>
    </message>
</context>
<context>
    <name>ScrollPage</name>
    <message>
        <source>Scroll up</source>
        <translation>Scroll up</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Scroll down</translation>
    </message>
</context>
<context>
    <name>ServiceDetail</name>
    <message>
        <source>Free of charge</source>
        <translation>Free of charge</translation>
    </message>
</context>
<context>
    <name>ServiceDetailScreen</name>
    <message>
        <source>Documents you need</source>
        <translation>Documents you need</translation>
    </message>
    <message>
        <source>No documents needed.</source>
        <translation>No documents needed.</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>How long it takes</source>
        <translation>How long it takes</translation>
    </message>
    <message>
        <source>You can also ask for this at the information desk.</source>
        <translation>You can also ask for this at the information desk.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Text and contrast</source>
        <translation>Text and contrast</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Delete my data</source>
        <translation>Delete my data</translation>
    </message>
</context>
</TS>
