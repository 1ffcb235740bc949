#!/usr/bin/env python3
"""Builds the demo news site served by `baoku demo` (run from this folder).

Three sources: 河北日报 (UTF-8 RSS, Founder-style article pages), 石家庄日报
(GB2312-declared RSS and GBK article pages; it reprints the provincial story
under its own headline) and the provincial government portal (Atom feed,
TRS-style pages with ArticleTitle/PubDate/ContentSource metas). Story text:
the project's seed page (../../../../shared/datasets/seed/epaper-digest.txt,
copied into seed.txt here) plus two short items written for the demo.
`{{BASE}}` in feeds is replaced by the server's address when served.
"""
import os

seed = open('seed.txt', encoding='utf-8').read()

def blocks(s):
    return [b.strip() for b in s.split('\n\n') if b.strip()]

def join_body(bs):
    # Words broken across lines by the page layout are rejoined.
    out = []
    for b in bs:
        if out and not out[-1].endswith(('。', '”', '!', '?', '；', ':')):
            out[-1] += b
        else:
            out.append(b)
    return out

i = seed.index('市委常委会召开会议')
b1, b2 = blocks(seed[:i]), blocks(seed[i:])
h1, sub1, body1 = b1[0], b1[1], join_body(b1[2:])
h2a, h2b, sub2, body2 = b2[0], b2[1], b2[2], join_body(b2[3:])

def ps(body):
    return '\n'.join(f'      <p>{p}</p>' for p in body)

def founder_page(paper, title, subtitle, kicker, body, date, author, charset, node, credit=None):
    info = f'<span>来源：{credit}</span>' if credit else f'<span>{paper}</span>'
    return f'''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{paper}数字报</title>
</head>
<body>
<!--enpproperty <articleid>{node}</articleid><date>{date} 00:00:00.0</date><author>{author}</author><title>{title}</title><keyword></keyword><subtitle>{subtitle}</subtitle><introtitle>{kicker}</introtitle><siteid>1</siteid><nodeid>{node}</nodeid><nodename>第01版：要闻</nodename><nodesearchname></nodesearchname>/enpproperty-->
<div class="header"><a href="../../../layout/index.html">{paper}</a> | <a href="#">往期回顾</a> | <a href="#">版面导航</a></div>
<div class="article">
  <h3 class="kicker">{kicker}</h3>
  <h1>{title}</h1>
  <h2 class="subtitle">{subtitle}</h2>
  <div class="info">{info} <span id="paperdate">{date}</span> <span>第01版</span></div>
  <div id="ozoom">
    <founder-content>
{ps(body)}
    </founder-content>
  </div>
</div>
<div class="footer"><span>版权所有 {paper}社 未经授权不得转载</span></div>
</body>
</html>
'''

def trs_page(title, source, date, body):
    return f'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="SiteName" content="河北省人民政府网站">
<meta name="ColumnName" content="河北要闻">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{date}">
<meta name="ContentSource" content="{source}">
<title>{title}_河北省人民政府网站</title>
</head>
<body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/hbyw/">河北要闻</a></div>
<div class="detail">
  <h1>{title}</h1>
  <div class="info"><span>发布时间：{date}</span> <span>来源：{source}</span> <a href="javascript:window.print()">打印</a></div>
  <div class="TRS_Editor">
{ps(body)}
  </div>
