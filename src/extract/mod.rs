//! Article body and metadata out of an article page.
//!
//! Entry point: [`extract`]. A page usually yields one [`Extracted`]; an
//! e-paper digest page holding several stories yields one per story.

use scraper::{Html, Selector};

mod body;
mod byline;
pub mod cli;
mod dom;
mod hints;
mod meta;
mod multi;
pub mod repair;
mod sanitize;
mod surnames;
mod title;
use url::Url;

use crate::config::SelectorsConfig;
use crate::dates::Stamp;

/// What the caller knows about the page.
#[derive(Debug, Clone, Default)]
pub struct Options<'a> {
    /// The page's URL: resolves relative links, gives a date fallback.
    pub url: Option<&'a Url>,
    /// The source's site-family preset (`trs`, `hanweb`, `founder`, …).
    pub preset: Option<&'a str>,
    /// Per-source selectors; they override every other signal.
    pub selectors: Option<&'a SelectorsConfig>,
    /// When the page was fetched: a date the page shows without its year
    /// (`发布时间：03-12 10:30`) takes the year that puts it on or before this.
    pub fetched: Option<Stamp>,
}

/// One article found on a page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extracted {
    pub title: Option<String>,
    pub subtitle: Option<String>,
    /// 引题: the line above the headline.
    pub kicker: Option<String>,
    pub authors: Vec<String>,
    pub editors: Vec<String>,
    pub published: Option<Stamp>,
    /// The paper or agency credited (来源, 新华社…电, 本报讯(X日报…)).
    pub source: Option<String>,
    /// A link back to the original publication, when the page gives one.
    pub original_url: Option<String>,
    /// Paragraphs separated by `\n`.
    pub text: String,
    /// Sanitized HTML of the body, links absolute.
    pub content_html: String,
}

