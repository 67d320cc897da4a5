"""Seeded generators for data no package ships. Labels are true by construction.

Every generator takes a ``numpy.random.Generator``-compatible seed and never touches the
global random state; the same (name, n, seed) always gives the same items.
"""

from __future__ import annotations

import numpy as np

from . import NLI_PHENOMENA  # defined once, in the package (which imports this module lazily)
from ._errors import UnknownNameError


def _pick(rng: np.random.Generator, seq):
    return seq[int(rng.integers(len(seq)))]


# ---- translation: zh -> en from a fixed grammar -----------------------------------------

SUBJECTS = [  # zh, en, be
    ("我", "i", "am"), ("你", "you", "are"), ("他", "he", "is"), ("她", "she", "is"),
    ("我们", "we", "are"), ("他们", "they", "are"), ("老师", "the teacher", "is"),
    ("学生", "the student", "is"), ("妈妈", "mom", "is"), ("哥哥", "my brother", "is"),
]
# zh, base, past, -ing, object kinds
VERBS = [
    ("吃", "eat", "ate", "eating", ("food",)),
    ("喝", "drink", "drank", "drinking", ("drink",)),
    ("买", "buy", "bought", "buying", ("food", "drink", "thing")),
    ("洗", "wash", "washed", "washing", ("fruit", "washable")),
    ("画", "draw", "drew", "drawing", ("fruit", "thing")),
]
# zh, en, kinds, countable
OBJECTS = [
    ("苹果", "apple", ("food", "fruit"), True), ("香蕉", "banana", ("food", "fruit"), True),
    ("面包", "bread", ("food",), False), ("米饭", "rice", ("food",), False),
    ("茶", "tea", ("drink",), False), ("牛奶", "milk", ("drink",), False),
    ("咖啡", "coffee", ("drink",), False), ("书", "book", ("thing",), True),
    ("车", "car", ("thing", "washable"), True), ("杯子", "cup", ("thing", "washable"), True),
    ("衣服", "clothes", ("thing", "washable"), False), ("帽子", "hat", ("thing", "washable"), True),
]
ADJECTIVES = [("红", "red"), ("绿", "green"), ("大", "big"), ("小", "small"), ("新", "new")]
TENSES = ("present", "past", "future")


def _noun_phrase(en_noun: str, countable: bool, adj: str | None) -> str:
    words = ([adj] if adj else []) + [en_noun]
    if countable:
        article = "an" if words[0][0] in "aeiou" else "a"
        words = [article] + words
    return " ".join(words)


def _translation(rng: np.random.Generator) -> tuple[str, str]:
    s_zh, s_en, be = _pick(rng, SUBJECTS)
    v_zh, base, past, ing, kinds = _pick(rng, VERBS)
    objs = [o for o in OBJECTS if set(o[2]) & set(kinds)]
    o_zh, o_en, _, countable = _pick(rng, objs)
    adj_zh, adj_en = ("", None)
    if countable and rng.random() < 0.5:
        adj_zh, adj_en = _pick(rng, ADJECTIVES)
    tense = _pick(rng, TENSES)
    neg = bool(rng.random() < 0.3)
    obj_zh = adj_zh + o_zh
    obj_en = _noun_phrase(o_en, countable, adj_en)
    if tense == "present":
        zh = f"{s_zh}{'没在' if neg else '在'}{v_zh}{obj_zh}"
        en = f"{s_en} {be}{' not' if neg else ''} {ing} {obj_en}"
    elif tense == "past":
        zh = f"{s_zh}昨天{'没' + v_zh if neg else v_zh + '了'}{obj_zh}"
        en = f"{s_en} {'did not ' + base if neg else past} {obj_en} yesterday"
    else:
        zh = f"{s_zh}明天{'不会' if neg else '会'}{v_zh}{obj_zh}"
        en = f"{s_en} will{' not' if neg else ''} {base} {obj_en} tomorrow"
    return zh, en


