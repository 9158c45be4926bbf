"""Find the body that issues a document: the line over its signature, a joint issue, the body answering a message.

:func:`geo.documents.meta.read_meta` takes the issuer of an official title ("X关于…的通知") first, then asks the
readers here. :func:`is_issuing_body` (and :data:`ORGAN`, how such a name ends) tells a body's name from any other
line, for the title and for the signature and imprint dates of :mod:`geo.documents.doc_date` too.
"""

from __future__ import annotations

import re

from geo.documents.date_forms import SIGNED_DATE

#: How an issuing body's name ends (政府, 办公室, 委员会, 市委, 局 …).
ORGAN = r"(?:人民政府|政府|办公室|办公厅|委员会|管理委员会|管委会|市委|省委|区委|县委|党委|委|局|厅|部|署|院|中心|公司|集团)"
_IS_ORGAN = re.compile(rf"^[\u4e00-\u9fff()()]{{2,40}}{ORGAN}$")


def is_issuing_body(name: str) -> bool:
    """Return whether ``name`` is a body's name and nothing else: "某市交通运输局", "某区人民政府办公室"."""
    return bool(_IS_ORGAN.match(name))


_JOINT_ISSUE = re.compile(
    r"(?P<who>[\u4e00-\u9fff()()、和]{4,120}?)(?:联合)?(?:印发|发布|出台)了?《"
)
#: What every match of ``_JOINT_ISSUE`` ends with: looked for first, as most documents have none and
#: the search tries up to 120 lengths at each Chinese character (issue 16: 6 ms of 50 documents' heads).
_ISSUE_VERB = re.compile(r"(?:印发|发布|出台)了?《")


def joint_issuers(head: str) -> str | None:
    """Return the bodies of ``A、B、C联合印发了《…》`` near the start (news reports)."""
    m = _JOINT_ISSUE.search(head) if _ISSUE_VERB.search(head) else None
    if not m:
        return None
    names = [n for n in re.split(r"[、和]", m.group("who")) if is_issuing_body(n)]
    return "、".join(names) or None


#: The label of the body that answers a citizen's message on a 问政 page (回复单位:甲县交通运输局来源:…).
_REPLYING_BODY = re.compile(r"^\s*(?:回复|答复|办理)单位\s*[:：]\s*(?P<body>[\u4e00-\u9fff()()]{2,40}?)(?=来源|回复时间|\s|$)")


def replying_body(lines: list[str]) -> str | None:
    """Return the body of the last ``回复单位:`` line (the one that answers; earlier ones forward), else ``None``."""
    found = [m["body"] for line in lines if (m := _REPLYING_BODY.match(line)) and is_issuing_body(m["body"])]
    return found[-1] if found else None


def signatory(lines: list[str]) -> str | None:
    """Return the body named on the line above the signature date."""
    for i, line in enumerate(lines[1:], 1):
        if SIGNED_DATE.match(line) and is_issuing_body(lines[i - 1]) and len(lines[i - 1]) <= 30:
            return lines[i - 1]
    return None
