"""How a claim is reported: a reprint that states as fact what its original reports as a claim
(an allegation word or who says so dropped, what may happen made certain), or that turns what
must happen into what may. The findings are ``fact-hedge`` changes; :mod:`.facts` words them."""

from __future__ import annotations

import re
from typing import Any

#: Words that report a claim without making it: dropped, the claim reads as a fact.
_HEDGE = re.compile(r"\b(?:alleged|allegedly|suspected|purported|purportedly|reportedly|supposedly|presumed)\b"
                    r"(?:\s+([\w-]+))?", re.IGNORECASE)
#: Other ways a reprint can report a claim without making it ("are believed to", "according to").
_REPORTED = re.compile(r"\b(?:(?:believed|said|thought|reported|claimed|understood|rumou?red|expected|accused|"
                       r"suspected|appears?|seems?) (?:to|of)|according to|apparently|allegations?|claims?)\b",
                       re.IGNORECASE)
#: Who says so, where a sentence begins or ends with it: "According to police, ...", "...,
#: according to the report.", "..., police said on Monday.", "Police said the man ...".
_ATTRIBUTION = re.compile(
    r"^\W*(?P<first>according to [^,;]+)"
    r"|,\s*(?P<last>according to [^,;]+?)\W*$"
    r"|,\s*(?P<end>(?:[\w.'’-]+\s+){1,5}(?:said|says|told [\w.'’-]+))(?:\s+(?:on|in|at|late|early)\s[\w\s]{0,25})?\W*$"
    r"|^\W*(?P<start>(?:[\w.'’-]+\s+){1,6}(?:said|says))\s+(?:that\s+|on \w+\s+)?(?=[a-z])", re.IGNORECASE)
#: Any way a reprint may say who says so, or that someone does: with one of these, the claim is
#: still reported ("Statistics show", "It is understood that", "Smith: 'We ...'").
_SOURCED = re.compile(
    r"\b(?:according|accordance|said|says|say|saying|told|tell|tells|stated|states|added|adds|noted|notes|"
    r"announced|announces|announce|announcement|reported|reports|report|claimed|claims|claim|insisted|insists|"
    r"explained|explains|quoted|quoting|cited|citing|cites|confirmed|confirms|revealed|reveals|disclosed|warned|"
    r"warns|argued|argues|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|points? out|pointed out|wrote|writes|"
    r"written|believes?|believed|statement|spokes(?:man|woman|person)|introduced|indicated|indicates|mentioned|"
    r"remarked|commented|acknowledged|acknowledges|admitted|asserted|declared|suggested|suggests|predicted|"
    r"estimated|estimates|reportedly|allegedly|shows?|showed|shown|data|figures|survey|study|expressed|"
    r"expresses|informed|under|based on|per|sources?|reckon(?:s|ed)?|thinks?|thought|felt|feels|hopes?|hoped|"
    r"urged|urges|called|calls|asked|asks|demanded|replied|responded|answered|agreed|denied|recalled|described|"
    r"describes|concluded|found|finds|learned|learnt|heard|seen|interview|press|conference|briefing|news|"
    r"understood|analy[sz]ed|analy[sz]is|observed|observes|maintained|maintains|contended|contends|affirmed|"
    r"affirms|averred|avers|specified|conveyed|voiced|highlighted|underlined|underscored|reiterated|recounted|"
    r"opined|proclaimed|testified|posted|tweeted|vowed|pledged|promised|projected|forecast|assured|continued|"
    r"countered|retorted|conceded|hinted|signall?ed)\b|:\s*[\"“]", re.IGNORECASE)
#: Modals of what must happen, and of what may, before the words they govern.
_MUST_MAY = re.compile(r"\b(must|may|might|could|can)\s+((?:not\s+)?[^\W\d_]+(?:\s+[^\W\d_]+)?)", re.IGNORECASE)
_OBLIGED = frozenset({"must"})
#: Modals of what may happen, and of what will.
_POSSIBLE = re.compile(r"\b(?:may|might|could)\b")
_CERTAIN = re.compile(r"\b(?:will|shall)\b|\w'll\b", re.IGNORECASE)


def hedge_change(original: str, reprint: str) -> dict[str, Any] | None:
    """A claim the original reports that the reprint states as a fact: an allegation word
    dropped ("the alleged gunman" / "the gunman"), who says so dropped ("The man was armed,
    police said." / "The man was armed.") or its verb swapped ("Guterres said that" / "Guterres
    aforementioned that"), what may happen made certain ("may raise" / "will raise"); or what must
    happen made something that may, or back ("must be approved" / "may be approved"). Adding a
    hedge is no finding: the reprint is only more careful; nor is another way of reporting the
    claim ("are alleged to" / "are believed to", "police said" / "statistics show")."""
    hedges = list(_HEDGE.finditer(original))
    if hedges and not _HEDGE.search(reprint) and not _REPORTED.search(reprint):
        shown = [m.group().strip() for m in hedges]
        after = [m.group(1) for m in hedges if m.group(1) and re.search(rf"\b{re.escape(m.group(1))}\b", reprint)]
        return {"type": "hedge", "original": shown, "reprint": after or [""], "hedge": "allegation"}
    source = _ATTRIBUTION.search(original.strip())
    if source is not None and not _SOURCED.search(reprint):
        said = next(group for group in source.groups() if group).strip()
        # "Guterres said that" / "Guterres aforementioned that": who says so is there, the verb
        # that says they say it is not (a thesaurus word of another sense, as spun copy has it)
        *who, verb = said.split()
        instead = re.search(r"\b" + r"\s+".join(map(re.escape, who)) + r"\s+([^\W\d_]+)", reprint, re.IGNORECASE) \
            if who and verb.lower() in ("said", "says") else None
        if instead is not None and instead.group(1).lower() != verb.lower():
            return {"type": "hedge", "original": [said], "reprint": [instead.group()], "hedge": "attribution",
                    "replaced": True}
        return {"type": "hedge", "original": [said], "reprint": [""], "hedge": "attribution"}
    # "must be approved" / "may be approved": what must happen made something that may, or back
    # (not "must not go" / "may not go": both forbid)
    theirs = {m.group(2).lower(): m.group(1).lower() for m in _MUST_MAY.finditer(original)}
    for m in _MUST_MAY.finditer(reprint):
        was, now = theirs.get(m.group(2).lower()), m.group(1).lower()
        if was is not None and (was in _OBLIGED) != (now in _OBLIGED) and not m.group(2).lower().startswith("not "):
            return {"type": "hedge", "original": [f"{was} {m.group(2)}"], "reprint": [m.group()], "hedge": "obligation",
                    "made": "possible" if was in _OBLIGED else "obliged"}
    possible, certain = _POSSIBLE.search(original), _CERTAIN.search(reprint)
    if possible and certain and not _POSSIBLE.search(reprint) and not _CERTAIN.search(original):
        return {"type": "hedge", "original": [possible.group()], "reprint": [certain.group()], "hedge": "possibility"}
    return None
