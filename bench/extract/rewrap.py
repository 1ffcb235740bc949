#!/usr/bin/env python3
"""Robustness check: held-out pages (or copies made by traditional.py) served
differently, scored like the originals.

  --kind template  the page inside a site's furniture: a navigation bar and a
                   breadcrumb above, a sidebar of headline links ("热点推荐",
                   "图片新闻") and a footer with the copyright and ICP lines after
  --kind table     an old government CMS's layout: the page in the right cell of
                   a table whose left cell lists the site's columns
  --kind br        the paragraphs run together with <br> instead of <p>
  --kind gbk       the page saved as GB18030 with its <meta charset> removed
  --kind big5      the same as Big5 (give --ext a traditional.py OUT directory
                   and --truth its truth.jsonl)

Characters the target encoding lacks become numeric character references.
It writes OUT/<kind>_<page> and OUT/truth.jsonl. Then:

  python3 bench/extract/score_meta.py --bin target/release/baoku \\
      --shared ../shared --ext OUT --truth OUT/truth.jsonl
"""
import argparse
import json
import os
import re

import holdout

ap = argparse.ArgumentParser()
ap.add_argument("--kind", required=True, choices=["template", "table", "br", "gbk", "big5"])
ap.add_argument("--ext", required=True, help="where the $EXT pages are")
ap.add_argument("--out", required=True, help="directory for the copies")
ap.add_argument("--from", dest="first", type=int, default=43, help="first held-out set (default 43)")
ap.add_argument("--truth", help="a truth file to follow instead of bench/extract/meta_holdoutNN.jsonl")
a = ap.parse_args()
os.makedirs(a.out, exist_ok=True)

NAV = ('<div class="nav"><a href="/">首页</a> | <a href="/news/">新闻</a> | <a href="/gov/">政务</a> | '
       '<a href="/sports/">体育</a> | <a href="/ent/">娱乐</a> | <a href="/tech/">科技</a> | <a href="/about/">关于我们</a></div>'
       '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; 正文</div>')
SIDE = ('<div class="sidebar"><h3>热点推荐</h3><ul>'
        + "".join(f'<li><a href="/news/{i}.html">某市召开第{i}次工作推进会议部署重点任务</a></li>' for i in range(1, 11))
        + '</ul><h3>图片新闻</h3><ul><li><a href="/p/1.html">秋色满园</a></li><li><a href="/p/2.html">城市夜景</a></li></ul></div>')
FOOT = ('<div class="footer"><p>版权所有：某某新闻网 未经授权禁止复制或建立镜像</p>'
        '<p>地址：某省某市某路1号 邮编：100000 联系电话：010-12345678</p><p>某ICP备12345678号-1</p></div>')


n = 0
with open(os.path.join(a.out, "truth.jsonl"), "w", encoding="utf-8") as truth:
    for r, src in holdout.items(a.ext, a.first, a.truth):
        name = os.path.basename(src)
        page = open(src, encoding="utf-8").read()
        if a.kind == "table":
            left = "".join(f'<tr><td><a href="/col/{i}/">栏目{i}</a></td></tr>' for i in range(1, 9))
            page = page.replace("<body>", '<body><table width="980"><tr><td width="200" valign="top"><table>' + left + '</table></td><td valign="top">', 1)
            page = page.replace("</body>", "</td></tr></table></body>", 1)
            data = page.encode("utf-8")
        elif a.kind == "br":
            # (Only plain paragraphs: a styled one may be hidden.)
            page = re.sub(r"</p>\s*<p>", "<br>\n", page)
            data = page.encode("utf-8")
        elif a.kind == "template":
            page = page.replace("<body>", "<body>" + NAV + '<div class="main">', 1).replace("</body>", "</div>" + SIDE + FOOT + "</body>", 1)
            data = page.encode("utf-8")
        else:
            page = page.replace('<meta charset="utf-8">', "")
            data = page.encode("gb18030" if a.kind == "gbk" else "big5", errors="xmlcharrefreplace")
        with open(os.path.join(a.out, f"{a.kind}_{name}"), "wb") as out:
            out.write(data)
        r["file"] = f"$EXT/{a.kind}_{name}"
        truth.write(json.dumps(r, ensure_ascii=False) + "\n")
        n += 1
print(f"{n} items written into {a.out}")
