"""Words of a sentence, as every check and the aligner count them: one tokenizer.

A word is a run of letters (and, unless ``letters_only``, digits) that an apostrophe, and with
``hyphens`` a hyphen, may join to the next run: "don't", "O'Brien", "Gaddafi's", and with
hyphens "Jean-Pierre". Underscores and punctuation are never part of a word. The language
model's own reading units (``mtaudit.backends.lm``) keep punctuation as units of their own, and
the reports' diff compares whitespace-separated pieces: those are not words in this sense.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache


@cache
def word_pattern(*, letters_only: bool = False, hyphens: bool = False) -> re.Pattern[str]:
    """The compiled pattern for words of the given kind."""
    run = r"[^\W\d_]+" if letters_only else r"[^\W_]+"
    joiners = "-'’" if hyphens else "'’"
    return re.compile(rf"{run}(?:[{joiners}]{run})*")


def find_words(text: str, *, letters_only: bool = False, hyphens: bool = False) -> Iterator[re.Match[str]]:
    """Each word of ``text`` as a match (its ``group()``, ``start()`` and ``end()``)."""
    return word_pattern(letters_only=letters_only, hyphens=hyphens).finditer(text)


def words(text: str, *, letters_only: bool = False, hyphens: bool = False) -> list[str]:
    """The words of ``text``, in order."""
    return word_pattern(letters_only=letters_only, hyphens=hyphens).findall(text)



#: British spellings whose American form no rule below gives.
_AMERICAN = {"grey": "gray", "greys": "grays", "cheque": "check", "cheques": "checks", "tyre": "tire", "tyres": "tires",
             "plough": "plow", "mould": "mold", "kerb": "curb", "aluminium": "aluminum", "jewellery": "jewelry",
             "programme": "program", "programmes": "programs", "pyjamas": "pajamas", "sceptical": "skeptical",
             "sceptic": "skeptic", "sceptics": "skeptics", "storey": "story", "storeys": "stories",
             "draught": "draft", "manoeuvre": "maneuver", "manoeuvres": "maneuvers", "paediatric": "pediatric",
             "encyclopaedia": "encyclopedia", "analogue": "analog", "defence": "defense", "licence": "license",
             "offence": "offense", "offences": "offenses", "pretence": "pretense", "judgement": "judgment",
             "ageing": "aging", "enrol": "enroll", "fulfil": "fulfill", "instalment": "installment",
             "odour": "odor", "odours": "odors", "sulphur": "sulfur", "sulphuric": "sulfuric", "sulphate": "sulfate",
             "sulphates": "sulfates", "foetus": "fetus", "haemorrhage": "hemorrhage", "anaemia": "anemia",
             "oestrogen": "estrogen", "orthopaedic": "orthopedic", "orthopaedics": "orthopedics",
             "gynaecology": "gynecology", "anaesthetist": "anesthetist", "anaesthetic": "anesthetic",
             "diarrhoea": "diarrhea", "leukaemia": "leukemia", "oesophagus": "esophagus"}
#: Stems whose British forms double the l before -ed, -ing, -er: "travelled", "cancelling".
_DOUBLE_L = frozenset("""travel cancel model label fuel level signal total channel counsel dial duel equal jewel
marvel panel quarrel rival shovel tunnel funnel libel pedal spiral tunnel unravel grovel""".split())
_SPELLING_RULES = (
    (re.compile(r"isation(s?)$"), r"ization\1"),
    (re.compile(r"(?<=\w{3})is(e|es|ed|ing|er|ers)$"), r"iz\1"),  # "organised", "fertiliser"; not "rise", "wise"
    (re.compile(r"(?<=\w{2})ys(e|es|ed|ing)$"), r"yz\1"),    # "analysed"
    # "colour", "neighbourhood", "behavioural"; not "four", "hour"
    (re.compile(r"(?<=\w{3})our(s|ed|ing|ite|ites|able|er|ers|hood|hoods|al|ful|less)?$"), r"or\1"),
    (re.compile(r"(?<=\w{2})tre(s?)$"), r"ter\1"),           # "centre"
    (re.compile(r"(?<=\w{3})ogue(s?)$"), r"og\1"),           # "catalogue"
)


@lru_cache(maxsize=8192)
def american_spelling(word: str) -> str:
    """A lower-case word in its American spelling ("colour" -> "color", "organised" ->
    "organized", "travelled" -> "traveled"): two words with the same American spelling are the
    same word in two spellings. Words no rule covers come back unchanged."""
    if word in _AMERICAN:
        return _AMERICAN[word]
    double = re.fullmatch(r"([a-z]+)ll(ed|ing|er|ers)", word)
    if double and double.group(1) + "l" in _DOUBLE_L:
        return double.group(1) + "l" + double.group(2)
    for pattern, replacement in _SPELLING_RULES:
        word = pattern.sub(replacement, word)
    return word


#: Words that news copy writes in full or cut short, by house style ("Sen." / "Senator", "Main
#: St." / "Main Street"): each full word with its short form, which stands for it in comparisons.
#: "Saint" and "Street" share theirs, as "Doctor" and "Drive" do: "St." is either.
_SHORT = {"senator": "sen", "senators": "sens", "governor": "gov", "representative": "rep",
          "representatives": "reps", "doctor": "dr", "professor": "prof", "general": "gen", "lieutenant": "lt",
          "colonel": "col", "captain": "capt", "sergeant": "sgt", "admiral": "adm", "commander": "cmdr",
          "corporal": "cpl", "private": "pvt", "reverend": "rev", "honourable": "hon", "honorable": "hon",
          "superintendent": "supt", "attorney": "atty", "detective": "det", "inspector": "insp",
          "president": "pres", "secretary": "sec", "junior": "jr", "senior": "sr", "street": "st", "saint": "st",
          "avenue": "ave", "boulevard": "blvd", "road": "rd", "drive": "dr", "mount": "mt", "fort": "ft",
          "highway": "hwy", "company": "co", "corporation": "corp", "incorporated": "inc", "limited": "ltd",
          "brothers": "bros", "department": "dept", "association": "assn"}
SHORT_FORMS = frozenset(_SHORT.values())

#: Numbers written as words, and the words that count something ("dozen", "decade").
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "dozen": 12,
    "half": 0.5, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "decade": 10, "decades": 10,
}

#: Scales of South Asian English, as figures: a lakh is 100,000, a crore 10 million, and a lakh
#: crore a trillion ("Rs 1.5 lakh crore").
SOUTH_ASIAN_SCALES = {"lakh crore": 1e12, "lakh": 1e5, "crore": 1e7}

#: Words of names that news copy clips, each with the words it clips them from ("the Met Service" /
#: "the Meteorological Service", "the Met" / "the Metropolitan Police").
CLIPPED_NAME_WORDS = {"met": ("meteorological", "metropolitan"), "univ": ("university",), "uni": ("university",),
                      "corp": ("corporation",), "dept": ("department",), "govt": ("government",),
                      "intl": ("international",), "natl": ("national",), "assn": ("association",),
                      "poly": ("polytechnic",)}

#: Words of an organisation's name: a run of capitals holding one names no person.
ORGANISATION_WORDS = frozenset({
    "co", "ltd", "inc", "corp", "corporation", "company", "group", "technology", "technologies", "bank",
    "university", "ministry", "department", "office", "council", "committee", "party", "agency",
    "administration", "association", "federation", "commission", "institute", "bureau", "authority", "industries",
})
#: Courtesy titles before a name, in lower case and without their full stop.
COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "mx"})

#: The months in the order of the year, in lower case ...
MONTH_ORDER = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
#: ... and the months, the days of the week, and both together, as sets.
MONTHS = frozenset(MONTH_ORDER)
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
DAYS_MONTHS = WEEKDAYS | MONTHS
#: Months as news copy cuts them short before a day ("Sept. 5", "Oct. 12").
SHORT_MONTHS = {"jan": "january", "feb": "february", "aug": "august", "sep": "september", "sept": "september",
                "oct": "october", "nov": "november", "dec": "december"}


#: A day and month, either way round ("October 7", "7 October", "Oct. 7"), if its word names a
#: month (:func:`month_named` of group 1 or 4).
DAY_AND_MONTH = re.compile(r"\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b"
                           r"|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Z][a-z]{2,8})\b")


def month_named(word: str) -> str | None:
    """The month a word names in full or short ("Feb", "Sept"), in lower case, or None."""
    word = word.lower()
    return word if word in MONTHS else SHORT_MONTHS.get(word) or (
        next((m for m in MONTHS if m.startswith(word)), None) if len(word) == 3 else None)

#: Verbs that say who says so ("police said", "said police", "according to police"): their place
#: in a sentence is house style.
SAYING = frozenset({"said", "says", "say", "told", "tells", "added", "adds", "according", "stated", "states",
                    "explained", "noted", "wrote", "declared", "remarked"})
#: The forms of the auxiliary and modal verbs, which say who does nothing.
AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do",
                         "does", "did", "can", "could", "will", "would", "shall", "should", "must", "may", "might"})


def short_form(word: str) -> str:
    """A lower-case word as news copy cuts it short ("senator" -> "sen", "street" -> "st"), or the
    word itself: a full word and its short form give the same."""
    return _SHORT.get(word, word)


def is_short_form(word: str) -> bool:
    """Whether a word is a short form news copy writes with a full stop ("Ave", "Sen", "St"):
    the full stop after it ends no sentence."""
    return word.lower() in SHORT_FORMS


def negations_spelled_out(text: str) -> str:
    """``text`` with its negations written in full: "cannot" -> "can not", "won't" -> "will not",
    "couldn't" -> "could not"."""
    text = re.sub(r"\b(can)not\b", r"\1 not", text, flags=re.IGNORECASE)
    text = re.sub(r"\b(wo|ca|sha)n[’']t\b",
                  lambda m: {"wo": "will", "ca": "can", "sha": "shall"}[m.group(1).lower()] + " not", text,
                  flags=re.IGNORECASE)
    return re.sub(r"n[’']t\b", " not", text, flags=re.IGNORECASE)
