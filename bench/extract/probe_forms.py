#!/usr/bin/env python3
"""Probe the byline readers with a grid of invented credit forms.

Each probe is a small page: a headline, a few paragraphs of invented news
prose, and one credit written in one of the forms Chinese pages use (a label,
a separator, one or more names, in one place on the page). The grid crosses
labels, separators, name shapes and places, so a gap shows up as a row of
failures rather than as one page. Negative probes hold the same prose with
the role words used in sentences and must yield no author.

The names and outlets are invented; nothing here is taken from a truth set.

usage: probe_forms.py --bin target/release/baoku [--dates | --sources] [--traditional] [--show N] [--only SUBSTR]
"""
import argparse
import collections
import html
import json
import os
import subprocess
import tempfile

LEAD = "5月12日上午，江州市2023年城乡建设工作推进会在市行政中心召开，会议总结了去年的工作，部署了今年的重点任务。"
BODY = [
    "会议指出，过去一年，全市上下围绕城市更新、乡村振兴和基础设施建设三项重点，完成投资一百二十亿元，新建改建道路八十公里，一批群众关心的项目如期交付使用。",
    "会议要求，各地各部门要进一步压实责任，加快项目进度，确保年内完成老旧小区改造四十个、新增公共停车位五千个，让城乡面貌有新的变化。",
    "据了解，今年全市计划实施重点建设项目一百五十个，总投资超过三百亿元，其中民生类项目占比超过一半。",
]

ONE = [["张建华"], ["陈静"], ["欧阳春"], ["黄丽萍"]]
TWO = [["张建华", "李晓明"], ["陈静", "刘洋"]]
THREE = [["张建华", "李晓明", "王海燕"]]

WRITER_LABELS = ["记者", "本报记者", "作者", "文", "撰稿", "执笔", "文字", "整理", "编译",
                 "特约记者", "见习记者", "通讯员", "撰文", "采写", "图文", "首席记者",
                 "实习记者", "融媒体记者", "全媒体记者"]
SEPS = {"colon": "：", "ascii-colon": ":", "space": " ", "slash": "/", "bar丨": "丨",
        "bar｜": "｜", "bar|": "|", "ideo-space": "\u3000", "spaced-bar": " | "}


def join(names, how):
    return how.join(names)


def page(title, paras):
    if isinstance(paras, dict):
        return paras["raw"]
    ps = "\n".join("<p>%s</p>" % html.escape(p) for p in paras)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>\n"
            "<body><h1>%s</h1>\n<div class=\"content\">\n%s\n</div></body></html>\n"
            % (html.escape(title), html.escape(title), ps))