</div>
<div class="related"><h4>相关阅读</h4><ul><li><a href="/a/1.html">我省召开政务公开工作推进会</a></li><li><a href="/a/2.html">省政府常务会议召开</a></li></ul></div>
<div class="footer">主办：河北省人民政府办公厅 网站标识码：1300000046</div>
</body>
</html>
'''

tree = [
    "本报讯(记者 李华 方  敏)全省春季造林绿化工作全面展开，各地抢抓有利时机，组织干部群众开展义务植树活动。",
    "据省林业和草原局介绍，今年全省计划完成营造林面积四百二十万亩，重点推进太行山、燕山绿化和京津冀生态过渡带建设。截至3月27日，已完成造林八十六万亩。",
    "各地坚持科学绿化，宜乔则乔、宜灌则灌，优先选用乡土树种，严格落实造林质量管理制度，确保栽一棵、活一棵、成林一片。",
    "省林业和草原局有关负责同志表示，将加强春季森林防火工作，压实各级防火责任，严防森林火灾发生。",
]
gov_notice = [
    "为深入推进政务公开标准化规范化工作，省政府办公厅近日印发通知，部署2022年政务公开重点工作。",
    "通知要求，各地各部门要围绕稳经济、促发展、保民生等重点领域，及时准确发布政策信息，做好政策解读和回应关切。",
    "通知强调，要加强政府网站和政务新媒体建设管理，提升政务服务便利度，让企业和群众办事更省心、更舒心。",
]

for d in ('hebrb', 'sjzrb', 'hebgov'):
    os.makedirs(d, exist_ok=True)

def utf8(path, text):
    open(path, 'w', encoding='utf-8').write(text)

def gbk(path, text):
    open(path, 'wb').write(text.encode('gbk'))

utf8('hebrb/content_1001.html', founder_page('河北日报', h1, sub1, '', body1, '2022-03-29', '四建磊 吴韬', 'utf-8', 1001))
utf8('hebrb/content_1002.html', founder_page('河北日报', '全省春季造林绿化全面展开', '已完成造林八十六万亩', '抢抓有利时机 科学开展绿化', tree, '2022-03-29', '李华 方敏', 'utf-8', 1002))
gbk('sjzrb/content_2001.html', founder_page('石家庄日报', h2b, sub2, h2a, body2, '2022-03-29', '齐广君', 'gb2312', 2001))
gbk('sjzrb/content_2002.html', founder_page('石家庄日报', '省应对新冠肺炎疫情工作领导小组会议召开', '坚持科学精准快速处置突发疫情', '', body1, '2022-03-29', '四建磊 吴韬', 'gb2312', 2002, credit='河北日报'))
utf8('hebgov/t20220329_3001.html', trs_page(h1, '河北日报', '2022-03-29 08:30', body1))
utf8('hebgov/t20220329_3002.html', trs_page('省政府办公厅部署2022年政务公开重点工作', '河北省人民政府办公厅', '2022-03-29 10:00', gov_notice))

B = '{{BASE}}'
utf8('hebrb/rss.xml', f'''<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
<title>河北日报</title>
<link>{B}/hebrb/</link>
<description>河北日报要闻</description>
<ttl>30</ttl>
<item>
<title>{h1}</title>
<link>{B}/hebrb/content_1001.html</link>
<guid>{B}/hebrb/content_1001.html</guid>
<pubDate>Tue, 29 Mar 2022 06:00:00 CST</pubDate>
<description>{sub1}</description>
</item>
<item>
<title>全省春季造林绿化全面展开</title>
<link>{B}/hebrb/content_1002.html</link>
<guid>{B}/hebrb/content_1002.html</guid>
<pubDate>Tue, 29 Mar 2022 06:05:00 CST</pubDate>
<description>已完成造林八十六万亩</description>
</item>
</channel>
</rss>
''')
# No version attribute and no guids, dates in Chinese forms: as small sites write them.
gbk('sjzrb/rss.xml', f'''<?xml version="1.0" encoding="gb2312"?>
<rss>
<channel>
<title>石家庄日报</title>
<link>{B}/sjzrb/</link>
<description>石家庄日报数字报</description>
<item>
<title>{h2b}</title>
<link>{B}/sjzrb/content_2001.html</link>
<pubDate>2022-03-29 07:00</pubDate>
</item>
<item>
<title>省应对新冠肺炎疫情工作领导小组会议召开</title>
<link>{B}/sjzrb/content_2002.html</link>
<pubDate>2022年03月29日 07:10</pubDate>
</item>
</channel>
</rss>
''')
utf8('hebgov/atom.xml', f'''<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>河北省人民政府 河北要闻</title>
<id>{B}/hebgov/</id>
<updated>2022-03-29T10:00:00+08:00</updated>
<link href="{B}/hebgov/"/>
<entry>
<title>{h1}</title>
<id>{B}/hebgov/t20220329_3001.html</id>
<link href="{B}/hebgov/t20220329_3001.html"/>
<updated>2022-03-29T08:30:00+08:00</updated>
<author><name>河北日报</name></author>
</entry>
<entry>
<title>省政府办公厅部署2022年政务公开重点工作</title>
<id>{B}/hebgov/t20220329_3002.html</id>
<link href="{B}/hebgov/t20220329_3002.html"/>
<updated>2022-03-29T10:00:00+08:00</updated>
<author><name>河北省人民政府办公厅</name></author>
</entry>
</feed>
''')
