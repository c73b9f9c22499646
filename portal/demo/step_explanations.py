"""Why each kind of form step is asked, in plain words and six languages.

Guided mode on the kiosk (library staff helping someone) shows these beside the step,
together with each field's help text (which says where the answer is found). They go
into the form's i18n as ``steps.<name>.why``; a client that does not know the key
ignores it, so the form documents stay backward-compatible.
"""

# Translated sentences are kept whole so translators can read them; they may run long.
# ruff: noqa: E501

from __future__ import annotations

from portal.demo.texts import L

STEP_WHY: dict[str, dict[str, str]] = {
    "you": L(
        ro="Instituția trebuie să știe cine face cererea, ca documentul să fie eliberat pe numele potrivit. Totul se găsește în actul de identitate.",
        ru="Учреждению нужно знать, кто подаёт заявление, чтобы документ был выдан на правильное имя. Всё это есть в удостоверении личности.",
        uk="Установі потрібно знати, хто подає заяву, щоб документ видали на правильне ім'я. Усе це є в посвідченні особи.",
        bg="Институцията трябва да знае кой подава заявлението, за да издаде документа на правилното име. Всичко е в личната карта.",
        hu="A hivatalnak tudnia kell, ki kéri, hogy az iratot a megfelelő névre állítsa ki. Minden megtalálható a személyi igazolványban.",
        en="The office needs to know who is asking, so the document is issued in the right name. Everything is on the identity card.",
    ),
    "address": L(
        ro="Adresa arată de care primărie țineți și unde se trimite răspunsul. O găsiți în actul de identitate, la „Domiciliu”.",
        ru="Адрес показывает, к какой мэрии вы относитесь и куда отправить ответ. Он указан в удостоверении личности.",
        uk="Адреса показує, до якої мерії ви належите і куди надіслати відповідь. Вона є в посвідченні особи.",
        bg="Адресът показва към кое кметство принадлежите и къде да се изпрати отговорът. Той е в личната карта.",
        hu="A lakcím mutatja, melyik hivatalhoz tartozik, és hová küldik a választ. A személyi igazolványban áll.",
        en="The address shows which town hall you belong to and where the answer goes. It is on the identity card.",
    ),
    "property": L(
        ro="Funcționarul găsește imobilul în registre după aceste date. Le găsiți în extrasul de carte funciară sau în actul de proprietate.",
        ru="Служащий находит объект в реестрах по этим данным. Они есть в выписке из земельной книги или в документе о собственности.",
        uk="Службовець знаходить об'єкт у реєстрах за цими даними. Вони є у витягу із земельної книги або в документі про власність.",
        bg="Служителят намира имота в регистрите по тези данни. Те са в извлечението от поземлената книга или в документа за собственост.",
        hu="Az ügyintéző ezek alapján találja meg az ingatlant a nyilvántartásban. A telekkönyvi kivonatban vagy a tulajdoni iratban találja.",
        en="The clerk finds the property in the registers with these details. They are in the land-register extract or the deed.",
    ),
    "request": L(
        ro="Aici spuneți ce anume cereți și pentru ce; de asta depinde ce document primiți și cât durează.",
        ru="Здесь вы говорите, что именно просите и для чего; от этого зависит, какой документ вы получите и сколько это займёт.",
        uk="Тут ви кажете, що саме просите і для чого; від цього залежить, який документ ви отримаєте і скільки це триватиме.",
        bg="Тук казвате какво точно искате и за какво; от това зависи какъв документ ще получите и колко ще отнеме.",
        hu="Itt mondja meg, pontosan mit és mire kér; ettől függ, milyen iratot kap és mennyi ideig tart.",
        en="Here you say what exactly you ask for and why; that decides which document you get and how long it takes.",
    ),
    "contact": L(
        ro="Ca funcționarul să vă poată anunța sau întreba ceva. Telefonul și e-mailul sunt ale dumneavoastră; nu sunt într-un document.",
        ru="Чтобы служащий мог сообщить вам или что-то уточнить. Телефон и почта — ваши собственные, их нет в документах.",
        uk="Щоб службовець міг повідомити вас або щось уточнити. Телефон і пошта — ваші власні, їх немає в документах.",
        bg="За да може служителят да ви уведоми или да попита нещо. Телефонът и имейлът са ваши; не са в документ.",
        hu="Hogy az ügyintéző értesíthesse vagy kérdezhessen. A telefonszám és az e-mail a sajátja, nem szerepel iratban.",
        en="So the clerk can tell you or ask you something. Phone and email are your own; they are not on any document.",
    ),
    "delivery": L(
        ro="Alegeți cum primiți documentul; pentru poștă sau e-mail e nevoie de adresa respectivă.",
        ru="Выберите, как получить документ; для почты или e-mail нужен соответствующий адрес.",
        uk="Виберіть, як отримати документ; для пошти чи e-mail потрібна відповідна адреса.",
        bg="Изберете как да получите документа; за поща или имейл е нужен съответният адрес.",
        hu="Válassza ki, hogyan kapja meg az iratot; postához vagy e-mailhez a megfelelő cím kell.",
        en="Choose how you receive the document; post or email needs that address.",
    ),
    "consent": L(
        ro="Legea (GDPR) cere acordul dumneavoastră ca datele să fie folosite pentru această cerere, și numai pentru ea.",
        ru="Закон о защите данных требует вашего согласия, чтобы данные использовались для этого заявления и только для него.",
        uk="Закон про захист даних вимагає вашої згоди, щоб дані використовувалися для цієї заяви й лише для неї.",
        bg="Законът (GDPR) изисква вашето съгласие данните да се използват за това заявление и само за него.",
        hu="A törvény (GDPR) hozzájárulását kéri ahhoz, hogy adatait erre a kérelemre és csak erre használják.",
        en="The law (GDPR) asks for your consent that your details are used for this request, and only for it.",
    ),
}