# ---- dialogues for SFT: (prompt, response), answers correct by construction ----------------

CAPITALS = [("中国", "北京"), ("日本", "东京"), ("法国", "巴黎"), ("英国", "伦敦"), ("德国", "柏林"),
            ("意大利", "罗马"), ("俄罗斯", "莫斯科"), ("美国", "华盛顿"), ("加拿大", "渥太华"),
            ("韩国", "首尔"), ("埃及", "开罗"), ("澳大利亚", "堪培拉")]
PHRASES = ["春眠不觉晓", "床前明月光", "你好世界", "自然语言处理", "三顾茅庐", "桃园结义",
           "大语言模型", "今天天气很好", "学而时习之", "注意力机制"]
GREETINGS = [("你好", "你好！有什么可以帮你的吗？"), ("早上好", "早上好！今天想聊些什么？"),
             ("谢谢你", "不客气，很高兴能帮到你。"), ("再见", "再见，祝你一切顺利！")]


def _dialogue(rng: np.random.Generator) -> tuple[str, str]:
    kind = int(rng.integers(7))
    if kind == 0:
        a, b = (int(x) for x in rng.integers(0, 100, size=2))
        return f"{a}加{b}等于多少？", f"{a}加{b}等于{a + b}。"
    if kind == 1:
        a, b = sorted(int(x) for x in rng.integers(0, 100, size=2))[::-1]
        return f"{a}减{b}等于多少？", f"{a}减{b}等于{a - b}。"
    if kind == 2:
        a, b = (int(x) for x in rng.integers(2, 20, size=2))
        return f"{a}乘以{b}等于多少？", f"{a}乘以{b}等于{a * b}。"
    if kind == 3:
        a, b = (int(x) for x in rng.choice(1000, size=2, replace=False))
        return f"{a}和{b}哪个更大？", f"{max(a, b)}更大。"
    if kind == 4:
        country, city = _pick(rng, CAPITALS)
        return f"{country}的首都是哪里？", f"{country}的首都是{city}。"
    if kind == 5:
        p = _pick(rng, PHRASES)
        if rng.random() < 0.5:
            return f"“{p}”有几个字？", f"“{p}”有{len(p)}个字。"
        return f"把“{p}”倒过来写。", f"“{p[::-1]}”"
    zh, en, _, _ = _pick(rng, OBJECTS)
    if rng.random() < 0.5:
        return f"“{zh}”的英文是什么？", f"“{zh}”的英文是 {en}。"
    return _pick(rng, GREETINGS)


# ---- intents with BIO slots -----------------------------------------------------------------

CITIES = ["北京", "上海", "广州", "深圳", "成都", "杭州", "西安", "南京", "武汉", "重庆",
          "天津", "长沙", "昆明", "厦门", "青岛", "大连"]
DATES = ["今天", "明天", "后天", "周末", "下周一", "周五", "今晚", "大后天"]
TIMES = ["早上七点", "八点半", "下午三点", "晚上十点", "六点一刻", "中午十二点", "九点", "凌晨五点"]
SONGS = [("周杰伦", "晴天"), ("周杰伦", "稻香"), ("王菲", "红豆"), ("王菲", "传奇"),
         ("邓丽君", "甜蜜蜜"), ("邓丽君", "月亮代表我的心"), ("林俊杰", "江南"), ("陈奕迅", "十年"),
         ("陈奕迅", "浮夸"), ("蔡依林", "日不落"), ("孙燕姿", "遇见"), ("张学友", "吻别")]
