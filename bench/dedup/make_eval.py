#!/usr/bin/env python3
"""Builds the labelled dedup evaluation set from real Chinese news texts.

Each base text (from ../shared/datasets/extract/*/truth.jsonl) becomes a
story: the original plus republished copies made the way papers and portals
do it (new headline, added or removed lead lines, dateline and byline, editor
and 来源 lines, full/half-width punctuation, layout line breaks, a lead
excerpt, the story printed on one page with another, traditional characters
for Hong Kong and Taiwan reprints). Hard negatives are added as stories of
their own: meeting reports built from the same stock phrases, template
notices that differ only in names, dates and numbers (任前公示, appointments,
procurement notices), and daily reports under the same headline on
consecutive days. Some hard negatives are themselves reprinted, so merging
them is an error and missing their copies is one too.

Writes, in arrival order (copies shuffled in time after their original):
  OUT/eval.jsonl        {"id","title","text","source","published"}  (baoku cluster input)
  OUT/eval_truth.jsonl  {"id","story","kind","also":[story ids this page also holds]}

Usage: python3 bench/dedup/make_eval.py [--shared ../shared] [--out /tmp/dedup-eval] [--seed 7] [--sets daniel-zh,magic-zh]

The set committed in bench/dedup/eval-magic/ is built from magic-zh only
(Apache-2.0 texts): --sets magic-zh --meeting-bodies 10 --out bench/dedup/eval-magic.
daniel-zh is GPL-3.0, so the full set is regenerated (deterministically) rather
than committed.
Needs: pip install opencc-purepy (traditional conversion).
"""

import argparse
import datetime as dt
import json
import random
import re
from pathlib import Path

from opencc_purepy import OpenCC

PAPERS = ["河北日报", "石家庄日报", "唐山劳动日报", "保定日报", "邯郸日报", "沧州日报", "燕赵晚报", "长城网", "河北新闻网"]
PORTALS = ["某市人民政府网", "某县融媒体中心", "某区政务网", "香港某报", "台湾某网"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志新宏斌海波东辉鹏飞林文学亮成宁晓春雪梅"
PLACES = ["石家庄", "唐山", "秦皇岛", "邯郸", "邢台", "保定", "张家口", "承德", "沧州", "廊坊", "衡水", "定州", "辛集"]
STOCK = [
    "会议强调，要深入学习贯彻习近平新时代中国特色社会主义思想，全面贯彻党的二十大精神。",
    "要提高政治站位，切实增强做好各项工作的责任感和紧迫感。",
    "要坚持问题导向、目标导向、结果导向相结合，推动各项任务落地见效。",
    "要压紧压实责任，上下联动、分级负责，确保各项部署要求落到实处。",
    "各级各部门要加强组织领导，强化督导检查，及时跟踪问效。",
    "要守牢安全底线，抓细抓实安全生产和森林防火工作，坚决防范遏制重特大事故发生。",
    "会议还研究了其他事项。",
    "要坚持以人民为中心的发展思想，着力解决群众急难愁盼问题。",
]


def han_ratio(s):
    return sum(1 for c in s if "\u4e00" <= c <= "\u9fff") / max(1, len(s))


def grams(text, t2s, k=5):
    t = re.sub(r"[\s\W_]+", "", t2s.convert(text))
    return {t[i : i + k] for i in range(max(1, len(t) - k + 1))}


def load_bases(shared, sets):
    """Distinct news texts: the extract sets hold some stories twice (two
    sites, or simplified and traditional), which would be mislabelled as
    different stories; any pair sharing a fifth of the smaller text's 5-grams
    keeps only its first."""
    t2s = OpenCC("t2s")
    kept, kept_grams, inverted = [], [], {}
    for t in load_texts(shared, sets):
        g = grams(t, t2s)
        hits = {}
        for x in g:
            for j in inverted.get(x, ()):
                hits[j] = hits.get(j, 0) + 1
        if any(n >= 0.2 * min(len(g), len(kept_grams[j])) for j, n in hits.items()):
            continue
        for x in g:
            inverted.setdefault(x, []).append(len(kept))
        kept.append(t)
        kept_grams.append(g)
    return kept


def load_texts(shared, sets):
    bases, seen = [], set()
    for name in sets:
        for line in open(Path(shared) / "datasets/extract" / name / "truth.jsonl", encoding="utf-8"):
            d = json.loads(line)
            t = d["text"].strip()
            # Keep news-like texts: long enough and mostly Han.
            if len(t) < 150 or han_ratio(t) < 0.5 or len(t) > 8000:
                continue
            key = re.sub(r"\W", "", t)[:40]
            if key in seen:
                continue
            seen.add(key)
            bases.append(t)
    return bases


def name(rng):
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2])))


