"""Read whether an item is pictured by a photo caption: the whole caption, or in a caption's sentence.

Asked by :func:`geo.extract.stages.existing.is_context` right after its word lists: a pictured item is in
service. The caption's words are here too: an archive photo after the item (:data:`ARCHIVE_PHOTO_RE`, read by
:mod:`geo.extract.stages.existing`), a caption's lead, its credit, and the words of a view of works or of a plan.
"""

from __future__ import annotations

import re

from geo.extract.patterns import Cand
from geo.extract.stages import spans
from geo.extract.stages.frame_words import FUTURE_RE

#: An item shown in an archive photo or a real view ("X(资料图)", "航拍的X(资料照片)", "X实景。"): there
#: already (a photo of works in progress names its works: "X施工现场(无人机照片)").
ARCHIVE_PHOTO_RE = re.compile(r"\s*[(（]?(?:资料图片?|资料照片|实景图?)(?:[)）]|[。.]?\s*$|[。.]?\n)")

#: A photo caption naming only the item, on a line of its own ("X高速Y特大桥。市交通局供图", "繁忙的X港集装箱
#: 码头。某某摄", "X机场内部。(某网 某某摄)", "X机场一角"): the item pictured is there, as in an archive photo. Not a
#: view of works or of a plan ("建设中的X", "X施工现场", "X效果图", "X远景"): their words end the match.
#: A photo credit led by its word ("摄影/某某", "摄影:某报记者 某某"), the credit's form of magazines and papers.
PHOTO_BY = r"摄影[/／:：]"
CAPTION_BEFORE_RE = re.compile(r"[ \t\u3000]*(?:[^\s,，。;；、:：的]{1,6}的)?$")
CAPTION_AFTER_RE = re.compile(
    # a credit after a full stop ("。市交通局供图", "。(某网 某某摄)"; the next line may be joined to it) or closing
    # the line ("X大桥 某某摄"), or a view of the item closing its line ("X机场内部。"); a bare "X。" line is no
    # caption (a part of the report's subject: :func:`geo.extract.stages.headlines.part_of_subject`)
    r"(?:内部|一角|全景|夜景|近景|俯瞰|航拍|实景)?"
    r"(?:[。.][ \t\u3000]*[(（]?[^\n,，。;；()（）]{1,16}?(?:摄|供图)[)）]?"
    # (the credit may be spaced, "X大桥   某某  摄", "X大桥 通讯员 某某 摄", or glued once the spaces between
    # Chinese characters are dropped: "X大桥通讯员某某摄")
    r"|[ \t\u3000]*(?:[^\s,，。;；()（）]{1,8}[ \t\u3000]+){0,2}[^\s,，。;；()（）]{0,8}?(?:摄|供图)(?=[ \t\u3000]*(?:\n|$)))"
    r"|(?:内部|一角|全景|夜景|近景|俯瞰|航拍|实景)[。.]?(?=[ \t\u3000]*(?:\n|$))"
    # (or a credit led by its own word, "X公路 摄影/某某", "X大桥 摄影:某报记者 某某"; the spaces between Chinese
    # characters are dropped from the work text: "X公路摄影/某某")
    r"|[ \t\u3000]*" + PHOTO_BY + r"[ \t\u3000]*[^\s,，。;；]"
)
CAPTION_NOT_RE = re.compile(r"远景|效果|示意|规划|施工|建设|设计|模型|开工|在建")

#: A photo caption longer than the item alone (issue #11 item 2, existing infrastructure as context): a sentence
#: opening its line with a caption's lead ("资料图:航拍A、B的隧道和桥梁。", "图为X的一段道路。", "这是全长882米的X。"),
#: or any sentence of a line closed by a photo credit ("游客在X站留影(2025年2月18日摄)新华社记者 某某 摄", "X附近
#: 满载集装箱的轮船。新华社记者 某某 摄", "A、B同框,展现…功能 某某摄": :data:`PHOTO_CREDIT_GLUED_RE`). The items pictured are there, unless the caption shows works or a plan
#: (:data:`CAPTION_NOT_RE`, 正在, a project: 工程) or looks ahead (:data:`geo.extract.stages.frame_words.FUTURE_RE`).
PHOTO_LEAD_RE = re.compile(r"[ \t\u3000]*(?:资料图|资料照片|图为|这是)")
#: (the credit after the caption's sentence, "。新华社记者 某某 摄" or "供图:某网记者 某某", whose line break may be
#: joined to the next line; or a dated credit in a bracket inside it, "(2025年2月18日摄)")
PHOTO_CREDIT_AFTER_RE = re.compile(r"[ \t\u3000]*[(（]?[^\n,，。;；()（）]{0,16}?(?:摄(?!影|像|制|入|取|氏)|供图)")
PHOTO_CREDIT_IN_RE = re.compile(r"[(（][^()（）\n]{0,16}摄[)）]|[ \t\u3000]*" + PHOTO_BY + r"[ \t\u3000]*[^\s,，。;；]")
#: A photographer's name and 摄 closing a caption's line after the item, glued to the caption once the spaces between
#: Chinese characters are dropped, and to the next line when the caption has no full stop ("A高速、B高速同框,展现
#: 不同层级道路的运输功能 某某摄"; "X路况良好,车流不息 某某摄"). Not 拍摄, 航摄, nor 摄影, 摄像, 摄氏….
PHOTO_CREDIT_GLUED_RE = re.compile(r"(?<![拍航偷])摄(?!影|像|制|入|取|氏|政|理|食|护)")
#: (a project pictured, "拍摄的X水利枢纽工程", "是X铁路的控制性工程", may still be being built)
PHOTO_NOT_RE = re.compile(CAPTION_NOT_RE.pattern + r"|正在|进行|完成|竣工|通车|开通|尾声|工程|项目")

_CREDIT_ENDS = ("摄", "供图")


def caption(work: str, cand: Cand) -> bool:
    """Return whether the item is the whole of a photo caption on a line of its own (:data:`CAPTION_AFTER_RE`)."""
    ls = work.rfind("\n", 0, cand.start) + 1
    if work.endswith(_CREDIT_ENDS, ls, cand.start):
        ls = cand.start  # the caption before ends with its credit, and its line break was joined ("…某某摄X大桥某某摄")
    if cand.start - ls > 8 or not CAPTION_BEFORE_RE.fullmatch(work, ls, cand.start):
        return False
    after = CAPTION_AFTER_RE.match(work, cand.end)  # (a heading naming the item has neither stop nor credit)
    return after is not None and CAPTION_NOT_RE.search(work, ls, after.end()) is None


def in_photo_caption(work: str, cand: Cand) -> bool:
    """Return whether the item's sentence is a photo caption showing things in service (:data:`PHOTO_LEAD_RE`)."""
    ls = work.rfind("\n", 0, cand.start) + 1
    s0, s1 = spans.sentence(work, cand.start, cand.end)
    s0 = max(s0, ls)
    led = s0 == ls and PHOTO_LEAD_RE.match(work, ls) is not None
    if not (led or PHOTO_CREDIT_AFTER_RE.match(work, s1) or PHOTO_CREDIT_IN_RE.search(work, s0, s1)
            or PHOTO_CREDIT_GLUED_RE.search(work, cand.end, s1)):
        return False
    return PHOTO_NOT_RE.search(work, s0, s1) is None and FUTURE_RE.search(work, s0, s1) is None