INTENT_TEMPLATES = {
    "query_weather": ["{date}{city}天气怎么样", "{city}{date}会下雨吗", "查一下{city}{date}的天气",
                      "{date}{city}冷不冷"],
    "book_flight": ["帮我订{date}从{from_city}到{to_city}的机票", "我想{date}坐飞机去{to_city}",
                    "订一张{from_city}飞{to_city}的票"],
    "play_music": ["播放{artist}的歌", "我想听{artist}的{song}", "来一首{song}", "放一首{artist}的{song}",
                   "播放{song}"],
    "set_alarm": ["{date}{time}叫我起床", "定一个{time}的闹钟", "提醒我{date}{time}开会",
                  "{time}提醒我吃药"],
}
INTENTS = tuple(INTENT_TEMPLATES)
SLOT_TYPES = ("city", "date", "time", "from_city", "to_city", "artist", "song")


def _fill(template: str, values: dict[str, str]) -> tuple[str, list[str]]:
    """Render a template and tag every slot value's characters with B-/I-<slot>."""
    chars: list[str] = []
    tags: list[str] = []
    rest = template
    while rest:
        i = rest.find("{")
        if i < 0:
            chars.extend(rest)
            tags.extend(["O"] * len(rest))
            break
        chars.extend(rest[:i])
        tags.extend(["O"] * i)
        j = rest.index("}", i)
        slot = rest[i + 1 : j]
        val = values[slot]
        chars.extend(val)
        tags.extend(["B-" + slot] + ["I-" + slot] * (len(val) - 1))
        rest = rest[j + 1 :]
    return "".join(chars), tags


def _intent(rng: np.random.Generator) -> dict:
    intent = _pick(rng, INTENTS)
    template = _pick(rng, INTENT_TEMPLATES[intent])
    a, b = (int(x) for x in rng.choice(len(CITIES), size=2, replace=False))
    pool = {"city": CITIES[a], "from_city": CITIES[a], "to_city": CITIES[b],
            "date": _pick(rng, DATES), "time": _pick(rng, TIMES)}
    pool["artist"], pool["song"] = _pick(rng, SONGS)  # a real artist-song pair
    used = {k: v for k, v in pool.items() if "{" + k + "}" in template}
    text, tags = _fill(template, used)
    return {"text": text, "chars": list(text), "tags": tags, "intent": intent, "slots": used}


# ---- dialogue commands: more intents and slots, templates held out per split -----------------

POIS = ["天安门", "西湖", "火车站", "机场", "人民医院", "图书馆", "中山公园", "博物馆", "电影院", "体育馆"]
CONTACTS = ["妈妈", "爸爸", "老王", "张老师", "李经理", "小红", "王阿姨", "陈医生", "刘总", "小李",
            "赵老师", "孙阿姨", "周经理", "吴医生"]
# per intent: four training templates, then one dev template, then two test templates, so dev and test
# measure what a model does on phrasings it never saw (the slot values come from the same pools)
COMMAND_TEMPLATES = {
    "query_weather": ["{date}{city}天气怎么样", "{city}{date}会下雨吗", "查一下{city}{date}的天气",
                      "{date}{city}冷不冷",
                      "{city}{date}气温多少度",
                      "{date}去{city}要带伞吗", "{city}{date}刮风吗"],
    "book_flight": ["帮我订{date}从{from_city}到{to_city}的机票", "我想{date}坐飞机去{to_city}",
                    "订一张{from_city}飞{to_city}的票", "{date}{from_city}飞{to_city}的航班还有吗",
                    "查{date}去{to_city}的航班",
                    "买一张{date}飞往{to_city}的机票", "我要从{from_city}飞到{to_city}"],
    "book_train": ["帮我订{date}从{from_city}到{to_city}的火车票", "我想{date}坐高铁去{to_city}",
                   "订一张{from_city}到{to_city}的动车票", "{date}{from_city}去{to_city}的高铁还有票吗",
                   "查{date}去{to_city}的火车",
                   "买一张{date}开往{to_city}的车票", "我要从{from_city}坐火车到{to_city}"],
    "play_music": ["播放{artist}的歌", "我想听{artist}的{song}", "来一首{song}", "放一首{artist}的{song}",
                   "播放{song}",
                   "{artist}的{song}来一遍", "听听{song}吧"],
    "set_alarm": ["{date}{time}叫我起床", "定一个{time}的闹钟", "提醒我{date}{time}开会", "{time}提醒我吃药",
                  "把闹钟设在{time}",
                  "{date}{time}喊我一下", "{time}的闹钟帮我定好"],
    "navigate": ["导航到{poi}", "去{poi}怎么走", "带我去{city}的{poi}", "到{poi}的路线",
                 "{poi}在哪里",
                 "我要去{poi}", "开车去{city}{poi}"],
    "call_contact": ["打电话给{contact}", "给{contact}打个电话", "呼叫{contact}", "拨通{contact}的电话",
                     "联系一下{contact}",
                     "帮我打给{contact}", "{contact}的电话拨一下"],
}
COMMAND_INTENTS = tuple(COMMAND_TEMPLATES)
COMMAND_SLOT_TYPES = ("city", "date", "time", "from_city", "to_city", "artist", "song", "poi", "contact")
COMMAND_TEMPLATE_SPLITS = {"train": slice(0, 4), "dev": slice(4, 5), "test": slice(5, 7)}