/// Extracts the article(s) on a page of decoded HTML.
pub fn extract(html: &str, opts: &Options) -> Vec<Extracted> {
    let repaired = repair::unmojibake(html);
    let html = repaired.as_deref().unwrap_or(html);
    let unescaped = repair::unescape_markup(html);
    let html = unescaped.as_deref().unwrap_or(html);
    let broken = repair::unescape_breaks(html);
    let html = broken.as_deref().unwrap_or(html);
    let closed = repair::close_raw_text(html);
    let doc = Html::parse_document(closed.as_deref().unwrap_or(html));
    let hints = hints::read(&doc);
    let mut walk = dom::walk(&doc);
    let sel = opts.selectors.filter(|s| !s.is_empty());
    let title = sel
        .and_then(|s| s.title.as_deref())
        .and_then(|css| select_text(&doc, css))
        .or_else(|| title::title(&doc, &hints));
    let headline = title.as_deref().and_then(|t| body::headline_block(&walk, t));
    // `标题-频道-某某网娱乐` kept whole from <title>, `标题` shown on the page: the
    // page's own line is the headline.
    let title = match (title, headline) {
        (Some(t), Some(h)) => {
            let shown = crate::text::squash_ws(&walk.blocks[h].text);
            let rest = t.strip_prefix(shown.as_str()).map(str::trim_start);
            match rest {
                Some(r) if shown.chars().count() >= 8 && r.starts_with(['-', '_', '|', '｜', '—', '－', '–']) => Some(shown),
                _ => Some(t),
            }
        }
        (t, _) => t,
    };
    // The page's own summary usually repeats the article's lead: blocks that
    // share its wording count thrice (a short article beside longer teasers).
    let echo = summary_echo(&hints, &walk.blocks);
    let echoed = |i: usize| if echo.get(i).copied().unwrap_or(false) { 2.0 } else { 1.0 };
    if headline.is_none() && echo.iter().any(|&e| e) {
        walk.reweigh(&doc, echoed);
    }
    if let Some(h) = headline {
        // Prose above the headline is rarely the article (teasers, notices);
        // after the next top-level headline starts another story.
        let next = (walk.blocks[h].heading == 1)
            .then(|| {
                // Another story repeats the headline's template (same class);
                // section headings inside the article do not.
                let own = walk.blocks[h].heading_id;
                let class = |id: Option<ego_tree::NodeId>| {
                    id.and_then(|id| doc.tree.get(id))
                        .and_then(|n| n.value().as_element().and_then(|e| e.attr("class")).map(str::to_owned))
                };
                let own_class = class(own);
                walk.blocks[h + 1..]
                    .iter()
                    .position(|b| b.heading == 1 && b.heading_id != own && class(b.heading_id) == own_class)
                    .map(|k| h + 1 + k)
            })
            .flatten()
            .unwrap_or(usize::MAX);
        // Nearer the headline is likelier the article: a gentle decay
        // breaks ties between a short article and teasers further down.
        walk.reweigh(&doc, |i| {
            echoed(i)
                * if i < h {
                    0.25
                } else if i >= next {
                    0.1
                } else {
                    1.0 / (1.0 + (i - h) as f32 / 200.0)
                }
        });
    }

    let configured = sel
        .and_then(|s| s.body.as_deref())
        .map(|css| select_ids(&doc, css))
        .unwrap_or_default();
    let mut explicit = body::marked_containers(&doc);
    explicit.extend(body::preset_containers(&doc, opts.preset));
    let body = body::container(&doc, &walk, &configured, &explicit)
        .map(|root| body::lines(&doc, &walk, root, configured.contains(&root)))
        .unwrap_or_default();
    // `<title>某某日报数字报</title>`: the title fell back to the site's name,
    // and no block shows it; the headline sits just above the body.
    let (title, headline) = match (headline, &title) {
        (None, Some(t)) if title::is_site_name(t, &hints) || title::is_logo(&doc, t) => match body::headline_above(&walk, &body) {
            Some(h) => (Some(walk.blocks[h].text.trim().to_owned()), Some(h)),
            None => (title, headline),
        },
        _ => (title, headline),
    };
    let meta = meta::read(&doc, &hints, &walk, headline, &body, sel, opts);
    // The headline block is kept in its own fields, not repeated as body text.
    let mut body = body;
    let heads: Vec<String> = [&title, &meta.subtitle, &meta.kicker].into_iter().flatten().map(|t| no_space(t)).collect();
    let lead = body.paragraphs.iter().take_while(|p| heads.contains(&no_space(p))).count();
    if lead > 0 && lead < body.paragraphs.len() {
        let dropped: Vec<String> = body.paragraphs.drain(..lead).collect();
        body.items.retain(|i| !matches!(i, body::Item::Para(p) if dropped.contains(p)));
    }

    // Text copied from a print layout breaks words across lines; repaired
    // only where the page shows such breaks.
    let repaired_lines = repair::has_broken_lines(&body.paragraphs)
        .then(|| repair::join_broken_lines(&body.paragraphs));
    let paragraphs = repaired_lines.as_ref().unwrap_or(&body.paragraphs);
    let content_html = match &repaired_lines {
        Some(lines) => sanitize::content_html(&paras(lines), opts.url),
        None => sanitize::content_html(&body.items, opts.url),
    };
    let page = Extracted {
        title,
        subtitle: meta.subtitle,
        kicker: meta.kicker,
        authors: meta.authors,
        editors: meta.editors,
        published: meta.published,
        source: meta.source,
        original_url: meta.original_url,
        text: paragraphs.join("\n"),
        content_html,
    };
    match multi::split(paragraphs) {
        Some(parts) => parts.into_iter().map(|p| from_part(p, &page, opts)).collect(),
        None => vec![page],
    }
}

/// For each block, whether it shares most of its wording with the page's
/// summary (`description` / `og:description`, when that says something
/// of its own: 20+ Han characters). Han 4-grams are compared, so
/// traditional/simplified or punctuation differences do not matter much.
fn summary_echo(hints: &hints::Hints, blocks: &[dom::Block]) -> Vec<bool> {
    let grams = |s: &str| -> crate::text::FastSet<[char; 4]> {
        let h: Vec<char> = s.chars().filter(|&c| crate::text::is_han(c)).collect();
        h.windows(4).map(|w| [w[0], w[1], w[2], w[3]]).collect()
    };
    let summary: crate::text::FastSet<[char; 4]> =
        ["description", "og:description"].iter().filter_map(|k| hints.metas.get(*k)).flat_map(|d| grams(d)).collect();
    if summary.len() < 20 {
        return Vec::new();
    }
    blocks
        .iter()
        .map(|b| {
            // Sentences, not a title in 《》 that the summary also names.
            if !b.is_prose() || b.chars < 20 || !b.text.contains(['，', '。', '；', '！', '？']) {
                return false;
            }
            let g = grams(&b.text);
            g.len() >= 8 && g.iter().filter(|x| summary.contains(*x)).count() * 2 >= g.len()
        })
        .collect()
}

