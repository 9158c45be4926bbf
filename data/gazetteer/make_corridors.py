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
 ("渝西高铁", "重庆至西安铁路|重庆至西安高铁|渝西|西渝高铁|西安至重庆铁路|西安至重庆高铁|西渝", "railway",
  "重庆西站 北碚 合川 广安 大竹 达州 宣汉 城口 岚皋 安康 西安",
  "per studyofnet.com/136022043.html (四川发布: 安康西站起，经岚皋、城口、樊哙、宣汉南、达州南、大竹、广安东、合川、北碚，至重庆西站) and the 人民网 report of 2022-11-29 (西安至重庆高铁, 简称西渝高铁); 樊哙 (a town of 宣汉) drawn at 宣汉"),
 ("川黔铁路", "", "railway", "重庆西站 珞璜@江津 綦江 三江@綦江 赶水站 新站镇 桐梓 遵义 贵阳"),
 ("成昆铁路", "成昆线", "railway", "成都 眉山 峨眉=峨眉山 金口河 甘洛 西昌 德昌 米易 攀枝花 元谋 昆明"),
 ("兰渝铁路", "", "railway", "重庆北站 合川 南充 阆中 广元 陇南 兰州"),
 ("隆黄铁路", "", "railway", "隆昌 泸县 泸州 纳溪 叙永 威信 毕节 织金 黄桶=普定",
  "隆叙—叙毕 (叙永北—威信—毕节东) per yunnanlong.com/c/4707942.html; 毕织, 织黄 to 黄桶 (普定县, drawn at its seat) per zh.wikipedia.org 隆黄铁路 and cooxue.com/zhishi/236801.html"),
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
# National lines that leave the region (issue 12): control cities in order, each line with the
# page its order is taken from. The name's short form and its code are aliases (a bare code
# matches only when no digit follows it: G5 is not G50, see PlaceIndex.corridor).
NATIONAL = [
 ("包茂高速", "G65|G65包茂高速|包茂高速公路|包头至茂名高速公路", "highway",
  "包头 鄂尔多斯 榆林 延安 铜川 西安 安康 达州 邻水 渝北 巴南 南川 武隆 彭水 黔江 酉阳 秀山 吉首 怀化 桂林 梧州 茂名",
  "control cities per en.wikipedia.org/wiki/G65_Baotou–Maoming_Expressway; 重庆 section (渝北—巴南界石—南川—武隆—彭水—黔江—酉阳—秀山) per photoint.net/article/edu/264172.html"),
 ("沪昆高速", "G60|G60沪昆高速|沪昆高速公路|沪昆国高|上海至昆明高速公路", "highway",
  "上海 杭州 金华 衢州 上饶 鹰潭 抚州 南昌 宜春 萍乡 株洲 湘潭 邵阳 怀化 凯里 贵阳 安顺 盘州 曲靖 昆明",
  "control cities per m.ymhi.cn/show/285090.html (上海…怀化、贵阳、安顺、曲靖、昆明); 凯里 and 盘州 from knowledge of the route"),
 ("厦蓉高速", "G76|G76厦蓉高速|厦蓉高速公路|厦门至成都高速公路", "highway",
  "厦门 漳州 龙岩 瑞金 赣州 郴州 桂林 榕江 都匀 贵阳 黔西 大方 毕节 叙永 纳溪 泸州 隆昌 内江 成都",
  "control cities per 363616.com/article/647554.html (厦门、漳州、龙岩、瑞金、赣州、郴州、桂林、榕江、都匀、贵阳、毕节、泸州、内江、成都); 纳溪至川黔界 section per news.cncn.com/43151.html; 黔西 and 大方 from knowledge of the 贵毕 section"),
 ("兰海高速", "G75兰海高速|兰海高速公路|兰州至海口高速公路", "highway",
  "兰州 陇南 广元 南充 武胜 合川 北碚 南环立交 綦江 桐梓 遵义 贵阳 都匀 河池 南宁 钦州 北海 湛江 海口",
  "control cities per p2.ttnews.xyz/a/5b413d48dc9b5e3741443bf4 (兰州、陇南、广元、南充、武胜、重庆、綦江、遵义、贵阳、都匀、河池、南宁、钦州、北海、湛江、海口); 重庆 through 合川—北碚 to 南环立交 as 渝黔高速 here"),
 ("沪渝高速", "G50|G50沪渝高速|沪渝高速公路|上海至重庆高速公路", "highway",
  "上海 湖州 宣城 芜湖 铜陵 安庆 黄梅 黄石 武汉 仙桃 潜江 荆州 宜昌 恩施 石柱 忠县 垫江 长寿 渝北",
  "control cities per wap.manyoumao.com/kexue/4996697.html (虹桥…宜昌、恩施、石柱、忠县、垫江、长寿, 终点 渝北)"),
 ("京昆高速", "G5|G5京昆高速|京昆高速公路|北京至昆明高速公路", "highway",
  "北京 保定 石家庄 太原 临汾 西安 汉中 广元 绵阳 德阳 成都 雅安 西昌 攀枝花 昆明",
  "control cities per 360doc.com/content/17/0615/16/39261598_663390922.shtml (G5 京昆高速)"),
 ("沪蓉高速", "G42|G42沪蓉高速|沪蓉高速公路|上海至成都高速公路", "highway",
  "上海 苏州 无锡 常州 镇江 南京 合肥 六安 麻城 武汉 孝感 荆门 宜昌 奉节 云阳 万州 梁平 大竹 南充 遂宁 成都",
  "control cities per verywind.cn/ee/rfxrx2rf3y7erre7xe.html (沪蓉高速新线)"),
 ("成渝环线高速", "G93|G93成渝环线高速|成渝地区环线高速公路|成渝环线高速公路", "highway",
  "成都 雅安 乐山 宜宾 泸州 合江 江津 重庆西站 北碚 铜梁 潼南 遂宁 绵阳 德阳 成都",
  "ring per artikel.siakadpt.com 成渝地区环线高速公路 (成都-雅安-乐山-宜宾-泸州-重庆-遂宁-绵阳-德阳-成都) and 66083797.com/trend/2013092408.htm (潼南、铜梁、江津、合江)"),
 ("兰新高铁", "兰新铁路第二双线|兰新高速铁路|兰新客专", "railway",
  "兰州 西宁 张掖 酒泉 嘉峪关 哈密 吐鲁番 乌鲁木齐",
  "stations per gansu.gscn.com.cn/system/2017/10/30/011832992.shtml (兰州、西宁、张掖、酒泉、嘉峪关、哈密、吐鲁番、乌鲁木齐)"),
]
SOURCE = {"railway": "waypoint order from knowledge of the line's route; coordinates = gazetteer point of the waypoint (schematic)",
          "highway": "waypoint order from knowledge of the road's route (江泸北线 exits per 江津发改委 2023 reply); coordinates = gazetteer point of the waypoint (schematic)",
          "waterway": "riverside towns in downstream-to-upstream or upstream-to-downstream order from knowledge; coordinates = gazetteer point of the waypoint (schematic)"}
rows = []
for line, aliases, kind, places, *cited in [*LINES, *NATIONAL]:
    for seq, spec in enumerate(places.split()):
        spec, _, ctx = spec.partition("@")
        label, _, name = spec.rpartition("=")
        name = name or label
        label = label or name
        found = g.lookup(name, context=[ctx] if ctx else ())
        assert found, (line, name)
        p = found[0]
        rows.append(dict(line=line, aliases=aliases if seq == 0 else "", type=kind, seq=seq, place=label,
                         lon=round(p.lon, 5), lat=round(p.lat, 5), source=(f"waypoint order {cited[0]}; coordinates = gazetteer point of the waypoint (schematic)" if cited else SOURCE[kind]) + f"; point: {p.name} ({p.level}, {p.adcode})"))
        print(line, name, p.name, p.level, p.adcode, p.lon, p.lat)
with open("data/gazetteer/corridors.csv", "w", encoding="utf-8", newline="") as fh:
    w = csv.DictWriter(fh, fieldnames=list(rows[0]))
    w.writeheader()
    w.writerows(rows)
