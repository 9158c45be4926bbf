"""Rivers of the offline basemap, extracted from GSHHG with Debian's gmt."""

from __future__ import annotations

from pathlib import Path

from conftest import unavailable

from geo.places import gap_m, rivers

SAMPLE = """> River Bin # 1, Level 2
106.0 29.0
106.1 29.05
106.2 29.1
> River Bin # 2, Level 3
105.0 28.0
> River Bin # 3, Level 1
105.5 28.5
105.6 28.6
"""


def test_parse_keeps_lines_with_their_level() -> None:
    feats = rivers.parse_coast(SAMPLE)
    assert [f["properties"]["level"] for f in feats] == [2, 1]  # a one-point segment is dropped
    assert feats[0]["geometry"]["coordinates"][0] == [106.0, 29.0]


def test_build_extracts_the_yangtze_through_chongqing(tmp_path: Path) -> None:
    if not rivers.available():
        unavailable("Debian's gmt is not installed (make data installs it)")
    path = rivers.build(tmp_path)
    assert path is not None
    rivers.forget()
    frame = rivers.load(tmp_path)
    assert len(frame) > 50
    # the 长江 passes 江津 and 重庆's centre: some river line within ~3 km of 朝天门 (106.585, 29.565)
    from shapely.geometry import Point

    chaotianmen = Point(106.585, 29.565)
    assert min(gap_m(line, chaotianmen) for line in frame.geometry) < 3_000
