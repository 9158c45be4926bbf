"""Pinyin readings some pages print after characters (documents → text).

"重大項(xiàng)目集中開(kāi)工": a mirror site glosses characters with their reading in brackets; the cleaned text reads
"重大項目集中開工", so names and cues read whole; the offsets still point at the raw characters. A note in Latin
letters without a tone mark ("(PPP)", "(a)", "(Chongqing)") is not a reading and stays.
"""

from __future__ import annotations

import pytest

from geo.documents.clean import clean_text
from tests.extract_helpers import file_years


@pytest.mark.parametrize("raw, text", [
    ("重大項(xiàng)目集中開(kāi)工", "重大項目集中開工"),
    ("来源:某廣網(wǎng)", "来源:某廣網"),
    ("綠(lǜ)色通道", "綠色通道"),
])
def test_a_pinyin_reading_after_a_character_is_dropped(raw: str, text: str) -> None:
    cleaned, offsets = clean_text(raw)
    assert cleaned == text
    assert [raw[i] for i in offsets] == list(cleaned)  # each character maps back to itself


@pytest.mark.parametrize("raw", ["枫林至竹园(PPP)项目", "附表(a)", "重庆(Chongqing)", "编号(ab)"])
def test_a_latin_note_without_a_tone_mark_stays(raw: str) -> None:
    assert clean_text(raw)[0] == raw


def test_a_glossed_text_is_read_as_the_plain_one() -> None:
    text = "交通建設情況\n枫林至竹園高速公路計劃今年底建(jiàn)成通(tōng)車,槐樹物流園項(xiàng)目年內開(kāi)工。"
    assert file_years("t_2024.txt", text, "枫林至竹园高速公路")[0] == 2024
