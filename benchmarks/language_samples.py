"""Short news openings written for the language benchmark (benchmarks/language.py): three in each
language briefing briefs other than English (English comes from ../shared/data), two in each of
some languages it does not brief, named by ISO 639-1 code."""

SUPPORTED = {
    "de": (
        "Der Stadtrat hat am Dienstag den Bau einer neuen Brücke über den Rhein beschlossen. Die Kosten werden "
        "auf 240 Millionen Euro geschätzt.",
        "Nach tagelangen Regenfällen sind in Bayern mehrere Dörfer überflutet. Die Feuerwehr evakuierte in der "
        "Nacht rund 300 Menschen.",
        "Die Inflation ist im November überraschend gesunken. Ökonomen rechnen dennoch nicht mit einer baldigen "
        "Zinssenkung durch die Notenbank.",
    ),
    "fr": (
        "Le conseil municipal a approuvé mardi la construction d'un nouveau pont sur la Loire. Le coût est estimé "
        "à 240 millions d'euros.",
        "Après plusieurs jours de pluie, des villages de Bretagne sont inondés. Les pompiers ont évacué environ "
        "300 personnes pendant la nuit.",
        "L'inflation a reculé en novembre plus que prévu. Les économistes n'attendent pourtant pas de baisse des "
        "taux dans l'immédiat.",
    ),
    "es": (
        "El ayuntamiento aprobó el martes la construcción de un nuevo puente sobre el río. El coste se estima en "
        "240 millones de euros.",
        "Tras varios días de lluvias, varios pueblos de Valencia están inundados. Los bomberos evacuaron a unas "
        "300 personas durante la noche.",
        "La inflación bajó en noviembre más de lo previsto. Los economistas no esperan, sin embargo, una rebaja de "
        "los tipos de interés.",
    ),
    "it": (
        "Il consiglio comunale ha approvato martedì la costruzione di un nuovo ponte sul fiume. Il costo è stimato "
        "in 240 milioni di euro.",
        "Dopo giorni di pioggia, diversi paesi della Liguria sono allagati. I vigili del fuoco hanno evacuato "
        "circa 300 persone durante la notte.",
        "L'inflazione è scesa a novembre più del previsto. Gli economisti però non si aspettano un taglio dei "
        "tassi a breve.",
    ),
    "pt": (
        "A câmara municipal aprovou na terça-feira a construção de uma nova ponte sobre o rio. O custo está "
        "estimado em 240 milhões de euros.",
        "Depois de vários dias de chuva, várias aldeias do norte estão inundadas. Os bombeiros retiraram cerca "
        "de 300 pessoas durante a noite.",
        "A inflação caiu em novembro mais do que o esperado. Os economistas não esperam, no entanto, uma descida "
        "das taxas de juro.",
    ),
    "sv": (
        "Kommunfullmäktige beslutade i tisdags att bygga en ny bro över älven. Kostnaden beräknas till 240 "
        "miljoner kronor.",
        "Efter flera dagars regn står flera byar i Värmland under vatten. Räddningstjänsten evakuerade omkring "
        "300 personer under natten.",
        "Inflationen sjönk mer än väntat i november. Ekonomerna tror ändå inte att Riksbanken sänker räntan "
        "inom kort.",
    ),
    "cs": (
        "Zastupitelstvo v úterý schválilo stavbu nového mostu přes řeku. Náklady se odhadují na 240 milionů "
        "korun.",
        "Po několika dnech deště jsou některé vesnice na Moravě pod vodou. Hasiči během noci evakuovali asi 300 "
        "lidí.",
        "Inflace v listopadu klesla víc, než se čekalo. Ekonomové přesto nečekají, že centrální banka brzy sníží "
        "sazby.",
    ),
    "sk": (
        "Mestské zastupiteľstvo v utorok schválilo stavbu nového mosta cez rieku. Náklady sa odhadujú na 240 "
        "miliónov eur.",
        "Po niekoľkých dňoch dažďa sú viaceré obce na východe pod vodou. Hasiči počas noci evakuovali asi 300 "
        "ľudí.",
        "Inflácia v novembri klesla viac, ako sa čakalo. Ekonómovia napriek tomu neočakávajú, že centrálna banka "
        "čoskoro zníži sadzby.",
    ),
    "pl": (
        "Rada miasta zatwierdziła we wtorek budowę nowego mostu na Wiśle. Koszt szacuje się na 240 milionów "
        "złotych.",
        "Po kilku dniach ulewnych deszczy kilka wsi na Podkarpaciu jest zalanych. Strażacy ewakuowali w nocy "
        "około 300 osób.",
        "Inflacja spadła w listopadzie bardziej, niż oczekiwano. Ekonomiści nie spodziewają się jednak szybkiej "
        "obniżki stóp procentowych.",
    ),
    "uk": (
        "Міська рада у вівторок схвалила будівництво нового мосту через Дніпро. Вартість оцінюють у 240 мільйонів "
        "гривень.",
        "Після кількох днів злив кілька сіл на заході країни затоплено. Рятувальники вночі евакуювали близько 300 "
        "людей.",
        "Інфляція в листопаді сповільнилася більше, ніж очікували. Проте економісти не чекають найближчим часом "
        "зниження облікової ставки.",
    ),
    "el": (
        "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη την κατασκευή νέας γέφυρας στον ποταμό. Το κόστος εκτιμάται σε "
        "240 εκατομμύρια ευρώ.",
        "Μετά από αρκετές ημέρες βροχής, χωριά της Θεσσαλίας έχουν πλημμυρίσει. Οι πυροσβέστες απομάκρυναν "
        "περίπου 300 ανθρώπους κατά τη διάρκεια της νύχτας.",
        "Ο πληθωρισμός υποχώρησε τον Νοέμβριο περισσότερο από το αναμενόμενο. Οι οικονομολόγοι ωστόσο δεν "
        "περιμένουν σύντομα μείωση των επιτοκίων.",
    ),
}