def paragraphs(text):
    return [p for p in re.split(r"\n+", text) if p.strip()]


def sentences(text):
    return [s for s in re.split(r"(?<=[。！？])", text.replace("\n", "")) if len(s) > 4]


def swap_width(text, rng):
    full = "，。：；！？（）“”"
    half = ",.:;!?()\"\""
    if rng.random() < 0.5:
        return text.translate(str.maketrans(full[:8], half[:8]))
    return text.translate(str.maketrans(",:;!?()", "，：；！？（）"))


def layout_breaks(text, rng):
    out = []
    for p in paragraphs(text):
        chunks, i = [], 0
        while i < len(p):
            n = rng.randint(18, 40)
            chunks.append(p[i : i + n])
            i += n
        out.append(("\n\n" if rng.random() < 0.3 else "\n").join(chunks))
    return "\n\n".join(out)


def headline(text, rng):
    s = sentences(text)
    base = rng.choice(s[: max(1, min(4, len(s)))]) if s else text[:20]
    base = re.sub(r"[，。！？、“”（）()\s]", "", base)
    return base[: rng.randint(10, 22)]


def dateline(rng, day):
    paper = rng.choice(PAPERS)
    return rng.choice(
        [
            f"本报讯（{paper}记者 {name(rng)} {name(rng)}）",
            f"新华社{rng.choice(PLACES)}{day.month}月{day.day}日电（记者 {name(rng)}）",
            f"{paper}讯（记者 {name(rng)} 通讯员 {name(rng)}）",
        ]
    ), paper


def republish(text, rng, day, traditional):
    """One republished copy and which edits made it."""
    ops = []
    paras = paragraphs(text)
    if len(paras) >= 4 and rng.random() < 0.3:
        paras = paras[1:]
        ops.append("drop-lead")
    body = "\n".join(paras)
    if rng.random() < 0.5:
        dl, _ = dateline(rng, day)
        body = dl + body
        ops.append("dateline")
    if rng.random() < 0.6:
        body = swap_width(body, rng)
        ops.append("width")
    if rng.random() < 0.5:
        body = layout_breaks(body, rng)
        ops.append("layout")
    lines = []
    if rng.random() < 0.7:
        lines.append(headline(text, rng))
        ops.append("headline")
        if rng.random() < 0.3:
            lines.append(f"——{rng.choice(PLACES)}扎实推进各项工作")
            ops.append("subtitle")
    if rng.random() < 0.4:
        lines.append(f"来源：{rng.choice(PAPERS)}")
        ops.append("source-line")
    lines.append(body)
    if rng.random() < 0.6:
        lines.append(rng.choice([f"责任编辑：{name(rng)}", f"（编辑 {name(rng)}）", f"【责任编辑：{name(rng)}】", f"审核：{name(rng)}  校对：{name(rng)}"]))
        ops.append("editor")
    if rng.random() < 0.2:
        lines.append("分享到：")
        ops.append("share")
    out = "\n".join(lines)
    if traditional:
        out = traditional.convert(out)
        ops.append("traditional")
    return out, ops