def _command(rng: np.random.Generator, split: str | None = None) -> dict:
    intent = _pick(rng, COMMAND_INTENTS)
    templates = COMMAND_TEMPLATES[intent]
    template = _pick(rng, templates if split is None else templates[COMMAND_TEMPLATE_SPLITS[split]])
    a, b = (int(x) for x in rng.choice(len(CITIES), size=2, replace=False))
    pool = {"city": CITIES[a], "from_city": CITIES[a], "to_city": CITIES[b],
            "date": _pick(rng, DATES), "time": _pick(rng, TIMES), "poi": _pick(rng, POIS),
            "contact": _pick(rng, CONTACTS)}
    pool["artist"], pool["song"] = _pick(rng, SONGS)
    used = {k: v for k, v in pool.items() if "{" + k + "}" in template}
    text, tags = _fill(template, used)
    return {"text": text, "chars": list(text), "tags": tags, "intent": intent, "slots": used,
            "template": template}


COMMAND_DRAWS = {"train": 2800, "dev": 350, "test": 700}


def _command_splits() -> dict[str, list]:
    """Train / dev / test drawn from disjoint templates (4 / 1 / 2 per intent), de-duplicated by text."""
    rng = np.random.default_rng(POOL_SEED)
    seen: set[str] = set()
    splits = {}
    for split, n in COMMAND_DRAWS.items():
        items = []
        for _ in range(n):
            it = _command(rng, split)
            if it["text"] not in seen:
                seen.add(it["text"])
                items.append(it)
        splits[split] = items
    return splits


# ---- NLI ----------------------------------------------------------------------------------

PEOPLE = ["小明", "小红", "老王", "李老师", "张医生", "王阿姨", "小刚", "陈经理"]
PLACES = ["公园里", "图书馆里", "学校里", "家里", "超市里", "医院里"]
ACTIVITIES = [("跑步", "运动"), ("打太极拳", "运动"), ("看书", "阅读"), ("读报纸", "阅读"),
              ("吃苹果", "吃东西"), ("吃面包", "吃东西"), ("打电话", "打电话")]


def _nli(rng: np.random.Generator, label: int) -> tuple[str, str, int]:
    p = _pick(rng, PEOPLE)
    place = _pick(rng, PLACES)
    act, hyper = _pick(rng, ACTIVITIES)
    premise = f"{p}正在{place}{act}。"
    form = int(rng.integers(3))
    if label == 0:  # entailment: a consequence of the premise
        hyp = [f"{p}在{place[:-1]}。", f"{p}正在{hyper}。", f"有人正在{place}{act}。"][form]
    elif label == 1:  # neutral: adds information the premise does not settle
        other = _pick(rng, [q for q in PEOPLE if q != p])
        hyp = [f"{p}正在{place}和朋友一起{act}。", f"{p}今天心情很好。", f"{other}也在{place[:-1]}。"][form]
    else:  # contradiction: cannot hold together with the premise
        other_place = _pick(rng, [q for q in PLACES if q != place])
        hyp = [f"{p}没有在{act}。", f"{p}正在{other_place}{act}。", f"{p}不在{place[:-1]}。"][form]
    return premise, hyp, label


