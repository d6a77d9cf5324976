"""Who does the text credit for a figure, and is that credit broken?

Cues come from the language data: forward ("selon X", "according to X") and backward
("X a déclaré", "X said"). The name after (or before) the cue is resolved against the
reference sources. Signs of a garbled attribution, as seen in machine-translated copy of
web pages whose links were lost:

- ``sentence_cut``: the name runs to the end of the sentence and the next "sentence" is a
  bare fragment (the old link text) glued to the following words;
- ``glued_words``: a word glued to the next sentence's first word ("JournalDans");
- ``unknown_institution``: the name is in no reference table while a known source sits in
  the adjacent fragment;
- ``two_sources``: two different sources run together in one name;
- ``mangled_source``: a known source only matches fuzzily;
- ``broken_sentence``: the figure's sentence starts with a lower-case verb after a full stop
  (". a atteint"), its subject lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from factcheck.checking import messages
from factcheck.lang.data import LanguageData, alternatives, load
from factcheck.text.sentences import ABBREVIATIONS, Sentence
from factcheck.reference.sources import SourceMatch, SourceResolver
from factcheck.text.fold import fold

STOP = re.compile(r"[,;:\"«»“”]|\s[-–—]\s")
FIGURE = re.compile(r"\S*\d\S*\s*")  # "the 4.9% the government had forecast": the name is after the figure
AUXILIARY = re.compile(r"(?:\s+(?:had|has|have|was|were|is|are|will|would|avait|avaient|aurait|"
                       r"auraient|ont|a))+\s*$", re.I)
WHEN = re.compile(r"\s*(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce matin|"
                  r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|"
                  r"mardi soir|lundi soir|jeudi soir)\b", re.I)
BROKEN = re.compile(r"[.!?]\s+([a-zà-öø-ÿ][\w'’]*)")
LOOKAHEAD = 160
# a reporting verb in the passé composé after a comma (", a confirmé", ", ont précisé"), read only
# when a known source follows it
REPORTED = re.compile(r",\s+(?:a|ont)\s+[a-zà-öø-ÿ]{3,}(?:é|i|u|it|is)s?\b", re.I)
COMPLEMENT = re.compile(r"\s(?:dans|lors|en|sur|pour|avec|après|depuis)\s", re.I)
RELAY = re.compile(r"(?:cité|citée|cités|citées|citant|cited by|quoted by|relayé|relayée)", re.I)
JOINED = re.compile(r" (?:et|and|ou|or|with|avec|puis) ")


@dataclass
class Credit:
    """Who the text credits for a figure, as read, with the signs that the credit is broken.

    Working state of the reader; the claim gets the public ``models.Attribution`` built from it.
    """

    text: str
    start: int
    end: int
    source: str | None = None
    match: SourceMatch | None = None
    signals: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    probable: SourceMatch | None = None  # the source the text probably meant, once repaired


class AttributionReader:
    def __init__(self, data: LanguageData):
        cues = data.attribution
        self.forward = re.compile(rf"(?<![\w])(?:{alternatives(cues.forward)})(?![\w])", re.I)
        self.backward = re.compile(rf"(?<![\w])(?:{alternatives(cues.backward)})(?![\w])", re.I)
        self.lead = re.compile(rf"^(?:(?:{alternatives(cues.lead_words)})(?:\s+|(?<=['’])))+", re.I)
        starters = alternatives(cues.sentence_starters)
        self.glue = re.compile(rf"(?<=[a-zà-öø-ÿ0-9)])(?:{starters})(?=[\s'’])")
        self.institution = re.compile(
            rf"(?:\b(?:la|le|les|l['’]|the)\s*)?(?:{alternatives(cues.institution_words)})\b[^.!?;,]*")
        self.agent = re.compile(rf"(?<![\w])(?:{alternatives(cues.agent)})\s+", re.I)

    def read(self, text: str, sentences: list[Sentence], index: int, claim_start: int,
             resolver: SourceResolver) -> Credit | None:
        sentence = sentences[index]
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        found = self.forward_name(text, sentence, claim_start) or self.backward_name(text, sentence) \
            or self.reported_name(text, sentence, resolver)
        broken = self.broken_before(text, sentence, claim_start)
        if found is None and broken is None:
            return None
        if found is None:
            found = broken
        else:
            self.resolve(found, text, sentence, following, resolver)
        if broken is not None and broken is not found:
            found.signals += broken.signals
            found.notes += broken.notes
        return found

    # -- finding the name ---------------------------------------------------------------
    def forward_name(self, text: str, sentence: Sentence, claim_start: int) -> Credit | None:
        """"selon X": the cue nearest the figure; a relay ("X, cité par l'AFP") names who
        passed the figure on, so it gives way to any other cue of the sentence."""
        cues = list(self.forward.finditer(text, sentence.start, sentence.end))
        own = [cue for cue in cues if not RELAY.match(cue.group())]
        if own:
            cues = own
        elif cues and self.backward.search(text, sentence.start, cues[0].start()):
            return None  # ", a annoncé mardi l'Insee, cité par l'AFP": the Insee
        if not cues:
            return None
        cue = min(cues, key=lambda m: abs(m.start() - claim_start))
        start = cue.end()
        stop = STOP.search(text, start, sentence.end)
        end = stop.start() if stop else sentence.end
        return self._name(text, start, end)

    def backward_name(self, text: str, sentence: Sentence) -> Credit | None:
        cues = list(self.backward.finditer(text, sentence.start, sentence.end))
        if not cues:
            return None
        cue = cues[-1]  # "sales are forecast to reach …, the SIA said": the reporting verb is last
        inverted = self.inverted_name(text, sentence, cue)
        if inverted is not None:
            return inverted
        head = text[sentence.start:cue.start()]
        cut = max((m.end() for m in STOP.finditer(head)), default=0)
        figure = max((m.end() for m in FIGURE.finditer(head, cut)), default=cut)  # a name holds no figure
        auxiliary = AUXILIARY.search(head, figure)  # "the government had forecast": "had" is no name
        return self._name(text, sentence.start + figure, sentence.start + (auxiliary.start() if auxiliary else len(head)))

    def inverted_name(self, text: str, sentence: Sentence, cue: re.Match) -> Credit | None:
        """", a annoncé mardi la Cour des comptes.", ", indique l'Insee.", ", said the ministry.":
        the reporting verb opens the clause after a comma and the source follows it."""
        before = text[sentence.start:cue.start()].rstrip()
        if not before.endswith(","):
            return None
        stop = STOP.search(text, cue.end(), sentence.end)
        end = stop.start() if stop else sentence.end
        start = cue.end()
        when = WHEN.match(text, start, end)
        return self._name(text, when.end() if when else start, end)

    def reported_name(self, text: str, sentence: Sentence, resolver: SourceResolver) -> Credit | None:
        """", a confirmé vendredi la Banque de France dans ses résultats": a reporting verb the cue
        list lacks, after a comma, taken only when what follows it names a known source."""
        found = None
        for verb in REPORTED.finditer(text, sentence.start, sentence.end):
            stop = STOP.search(text, verb.end(), sentence.end)
            end = stop.start() if stop else sentence.end
            when = WHEN.match(text, verb.end(), end)
            tail = COMPLEMENT.search(text, verb.end(), end)  # "... la Banque de France dans ses résultats"
            name = self._name(text, when.end() if when else verb.end(), tail.start() if tail else end)
            if name is not None and resolver.find_all(name.text):
                found = name
        return found

    def _name(self, text: str, start: int, end: int) -> Credit | None:
        raw = text[start:end]
        lead = self.lead.match(raw.lstrip())
        offset = len(raw) - len(raw.lstrip()) + (lead.end() if lead else 0)
        name = raw[offset:].rstrip(" .!?\n")
        if not name or not any(ch.isalpha() for ch in name):
            return None
        return Credit(text=name, start=start + offset, end=start + offset + len(name))

    def broken_before(self, text: str, sentence: Sentence, claim_start: int) -> Credit | None:
        """". a atteint $1 trillion": a full stop then a lower-case word before the figure."""
        breaks = [m for m in BROKEN.finditer(text, sentence.start, claim_start)
                  if not ABBREVIATIONS.search(text, max(0, m.start() - 6), m.start() + 1)]
        if not breaks:
            return None
        cut = breaks[-1]
        before = text[sentence.start:cut.start()]
        institutions = list(self.institution.finditer(before))
        agent = self.agent.search(before)
        if institutions:
            named = institutions[-1]
            where = sentence.start + named.start()
            result = Credit(named.group().strip(), where, where + len(named.group().strip()))
        else:
            result = Credit(cut.group(1), sentence.start + cut.start(1), sentence.start + cut.end(1))
        result.signals.append("broken_sentence")
        result.notes.append(messages.note_broken_sentence(
            cut.group(1), result.text if institutions else None, agent is not None))
        return result

    # -- resolving it ---------------------------------------------------------------------
    def resolve(self, found: Credit, text: str, sentence: Sentence, following: Sentence | None,
                resolver: SourceResolver) -> None:
        glued = self.glue.search(found.text)
        if glued:
            found.text = found.text[:glued.start()]
            found.end = found.start + len(found.text)
            found.signals.append("glued_words")
            found.notes.append(messages.note_glued(f"{found.text[-12:]}{glued.group()}"))
        name = found.text
        matches = resolver.find_all(name)
        if self.run_together(name, matches):
            found.signals.append("two_sources")
            found.notes.append(messages.note_two_sources([m.alias for m in matches]))
        match = matches[0] if matches else resolver.fuzzy(found.text)
        if match is not None and match.how == "fuzzy" and not any(ch.isupper() for ch in name):
            match = None  # "the government": a common noun, neither a name nor a mangled one
        if match is not None and match.how == "fuzzy":
            found.signals.append("mangled_source")
            found.notes.append(messages.note_mangled(name, match.alias, match.score))
        fragment = self.adjacent_fragment(text, found, sentence, following, resolver)
        if match is None and fragment is not None:
            found.probable = fragment
            found.signals.append("unknown_institution")
            found.notes.append(messages.note_unknown_institution(name, fragment.alias))
        found.match = match or fragment
        found.source = found.match.source if found.match else None

    @staticmethod
    def run_together(name: str, matches: list[SourceMatch]) -> bool:
        """Two sources with nothing between them ("Reuters Bloomberg"), not "Reuters et Bloomberg"."""
        if len({m.source for m in matches}) < 2:
            return False
        folded = fold(name)
        for first, second in zip(matches, matches[1:]):
            if first.source == second.source:
                continue
            a, b = folded.find(fold(first.alias)), folded.find(fold(second.alias))
            between = folded[a + len(fold(first.alias)):b] if 0 <= a < b else ""
            if not JOINED.search(f" {between} ") and "," not in name:
                return True
        return False

    def adjacent_fragment(self, text: str, found: Credit, sentence: Sentence,
                          following: Sentence | None, resolver: SourceResolver) -> SourceMatch | None:
        """A name cut by a full stop: the old link text just after it, glued to what follows."""
        if following is None or text[found.end:sentence.end].strip(" .!?") != "":
            return None
        head = text[following.start:min(following.end, following.start + LOOKAHEAD)]
        glued = self.glue.search(head)
        if glued is None:
            return None
        fragment = head[:glued.start()]
        matches = resolver.find_all(fragment) or [m for m in [resolver.fuzzy(fragment)] if m]
        if not matches:
            return None
        found.signals += ["sentence_cut", "glued_words"]
        found.notes.append(messages.note_sentence_cut(fragment, glued.group()))
        found.text = text[found.start:following.start + glued.start()]
        found.end = following.start + glued.start()
        return matches[0]


@cache
def attribution_reader(lang: str) -> AttributionReader:
    return AttributionReader(load(lang))
