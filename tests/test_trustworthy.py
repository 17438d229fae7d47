"""Notes a reader can forward: every defect readers flagged, each shown by a short article of our
own, and the note that comes out free of it."""

import pytest
from briefing import BriefOptions
from briefing.summarize.selection import select

from notes_of import analysis_of, note_of, sentences_of, shown

TAIL = (
    "The airport reopened on Saturday morning after a search of all four terminals. "
    "Officials said 214 flights had been delayed and 38 cancelled. "
    "The suspect, a 24-year-old man from Fresno, is due in court on Monday. "
    "The airline union said its members would return to work on Sunday."
)


@pytest.mark.parametrize(("junk", "lede"), [
    ("Security agents walk back to work at LAX. Photograph: Ann Lee/Getty Images",
     "The man accused of the shooting at Los Angeles airport was charged on Friday with murder."),
    ("By Gary Graves, USA TODAY",
     "Franchitti won the Indianapolis 500 on Sunday for the third time in six years."),
    ("12/28/2015 AT 04:50 PM EST",
     "Like many stars, the singer spent the holidays at home in Nashville with her family."),
    ("(CNN)", "The president said on Monday that he would veto the spending bill passed by Congress."),
    ("WASHINGTON —", "The president said on Monday that he would veto the spending bill passed by Congress."),
    ("Rome (CNN)", "The pope said on Sunday that he would visit Iraq in March despite the risks."),
    ("Updated at 6.48am BST 06:23", "Only 9% of students who had been assaulted on campus reported it."),
])
def test_junk_glued_to_the_lede_is_cut_off_and_the_lede_kept(junk, lede):
    note = note_of(f"{junk} {lede} {TAIL}")
    assert note.brief[0].text == lede  # its own sentence, with its own offsets
    assert not any(junk.split()[0] in text for text in shown(note) if text != lede)


def test_captions_credits_and_boilerplate_are_never_shown():
    note = note_of(
        "Sweet life: The Duchess of Cornwall.\n\n"
        "Brazil star Neymar (centre) takes a selfie with Dani Alves (right) on Sunday.\n\n"
        "Editor's note: Ann Lee is a columnist for the paper. The opinions expressed are her own.\n\n"
        "The Duchess of Cornwall opened a new children's hospital in Bristol on Tuesday.\n\n"
        "Actors at the IIFA Awards ceremony in New York on July 14.\n\n(AFP)\n\n"
        "Media playback is not supported on this device\n\n"
        "The hospital cost £34 million and will treat 12,000 children a year from April. "
        "Its 140 beds include 20 for intensive care, the NHS trust said. "
        "Staff from Southmead Hospital will move into the building over the summer. "
        "Cech, Ferreira, Carvalho, Terry, Gallas, Makelele, Lampard, Duff, Robben, Drogba.\n\n"
        "READ | Why children's wards are closing across the country\n\n"
        "Ann Lee (@annlee) July 26, 2017",
        BriefOptions(sentences=3, facts=4),
    )
    text = " ".join(shown(note))
    for junk in ("Sweet life", "Neymar", "Editor's note", "opinions expressed", "IIFA", "(AFP)", "Media playback",
                 "Cech", "READ", "@annlee"):
        assert junk not in text
    assert note.brief[0].text.startswith("The Duchess of Cornwall opened")


def test_a_lede_that_merely_mentions_pictured_or_a_clock_time_is_kept():
    lede = "David Cameron (pictured) said at 10.38am on Monday that the referendum would go ahead in June."
    note = note_of(f"{lede} {TAIL}")
    assert note.brief[0].text == lede


def test_a_single_quoted_quotation_over_several_sentences_is_shown_whole_or_not_at_all():
    note = note_of(
        "Owners of the Harbour Hotel were fined £40,000 on Tuesday for breaking fire safety rules. "
        "Its manager, Tom Reid, wrote on the social media site: 'Ridiculous. "
        "We fixed every fault within a week of the inspection in 2019. "
        "Nobody was ever at risk, and the council knows it.' "
        "The council said the hotel had been warned three times since March 2018. "
        "Inspectors found blocked exits on two floors and 14 broken smoke alarms. "
        "The hotel, which has 62 rooms, will stay open while it appeals.",
        BriefOptions(sentences=3, facts=3),
    )
    quoted = ("Ridiculous", "We fixed every fault", "Nobody was ever at risk")
    brief = " ".join(sentence.text for sentence in note.brief)  # its 33 words take one of the brief's 3 places
    assert all(part in brief for part in quoted)
    note = note_of(" ".join(sentence.text for sentence in note.sentences), BriefOptions(sentences=1, facts=3))
    assert not any(part in text for text in shown(note) for part in quoted)  # no room: no bullet takes a part


