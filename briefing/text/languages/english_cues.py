"""English's cues: the words and phrases the text layer reads a sentence by (record.Cues says what each
is). English is the language whose cues the text layer reads, whatever the article's language (a record
without cues of its own borrows these); they are kept apart from English's record (english.py), which
they would more than double."""

from __future__ import annotations

import re

from briefing.text.languages.record import Cues

# "it" as an expletive, not a pronoun: "it's no surprise", "it was announced", "it seems"
_NO_EXPLETIVE = (r"(?!['’]s no\b| (?:is|was) no\b| (?:seems|appears|emerged)\b| (?:is|was|has been) (?:announced|"
                 r"reported|revealed|claimed|thought|believed|understood|expected|said|feared|hoped|estimated|likely|"
                 r"unlikely|possible|clear|unclear|important|hard|easy|difficult|necessary|time)\b)")
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|urday|rsday)?\.?"
# "those" the sentence before named, not those that what follows says: "For those who want to apply, …",
# "Thousands of those affected by the floods …"
_THOSE_NAMED = r"those(?! (?:who|whom|aged|with|in|over|under|living|of|on|at|from|affected|seeking)\b)"
# a count or share of people or things: "Most of them", "A number of them", "2,000 of those", "The rest of them"
_COUNT = (r"(?:Most|Many|Some|All|None|Few|Several|Half|Each|Both|Either|Neither|Two|Three|Four|Five|Six|Seven|Eight|"
          r"Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|\d[\d,]*|Dozens|Scores|Hundreds|Thousands|Millions|"
          r"A (?:number|few|lot|handful|couple|third|quarter|half|fifth|majority|minority|fraction)|"
          r"The (?:rest|majority|remainder|bulk))")
# a superlative says which one of many: "One of the most …", "One of the country's biggest …", "One of Britain's …"
# (not a noun that ends as one does: "One of the hotel's guest rooms", "One of the protest leaders")
_SUPERLATIVE = (r"(?:most|least|worst|top|leading|(?!(?:guest|protest|interest|forest|arrest|request|contest|chest|"
                r"west|test|nest|quest|crest|conquest|harvest|inquest|honest|modest|rest|vest|zest|pest|jest)s?\b)\w+est)")

_DOCUMENT = (r"(?:report|study|statement|survey|letter|document|complaint|ruling|paper|research|analysis|poll|review|"
             r"audit|memo|filing|lawsuit|indictment|affidavit|notice|release)\b")

# The page's picture: "This is the moment …", "These heart-breaking snaps …", and a person it shows: "This was David
# Cameron yesterday as he got a full soaking …" (not "This was Barcelona at their most dominant", "This is Scotland in
# 2016")
_PICTURED = (r"This is the moment\b|(?:These|This|Those) (?:[\w’'-]+ ){0,3}(?:images?|pictures?|photos?|photographs?|"
             r"snaps?|videos?|footage|clips?)\b|(?-i:Th(?:is|at) (?:is|was) (?:[A-Z][\w’'-]+ ){1,3}(?:yesterday|today|"
             r"last night|earlier today|as (?:he|she|they)|pictured)\b)")

