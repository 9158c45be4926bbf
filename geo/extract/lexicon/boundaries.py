"""Words that end a name on its left: the verbs and function words of the clause before an item.

The general lexicon's function words and verbs (``data/language/function_words.tsv``), the governing verbs of a plan
(:data:`LEFT_STOPS`) and the weaker stops that end a name only in some places. Read by :mod:`geo.extract.patterns`
(the name pattern) and :mod:`geo.extract.names` (leads, judge, candidates and the finders of names).
"""

from __future__ import annotations

import re

from geo import settings
from geo.extract.lexicon.sources import NAME_WORDS

#: Verbs and function words of two to four characters, and the commonest verbs and prepositions of one,
#: from a general lexicon of Chinese (jieba's dictionary, ``data/language/function_words.tsv``, made by
#: ``make_function_words.py`` there): a clause's lead glued before a place that opens a name ("增加X站",
#: "追赶X机场", "因X站项目施工") ends at one of them.
FUNCTION_WORDS_PATH = settings.ROOT / "data" / "language" / "function_words.tsv"
#: (The words are the first cells of the rows after the header, found by one pattern: a third of
#: reading the 12,600 rows one by one, at every start of ``python -m geo``, issue 16.)
_FUNCTION_ROWS = FUNCTION_WORDS_PATH.read_text(encoding="utf-8").partition("\n")[2]
FUNCTION_WORDS: frozenset[str] = frozenset(re.findall(r"^([^\t\n]*)\t", _FUNCTION_ROWS, re.M))
#: The verbs among them (tagged v, vn, vd): a verb alone before a bare kind is the sentence's ("检验泵站"), where a
#: pronoun or an adverb before it ("某某高速") is not read so (geo/extract/names/lead_words.py).
VERBS: frozenset[str] = frozenset(re.findall(r"^([^\t\n]*)\tv[nd]?$", _FUNCTION_ROWS, re.M))

#: Qualities a plan wishes an item to have ("平安机场、绿色机场、和谐机场", "平安智慧高速", "小康路"): a slogan
#: word ends a name on its left and is generic (so "和谐机场" is not cut to "谐机场" at 和). 幸福 is left
#: out: "幸福路", "幸福大道" are common names of real streets.
QUALITY_WORDS: tuple[str, ...] = ("平安", "和谐", "品质", "人文", "韧性", "小康", "四好", "致富")


def _with_traditional_particle(words: set[str]) -> set[str]:
    """Return ``words`` and each word with 着 written 著, as traditional texts write the particle
    ("標志著", "隨著", "意味著"): folding keeps 著, which simplified text also uses (显著)."""
    return words | {w.replace("着", "著") for w in words if "着" in w}


#: Words that end a name on its left: verbs of the governing clause and function words.
LEFT_STOPS: tuple[str, ...] = tuple(
    sorted(
        _with_traditional_particle(set(
            """
            推进 推动 加快 建设 建成 开工 启动 实施 规划 研究 论证 谋划 争取 力争 打造 扩建 新建
            迁建 改建 续建 提升 完善 依托 全力 积极 协同 共同 合力 加强 强化 深化 优化 建好
            做强 做大 壮大 培育 发展 支持 推广 用好 发挥 围绕 联合 联动 形成 构建 构筑 布局 对接
            衔接 融入 配合 落实 开展 开通 升级 改造 扩容 扩能 整治 保护 开发 利用 创建 争创 申报
            设置 设立 打通 畅通 连通 串联 带动 拓展 延伸 实现 完成 引进 承接 加密 结合 整合 提高
            高标准 高质量 高水平 全面 稳步 有序 进一步 重点 大力 着力 主动 认真 继续 持续 适时 尽快
            早日 积极推进 加快推进 加快建设 开工建设 启动建设 规划建设 规划研究 研究论证 研究建设
            谋划建设 推动建设 推进建设 前期工作 拟建 在建 正在 已经 以及 包括 其中 例如 如 和 与 及
            并 或 等 的 了 在 将 把 对 由 从 为 以 经过 通过 至于 按 按照 是 有 与之 同时 加上
            项目 工程 雅集 推 新增 负责 牵头 参与 局 委 管委会 政府 办公室 部门 同建 修建 兴建 援建 承建 新(改)建 开发好 办好 管好 用足 依靠 促进 助推 吸引 促成 加速 互联 连接 联通 入驻 做优
            含 推行 夯实 全力服务 扩大 开放 探索 认真 举办 办 纳入 列入 突出 凸显 巩固 健全 争设 多点 一批 一个 各类 各 该 此 其 我们 我区 我市
            全市 全区 全省 两地 三地 毗邻 周边 境内 区内 市内 省内 毗邻的 区域内 依 借助 利用好 抓好
            确保 增设 提供 建立 组建 筹建 联建 共建 共享 共育 共创 共设 共推 共抓 同步 统筹 统一 加大 力推 主推
            随着 除 途经 距 距离 起于 止于 庆祝 热烈庆祝 祝贺 迈入 迈进 跻身 位列 位居 标志着 成为 作为 打造成
            建设成 这条 这个 这座 那条 本市 本区 本县 本省 全线 即将 有望 预计 计划 已 已于 于 该港 该段
            我省 我国 全国 今天 今日 日前 近日 成功 开行 驶入 进入 接入 引入 报道 起自 起于 止于 终到 组成 再添
            北起 南起 东起 西起 北至 南至 东至 西至 设计 全国性 区域性 坐上 乘坐 改善 缓解 尽可能 走 走向
            顺接 终于 终至 起点 终点 起点位于 终点位于 保障 全力保障 到 可经 经由 继
            使得 透露 透露出 目前 当前 代表着 来自 当成 被当成 极易 需转 入选 所属 抓紧 出台 累计 拆迁 划定 打算 仅有
            可见 看到 已成 已建 扩宽 拓宽 路段 通达 这 使 让 令
            增强 此次 本次 这次 分别 各自 路网 铁路网 航道网 管网 这些 那些 这批 不少 多处 多条 整个 每条 每个 各条 要建 兼顾 探访 鸟瞰 航拍 下达 攻坚 聚焦
            范围内 直接 服务于 直接服务 再迎 新进展 进展 新突破 突破 宣布 意味着 这意味着 填补 渠化 向东 向西 向南 向北 东接 西接 南接 北接 东连 西连 南连 北连 喜迎 迎来 伴随 伴随着 欢庆 而 而且 并且 设 设有 全线设 待 走好 走出 走稳 走实 乘 搭乘 直达 可直达 位于 储备 再储备
            """.split()
        )
        | set(QUALITY_WORDS)
        | set(NAME_WORDS["left_stops"])
        | set(NAME_WORDS["place_stops"])
        | set(NAME_WORDS["group_idioms"])
        | set(NAME_WORDS["verb_adverbs"])),
        key=lambda s: (-len(s), s),
    )
)