def excerpt(text, rng):
    """The lead as a portal runs it: the first paragraphs, at least about
    120 characters (a title line alone is no excerpt), at most half the text."""
    paras = paragraphs(text)
    want = max(120, int(len(text) * rng.uniform(0.2, 0.5)))
    out = []
    for p in paras:
        out.append(p)
        if sum(len(x) for x in out) >= want:
            break
    lead = "\n".join(out)
    return lead if len(lead) <= max(160, len(text) // 2) else text[: max(120, len(text) // 3)]


def meeting(rng, day, body_text):
    """A meeting report: stock phrases around a few sentences of its own."""
    who, place = name(rng), rng.choice(PLACES)
    own = sentences(body_text)[: rng.randint(3, 6)]
    stock = rng.sample(STOCK, 4)
    return (
        f"{day.month}月{day.day}日，{place}市委常委会召开会议，市委书记{who}主持会议并讲话。\n"
        + stock[0]
        + "\n"
        + "".join(own)
        + "\n"
        + "".join(stock[1:])
    )


def notice_person(rng, post):
    n, y, m = name(rng), rng.randint(1968, 1988), rng.randint(1, 12)
    return (
        f"{n}，{rng.choice('男女')}，汉族，{y}年{m}月生，{rng.choice(PLACES)}人，{rng.choice(['大学', '研究生'])}学历，"
        f"{y + 22}年{rng.randint(7, 9)}月参加工作，{y + 20}年{rng.randint(1, 12)}月加入中国共产党，现任{post}副局长，拟任{post}局长。"
    )


def ren_qian(rng, day):
    post = f"市{rng.choice(['交通运输', '自然资源', '住房和城乡建设', '生态环境', '农业农村'])}"
    people = "\n".join(notice_person(rng, post) for _ in range(rng.randint(1, 3)))
    end = day + dt.timedelta(days=6)
    return (
        "根据《党政领导干部选拔任用工作条例》有关规定，现将拟任职干部情况予以公示。\n"
        + people
        + f"\n公示期间，干部群众可通过来信、来电、来访等方式，向市委组织部反映公示对象在德、能、勤、绩、廉等方面的情况和问题。"
        f"公示时间为{day.year}年{day.month}月{day.day}日至{end.month}月{end.day}日。"
    )


def appointment(rng, day):
    return (
        f"市人民政府关于{name(rng)}等同志职务任免的通知\n各县（市、区）人民政府，市政府各部门：\n"
        f"经{day.year}年{day.month}月{day.day}日市政府第{rng.randint(10, 60)}次常务会议研究决定：\n"
        f"任命{name(rng)}为市{rng.choice(['发展和改革委员会', '财政局', '商务局'])}副主任；\n"
        f"任命{name(rng)}为市{rng.choice(['教育局', '卫生健康委员会', '文化广电和旅游局'])}副局长；\n"
        f"免去{name(rng)}的市{rng.choice(['审计局', '统计局', '应急管理局'])}副局长职务。\n"
        f"{rng.choice(PLACES)}市人民政府\n{day.year}年{day.month}月{day.day}日"
    )


def procurement(rng, day):
    school = f"市第{rng.choice('一二三四五六七八九十')}{rng.choice(['中学', '小学', '医院'])}"
    end = day + dt.timedelta(days=rng.randint(15, 25))
    return (
        f"项目名称：{school}{rng.choice(['教学楼', '综合楼', '门诊楼'])}维修改造工程。项目编号：CG-{day.year}-{rng.randint(100, 9999):04d}。"
        f"预算金额：{rng.randint(50, 900)}.{rng.randint(0, 9)}万元。采购方式：公开招标。"
        f"投标截止时间：{end.year}年{end.month}月{end.day}日9时30分。开标地点：市公共资源交易中心第三开标室。"
        f"投标人须具备建筑工程施工总承包三级及以上资质，近三年内无重大违法记录。"
        f"采购人联系方式：{school}后勤处，联系电话0311-{rng.randint(80000000, 89999999)}。"
    )


def daily_report(rng, day, kind):
    if kind == 0:
        return (
            f"全市空气质量日报：{day.month}月{day.day}日，全市空气质量综合指数为{rng.uniform(3, 6):.2f}，"
            f"优良天数比例较去年同期上升{rng.uniform(1, 9):.1f}个百分点，细颗粒物平均浓度为{rng.randint(20, 80)}微克每立方米，"
            f"可吸入颗粒物平均浓度为{rng.randint(40, 120)}微克每立方米，首要污染物为可吸入颗粒物。预计明天全市空气质量为良，请市民合理安排户外活动。"
        )
    return (
        f"{day.month}月{day.day}日0—24时，全省新增本土确诊病例{rng.randint(0, 40)}例，新增本土无症状感染者{rng.randint(0, 90)}例，"
        f"新增治愈出院病例{rng.randint(0, 30)}例，解除医学观察无症状感染者{rng.randint(0, 60)}例。"
        f"截至{day.month}月{day.day}日24时，全省现有本土确诊病例{rng.randint(10, 300)}例，尚在医学观察的无症状感染者{rng.randint(10, 500)}例。"
    )


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--out", default="/tmp/dedup-eval")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--sets", default="daniel-zh,magic-zh", help="extract sets to take base texts from")
    ap.add_argument("--meeting-bodies", type=int, default=40, help="base texts kept aside as the own content of meeting reports")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    hk, tw = OpenCC("s2hk"), OpenCC("s2tw")
    bases = load_bases(a.shared, a.sets.split(","))
    rng.shuffle(bases)
    start = dt.datetime(2023, 3, 1, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    events = []  # (time, story, kind, text, source, also)
    story_no = 0

    def story_id():
        nonlocal story_no
        story_no += 1
        return f"s{story_no}"

    pool = bases[:]
    meeting_bodies = pool[-a.meeting_bodies :]
    pool = pool[: -a.meeting_bodies]
    for i, text in enumerate(pool):
        sid = story_id()
        t0 = start + dt.timedelta(hours=rng.randint(0, 24 * 60))
        events.append((t0, sid, "original", text, rng.choice(PAPERS), []))
        for c in range(rng.choice([0, 1, 1, 2, 2, 3, 4])):
            t = t0 + dt.timedelta(minutes=rng.randint(10, 60 * 24 * 4))
            r = rng.random()
            if r < 0.15:
                events.append((t, sid, "excerpt", excerpt(text, rng), rng.choice(PORTALS), []))
            elif r < 0.25 and i + 1 < len(pool):
                other = pool[(i + 1 + rng.randint(0, 50)) % len(pool)]
                # The other text's own story id is not known here; pages pair
                # with a story started in this loop, so record its text instead.
                events.append((t, sid, "page", text + "\n\n" + other, rng.choice(PAPERS), [other]))
            else:
                trad = rng.random() < 0.12
                conv = (hk if rng.random() < 0.5 else tw) if trad else None
                copy, ops = republish(text, rng, t, conv)
                events.append((t, sid, "copy:" + "+".join(ops), copy, rng.choice(PORTALS if trad else PAPERS), []))
    # Hard negatives: each is its own story; about a third are reprinted once.
    negatives = []
    for k in range(40):
        day = start + dt.timedelta(days=rng.randint(0, 50))
        negatives.append((day, "neg:meeting", meeting(rng, day, meeting_bodies[k % len(meeting_bodies)])))
    for k in range(60):
        day = start + dt.timedelta(days=rng.randint(0, 50))
        negatives.append((day, "neg:renqian", ren_qian(rng, day)))
    for k in range(40):
        day = start + dt.timedelta(days=rng.randint(0, 50))
        negatives.append((day, "neg:appointment", appointment(rng, day)))
    for k in range(60):
        day = start + dt.timedelta(days=rng.randint(0, 50))
        negatives.append((day, "neg:procurement", procurement(rng, day)))
    for kind in (0, 1):
        for d in range(40):
            day = start + dt.timedelta(days=d, hours=1)
            negatives.append((day, "neg:daily", daily_report(rng, day, kind)))
    for day, kind, text in negatives:
        sid = story_id()
        events.append((day, sid, kind, text, rng.choice(PAPERS), []))
        if rng.random() < 0.35:
            t = day + dt.timedelta(hours=rng.randint(1, 30))
            copy, ops = republish(text, rng, t, None)
            events.append((t, sid, kind + ":copy", copy, rng.choice(PORTALS), []))
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    # Resolve each page's second text to the story holding it as original.
    original_of = {e[3]: e[1] for e in events if e[2] == "original"}
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "eval.jsonl", "w", encoding="utf-8") as fi, open(out / "eval_truth.jsonl", "w", encoding="utf-8") as ft:
        for n, (t, sid, kind, text, source, also) in enumerate(events, 1):
            aid = f"a{n}"
            title = text.split("\n", 1)[0][:30]
            fi.write(json.dumps({"id": aid, "title": title, "text": text, "source": source, "published": t.isoformat()}, ensure_ascii=False) + "\n")
            also_ids = [original_of[x] for x in also if x in original_of]
            ft.write(json.dumps({"id": aid, "story": sid, "kind": kind, "also": also_ids}, ensure_ascii=False) + "\n")
    print(f"{len(events)} articles, {story_no} stories -> {out}/eval.jsonl, {out}/eval_truth.jsonl")


if __name__ == "__main__":
    main()