CUES = Cues(
    openers=frozenset(
        """he she it they them his her its their this that these those such however but and also whereas
        yet so still meanwhile instead moreover furthermore nevertheless nonetheless besides
        then thus hence therefore otherwise likewise similarly later another both
        nor or afterwards now there here indeed""".split()  # not "former": "Former Holland forward Patrick Kluivert …"
    ),
    pronouns=frozenset("he she it they them his her its their".split()),
    # a pronoun subject after an opening phrase that names no one: "An engineer by trade, he's been …",
    # "In 2005, they moved …" (not "After Smith resigned, he …", where the phrase names him), or a phrase of
    # time or place with no comma ("In July 1999 they asked …", "Two years later he played …"); an "it" after a
    # phrase that is no clause of its own ("At first glance, it doesn't look like much"; not "If the record
    # tops the chart, it will be …", nor the expletive "Given her attitude, it's no surprise …", "In 2010, it was
    # announced …"); a lede's points ahead (predicates._lede_stands)
    fronted_pronouns=re.compile(
        r"[A-Z][\w'’-]*(?:[^,.;:!?\"“”A-Z]){0,60}, (?:he|she|they|his|her|their)\b|"
        r"(?!(?:If|When|Unless|Once|Although|Though|While|Because|Whether|Until)\b)[A-Z][\w'’-]*"
        r"(?:[^,.;:!?\"“”A-Z]){0,60}, it\b" + _NO_EXPLETIVE + "|"
        r"(?:In|On|At|During|Within|Over|Throughout|Last|Earlier|Later|Next|Two|Three|Four|Five|Six|Several)"
        r"(?: (?!(?:is|was|are|were|has|have|had|will|would|said|says|did|does)\b)(?:[a-z0-9][\w'’-]*|" + _MONTH + "|" + _DAY
        + r")(?<!ed)){0,5} (?:(?:he|she|they)\b|it\b" + _NO_EXPLETIVE + r")(?= [a-z])"),
    connectives=re.compile(
        r"(?:In (?:addition(?! to)|turn|contrast|response(?! to)|return|other words|the meantime|that case|this case|"
        r"doing so)|As a result|As such|At the same time|On the other hand|Even (?:so|then)|That said|After all|"
        r"(?:Despite|Apart from|After|Because of|Due to|Before|Since|Until|By) (?:this|that|then)|Not only that|"
        # a place, thing or time the sentence before named: "On it, the Scotland midfielder …", "From there, …",
        # "Within that figure, …", "Despite those efforts, …" ("this" and "these" also point at the present)
        r"(?:In|On|At|From|With|Within|Under|Over|Inside|Behind|Beyond|Through|Without|For|Of|Among|Despite|"
        r"Apart from|Because of|Due to) (?:it|them|there|that|" + _THOSE_NAMED + r")\b(?!['’])|"
        # the next step of what the sentence before told: "Mata, according to the complaint, then used …",
        # "Williams then returned to her seat …", "The SAI official then took …": a name or "The …" and "then" (not
        # "The then minister", "Microsoft's then chief executive", "Shares rose and then fell", "If …, then …")
        r"(?!(?:If|When|Once|Unless|Only|And|But|Since|Until|Even|Back|Just|Now|Why|What|How|By|Every)\b)"
        r"(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}|The(?: [\w'’-]+){1,3})(?:, [^,]{1,60},)?(?<![Tt]he)(?<!['’]s)"
        r" then (?!again\b)[a-z]|"
        r"By contrast|For (?:his|her|their|its|our) part|For (?:instance|example)|To that end|With that|Well,|"
        r"(?:" + _COUNT + r" of|Of) (?:these|them|whom|" + _THOSE_NAMED + r")\b|Among (?:them|those|these)|"
        r"One of (?!the (?:[\w-]+['’]s )?" + _SUPERLATIVE + r"\b|[A-Z]\w*['’]s\b)|"
        # a time told from an event the sentence does not name: "Within weeks, protests erupted …"
        r"Within (?:(?:a few |several )?(?:hours|days|weeks|months|years|minutes)|an? (?:hour|day|week|month|year))\b(?! of)|"
        r"(?:Hours|Days|Weeks|Months|Years|Minutes|Moments|Seconds|Only|Much|An? (?:hour|day|week|month|year|"
        r"few (?:hours|days|weeks|months|years))) later\b|"
        # "Five years later, on the night of May 26, 2014, …": counted from an event the sentence before told
        r"(?:\d+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fifteen|Twenty|Thirty|Forty|Fifty|"
        r"Sixty|Seventy|Eighty|Ninety|A hundred|Several|Some|Many) (?:minutes?|hours?|days?|weeks?|months?|years?|"
        r"decades?) later\b(?! than)|"  # not "… later than planned"
        r"Previously,|"  # not "Previously unseen photographs …"
        # a contrast or a sequel set after an opening phrase or the subject: "In 1988, though, there was no
        # Twitter …", "In Britain, however, our leader has shown …", "The firm, meanwhile, said …", "More than
        # 1,000 protesters, however, …" (not "Police questioned him, then, after a search, released him": a
        # sequence inside the sentence)
        r"(?:[^,.;:!?\"“”‘«»]|(?<=\d)[,.](?=\d)){1,50}, (?:however|though|meanwhile|nevertheless|nonetheless|"
        r"therefore|thus|in turn|in contrast|by contrast|on the other hand|too),|"
        r"(?:Shortly|Soon|Not long|Straight|Immediately) after(?:wards)?,|"
        r"The (?:next|following) (?:day|week|month|year|morning|afternoon|evening|night|season)\b|"
        r"At the time\b(?! of)|At that (?:time|point|stage|moment)\b|By then\b|Given (?:this|that)\b|Because,|"
        r"Most recently\b|"
        # a count standing for people named before ("Two were dressed as …"), "The logic of this is …"
        r"(?:Two|Three|Four|Five|Six|Several|Many|Most|Others|Both) (?:were|was|are|is|have|had|will|would|said|say)\b|"
        r"(?:So far|To date|In all), \d[\d,]* (?:were|are|have|had)\b|"  # "So far, 11 have been handed over …"
        # a negation answered ("Neither does UKIP have to fight every seat.") or a pair named before ("Neither has yet …")
        r"Neither (?:do|does|did|has|have|had|is|was|are|were|will|would|can|could|should|must)\b|"
        r"The [a-z]+ of (?:this|that|these|those)\b|"
        # the attribution of quotations the sentence does not give: "Henin-Hardenne was speaking after …"
        r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} (?:was|were|is|had been) speaking\b(?![^.]*\bwhen\b)|"
        r"Against (?:this|that|such a) (?:backdrop|background)\b|In (?:this|that) (?:context|regard|respect)\b|"
        r"One (?:[a-z]+ed|held|said|told|was|had|took|went|came|got|made|gave|saw|wrote|left|put|found|kept|became|"
        r"began|fell|stood|sat|won|lost|brought|thought|felt|knew|is|has)\b)"  # "One can hardly …" is anyone
    ),
    standalone_openers=re.compile(
        r"(?:It(?: i|['’])s| was| has been| will be| would be| remains| seems| appears) (?:not )?(?:yet )?(?:clear|unclear|"
        r"likely|unlikely|expected|understood|thought|believed|feared|hoped|estimated|reported|possible|impossible|"
        r"important|hard|difficult|time|now|the (?:first|second|third|latest|biggest|largest))\b|It(?:['’]s| has) become\b|"
        r"(?:This|That|These|Next|Last) (?:year|week|month|season|summer|winter|spring|autumn|weekend|morning|evening|"
        r"afternoon|time)\b|These days\b|Those (?:who|with|in|at|aged)\b|So far\b(?!, \d[\d,]* (?:were|are|have|had)\b)|Later (?:this|that|in the) "
        r"(?:year|month|week|season)\b|There(?:['’]s| (?:is|are|was|were|have|has|had|will|would|could|may|might|"
        r"should|must)\b)|Here(?:['’]s| is| are)\b|Both [A-Z][\w-]* (?:and|&)\b|Now (?:in its|aged|that)\b",
        re.IGNORECASE,
    ),
    addressed=re.compile(  # a quotation's "you" opens with its quote mark; "Aim for an intensity of 14 …"
        r"(?:You|Your|(?:If|When|As|Once|Unless|Until|While|Before|After) you)\b|"
        r"(?:Aim|Try|Make sure|Remember|Avoid|Don't|Do not|Imagine|Suppos(?:e|ing)|Think of|Take a look)\b|"
        r"Picture (?:the|this|a|an|yourself|it|that)\b"),  # not "Picture editors at the Sun …", "Picture-perfect"
    reader_you=re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b"),  # lower case: not "Thank You", a title
    points_ahead=re.compile(r"(?:(?:And|So) )?Here(?:['’]s\b| is\b| are\b|, )", re.IGNORECASE),  # "Here, X answers …"
    page_openers=re.compile(  # what the page shows, not what the text said: a lede may say it, nothing later
        r"This is (?:what|how|why|where|when|the (?:shocking|dramatic|incredible|extraordinary))\b|"
        rf"(?:These|This|Those) (?:[\w’'-]+ ){{0,3}}(?:shots?|scenes?)\b|{_PICTURED}",
        re.IGNORECASE,
    ),
    # of those, what only a picture shows, which no sentence after the lede may point at, not even after the sentence
    # before it (predicates.stands_alone): not "This is why …", nor "This shot from 25 yards gave Rooney …"
    pictured=re.compile(_PICTURED, re.IGNORECASE),
    anaphors=re.compile(
        r"The (?:\d+-year-old|pair|duo|trio|couple|latter|former|two|three|four|five|same|accused(?! of))\b|"
        r"The (?:others?(?! day\b| side of\b)|rest(?! of\b)|remaining)\b|"  # "The other damning account is …"
        # a title for a person named before: "The Olympic champion set …", "The World Cup winner missed …" (not
        # "The 2002 champion Thomas Johansson …" nor "The Olympic champion, Ann Lee, …", which name the one meant, nor
        # "The tournament champion for each leg …"; audit-93's reader flagged two shown alone)
        r"The (?:[\w'’-]+ ){0,3}?(?:champion|medall?ist|record[- ]holder|(?:Cup|Oscar|Grammy|Bafta)[- ]winner)(?:['’]s)?"
        r"\b(?!,? [A-Z][a-z]| and\b|[^,.;]{0,40}, [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*,| (?:for|of|in|from) (?:each|every)\b)|"
        # a team's title for a player or manager named before: "The England centre will have spent his 19th birthday …",
        # "The Gunners manager refused to comment …" (audit-98's reader flagged the first, a bullet shown alone)
        # (not a post to be filled: "The Ryder Cup captain will be named …", "The England manager's job is …")
        r"The (?:[A-Z][\w'’.-]+ ){1,3}(?:centre|captain|skipper|striker|midfielder|defender|winger|forward|"
        r"goalkeeper|keeper|wicketkeeper|full-back|(?:left|right|centre)-back|centre-half|fly-half|scrum-half|"
        r"hooker|flanker|prop|No 8|number eight|manager|boss|(?:head )?coach|batsman|bowler|all-rounder)"
        r"(?!['’]s (?:job|role|post|position|armband)\b)(?:['’]s)?\b"
        r"(?!,? [A-Z][a-z]| and\b|[^,.;]{0,40}, [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*,| of the (?:month|year|season)\b|"
        r" will be (?:named|appointed)\b)|"
        # the aim or idea of what the sentence before told: "The aim is to gather vast amounts of intelligence …"
        # (audits 56, 77 and 99 flagged it, a bullet shown without the spy plane it is the aim of)
        r"The (?:aim|purpose|goal|idea|intention|objective|rationale) (?:is|was|will be|would be)\b|"
        # one of a series the sentence before began: "The third was alleged to have been on the eve of …"
        r"The (?:first|second|third|fourth|fifth|last|latest|next)(?: (?:two|three|four|five))? (?:was|were|is|are|"
        r"has|have|had|will|would|came|comes|took|takes|saw|involved|followed)\b|"
        r"The (?:world )?(?:number (?:one|two|three|\d+)|No ?\d+|(?:top|second|third|fourth) seed)\b|"  # a ranking
        # a nationality for a person already named: "The Russian turned his ankle …" (not "The Indian team")
        r"The [A-Z][a-z]+(?:ian|ean|an|ese|ish|ch|i) (?=(?:[a-z]+ed|hit|won|lost|beat|fell|said|says|was|is|has|had|"
        r"will|would|added|adds|insisted|made|took|got|came|went|struggled|admitted|became|began|broke|ran|set)\b|"
        r"(?:international|star|striker|midfielder|defender|forward|winger|player|goalkeeper|veteran|champion|"
        r"captain|actor|actress|singer)\b)"
    ),
    definites=re.compile(  # "The company", "The city": an introduction the reader may have missed
        r"The (?:[a-z]+ )?(?:company|firm|group|club|side|team|star|actor|actress|singer|player|striker|defender|"
        r"midfielder|winger|forward|goalkeeper|minister|man|woman|boy|girl|victim|suspect|agency|board|move|"
        r"decision|deal|incident|report|plan|bill|film|airline|bank|giant|body|city|country|state|network|programme|"
        r"program|project|event|leader|official|spokesman|spokeswoman|MP|chief|boss|coach|manager|director|veteran|"
        r"teenager|child|device|product|service|site|app|book|show|series|brothers|sisters|victims|men|women)\b"
        # … unless the phrase itself says who: "The man accused of the shooting", "The firm behind the app"
        r"(?! (?:who|that|accused|charged|suspected|convicted|named|called|known|dubbed|behind|based|owned|run|led|"
        r"involved|responsible|of)\b)"
    ),
    # what happened or will, read lower-cased (predicates.tells_nothing; Outlook.will reads "will", "plans to"): a past
    # form ("was", "found", "reported"; not "need" or "hundred"), a perfect ("has overtaken"; not "have a"), a
    # progressive ("is removing"; not "is nothing"), a time ("now", "overnight"), a count ("two men"), a report
    # ("according to", "…, a study finds.") or a state of news ("in hospital", "under way"). A
    # feature's teaser has none: "The secret to staying slim could be in saliva."
    news_signs=re.compile(
        r"\b(?:(?!(?:need|speed|seed|feed|bleed|breed|greed|exceed|proceed|succeed|indeed|hundred|naked|wicked|sacred|"
        r"beloved|shed|creed|deed|heed|weed|steed|reed)\b)[a-z]{2,}ed|was|were|had|did|said|told|went|came|took|made|"
        r"gave|found|left|won|lost|saw|got|became|began|ran|fell|held|kept|brought|thought|felt|knew|met|paid|sold|led|"
        r"sent|spent|stood|sat|wrote|spoke|broke|chose|drove|rose|flew|grew|threw|wore|struck|hung|fought|caught|"
        r"taught|bought|sought|fled|stole|shook|swore|tore|hit|cut|shot|beat|shut|quit|spread|split|burst|hurt|sank|"
        r"slid|swept|dug|blew|drew|overtook|withdrew|upheld|shrank|been|gone|done|seen|taken|given|known|shown|grown|"
        r"written|begun|broken|spoken|chosen|risen|driven|flown|thrown|drawn|stolen|forgotten|frozen|hidden|beaten|"
        r"(?:has|have|hasn['’]t|haven['’]t)\s+(?:not\s+|never\s+|just\s+|already\s+|\w+ly\s+)?(?!(?:a|an|the|no|to|"
        r"some|any|more|many|much|its|their|his|her|our|your|my|this|that|these|those|it|them|you|one|two|little|few|"
        r"nothing|something)\b)[a-z]+|(?:is|are|am|['’]s|['’]re)\s+(?:\w+ly\s+)?(?!(?:being|nothing|"
        r"something|anything|everything|during|thing|king|morning|evening|spring|string|ceiling|building|feeling|"
        r"meeting|wedding|ring|wing|sting)\b)[a-z]{3,}ing|today|yesterday|tonight|tomorrow|now|overnight|"
        r"recently|earlier|(?:this|last|next) (?:week|month|year|weekend|morning|afternoon|evening|night|season|"
        r"summer|winter|spring|autumn|term|quarter)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"twenty|thirty|forty|fifty|hundreds|thousands|millions|dozens|according to|in (?:hospital|custody|(?:a )?"
        r"(?:critical|serious|stable) condition)|under (?:way|fire|investigation)|(?:un)?likely to|on the "
        r"(?:brink|verge) of)\b|, (?:[a-z'’-]+ ){0,5}(?:say|warn|predict|suggest|believe|find|show|reveal|conclude|"
        r"claim|estimate|indicate|fear|think|report|argue|admit)s?\b[^,]*$"),  # "…, a major global study concludes."
    answers_back=re.compile(r"\b(?:this as|that is (?:what|why|how)|why|how come|the (?:reason|answer|secret))\b", re.I),
    # "Goode is also a strong contender", "the court also heard": what it adds to is in an earlier
    # sentence; "also known as" and "not only … but also" carry what they add to with them
    # (nor a role in a relative clause, "Professor Rothwell, who is also vice-president of research, …", "…, who was
    # also a trustee"; but "PC Jones, who was also injured in the attack, …" adds to what came before), nor "and
    # also" inside one clause ("Apple unveiled three iPhones and also cut the price of its "SE" model")
    additives=re.compile(r"(?:(?<=\bwho was )also\b(?! (?:a|an|the)\b)|(?<!\bwho was )(?<!\bwho is )(?<!\bwhich is )"
                         r"(?<!\band )(?<!\bor )(?<!\bbut )\balso\b)(?! (?:known|called|spelled|spelt)\b)"),
    demonstratives=re.compile(  # not a time ("this year"), not a pronoun ("this will …"), nor "this country"
        r"(?<=[a-z,] )(?:this|these) (?!(?:year|week|month|morning|afternoon|evening|night|weekend|season|summer|"
        r"winter|spring|autumn|time|day|decade|century|term|quarter|country|way|kind|sort|one|is|was|will|would|could|"
        r"can|may|might|must|should|has|had|have|are|were|does|did|[A-Z]\w*)s?\b)[a-z]{3,}\b"),
    expletives=re.compile(
        r"It(?:['’]s| is| was| will be| has been) (?:a|an|the|not|just|only|time|crunch|all|no|never|hard|easy|rare|"
        r"unusual|difficult|impossible|one|every)\b|It (?:looks|seems|appears|takes|pays|helps)\b"
    ),
    phrase_ends=frozenset("of who whose that which behind accused charged named called in at on for from with to "
                          "and or by the a an".split()),
    says_which=frozenset("of who whose that which behind accused charged named called to".split()),
    placed=frozenset("at in from for on".split()),
    only_one=frozenset("government police public world economy president pope queen king prime army military "
                       "weather internet nation sun moon".split()),
    speech_verbs=re.compile(
        r"\b(?:said|says|told|tells|added|adds|wrote|writes|explained|insisted|continued|argued|warned|stressed|"
        r"noted|asked|replied|admitted|claimed|declared|recalled|tweeted|stated|remarked|according to)\b"
    ),
    bare_speakers=re.compile(  # the attribution of a quotation the reader never saw: "Yadav told ANI in Lucknow.",
        # "Thackeray tweeted after the meeting." (audit-95: the tweet was the quotation before it)
        r"(?:[A-Z][\w.'’-]*\s+){1,4}(?:ha[sd]\s+)?(?:said|says|told|tells|added|adds|wrote|writes|tweeted|tweets)"
        r"(?:\s+(?:[A-Z][\w.-]*|reporters|journalists|the media))*(?:\s+(?:in|at|on|to|during|while|after)\s+"
        r"[\w' -]{1,30})?\.$"
    ),
    pronoun_speakers=re.compile(
        r"[\"”’'?,],?\s+(?:he|she|they|it)\s+(?:said|says|added|adds|told|tells|wrote|explained|insisted|continued|"
        r"argued|warned|stressed|noted|asked|replied|admitted|claimed|declared|recalled|tweeted|stated|remarked)\b|"
        r"^[\"“‘'«„]?(?:He|She|They) (?:said|says|added|told \w+|wrote)\s*[,:]?\s*[\"“‘'?«„]"
    ),
    first_person=re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|we|We|we['’](?:re|ve|d|ll)|We['’](?:re|ve|d|ll)|my|My|"
                            r"our|Our|us|me|myself|ourselves)\b"),
    # the writer musing: "I", "me", "my", "we" (not "our screens", everyone's), "these days", "nowadays"; written
    # first character first (see below): \b(?:I|me|[Mm]y|[Ww]e|[Tt]hese days|[Nn]owadays)\b
    musings=re.compile(r"[ImMwWtTnN](?<!\w[ImMwWtTnN])(?:(?<=I)|(?<=m)e|(?<=[Mm])y|(?<=[Ww])e|(?<=[Tt])hese days|"
                       r"(?<=[Nn])owadays)\b"),
    # Several patterns here match their first character first, and only then look back at what comes before
    # it ("T(?<!\wT)he" for "\bThe"): the regular expression engine skips ahead to that character, several
    # times faster than from a "\b" or a lookbehind (tests/test_fast_patterns.py checks them against the
    # plain forms).
    full_names=re.compile(  # a person's full name ("Ahmed Dawoud", not "Mr Dawoud"); group 1, the surname used bare
        r"[A-Z](?<!\w[A-Z])(?!(?<=M)(?:r|rs|s|iss|ister)\b|(?<=D)r\b|(?<=S)ir\b|(?<=L)(?:ord|ady)\b|(?<=P)rof\b)"
        r"[a-z'’-]+(?:\s+[A-Z]\.)?\s+"
        r"((?:Ma?c|O['’])?[A-Z][a-z'’-]{2,})\b"  # "Robin McBryde", "Martin O'Neill"
        r"(?!\s+[A-Z])"
    ),
    # "mr fallon" in a lower-cased text: mr, mrs, ms, dr, prof. Not "lord", "lady" or "sir", which a cased text
    # writes in lower case before an office or a word ("the lord chancellor", "a lady teacher"), not a name.
    name_after_title=re.compile(r"(?:m(?<!\wm)(?:rs?|s)|d(?<!\wd)r|p(?<!\wp)rof)\.?\s+([a-z][\w'’-]+)"),
    not_surnames=frozenset(
        """Minister Court House Office Party Council Department Police Secretary University Street Road Club United
        City Government Ministry Committee Commission Union Airport Station Hospital School Church Bank Group Company
        League Cup Association Agency Service Board Authority Foundation Institute Centre Center Museum Park Square
        Times Post News Mail Press Guardian Telegraph Journal Review Festival Awards Games Championship Trophy Prize
        Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August
        September October November December The This That These Those""".split()
    ),
    month_pattern=_MONTH,
    day_pattern=_DAY,
    date_words=tuple(
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec "
        "monday tuesday wednesday thursday friday saturday sunday".split()
    ),
    numbers=re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|"
                       r"million|billion|trillion|dozen|half|per ?cent)\b", re.IGNORECASE),
    money=re.compile(r"[$£€¥₹]|\b(?:dollars?|pounds?|euros?|rupees?|Rs)\b|\d\s?(?:bn|m)\b"),
    label_speech=re.compile(r"\b(?:said|says|told|tells|added|adds|wrote|writes|asked|explained|insisted|warned)\b"),
    discourse_labels=frozenset(("in short", "in brief", "in sum", "in other words", "meanwhile", "however", "still",
                                "the answer", "the result", "the reason", "the problem", "the question",
                                "update")),  # an editor's "Update: the reports … are false" (a "Correction:" is the page's)
    caption_filler=frozenset("of the and a an in at with on for to her his their its".split()),
    lede_openers=re.compile(
        r"\s*(?:The|A|An|He|She|It|They|We|In|On|At|But|And|This|That|These|Those|His|Her|Their|Its|I|As|After|"
        r"When|While|If|Police|Officials?|Mr|Mrs|Ms|Dr)\b"
    ),
    function_words=frozenset("the an of and is was for with at by from that it as are were has have had be will "
                             "said his her their".split()),
    auxiliaries=frozenset(
        """is are was were be been being am has have had do does did will would can could shall should
        may might must 's 're 've 'd 'll ’s ’re ’ve ’d ’ll isn't aren't wasn't weren't hasn't haven't hadn't
        don't doesn't didn't won't wouldn't can't couldn't shouldn't""".split()
    ),
    irregular_verbs=frozenset(
        """said told went came took made gave found left won lost saw got became began ran fell held kept
        brought thought felt knew put set met paid sold led hit cut shot built sent spent stood sat wrote
        spoke broke chose drove rose flew grew threw wore struck hung fought caught taught bought sought
        let read say tell go come take make give find leave win lose see get become begin run fall hold
        keep bring think feel know meet pay sell lead send spend stand sit write speak break choose drive
        rise fly grow throw wear strike hang fight catch teach buy seek need want like love hate hope
        believe expect plan warn claim admit deny""".split()
    ),
    elisions=re.compile(r"['’‘](?:n['’‘]|em\b|til\b|cause\b|tis\b|twas\b|\d\ds?\b)", re.IGNORECASE),
    photo_asides=re.compile(
        r",\s+(?:pictured|seen here|shown here)\b[^,]{0,80},|\((?:pictured|above|left|right)\b[^)]*\)|"
        r"\b(?:on|in) this (?:map|photo|picture|image|graphic|chart)\b"  # "Europe looks larger than … on this map"
    ),
    # a report, study or statement a sentence cites as its source: "…, the report said.", "According to the study, …"
    # (group 1 or 2: the words up to its noun; "…, and the poll, held on Thursday, …" cites nothing)
    cited=re.compile(
        r"(?:,|\band|[\"”’]) (?:the|this)((?: [a-z][a-z-]+){0,2} " + _DOCUMENT + r")(?: also)? (?:said|says|found|"
        r"finds|added|adds|showed|shows|noted|notes|suggested|suggests|concluded|claimed|claims|stated|states|read|"
        r"reads|revealed|reveals|warned|warns)\b|(?:^A|, a)ccording to the((?: [a-z][a-z-]+){0,2} " + _DOCUMENT + ")"
    ),
    described=re.compile(
        r"[Tt](?<![\w'’-][Tt])h(?:e|is|ese|ose)(?=((?: [a-z][a-z-]+){1,3})(?:\W|$))"  # the, this, these, those
    ),
    description_ends=frozenset(
        "of who whose that which behind called named known accused charged in at from for".split()
    ),
    not_heads=frozenset(
        """first second third last next same other former latter whole rest most least best worst only own
        one two three four five six seven eight nine ten many few several all both each such
        year years month months week weeks day days time times way end top start side part number lot kind sort
        world country nation government police public people state city area region moment morning evening
        night afternoon weekend season past future case fact idea thing things money news internet planet earth
        universe great good bad big small black white red blue green young old new""".split()
    ),
    subject_verbs=frozenset(
        """came come comes went goes go say made makes make took takes gave gives hopes hope wants want plans needs
        need know knows think thinks believe believes says get gets got see sees saw found find finds face faces
        among""".split()
    ),
    description_function_words=frozenset(
        """a an the and or but of to in on at for from with by as is are was were be been has have had will would
        can could may might should must not no it its their his her our your my than then so if when while
        after before over under into about said says told""".split()
    ),
    lost_space_before=("on", "in", "at", "by", "of", "from", "since", "until", "till", "the"),
    bonus_words=("announced", "said", "reported"),
    stigma_words=("reportedly", "allegedly", "perhaps", "maybe"),
)