# ---- NLI by phenomenon: each pair says which inference it tests ----------------------------

PH_NAMES = ["小明", "小红", "老王", "李老师", "张医生", "王阿姨", "小刚", "陈经理", "刘阿姨", "赵先生",
            "孙老师", "周同学", "吴大爷", "郑经理", "小李", "小张"]
PH_PLACES = ["公园", "图书馆", "学校", "家", "超市", "医院", "食堂", "操场", "办公室", "车站"]
# activity -> its hypernym (a kind of ...): 跑步 is 运动, so 跑步 entails 运动 but not the reverse
PH_ACTIVITIES = [("跑步", "运动"), ("打篮球", "运动"), ("踢足球", "运动"), ("游泳", "运动"),
                 ("打太极拳", "运动"), ("看书", "阅读"), ("读报纸", "阅读"), ("看小说", "阅读"),
                 ("吃苹果", "吃东西"), ("吃面包", "吃东西"), ("喝牛奶", "喝东西"), ("喝茶", "喝东西"),
                 ("弹钢琴", "演奏乐器"), ("拉小提琴", "演奏乐器"), ("画画", "画东西"), ("写信", "写东西")]
# city -> province; a person lives in one city
PH_CITIES = [("杭州", "浙江"), ("宁波", "浙江"), ("南京", "江苏"), ("苏州", "江苏"), ("广州", "广东"),
             ("深圳", "广东"), ("成都", "四川"), ("绵阳", "四川"), ("武汉", "湖北"), ("宜昌", "湖北"),
             ("长沙", "湖南"), ("岳阳", "湖南"), ("西安", "陕西"), ("延安", "陕西"), ("济南", "山东"),
             ("青岛", "山东")]  # two cities per province
PH_OBJECTS = [("本", "书"), ("个", "苹果"), ("个", "面包"), ("支", "笔"), ("张", "票"), ("瓶", "水"),
              ("件", "衣服"), ("把", "椅子")]
PH_NUMERALS = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"]
PH_GROUPS = ["学生", "老师", "工人", "医生", "孩子", "队员"]
PH_MODIFIERS = [("和朋友一起", "一个人"), ("和家人一起", "独自"), ("和同学一起", "一个人")]
PH_COMPARISONS = [("高", "矮"), ("大", "小"), ("重", "轻"), ("快", "慢"), ("早到", "晚到")]


def _ph_negation(rng, label, x):
    place, (act, _) = _pick(rng, PH_PLACES), _pick(rng, PH_ACTIVITIES)
    premise = f"{x}正在{place}{act}。"
    form = int(rng.integers(2))
    if label == 0:  # being in one place rules out every other place
        other = _pick(rng, [q for q in PH_PLACES if q != place])
        hyp = [f"{x}不在{other}。", f"{x}没有在{other}{act}。"][form]
    elif label == 1:  # says nothing about someone else, or about yesterday
        y = _pick(rng, [q for q in PH_NAMES if q != x])
        hyp = [f"{y}没有在{place}。", f"{x}昨天没有{act}。"][form]
    else:
        hyp = [f"{x}没有在{act}。", f"{x}不在{place}。"][form]
    return premise, hyp


def _ph_hypernym(rng, label, x):
    place, (act, hyper) = _pick(rng, PH_PLACES), _pick(rng, PH_ACTIVITIES)
    if label == 0:  # the specific activity entails the general one
        return f"{x}正在{place}{act}。", _pick(rng, [f"{x}正在{hyper}。", f"{x}正在{place}{hyper}。"])
    if label == 1:  # the general one does not settle which specific activity
        return f"{x}正在{place}{hyper}。", _pick(rng, [f"{x}正在{act}。", f"{x}正在{place}{act}。"])
    return f"{x}正在{place}{act}。", f"{x}没有在{hyper}。"