def probes():
    """Yield (group, form, paragraphs, expected authors)."""
    # 1. A credit line of its own, above the text and below it.
    for label in WRITER_LABELS:
        for sname, sep in SEPS.items():
            for names in ONE[:2] + TWO[:1]:
                for how in (["、", " "] if len(names) > 1 else [""]):
                    line = label + sep + join(names, how)
                    yield ("line-top", "%s %s %d%s" % (label, sname, len(names), how.strip() or "sp" if how else ""),
                           [line, LEAD] + BODY, names)
                    yield ("line-end", "%s %s %d%s" % (label, sname, len(names), how.strip() or "sp" if how else ""),
                           [LEAD] + BODY + [line], names)
    # 2. Glued role and name, the commonest paper form.
    for label in ["记者", "本报记者", "通讯员", "特约记者", "见习记者", "首席记者", "融媒体记者"]:
        for names in ONE + TWO:
            for how in (["、", " "] if len(names) > 1 else [""]):
                line = label + join(names, how)
                yield ("glued-top", label + " " + str(len(names)) + how, [line, LEAD] + BODY, names)
    # 3. Several roles on one line.
    combos = [
        ("本报记者 张建华 通讯员 李晓明", ["张建华", "李晓明"]),
        ("记者 张建华 实习生 李晓明", ["张建华", "李晓明"]),
        ("通讯员 李晓明 记者 张建华", ["李晓明", "张建华"]),
        ("本报记者 张建华 李晓明 通讯员 王海燕", ["张建华", "李晓明", "王海燕"]),
        ("记者：张建华 李晓明 编辑：王海燕", ["张建华", "李晓明"]),
        ("文/张建华 图/李晓明", ["张建华"]),
        ("文/张建华 摄影/李晓明", ["张建华"]),
        ("文 | 张建华  编辑 | 王海燕", ["张建华"]),
        ("撰文｜张建华 编辑｜王海燕", ["张建华"]),
        ("记者 张建华 摄影报道", ["张建华"]),
        ("本报记者 张建华 文/图", ["张建华"]),
        ("■本报记者 张建华", ["张建华"]),
        ("□本报记者 张建华 通讯员 李晓明", ["张建华", "李晓明"]),
        ("◎记者 张建华", ["张建华"]),
        ("●记者 张建华", ["张建华"]),
        ("江州日报记者 张建华", ["张建华"]),
        ("江州日报全媒体记者 张建华 通讯员 李晓明", ["张建华", "李晓明"]),
        ("新华社记者 张建华 李晓明", ["张建华", "李晓明"]),
        ("作者：张建华 来源：江州日报 时间：2023-05-12", ["张建华"]),
        ("2023-05-12 10:20:00 来源：江州日报 作者：张建华", ["张建华"]),
        ("发布时间：2023-05-12 作者：张建华 浏览次数：120", ["张建华"]),
        ("来源：江州日报  作者：张建华  发布时间：2023年05月12日", ["张建华"]),
        ("作者：张建华（江州大学教授）", ["张建华"]),
        ("作者｜张建华 来源｜江州发布", ["张建华"]),
        ("记者 张 建 华", ["张建华"]),
        ("记者 陈  静 李晓明", ["陈静", "李晓明"]),
        ("本报记者　陈　静", ["陈静"]),
    ]
    for line, names in combos:
        yield ("combo-top", line, [line, LEAD] + BODY, names)
        yield ("combo-end", line, [LEAD] + BODY + [line], names)
    # 3b. Names of other shapes after an unambiguous label: pen names,
    # Latin names, minority names with a middle dot, four-character names.
    shapes = [["快鲤鱼"], ["山间小溪流"], ["Li Yuan"], ["Chloe"], ["SpencerWoo"], ["阿依古丽·买买提"],
              ["司马相如"], ["林某"], ["王某某"], ["西门吹雪"], ["老张"]]
    for label, sep in [("作者", "："), ("作者", " | "), ("文", "/"), ("撰文", "："), ("文", " | "), ("作者", ":")]:
        for names in shapes:
            line = label + sep + names[0]
            yield ("shape-top", line, [line, LEAD] + BODY, names)
            yield ("shape-end", line, [LEAD] + BODY + [line], names)
    # 3c. A page flattened into one paragraph: the headline, the credit line
    # and the story run together, parted by a space (a crawl's copy).
    flat = [(label + sep + "张建华", ["张建华"]) for label in ["记者", "本报记者", "作者", "文", "撰稿", "特约记者", "通讯员"]
            for sep in ["：", " ", "/", "丨"]] + combos[:18]
    for line, names in flat:
        yield ("flat-space", line, ["江州部署今年城乡建设重点任务 " + line + " " + LEAD + BODY[0]], names)
        yield ("flat-lead", line, [line + " " + LEAD + BODY[0]], names)
        yield ("flat-tail", line, [LEAD + BODY[0] + " " + line], names)
    # 3d. The credit in the template around the text, not in it: an
    # information line of spans above or below the body, a table cell.
    story = "".join("<p>%s</p>" % p for p in [LEAD] + BODY)
    info = [
        ('<div class="info"><span>来源：江州日报</span> <span>作者：张建华</span> <span>发布时间：2023-05-12 10:20</span></div>', ["张建华"]),
        ('<div class="info">2023-05-12 10:20 来源：江州日报 作者：张建华 李晓明</div>', ["张建华", "李晓明"]),
        ('<p class="author">记者 张建华 通讯员 李晓明</p>', ["张建华", "李晓明"]),
        ('<div class="meta"><span class="source">江州日报</span><span class="author">张建华</span><span class="time">2023-05-12</span></div>', ["张建华"]),
        ('<table><tr><td>作者：张建华</td><td>来源：江州日报</td><td>2023-05-12</td></tr></table>', ["张建华"]),
        ('<div class="info">发布时间：2023-05-12 &nbsp;&nbsp; 信息来源：江州市住建局 &nbsp;&nbsp; 浏览次数：<span>120</span></div>', []),
    ]
    for block, names in info:
        head = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>江州部署今年城乡建设重点任务_江州新闻网</title></head>\n"
                "<body><div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/news\">新闻</a></div><h1>江州部署今年城乡建设重点任务</h1>\n")
        yield ("template-above", block[:40], {"raw": head + block + '<div class="content">' + story + "</div></body></html>"}, names)
        yield ("template-below", block[:40], {"raw": head + '<div class="content">' + story + "</div>" + block + "</body></html>"}, names)
    # 4. Credits inside the lead paragraph or closing the last one.
    inline = [
        ("本报讯（记者 张建华 通讯员 李晓明）" + LEAD, ["张建华", "李晓明"]),
        ("本报讯 记者张建华 通讯员李晓明 " + LEAD, ["张建华", "李晓明"]),
        ("本报讯（记者张建华）" + LEAD, ["张建华"]),
        ("江州日报讯（记者 张建华）" + LEAD, ["张建华"]),
        ("本报讯 （融媒体记者 张建华）" + LEAD, ["张建华"]),
        ("新华社江州5月12日电（记者张建华、李晓明）" + LEAD, ["张建华", "李晓明"]),
        ("中新网江州5月12日电 (记者 张建华)" + LEAD, ["张建华"]),
        ("本报江州5月12日讯 记者张建华报道：" + LEAD, ["张建华"]),
        ("本报讯 记者 张建华 报道 " + LEAD, ["张建华"]),
        ("【江州日报讯】（记者 张建华）" + LEAD, ["张建华"]),
        ("[本报讯] 记者张建华 " + LEAD, ["张建华"]),
        ("本报记者 张建华 " + LEAD, ["张建华"]),
        ("记者张建华从江州市住建局获悉，" + LEAD, ["张建华"]),
        ("本报讯 近日，记者张建华从江州市住建局获悉，" + LEAD, ["张建华"]),
        ("江州日报讯 近日，记者张建华从江州市住建局获悉，" + LEAD, ["张建华"]),
        ("本报讯（通讯员 李晓明）近日，记者张建华从江州市住建局获悉，" + LEAD, ["李晓明", "张建华"]),
    ]
    for para, names in inline:
        yield ("lead", para[:28], [para] + BODY, names)
    closing = [
        ("（记者 张建华）", ["张建华"]),
        ("（本报记者 张建华）", ["张建华"]),
        ("（江州日报记者 张建华 通讯员 李晓明）", ["张建华", "李晓明"]),
        ("（作者：张建华）", ["张建华"]),
        ("（文/张建华）", ["张建华"]),
        ("（张建华 李晓明）", ["张建华", "李晓明"]),
        ("（通讯员 李晓明）", ["李晓明"]),
        ("（记者 张建华 实习生 李晓明）", ["张建华", "李晓明"]),
    ]
    for tail, names in closing:
        paras = [LEAD] + BODY
        paras[-1] = paras[-1] + tail
        yield ("close", tail, paras, names)
    # 5. Negative probes: role words in sentences, no credit.
    negatives = [
        "记者从江州市住建局获悉，" + LEAD,
        "记者了解到，" + LEAD,
        "据记者观察，" + LEAD,
        "记者走访发现，" + LEAD,
        "记者注意到，" + LEAD,
        "作者简介：江州大学教授，长期从事城市规划研究。",
        "张建华表示，" + BODY[0],
        "江州市住建局局长张建华在会上说，全市将加快推进城市更新。",
        "记者 了解到，" + LEAD,
        "来源：江州日报",
        "责任编辑：王海燕",
        "编辑：王海燕 审核：李晓明",
        "摄影：李晓明",
        "图/李晓明",
    ]
    for i, neg in enumerate(negatives):
        yield ("negative", neg[:20], [neg, LEAD] + BODY, [])
        yield ("negative-end", neg[:20], [LEAD] + BODY + [neg], [])
    # Lines after the body that look like a credit set line by line, or a
    # flattened page's role word in a sentence, and name nobody.
    blocks = [
        ["本报记者", "深入一线"], ["记者", "编辑：王海燕"], ["江州市住建局（记者站）"], ["通讯员", "供稿"],
        ["本文来自微信公众号：江州发布，转载请注明出处"], ["江州日报 2023年5月12日 第3版", "相关新闻"],
    ]
    for block in blocks:
        yield ("negative-block", " / ".join(block)[:20], [LEAD] + BODY + block, [])
    for flat in ["江州城建 记者 了解到 ", "江州城建 本报记者 走访发现 ", "记者在从事采访工作时了解到，"]:
        yield ("negative-flat", flat[:20], [flat + LEAD + BODY[0]], [])


