"""Generic and negative words: what a name may not be made of, hold, or stand before.

A name made only of :data:`GENERIC_WORDS` besides its head is generic; one holding a :data:`NEGATIVE_WORDS` word is
no infrastructure item; a head before a :data:`NEGATIVE_AFTER` word qualifies that word. Read by
:mod:`geo.extract.patterns`, :mod:`geo.extract.names` (judge, non_names, nonitems) and the stage of a clause.
"""

from __future__ import annotations

import re

from geo.extract.lexicon.boundaries import QUALITY_WORDS
from geo.extract.lexicon.sources import NAME_WORDS, alternatives

#: Words that make a name generic when they are all a name has besides its head.
GENERIC_WORDS: tuple[str, ...] = tuple(
    sorted(
        set(
            """
            一批 一些 若干 多个 各类 各种 相关 其他 其它 有关 主要 重要 重大 重点 区域 区域性 城市
            农村 乡村 城乡 国家 国家级 省级 市级 区级 县级 镇级 村级 现代 现代化 综合 综合性 特色 大型
            中型 小型 大中型 中小 中小型 新型 智慧 智能 绿色 生态 高端 高等级 高品质 高标准 专业 专业化
            国际 国内 跨境 跨区域 跨省 省际 市域 市政 城际 干线 支线 骨干 枢纽 货运 客运 公共 公用 基础
            配套 新 老 旧 既有 现有 拟建 在建 沿线 周边 高效 区域间 陆海新通道 新通道 防洪 毗邻 边界 重庆市 四川省 贵州省 全国 全市
            全省 西部 东部 南部 北部 中部 东南 东北 西北 物流 产业 工业 农业 商贸 示范 服务 保障
            集聚 合作 协作 融合 共建 开放 创新 科技 文化 旅游 体育 健康 康养 教育 医疗 城市轨道 轨道
            美丽 断头 瓶颈 出境 出海 通道 运输 交通 道路 公路 铁路 航运 水运 港口 水利 能源 电力
            清洁 天然气 页岩气 风电 光伏 储备 充装 飞地 特色产业 冷链 仓储 保鲜 批发 市场 交易 进口
            出口 保税 加工 制造 装备 电子 信息 数字 数据 大数据 网络 安全 应急 救援 养老 社区 街镇 乡镇
            跨江 跨河 跨线 关键 民航 普速 商业 文体 4A级 5A级 风景名胜 知名 度假 城市群 病险 控制性 往返 普惠性 三甲 区属 中小学 星级 农产品 经济技术 高新技术 高新技术产业
            地区 多式联运 县乡 国省 国省道 县乡道 城乡路 中心 功能 片区 新区 园 区 县 镇 乡 村 大 小 高 低 多 双 三
            两 主 副 内 外 上 下 中 前 后 第 二期 三期 一期 先进 优质 优势 知名 品牌 标准化 规模化
            进港 出港 进出港 疏港 进场 进站 出站 进城 出城 连接 支流 干流 内河 深水 万吨级 千吨级 全线 级 单线 双线
            普通 普铁 柏油 水泥 沥青 脱贫 众多 源头 客货共线 每小时 时速 东西向 南北向 国铁 多式联运型 引提 提灌 输配水 干渠 骨架 循环利用 综合利用 资源化利用 再生资源
            向 能力 水平 效率 效益 质量 作用 条件 贫困 偏远 边远 山区 货场 集装箱 联运 散货 件杂货 散堆装 滚装 工厂 坝后 坝后式 渠道 特长 省界 长大 水源 灌区 上游 中游 下游 站前 沿岸 岸线
            """.split()
        )
        | set(QUALITY_WORDS)
        | set(NAME_WORDS["generic_words"]),
        key=lambda s: (-len(s), s),
    )
)

#: A candidate whose name contains one of these is not an infrastructure item.
NEGATIVE_WORDS: tuple[str, ...] = (
    "机制", "联盟", "平台", "品牌", "节", "论坛", "协会", "商会", "班列", "口岸", "试验区", "示范区",
    "先行区", "合作区", "联合体", "共同体", "集团", "公司", "政策", "制度", "计划", "规划", "方案",
    "服务网", "经济圈", "生活圈", "通勤圈", "交通圈", "消费圈", "走廊", "经济带", "产业带", "工作", "会议", "博览会", "交易会",
    "新通道建设", "利益", "贸易港", "人才港", "创新港", "科创港", "出海港", "国家物流枢纽", "合作示范园",  "体系", "领域", "标准", "模式", "试点", "商圈", "走向",
)