def _ph_location(rng, label, x):
    (city, prov) = _pick(rng, PH_CITIES)
    if label == 0:
        return f"{x}住在{city}。", f"{x}住在{prov}。"
    if label == 1:  # the province does not settle the city
        other = _pick(rng, [c for c, p in PH_CITIES if p == prov and c != city])
        return f"{x}住在{prov}。", _pick(rng, [f"{x}住在{city}。", f"{x}住在{other}。"])
    if rng.random() < 0.5:  # another city, or a city of another province
        other = _pick(rng, [c for c, _ in PH_CITIES if c != city])
        return f"{x}住在{city}。", f"{x}住在{other}。"
    other_prov = _pick(rng, sorted({p for _, p in PH_CITIES if p != prov}))
    return f"{x}住在{city}。", f"{x}住在{other_prov}。"


def _ph_quantity(rng, label, x):
    unit, obj = _pick(rng, PH_OBJECTS)
    n = int(rng.integers(2, 10))
    premise = f"{x}买了{PH_NUMERALS[n]}{unit}{obj}。"
    if label == 0:  # exactly n entails at least m <= n and fewer than k > n
        if rng.random() < 0.5:
            m = int(rng.integers(1, n + 1))
            return premise, f"{x}买了至少{PH_NUMERALS[m]}{unit}{obj}。"
        k = int(rng.integers(n + 1, 11))
        return premise, f"{x}买了不到{PH_NUMERALS[k]}{unit}{obj}。"
    if label == 1:  # "at least n" does not settle the exact number
        m = int(rng.integers(n, 11))
        return f"{x}买了至少{PH_NUMERALS[n]}{unit}{obj}。", f"{x}买了{PH_NUMERALS[m]}{unit}{obj}。"
    form = int(rng.integers(3))
    if form == 0:
        m = _pick(rng, [k for k in range(1, 11) if k != n])
        return premise, f"{x}买了{PH_NUMERALS[m]}{unit}{obj}。"
    if form == 1:
        m = int(rng.integers(n + 1, 11))
        return premise, f"{x}买了至少{PH_NUMERALS[m]}{unit}{obj}。"
    k = int(rng.integers(1, n + 1))
    return premise, f"{x}买了不到{PH_NUMERALS[k]}{unit}{obj}。"


def _ph_quantifier(rng, label, x):
    g, place, (act, _) = _pick(rng, PH_GROUPS), _pick(rng, PH_PLACES), _pick(rng, PH_ACTIVITIES)
    form = int(rng.integers(2))
    if label == 0:  # all -> some (the group is not empty), a named person -> someone
        return [(f"所有{g}都在{place}{act}。", f"有{g}在{place}{act}。"),
                (f"{x}正在{place}{act}。", f"有人正在{place}{act}。")][form]
    if label == 1:  # some does not settle all; someone does not settle who
        return [(f"有{g}在{place}{act}。", f"所有{g}都在{place}{act}。"),
                (f"有人正在{place}{act}。", f"{x}正在{place}{act}。")][form]
    return [(f"所有{g}都在{place}{act}。", f"有{g}没有在{place}{act}。"),
            (f"没有人在{place}。", f"{x}正在{place}{act}。")][form]


def _ph_modifier(rng, label, x):
    place, (act, _) = _pick(rng, PH_PLACES), _pick(rng, PH_ACTIVITIES)
    together, alone = _pick(rng, PH_MODIFIERS)
    if label == 0:  # dropping a modifier keeps the truth
        return f"{x}正在{place}{together}{act}。", f"{x}正在{place}{act}。"
    if label == 1:  # adding one is new information
        return f"{x}正在{place}{act}。", _pick(rng, [f"{x}正在{place}{together}{act}。",
                                                    f"{x}正在{place}{alone}{act}。"])
    return f"{x}正在{place}{together}{act}。", f"{x}正在{place}{alone}{act}。"