fn no_space(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn paras(lines: &[String]) -> Vec<body::Item> {
    lines.iter().map(|l| body::Item::Para(l.clone())).collect()
}

/// One story of a several-story page: its own headline block, byline (or
/// closing credit),
/// credited paper and dateline day; the page's editors.
fn from_part(p: multi::Part, page: &Extracted, opts: &Options) -> Extracted {
    let dl = p.dateline.unwrap_or_default();
    // A dateline without a reporter (`本报讯 11月15日，…`): the story's
    // closing credit names them (`（某杰）`).
    let authors = match dl.authors.is_empty() {
        true => meta::closing_credit(&p.paragraphs).unwrap_or_default(),
        false => dl.authors,
    };
    Extracted {
        title: p.title.or_else(|| page.title.clone()),
        subtitle: p.subtitle,
        kicker: p.kicker,
        authors,
        editors: page.editors.clone(),
        // The story's own dateline day, in the page's year (or the one before).
        published: dl
            .month_day
            .zip(page.published)
            .and_then(|((m, d), p)| crate::dates::nearest_year(m, d, p))
            .or(page.published),
        source: dl.outlet.or_else(|| page.source.clone()),
        original_url: None,
        text: p.paragraphs.join("\n"),
        content_html: sanitize::content_html(&paras(&p.paragraphs), opts.url),
    }
}

fn select_ids(doc: &Html, css: &str) -> Vec<ego_tree::NodeId> {
    match Selector::parse(css) {
        Ok(sel) => doc.select(&sel).map(|e| e.id()).collect(),
        Err(_) => Vec::new(),
    }
}

fn select_text(doc: &Html, css: &str) -> Option<String> {
    let sel = Selector::parse(css).ok()?;
    doc.select(&sel)
        .map(|e| crate::text::squash_ws(&e.text().collect::<String>()))
        .find(|t| !t.is_empty())
}

/// Escapes text for HTML element content and attribute values.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_alone_that_the_headline_names_is_no_byline() {
        let page = |h1: &str| {
            format!(
                r#"<html><head><meta charset="utf-8"><title>{h1}_娱乐_某某网</title></head>
            <body><h1>{h1}</h1><div class="info">2009年11月09日11:30 某某音乐</div>
            <div class="art"><p align="center"><a href="/star/1191/">柯某静</a><img src="/a.gif"></p><p align="center">新专辑宣传照</p>
            <p>某某音乐讯 一向具有奇思妙想的唱作人柯某静，在新专辑发行之际，再次玩起了创意，发布会仅邀请八十位嘉宾参加。</p>
            <p>据悉，除了这款特别的票卡之外，她还专门设计了面包和笔记本送给出席发布会的嘉宾，发布会将围绕她的音乐创作展开。</p></div></body></html>"#
            )
        };
        let a = extract(&page("柯某静新碟发布会创意无限"), &Options::default());
        assert!(a[0].authors.is_empty(), "{:?}", a[0].authors);
        // The same line under a headline that does not name her is read as the reporter's slot.
        let a = extract(&page("新碟发布会创意无限"), &Options::default());
        assert_eq!(a[0].authors, ["柯某静"]);
        // A columnist's name set before the headline with a dash: the writer,
        // signing the piece at its end.
        let column = r#"<html><head><meta charset="utf-8"><title>洪某 - 中文互联网之死</title></head>
            <body><h1>洪某 - 中文互联网之死</h1><div class="art">
            <p>为什么今天的中文互联网每况日下？舆论大致归咎于审核、禁言和垃圾算法推送。</p>
            <p>简言之，一个封闭的系统是一个脆弱而呆滞的系统，它的退化是渐进而无声的。</p>
            <p>这就是中文互联网之死。</p><p>洪某 2022.07.20</p></div></body></html>"#;
        assert_eq!(extract(column, &Options::default())[0].authors, ["洪某"]);
    }

    #[test]
    fn each_story_of_a_two_story_page_takes_its_own_closing_credit() {
        let html = r#"<html><head><meta charset="utf-8"><title>校党委理论学习中心组召开会议</title></head><body>
            <h1>校党委理论学习中心组召开会议</h1><div class="content">
            <p>本报讯 11月15日，校党委理论学习中心组在第一会议室举行专题学习研讨会。会议由党委书记主持，中心组全体成员参加学习。</p>
            <p>会议强调，要把会议精神切切实实转化为推动学校高质量发展的强大动力，努力建设风清气正的校园政治生态。</p>
            <p>（某杰）</p>
            <p><strong>专题学习省委全会精神</strong></p>
            <p>本报讯 11月30日下午，校党委理论学习中心组举行专题学习会，传达学习省委全会精神，研究贯彻落实意见。</p>
            <p>会议要求，要把学习宣传贯彻全会精神作为当前的一项重要政治任务，深入开展学习研讨交流。</p>
            <p>（宣传部）</p></div></body></html>"#;
        let a = extract(html, &Options::default());
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].authors, ["某杰"]);
        assert!(a[0].text.ends_with("（某杰）"), "{}", a[0].text);
        assert_eq!(a[1].title.as_deref(), Some("专题学习省委全会精神"));
        // The office that sent the second story is no writer.
        assert!(a[1].authors.is_empty(), "{:?}", a[1].authors);
    }

    #[test]
    fn a_headline_in_plain_bold_text_sheds_the_channel_and_site_of_the_title() {
        let html = r#"<html><head><meta charset="utf-8"><title>全省春耕备播有序推进 不误农时-农业-某北网要闻</title></head><body>
            <div><a href="/">首页</a> <a href="/nongye">农业</a></div>
            <table><tr><td><font size="5"><b>全省春耕备播有序推进 不误农时</b></font></td></tr>
            <tr><td>http://www.example.cn 2011-12-09 19:08:26</td></tr></table>
            <div><p>　　春耕时节，全省各地抢抓农时，田间地头一派繁忙景象。各县区农机手驾驶旋耕机来回作业，种植大户忙着育秧备播。</p>
            <p>　　据省农业农村厅介绍，今年全省计划播种粮食面积比去年略有增加，各地提前调运种子化肥，确保不误农时。</p></div>
            </body></html>"#;
        let a = extract(html, &Options::default());
        assert_eq!(a[0].title.as_deref(), Some("全省春耕备播有序推进 不误农时"));
        assert_eq!(a[0].published.as_ref().map(|p| p.at.date_naive().to_string()).as_deref(), Some("2011-12-09"));
    }

    #[test]
    fn an_e_paper_page_titled_with_the_papers_name_takes_the_headline_above_the_body() {
        let html = r#"<html><head><meta charset="utf-8"><title>某江日报数字报</title></head><body>
            <table><tr><td><a href="node_2.htm">第01版：要闻</a></td><td>2024年03月12日</td></tr></table>
            <table><tr><td class="font01">抢抓农时 不误春耕</td></tr>
            <tr><td class="font02">全省春耕备播有序推进</td></tr>
            <tr><td class="font01">——各地加快农资调运 强化技术指导</td></tr>
            <tr><td class="font03">本报记者 贺某明 通讯员 柯某静</td></tr>
            <tr><td><div id="ozoom"><p>　　春耕时节，全省各地抢抓农时，田间地头一派繁忙景象。各县区农机手驾驶旋耕机来回作业，种植大户忙着育秧备播。</p>
            <p>　　据省农业农村厅介绍，今年全省计划播种粮食面积比去年略有增加，各地提前调运种子化肥，确保不误农时。</p></div></td></tr></table>
            </body></html>"#;
        let a = extract(html, &Options::default());
        assert_eq!(a[0].title.as_deref(), Some("全省春耕备播有序推进"));
        assert_eq!(a[0].subtitle.as_deref(), Some("——各地加快农资调运 强化技术指导"));
        assert_eq!(a[0].authors, ["贺某明", "柯某静"]);
        // `本报记者` on the paper's own e-paper credits that paper.
        assert_eq!(a[0].source.as_deref(), Some("某江日报"));
        // Each role on a line of its own.
        let split = html.replace("本报记者 贺某明 通讯员 柯某静", "□本报记者 贺某明<br>□本报通讯员 柯某静");
        assert_eq!(extract(&split, &Options::default())[0].authors, ["贺某明", "柯某静"]);
        // A <title> naming the story is left alone.
        let titled = html.replace("<title>某江日报数字报</title>", "<title>抢抓农时 不误春耕_某江日报</title>");
        assert_eq!(extract(&titled, &Options::default())[0].title.as_deref(), Some("抢抓农时 不误春耕"));
    }

    #[test]
    fn a_licensed_columns_credit_survives_the_furniture_filter() {
        let html = r#"<html><head><meta charset="utf-8"><title>共享出行的烧钱大战_某某财经</title></head>
            <body><h1>共享出行的烧钱大战</h1><div class="info">2015-07-02 14:41:12</div>
            <div class="art"><p>任何补贴都不是无缘无故的，巨头们的投资逻辑也是常人难以想象的，司机和乘客都卷入其中。</p>
            <p>面对新的商业模式，人们总是先拷贝，再在利益受到威胁时不遗余力地阻挠，却很少思考它对城市意味着什么。</p>
            <p>本文为<a href="/k/1.html">康某坦丁</a>授权某易财经《<a href="/k/2.html">某观察</a>》发布，转载请注明出处。</p>
            <p>作者曾任职于多家知名企业，现为某团队创建人。</p></div></body></html>"#;
        let a = extract(html, &Options::default());
        assert_eq!(a[0].authors, ["康某坦丁"]);
        assert_eq!(a[0].source.as_deref(), Some("某易财经"));
        assert!(!a[0].text.contains("转载请注明"), "{}", a[0].text);
    }

    #[test]
    fn a_story_in_parts_credits_each_parts_writer() {
        let html = r#"<html><head><meta charset="utf-8"><title>春运首日见闻_某某网</title></head>
            <body><h1>春运首日见闻</h1><div class="info">2024-01-26 08:30 来源：某某晚报</div>
            <div class="art"><p>春运首日，火车站候车大厅里人头攒动，旅客们拖着行李箱排队进站，志愿者在一旁引导。</p>
            <p>车站工作人员介绍，今年春运预计发送旅客人数比去年明显增加，车站增开了多趟临时列车。</p>
            <p>编译/记者 贺某明</p>
            <p>记者随后走访了长途汽车站，售票窗口前排起长队，不少旅客选择提前购票返乡过年。</p>
            <p>汽车站负责人表示，今年增加了多条线路的班次，并在站内设置了便民服务点。</p>
            <p>文/记者 柯某静</p><p>责任编辑：罗某凡</p></div></body></html>"#;
        let a = extract(html, &Options::default());
        assert_eq!(a[0].authors, ["贺某明", "柯某静"]);
        assert_eq!(a[0].editors, ["罗某凡"]);
    }

    #[test]
    fn the_outlet_in_the_authors_place_is_no_writer() {
        let html = r#"<html><head><meta charset="utf-8"><title>春节网络电话六大应用 - 某某在线</title><meta property="og:site_name" content="某某在线"></head>
            <body><h1>春节网络电话六大应用</h1><div class="info">出处：someonline 2012年01月17日 作者：SomeOnline 责任编辑：某某</div>
            <div class="art"><p>春节将至，不少在外工作的人都要给家里打电话拜年，网络电话的资费比传统电话便宜很多，越来越受欢迎。</p>
            <p>记者梳理了六款常用的应用，从通话质量、资费和使用方式等方面做了比较，供读者参考选择。</p></div></body></html>"#;
        let a = extract(html, &Options::default());
        assert_eq!(a[0].source.as_deref(), Some("someonline"));
        assert!(a[0].authors.is_empty(), "{:?}", a[0].authors);
    }

    #[test]
    fn the_summary_meta_points_at_a_short_article_beside_longer_teasers() {
        let lead = "为方便乘客于春节期间外出，地铁列车服务和部分轻轨路线于除夕晚将会提供通宵服务。";
        let teaser = |n: u32| {
            format!(
                "<li><a href=\"/news/{n}.html\">第{n}条热门新闻的标题在这里</a><div class=\"txt\">第{n}条热门新闻的导语：一对相依多年的姊妹昨日外出游玩，傍晚乘坐出租车回家，途中发生意外，警方已经介入调查，详情仍在进一步了解之中，暂时未有更多消息公布。</div></li>"
            )
        };
        let html = format!(
            r#"<html><head><title>地铁春节加强服务 - 新闻</title><meta name="description" content="{lead}周六会有较多市民外出购物或参加聚会，部分线路特别于午饭和晚饭时间加强服务。"></head>
            <body><div class="menu">{}</div><h1>地铁春节加强服务</h1>
            <div class="art"><p>{lead}<br><br>周六会有较多市民外出购物或参加聚会，部分线路特别于午饭和晚饭时间加强服务。<br><br>机场快线将由十二分钟一班车加密至十分钟一班车。</p></div>
            <div class="top-story"><h3>最热门新闻</h3><ul>{}{}</ul></div></body></html>"#,
            (1..=60).map(|k| format!("<a href=\"/c/{k}\">栏目{k}</a>")).collect::<String>(),
            teaser(1),
            teaser(2)
        );
        let a = extract(&html, &Options::default());
        assert!(a[0].text.starts_with(lead), "{}", a[0].text);
        assert!(!a[0].text.contains("热门新闻的导语"), "{}", a[0].text);
        // Without the summary the teasers win: the signal is what decides.
        let bare = html.replace("name=\"description\"", "name=\"keywords\"");
        assert!(extract(&bare, &Options::default())[0].text.contains("热门新闻的导语"));
    }
}