#: The one-character belt word of a plan ("发展带物流园", "城镇带") as a negative word, except inside a place's own
#: name, where a landform or water follows it ("玉带山站", "X带溪大桥"; ``name_words.toml``: belt_name_landforms).
BELT_RE = re.compile("带(?![" + "".join(NAME_WORDS["belt_name_landforms"]) + "])")

#: 港澳 (Hong Kong and Macao: "港澳台", "粤港澳大湾区") as a negative word, except as the last places of a trunk route's
#: abbreviation, where a road or rail head follows it ("X港澳高速公路", "X港澳高速Y连接线"; ``name_words.toml``:
#: region_pair_route_heads).
REGION_PAIR_RE = re.compile("港澳(?!" + "|".join(NAME_WORDS["region_pair_route_heads"]) + ")")

#: Names made only of these are train services or policies, not lines.
SERVICE_WORDS: tuple[str, ...] = ("班列", "公交化", "客运公交", "列车", "动车", "开行")

#: Words naming a statistic of the head's kind ("路率", "数量"; data/language): a list before the head is
#: the subject of the figure, no list of items ("高速公路优等路率"); a network ("A、B等高速路网") still names
#: its lines.
STATISTIC_AFTER: tuple[str, ...] = tuple(NAME_WORDS["negative_after"])

#: A head directly followed by one of these names a group or a policy, not an item.
NEGATIVE_AFTER: tuple[str, ...] = (
    "商圈", "联盟", "集群", "群", "网", "城市", "片区", "经济",
    # a network of the head's kind around places ("X、Y旅游环线交通网", "X公路路网")
    "交通网", "路网",
    # a train service between places ("实现A、B至C高铁直达的新通道"), not a line
    "直达的", "直达列车", "直达车",
    # the head word used as a modifier: "铁路集装箱运输", "港区铁路集疏运体系", "铁路乘降点", "城际公交"
    "集装箱运输", "集疏运", "乘降", "公交线", "公交车", "运输服务",
    # a measure of the head word ("下距宜昌航道里程437公里")
    "里程",
    # an era or a pattern of the head's kind in a place ("开启甲县高铁时代", "乙地区高铁格局重塑"): the kind, no line
    "时代", "格局",
    # the history or the dream of the head's kind ("新中国铁路史上的开篇之作", "百年铁路梦终圆"): the kind, no line
    "史", "梦",
    # a policy about the head word's kind ("川渝电网一体化", "铁路港口一体化")
    "一体化",
    # an institution named after an item ("川藏铁路技术创新中心", "X港研究院")
    "技术创新", "创新中心", "研究院", "研究中心", "实验室", "重点实验室",
    # the subject of a statistic of its kind ("X快速路通车里程…", "X大桥数量…"): data/language/name_words.toml
    *STATISTIC_AFTER,
)

#: Where one stands after 站在 ("既站在前列", "站在新起点"): 站 is the verb, no station (data/language).
STAND_AT: tuple[str, ...] = tuple(NAME_WORDS["stand_at"])

#: Words opening with a word of :data:`NEGATIVE_AFTER` that do not make the head a modifier ("率先").
NEGATIVE_AFTER_NOT: tuple[str, ...] = tuple(NAME_WORDS["negative_after_not"])

#: Verbs of getting on or off a road ("上下", "上"; data/language): closing the words before a highway
#: head, they say where one drives onto it ("县城上高速"), no road is named.
BOARD_VERBS: tuple[str, ...] = tuple(NAME_WORDS["board_verbs"])

#: Job titles and roles before a person's name, verbs of speech after it, and fixed words a head opens or closes inside
#: ("一站式", "开发区域"): text a name runs through that is no name (data/language; geo/extract/names/non_names.py).
PERSON_TITLES: tuple[str, ...] = tuple(NAME_WORDS["person_titles"])
SPEECH_VERBS: tuple[str, ...] = tuple(NAME_WORDS["speech_verbs"])
HEAD_INSIDE_WORDS: tuple[str, ...] = tuple(NAME_WORDS["head_inside_words"])


def negative_after(text: str, pos: int, words: tuple[str, ...] = NEGATIVE_AFTER) -> bool:
    """Return whether one of ``words`` (by default :data:`NEGATIVE_AFTER`) opens ``text`` at ``pos``, and
    no word of :data:`NEGATIVE_AFTER_NOT` ("率先"): the head before ``pos`` qualifies that word."""
    return text.startswith(words, pos) and not text.startswith(NEGATIVE_AFTER_NOT, pos)


#: Words of a company that develops, runs or owns a site ("X工业园区开发建设有限公司", "X园区投资集团"): after a park, such a
#: company is the park's own, any other is a tenant (geo/extract/names/nonitems.py; ``name_words.toml``: site_company_words).
SITE_COMPANY_WORDS = alternatives("site_company_words")