def _ph_comparison(rng, label, x):
    y, z = (str(s) for s in rng.choice([q for q in PH_NAMES if q != x], size=2, replace=False))
    more, less = _pick(rng, PH_COMPARISONS)
    premise = f"{x}比{y}{more}。"
    if label == 0:  # swap the roles and the adjective together
        return premise, f"{y}比{x}{less}。"
    if label == 1:  # a third person is not compared
        return premise, _pick(rng, [f"{x}比{z}{more}。", f"{z}比{y}{more}。"])
    return premise, _pick(rng, [f"{y}比{x}{more}。", f"{x}比{y}{less}。"])


_PH_BUILDERS = {"negation": _ph_negation, "hypernym": _ph_hypernym, "location": _ph_location,
                "quantity": _ph_quantity, "quantifier": _ph_quantifier, "modifier": _ph_modifier,
                "comparison": _ph_comparison}


def _nli_phenomenon(rng: np.random.Generator, phenomenon: str, label: int) -> dict:
    x = _pick(rng, PH_NAMES)
    premise, hyp = _PH_BUILDERS[phenomenon](rng, label, x)
    return {"premise": premise, "hypothesis": hyp, "label": label, "phenomenon": phenomenon}


# ---- shapes -------------------------------------------------------------------------------

SHAPES = {"circle": "圆形", "square": "正方形", "triangle": "三角形", "diamond": "菱形"}
COLORS = {"red": ("红色", (220, 40, 40)), "green": ("绿色", (40, 190, 60)),
          "blue": ("蓝色", (50, 80, 230)), "yellow": ("黄色", (230, 210, 40)),
          "purple": ("紫色", (150, 60, 200))}
IMAGE_SIZE = 32


def shape_mask(shape: str, cx: float, cy: float, r: float, size: int = IMAGE_SIZE) -> np.ndarray:
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float64)
    dx, dy = xx - cx, yy - cy
    if shape == "circle":
        return dx**2 + dy**2 <= r**2
    if shape == "square":
        s = 0.8 * r
        return (np.abs(dx) <= s) & (np.abs(dy) <= s)
    if shape == "diamond":
        return np.abs(dx) + np.abs(dy) <= r
    if shape == "triangle":  # apex up, base at cy + 0.8 r
        top, base = cy - r, cy + 0.8 * r
        half = (yy - top) / (base - top) * r
        return (yy >= top) & (yy <= base) & (np.abs(dx) <= half)
    raise ValueError(f"unknown shape {shape!r}")


def _shape(rng: np.random.Generator) -> dict:
    shape = _pick(rng, list(SHAPES))
    color = _pick(rng, list(COLORS))
    r = int(rng.integers(6, 12))
    cx = int(rng.integers(r + 1, IMAGE_SIZE - r - 1))
    cy = int(rng.integers(r + 1, IMAGE_SIZE - r - 1))
    img = rng.integers(0, 30, size=(IMAGE_SIZE, IMAGE_SIZE, 3)).astype(np.int64)  # dark noise
    rgb = np.array(COLORS[color][1]) + rng.integers(-20, 21, size=3)
    img[shape_mask(shape, cx, cy, r)] = rgb
    return {
        "image": np.clip(img, 0, 255).astype(np.uint8),
        "caption": f"a {color} {shape}",
        "caption_zh": f"一个{COLORS[color][0]}的{SHAPES[shape]}",
        "shape": shape, "color": color, "size": r, "x": cx, "y": cy,
    }


# ---- public entry points -------------------------------------------------------------------