UNSUPPORTED = {
    "nl": (
        "De gemeenteraad heeft dinsdag ingestemd met de bouw van een nieuwe brug over de rivier. De kosten worden "
        "geschat op 240 miljoen euro.",
        "Na dagen van regen staan verschillende dorpen in Limburg onder water. De brandweer heeft 's nachts "
        "ongeveer 300 mensen geëvacueerd.",
    ),
    "da": (
        "Byrådet vedtog tirsdag at bygge en ny bro over åen. Udgifterne anslås til 240 millioner kroner.",
        "Efter flere dages regn står flere landsbyer i Jylland under vand. Beredskabet evakuerede i nat omkring "
        "300 mennesker.",
    ),
    "no": (
        "Bystyret vedtok tirsdag å bygge en ny bru over elva. Kostnaden er beregnet til 240 millioner kroner.",
        "Etter flere dager med regn står flere bygder på Vestlandet under vann. Brannvesenet evakuerte rundt 300 "
        "mennesker i løpet av natten.",
    ),
    "ro": (
        "Consiliul local a aprobat marți construcția unui nou pod peste râu. Costul este estimat la 240 de "
        "milioane de lei.",
        "După câteva zile de ploi, mai multe sate din Moldova sunt inundate. Pompierii au evacuat peste noapte "
        "aproximativ 300 de persoane.",
    ),
    "ru": (
        "Городской совет во вторник одобрил строительство нового моста через реку. Стоимость оценивается в 240 "
        "миллионов рублей.",
        "После нескольких дней дождей несколько деревень на юге затоплены. Спасатели ночью эвакуировали около 300 "
        "человек.",
    ),
    "fi": (
        "Kaupunginvaltuusto hyväksyi tiistaina uuden sillan rakentamisen joen yli. Kustannusten arvioidaan olevan "
        "240 miljoonaa euroa.",
        "Useiden sadepäivien jälkeen monet kylät ovat veden vallassa. Pelastuslaitos evakuoi yön aikana noin 300 "
        "ihmistä.",
    ),
    "hu": (
        "A városi közgyűlés kedden jóváhagyta egy új híd építését a folyó felett. A költséget 240 millió forintra "
        "becsülik.",
        "Több napos esőzés után több falu víz alá került. A tűzoltók az éjszaka folyamán mintegy 300 embert "
        "evakuáltak.",
    ),
    "tr": (
        "Belediye meclisi salı günü nehir üzerine yeni bir köprü yapılmasını onayladı. Maliyetin 240 milyon lira "
        "olduğu tahmin ediliyor.",
        "Günlerdir süren yağışların ardından birçok köy sular altında kaldı. İtfaiye gece boyunca yaklaşık 300 "
        "kişiyi tahliye etti.",
    ),
    "hr": (
        "Gradsko vijeće u utorak je odobrilo izgradnju novog mosta preko rijeke. Trošak se procjenjuje na 240 "
        "milijuna eura.",
        "Nakon nekoliko dana kiše nekoliko je sela u Slavoniji poplavljeno. Vatrogasci su tijekom noći evakuirali "
        "oko 300 ljudi.",
    ),
}
