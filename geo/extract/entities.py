"""Find the infrastructure projects a policy document names, with stage, year and evidence.

The rules (issue #3) are general, not a list of project names:

* a candidate ends with a *head word* that gives its type (高铁 → railway,
  水库 → water…, see :data:`geo.extract.lexicon.HEADS`);
* its start is found by walking left over name characters and stopping at
  punctuation or at the last verb / function word of the clause
  (:data:`geo.extract.lexicon.LEFT_STOPS`);
* items of a coordinated list share the head of the list ("A、B等高速公路");
* a head followed by ``X至Y段`` / ``(X段)`` is a section (``part_of`` the line),
  a head followed by a bracketed name of the same type gives an alias;
* names made only of generic words (一批, 农村…) or naming a mechanism,
  alliance, platform or policy zone are dropped;
* stage, target year and lead unit come from the clause and task around the
  mention (:data:`geo.extract.lexicon.STAGE_CUES`); register fields (investment,
  responsible unit, progress) from its sentence, task or table row (:mod:`geo.extract.register`).

This module prepares the text and assembles the entities; the rules live in
:mod:`geo.extract.names.candidates` and :mod:`geo.extract.names.judge` (finding and judging names),
:mod:`geo.extract.clauses` (stage, year, lead unit) and :mod:`geo.extract.linking.link` (merging
the same project across documents), on the patterns of :mod:`geo.extract.patterns`.
"""

from __future__ import annotations

import re

from geo.extract import doc_stages
from geo.extract.boundary import BoundaryModel, judge
from geo.extract.clauses import read_mention
from geo.extract.learned import screen
from geo.extract.linking.link import link
from geo.extract.linking.name_forms import line_key, variant_key
from geo.extract.names.candidates import find_candidates
from geo.extract.patterns import CJK, LEAD_SPAN_RE, TITLE_RE
from geo.extract.register import read_register
from geo.extract.stage_model import restage
from geo.extract.stages import list_headings
from geo.extract.years import doc_year, plan_period
from geo.model import Entity, EntityType, SourceText, name_key

__all__ = ["extract", "line_key", "link", "variant_key", "work_text"]

# --------------------------------------------------------------------------- public API


def extract(
    source: SourceText, *, learned: bool = True, staged: bool = True, boundary: BoundaryModel | bool = True
) -> list[Entity]:
    """Return the infrastructure entities named in one document.

    Parameters
    ----------
    source : SourceText
        The decoded and cleaned document.

    Returns
    -------
    list of Entity
        One entity per distinct project, in order of first mention; each
        mention carries its quote, offsets into ``source.raw``, stage, target
        year, lead unit and the document date.
    learned : bool
        Apply the learned filter named by ``PLAN_ATLAS_LEARNED_FILTER`` (if any); off when
        collecting the rules' own candidates to train it.
    staged : bool
        Give the items no stage rule staged the learned stage of ``PLAN_ATLAS_STAGE_MODEL``
        (:mod:`geo.extract.stage_model`); off when collecting the rules' own stages to train it.
    boundary : BoundaryModel or bool
        The learned name-boundary model judging the rules' candidates (:mod:`geo.extract.boundary`):
        True for the one ``PLAN_ATLAS_BOUNDARY_MODEL`` names (none by default), False for none.
    """
    work, index = _join_broken_lines(source.text)
    masked = _mask_lead_units(work)
    cands = find_candidates(masked)
    if boundary is not False:
        cands = judge(masked, cands, None if boundary is True else boundary)
    period = source.meta.period or plan_period(source.text, year=source.meta.date.year if source.meta.date else source.meta.year)
    year = doc_year(source.meta.date, year=source.meta.year)
    entities: dict[tuple[str, EntityType], Entity] = {}
    # a line named only as the parent of its sections ("隆黄铁路隆昌至叙永段") is not an item of this
    # document (tests/data/gold/README.md, "Nested names"); it stays the sections' ``part_of``
    named = {(name_key(c.name), c.type) for c in cands if not c.implied}
    said: set[int] = set()  # mentions whose clause says the works are under way ("在建X")
    framed: set[int] = set()  # mentions read 建成 from a frame of context alone (doc_stages)
    done: set[int] = set()  # mentions whose clause tells the completion as done ("X已于9月建成通车")
    headline: set[int] = set()  # mentions in the document's headline (doc_stages.in_headline)
    for cand in cands:
        if cand.implied and (name_key(cand.name), cand.type) not in named:
            continue
        mention = read_mention(source, work, index, cand, cands, period=period)
        if not cand.implied:
            mention.register = read_register(work, cand, cands, doc_year=year)
        key = (name_key(cand.name), cand.type)
        ent = entities.get(key)
        if ent is None:
            ent = Entity(
                name=cand.name,
                type=cand.type,
                aliases=list(cand.aliases),
                places=list(cand.places),
                part_of=cand.part_of,
            )
            entities[key] = ent
        else:
            ent.aliases.extend(a for a in cand.aliases if a not in ent.aliases)
            ent.part_of = ent.part_of or cand.part_of
            ent.places = ent.places or list(cand.places)
        if not any(m.start == mention.start and m.end == mention.end for m in ent.mentions):
            ent.mentions.append(mention)
            if doc_stages.said_building(work, cand, cands, mention.stage):
                said.add(id(mention))
            elif doc_stages.framed_done(work, cand, mention.stage):
                framed.add(id(mention))
            if doc_stages.told_done(work, cand, mention.stage, doc_year=year, cands=cands):
                done.add(id(mention))
            if doc_stages.in_headline(work, cand):
                headline.add(id(mention))
    found = link(entities.values())
    doc_stages.settle(found, said, framed)
    doc_stages.settle_goals(found)
    doc_stages.settle_done(found, done, year)
    doc_stages.settle_headline_years(found, headline)
    if staged:
        restage(found, source)
    return screen(found, source) if learned else found


