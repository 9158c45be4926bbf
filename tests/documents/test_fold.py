"""Traditional-character documents are read through their simplified form, shown as written.

A text copied from a traditional-character site names the same projects, places and stages; the
extraction's vocabulary is simplified, so the document is read through a character-for-character
fold (:mod:`geo.documents.fold`), while quotes and mention text stay as the document wrote them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.documents import fold, read_document
from geo.documents.fold import MISUSED_PATH, TABLE_PATH
from geo.extract import extract
from geo.model import Stage

ROOT = Path(__file__).resolve().parents[2]


def test_table_never_touches_simplified_text() -> None:
    rows = TABLE_PATH.read_text(encoding="utf-8").splitlines()[1:]
    assert len(rows) > 3000
    for row in rows:
        trad, simp = row.split("\t")
        assert len(trad) == len(simp) == 1 and trad != simp
        with pytest.raises(UnicodeEncodeError):
            trad.encode("gb2312")  # a character of simplified text is never folded


@pytest.mark.parametrize("text, expected", [
    ("渝黔鐵路擴能改造項目", "渝黔铁路扩能改造项目"),
    ("龍里縣至貴陽高速公路", "龙里县至贵阳高速公路"),
    ("乾县著名的后山干渠", "乾县著名的后山干渠"),
    ("计划２０２５年建成Ｇ７５兰海高速，（二期）：", "计划2025年建成G75兰海高速，（二期）："),  # digits and letters, not punctuation  # simplified text, characters shared with traditional: unchanged
    ("衞生院至新城區道路工程敍述", "卫生院至新城区道路工程叙述"),  # Hong Kong and Taiwan forms (OpenCC's variant tables)
    ("陜西省西安至安康高速", "陕西省西安至安康高速"),  # 陜 typed for 陝 (t2s_misused.tsv)
    ("", ""),
])
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected
    assert len(fold(text)) == len(text)


def test_misused_characters_are_outside_simplified_text_and_say_why() -> None:
    rows = MISUSED_PATH.read_text(encoding="utf-8").splitlines()[1:]
    table = dict(row.split("\t")[:2] for row in TABLE_PATH.read_text(encoding="utf-8").splitlines()[1:])
    assert rows
    for row in rows:
        trad, simp, note = row.split("\t")
        assert len(trad) == len(simp) == 1 and trad != simp and note.strip()
        assert trad not in table  # the generated table does not already map it
        with pytest.raises(UnicodeEncodeError):
            trad.encode("gb2312")


def test_bundled_documents_are_unchanged_but_one_rare_character() -> None:
    # the five bundled (simplified) documents: at most a rare variant character is folded
    for path in sorted((ROOT / "data" / "documents").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert sum(a != b for a, b in zip(text, fold(text))) <= 2, path.name


TRADITIONAL = (
    "某市交通運輸局關於加快高速公路建設的答復\n"
    "2023年5月8日\n"
    "宜昌至鄂州高速公路正在加快建設，力爭2025年建成通車。"
    "石門港區二期工程已於去年開工建設。"
    "縣城至機場快速路目前正在開展前期工作。\n"
)


def test_traditional_document_is_read_and_shown_as_written(tmp_path: Path) -> None:
    src = read_document(tmp_path / "trad.txt", data=TRADITIONAL.encode("utf-8"))
    assert src.shown and src.text == fold(src.shown) and len(src.text) == len(src.shown)
    assert "高速公路建设" in src.text and "高速公路建設" in src.display(0, len(src.shown))
    ents = {e.name: e for e in extract(src)}
    hw = ents["宜昌至鄂州高速公路"]
    m = hw.mentions[0]
    assert m.stage is Stage.UNDER_CONSTRUCTION and m.target_year == 2025
    assert "加快建設" in m.quote and "加快建设" not in m.quote  # the evidence as written
    assert src.raw[m.start:m.end] == m.text  # offsets point at the original characters
    port = next(e for name, e in ents.items() if "港区" in name)
    assert "港區" in port.mentions[0].text and port.mentions[0].stage is Stage.STARTING


def test_full_width_digits_give_the_year(tmp_path: Path) -> None:
    text = "某县交通局2023年工作要点\n２０２３年３月１日\n南山至北岭高速公路正在加快建设，计划２０２５年建成通车。\n"
    src = read_document(tmp_path / "w.txt", data=text.encode("utf-8"))
    (hw,) = [e for e in extract(src) if e.name == "南山至北岭高速公路"]
    assert hw.mentions[0].target_year == 2025 and "２０２５年" in hw.mentions[0].quote


def test_simplified_document_has_no_shown_copy(tmp_path: Path) -> None:
    src = read_document(tmp_path / "s.txt", data=fold(TRADITIONAL).encode("utf-8"))
    assert src.shown == "" and src.display(0, 4) == src.text[:4]


#: Characters simplified text shares with traditional text (後, 於): folded only in a traditional text.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a traditional text: 建成後 is 建成后, 位於 位于 (the clause's stage and places read as usual)
        ("東西大橋項目建成後將極大改善兩岸交通，該橋位於長江幹流，預計總投資約二十億元。",
         "东西大桥项目建成后将极大改善两岸交通，该桥位于长江干流，预计总投资约二十亿元。"),
        # a simplified text naming one traditional sign, or a village 後山: nothing shared is touched
        ("这条公路建成后将于2025年通车，沿线有龍頭港和後山村。", "这条公路建成后将于2025年通车，沿线有龙头港和後山村。"),
        ("於家村至后坝镇公路改建工程于今年开工。", "於家村至后坝镇公路改建工程于今年开工。"),
    ],
)
def test_shared_characters_fold_only_in_a_traditional_text(text: str, expected: str) -> None:
    assert fold(text) == expected and len(fold(text)) == len(text)


def test_a_traditional_text_reads_its_completion_after_a_verb(tmp_path: Path) -> None:
    text = ("某縣交通運輸局\n2023年5月10日\n"
            "南山至北嶺高速公路建成後，從縣城到機場的時間將縮短一半。該項目位於縣境東部，正在加快建設。\n")
    src = read_document(tmp_path / "t.txt", data=text.encode("utf-8"))
    assert "建成后" in src.text and "建成後" in src.display(0, len(src.shown))
    (hw,) = [e for e in extract(src) if e.name == "南山至北岭高速公路"]
    assert hw.stage is Stage.UNDER_CONSTRUCTION  # a completion after which something happens is no completion