def test_apostrophes_are_not_quote_marks():
    sentences = [
        "It's the dogs' bowls from the ’90s that the rock ’n’ roll museum in Memphis wants, its director said.",
        "The museum paid $12,000 for the collection of 300 bowls last year.",
        "Visitors' numbers rose by 40% after the bowls went on show in May.",
    ]
    note = note_of("Dog bowls draw crowds\n\n" + " ".join(sentences), BriefOptions(sentences=3, facts=0))
    assert shown(note) == sentences


@pytest.mark.parametrize(("sentences", "whole"), [(1, False), (2, True)])
def test_a_brief_sentence_and_a_bullet_never_split_a_quotation_in_curly_quotes(sentences, whole):
    note = note_of(
        "The mayor of Oldtown resigned on Friday after 11 years in office. "
        "“I have given this city everything. It is time for someone younger. "
        "I leave with no regrets,” Mayor Ann Lee told reporters at City Hall. "
        "An election will be held on 4 May, the council said. "
        "Two councillors, Bo Kim and Raj Patel, have said they will stand.",
        BriefOptions(sentences=sentences, facts=4),
    )
    parts = ("I have given", "It is time for someone younger", "I leave with no regrets")
    if whole:  # the quotation's 25 words take one place, the brief's second
        assert all(any(part in sentence.text for sentence in note.brief) for part in parts)
    else:
        assert not any(part in text for text in shown(note) for part in parts)


@pytest.mark.parametrize("leaning", [
    "The 34-year-old went on to say that he had been paid £20,000 by the club in 2019.",
    "One held up a small black .357 revolver at the 2 guards near the Main Street door.",
    "Then, on April 1, Schoenig was shocked to find 3 of his cars gone from the yard.",
    "Yadav told ANI in Lucknow.",
    "Ann Lee tweeted after the meeting in 2021.",  # audit-95: the tweet was the quotation before it
    "So far, 300 have signed up for the move to Poland in 2021.",  # 300 of what? (audits 84 and 95)
    "“We will fight this ruling all the way to the Supreme Court,” he said on Tuesday.",
    "One of them, a 19-year-old student from Leeds, was taken to hospital.",
    "Now the firm plans to cut 300 jobs at its Swindon plant by March.",
    "For instance, the Swindon plant made 40,000 cars in 2016.",
    "The world number two won the Swindon Open 6-2 6-0 in 66 minutes in 2016.",  # a ranking for a name
    "The other damning account is that of Ann Lee, who ran the Swindon line for 20 years.",
    "The rest will move to Harlow's plant in Oxford in 2021.",
    "Under the agreement, it will pay each of the 1,200 workers £5,000 by March.",  # "it" after a phrase
    "In July 2019 they asked 801 workers whether they would move to Poland.",  # ... or with no comma
    "Two years later he sold the Swindon plant's land for £4m.",
    "Harlow Motors said this shipment of 40,000 engines was the last to leave Swindon in 2021.",  # "this" + noun
    "Neither does the Swindon plant's £40m pension fund have to be sold before March 2021.",  # a negation answered
])
def test_a_bullet_that_leans_on_an_unseen_sentence_is_not_chosen(leaning):
    note = note_of(
        "Harlow Motors will close its Swindon car plant in 2021, putting 1,200 jobs at risk. "
        "The decision was taken at a meeting of the board this week. "
        "Workers heard the news from their managers on the shop floor. "
        "Some of them had worked there for most of their lives. "
        f"{leaning} "
        "Production of the Harlow Falcon will move to a factory in Poland in 2021.",
        BriefOptions(sentences=1, facts=4),
    )
    assert [fact.text for fact in note.facts] == [
        "Production of the Harlow Falcon will move to a factory in Poland in 2021."
    ]