# --------------------------------------------------------------------------- work text


def work_text(source: SourceText) -> str:
    """Return the text the rules read: broken lines joined, lead units and titles masked (same length as joined)."""
    return _mask_lead_units(_join_broken_lines(source.text)[0])


def _join_broken_lines(text: str) -> tuple[str, list[int]]:
    """Join a line break (and its spaces) that splits a name, keeping a map to ``text``.

    A break is joined when it sits between two Chinese characters and the line
    before it is running text (8+ characters holding a comma, 、 or 。), not a
    heading ("一、在建重点项目"), and not a headline: a line under ``_HEADLINE_MAX`` characters
    shorter than 4/5 of the line after it stays apart (hard-wrapped text fills its lines and only
    a paragraph's last line is short; a headline before a long paragraph is short):
    "江津—綦江—万盛—桐\\n梓高速".
    """
    parts: list[str] = []
    index: list[int] = []
    pos = 0
    line_start = 0
    for m in _BREAK_RE.finditer(text):
        i, j = m.start(), m.end()
        line = text[line_start:i]
        line_start = j
        if not (len(line) >= 8 and _RUNNING_RE.search(line) and _CJK_RE.match(text, i - 1) and _CJK_RE.match(text, j)):
            continue
        following = text.find("\n", j)
        if len(line) < _HEADLINE_MAX and 5 * len(line) < 4 * ((len(text) if following < 0 else following) - j):
            continue  # a wrapped line is as long as the one it runs into: a short one is a headline of its own
        if list_headings.heading(line)[1] is not None:
            continue  # a list's heading ("一、在建重点项目") is a line of its own
        if list_headings.labelled_list(line) or list_headings.labelled_list(text[j : len(text) if following < 0 else following]):
            continue  # a labelled list ("续建项目：A、B") is a line of its own, and so is the one after it
        parts.append(text[pos:i])
        index.extend(range(pos, i))
        pos = j
    parts.append(text[pos:])
    index.extend(range(pos, len(text)))
    return _close_code_spaces("".join(parts), index)


def _close_code_spaces(work: str, index: list[int]) -> tuple[str, list[int]]:
    """Drop the spaces a web page sets around a road's number ("省道 101 线" is 省道101线), keeping the map."""
    while _CODE_SPACE_RE.search(work):  # twice at most: the space before 线 shows once the number is closed up
        keep = [True] * len(work)
        for m in _CODE_SPACE_RE.finditer(work):
            keep[m.start() : m.end()] = [False] * (m.end() - m.start())
        work, index = "".join(c for c, k in zip(work, keep, strict=True) if k), [i for i, k in zip(index, keep, strict=True) if k]
    return work, index


#: Spaces between a road's kind and its number, and between the number and 线. The first space is matched
#: before the look-behinds that place it, so the engine finds the spaces by a scan of a character set
#: instead of trying the look-behinds at every position of the document (issue 16); the same matches as
#: ``(?<=国道|省道|县道|乡道)[ \u00a0]+(?=\d)|(?<=[国省县乡]道\d\d)[ \u00a0]+(?=线)|…`` (two to four digits).
_CODE_SPACE_RE = re.compile(r"[ \u00a0](?:(?<=(?:国道|省道|县道|乡道)[ \u00a0])[ \u00a0]*(?=\d)"
                            r"|(?<=[国省县乡]道\d\d[ \u00a0])[ \u00a0]*(?=线)|(?<=[国省县乡]道\d\d\d[ \u00a0])[ \u00a0]*(?=线)"
                            r"|(?<=[国省县乡]道\d\d\d\d[ \u00a0])[ \u00a0]*(?=线))")


_BREAK_RE = re.compile("\n[ \t\u3000]*")
_RUNNING_RE = re.compile("[,，、。]")
#: A line this long is a paragraph's, never a headline's (a headline or subtitle is a phrase).
_HEADLINE_MAX = 40
_CJK_RE = re.compile(f"[{CJK}]")


def _mask_lead_units(work: str) -> str:
    """Blank out "(牵头单位:…)" brackets and 《book titles》 so their words are not taken for projects.

    A title such as 《四川省通用机场布局规划》 names a document, not a facility;
    the brackets themselves are kept so the clause around them still reads. The title of a
    deputy's proposal a reply answers (《关于加快推进X建设的建议》) asks for the items it names,
    so it stays readable (issue #11).
    """
    work = LEAD_SPAN_RE.sub(lambda m: "\u3000" * len(m.group()), work)
    return TITLE_RE.sub(_mask_title, work)


def _mask_title(m: re.Match[str]) -> str:
    if _PROPOSAL_RE.fullmatch(m.group()) or _PROJECT_PAPER_RE.search(m.group()):
        return m.group()
    return "《" + "\u3000" * (len(m.group()) - 2) + "》"


#: The title of a proposal: 《关于…的建议》, …提案, …议案, or of a request a reply answers (《关于…的请示》).
_PROPOSAL_RE = re.compile(r"《关于[^《》]+的(?:建议|提案|议案|请示)》")
#: The title of one project's own paper or its approval (《X工程可行性研究报告》, 《X初步设计》,
#: 《关于新建X初步设计的批复》, 《X环境影响报告书》): it names the project, whose stage the clause gives;
#: a plan's title (《X规划》, 《X实施方案》) names no item and stays masked.
_PROJECT_PAPER_RE = re.compile(
    r"(?:可行性研究报告|可研报告|工可报告|初步设计|施工图设计|项目建议书|环境影响报告[书表])(?:的批复|的审查意见)?》$"
)
