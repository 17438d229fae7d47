"""News-like articles made for the layout tests: 400-1,200 words, with long sentences, figures,
quotations and long names, so the one-page fit meets its hard cases. Deterministic (seeded)."""

from __future__ import annotations

import random

PLACES = ["Portmere", "Eastmoor", "Thessaloniki", "Kingsbridge-upon-Aske", "Southwick", "New Harwood"]
PEOPLE = ["Amira Okafor", "Peter Lindqvist", "Grace Mbeki", "Jonathan Featherstonehaugh", "Li Wei", "Ana Souza"]
BODIES = ["the Environment Agency", "the National Infrastructure Fund", "the Association of British Insurers",
          "the Portmere Chamber of Commerce", "the University of Eastmoor", "the Treasury"]
AMOUNTS = ["£240 million", "$1.2bn", "€96,000", "£31m", "2.9%", "14,000 properties", "1,800 homes", "5 per cent"]
WHEN = ["on Tuesday", "in March 2029", "last week", "by 2060", "since 1911", "on 28 November 2026", "next spring"]
OPENERS = [
    "{body} said {when} that it would spend {amount} on {place}'s flood defences",
    "Officials in {place} confirmed {when} that {amount} had been set aside for the new barrier",
    "{person}, who leads the council in {place}, said the plan would cost {amount}",
    "According to figures released {when} by {body}, insurers paid out {amount} in claims",
    "Engineers estimate that the scheme will protect {amount} from a one-in-200-year flood",
    "The decision, taken {when} after a four-hour debate, commits {place} to borrowing {amount}",
]
TAILS = [
    "and opposition members argued that the cost should fall on central government rather than on "
    "local taxpayers, who already face a rise in council tax next year",
    "although residents of the low-lying neighbourhoods hit hardest by both storms remain cautious about "
    "how quickly the work can begin and who will pay for the repairs in the meantime",
    "a figure that {person} described as the minimum needed to keep the port open through the winter",
    "and the consultancy that drew up the design said the gates could be raised from the riverbed in "
    "under an hour, even at night and in a storm surge",
    "while {body} warned that rising sea levels could make such floods far more frequent",
    "",
]
QUOTES = [
    '"We cannot ask families to rebuild their kitchens every winter," said {person}.',
    '"A barrier sized for today\'s worst case may be too small within its own lifetime," {person} said.',
    '"The barrier is for the next flood. We need help with this one," said {person}, who chairs a residents\' group.',
]


def made_article(number: int) -> str:
    """The ``number``-th made article: a headline, then paragraphs, 400-1,200 words."""
    rng = random.Random(number)
    target = rng.randint(420, 1150)
    place = rng.choice(PLACES)
    lines = [f"{place} approves {rng.choice(AMOUNTS)} flood barrier after record storms {WHEN[number % 7]}"]
    words = 0
    while words < target:
        paragraph = []
        for _ in range(rng.randint(1, 3)):
            values = {"body": rng.choice(BODIES), "when": rng.choice(WHEN), "amount": rng.choice(AMOUNTS),
                      "place": rng.choice(PLACES), "person": rng.choice(PEOPLE)}
            if rng.random() < 0.2:
                sentence = rng.choice(QUOTES).format(**values)
            else:
                opener = rng.choice(OPENERS).format(**values)
                tail = rng.choice(TAILS).format(**values)
                sentence = (opener + (", " + tail if tail else "") + ".")
                sentence = sentence[0].upper() + sentence[1:]
            paragraph.append(sentence)
            words += len(sentence.split())
        lines.append(" ".join(paragraph))
    return "\n\n".join(lines)
