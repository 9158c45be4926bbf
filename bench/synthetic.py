"""Synthetic projects for the map benchmarks, written through the store's public API.

Every project type; the linear types (railways, highways, waterways) as five-point lines, the
rest as points, all inside the region's bounding box; one or two source sentences each, from
documents of 1,000 projects. Names are invented ("测试项目N号…"), areas are the region's focus
areas read from its data (never typed here).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from geo import store
from geo.model import (
    LINE_TYPES,
    STAGE_ORDER,
    DocumentMeta,
    Entity,
    EntityType,
    Mention,
    Precision,
    SourceText,
)
from geo.places import focus_areas

#: Projects per synthetic document.
PER_DOCUMENT = 1_000
#: Where the synthetic projects lie (WGS-84 lon/lat): the south-west of the Chengdu–Chongqing region.
BOUNDS = (104.8, 28.0, 107.2, 30.4)
SENTENCES = (
    "加快推进{name}建设，力争{year}年建成投用，打造区域融合发展的重要支撑。",
    "开展{name}前期工作，{year}年前完成可行性研究，由区发展改革委牵头。",
    "{name}已纳入年度重点项目，{year}年开工建设。",
)
SUFFIX = {"railway": "铁路", "highway": "高速公路", "waterway": "航道", "port": "港区", "airport": "机场",
          "industrial_park": "园区", "logistics_hub": "物流枢纽", "energy": "电站", "water": "水库",
          "rail_station": "站", "other_facility": "中心"}


def _entity(i: int, doc: str, text: list[str], offset: int, rng: random.Random) -> tuple[Entity, store.GeoInfo, int]:
    type_ = list(EntityType)[i % len(EntityType)]
    name = f"测试项目{i}号{SUFFIX.get(type_, '项目')}"
    mentions = []
    for _ in range(rng.choice((1, 1, 2))):
        year = rng.choice((2024, 2025, 2027, 2030))
        quote = rng.choice(SENTENCES).format(name=name, year=year)
        start = offset + quote.index(name)
        mentions.append(Mention(doc=doc, text=name, quote=quote, start=start, end=start + len(name),
                                stage=rng.choice(STAGE_ORDER), target_year=year, lead_unit="区发展改革委",
                                doc_date=dt.date(2024, 1, 1)))
        text.append(quote)
        offset += len(quote)
    lon, lat = rng.uniform(BOUNDS[0], BOUNDS[2] - 0.3), rng.uniform(BOUNDS[1], BOUNDS[3] - 0.3)
    if type_ in LINE_TYPES:
        coords = [[lon + k * 0.05, lat + rng.uniform(-0.03, 0.03) * k] for k in range(5)]
        geometry, precision = {"type": "LineString", "coordinates": coords}, Precision.SCHEMATIC
    else:
        geometry = {"type": "Point", "coordinates": [lon, lat]}
        precision = rng.choice((Precision.SITE, Precision.TOWN, Precision.DISTRICT))
    area = rng.choice([a.name for a in focus_areas()])
    ent = Entity(name=name, type=type_, places=[area], mentions=mentions)
    return ent, store.GeoInfo(geometry, precision, [area]), offset


def write(url: str, n: int, *, seed: int = 7) -> str:
    """Write ``n`` synthetic projects into the (reset) database at ``url``; return ``url``."""
    rng = random.Random(seed)
    eng = store.engine(url)
    store.reset(eng)
    for first in range(0, n, PER_DOCUMENT):
        doc = f"synthetic-{first // PER_DOCUMENT:03d}.txt"
        text: list[str] = []
        found, info, offset = [], {}, 0
        for i in range(first, min(n, first + PER_DOCUMENT)):
            ent, where, offset = _entity(i, doc, text, offset, rng)
            found.append(ent)
            info[ent.id] = where
        body = "".join(text)
        source = SourceText(name=doc, raw=body, text=body, offsets=list(range(len(body))),
                            meta=DocumentMeta(f"合成测试文件{first // PER_DOCUMENT + 1}", None, dt.date(2024, 1, 1)),
                            sha256=f"{first:064d}")
        store.save_document(eng, source, found, info)
    return url


def database(folder: Path, n: int) -> str:
    """Return the URL of a SQLite database of ``n`` synthetic projects in ``folder`` (made once)."""
    path = folder / f"synthetic-{n}.db"
    url = f"sqlite:///{path}"
    if not path.exists():
        write(url, n)
    return url