DATE_LINES = [
    "2023-05-12", "2023-05-12 10:20", "2023-05-12 10:20:36", "2023/05/12 10:20", "2023.05.12",
    "2023年5月12日", "2023年05月12日 10:20", "2023年5月12日 星期五", "2023年5月12日10:20",
    "发布时间：2023-05-12 10:20:00", "发布日期：2023-05-12", "时间：2023年05月12日 10:20 来源：江州日报",
    "日期：2023-05-12", "【发布时间：2023-05-12】", "[2023-05-12]", "（2023-05-12）",
    "发表于 2023-05-12", "更新时间：2023-05-12 10:20", "江州日报 2023年5月12日 第3版",
    "2023-5-12", "来源：江州日报 2023-05-12", "作者：张建华 2023-05-12", "2023-05-12 来源：江州日报 作者：张建华",
    "江州日报 | 2023-05-12", "发布：2023-05-12 10:20 | 浏览：120次", "二〇二三年五月十二日",
    "2023年5月12日 来源：江州日报", "信息来源：江州市住建局 发布时间：2023-05-12",
    "发布于：2023年05月12日", "2023-05-12 10:20:36 星期五", "时间：2023-05-12 10:20 点击：120",
    "[ 2023-05-12 ]", "日期：2023年5月12日 来源：江州日报 字号：大 中 小", "作者：张建华 时间：2023-05-12",
    "2023年05月12日 10:20 江州日报", "江州日报 2023-05-12 10:20", "2023.5.12", "2023/5/12",
    "更新于 2023-05-12", "发表时间：2023-05-12", "发文日期：2023年05月12日", "成文日期：2023-05-12",
    "2023-05-12 来源：江州市人民政府办公室", "【字体：大 中 小】 2023-05-12 江州日报",
]
# A dateline with its year dates the piece; a day the story's first sentence
# opens with is the event's, not the publication's (the truth files' rule).
DATE_LEADS = [
    ("新华社江州2023年5月12日电 江州市城乡建设工作推进会12日召开。", "2023-05-12"),
    ("江州新闻网2023年5月12日讯 江州市城乡建设工作推进会召开。", "2023-05-12"),
    ("本报讯（记者 张建华）2023年5月12日上午，江州市城乡建设工作推进会召开。", None),
    ("2023年5月12日，江州市城乡建设工作推进会在市行政中心召开。", None),
]