def synthesize(name: str, n: int, seed: int = 0) -> list:
    if type(n) is not int or n < 0:
        raise ValueError(f"n must be a non-negative int, got {n!r}")
    rng = np.random.default_rng(seed)
    if name == "translation":
        return [_translation(rng) for _ in range(n)]
    if name == "dialogues":
        return [_dialogue(rng) for _ in range(n)]
    if name == "intents":
        return [_intent(rng) for _ in range(n)]
    if name == "commands":
        return [_command(rng) for _ in range(n)]
    if name == "nli":
        labels = rng.permutation(np.arange(n) % 3).tolist()
        return [_nli(rng, lab) for lab in labels]
    if name == "nli_phenomena":  # every (phenomenon, label) cell equally often, in seeded order
        cells = [(ph, lab) for ph in NLI_PHENOMENA for lab in range(3)]
        order = rng.permutation(np.arange(n) % len(cells)).tolist()
        return [_nli_phenomenon(rng, *cells[k]) for k in order]
    if name == "shapes":
        return [_shape(rng) for _ in range(n)]
    raise UnknownNameError(
        f"unknown generator {name!r}; valid: translation, dialogues, intents, commands, nli, nli_phenomena, "
        "shapes"
    )


POOL_DRAWS = 2600  # items drawn per generated dataset before de-duplication
POOL_DRAWS_BY_NAME = {"nli_phenomena": 4200}  # 21 (phenomenon, label) cells: 200 draws each
FAST_SPLIT_SIZES = {"train": 240, "dev": 60, "test": 60}
POOL_SEED = 2024


def _key(name: str, item):
    if name == "shapes":
        return None  # images are continuous: no duplicates to remove
    if name == "intents":
        return item["text"]
    if name == "nli":
        return item[:2]
    if name == "nli_phenomena":
        return item["premise"], item["hypothesis"]
    return item[0]  # translation source, dialogue prompt


def _label(name: str, item):
    if name == "nli":
        return item[2]
    if name == "nli_phenomena":  # stratify by phenomenon and label together
        return item["phenomenon"], item["label"]
    if name in ("intents", "commands"):
        return item["intent"]
    if name == "shapes":
        return item["shape"]
    return 0


_POOLS: dict[str, dict[str, list]] = {}


def _pool(name: str) -> dict[str, list]:
    """Disjoint train/dev/test of generator NAME, made once per process: "commands" splits by
    template (_command_splits), every other generator by label (_stratified_splits)."""
    if name not in _POOLS:
        _POOLS[name] = _command_splits() if name == "commands" else _stratified_splits(name)
    return _POOLS[name]


def _stratified_splits(name: str) -> dict[str, list]:
    """POOL_DRAWS seeded draws (POOL_DRAWS_BY_NAME where given), de-duplicated (by source text),
    then split 80/10/10 within each label (first occurrences in stream order)."""
    seen, groups = set(), {}
    for pos, it in enumerate(synthesize(name, POOL_DRAWS_BY_NAME.get(name, POOL_DRAWS), POOL_SEED)):
        k = _key(name, it)
        if k is not None and k in seen:
            continue
        seen.add(k)
        groups.setdefault(_label(name, it), []).append((pos, it))
    out = {"train": [], "dev": [], "test": []}
    for members in groups.values():
        n = len(members)
        a, b = round(0.8 * n), round(0.9 * n)
        out["train"] += members[:a]
        out["dev"] += members[a:b]
        out["test"] += members[b:]
    return {s: [it for _, it in sorted(v, key=lambda t: t[0])] for s, v in out.items()}


def _copy(item):
    if isinstance(item, dict):
        return {k: (v.copy() if isinstance(v, np.ndarray | list | dict) else v) for k, v in item.items()}
    return item


def load_split(name: str, split: str, fast: bool) -> list:
    items = _pool(name)[split]
    if fast:
        k = FAST_SPLIT_SIZES[split]
        labels = sorted({_label(name, it) for it in items}, key=str)
        per = k // len(labels)
        chosen = []
        for lab in labels:
            chosen.extend([i for i, it in enumerate(items) if _label(name, it) == lab][:per])
        items = [items[i] for i in sorted(chosen)]
    return [_copy(it) for it in items]