#: One-character stops that also open names (走马…, 继光…, 待贤…): right after another stop
#: ("建成走马岭隧道") they are the name's first character, not a stop.
WEAK_STOPS: frozenset[str] = frozenset("走继而到待设")

#: Causative verbs ("使X港泊位达17个", "让X高速…") and time words ("未来X高速…"): a stop only before a
#: place or a modifier of two or more characters, since they also open names with a one-character
#: modifier or none ("使君路", "令公桥", "未来科技城").
CAUSATIVE_STOPS: frozenset[str] = frozenset("使让令") | frozenset(NAME_WORDS["place_stops"])

#: One-character verbs that also open names ("创业大道"): a lead only opening a name's span before a place,
#: read with :data:`FUNCTION_WORDS` (data/language; not in LEFT_STOPS, which would cut names holding them: "文创美食街").
PLACE_ONLY_STOPS: frozenset[str] = frozenset(NAME_WORDS["place_only_stops"])

#: Words of a kind of works opening with a stop word ("有轨电车"): no stop inside them (data/language).
STOP_COMPOUNDS: tuple[str, ...] = tuple(NAME_WORDS["stop_compounds"])

#: Words naming a line by its role for the place before it ("环城", "过境"): data/language.
PLACE_LINE_ROLES: tuple[str, ...] = tuple(NAME_WORDS["place_line_roles"])

#: Ring and bypass roles closing a list item named by its place ("X西外环"): data/language/name_words.toml.
RING_ITEM_ROLES: tuple[str, ...] = tuple(sorted(NAME_WORDS["ring_item_roles"], key=len, reverse=True))

#: Prepositions of a route's way ("经", "接", "至"): no part of a name they open before a place or the head
#: alone, or before a longer name; inside a name they join a route's ends (data/language).
VIA_LEADS: frozenset[str] = frozenset(NAME_WORDS["via_leads"])

#: Adverbs before a place word that is also a verb ("彻底打通X高铁"): the word is the verb (data/language).
VERB_ADVERBS: tuple[str, ...] = tuple(sorted(NAME_WORDS["verb_adverbs"], key=len, reverse=True))

#: Degree adverbs and verbs before 快速 where it is an adverb or an adjective ("更加快速"), no road (data/language).
SPEED_QUALIFIERS: tuple[str, ...] = tuple(sorted(NAME_WORDS["speed_qualifiers"], key=len, reverse=True))

#: Words opening a bracket of what an item includes ("(含Y支线)", "(包括B园、C园等)"): no alias of the item
#: (data/language/name_words.toml, read by geo/extract/names/aliases.py).
INCLUSION_WORDS: tuple[str, ...] = tuple(NAME_WORDS["inclusion_words"])

#: One-character prepositions, modals and adverbs before a head word: the head is a kind in a clause
#: about it, no name (data/language/name_words.toml; the second list only when the word stands alone).
FUNCTION_BEFORE_HEAD: frozenset[str] = frozenset(NAME_WORDS["function_before_head"])
ALONE_BEFORE_HEAD: frozenset[str] = frozenset(NAME_WORDS["alone_before_head"])

#: The verbs the general lexicon misses that end a sentence's words before a kind ("铺筑"): data/language/name_words.toml.
KIND_OBJECT_VERBS: frozenset[str] = frozenset(NAME_WORDS["kind_object_verbs"])

#: Verbs of crossing opening a list of things a line crosses ("跨A河、B山、C高速"): data/language/name_words.toml.
CROSSING_VERBS: tuple[str, ...] = tuple(sorted(NAME_WORDS["crossing_verbs"], key=len, reverse=True))
#: Suffixes of a class's adjective ("经营性", "规范化"): a lead word before one opens the longer word (data/language).
WORD_SUFFIXES: frozenset[str] = frozenset(NAME_WORDS["word_suffixes"])
#: A verb's result complements, written right before its object ("谋划好X", "做好X"): data/language/name_words.toml.
RESULT_COMPLEMENTS: frozenset[str] = frozenset(NAME_WORDS["result_complements"])
#: Personal pronouns of one character, the subject of a clause's verb ("她选择经X大道"): data/language/name_words.toml.
SENTENCE_PRONOUNS: frozenset[str] = frozenset(NAME_WORDS["sentence_pronouns"])

#: A route's start or end just before a name ("起于", "止于", "东止", "起点位于", "终点为").
ROUTE_END_RE = re.compile(r"(?:起于|止于|起自|终于|终到|终至|[东西南北]止|(?:起|终)点(?:为|位于|在)?)$")