def date_probes():
    for line in DATE_LINES:
        yield ("date-top", line, [line, LEAD] + BODY, "2023-05-12")
        yield ("date-end", line, [LEAD] + BODY + [line], "2023-05-12")
    for lead, want in DATE_LEADS:
        yield ("date-lead", lead[:24], [lead] + BODY, want)
    for neg in ["5月12日上午，江州市城乡建设工作推进会召开。", "2023年全市计划实施重点项目150个。",
                "会议要求，到2025年底前完成全部改造任务。"]:
        yield ("date-negative", neg[:20], [neg] + BODY, None)


# Source lines: where the page credits the outlet, and what it names.
SOURCE_LINES = [
    ("来源：江州日报", "江州日报"), ("来源: 江州日报", "江州日报"), ("稿源：江州日报", "江州日报"),
    ("信息来源：江州市住建局", "江州市住建局"), ("文章来源：江州日报", "江州日报"), ("来源：《江州日报》", "江州日报"),
    ("来源：江州网-江州日报", "江州日报"), ("来源：江州日报 作者：张建华", "江州日报"),
    ("2023-05-12 10:20 来源：江州日报", "江州日报"), ("发布时间：2023-05-12 来源：江州日报 浏览次数：120", "江州日报"),
    ("来源 江州日报", "江州日报"), ("【来源：江州日报】", "江州日报"), ("本文来源：江州日报", "江州日报"),
    ("转载自江州日报", "江州日报"), ("（来源：江州日报）", "江州日报"), ("来源：江州日报客户端", "江州日报客户端"),
]
SOURCE_LEADS = [
    ("本报讯（记者 张建华）" + LEAD, None), ("江州日报讯（记者 张建华）" + LEAD, "江州日报"),
    ("新华社江州5月12日电（记者张建华）" + LEAD, "新华社"), ("中新网江州5月12日电 " + LEAD, "中新网"),
    ("【江州网讯】" + LEAD, "江州网"), ("江州新闻网讯 " + LEAD, "江州新闻网"),
    ("据江州日报报道，" + LEAD, "江州日报"),
]


