"""What a full stop may mean in each language briefing reads, beyond what syntok knows.

syntok splits after a full stop that it does not know as an abbreviation when a capital or a
number follows, which cuts "für den 14. März", "Hauptstr. 5", "il sig. Rossi" or "Rs. 1 billion"
in two. The segmenter (segment.py) joins such pieces again with these tables: titles stand before
a name or a number and never end a sentence; other abbreviations may end one, so a piece is
joined after them only when the next begins in lower case or with a number; in languages that
write ordinals with a full stop, "14." before a month (or, in German, before a noun) is a date or
an ordinal, not the end of a sentence. Titles are spelt as usually written (a capitalized one
also matches at a sentence's start); other keys are lower case; inner spaces are removed
("z. B." → "z.b").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Conventions:
    # before a name or a number, never at a sentence's end: Dr., Sr., M., Nr., sig., p. (as usually
    # written: "art" is a word, "Art." before a number an article of a law)
    titles: frozenset[str]
    abbreviations: frozenset[str]  # may end a sentence: etc., usw., z. B.
    months: frozenset[str]  # month names and their abbreviations, lower case
    dotted_ordinals: bool = False  # "14. März", "5. května": a number with a full stop is an ordinal


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TITLES = _words("Dr Prof Mr Mrs Ms St Mt Nr")  # shared by most languages written in Latin letters

CONVENTIONS: dict[str, Conventions] = {
    "english": Conventions(
        _TITLES | _words("Gov Sen Rep Lt Sgt Capt Col Gen Maj Cpl Adm Cmdr Rev Fr Hon Insp Det Supt Cllr Rs Nos Fig "
                         "Vol Art Sec Jr Sr Messrs Mme Mlle Dept Univ Ave Blvd Rd Ft p pp fig"),
        _words("etc inc co corp ltd bros approx vs est al e.g i.e a.m p.m u.s u.k"),
        _words("jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july "
               "august september october november december"),
    ),
    "german": Conventions(
        _TITLES | _words("Hr Hrn Fr Frl Dipl Ing Bd Abs Art Str Tel Jh Mio Mrd bzgl gem geb gest sog"),
        _words("z.b u.a d.h bzw ca usw vgl inkl evtl ggf u.u v.a z.t o.ä s.o s.u i.d.r etc u.ä zzgl bsp ff"),
        _words("januar jänner februar märz april mai juni juli august september oktober november dezember "
               "jan feb mär apr jun jul aug sep sept okt nov dez"),
        dotted_ordinals=True,
    ),
    "french": Conventions(
        _TITLES | _words("M MM Mme Mlle Pr Me Ste av bd n° vol art ch éd p"),
        _words("etc cf p.ex env c.-à-d c.à.d hab apr av. j.-c"),
        _words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
               "janv févr avr juil sept oct nov déc"),
    ),
    "spanish": Conventions(
        _TITLES | _words("Sr Sra Srta Dra Ud Uds D Dña Av Avda núm pág Lic Ing Excmo Excma Sto Sta art"),
        _words("etc p.ej aprox ee.uu a.c d.c"),
        _words("enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre "
               "diciembre ene feb mar abr jun jul ago sept oct nov dic"),
    ),
    "italian": Conventions(
        _TITLES | _words("sig sigg sig.ra dott dott.ssa ing avv on arch geom rag sen pag art S"),
        _words("ecc es p.es cfr ca"),
        _words("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre "
               "gen feb mar apr mag giu lug ago sett ott nov dic"),
    ),
    "portuguese": Conventions(
        _TITLES | _words("Sr Sra Srª Dra D Profª Eng Av R n.º nº pág art"),
        _words("etc p.ex"),
        _words("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro "
               "jan fev mar abr mai jun jul ago set out nov dez"),
    ),
    "swedish": Conventions(
        _TITLES | _words("kl nr s"),
        _words("t.ex bl.a dvs d.v.s m.m osv o.s.v ca s.k f.d resp t.o.m fr.o.m p.g.a f.n e.kr f.kr"),
        _words("januari februari mars april maj juni juli augusti september oktober november december "
               "jan feb mar apr jun jul aug sep sept okt nov dec"),
    ),
    "czech": Conventions(
        _TITLES | _words("Ing Mgr MUDr JUDr PhDr RNDr Bc doc p pí sl č čl odst ul nám sv"),
        _words("např tj tzv apod atd mj resp popř příp srov viz cca mld mil tis str r"),
        _words("ledna února března dubna května června července srpna září října listopadu prosince "
               "leden únor březen duben květen červen červenec srpen říjen listopad prosinec"),
        dotted_ordinals=True,
    ),
    "slovak": Conventions(
        _TITLES | _words("Ing Mgr MUDr JUDr PhDr RNDr Bc doc p č čl odst ul nám sv"),
        _words("napr tzv tj atď resp príp cca mld mil tis str r"),
        _words("januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra "
               "január február marec apríl máj jún júl august september október november december"),
        dotted_ordinals=True,
    ),
    "polish": Conventions(
        _TITLES | _words("prof dr mgr inż hab ul al pl os ks płk gen św im tel"),
        _words("np tj tzn tzw m.in itd itp ok r w wg godz tys mln mld zł jw ds"),
        _words("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada "
               "grudnia styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik "
               "listopad grudzień sty lut mar kwi cze lip sie wrz paź lis gru"),
        dotted_ordinals=True,
    ),
    "ukrainian": Conventions(
        _words("д-р Д-р проф акад доц вул буд м с п ім"),
        _words("т.зв т.д т.ін ст р рр тис млн млрд грн див напр пор обл р-н кв"),
        _words("січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"),
    ),
    "greek": Conventions(
        _words("κ κα Δρ δρ Αγ οδ αρ"),
        _words("δηλ π.χ κ.λπ κ.ά μ.χ π.χ αι χλμ εκ δισ εκατ π.μ μ.μ σελ"),
        _words("ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου "
               "οκτωβρίου νοεμβρίου δεκεμβρίου"),
    ),
}


def conventions(language: str) -> Conventions:
    """The conventions of ``language``; English's for a language without its own table."""
    return CONVENTIONS.get(language, CONVENTIONS["english"])
