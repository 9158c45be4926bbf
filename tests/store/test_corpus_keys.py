"""The geocode cache key is the digest of everything the geocoder reads (issue 16)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest

from geo.model import Entity, EntityType, Mention, Register, Stage
from geo.store import corpus


def _entity() -> Entity:
    """An invented project named twice, with a register field, quotes and a backslash in its sentence."""
    mentions = [
        Mention(doc="甲.txt", text="示范物流园", quote="新建“示范物流园”\\二期", start=2, end=7,
                stage=Stage.PRELIMINARY, target_year=2027, lead_unit="区发展改革委", doc_date=dt.date(2024, 3, 1),
                period=(2021, 2025), register=Register(code="2024-示例-01", responsible_unit="区交通局")),
        Mention(doc="乙.txt", text="示范物流园", quote="示范物流园开工", start=0, end=5),
    ]
    return Entity(name="示范物流园", type=EntityType.LOGISTICS_HUB, aliases=["物流园"], places=["某区"],
                  mentions=mentions)


def _context(words: str) -> str:
    return json.dumps({"doc": [words, "某区人民政府"], "localities": {}}, ensure_ascii=False)


@pytest.mark.parametrize("contexts", [
    [],
    [_context("关于“示范”的通知")],
    [_context("甲\\乙\t丙"), _context("第二份文件\n标题")],
])
def test_geocode_key_is_the_digest_of_rules_entity_and_contexts(contexts: list[str]) -> None:
    entity = _entity()
    digests = [hashlib.sha256(c.encode()).hexdigest() for c in contexts]
    whole = json.dumps([corpus.rules(), corpus.entity_dict(entity), digests],
                       ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert corpus.geocode_key(entity, contexts) == hashlib.sha256(whole.encode()).hexdigest()
    assert corpus.geocode_key(entity, iter(contexts)) == corpus.geocode_key(entity, contexts)


def test_geocode_key_changes_with_each_part() -> None:
    entity, contexts = _entity(), [_context("甲"), _context("乙")]
    key = corpus.geocode_key(entity, contexts)
    assert corpus.geocode_key(entity, contexts[::-1]) != key
    assert corpus.geocode_key(entity, contexts[:1]) != key
    other = _entity()
    other.mentions[1].start = 1
    assert corpus.geocode_key(other, contexts) != key
    # one character of a document's context changes the key of every entity it names
    assert corpus.geocode_key(entity, [contexts[0], _context("丙")]) != key
    assert corpus.geocode_key(entity, [contexts[0], _context("乙")]) == key