def source_probes():
    for line, want in SOURCE_LINES:
        yield ("source-top", line, [line, LEAD] + BODY, want)
        yield ("source-end", line, [LEAD] + BODY + [line], want)
    for lead, want in SOURCE_LEADS:
        yield ("source-lead", lead[:24], [lead] + BODY, want)
    closing = [("（江州日报）", "江州日报"), ("（新华社江州5月12日电）", "新华社"), ("（据江州日报）", "江州日报"),
               ("（来源：江州日报）", "江州日报"), ("（江州日报记者 张建华）", "江州日报")]
    for tail, want in closing:
        paras = [LEAD] + BODY
        paras[-1] = paras[-1] + tail
        yield ("source-close", tail, paras, want)
    for neg in ["资料来源：江州市统计局", "图片来源：江州日报", "数据来源：江州市统计局"]:
        yield ("source-negative", neg, [LEAD] + BODY + [neg], None)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--show", type=int, default=400)
    ap.add_argument("--only", default="")
    ap.add_argument("--dates", action="store_true", help="probe publish dates instead of authors")
    ap.add_argument("--sources", action="store_true", help="probe the source (outlet) instead of authors")
    ap.add_argument("--traditional", action="store_true",
                    help="write the pages in traditional script (needs `pip install opencc-python-reimplemented`)")
    a = ap.parse_args()
    convert = (lambda t: t)
    if a.traditional:
        import opencc
        convert = opencc.OpenCC("s2t").convert
    kind = date_probes() if a.dates else source_probes() if a.sources else probes()
    rows = [p for p in kind if a.only in p[0] + " " + p[1]]
    with tempfile.TemporaryDirectory() as d:
        files = []
        for i, (_, _, paras, _) in enumerate(rows):
            f = os.path.join(d, "p%04d.html" % i)
            with open(f, "w", encoding="utf-8") as fh:
                fh.write(convert(page("江州部署今年城乡建设重点任务", paras)))
            files.append(f)
        out = subprocess.run([a.bin, "extract"] + files, capture_output=True, text=True,
                             env=dict(os.environ, BAOKU_EXTRACT_THREADS="2")).stdout
        got = collections.defaultdict(list)
        for line in out.splitlines():
            r = json.loads(line)
            if a.dates:
                got[r["file"]].append((r.get("published") or "")[:10] or None)
            elif a.sources:
                got[r["file"]].append(r.get("source"))
            else:
                got[r["file"]].append(r.get("authors") or [])
    per = collections.Counter()
    bad = collections.Counter()
    shown = 0
    for f, (group, form, _, want) in zip(files, rows):
        have = got.get(f, [None if (a.dates or a.sources) else []])[0]
        if a.traditional and a.sources:
            have, want = have and convert(have), want and convert(want)
        elif a.traditional and not a.dates:
            have, want = [convert(x) for x in have], [convert(x) for x in want]
        per[group] += 1
        if have != want:
            bad[group] += 1
            if shown < a.show:
                print("FAIL %-12s %-40s want %s got %s" % (group, form, want, have))
                shown += 1
    for g in per:
        print("%-12s %4d/%4d right" % (g, per[g] - bad[g], per[g]))
    print("total        %4d/%4d right" % (sum(per.values()) - sum(bad.values()), sum(per.values())))


if __name__ == "__main__":
    main()
