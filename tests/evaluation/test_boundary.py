"""The learned name-boundary CRF (issue #11 item 1): off by default, loads, falls back, trims right.

The model is trained here on a few invented sentences (a name glued to a reporting or time word
before it: "当天X高速公路", "据悉X港"), so the test needs no corpus and takes a second; the
sentences it is tried on are other invented ones of the same class, with other words and places.
"""

from __future__ import annotations

import logging

import pytest

from geo.evaluation import boundary as ev
from geo.extract import boundary as bd
from geo.extract import extract
from geo.extract.names.candidates import find_candidates
from geo.model import DocumentMeta, SourceText

pytest.importorskip("pycrfsuite")

#: Invented training sentences: the name in brackets, a word glued before it that the rules keep.
TRAINING = [
    "当天[宜宾至西昌高速公路]正式通车。",
    "据悉[泸州港]扩建工程已开工。",
    "会上[忠县黄钦水库]获批。",
    "市民点赞[泸州至永川高速公路]。",
    "昨天[遂宁至广安高速公路]开工建设。",
    "记者获悉[万州新田港]二期开工。",
    "加快建设[成都至自贡铁路]。",
    "推进[内江至大足高速公路]建设,[綦江水库]年内开工。",
    "网友热议[达州至万州铁路]。",
    "[宜宾港]和[泸州港]完成吞吐量。",
]


def _labelled(sentence: str) -> tuple[str, list[str]]:
    work, labels, inside = "", [], False
    for ch in sentence:
        if ch == "[":
            inside, first = True, True
            continue
        if ch == "]":
            inside = False
            continue
        labels.append(("B" if first else "I") if inside else "O")
        first = False
        work += ch
    return work, labels


@pytest.fixture(scope="module")
def model(tmp_path_factory) -> bd.BoundaryModel:
    docs = []
    for s in TRAINING:
        work, labels = _labelled(s)
        docs.append(ev.Doc("invented", s, None, work, labels, [], bd.doc_features(work, find_candidates(work))))
    path = ev.train(docs, tmp_path_factory.mktemp("crf") / "b.crfsuite", {"max_iterations": 100})
    ev.write_options(path, bd.Options(threshold=0.1, trim=True))
    return bd.load(path)


def _source(text: str) -> SourceText:
    return SourceText.plain("t.txt", text, DocumentMeta(title="t"))


def test_model_loads_with_its_options(model) -> None:
    assert model.options.trim and model.options.threshold == 0.1 and not model.options.recall
    prob, labels = model.probabilities(bd.doc_features("当天泸州至永川高速公路通车。", []), "当天泸州至永川高速公路通车。")
    assert len(prob) == len(labels) == 14 and all(0.0 <= p <= 1.0 for p in prob)


@pytest.mark.parametrize(("text", "name"), [
    # (nouns the rules keep: a verb, time word or adverb before a place now ends the rules' lead too,
    # data/language/function_words.tsv, and 据了解, 点赞 and 消息 are stops, data/language/name_words.toml)
    ("现场泸州至内江高速公路建成通车。", "泸州至内江高速公路"),
    ("新闻宜宾至自贡铁路已开工。", "宜宾至自贡铁路"),
    ("群众遂宁至南充高速公路。", "遂宁至南充高速公路"),
])
def test_a_word_glued_before_a_name_is_trimmed(model, text, name) -> None:
    before = [c.name for c in find_candidates(text)]
    assert before and before[0] != name and before[0].endswith(name)  # the rules keep the glued word
    assert [c.name for c in bd.judge(text, find_candidates(text), model)] == [name]


@pytest.mark.parametrize("text", [
    "加快建设泸州至内江高速公路。",   # the rules' own name, already clean
    "宜宾至自贡铁路已开工。",
])
def test_a_clean_name_stays(model, text) -> None:
    assert [c.name for c in bd.judge(text, find_candidates(text), model)] == [c.name for c in find_candidates(text)]


@pytest.mark.parametrize(("text", "start"), [
    ("目前自贡至泸州港公路正加速建设。", "目前自贡至泸州港公路".index("泸州")),  # a route's far end: no cut after 至
    ("贵州省凤山水库开工。", "贵州省凤山水库".index("省")),  # a place's own suffix opens no name
    ("两处大型水库开工。", "两处大型水库开工".index("大型")),  # the rest is no name by the rules' test
])
def test_a_cut_a_name_does_not_allow_is_refused(text, start) -> None:
    cand = find_candidates(text)[0]
    assert bd.trimmed_at(text, cand, start) is None


def test_the_cut_at_a_place_is_allowed() -> None:
    text = "会上忠县黄钦水库获批。"
    cand = find_candidates(text)[0]
    trimmed = bd.trimmed_at(text, cand, text.index("忠县"))
    assert trimmed is not None and trimmed.name == "忠县黄钦水库" and trimmed.end == cand.end


def test_off_by_default(monkeypatch) -> None:
    monkeypatch.delenv("PLAN_ATLAS_BOUNDARY_MODEL", raising=False)
    text = "当天宜宾至西昌高速公路正式通车。"
    assert bd.configured() is None
    assert [e.name for e in extract(_source(text))] == [e.name for e in extract(_source(text), boundary=False)]


def test_a_missing_model_keeps_the_rules_and_logs_one_line(monkeypatch, tmp_path, caplog) -> None:
    monkeypatch.setenv("PLAN_ATLAS_BOUNDARY_MODEL", str(tmp_path / "absent.crfsuite"))
    text = "当天宜宾至西昌高速公路正式通车。"
    with caplog.at_level(logging.WARNING, logger="geo.settings"):
        got = bd.judge(text, find_candidates(text))
    assert [c.name for c in got] == [c.name for c in find_candidates(text)]
    lines = [r.getMessage() for r in caplog.records if "absent.crfsuite" in r.getMessage()]
    assert len(lines) == 1 and "make boundary" in lines[0] and "\n" not in lines[0]


def test_extract_uses_the_configured_model(monkeypatch, model) -> None:
    monkeypatch.setenv("PLAN_ATLAS_BOUNDARY_MODEL", str(model.path))
    names = [e.name for e in extract(_source("当晚泸州至内江高速公路建成通车。"), learned=False)]
    assert names == ["泸州至内江高速公路"]


def test_gold_labels_longest_first_without_overlap() -> None:
    work = "成渝高速复线和成渝高速都已建成。"
    labels = ev.gold_labels(work, [{"mention": "成渝高速"}, {"mention": "成渝高速复线"}])
    assert "".join(labels) == "BIIIII" + "O" + "BIII" + "O" * 5


def test_segments_are_sentences_with_chinese() -> None:
    work = "甲高速开工。\n2024\n乙铁路通车;"
    assert [work[a:b] for a, b in bd.segments(work)] == ["甲高速开工。", "乙铁路通车;"]


def test_features_carry_no_name() -> None:
    text = "当天宜宾至西昌高速公路正式通车。"
    feats = bd.doc_features(text, find_candidates(text))
    # characters and bigrams only; a place is a gazetteer flag on its characters, never a word
    values = [f.split("=", 1)[1] for fs in feats for f in fs if f[:1] in "cb" and "=" in f]
    assert values and max(len(v) for v in values) <= 2
    assert "p=pB" in feats[text.index("宜")] and "p=pE" in feats[text.index("宾")]
