"""Regenerate corridors.csv: each line's waypoint order (from knowledge of the route) with the
gazetteer point of every waypoint. Run from the project root:
``PYTHONPATH=. .venv/bin/python data/gazetteer/make_corridors.py``.
"""
import csv

from geo.places import gazetteer

g = gazetteer.load()
LINES = [
 ("渝昆高铁", "重庆至昆明铁路|重庆至昆明高铁|渝昆铁路|渝昆", "railway", "重庆西站 江津 泸州 宜宾 昭通 昆明"),
 ("成渝中线高铁", "成渝中线|成渝中线铁路|成渝中线高速铁路", "railway", "重庆西站 璧山 铜梁 大足 安岳 乐至 简阳 成都"),
 ("渝贵高铁", "重庆至贵阳铁路|重庆至贵阳高铁|渝贵", "railway", "重庆西站 綦江 赶水东站 桐梓 遵义 贵阳"),
 ("渝贵铁路", "", "railway", "重庆西站 綦江 赶水东站 桐梓 遵义 贵阳"),
 ("渝西高铁", "重庆至西安铁路|重庆至西安高铁|渝西", "railway", "重庆北站 达州 万源 安康 西安"),
 ("川黔铁路", "", "railway", "重庆西站 珞璜@江津 綦江 三江@綦江 赶水站 新站镇 桐梓 遵义 贵阳"),
 ("成昆铁路", "成昆线", "railway", "成都 眉山 峨眉=峨眉山 金口河 甘洛 西昌 德昌 米易 攀枝花 元谋 昆明"),
 ("兰渝铁路", "", "railway", "重庆北站 合川 南充 阆中 广元 陇南 兰州"),
 ("隆黄铁路", "", "railway", "隆昌 泸县 泸州 纳溪 叙永 毕节"),
 ("江泸北线高速", "渝泸高速复线|江泸北线|渝泸北线", "highway", "江津 油溪@江津 吴滩@江津 石门@江津 朱杨@江津 泸州"),
 ("渝泸高速", "G93渝泸高速", "highway", "重庆西站 江津 白沙@江津 合江 泸州"),
 ("渝黔高速", "G75渝黔高速|渝黔高速公路|G75", "highway", "南环立交 綦江 赶水@綦江 崇溪河 桐梓 遵义 贵阳"),
 ("重庆三环高速", "三环高速|重庆三环高速公路|G5001", "highway", "合川 铜梁 永川 陈食@永川 油溪@江津 江津 綦江 万盛 南川 涪陵 长寿 合川"),
 ("210国道", "G210|国道210|G210国道", "highway", "重庆西站 綦江 三江@綦江 赶水@綦江 新站镇 桐梓 遵义 贵阳"),
 ("渝遂高速", "渝遂高速公路|G93渝遂高速", "highway", "重庆北站 北碚 铜梁 潼南 遂宁"),
 ("遂渝铁路", "", "railway", "重庆北站 北碚 合川 潼南 遂宁"),
 ("长江干线航道", "长江干线|长江航道|长江|长江黄金水道", "waterway", "宜宾 纳溪 泸州 合江 朱沱 白沙@江津 江津 珞璜@江津 朝天门码头 长寿 涪陵 忠县 万州 巫山 宜昌"),
 ("沱江航道", "沱江", "waterway", "泸州 富顺 内江 资中 资阳 简阳 金堂"),
 ("涪江航道", "涪江", "waterway", "合川 潼南 遂宁 射洪 三台 绵阳"),
 ("嘉陵江航道", "嘉陵江", "waterway", "朝天门码头 北碚 合川 武胜 南充 南部 阆中 广元"),
 ("乌江航道", "乌江", "waterway", "涪陵 武隆 彭水 沿河 思南"),
 ("岷江航道", "岷江", "waterway", "宜宾 犍为 乐山 眉山 成都"),
 ("渠江航道", "渠江", "waterway", "合川 广安 渠县"),
 ("濑溪河", "濑溪", "waterway", "泸州 胡市@龙马潭 泸县 荣昌 大足"),
 ("綦河航道", "綦江河|綦河", "waterway", "江口=支坪@江津 贾嗣@江津 桥河 綦江 三江@綦江 赶水@綦江"),
]
SOURCE = {"railway": "waypoint order from knowledge of the line's route; coordinates = gazetteer point of the waypoint (schematic)",
          "highway": "waypoint order from knowledge of the road's route (江泸北线 exits per 江津发改委 2023 reply); coordinates = gazetteer point of the waypoint (schematic)",
          "waterway": "riverside towns in downstream-to-upstream or upstream-to-downstream order from knowledge; coordinates = gazetteer point of the waypoint (schematic)"}
rows = []
for line, aliases, kind, places in LINES:
    for seq, spec in enumerate(places.split()):
        spec, _, ctx = spec.partition("@")
        label, _, name = spec.rpartition("=")
        name = name or label
        label = label or name
        found = g.lookup(name, context=[ctx] if ctx else ())
        assert found, (line, name)
        p = found[0]
        rows.append(dict(line=line, aliases=aliases if seq == 0 else "", type=kind, seq=seq, place=label,
                         lon=round(p.lon, 5), lat=round(p.lat, 5), source=SOURCE[kind] + f"; point: {p.name} ({p.level}, {p.adcode})"))
        print(line, name, p.name, p.level, p.adcode, p.lon, p.lat)
with open("data/gazetteer/corridors.csv", "w", encoding="utf-8", newline="") as fh:
    w = csv.DictWriter(fh, fieldnames=list(rows[0]))
    w.writeheader()
    w.writerows(rows)