def test_a_bullet_carries_a_specific_that_is_more_than_a_capitalized_first_word():
    note = note_of(
        "Harlow Motors will close its Swindon car plant in 2021, putting 1,200 jobs at risk. "
        "'When I'm wrong, I hold my hands up.' "
        "Unions said the news was a terrible blow for the town and its families. "
        "Production of the Harlow Falcon will move to a factory in Poland in 2021.",
        BriefOptions(sentences=1, facts=3),
    )
    assert [fact.text for fact in note.facts] == [
        "Production of the Harlow Falcon will move to a factory in Poland in 2021."
    ]


def test_a_bullet_that_repeats_the_brief_in_other_words_is_left_out_and_the_note_says_so():
    note = note_of(
        "Terreni's blood alcohol reading was .375 when police stopped her car in Dover on Friday. "
        "Police stopped the car in Dover on Friday and found that Terreni's blood alcohol reading was .375. "
        "Officers said she had been driving the wrong way on Route 1.",
        BriefOptions(sentences=1, facts=4),
    )
    assert [fact.text for fact in note.facts] == ["Officers said she had been driving the wrong way on Route 1."]
    assert note.notes == (
        "Key facts: 1 of the 4 asked for. No other sentence outside the brief carries a number, date, amount "
        "or name, stands on its own and adds to the brief.",
    )


def test_a_sentence_skipped_for_its_unchosen_predecessor_is_taken_up_once_that_one_is_chosen():
    texts = ["The council met on Monday to vote on the plan for the new bridge.",
             "Councillors approved the £40m bridge by 30 votes to 12 after a long debate.",
             "But the vote came too late for the builders, who had left the site in May.",
             "Work on the road to the bridge will start in the spring of next year.",
             "The mayor said he was delighted with the result of the vote on Monday.",
             "Residents had campaigned for a new bridge for more than ten years."]
    sentences = sentences_of(texts)
    brief = select(analysis_of(sentences), [2, 1, 5, 4, 3, 0], BriefOptions(sentences=3), readable=True)
    assert [s.index for s in brief] == [0, 1, 2]  # the lede leads; "But …" ranks above 5 once 1 is in


def test_languages_keep_ordinals_and_abbreviations_in_the_brief():
    note = note_of(
        "Die Wahl ist für den 14. März geplant, sagte Dr. Weber am Montag in Berlin. "
        "Die Parteien z. B. die Grünen wollen bis zum 1. Februar ihre Listen vorlegen. "
        "Gewählt wird in 299 Wahlkreisen, der Bundestag hat derzeit 736 Abgeordnete.",
        BriefOptions(sentences=3, facts=0, language="german"),
    )
    assert note.brief[0].text == "Die Wahl ist für den 14. März geplant, sagte Dr. Weber am Montag in Berlin."
    assert len(note.brief) == 3


def test_a_definite_description_does_not_open_a_note_that_never_named_it():
    note = note_of(
        "The company said on Monday that it would cut 300 jobs at the plant by March. "
        "Harlow Motors, which makes cars in Swindon, blamed a fall in demand for its saloons. "
        "Sales of the Harlow Falcon fell by 40% last year, to 21,000 cars. "
        "Unions in Swindon said they would ballot members on strike action in April.",
        BriefOptions(sentences=2, facts=0),
    )
    assert not note.brief[0].text.startswith("The company")


def test_a_writer_speaking_to_the_reader_is_neither_a_later_brief_sentence_nor_a_bullet():
    lede = "If you own a games console, Sony's new one goes on sale in Britain on Friday for £299."  # a lede may say it
    aside = "The returns can be pretty good when you consider that 40 of its games will cost £5 each in 2027."
    quoted = "\"You will love the 12 new games,\" Sony's UK chief Ann Lee told 300 retailers in London on Monday."
    note = note_of(
        f"{lede} {aside} {quoted} The console has 2 terabytes of storage, twice the 2020 model's. "
        "Sony sold 1.2 million of the old model in Britain in 2021, the research firm GfK said. "
        "Rival Microsoft cut the price of its console by £50 to £249 in March, it said.",
        BriefOptions(sentences=3, facts=4))
    assert note.brief[0].text == lede and aside not in shown(note) and quoted in shown(note)  # a speaker's "you"
