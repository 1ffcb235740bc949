//! Article metadata: subtitle and 引题, authors, editors, publish time and
//! the source credited.
//!
//! Order of trust: configured selectors, then structured hints (metas,
//! `enpproperty`, JSON-LD), then what the page shows around the headline
//! (date lines, `来源：` labels, byline lines), then the body's dateline,
//! then the URL.

use std::sync::LazyLock;

use regex::Regex;
use scraper::{Html, Selector};
use url::Url;

use super::body::{self, Body};
use super::byline;
use super::dom::Walk;
use super::hints::Hints;
use crate::config::SelectorsConfig;
use crate::dates::Stamp;

/// The full date with its year that the readers' patterns below spell out:
/// `2022-03-29`, `2022/3/29`, `2022.03.29`, `2022年3月29日` (without the
/// closing `日`, which each pattern places itself).
macro_rules! ymd {
    () => {
        r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"
    };
}

/// The full date in Chinese form only, `2022年3月29日`.
macro_rules! ymd_han {
    () => {
        r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    };
}

/// What was found besides title and body.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Meta {
    pub subtitle: Option<String>,
    pub kicker: Option<String>,
    pub authors: Vec<String>,
    pub editors: Vec<String>,
    pub published: Option<Stamp>,
    pub source: Option<String>,
    pub original_url: Option<String>,
}

/// Lines of the page near the article: between the headline and the body
/// (date, source and byline lines live there), a few lines just above the
/// headline (some templates print them there), plus the body's first and
/// last paragraphs (datelines, trailing bylines and credits).
struct Around<'a> {
    head: Vec<String>,
    above: Vec<String>,
    first: Vec<&'a str>,
    last: Vec<&'a str>,
    /// Short lines further below the body (galleries and related links
    /// sometimes stand between it and the editor's credit).
    further: Vec<&'a str>,
    /// Short lines further above the head, nearest first (where a page
    /// whose headline was not found may still print `日期：`).
    earlier: Vec<String>,
    /// The few lines just above the headline, links kept: a sidebar's
    /// `•責任編輯：<a>X</a>` there names the page's editor.
    above_linked: Vec<&'a str>,
}

/// [`Around`] as borrowed lines, the form every reader takes.
struct Lines<'a> {
    head: Vec<&'a str>,
    above: Vec<&'a str>,
    first: Vec<&'a str>,
    last: Vec<&'a str>,
}

fn around<'a>(walk: &'a Walk, headline: Option<usize>, body: &'a Body) -> Around<'a> {
    let start = body.first_block.unwrap_or(walk.blocks.len());
    let from = match headline {
        Some(h) if h < start => h + 1,
        _ => start.saturating_sub(12),
    };
    let short = |b: &&super::dom::Block| b.image.is_none() && b.chars <= 150;
    let mut head: Vec<&str> = walk.blocks[from..start.min(walk.blocks.len())]
        .iter()
        .rev()
        .take(25)
        .rev()
        .filter(short)
        .map(|b| b.text.as_str())
        .collect();
    head.extend(body.meta_head.iter().map(|s| s.as_str()));
    // The few lines just above the headline, links (breadcrumbs, font
    // switches, share buttons) left out.
    let above: Vec<&str> = match headline {
        Some(h) if h < start => walk.blocks[h.saturating_sub(6)..h]
            .iter()
            .filter(short)
            .filter(|b| b.link_density() < 0.5)
            .map(|b| b.text.as_str())
            .collect(),
        _ => Vec::new(),
    };
    let first = body.paragraphs.iter().take(5).map(|s| s.as_str()).collect();
    let mut last: Vec<&str> = body.meta_tail.iter().map(|s| s.as_str()).collect();
    last.extend(body.paragraphs.iter().rev().take(4).map(|s| s.as_str()));
    // Editor and source lines right after the body, outside its container.
    let mut further = Vec::new();
    if let Some(end) = body.last_block {
        let after = || walk.blocks[end + 1..].iter().filter(|b| b.image.is_none() && b.chars <= 60);
        // A heading after the body starts another item (a promotion, a
        // related story) whose credits are not the article's.
        let before = last.len();
        last.extend(after().take(20).take_while(|b| b.heading == 0).map(|b| b.text.as_str()));
        further.extend(after().skip(last.len() - before).take(60).map(|b| b.text.as_str()));
    }
    let earlier: Vec<&str> = walk.blocks[from.saturating_sub(80)..from.min(walk.blocks.len())]
        .iter()
        .filter(|b| b.image.is_none() && b.chars <= 80)
        .map(|b| b.text.as_str())
        .collect();
    // Nearest first, label cells joined to their values.
    let earlier = rejoin(&earlier).into_iter().rev().collect();
    let above_linked = match headline {
        Some(h) if h < start => walk.blocks[h.saturating_sub(10)..h].iter().filter(short).map(|b| b.text.as_str()).collect(),
        _ => Vec::new(),
    };
    Around { head: rejoin(&head), above: rejoin(&above), first, last, further, earlier, above_linked }
}

/// The story's first lines, each joined to the next where a bracket it
/// opens near its end closes early in the next (`人民网北京2月24日电 (记者` /
/// `刘某)国家发展改革委…`); the same number of lines, in the same places.
fn bracket_joined(first: &[&str]) -> Vec<String> {
    let open_tail = |l: &str| {
        let tail: Vec<char> = l.trim_end().chars().rev().take(12).collect();
        let close = tail.iter().position(|c| matches!(c, ')' | '）'));
        let open = tail.iter().position(|c| matches!(c, '(' | '（'));
        open.is_some_and(|o| close.is_none_or(|c| c > o))
    };
    let closes_early = |l: &str| {
        let head: Vec<char> = l.trim_start().chars().take(12).collect();
        let close = head.iter().position(|c| matches!(c, ')' | '）'));
        let open = head.iter().position(|c| matches!(c, '(' | '（'));
        close.is_some_and(|c| open.is_none_or(|o| o > c))
    };
    first
        .iter()
        .enumerate()
        .map(|(i, l)| match first.get(i + 1) {
            Some(next) if open_tail(l) && closes_early(next) => format!("{}{}", l.trim_end(), next.trim_start()),
            _ => (*l).to_owned(),
        })
        .collect()
}

/// Lines a link or an icon cut apart inside one bracket
/// (`【联合报╱记者` + `陈大利` + `／即时报导】`) are read as one.
fn rejoin(lines: &[&str]) -> Vec<String> {
    let depth = |s: &str| {
        s.chars().fold(0i32, |d, c| match c {
            '【' | '〔' | '[' | '(' | '（' => d + 1,
            '】' | '〕' | ']' | ')' | '）' => d - 1,
            _ => d,
        })
    };
    // `2019` + `09/07` + `19:02`: a date set in three styled spans.
    static YEAR: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"^(?:19|20)\d{2}年?$").unwrap());
    static MONTH_DAY: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"^\d{1,2}(?:[/.-]\d{1,2}|月\d{1,2}日)$").unwrap());
    static CLOCK: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"^\d{1,2}:\d{2}(?::\d{2})?$").unwrap());
    // `发文机关：` | `某某省人民政府办公厅`: a table's label cell and its value.
    static BARE_LABEL: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"^\s*[\p{Han}\s]{1,8}[:：]\s*$").unwrap());
    // `<dt>作者</dt><dd>X</dd>`, `<td>来源</td><td>X</td>`: a label cell without its colon.
    static LABEL_CELL: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?:作\s*者|记\s*者|撰\s*稿|通讯员|来\s*源|信息来源|文章来源|稿\s*源|责任编辑|编\s*辑|发布时间|发布日期|日\s*期|时\s*间|发布机构|发文机关)\s*$").unwrap()
    });
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let mut line = lines[i].to_owned();
        let mut j = i + 1;
        // The value is a plain one: a line with a label of its own is not.
        let value = lines.get(j).filter(|v| v.chars().count() <= 40 && !v.contains([':', '：']));
        if let (true, Some(v)) = (BARE_LABEL.is_match(&line), value) {
            line = format!("{} {}", line.trim(), v.trim());
            j += 1;
        } else if let (true, Some(v)) = (LABEL_CELL.is_match(&line), value) {
            line = format!("{}：{}", line.trim(), v.trim());
            j += 1;
        } else if YEAR.is_match(line.trim()) && lines.get(j).is_some_and(|l| MONTH_DAY.is_match(l.trim())) {
            let md = lines[j].trim();
            let sep = if line.ends_with('年') { "" } else { "/" };
            line = format!("{}{sep}{}", line.trim(), md.replace(['.', '-'], "/"));
            j += 1;
            if let Some(t) = lines.get(j).filter(|l| CLOCK.is_match(l.trim())) {
                line = format!("{line} {}", t.trim());
                j += 1;
            }
        } else if depth(&line) > 0 {
            let mut joined = line.clone();
            while j < lines.len() && j < i + 3 && joined.chars().count() <= 60 {
                joined.push_str(lines[j]);
                j += 1;
                if depth(&joined) <= 0 {
                    break;
                }
            }
            if depth(&joined) <= 0 {
                line = joined;
            } else {
                j = i + 1;
            }
        }
        out.push(line);
        i = j;
    }
    out
}

/// Reads the metadata of the one article a page holds.
pub fn read(
    doc: &Html,
    hints: &Hints,
    walk: &Walk,
    headline: Option<usize>,
    body: &Body,
    selectors: Option<&SelectorsConfig>,
    opts: &super::Options,
) -> Meta {
    let url = opts.url;
    let around = around(walk, headline, body);
    let a = Lines {
        head: around.head.iter().map(String::as_str).collect(),
        above: around.above.iter().map(String::as_str).collect(),
        first: around.first.clone(),
        last: around.last.clone(),
    };
    // `BAOKU_LOG=baoku::extract::meta=trace baoku extract page.html` shows
    // the lines every reader below looks at.
    tracing::trace!(head = ?a.head, above = ?a.above, first = ?a.first, last = ?a.last, tail = ?body.meta_tail, "lines around the article");
    let by_css = |f: fn(&SelectorsConfig) -> Option<&String>| {
        selectors.and_then(f).and_then(|css| select_text(doc, css))
    };
    let mut m = Meta {
        subtitle: by_css(|s| s.subtitle.as_ref())
            .or_else(|| hints.subtitle.clone())
            // `.subtitle, .sub, .fubiaoti, #SubTitle, #subtitle, founder-subtitle`
            .or_else(|| first_marked(doc, &["subtitle", "sub", "fubiaoti"], &["SubTitle", "subtitle"], &["founder-subtitle"])),
        kicker: hints
            .kicker
            .clone()
            // `.pre, .leading_title, .yinti, #PreTitle, #pretitle`
            .or_else(|| first_marked(doc, &["pre", "leading_title", "yinti"], &["PreTitle", "pretitle"], &[])),
        ..Default::default()
    };
    if let Some(h) = headline {
        let (kicker, subtitle) = beside_headline(doc, walk, h);
        m.subtitle = m.subtitle.or(subtitle);
        m.kicker = m.kicker.or(kicker);
    }

    // `编译 X; 审校 Y`: a wire desk's credits on the story's last lines.
    // (`a.last` holds the lines after the body and its last four paragraphs.)
    let desk = a.last.iter().copied().find_map(byline::desk_credit);
    // Editors: lines dropped from the body, or shown around the headline.
    m.editors = body
        .editor_lines
        .iter()
        .chain(
            a.head.iter().chain(around.above_linked.iter()).chain(a.last.iter()).filter_map(|l| editor_in(l)).collect::<Vec<_>>().iter(),
        )
        .flat_map(|e| byline::split_names(e))
        .fold(Vec::new(), |mut v, n| {
            if !v.contains(&n) {
                v.push(n);
            }
            v
        });
    for e in desk.iter().flat_map(|(_, e)| e) {
        if !m.editors.contains(e) {
            m.editors.push(e.clone());
        }
    }
    if m.editors.is_empty() {
        // Further down, only a line that opens with the label counts.
        let opens = |l: &&&str| {
            let (v, _) = crate::text::simplified_view(l);
            let v = v.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '(' | '[' | '【' | '•' | '·'));
            // (`排版：X / 审核：Y` closing a feature, recruiting notices after it.)
            ["责任编辑", "编辑", "责编", "排版", "审核", "校对"].iter().any(|p| v.trim_start().starts_with(p))
        };
        if let Some(e) = around.further.iter().filter(opens).find_map(|l| editor_in(l)) {
            m.editors = byline::split_names(&e);
        }
    }
    // `排版：X / 审核：Y` among the story's last dozen paragraphs (a feature's
    // closing credits, a recruiting notice or a QR code's caption after them):
    // a short line that opens with the label.
    {
        // (Only short lines are converted to their simplified view: this runs on every page.)
        let credits = |l: &&String| {
            l.chars().count() <= 30 && {
                let (v, _) = crate::text::simplified_view(l);
                let v = v.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '(' | '[' | '【'));
                ["排版", "审核", "校对", "责任编辑", "责编"].iter().any(|p| v.starts_with(p))
            }
        };
        for e in body.paragraphs.iter().rev().take(12).filter(credits).filter_map(|l| editor_in(l)) {
            for n in byline::split_names(&e) {
                if !m.editors.contains(&n) {
                    m.editors.push(n);
                }
            }
        }
    }

    // Template slots count only from just above the headline to the end of
    // the body: after it, a slot is a sidebar item's (a book promotion's
    // `作者：`), and the article's own footer lines are read as text anyway.
    let in_article = |slot: &super::hints::Slot| {
        let from = match headline {
            Some(h) => Some(h.saturating_sub(6)),
            None => body.first_block.map(|f| f.saturating_sub(12)),
        };
        let after_headline = from.is_none_or(|f| walk.blocks[f].owner <= slot.at);
        let before_end = body.last_block.is_none_or(|e| slot.at <= walk.blocks[e].owner);
        after_headline && before_end
    };
    // (A meta box below the body that holds the source's slot beside the
    // author's, `<span class=source>…</span><span class=author>X</span>`, is
    // the article's own information line, not a sidebar's.)
    let boxed_with_source = |s: &super::hints::Slot| {
        let parent = |id: ego_tree::NodeId| doc.tree.get(id).and_then(|n| n.parent()).map(|p| p.id());
        hints.slot_source.as_ref().is_some_and(|src| parent(src.at).is_some() && parent(src.at) == parent(s.at))
    };
    let slot_author = hints.slot_author.as_ref().filter(|s| in_article(s) || boxed_with_source(s)).map(|s| s.text.as_str());
    let slot_source = hints.slot_source.as_ref().filter(|s| in_article(s)).map(|s| s.text.as_str());

    // The story's lead: not a line giving the headline it first ran under
    // (`原标题：…`, `（原标题：…）`).
    // Nor the headline itself, when the body took it in.
    let is_title = |l: &str| [&hints.title, &hints.doc_title].iter().any(|t| t.as_deref().is_some_and(|t| t.trim() == l.trim()));
    let retitled = |l: &str| {
        let l = l.trim_start_matches(['(', '（', '[', '【', ' ']);
        l.starts_with("原标题") || l.starts_with("原標題")
    };
    let lead = a.first.iter().copied().find(|l| !retitled(l) && !is_title(l));
    // The body's paragraphs from the story's own first line on.
    let opening = body.paragraphs.iter().take(3).take_while(|p| retitled(p) || is_title(p)).count();
    // Authors.
    // (A bracket the layout broke across two paragraphs, `…电 (记者` / `X)国家…`,
    // read as one line.)
    let first_joined = bracket_joined(&a.first);
    let (dl_at, dl) = first_joined.iter().enumerate().find_map(|(i, l)| byline::dateline(l).map(|d| (i, d))).unzip();
    let dl_first = dl_at == Some(0);
    // `某某网柳州6月9日讯（记者X 通讯员Y）` on a line of its own just above the
    // first paragraph (loose text the body left with the page's metadata).
    let dl = dl.or_else(|| a.head.last().and_then(|l| byline::dateline(l)).filter(|d| !d.authors.is_empty()));
    // A name printed alone (no role, no label) that the headline also names
    // is whom the story is about (a picture's caption, `X新碟发布会…`), not
    // its writer.
    let headline_text = headline.map(|h| walk.blocks[h].text.as_str()).into_iter().chain(hints.title.as_deref());
    let headline_text: String = headline_text.collect::<Vec<_>>().join(" ");
    // (But `洪某 - 中文互联网之死`: a columnist's name set before the headline
    // with a dash or a bar names its writer; `王某：…` quotes a speaker.)
    let signed_headline = |n: &str| {
        headline_text.match_indices(n).any(|(at, _)| {
            let opens = headline_text[..at].trim_end().is_empty() || headline_text[..at].ends_with(' ');
            opens && headline_text[at + n.len()..].trim_start().starts_with(['-', '—', '–', '|', '｜'])
        })
    };
    let unlabelled = |v: Vec<String>| (!v.iter().any(|n| headline_text.contains(n.as_str()) && !signed_headline(n))).then_some(v);
    // `本文为X授权某某网发布`: the writer and the outlet of a licensed column.
    let licensed = a.last.iter().find_map(|l| byline::licensed(l));
    // The story's last paragraphs and the short lines after it, in page order.
    let closing_lines: Vec<&str> = {
        let n = body.paragraphs.len();
        body.paragraphs[n.saturating_sub(4)..].iter().chain(body.meta_tail.iter().take(8)).map(String::as_str).collect()
    };
    let visible = || {
        dl.as_ref()
            .map(|d| d.authors.clone())
            .filter(|v| !v.is_empty())
            .or_else(|| a.head.iter().chain(a.first.iter()).chain(a.last.iter()).find_map(|l| byline_in(l)))
            .or_else(|| a.first.iter().find_map(|l| byline::dateline_credit_within(l)))
            // A crawl's headline run into the credit, on the story's first line.
            .or_else(|| a.first.first().and_then(|l| byline::headline_run_credit(l)))
            .or_else(|| lead.and_then(boxed_lead_credit))
            .or_else(|| lead.and_then(spaced_lead_credit))
            .or_else(|| lead.and_then(credit_prefix))
            .or_else(|| lead.and_then(credit_after_headline))
            .or_else(|| a.first.iter().take(2).find(|l| retitled(l)).and_then(|l| retitled_credit(l)))
            .or_else(|| body.paragraphs.iter().take(6).find_map(|p| label_glued_lead(p)))
            .or_else(|| a.first.iter().take(3).find_map(|l| titled_dispatch_credit(l)))
            .or_else(|| a.head.iter().copied().chain(body.paragraphs.iter().take(4).map(String::as_str)).find_map(dispatched))
            .or_else(|| a.last.iter().find_map(|l| outlet_author_bracket(l)).map(|(_, n)| n))
            // `發表時間：… 作者：taiwan 【記者X台北報導】` above the story.
            .or_else(|| a.head.iter().find_map(|l| byline::report_tag_within(l)))
            .or_else(|| body.paragraphs.iter().rev().take(3).find_map(|l| trailing_credit(l)))
            .or_else(|| body.paragraphs.iter().rev().take(2).find_map(|l| closing_expert(l)))
            // `…釐清。（突發中心X／台北報導）《某果》關心你…`: the credit, then a
            // notice the paper runs after such stories.
            .or_else(|| body.paragraphs.iter().rev().take(3).find_map(|l| byline::report_tag_within(l)))
            .or_else(|| desk.as_ref().map(|(w, _)| w.clone()))
            .or_else(|| body.paragraphs.last().and_then(|l| spaced_tail_credit(l)))
            // `（罗某）` on a line of its own after the last paragraph: too
            // short for the text, it left it with the closing stamps.
            .or_else(|| body.meta_tail.iter().find_map(|l| trailing_credit(l)))
            .or_else(|| closing_name(&body.paragraphs).and_then(unlabelled))
            .or_else(|| signed_with_date(&body.meta_tail))
            .or_else(|| licensed.as_ref().map(|(a, _)| a.clone()).filter(|a| !a.is_empty()))
            .or_else(|| body.paragraphs.iter().rev().skip(3).find_map(|l| marked_credit(l)))
            // `…相聚。【記者X／台北報導】` closing a paragraph above a gallery and ads.
            .or_else(|| body.paragraphs.iter().rev().skip(3).find_map(|l| byline::report_tag_within(l)))
            // A page flattened into one paragraph: the closing credit, then furniture.
            .or_else(|| body.paragraphs.last().and_then(|l| credit_before_furniture(l)))
            .or_else(|| body.paragraphs.last().and_then(|l| tail_segment_credit(l)))
            // `…避免近距离观看。报导╱林某佳、张某玉` closing a paragraph before the pictures.
            .or_else(|| body.paragraphs.iter().find_map(|l| slashed_credit(l)))
            .or_else(|| body.paragraphs.first().and_then(|l| lead_reported(l)))
            .or_else(|| a.head.iter().chain(a.last.iter()).find_map(|l| byline::name_after_source(l)).map(|n| vec![n]))
            .or_else(|| a.head.windows(2).find_map(|w| label_then_names(w[0], w[1])))
            // (`2.記者署名:` / `X` among the first lines: a forum's news-repost template.)
            .or_else(|| a.first.windows(2).take(4).find_map(|w| label_then_names(w[0], w[1])))
            .or_else(|| closing_lines.windows(2).find_map(|w| label_then_names(w[0], w[1])))
            .or_else(|| a.head.iter().find_map(|l| outlet_name_time(l)).map(|(_, n)| vec![n]))
            .or_else(|| a.head.iter().find_map(|l| name_then_ago(l)))
            // `原创文章，作者：X。转载或内容合作请点击…`: the site's notice after the story.
            .or_else(|| a.last.iter().find_map(|l| author_notice(l)))
            // (Or opening the story: `编者按：本文来自微信公众号…，作者：X，…经授权发布。`.)
            .or_else(|| a.head.iter().chain(a.first.iter()).find_map(|l| author_notice(l)))
            // (An editor's note a few paragraphs in: `…下文作者X，来源微信号Y（ID：…）。`.)
            .or_else(|| body.paragraphs.iter().take(6).find_map(|l| author_notice(l)))
            // `张某峰  供稿` signing a notice.
            .or_else(|| a.last.iter().find_map(|l| supplied_by(l)))
            .or_else(|| name_line(&a.head).and_then(unlabelled))
            // `何某刚　黄某萍` just above the body: an e-paper's byline cell.
            .or_else(|| a.head.last().and_then(|l| names_alone(l)).and_then(unlabelled))
            // Pupils' essays signed with their school and class.
            .or_else(|| {
                let v: Vec<String> = body.paragraphs.iter().flat_map(|l| school_signatures(l)).collect();
                (!v.is_empty()).then_some(v)
            })
            // Each piece of a several-piece page signed under its subhead.
            .or_else(|| section_writers(&body.paragraphs))
            // `黄某` alone on the line after the deck, then the story.
            .or_else(|| body.paragraphs.iter().take(2).map(String::as_str).chain(a.head.last().copied()).find_map(titled_name))
            .or_else(|| opening_name(&body.paragraphs[opening..]).and_then(unlabelled))
            // `何某海 在美…`: the name and the story in one paragraph.
            .or_else(|| body.paragraphs.get(opening).and_then(|l| byline::names_then_story(l)).and_then(unlabelled))
            .or_else(|| a.head.iter().find_map(|l| wechat_original(l)).map(|(n, _)| vec![n]))
            .or_else(|| a.head.iter().chain(a.above.iter()).find_map(|l| posted_by(l)))
            // The poster's name and `于 … 发布` on lines of their own.
            .or_else(|| a.head.windows(2).find_map(|w| posted_by(&format!("{} {}", w[0], w[1]))))
            .or_else(|| a.above.iter().find_map(|l| byline_in(l)))
            // A byline line of its own further into the story, after the
            // pictures and captions some pages open with.
            .or_else(|| body.paragraphs.iter().filter(|p| p.chars().count() <= 40).find_map(|l| byline::byline_line(l)))
            // `〔記者X／高雄報導〕…` opening a paragraph further down, under a
            // repost's form (`1.媒體來源:` / `2.記者署名:` / …).
            .or_else(|| body.paragraphs.iter().take(12).filter(|p| opens_with_report_tag(p)).find_map(|l| byline::byline_line(l)))
            // Or a short credit in another form among the opening lines (`文✎X`).
            .or_else(|| body.paragraphs.iter().take(6).filter(|p| p.chars().count() <= 24).find_map(|l| byline::token_credit(l)))
            // `…过瘾。　　文/记者X、Y、Z　　很客观…`: a credit line the page (or
            // its copy) ran into a paragraph, set off by wide spaces.
            .or_else(|| body.paragraphs.iter().take(6).find_map(|p| inline_credit(p)))
            // A dateline further into the body: the page runs two stories
            // together and only the later one credits its reporter.
            .or_else(|| body.paragraphs.iter().find_map(|p| byline::dateline(p).map(|d| d.authors).filter(|v| !v.is_empty())))
            // A credit line in a form no pattern above spells out, read word by word.
            .or_else(|| {
                let edges = a.head.iter().copied().chain(body.paragraphs.iter().take(2).map(String::as_str));
                // (A block of short credit lines closing the story, `监制丨X` /
                // `策划丨Y` / `主笔丨Z` / `播讲丨W` / …, is read to its top.)
                // (A Markdown copy's image line, `![](…png)`, may close the block.)
                let image = |p: &&String| p.trim_start().starts_with("![") && p.trim_end().ends_with(')');
                let images = body.paragraphs.iter().rev().take_while(image).count();
                let short = images + body.paragraphs.iter().rev().skip(images).take_while(|p| p.chars().count() <= 30).take(8).count();
                let tail = body.paragraphs.iter().rev().take(short.max(3)).chain(body.meta_tail.iter()).map(String::as_str);
                edges.chain(tail).find_map(byline::token_credit)
            })
            // A template's author slot that holds the page's editor (a
            // search-engine block repeating `作者：` and `责任编辑：`) names no writer.
            .or_else(|| slot_author.and_then(slot_names).filter(|v| !v.iter().all(|n| m.editors.contains(n))))
            .or_else(|| headline.and_then(|h| headline_credit(&walk.blocks[h].text)))
            .or_else(|| headline.and_then(|h| columnist(&walk.blocks[h].text, &body.paragraphs)))
            .or_else(|| body.paragraphs.iter().take(3).find_map(|p| credit_block_within(p)))
            .or_else(|| body.paragraphs.iter().take(2).find_map(|p| labelled_credit_within(p)))
            .or_else(|| body.paragraphs.iter().take(2).find_map(|p| cited_byline_within(p)))
            .or_else(|| closing_lines.iter().rev().find_map(|l| author_box(l)))
    };
    // A CMS field may hold a whole credit (`记者X 通讯员Y`, `X/文 Y/图`): read it
    // as a credit line first, as a run of names otherwise.
    let hinted = hints
        .author
        .as_deref()
        .map(|a| byline::byline_line(a).or_else(|| byline::token_credit(a)).unwrap_or_else(|| byline::split_names(a)))
        .filter(|v| !v.is_empty());
    // A CMS author field naming only the page's editor (Founder's
    // `<author>X</author>` beside `责任编辑：X`) names no writer at all.
    let hinted = hinted.filter(|h| !h.iter().all(|n| m.editors.contains(n)));
    let hinted = match (hinted, visible()) {
        // A CMS `author` field often holds who filed the story: the page's
        // editor, or one of the reporters its byline names.
        // And a field holding no name at all (`与其自身`, a slip of the
        // CMS) yields to the byline the page shows.
        (Some(h), Some(v))
            if v != h
                && (h.iter().all(|n| m.editors.contains(n))
                    || h.iter().all(|n| v.contains(n))
                    || !byline::surnamed(&h)) =>
        {
            Some(v)
        }
        (h, _) => h,
    };
    let from_page = by_css(|s| s.author.as_ref()).is_none() && hinted.is_none();
    m.authors = by_css(|s| s.author.as_ref())
        .map(|t| byline::byline_line(&t).unwrap_or_else(|| byline::split_names(&t)))
        .filter(|v| !v.is_empty())
        .or(hinted)
        .or_else(visible)
        .unwrap_or_default();
    // A story in parts (`编译/记者 X` closing one, `文/记者 Y` the next, a
    // side item opening `某某报讯（记者 Z）`): every credit line of its own
    // (under the headline or in the body) and every dateline's credit in the
    // body names a writer.
    if from_page && !m.authors.is_empty() {
        // An e-paper sets each role on a line of its own under the headline:
        // `□本报记者 X` / `□本报通讯员 Y`.
        let head = a.head.iter().filter_map(|l| byline::byline_line(l)).collect::<Vec<_>>();
        let credits = body.paragraphs.iter().map(|p| {
            let own = (p.chars().count() <= 30).then(|| byline::byline_line(p)).flatten();
            own.or_else(|| byline::dateline(p).map(|d| d.authors)).or_else(|| part_writer(p)).unwrap_or_default()
        });
        // A closing block of credits set line by line: `某京晨报记者` / `张某姝` /
        // `通讯员 毛某/文` after the body.
        let split: Vec<Vec<String>> = closing_lines.windows(2).filter_map(|w| label_then_names(w[0], w[1])).collect();
        // (Not an editors' line: `(责编：赵某妮(实习生)、李某)` names no writer.)
        let editorial = |l: &&&str| ["责编", "编辑", "审核", "校对", "审校", "责任"].iter().any(|w| crate::text::simplified_view(l).0.contains(w));
        let after = closing_lines
            .iter()
            .filter(|l| l.chars().count() <= 30)
            .filter(|l| !editorial(l))
            .filter_map(|l| byline::byline_line(l).or_else(|| byline::token_credit(l)));
        // `…怎样证明呢?■记者 X 实习生 Y` closing the lead, `通讯员 A B` on the next
        // line (the headline lines still count among the paragraphs here).
        let bulleted = body.paragraphs.iter().take(6).filter_map(|p| {
            let (v, back) = crate::text::simplified_view(p);
            bulleted_within(&v, &back)
        });
        // `本报讯（通讯员 X）近日，记者Y从…获悉`: the reporter after the bracketed credit.
        let learned = body.paragraphs.iter().take(6).filter_map(|p| byline::learned_after_credit(p));
        let credits = credits.chain(split).chain(after).chain(bulleted).chain(learned);
        // `（参与记者X、Y）` closing a wire story: who helped report it.
        let helping = |p: &&String| ["参与记者", "参与采写", "参与报道"].iter().any(|w| crate::text::simplified_view(p).0.contains(w));
        let helped = body.paragraphs.iter().rev().take(3).filter(helping).find_map(|l| trailing_credit(l).or_else(|| helpers_glued(l)));
        for names in head.into_iter().chain(credits).chain(helped) {
            for n in names {
                if !m.authors.contains(&n) && !m.editors.contains(&n) {
                    m.authors.push(n);
                }
            }
        }
    }

    // Publish time.
    // A recommendation widget's time (`最新推荐文章于 2024-05-07 发布`) is another article's.
    let shown = labelled_date(&a.head)
        .or_else(|| a.head.iter().filter(|l| !l.contains("推荐")).find_map(|l| visible_date(l)))
        .or_else(|| labelled_date(&a.above))
        .or_else(|| a.above.iter().find_map(|l| visible_date(l)));
    m.published = by_css(|s| s.published.as_ref())
        .and_then(|t| crate::dates::parse(&t))
        .or_else(|| {
            // A date-only meta gains the time of day the page shows for that day.
            let meta = hints.published.as_deref().and_then(crate::dates::parse)?;
            match shown {
                Some(s) if meta.date_only && !s.date_only && s.at.date_naive() == meta.at.date_naive() => Some(s),
                _ => Some(meta),
            }
        })
        .or(shown)
        // A reader tool's capture header: `Title: …` / `URL Source: …` / `Published Time: 2026-05-08T12:30:54.000Z`.
        .or_else(|| a.first.iter().copied().chain(body.paragraphs.iter().take(6).map(String::as_str)).find_map(capture_header_date))
        // The page's date line kept as the text's first lines (`更新时间 2012年12月10日,
        // 格林尼治标准时间10:41`, `2015年11月6日 某医主刀` under a deck).
        .or_else(|| labelled_date(&a.first[..a.first.len().min(3)]))
        .or_else(|| a.first.iter().find_map(|l| date_line(l)))
        .or_else(|| labelled_date(&a.last))
        .or_else(|| a.last.iter().copied().find_map(print_citation).map(|(_, d)| d))
        .or_else(|| a.last.iter().copied().find_map(dated_source).map(|(_, d)| d))
        .or_else(|| body.paragraphs.iter().rev().take(2).chain(body.meta_tail.iter()).find_map(|l| crate::dates::roc_stamp(l)))
        .or_else(|| lead.and_then(lead_date))
        // `2022年10月27日08:26   来源：某民网` among the first lines the body took in.
        // (Or dropped from the text when the headline lines above it were kept.)
        .or_else(|| {
            let lines = a.first.iter().copied().chain(body.paragraphs.iter().take(12).map(String::as_str));
            lines.chain(body.meta_tail.iter().take(4).map(String::as_str)).chain(a.last.iter().copied()).find_map(stamp_line)
        })
        // A page flattened into one paragraph keeps its stamps inside it.
        .or_else(|| lead.and_then(flat_stamp))
        .or_else(|| body.paragraphs.last().and_then(|l| cited_within(l)).map(|(_, d)| d))
        // (Or in a byline line under a deck: `> 本报记者 X《某民日报》（2025年01月04日第 02 版）`.)
        .or_else(|| a.first.iter().take(3).find_map(|l| cited_within(&l.chars().take(80).collect::<String>())).map(|(_, d)| d))
        .or_else(|| body.paragraphs.last().and_then(|l| signed_within(l)))
        .or_else(|| hints.time_element.as_deref().and_then(crate::dates::parse))
        .or_else(|| hints.slot_time.as_deref().and_then(visible_date))
        .or_else(|| url.and_then(|u| crate::dates::from_url(u.as_str())))
        // `某某学子造无人机（2018年1月3日）`: the day in brackets closing the headline.
        .or_else(|| titled_date(&headline_text))
        .or_else(|| a.last.iter().find_map(|l| date_line(l)))
        .or_else(|| {
            let known = hints.modified.as_deref().and_then(crate::dates::parse).or_else(|| opts.fetched.clone());
            a.head.iter().find_map(|l| short_date(l, known.as_ref()))
        })
        // Last: the nearest labelled date further above (`日期：2012.01.12`
        // over a headline the page did not mark as one).
        .or_else(|| around.earlier.iter().find_map(|l| labelled_date(&[l.as_str()])))
        // Last of all, on an e-paper: the edition line further above
        // (`某洲晚报　2022年11月03日　星期四`). Elsewhere a masthead's date is
        // today's, not the story's.
        .or_else(|| {
            static PAGE: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"第\s*[A-Za-z]?\d{1,3}\s*版|PDF版|版面导航|版面").unwrap());
            let epaper = hints.doc_title.as_deref().and_then(epaper_paper).is_some() || around.earlier.iter().any(|l| PAGE.is_match(l));
            let dated = |l: &&String| l.contains('年') && l.contains('日');
            around.earlier.iter().filter(dated).find_map(|l| visible_date(l)).filter(|_| epaper)
        });

    // Source credited.
    m.source = by_css(|s| s.source.as_ref())
        .map(|t| byline::source_label(&t).unwrap_or(t))
        .or_else(|| hints.source_cms.clone())
        .or_else(|| a.head.iter().chain(a.above.iter()).find_map(|l| byline::source_label(l)))
        .or_else(|| lead.and_then(lead_source_label))
        .or_else(|| hints.source.as_deref().map(|s| byline::source_label(&format!("来源：{s}")).unwrap_or_else(|| s.to_owned())))
        // `台湾醒报／林小静` in the author slot names the outlet before a bare source slot.
        .or_else(|| slot_author.and_then(byline::byline_outlet))
        .or_else(|| slot_source.and_then(slot_outlet))
        // (`供稿：某某学院` names the unit that sent the copy in; a dateline's
        // outlet, `某华新闻网12月21日电`, is the source it ran under.)
        .or_else(|| {
            let supplied = |l: &&&str| l.contains("供稿") && dl.as_ref().is_some_and(|d| d.outlet.is_some());
            a.last.iter().filter(|l| !supplied(l)).find_map(|l| byline::source_label(l))
        })
        .or_else(|| body.paragraphs.last().and_then(|l| byline::closing_source(l)))
        .or_else(|| a.last.iter().find_map(|l| outlet_author_bracket(l)).map(|(o, _)| o))
        // `…应参尽参。据某视新闻`: a reprint's credit closing the story.
        .or_else(|| body.paragraphs.last().into_iter().chain(body.meta_tail.iter()).find_map(|l| reprinted_from(l)))
        .or_else(|| a.last.iter().find_map(|l| dashed_outlet(l)))
        // A wire agency's dispatch (`某华社北京2月28日电`) credits the text a paper
        // then printed: it outranks the paper's print citation.
        .or_else(|| dl.as_ref().and_then(|d| d.outlet.clone()).filter(|o| o.ends_with('社')))
        .or_else(|| a.last.iter().copied().find_map(print_citation).map(|(o, _)| o))
        // The paper's print citation opening the text or inside its last paragraph.
        .or_else(|| lead.and_then(|l| cited_within(&l.chars().take(60).collect::<String>())).map(|(o, _)| o))
        .or_else(|| body.paragraphs.last().and_then(|l| cited_within(l)).map(|(o, _)| o))
        .or_else(|| a.first.iter().take(3).find_map(|l| cited_within(&l.chars().take(80).collect::<String>())).map(|(o, _)| o))
        .or_else(|| a.last.iter().copied().find_map(dated_source).map(|(o, _)| o))
        // `发布机构：某市水利局` in a 信息公开 table further above the headline.
        .or_else(|| {
            let issuer = |l: &&String| ["发布机构", "发文机关", "发布单位"].iter().any(|k| l.trim_start().starts_with(k));
            around.earlier.iter().filter(issuer).find_map(|l| byline::source_label(l))
        })
        // `（县农业农村局 X）`: the office that sent the story in.
        .or_else(|| body.paragraphs.iter().rev().take(3).find_map(|l| byline::office_signature(l)))
        // `本文为X授权某某网发布`: the outlet the column is licensed to (or from).
        .or_else(|| licensed.as_ref().map(|(_, o)| o.clone()))
        // A wire tag opening the story outranks a dateline further down.
        .or_else(|| if dl_first { None } else { lead.and_then(byline::lead_tag_outlet) })
        .or_else(|| dl.as_ref().and_then(|d| d.outlet.clone()))
        .or_else(|| a.first.iter().take(2).find_map(|l| byline::agency_within(l)))
        .or_else(|| a.first.first().and_then(|l| byline::portal_dateline_within(l)))
        // `原标题：某某 某新网12月20日电 …`: the story flattened into one line,
        // its dateline after the title it first ran under.
        .or_else(|| a.first.iter().find(|l| retitled(l)).and_then(|l| retitled_dateline(l)).and_then(|d| d.outlet))
        .or_else(|| a.head.iter().chain(a.first.iter()).find_map(|l| byline::byline_outlet(l)))
        // `扬子晚报记者 张某` closing the story, or `（某快报记者 X）` closing its last paragraph.
        .or_else(|| a.last.iter().find_map(|l| byline::byline_outlet(l)))
        .or_else(|| body.paragraphs.iter().rev().take(3).find_map(|l| byline::closing_outlet(l)))
        .or_else(|| a.head.iter().find_map(|l| outlet_after_time(l)))
        .or_else(|| a.head.iter().find_map(|l| outlet_before_time(l)))
        .or_else(|| outlet_line(&a.head))
        .or_else(|| a.head.iter().find_map(|l| outlet_name_time(l)).map(|(o, _)| o))
        .or_else(|| lead.and_then(byline::lead_tag_outlet))
        .or_else(|| lead.and_then(reported_by))
        .or_else(|| lead.and_then(outlet_learned))
        .or_else(|| a.head.iter().find_map(|l| wechat_original(l)).map(|(_, acct)| acct))
        .or_else(|| a.last.iter().find_map(|l| outlet_bracket_credit(l)).map(|(o, _)| o))
        // `本文来自微信公众号：某济观察报（ID：…），作者：X`: the account a portal took it from.
        .or_else(|| a.head.iter().copied().chain(a.first.iter().copied()).chain(a.last.iter().copied()).find_map(account_source))
        // `本文为「某联生活周刊」原创内容`, `某書原创文章，转载请申请授权`: the account's own notice.
        .or_else(|| a.head.iter().copied().chain(a.first.iter().copied()).chain(a.last.iter().copied()).find_map(original_notice))
        .or_else(|| hints.publisher.clone())
        // `本报讯`, `本报记者` on a paper's own e-paper (`某江日报数字报`): that paper.
        .or_else(|| {
            let own = a.head.iter().chain(a.first.iter()).chain(a.last.iter()).any(|l| l.contains("本报") || l.contains("本報"));
            // Or the e-paper's edition line: `某海日报 2020年05月19日 第A03版：要闻`.
            static EDITION: LazyLock<Regex> = LazyLock::new(|| {
                crate::text::re(r"^\s*(?P<p>\p{Han}{2,10}?(?:日报|晚报|早报|都市报|商报|时报|报))\s+(?:19|20)\d{2}\s*年.*第\s*[A-Za-z]?\d{1,3}\s*版").unwrap()
            });
            let edition = || {
                let lines = around.earlier.iter().map(String::as_str).chain(a.above.iter().copied());
                lines.into_iter().find_map(|l| EDITION.captures(l).map(|c| c["p"].to_owned()))
            };
            own.then(|| hints.doc_title.as_deref().and_then(epaper_paper).or_else(edition)).flatten()
        })
        .filter(|s| !matches!(s.as_str(), "本网" | "本站" | "原创"));
    // `来源：学习强国` over `新华社北京3月7日电 …`: a platform that carries other
    // outlets' copy yields to the dateline's agency, which credits the text.
    const AGGREGATORS: &[&str] = &["学习强国", "学习强国学习平台", "今日头条", "一点资讯", "腾讯新闻"];
    let platform = |s: &str| {
        let v = crate::text::simplified_view(s).0;
        AGGREGATORS.contains(&v.as_str()) || byline::SELF_MEDIA.contains(&v.as_str())
    };
    // (`据新华社北京7月27日电`: the agency's dispatch the platform reposts.)
    static WIRE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*据?\s*(?P<o>\p{Han}{1,6}?(?:社|网))\p{Han}{0,8}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:专)?电").unwrap()
    });
    if m.source.as_deref().is_some_and(platform)
        && let Some(o) = dl.as_ref().and_then(|d| d.outlet.clone()).or_else(|| {
            a.first.iter().take(3).find_map(|l| {
                let (v, back) = crate::text::simplified_view(l);
                WIRE_LEAD.captures(&v).map(|c| back.restore(&c["o"]))
            })
        })
    {
        m.source = Some(o);
    }
    // `来源：某某网 作者：某某网`: the outlet in the author's place is no writer.
    m.authors.retain(|a| ![&m.source, &hints.site_name, &hints.publisher].iter().any(|s| s.as_deref().is_some_and(|s| s.eq_ignore_ascii_case(a))));
    if m.authors.is_empty() {
        // `财讯网_提供股票、基金…`: a site description in the author meta is no name.
        // `article:author` = `新浪财经`: an outlet, not a writer; nor is the
        // source the page shows (`参考消息` in both places).
        let outlet = |a: &str| {
            outlet_like(a) || [&hints.source, &hints.publisher, &hints.site_name, &m.source].iter().any(|s| s.as_deref() == Some(a))
        };
        let plausible = |a: &&str| a.chars().count() <= 30 && !a.contains(['_', '|', '｜']) && !outlet(a);
        if let Some(a) = hints.author_meta.as_deref().filter(plausible) {
            let names = byline::split_names(a);
            if !names.iter().any(|n| m.editors.contains(n)) {
                m.authors = names;
            }
        }
    }

    m.original_url = original_link(doc, url);
    m
}

/// `某江日报数字报`, `某某晚报电子版_第01版`, `标题_某洲晚报`: the paper whose
/// e-paper or site a page belongs to, from the part of `<title>` that names it
/// (so that its `本报讯` credits that paper).
fn epaper_paper(title: &str) -> Option<String> {
    static EDITION: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^(?P<p>\p{Han}{2,10}?(?:日报|晚报|早报|都市报|商报|时报|报))(?:数字报刊?|电子报|电子版|数字版|数字报纸|e报|E报|多媒体数字报)?(?:平台)?$").unwrap()
    });
    title
        .split(['_', '|', '｜', '-', '—', '－', ' '])
        .map(str::trim)
        .find_map(|part| EDITION.captures(part).map(|c| c["p"].to_owned()))
}

/// Headings next to the headline in the same title block: the one above is
/// the 引题, the one below (or a line opening with `——`) the subtitle.
fn beside_headline(doc: &Html, walk: &Walk, h: usize) -> (Option<String>, Option<String>) {
    let parent = |id: Option<ego_tree::NodeId>| id.and_then(|id| doc.tree.get(id)).and_then(|n| n.parent()).map(|p| p.id());
    let own = walk.blocks[h].heading_id;
    let sibling_heading = |b: &super::dom::Block, max: u32| {
        b.heading > 0
            && b.heading_id != own
            && (4..=max).contains(&b.chars)
            && parent(b.heading_id) == parent(own)
            && !is_meta_like(&b.text)
    };
    let kicker = h
        .checked_sub(1)
        .map(|i| &walk.blocks[i])
        .filter(|b| own.is_some() && sibling_heading(b, 40))
        .map(|b| b.text.clone());
    let subtitle = walk.blocks.get(h + 1).and_then(|b| {
        if own.is_some() && sibling_heading(b, 60) {
            Some(b.text.clone())
        } else if (b.text.starts_with("——") || b.text.starts_with("—")) && b.chars <= 60 {
            Some(b.text.clone())
        } else {
            None
        }
    });
    (kicker, subtitle)
}

fn is_meta_like(s: &str) -> bool {
    body::is_meta_line(s) || crate::dates::parse(s).is_some() && s.chars().count() < 30
}

/// Labels and page controls that end a run of names on a credit line.
static LABEL_STOP: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::re(r"来源|稿源|出处|责任编辑|编辑|责编|值班主任|排版|美编|设计|字号|(?:加入|添加|录入|上传|提交)?(?:时间|日期)|发布|浏览|点击|阅读|评论|打印|关闭|分享|收藏|我要|文字大小|大中小|标签|关键词|关键字").unwrap()
});

fn byline_in(line: &str) -> Option<Vec<String>> {
    if byline::platform_account(&crate::text::simplified_view(line).0) {
        return None;
    }
    if let Some(v) = byline::byline_line(line) {
        return Some(v);
    }
    // `■赵某棋 张某杰 某放军报特约记者 李某涛 摄影报道`: an e-paper's bulleted
    // byline, correspondents before the paper's reporter, read word by word.
    let bulleted = line.trim_start().starts_with(['■', '□', '●', '◆', '◇', '★', '☆', '◎']);
    if let Some(v) = bulleted.then(|| byline::token_credit(line)).flatten() {
        return Some(v);
    }
    // `图文：X。信息来源：某某党支部`: labelled credits set off by full stops.
    static STOPPED: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"^\s*(?P<c>[^。]{2,16})。\s*\p{Han}{1,6}\s*[:：]").unwrap());
    if let Some(v) = STOPPED.captures(line).and_then(|c| byline::byline_line(&c["c"])).filter(|v| byline::surnamed(v)) {
        return Some(v);
    }
    if let Some(n) = author_with_affiliation(line) {
        return Some(vec![n]);
    }
    if let Some((_, v)) = outlet_bracket_credit(line) {
        return Some(v);
    }
    // `…礼田村党员活动 作者：雷某航     加入时间：2016/7/14 16:52:59     来源：党办 为纪念…`:
    // a page's information line run into the text, the name between labels.
    static BETWEEN_LABELS: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:^|[^合工创写协操制])(?:作者|撰稿人?|记者)\s*[:：]\s*(?:\p{Han}{2,14}?记者\s*)?(?P<n>\p{Han}{2,3}(?:[、,，\s]\p{Han}{2,3}){0,2})\s*(?:[|｜丨]?\s*(?:加入时间|发布时间|添加时间|更新时间|时间|日期|来源|稿源|编辑|责任编辑|点击|浏览)\s*[:：]|\s?(?:\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}\s*年))").unwrap()
    });
    // `作者：令狐某 【某某网消息】据…`: the label opening the line, the story after a tag.
    static OPENING_LABEL: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?:作者|撰文|撰稿人?)\s*[:：]\s*(?P<n>\p{Han}{2,4}?)\s*[【\[(（]").unwrap()
    });
    if let Some(v) = surnamed_capture(line, &BETWEEN_LABELS).or_else(|| surnamed_capture(line, &OPENING_LABEL)) {
        return Some(v);
    }
    // Bylines often share a line with the date and source:
    // `2022-03-29 08:15 来源：河北日报 作者：张三`.
    // Names may be padded (`作者：方 敏`); the run ends at the next label or control.
    // `作者：X 通讯员：Y`: each writer's label on the line adds its names.
    static INLINE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:作者|撰文|撰稿人?|撰写人|执笔人?|采写|记者|通讯员|实习生)\s*[:：]\s*(?P<n>[\p{Han}·][\p{Han}·\s、,，]{0,24})").unwrap()
    });
    let (n, back) = crate::text::simplified_view(line);
    // `曾经的合作者：太遗憾`, `工作者：`: a word that ends in 作者 labels no writer
    // (`本文作者：`, `某某网作者：` do).
    let glued = |at: usize| n[at..].starts_with("作者") && n[..at].chars().next_back().is_some_and(|c| "合工创写协操制".contains(c));
    // `记者：您好，请您先介绍一下…。`: an interview's question.
    if !INLINE.find_iter(&n).any(|m| !glued(m.start())) || n.contains(['。', '?', '!']) {
        return segment_credit(&n).map(|v| v.iter().map(|x| back.restore(x)).collect());
    }
    // `作者：见习编辑 李小皙`: a job title before the name is neither a name nor a stop.
    static TITLE: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"(?:见习|实习|特约|首席)(?:编辑|记者)").unwrap());
    // Each label's part runs to the next label.
    static LABEL: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"(?:作者|撰文|撰稿人?|撰写人|执笔人?|采写|记者|通讯员|实习生)\s*[:：]").unwrap());
    let starts: Vec<usize> = LABEL.find_iter(&n).map(|m| m.start()).chain(std::iter::once(n.len())).collect();
    let parts: Vec<(usize, &str)> = starts.windows(2).map(|w| (w[0], &n[w[0]..w[1]])).collect();
    let mut v: Vec<String> = Vec::new();
    for c in parts.iter().filter(|(at, _)| !glued(*at)).filter_map(|(_, p)| INLINE.captures(p)) {
        let run = TITLE.replace_all(&c["n"], " ");
        let run = LABEL_STOP.find(&run).map_or(&run[..], |m| &run[..m.start()]);
        // `作者：每经记者 涨停板，就要这样抓`: a word, a comma and a run of
        // five or more is a sentence (an ad's link), not the next name.
        static CLAUSE: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"\p{Han}{2,3}\s*[,，]\s*\p{Han}{5}").unwrap());
        let run = CLAUSE.find(run).map_or(run, |m| &run[..m.start()]);
        for x in byline::split_names(run) {
            let x = back.restore(&x);
            if !v.contains(&x) {
                v.push(x);
            }
        }
    }
    (!v.is_empty()).then_some(v)
}

/// A credit in one part of an information line that also shows the date
/// or the source, the parts set apart by bars, wide spaces or the date:
/// `稿源：某某日报 2024-03-12 08:30 记者 X 通讯员 Y`, `X Y | 2024-03-12 |
/// 来源：某某日报`. A part of bare names counts only on a line with a source
/// label, when it opens with a family name and is no place. Reads the
/// simplified view.
fn segment_credit(v: &str) -> Option<Vec<String>> {
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(ymd!(), r"日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?")).unwrap()
    });
    static PARTS: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"[|｜丨]|\s{2,}|\u{3000}").unwrap());
    // `某原晚报记者 X`: the paper may stand glued before the role.
    static ROLE_AT: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:^|\s)(?:\p{Han}{1,10}?(?:日报|晚报|早报|报|网|社|台))?(?:本报记者|首席记者|见习记者|特约记者|记者|通讯员)").unwrap()
    });
    let labelled = byline::source_label(v).is_some();
    if v.chars().count() > 100 || !(DATE.is_match(v) || labelled) {
        return None;
    }
    let v = DATE.replace_all(v, "|");
    PARTS.split(&v).map(str::trim).filter(|p| !p.is_empty()).find_map(|p| {
        if let Some(m) = ROLE_AT.find(p) {
            return byline::byline_line(p[m.start()..].trim_start());
        }
        if LABEL_STOP.is_match(p) || p.contains([':', '：']) {
            return None;
        }
        let names = byline::split_names(p);
        let whole = names.iter().map(|n| n.chars().count()).sum::<usize>() == p.chars().filter(|c| !c.is_whitespace() && *c != '、').count();
        // A comment's `X 2018-07-28 08:06` below the story shows a name and a
        // time too: bare names count only on a line that credits a source.
        (labelled && whole && (1..=4).contains(&names.len()) && names.iter().all(|n| n.chars().count() <= 3 && !byline::is_place(n)) && byline::surnamed(&names))
            .then_some(names)
    })
}

/// `2011年12月09日 16:41 果壳网`, `… 14:27 辽一网-华商晨报微博`: portals print
/// the outlet right after the time, with no label. The outlet is the whole
/// run of Han characters there, and it must end like an outlet's name.
fn outlet_after_time(line: &str) -> Option<String> {
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(
            concat!(ymd!(), r"日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[·•|]?\s*(?P<o>[\p{Han}\-—－]{2,24})"),
        )
        .unwrap()
    });
    let n = crate::text::nfkc(line);
    if n.chars().count() > 80 {
        return None;
    }
    let o = AFTER.captures(&n)?.name("o")?.as_str();
    // A weibo link glued on by the layout; `发布于北京` is where a post was sent from.
    let o = o.strip_suffix("微博").unwrap_or(o);
    if o.starts_with("发布于") {
        return None;
    }
    let o = byline::source_label(&format!("来源：{o}"))?;
    outlet_like(&o).then_some(o)
}

/// Ends like the name of a paper, a news site, an agency or a station.
/// Two or three names alone on a line (`何某刚　黄某萍`), each opening with a
/// family name and no place or office.
fn names_alone(line: &str) -> Option<Vec<String>> {
    let (words, back) = alone_words(line);
    // (`金秋 时节`, `方向 明确`: two-character words are a kicker's unless a
    // three-character name stands with them; an e-paper pads two-character
    // names to three, which `alone_words` has joined back.)
    let padded = line.split_whitespace().any(|w| w.chars().count() == 1);
    if !padded && words.iter().all(|w| w.chars().count() == 2) {
        return None;
    }
    let ok = (2..=3).contains(&words.len())
        && words.iter().all(|w| (2..=3).contains(&w.chars().count()) && w.chars().all(crate::text::is_han) && !byline::is_place(w) && !byline::is_office(w));
    let names: Vec<String> = if ok { words.iter().flat_map(|w| byline::split_names(w)).collect() } else { Vec::new() };
    (ok && names.len() == words.len() && byline::surnamed(&names)).then(|| names.iter().map(|n| back.restore(n)).collect())
}

/// `吴某一：` / `前进永不停息` / `姜  峰` / `端午节一早，…`: a page of several
/// pieces (a literary page's profiles, a special report's parts), each
/// signed with its writer's name alone on the line between its subhead and
/// its text. Every such line counts, in page order; a name is padded to
/// line up (`姜  峰`) or there are two such lines at least, so that one
/// person's name set as a subhead is not taken for a writer.
fn section_writers(paragraphs: &[String]) -> Option<Vec<String>> {
    let padded = |p: &str| {
        let t = p.trim();
        let mut cs = t.chars();
        t.chars().count() >= 3 && cs.next().is_some_and(crate::text::is_han) && t.chars().last().is_some_and(crate::text::is_han) && t.chars().filter(|c| !c.is_whitespace()).count() == 2
    };
    let mut names = Vec::new();
    let mut signed = 0;
    let mut any_padded = false;
    for (i, p) in paragraphs.iter().enumerate() {
        let (Some(before), Some(after)) = (i.checked_sub(1).and_then(|b| paragraphs.get(b)), paragraphs.get(i + 1)) else { continue };
        let subhead = before.chars().count() <= 24 && !before.trim_end().ends_with(['。', '！', '？', '”', '…', '」']);
        if !subhead || after.chars().count() < 30 || p.chars().count() > 12 {
            continue;
        }
        // (Joined in the page's script, so that names come back in it.)
        let joined = byline::join_padded(&p.split_whitespace().collect::<Vec<_>>().join(" "));
        let found = names_alone(&joined).or_else(|| {
            let (v, back) = crate::text::simplified_view(&joined);
            let n = v.trim();
            let one = byline::split_names(n);
            (one.len() == 1 && one[0] == n && (2..=3).contains(&n.chars().count()) && byline::surnamed(&one) && byline::lone_name(n) && !byline::is_place(n))
                .then(|| vec![back.restore(n)])
        });
        // (`李某` / `李某，男，1975年出生…`: a profile names its subject
        // above the text about them; that name is no writer's.)
        let opening: String = after.chars().take(24).collect();
        let found = found.filter(|v| !v.iter().any(|n| opening.contains(&n.replace(char::is_whitespace, ""))));
        if let Some(v) = found {
            any_padded |= padded(p);
            signed += 1;
            names.extend(v.into_iter().map(|n| n.replace(char::is_whitespace, "")));
        }
    }
    (signed >= 2 || (signed == 1 && any_padded)).then_some(names)
}

/// `…意义深远。（策划：林某参与报道：李某王某姣）`: who helped report a wire
/// story, the label glued to the planner's name and the names run together.
fn helpers_glued(p: &str) -> Option<Vec<String>> {
    static HELPED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"参与(?:报道|采写|记者)\s*[:：]\s*(?P<n>\p{Han}{2,12}(?:[\s、]+\p{Han}{2,3}){0,5})\s*[)）]\s*$").unwrap()
    });
    let (v, back) = crate::text::simplified_view(p);
    let names = byline::split_names(&HELPED.captures(&v)?["n"]);
    byline::surnamed(&names).then(|| names.iter().map(|n| back.restore(n)).collect())
}

/// `记者 王某笑昨天下午，…`: the story opening with its reporter's role, a
/// space, and the name glued to the first words (a crawl that ran the byline
/// into the lead). The space after the role tells the credit from a sentence
/// about the reporter (`记者从某局获悉`).
fn spaced_lead_credit(lead: &str) -> Option<Vec<String>> {
    static SPACED: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"^\s*(?:本报)?(?:首席|特约|见习|实习)?(?:记者|通讯员)\s+\p{Han}").unwrap());
    // (`实习记者｜X11月4日，…`: a bar after the role sets the name off as a space does.)
    static BARRED: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"^(?P<r>\s*(?:本报)?(?:首席|特约|见习|实习)?(?:记者|通讯员))\s*[|｜丨]\s*").unwrap());
    let lead = BARRED.replace(lead, "$r ");
    SPACED.is_match(&crate::text::simplified_view(&lead).0).then(|| byline::credit_at(lead.trim_start())).flatten()
}

/// `…内测服务。[某氪，作者: Chloe]`: the outlet and the writer in brackets
/// closing the story, as a tech site's reposts sign. Returns (outlet, names).
fn outlet_author_bracket(line: &str) -> Option<(String, Vec<String>)> {
    static SIGNED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"[\[【(]\s*(?P<o>[\p{Han}A-Za-z0-9]{2,10})\s*,\s*作者\s*:\s*(?P<n>[A-Z][a-z]+(?: [A-Z][a-z]+)?|\p{Han}{2,4})\s*[\]】)]\s*$").unwrap()
    });
    let (v, back) = crate::text::simplified_view(line);
    let c = SIGNED.captures(&v)?;
    let n = c["n"].to_owned();
    let ok = n.is_ascii() || byline::is_name(&n);
    ok.then(|| (back.restore(&c["o"]), vec![back.restore(&n)]))
}

/// `Dan Strumpf发自香港/Asa Fitch发自旧金山/Yoko Kubota发自北京`: a foreign
/// paper's Chinese edition credits each reporter with where they filed
/// from, on a line of its own near the top. Every part must read so.
fn dispatched(line: &str) -> Option<Vec<String>> {
    static PART: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?P<n>[A-Z][A-Za-z.\-]+(?:\s+[A-Z][A-Za-z.\-]+){1,3}|\p{Han}{2,3})\s*(?:发自|發自)\s*\p{Han}{2,8}\s*$").unwrap()
    });
    if line.chars().count() > 120 {
        return None;
    }
    let parts: Vec<&str> = line.split(['/', '／', '、', ';', '；']).collect();
    let caps: Vec<regex::Captures> = parts.iter().map(|p| PART.captures(p)).collect::<Option<_>>()?;
    // A Chinese name must file from a known place (`王某发自内心地说` is a sentence).
    static FROM: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"(?:发自|發自)\s*(?P<at>\p{Han}{2,8})\s*$").unwrap());
    let ok = |c: &regex::Captures| {
        let n = &c["n"];
        let at = FROM.captures(c.get(0).unwrap().as_str()).map(|f| f["at"].to_owned()).unwrap_or_default();
        n.is_ascii() || (byline::lone_name(&crate::text::simplified_view(n).0) && byline::is_place(&crate::text::simplified_view(&at).0))
    };
    caps.iter().all(ok).then(|| caps.iter().map(|c| c["n"].to_owned()).collect())
}

/// `每经实习记者 李某 发自北京 一项基于…的研究结果显示：…`: a credit line the
/// copy ran into the story's first paragraph, set off by a space. The
/// shortest run of words opening the paragraph that reads as a credit line
/// with a role, followed by the story's words.
fn credit_prefix(lead: &str) -> Option<Vec<String>> {
    const ROLES: &[&str] = &["记者", "通讯员", "实习生", "文/", "作者", "撰文", "撰稿", "编译", "观察员", "评论员"];
    // `某众网·某报新闻记者X通讯员Y济南报道《…》将于…`: the credit ends with its
    // filing mark, the story glued after it.
    static FILED: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"^\s*(?P<h>[^，。,;；:：\s]{4,40}?(?:报道|报导))[^\s，。,:：]").unwrap());
    let (lead_view, lead_back) = crate::text::simplified_view(lead);
    if let Some(h) = FILED.captures(&lead_view).map(|c| c["h"].to_owned()) {
        if ["记者", "通讯员", "实习生"].iter().any(|r| h.contains(r)) {
            if let Some(v) = byline::byline_line(&h).filter(|v| byline::surnamed(v)) {
                return Some(v.iter().map(|n| lead_back.restore(n)).collect());
            }
        }
    }

    let words: Vec<&str> = lead.split_whitespace().collect();
    for k in 1..words.len().min(6) {
        let head = words[..k].join(" ").replace("[微博]", "");
        if head.chars().count() > 40 {
            return None;
        }
        let next = words[k];
        let story = next.chars().count() >= 6 || next.contains(['，', '。', ',']);
        let (view, _) = crate::text::simplified_view(&head);
        // (`文 X 5月12日…`: the writer's mark alone as a word.)
        if !story || !(ROLES.iter().any(|r| view.contains(r)) || words[0] == "文") {
            continue;
        }
        // (`撰文｜锅某柚 封面来源｜…`: after a writer's label and its mark a
        // name needs no family name from the list.)
        static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
            crate::text::re(&format!(r"^\s*(?:{})\s*[:：|｜丨/]\s*\S+$", byline::writer_labels_alternation())).unwrap()
        });
        // (A Latin name's parts are words too: `作者｜Karen Hao` is cut by no space.)
        let labelled = |v: &Vec<String>| v.len() == 1 && LABELLED.is_match(&view) && v[0].chars().all(crate::text::is_han) && byline::is_name(&v[0]) && !byline::is_place(&v[0]);
        if let Some(v) = byline::byline_line(&head).filter(|v| byline::surnamed(v) || labelled(v)) {
            return Some(v);
        }
    }
    None
}

/// `某新社香港9月23日电 题：某某高铁通车 作者 香某容 广深港高铁…`: a wire's
/// feature dispatch, its headline after `题：`, then the writer's credit and the
/// story, run into one paragraph (or the credit glued on: `…四个看点某华社
/// “某华视点”记者伍某、许某、乌某达2018年…`).
fn titled_dispatch_credit(line: &str) -> Option<Vec<String>> {
    static TITLED: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"电\s*题\s*[:：]").unwrap());
    static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:作者\s+(?P<w>\p{Han}{2,3}(?:\s+\p{Han}{2,3}){0,3})\s|(?P<r>(?:首席|特约|见习)?记者)\s*(?P<n>\p{Han}{2,3}(?:、\p{Han}{2,3}){0,4}))").unwrap()
    });
    let (v, back) = crate::text::simplified_view(line);
    let t = TITLED.find(&v)?;
    let rest: String = v[t.end()..].chars().take(120).collect();
    let c = CREDIT.captures(&rest)?;
    let names: Vec<String> = match c.name("w") {
        // (`作者 X Y 广深港…`: the names set off by spaces; the last word before
        // the story may be its first.)
        // (After the label any family name counts for the first name.)
        Some(w) => w
            .as_str()
            .split_whitespace()
            .enumerate()
            .take_while(|(i, n)| byline::lone_name(n) || (*i == 0 && byline::marked_name(n)))
            .map(|(_, n)| n.to_owned())
            .collect(),
        None => {
            let run = &rest[c.name("r").unwrap().start()..];
            byline::credit_at(run).or_else(|| {
                // `记者伍某、许某、乌某达2018年…`: the last name glued to a figure.
                let n = c.name("n")?.as_str();
                let v: Vec<String> = n.split('、').map(str::to_owned).collect();
                let digit_after = rest[c.name("n")?.end()..].starts_with(|ch: char| ch.is_ascii_digit());
                (v.len() >= 2 && digit_after && v.iter().all(|x| byline::lone_name(x))).then_some(v)
            })?
        }
    };
    (!names.is_empty()).then(|| names.iter().map(|n| back.restore(n)).collect())
}

/// `…骑行的热潮中。 记者｜彭某 编辑｜王某 出事 8月11日，…`: a feature's credit
/// block (the writer's label, then the editor's) run into a flattened page
/// after its opening paragraph. Both labels must be there.
fn credit_block_within(p: &str) -> Option<Vec<String>> {
    static BLOCK: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:^|\s)(?:记者|文|作者|撰文|主笔)\s*[|｜丨/:：]\s*(?P<n>\p{Han}{2,3}(?:[\s、]+\p{Han}{2,3})?)\s+(?:编辑|责编|责任编辑)\s*[|｜丨/:：]").unwrap()
    });
    let (v, back) = crate::text::simplified_view(p);
    let c = BLOCK.captures(&v)?;
    let names: Vec<String> = c["n"].split(|ch: char| ch.is_whitespace() || ch == '、').filter(|n| !n.is_empty()).map(str::to_owned).collect();
    let ok = names.iter().enumerate().all(|(i, n)| byline::lone_name(n) || (i == 0 && byline::marked_name(n)));
    ok.then(|| names.iter().map(|n| back.restore(n)).collect())
}

/// `…本文为「某某周刊」原创内容** 文｜黑某 这是一个…`: a labelled credit line run
/// into a flattened page after its opening words (a notice, a caption, a
/// first paragraph): the label and its mark after a space, the names, then the
/// story's words. Only the page's opening stretch is read, and the credit must
/// read as a byline line by itself.
fn labelled_credit_within(p: &str) -> Option<Vec<String>> {
    static LABEL_AT: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"(?:^|\s)(?:文|作者|撰文|撰稿|主笔|记者|图文)\s*[|｜丨/:：]").unwrap());
    // (`湖北日报全媒记者 X Y 通讯员 Z`, `每经记者 X Y`: a paper's reporters set off
    // by spaces; every name must then open with a family name.)
    static ROLE_AT: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"(?:^|\s)\p{Han}{2,8}?(?:本报|首席|特约|见习|全媒|融媒)?记者\s").unwrap());
    let opening: String = p.chars().take(600).collect();
    let (opening, back) = crate::text::simplified_view(&opening);
    let labelled = LABEL_AT.find_iter(&opening).map(|m| (m, false));
    let roles = ROLE_AT.find_iter(&opening).map(|m| (m, true));
    for (m, role) in labelled.chain(roles) {
        let words: Vec<&str> = opening[m.start()..].split_whitespace().take(8).collect();
        for k in 1..words.len().min(7) {
            let next = words[k];
            // (`某新社记者 X 摄资料图：…`: a picture's credit.)
            if next.starts_with(['摄', '图']) {
                break;
            }
            let story = next.chars().count() >= 6 || next.contains(['，', '。', ',', '“']);
            if !story {
                continue;
            }
            let head = words[..k].join(" ");
            // (A pen name longer than a person's, `某某酒报团队`, is too unsure here.)
            // (`作者：Karen Hao翻译：…`: a Latin name whose next part follows is cut short.)
            let latin_goes_on = next.starts_with(|c: char| c.is_ascii_alphabetic());
            let person = |n: &String| (2..=4).contains(&n.chars().count()) || (n.is_ascii() && n.len() >= 2 && !latin_goes_on);
            if let Some(names) = byline::byline_line(&head).filter(|v| v.iter().all(person) && (!role || v.iter().all(|n| byline::lone_name(n)))) {
                return Some(names.iter().map(|n| back.restore(n)).collect());
            }
            break;
        }
    }
    None
}

/// `文｜X2024年…`: a writer's label and its mark opening a paragraph, the
/// name glued to a figure that opens the story.
fn label_glued_lead(p: &str) -> Option<Vec<String>> {
    static LABEL_GLUED: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"^\s*(?:文|作者|撰文|文字)\s*[|｜丨/:：]\s*(?P<n>\p{Han}{2,3}?)\d").unwrap());
    let (v, back) = crate::text::simplified_view(p);
    let n = LABEL_GLUED.captures(&v)?["n"].to_owned();
    byline::lone_name(&n).then(|| vec![back.restore(&n)])
}

/// `某原地产宣布改革 每经记者 杨某强 发自上海 “市场不好的时候…`: a page
/// flattened into one paragraph, its headline, then its credit line, then
/// the story, parted by spaces (a portal's navigation words may come first:
/// `资料图 某特汽车最新实时行情 公司新闻 … 某某汽车或重蹈覆辙 某治周末特约撰稿 X 以…`).
/// The longest run of words after them that reads as a credit line with a
/// role, the story's words after it; nothing before it may be a sentence.
fn credit_after_headline(lead: &str) -> Option<Vec<String>> {
    static ROLE: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"记者|通讯员|实习生|撰稿|撰文|作者").unwrap());
    static OUTLET_ROLE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:^|\s)\p{Han}{2,8}?(?P<r>(?:首席|特约|见习|实习)?记者|通讯员|实习生|特约撰稿人?)(?:\s|$)").unwrap()
    });
    let words: Vec<&str> = lead.split_whitespace().take(20).collect();
    let story = |w: &str| (w.chars().count() >= 6 && !ROLE.is_match(&crate::text::simplified_view(w).0)) || w.contains(['，', '。', ',', '“']);
    // (From the first word: a credit line may open the paragraph, its
    // headline elsewhere: `某治周末实习生 X 某治周末记者 Y 10月22日，…`.)
    for i in 0..words.len().min(12) {
        // (The words before are a headline, not a sentence.)
        // (A picture's caption may open the page, a short sentence before the
        // headline: `某某公司分部人去楼空。 某某投资下的陷阱 某治周末记者 X …`.)
        let caption = words[0].chars().count() <= 20 && words[0].ends_with('。') && !words[0][..words[0].len() - '。'.len_utf8()].contains(['，', '。', ',']);
        if words[usize::from(caption).min(i)..i].iter().any(|w| w.contains(['，', '。', ','])) {
            return None;
        }
        // The credit opens with its role (`每经记者`), after no name of its
        // own (`■X Y 某报特约记者 Z`: the run began earlier).
        let role_first = ROLE.is_match(&crate::text::simplified_view(words[i]).0) || words[i] == "文";
        if !role_first || (i > 0 && byline::lone_name(words[i - 1])) {
            continue;
        }
        for k in (1..=6).rev() {
            let Some(next) = words.get(i + k) else { continue };
            // (`… 摄影报道一声令下，`: the credit runs on into its marks.)
            if next.starts_with(['摄', '报']) {
                continue;
            }
            let head = words[i..i + k].join(" ");
            if head.chars().count() > 40 || !story(next) || !(ROLE.is_match(&crate::text::simplified_view(&head).0) || words[i] == "文") {
                continue;
            }
            // (Each role's part counts: the word-by-word reader keeps an intern
            // glued to the outlet that the line pattern drops.)
            // (`某治周末实习生 X 某治周末记者 Y`: each role with its paper glued on.)
            let bare = OUTLET_ROLE.replace_all(&head, " $r ");
            let (line, tokens) = (byline::byline_line(&head), byline::token_credit(bare.trim()));
            let names = match (line, tokens) {
                (Some(l), Some(t)) if t.len() > l.len() && l.iter().all(|n| t.contains(n)) => Some(t),
                (l, t) => l.or(t),
            };
            // (Every name set off by spaces after a role: one opening with a
            // family name outside the list, `实习生 代某辉`, counts when
            // another name of the credit opens with one.)
            let names_ok = |v: &Vec<String>| {
                v.iter().all(|n| byline::lone_name(n)) || (v.len() >= 2 && v.iter().any(|n| byline::lone_name(n)) && v.iter().all(|n| byline::marked_name(n)))
            };
            if let Some(v) = names.filter(names_ok) {
                return Some(v);
            }
        }
    }
    None
}

/// `---` / `孙某婷` / `2018 年 1 月 16 日`: a letter's or a statement's
/// signature, the writer's name then the day, on the lines the body left
/// after its last paragraph (a rule of dashes may stand above them).
fn signed_with_date(tail: &[String]) -> Option<Vec<String>> {
    static DAY: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]|(?:19|20)\d{2}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2})\s*$").unwrap()
    });
    static RULE: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"^\s*[-—–_=~～*]{2,}\s*$").unwrap());
    // (The body sets such lines aside in the order it met them, not always
    // the page's: the name, the day and a rule are the first lines, in any order.)
    let lines: Vec<&String> = tail.iter().take(4).filter(|l| !RULE.is_match(l)).take(2).collect();
    let [a, b] = lines[..] else { return None };
    let (name, day) = if DAY.is_match(b) { (a, b) } else { (b, a) };
    let (v, back) = crate::text::simplified_view(name.trim());
    (DAY.is_match(day) && byline::lone_name(&v)).then(|| vec![back.restore(&v)])
}

/// `本文为「某联生活周刊」原创内容`, `本文系某某网独家稿件`, `某書原创文章，转载请申请授权`:
/// an outlet's or an account's notice that the text is its own.
fn original_notice(line: &str) -> Option<String> {
    static OWN: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:^|[\s*。，,])本文(?:为|系|是)\s*[「“《]?(?P<o>[\p{Han}A-Za-z0-9·]{2,16}?)[」”》]?\s*(?:原创|独家)(?:内容|稿件|文章|作品)?(?:[\s*。，,]|$)").unwrap()
    });
    static OWN_ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*[「“《]?(?P<o>[\p{Han}A-Za-z0-9·]{2,16}?)[」”》]?\s*原创(?:文章|稿件|内容)\s*[,，。]\s*(?:转载|未经|如需)").unwrap()
    });
    let (v, back) = crate::text::simplified_view(line);
    let c = OWN.captures(&v).or_else(|| OWN_ARTICLE.captures(&v))?;
    let o = c["o"].to_owned();
    const NOT_OUTLETS: &[&str] = &["作者", "本站", "本网", "本号", "本刊", "笔者", "平台", "网站", "公众号"];
    (!NOT_OUTLETS.iter().any(|n| o.contains(n))).then(|| back.restore(&o))
}

/// `**博客 | X**`, `專欄 | X & Y`: a blog's or a column's author box closing
/// the page, a line of its own (a Markdown copy's bold marks around it). The
/// writer's pen name may be of any family; a reader's column (`讀者來論`) or a
/// desk is no person.
fn author_box(line: &str) -> Option<Vec<String>> {
    static BOX: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"^\s*\**\s*(?:博客|专栏|博主)\s*[|｜丨]\s*(?P<n>[^|｜丨*()\[\]]{2,20}?)\s*\**\s*$").unwrap());
    let (v, back) = crate::text::simplified_view(line);
    let run = BOX.captures(&v)?.name("n")?.as_str().to_owned();
    const NOT_WRITERS: &[&str] = &["读者", "来论", "来稿", "编辑", "评论", "专栏", "博客", "网友", "投稿"];
    let names: Vec<String> = run.split(['&', '＆', '、', '/']).map(str::trim).filter(|n| !n.is_empty()).map(str::to_owned).collect();
    let person = |n: &String| {
        n.chars().all(crate::text::is_han) && (2..=4).contains(&n.chars().count()) && byline::is_name(n) && !byline::is_place(n) && !NOT_WRITERS.iter().any(|w| n.contains(w))
    };
    (!names.is_empty() && names.iter().all(person)).then(|| names.iter().map(|n| back.restore(n)).collect())
}

/// `原标题：某区打造“某河之夜”记者 X 通讯员 Y7月24日晚，…`: a portal's copy
/// that opens with the headline the story first ran under, its credit line
/// and the story glued after it. The credit is read from its role (an outlet
/// may stand before it) or from `作者：`, within the first 100 characters.
fn retitled_credit(line: &str) -> Option<Vec<String>> {
    static ROLE_AT: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:\p{Han}{2,8}?(?:报|网|新闻|台|社))?(?P<r>(?:本报)?(?:首席|特约|见习|实习)?(?:记者|通讯员)\s)").unwrap()
    });
    static AUTHOR_AT: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"作者\s*[:：]\s*(?P<n>\p{Han}{2,4}?)(?:\d|\s|[，。,]|$)").unwrap());
    let (v, back) = crate::text::simplified_view(line);
    let v = v.trim_start().strip_prefix("原标题")?.trim_start_matches([':', '：', ' ']);
    let head: String = v.chars().take(100).collect();
    if let Some(c) = ROLE_AT.captures(&head) {
        let r = c.name("r").unwrap();
        return byline::credit_at(&v[r.start()..]).map(|names| names.iter().map(|n| back.restore(n)).collect());
    }
    let n = AUTHOR_AT.captures(&head)?["n"].to_owned();
    (byline::is_name(&n) && !byline::is_place(&n)).then(|| vec![back.restore(&n)])
}

/// `某河报记者 李某敏核心提示|7月29日至8月2日，…`: the credit opening the
/// story, the name glued to the label of the lead's summary box.
fn boxed_lead_credit(first: &str) -> Option<Vec<String>> {
    static BOXED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?P<c>(?:\p{Han}{2,8}?(?:报|网|社|台))?(?:本报)?(?:首席|特约|见习|实习)?(?:记者|通讯员)\s*\p{Han}{2,3}(?:[\s、]+\p{Han}{2,3}){0,3}?)\s*(?:核心提示|阅读提示|内容提要|内容提示|提要|导读|编者按)\s*[|丨:]").unwrap()
    });
    let (v, back) = crate::text::simplified_view(first);
    let c = BOXED.captures(&v)?;
    byline::byline_line(&back.restore(&c["c"])).filter(|n| byline::surnamed(n))
}

/// The writer's name alone on a paragraph opening the story, or after its
/// deck (a short summary), with the story following: `业内人士称，…` /
/// `黄某` / `《某某经济新闻》昨日获悉，…`.
fn opening_name(paragraphs: &[String]) -> Option<Vec<String>> {
    (0..2).find_map(|i| {
        let line = paragraphs.get(i)?;
        let next = paragraphs.get(i + 1)?;
        let deck_ok = i == 0 || paragraphs[0].chars().count() <= 150;
        let prose = next.chars().count() >= 30 && crate::extract::dom::count_punct(next) >= 1;
        // (`丁香` / `丁香可作为中药材，…`: a subhead the next paragraph opens
        // with is what the section is about.)
        let subhead = !line.trim().is_empty() && next.trim_start().starts_with(line.trim());
        if !(deck_ok && prose) || subhead {
            return None;
        }
        let (words, back) = alone_words(line);
        let ok = (1..=2).contains(&words.len()) && words.iter().all(|w| byline::lone_name(w));
        (ok && byline::surnamed(&words)).then(|| words.iter().map(|n| back.restore(n)).collect())
    })
}

/// `…骨质疏松。(某华医学会骨科学分会主任委员、某国工程院院士　邱某兴)`: an
/// expert's column closing with what the writer is, then the name, in brackets.
fn closing_expert(line: &str) -> Option<Vec<String>> {
    static EXPERT: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"[(]\s*[\p{Han}·、]{2,40}?(?:院士|教授|主任医师|研究员|主任委员|专家)\s*(?P<n>\p{Han}{2,3})\s*[)]\s*$").unwrap()
    });
    // `（作者系某国现代国际关系研究院世界经济研究所张某荣 漫画作者廖某婷）`: the name
    // glued after the writer's unit, another credit after it.
    static UNIT_NAME: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"[(]\s*作者系\s*\p{Han}{2,40}?(?:研究所|研究院|研究中心|大学|学院|学校|中心|报社|公司|研究会)(?P<n>\p{Han}{2,3})(?:\s|[,，;；)])").unwrap()
    });
    let (v, back) = crate::text::simplified_view(line);
    let n = EXPERT.captures(&v).or_else(|| UNIT_NAME.captures(&v))?["n"].to_owned();
    byline::lone_name(&n).then(|| vec![back.restore(&n)])
}

/// `熊某奇 某海交大教授`: a commentary's writer and what they are, on a
/// line of their own opening the piece (or just above it).
fn titled_name(line: &str) -> Option<Vec<String>> {
    static TITLED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?P<n>\p{Han}{2,3})\s+[\p{Han}·]{0,16}?(?:教授|研究员|学者|专家|评论员|特约评论员|律师|博士|作家|专栏作家|经济学家|分析师|时评人|评论家|主编)\s*$").unwrap()
    });
    // `（胡某 某旦大学附属医院主任医师）`, `张某华（某市委党校教授）`: the writer of an
    // expert's column and what they are, in brackets, heading the piece.
    static BRACKETED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?:[(]\s*(?P<a>\p{Han}{2,3})\s+|(?P<b>\p{Han}{2,3})\s*[(]\s*)[\p{Han}·、]{0,24}?(?:教授|副教授|研究员|主任医师|副主任医师|院士|博士|律师|学者|专家)\s*[)]\s*$").unwrap()
    });
    let (v, back) = crate::text::simplified_view(line);
    if let Some(c) = BRACKETED.captures(&v) {
        let n = c.name("a").or_else(|| c.name("b")).unwrap().as_str().to_owned();
        return byline::lone_name(&n).then(|| vec![back.restore(&n)]);
    }
    let (v, back) = crate::text::simplified_view(line);
    let c = TITLED.captures(&v)?;
    let n = c["n"].to_owned();
    (byline::lone_name(&n) && byline::surnamed(std::slice::from_ref(&n))).then(|| vec![back.restore(&n)])
}

/// `杭州市某某小学二（1）班 陈某彬`, `——某某外国语学校 / 三（3）班  俞某和`:
/// a pupil's essay signed with the school and class, then the name, on a
/// line of its own (above the essay or below it). A page of several essays
/// signs each; every name counts, in page order.
/// A school's name (`杭州市某某实验学校`) and a class (`四（1）班`, `初二(3)班`), as
/// pupils sign their essays (read in the NFKC view: `（` is `(`).
const SCHOOL: &str = r"[\p{Han}()]{2,24}?(?:小学|中学|学校|幼儿园|附小|附中|一中|二中|三中)";
const CLASS: &str = r"(?:[一二三四五六]|[初高][一二三])\s*(?:年级)?\s*[(]?\s*\d{1,2}\s*[)]?\s*班";

fn school_signature(line: &str) -> Option<String> {
    static SIGNED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(&format!(r"^\s*(?:—{{1,2}}|-{{2}})?\s*(?P<s>{SCHOOL})?\s*/?\s*(?P<c>{CLASS})?\s+(?P<n>\p{{Han}}{{2,3}})\s*$")).unwrap()
    });
    if line.chars().count() > 40 || !line.contains(['班', '学', '學', '园', '園', '中']) {
        return None;
    }
    let (v, back) = crate::text::simplified_view(line);
    let c = SIGNED.captures(&v)?;
    let n = c["n"].to_owned();
    ((c.name("s").is_some() || c.name("c").is_some()) && byline::lone_name(&n)).then(|| back.restore(&n))
}

/// The pupils' signatures of a paragraph: the line itself, or in a page
/// flattened into one paragraph each school-and-class signature inside it
/// (the class must be named there: `…花海。 ——某某外国语学校 三（3）班 俞某和 体验活动：…`).
fn school_signatures(p: &str) -> Vec<String> {
    if p.chars().count() <= 40 {
        return school_signature(p).into_iter().collect();
    }
    static WITHIN: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(&format!(r"(?:^|\s)(?:—{{1,2}}|-{{2}})?\s*{SCHOOL}\s*/?\s*{CLASS}\s+(?P<n>\p{{Han}}{{2,3}})(?:\s|$)")).unwrap()
    });
    if !p.contains('班') {
        return Vec::new();
    }
    let (v, back) = crate::text::simplified_view(p);
    WITHIN.captures_iter(&v).map(|c| c["n"].to_owned()).filter(|n| byline::lone_name(n)).map(|n| back.restore(&n)).collect()
}

/// The words of a line printed alone (simplified view, padded names
/// joined), split at spaces and `、`, with the map back to the page's script.
fn alone_words(line: &str) -> (Vec<String>, crate::text::ScriptMap) {
    let (v, back) = crate::text::simplified_view(line);
    let v = byline::join_padded(v.trim());
    (v.split([' ', '\u{3000}', '、']).filter(|w| !w.is_empty()).map(str::to_owned).collect(), back)
}

/// `原创 刘某远 某海发布 2023-06-12 18:00`: a WeChat article's writer, then the
/// account that posts it, then the time. Returns (writer, account).
fn wechat_original(line: &str) -> Option<(String, String)> {
    static ORIGINAL: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*原创\s+(?P<n>\p{Han}{2,3})\s+(?P<a>[^\s\d]{2,20})\s+(?:19|20)\d{2}\s*[-/.年]").unwrap()
    });
    let (v, back) = crate::text::simplified_view(line);
    let c = ORIGINAL.captures(&v)?;
    let n = vec![c["n"].to_owned()];
    byline::surnamed(&n).then(|| (back.restore(&n[0]), back.restore(&c["a"])))
}

/// `第一财经YiMagazine`, `某某周刊`: an outlet's name, Han with Latin letters or
/// a publication's word, with no spaces, punctuation or digits-only parts.
fn outlet_named(o: &str) -> bool {
    let n = o.chars().count();
    (3..=20).contains(&n)
        && o.chars().all(|c| c.is_alphanumeric())
        && o.chars().filter(|&c| crate::text::is_han(c)).count() >= 2
        && (o.chars().any(|c| c.is_ascii_alphabetic()) || ["周刊", "杂志", "日报", "晚报", "财经", "新闻", "传媒", "资讯"].iter().any(|w| o.ends_with(w)))
        && crate::dates::parse(o).is_none()
}

fn outlet_like(o: &str) -> bool {
    let (v, _) = crate::text::simplified_view(o);
    ["日报", "晚报", "早报", "商报", "时报", "报", "网", "社", "电视台", "广播电台", "新闻", "在线", "财经"].iter().any(|s| v.ends_with(s))
}

/// `优活健康资讯网 (2012-01-12 11:33)`, `某某在线－某某青年报 2010-05-08`:
/// the outlet printed before the time, or before a date without one.
fn outlet_before_time(line: &str) -> Option<String> {
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(r"^\s*(?P<o>\p{Han}[\p{Han}\-—－]{1,24}?)\s*[(（|｜丨]?\s*", ymd!(), r"日?(?:\s*\d{1,2}:\d{2}|\s*$|\s+\D)")).unwrap()
    });
    let n = crate::text::nfkc(line);
    if n.chars().count() > 50 {
        return None;
    }
    // `某某在线－某某青年报 2010-05-08`: a site and its paper, read as a label's value is.
    let o = BEFORE.captures(&n)?.name("o")?.as_str();
    let o = byline::source_label(&format!("来源：{o}"))?;
    outlet_like(&o).then_some(o)
}

/// `2012-01-11 01:30` / `中国时报`: a line that is only an outlet's name,
/// next to the date line in the head of the article.
fn outlet_line(head: &[&str]) -> Option<String> {
    head.iter().enumerate().find_map(|(i, l)| {
        let t = l.trim();
        let n = t.chars().count();
        ((2..=12).contains(&n) && t.chars().all(crate::text::is_han) && outlet_like(t) && beside_date(head, i))
            .then(|| t.to_owned())
    })
}

/// Whether the line before or after `head[i]` shows a date: template slots
/// without labels sit beside the date line.
fn beside_date(head: &[&str], i: usize) -> bool {
    [i.checked_sub(1), Some(i + 1)].into_iter().flatten().filter_map(|j| head.get(j)).any(|d| visible_date(d).is_some())
}

/// `据楚天金报1月12日报道，…`: a reprint credits the outlet it quotes.
fn reported_by(first: &str) -> Option<String> {
    static BY: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*据\s*《?(?P<o>\p{Han}{2,10}?)》?\s*(?:\d{1,2}月\d{1,2}日)?(?:报道|报导|消息|电)").unwrap()
    });
    let (v, back) = crate::text::simplified_view(first);
    let o = BY.captures(&v)?.name("o")?.as_str().to_owned();
    outlet_like(&o).then(|| back.restore(&o))
}

/// `某氪获悉，…`, `某湃新闻记者获悉，…`, `原文刊发于某湃新闻，…`: the outlet
/// that learned the news opens the story (a newsflash's own signature), or the
/// outlet a reprint names as where the text first ran.
fn outlet_learned(first: &str) -> Option<String> {
    static LEARNED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?P<o>[\p{Han}A-Za-z0-9]{2,10}?)(?:记者)?(?:独家)?(?:获悉|了解到)\s*[,，:：]").unwrap()
    });
    static FIRST_RAN: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?:本文)?(?:原文)?(?:原载于|原载|刊发于|首发于|原刊于|首发)\s*[《「“]?(?P<o>[\p{Han}A-Za-z0-9]{2,12}?)[》」”]?\s*[,，。;；\s]").unwrap()
    });
    let (v, back) = crate::text::simplified_view(first);
    let c = LEARNED.captures(&v).or_else(|| FIRST_RAN.captures(&v))?;
    let o = c["o"].to_owned();
    // (`36氪`, `IT之家`: a brand of Latin letters or figures with Chinese.)
    let brand = o.chars().any(|c| c.is_ascii_alphanumeric()) && o.chars().any(crate::text::is_han);
    let known = outlet_like(&o) || byline::is_short_outlet(&o) || brand;
    const NOT_OUTLETS: &[&str] = &["本报", "本网", "本刊", "本台", "笔者", "我们", "我报", "我台", "记者", "公司", "网友"];
    (known && !NOT_OUTLETS.iter().any(|n| o.starts_with(n))).then(|| back.restore(&o))
}

/// `…获奖。` / `徐某勇（某某社供本报特稿）`: the writer's name on a line of
/// its own closing the story, alone or with a note on how the paper got the
/// story. The line before must close a sentence, and the name must open
/// with a family name and be no place.
fn closing_name(paragraphs: &[String]) -> Option<Vec<String>> {
    // (`洪某 2022.07.20`: a column's writer may sign with the day.)
    static NAME: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(r"^\s*(?P<n>\p{Han}{2,3}(?:[\s、]+\p{Han}{2,3}){0,2}?)(?:\s+(?P<at>\p{Han}{2,4}))?\s*(?:[(][^()]{0,16}(?:稿|报道|专栏)[^()]{0,8}[)])?(?:\s+", ymd!(), r"\s*日?)?\s*$")).unwrap()
    });
    // `(责任编辑：X)` and `本文相关推荐` may still follow it.
    static TAIL: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?:[(（【\[]?\s*(?:责任编辑|责编|编辑|校对|审核)\s*[:：].{0,30}|.{0,4}相关(?:推荐|新闻|阅读|链接|报道)|[(（]完[)）]|!\[[^\]]*\]\([^()\s]*\))\s*$").unwrap()
    });
    let end = paragraphs.len() - paragraphs.iter().rev().take(3).take_while(|p| TAIL.is_match(p)).count();
    let [.., before, last] = &paragraphs[..end] else { return None };
    // `-----X`, `----------服务部：X`, or a rule of dashes on the line above
    // (`---` / `X`): an essay's or a letter's signature set off by a rule,
    // perhaps with the writer's desk.
    static RULE: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"^\s*[-—–_=~～]{2,}\s*").unwrap());
    static DESK: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"^\p{Han}{1,6}(?:部|处|组|室|办|科|队|社|会)\s*[:：]\s*").unwrap());
    let ruled = RULE.find(last).map(|m| m.end()).filter(|&at| at < last.len());
    let rule_above = RULE.find(before).is_some_and(|m| m.end() == before.len());
    let last = match ruled {
        Some(at) => {
            let signed = &last[at..];
            DESK.find(signed).map_or(signed, |m| &signed[m.end()..])
        }
        None => last.as_str(),
    };
    let (v, back) = crate::text::simplified_view(last);
    // `县农业农村局 韩某明`: the office that sent the story in, then its writer.
    static OFFICE: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"^\s*(?P<o>\p{Han}{3,14})\s+(?P<rest>\S.*)$").unwrap());
    let v = match OFFICE.captures(&v) {
        Some(c) if byline::is_office(&c["o"]) => c["rest"].to_owned(),
        _ => v,
    };
    let c = NAME.captures(&v)?;
    // `黄某容 赖某杰 台中`: the reporters, then where they filed from.
    if c.name("at").is_some_and(|at| !byline::is_place(at.as_str())) {
        return None;
    }
    let names = byline::split_names(&c["n"]);
    let closes = before.trim_end().ends_with(['。', '！', '？', '”', '…', '」']) || ruled.is_some() || rule_above;
    // (`高新区`, `白云区 2022.03.01`: a district signing a notice; no given
    // name ends like an administrative division.)
    let division = |n: &String| n.chars().count() == 3 && n.ends_with(['区', '县', '市', '省', '镇', '乡', '旗']);
    let places = names.iter().any(|n| byline::is_place(n) || division(n));
    (closes && !names.is_empty() && byline::surnamed(&names) && !places)
        .then(|| names.iter().map(|n| back.restore(n)).collect())
}

/// The names a pattern's `n` group captures in the line's simplified view,
/// given back in the page's script, when they open with family names.
fn surnamed_capture(line: &str, re: &Regex) -> Option<Vec<String>> {
    let (v, back) = crate::text::simplified_view(line);
    let names = byline::split_names(&re.captures(&v)?["n"]);
    byline::surnamed(&names).then(|| names.iter().map(|n| back.restore(n)).collect())
}

/// `…举行。（张小峰）`: the reporter credited in parentheses at the very end.
fn trailing_credit(line: &str) -> Option<Vec<String>> {
    credit_closing(line, false)
}

/// The credit closing a story's last two paragraphs (`…。（某杰）`, `（记者 X）`):
/// one story of a several-story page.
pub(super) fn closing_credit(paragraphs: &[String]) -> Option<Vec<String>> {
    paragraphs.iter().rev().take(2).find_map(|l| trailing_credit(l))
}

/// `…他们装饰了我们的梦。 图/某国军网记者冯某华 文字、整理/赵某 图片来源：某国军网 责编：任某`:
/// the credit line a flattened page runs on after the story's last sentence,
/// read as a line of its own.
fn tail_segment_credit(p: &str) -> Option<Vec<String>> {
    let at = p.rfind(['。', '！', '？', '!', '?', '”', '」'])?;
    let tail = p[at..].trim_start_matches(['。', '！', '？', '!', '?', '”', '」']).trim();
    // (A page's controls may follow: `…新华社记者X摄 查看原文`.)
    static CONTROLS: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"(?:\s+(?:查看原文|阅读原文|查看全文|返回顶部|打印本页|关闭窗口|返回首页))+$").unwrap());
    let tail = CONTROLS.find(tail).map_or(tail, |m| tail[..m.start()].trim_end());
    // (`…共鸣。本报记者 X 摄返回搜狐，查看更多责任编辑：`: a portal's link
    // back to its front page glued on.)
    static BACK_LINK: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"返回(?:搜狐|首页|网易首页)[，,]?\s*查看更多").unwrap());
    let unlinked = BACK_LINK.replace_all(tail, " ");
    let tail = unlinked.trim();
    if !(4..=80).contains(&tail.chars().count()) || at == 0 {
        return None;
    }
    // (`…之死。 洪某 2022.07.20`: a column signed with the writer's name and
    // the day, read as the closing line it was.)
    static DATED: LazyLock<Regex> = LazyLock::new(|| crate::text::re(concat!(r"\s", ymd!(), r"\s*日?$")).unwrap());
    // (`…开出爱之花。 -----X`: a signature set off by a rule of dashes.)
    let signed = || (DATED.is_match(tail) || tail.starts_with(['-', '—'])).then(|| closing_name(&[p[..at].to_owned() + "。", tail.to_owned()])).flatten();
    // (`… 某华社记者X Y 原标题：… (责编：Z)`: the credit, then the headline the
    // story first ran under and the editor's tag.)
    static AFTER: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"\s(?:原标题|[(（【\[]?\s*(?:责编|责任编辑|编辑)\s*[:：])").unwrap());
    let cut = || AFTER.find(tail).map(|m| tail[..m.start()].trim()).filter(|t| t.chars().count() >= 4).and_then(byline::byline_line);
    byline::byline_line(tail).or_else(cut).filter(|v| byline::surnamed(v)).or_else(signed).or_else(|| credit_run(tail))
}

/// `供稿 | 罗 某 编辑 | 罗 某 初审 | 黄某春 审核发布 | 陈某平`, `监制丨高某 … 主笔丨韩某
/// 周某帆 播讲丨长某`, `某商报记者 千某茹 本文来源：某商网`, `…作者：王某刚 王某辉 田 某责任编辑：杨某`:
/// a run of labelled credits a flattened page keeps after its last sentence.
/// Cut at every known label (glued or not); the names after a writer's
/// label, and a credit line before the first label, are the writers.
fn credit_run(tail: &str) -> Option<Vec<String>> {
    const OTHER: &[&str] = &[
        "责任编辑", "编辑", "责编", "审核发布", "审核", "初审", "复审", "终审", "审稿", "校对", "本文来源", "来源", "图片", "摄影", "供图",
        "策划", "监制", "统筹", "制作", "播讲", "出品", "发布",
    ];
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        let mut all: Vec<&str> = byline::WRITER_LABELS.iter().chain(OTHER).copied().filter(|l| l.chars().count() >= 2).collect();
        all.sort_by_key(|l| std::cmp::Reverse(l.chars().count()));
        crate::text::re(&format!(r"(?P<l>{})\s*[|丨︱:]\s*", all.join("|"))).unwrap()
    });
    let (v, back) = crate::text::simplified_view(tail);
    let labels: Vec<regex::Captures> = LABEL.captures_iter(&v).collect();
    let first = labels.first()?.get(0)?.start();
    let mut names: Vec<String> = byline::byline_line(v[..first].trim()).unwrap_or_default();
    for (k, c) in labels.iter().enumerate() {
        let end = labels.get(k + 1).map_or(v.len(), |n| n.get(0).unwrap().start());
        if !byline::WRITER_LABELS.contains(&&c["l"]) {
            continue;
        }
        let run = byline::join_padded(v[c.get(0).unwrap().end()..end].trim());
        names.extend(byline::split_names(&run).into_iter().filter(|n| byline::is_name(n)));
    }
    (!names.is_empty()).then(|| names.iter().map(|n| back.restore(n)).collect())
}

/// `…骄傲。” （路某） (function(){…`, `…居住。（某外网 朱某） 本文系版权作品…`,
/// `…激励”。(记者郭某峰 实习生何某青) 更多信息请访问：…`: in a page flattened
/// into one paragraph the closing credit is followed by the page's furniture.
/// A bracket after a sentence's end within the paragraph's last 600
/// characters is read as if the paragraph ended with it, the last first.
fn credit_before_furniture(p: &str) -> Option<Vec<String>> {
    static CLOSED: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"[。！？!?”」]\s*[(（][^()（）]{2,30}[)）]").unwrap());
    let from = p.char_indices().rev().nth(600).map_or(0, |(i, _)| i);
    let found: Vec<regex::Match> = CLOSED.find_iter(&p[from..]).filter(|m| from + m.end() < p.trim_end().len()).collect();
    found.iter().rev().find_map(|m| {
        let names = trailing_credit(&p[..from + m.end()])?;
        // Brackets mid-text also hold a caption's mark (`（资料图）`), a list
        // (`（大豆、油菜、花生）`) or words an editor put into a quote
        // (`（船如果）`): bare names count only one or two, each opening with
        // a family name; a role or an outlet in the bracket is surer.
        let marked = ["记者", "記者", "通讯员", "通訊員", "实习生", "編譯", "编译", "报道", "報導", "报导", "网", "網", "报", "報", "社", "台"]
            .iter()
            .any(|w| m.as_str().contains(w));
        let common = names.len() <= 2
            && names.iter().all(|n| byline::lone_name(&crate::text::simplified_view(n).0) && super::surnames::surname(n).is_some());
        (marked || common).then_some(names)
    })
}

/// `(作者：方小敏北京大学经济学院教授)`, `（作者：方小敏，某某大学教授）`: a
/// commentary's writer with where they work, closing the piece. The name is
/// the two or three characters before the institution.
fn author_with_affiliation(line: &str) -> Option<String> {
    static NOTE: LazyLock<Regex> = LazyLock::new(|| {
        let openers = format!("{}|清华|复旦|南开|系|为|是", byline::PLACES.join("|"));
        crate::text::re(&format!(
            r"(?:^|[。！？”])\s*[(]\s*(?:本文)?作者\s*[:：]?\s*(?P<n>\p{{Han}}{{2,3}}?)\s*[,，、\s]?\s*(?P<at>(?:{openers})\p{{Han}}{{0,30}}?(?:大学|学院|研究院|研究所|研究中心|社科院|科学院|党校|教授|研究员|专家|学者|委员|主任|院长|所长|博士|记者|编辑)\p{{Han}}{{0,12}})\s*[)]\s*$"
        ))
        .unwrap()
    });
    let (v, back) = crate::text::simplified_view(line);
    let c = NOTE.captures(&v)?;
    let n = c["n"].to_owned();
    byline::surnamed(std::slice::from_ref(&n)).then(|| back.restore(&n))
}

/// A credit that names its role (`(文/图 X Y)`, `…。记者X`, `（记者 X/文）`)
/// closing any paragraph: pages that end with a gallery put it above the
/// captions.
fn marked_credit(line: &str) -> Option<Vec<String>> {
    credit_closing(line, true)
}

fn credit_closing<'a>(line: &'a str, marked: bool) -> Option<Vec<String>> {
    // `…了。”（余某）作者：余某 （来源：某城晚报）`, `…(刘某元)（文章来源：某券时报）`,
    // `…面貌。（记者 郑某群） 【编辑：李某仓】`:
    // a site's author and source labels after the paper's own closing
    // credit; read without them.
    static LABELS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"[)）](?P<tail>(?:\s*[(（【\[]?\s*(?:文章|本文|信息)?(?:作者|来源|稿源|责任编辑|责编|编辑)\s*[:：]\s*[^()（）:：【】\[\]]{1,20}?\s*[)）】\]]?)+)\s*$").unwrap()
    });
    // Each step below cuts the line where its pattern's group starts.
    let cut = |line: &'a str, re: &Regex, group: &str| -> Option<&'a str> { re.captures(line).and_then(|c| c.name(group)).map(|m| &line[..m.start()]) };
    let line = cut(line, &LABELS_AFTER, "tail").unwrap_or(line);
    // `…终止审核。记者李某　（来源：某济日报）`: the portal's source label after
    // an unbracketed credit.
    static SOURCE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"\p{Han}(?P<s>\s*[(（【\[]\s*(?:文章|本文|信息)?(?:来源|稿源|出处)\s*[:：]\s*[^()（）:：【】\[\]]{1,20}?\s*[)）】\]])\s*$").unwrap()
    });
    let line = cut(line, &SOURCE_AFTER, "s").map_or(line, str::trim_end);
    // What a flattened page runs on after the closing credit: the app it was
    // posted from (`（某视新闻客户端）`), a print citation (`《 某民日报 》（ 2021年07月25日
    // 01 版）`), a topic link (`点击进入专题：…`), the editor's line, the page's
    // controls (`已有_COUNT_条评论  我要评论`) and a template's comment end (`end-->`).
    static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(r"[)）]\s*(?P<f>(?:(?:[(（]\s*\p{Han}{2,10}(?:客户端|网|报|台)\s*[)）]|《\s*\p{Han}{2,10}\s*》\s*[(（]\s*", ymd_han!(), r"\s*(?:第?\s*[A-Za-z]?\d{1,3}\s*版)?\s*[)）]|点击进入专题\s*[:：][^()（）]{0,40}?|(?:责任编辑|责编|编辑)\s*[:：]\s*[\p{Han}A-Za-z]{1,12}|声明\s*[:：][^()（）]{0,40}|已有\S{0,12}条评论|我要评论|发表评论|返回顶部|打印本页|关闭窗口|(?:end)?-->)(?:\s+|$))+)$")).unwrap()
    });
    let line = cut(line, &FURNITURE, "f").map_or(line, str::trim_end);
    // `…步入会议室。京华时报记者陈某 [责任编辑：宇某杰 PN051] 用微信扫描二维码 分享至好友和朋友圈`:
    // the page's bracketed editor tag and share controls after an unbracketed credit.
    static CONTROLS: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"\p{Han}(?P<c>(?:\s*(?:[\[【(（]\s*(?:责任编辑|编辑|责编)\s*[:：][^\]】)）]{1,24}[\]】)）]|用微信扫描二维码|分享至好友和朋友圈|分享到\S{0,12}|已有\S{0,12}条评论|我要评论|返回顶部|打印本页|关闭窗口))+)\s*$").unwrap()
    });
    let line = cut(line, &CONTROLS, "c").unwrap_or(line);
    // `…参加活动。文/图：周某燕编辑：赵某赟责任编辑：李某昌`: the editors' labels
    // glued after the writer's name.
    static EDITORS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"\p{Han}(?P<e>(?:\s*(?:责任编辑|编辑|责编|审核|校对)\s*[:：]\s*[\p{Han}A-Za-z]{1,12}?)+)\s*$").unwrap()
    });
    // (`…李某责任编辑：X` is one label, not `…李某责任` and `编辑：X`.)
    let line = cut(line, &EDITORS_AFTER, "e").filter(|l| !l.ends_with("责任")).unwrap_or(line);
    if let Some(n) = author_with_affiliation(line) {
        return Some(vec![n]);
    }
    // `（本文来源：某某日报 作者：某某中心某某部部长、研究员张三）`: the writer's
    // titles, then the name (a portal's `返回首页` may follow the bracket).
    static TITLED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"作者\s*(?:[:：]|系)\s*[^()]{2,60}?(?:研究员|教授|主任|院长|所长|博士|专家|学者|秘书长|经济师|分析师|律师|主编)\s*(?P<n>\p{Han}{2,3})\s*(?:[)][^()]{0,12})?$").unwrap()
    });
    // `（本文由X根据录音整理）`, `（由X执笔）`: who wrote the piece up.
    static WROTE_UP: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:^|[。！？!?”])\s*[(]\s*(?:本文|此文|全文)?由\s*(?P<n>\p{Han}{2,3}(?:[、]\p{Han}{2,3}){0,2})\s*(?:根据\p{Han}{1,8})?(?:整理|撰写|执笔|编写|采写)\s*[)]\s*$").unwrap()
    });
    // `注：作者X是某某律师事务所高级合伙人`: a note on who wrote it.
    static NOTE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*[(]?\s*(?:注|编者注|作者简介)?\s*[:：]?\s*(?:本文)?作者\s*(?P<n>\p{Han}{2,3}?)\s*(?:(?:是|系|现为|现任|为)\p{Han}|[,，]\s*\p{Han}{2,12}(?:作者|专栏作家|记者|编辑|研究员|分析师)\s*[;；,，。])").unwrap()
    });
    // `…此刻。（某富中文网） 注：作者邹某铭是某某律师事务所高级合伙人。`: the
    // note with its label after the story's last sentence.
    static NOTE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"[。！？!?”)]\s*(?:注|编者注|作者简介)\s*[:：]\s*(?:本文)?作者\s*(?P<n>\p{Han}{2,3}?)\s*(?:是|系|现为|现任|为)\p{Han}").unwrap()
    });
    // `（某省社会科学院教授 王某）`: the writer's title, then the name, closing the piece.
    static TITLE_NAME: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:^|[。！？!?”])\s*[(][^()]{2,60}?(?:教授|研究员|主任|院长|所长|博士|专家|学者|秘书长|律师|分析师|经济师)\s+(?P<n>\p{Han}{2,3})\s*[)]\s*$").unwrap()
    });
    // `（来源：《某明日报》/刘某）`: the paper a portal took the story from, then its writer.
    static SOURCE_WRITER: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*[(]?\s*来源\s*[:：]\s*《?[^《》/()]{2,12}?》?\s*/\s*(?P<n>\p{Han}{2,3})\s*[)]?\s*$").unwrap()
    });
    // `…规模。（某外网-巴黎-X）`: the outlet, where the story was filed from, the writer.
    static OUTLET_PLACE_NAME: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:^|[。！？!?”」])\s*[(]\s*\p{Han}{2,8}?(?:网|报|社|台)\s*[-－]\s*\p{Han}{2,4}\s*[-－]\s*(?P<n>\p{Han}{2,3})\s*[)]\s*$").unwrap()
    });
    if let Some(v) = [&*TITLED, &*WROTE_UP, &*NOTE, &*NOTE_AFTER, &*TITLE_NAME, &*SOURCE_WRITER, &*OUTLET_PLACE_NAME].into_iter().find_map(|re| surnamed_capture(line, re)) {
        return Some(v);
    }
    // `…。(张小峰)`, `…。(林小玉报导)`, `…。(金小良/编译)`; read in the simplified
    // view so that `報導` counts, names given back in the page's script.
    // Also a line of its own: `(李小伟 编译)`.
    static TAIL: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:[。！？”」』?!…]\s*|\.\.\.\s*|^\s*)[(]\s*(?:\p{Han}{2,10}(?:网|报|社|台|客户端|新闻)\s+|(?P<office>\p{Han}{2,14}?(?:局|委|办|厅|中心|部|镇|乡|街道|县|区|所|院|站|处|馆|司))\s+|\p{Han}{2,4}中心)?(?P<role>(?:总台)?(?:记者|报道员)|文\s*/\s*图|图\s*/\s*文|文图|图文|文|作者|执笔)?\s*[:/]?\s*(?P<n>\p{Han}{2,4}(?:[\s、]+\p{Han}{2,4}){0,2})\s*(?P<rep>/?\s*(?:编译|整理|报导|报道|综合报导)|/\s*\p{Han}{2,6}?(?:报导|报道))?\s*[)]\s*(?:[(]\p{Han}{2,10}(?:报|网|社|台)[)])?\s*$").unwrap()
    });
    // `…提供良好的环境。记者祝小勇`, `…为多云。撰稿：X`: the reporter glued to the last sentence;
    // `…问题。本组文/本报记者 X`: the writer of a group of stories.
    static GLUED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"[。！？!?”」]\s*(?:(?:编译|整理)\s*/\s*)?(?:(?:本报|[\p{Han}·]{2,14}?(?:社|报|网|台|新闻|客户端|媒体|传媒)|\p{Han}{2})?记者\s*:?|(?:本组|本版|本栏)?文\s*/\s*(?:本报|\p{Han}{2,8}?(?:报|网|社|台))?(?:记者)?|(?:作者|撰稿|撰文|采写|文\s*/\s*图|文)\s*:|(?:实习)?编译\s*:?|报导\s*[/╱]|报道\s*[/╱])\s*(?P<n>\p{Han}{2,3}(?:[\s、]+\p{Han}{2,3}){0,2})\s*$").unwrap()
    });
    // `…本文来自微信公众号：某子位，作者：金某 梦某`: the writer's label after a comma, closing the text.
    static COMMA_AUTHOR: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"[,;]\s*(?:本文)?作者\s*:\s*(?P<n>\p{Han}{2,3}(?:[\s、]+\p{Han}{2,3}){0,2})\s*$").unwrap());
    // `（记者 李某婷/文 通讯员 史贝贝/图）`: roles inside the brackets.
    static ROLES: LazyLock<Regex> =
        // A wire's story code may follow (`（譯者：X／核稿：Y）1120612`).
        LazyLock::new(|| crate::text::re(r"(?:[。！？!?”]\s*|^\s*)[(](?P<b>[^()]{2,80}?)[)]\s*\d{0,8}\s*$").unwrap());
    // `…/rankings/2025（撰稿：X 初审：Y 编辑：Z）`: brackets that open with a
    // writer's label close the story after anything (a link, a figure).
    static LABELLED: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(&format!(r"[(](?P<b>\s*(?:{})\s*:[^()]{{2,78}}?)[)]\s*\d{{0,8}}\s*$", byline::writer_labels_alternation())).unwrap());
    let (n, back) = crate::text::simplified_view(line);
    let n = byline::join_padded(&n);
    // `…将达到最大。记者X 实习生Y`: several roles glued to the last sentence.
    static GLUED_ROLES: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"[。！？!?”」]\s*(?:文\s*/\s*)?(?P<c>(?:本报)?(?:记者|通讯员)\s*\p{Han}{2,3}(?:、\p{Han}{2,3})*(?:\s+(?:本报)?(?:记者|通讯员|实习生)\s*\p{Han}{2,3}(?:、\p{Han}{2,3})*){1,3})\s*$").unwrap()
    });
    let (c, glued) = match TAIL.captures(&n) {
        Some(c) => (c, false),
        None => match GLUED.captures(&n).or_else(|| COMMA_AUTHOR.captures(&n)) {
            Some(c) => (c, true),
            // (`…模型。本报记者X 通讯员Y摄` credits a picture.)
            None if GLUED_ROLES.is_match(&n) && !n.trim_end().ends_with(['摄', '图']) => {
                let c = GLUED_ROLES.captures(&n).unwrap();
                return byline::role_credit(&back.restore(&c["c"])).filter(|v| byline::surnamed(v));
            }
            None => {
                return ROLES.captures(&n).or_else(|| LABELLED.captures(&n)).and_then(|c| {
                    // `（资料照，记者X摄）` credits a picture (but `（某报记者 X
                    // 图片由记者 Y 摄）` its writer first).
                    let b = &c["b"];
                    if b.trim_end().ends_with(['摄', '图']) && !b.contains(['文', '撰']) && b.matches("记者").count() + b.matches("通讯员").count() <= 1 {
                        return None;
                    }
                    // `（撰稿：X。取材自某某网站）`: the credit, then a note on the material.
                    let b = back.restore(c["b"].split('。').next().unwrap_or(&c["b"]));
                    // `（文/X 图/Y）`: a credit line in brackets.
                    byline::role_credit(&b).or_else(|| byline::byline_line(&b)).or_else(|| byline::token_credit(&b))
                })
            }
        },
    };
    // `（王某忠／台中報導）`: a reporter's credit, wherever the paragraph is.
    // `（X 整理）`: the compiler's mark may be read as part of the name run.
    let rep = c.name("rep").is_some() || c["n"].ends_with("整理") || c["n"].ends_with("编译");
    if marked && !glued && c.name("role").is_none() && !rep {
        return None;
    }
    // `(李某阳 编辑)` credits an editor; `(刘通摄)` a photographer; `（据某视）`
    // cites where a brief came from.
    if c["n"].ends_with('摄') || c["n"].ends_with("完") || c["n"].starts_with('据') || c.get(0).unwrap().as_str().contains("编辑") {
        return None;
    }
    // A pen name in brackets counts (`(晓明)`), but not a wire's or a
    // portal's tag (`(经济通)`, `(新浪财经)`) that opens with no family name.
    let mut names = byline::split_names(&c["n"]);
    if c.name("role").is_some() {
        names = byline::part_pairs(names);
    }
    // `（政治中心／台北報導）`: a desk filing from a place names nobody;
    // the place is no name.
    names.retain(|n| !byline::is_place(n));
    // `（某某财经 张小艳）`: the desk or outlet, then the writer.
    if names.len() >= 2 && names[0].chars().count() >= 4 && super::surnames::surname(&names[0]).is_none() && byline::surnamed(&names[1..]) {
        names.remove(0);
    }
    let tag = names.iter().any(|n| n.ends_with(['通', '讯', '訊', '台', '经']) || n.chars().count() == 4);
    // Four characters in brackets are a column's or a site's tag (`（某讯名家）`)
    // unless they open with a two-character family name (`（欧阳某某）`).
    let four = names.iter().any(|n| n.chars().count() == 4 && super::surnames::surname(n).is_none_or(|(len, _)| len != 2));
    // (`…所在。某商报记者 千某茹`, `…。记者 濮某燕`: a name set off from the
    // role by a space and closing the paragraph may open with a rarer family
    // name; `记者 了解到` closing a teaser cut short is no credit.)
    let before_name = &n[..c.name("n").unwrap().start()];
    let spaced = glued
        && names.len() == 1
        && before_name.ends_with(char::is_whitespace)
        && before_name.trim_end().ends_with("记者")
        && super::surnames::rare(&names[0])
        && names[0].chars().all(crate::text::is_han)
        && (2..=3).contains(&names[0].chars().count());
    if names.is_empty() || (tag && !byline::surnamed(&names)) || (glued && !byline::surnamed(&names) && !spaced) || (four && !glued && c.name("role").is_none()) {
        return None;
    }
    let v: Vec<String> = names.iter().map(|x| back.restore(x)).collect();
    (!v.is_empty()).then_some(v)
}

/// A paragraph opening with a reporter's bracketed tag that ends in where
/// the report was filed (`〔記者X／高雄報導〕`, `【某报记者X台北报导】`).
fn opens_with_report_tag(p: &str) -> bool {
    static TAG: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"^\s*[〔【\[(]\s*[^〔〕【】\[\]()]{2,28}?(?:报导|报道)\s*[〕】\])]").unwrap());
    TAG.is_match(&crate::text::simplified_view(p).0)
}

/// `…市府提醒民众出门前查询路况。(林小玉报导)`: a reporter's credit closing the
/// first paragraph, as broadcasters' sites print it. Only with `报导`/`报道`,
/// since a bare name in brackets there is more often a quoted person.
fn lead_reported(line: &str) -> Option<Vec<String>> {
    let (n, _) = crate::text::simplified_view(line);
    let tail: String = n.chars().rev().take(12).collect::<Vec<_>>().into_iter().rev().collect();
    if !(tail.contains("报导") || tail.contains("报道")) {
        return None;
    }
    trailing_credit(line)
}

/// `张小君` in a template's author slot (`<span class="auth">`), or `作者：X` there.
fn slot_names(text: &str) -> Option<Vec<String>> {
    if let Some(v) = byline_in(text) {
        return Some(v);
    }
    let t = crate::text::squash_ws(text);
    let tokens: Vec<&str> = t.split([' ', '、', ',', '，']).filter(|x| !x.is_empty()).collect();
    let names = byline::split_names(&t);
    (!names.is_empty() && names.len() == tokens.len()).then_some(names)
}

/// `家电质量网` in a template's source slot (`<span class="where">`), or `来源：X` there.
fn slot_outlet(text: &str) -> Option<String> {
    if let Some(s) = byline::source_label(text) {
        return Some(s);
    }
    let t = crate::text::squash_ws(text);
    let han = t.chars().filter(|&c| crate::text::is_han(c)).count();
    // `21世纪网` has digits; a date or a count does not name an outlet.
    if t.contains([':', '：']) || han < 2 || t.chars().count() > 20 || crate::dates::parse(&t).is_some() {
        return None;
    }
    byline::source_label(&format!("来源：{t}"))
}

/// `谈冬季进补的几个误区（黄小泰）`: a commentary's writer in brackets at the end
/// of its headline.
/// `某某：谁的阴谋？`: a column's headline opens with the columnist's name.
/// Headlines also open with a quoted speaker's name (`某某：坚定信心`), but a
/// report on what someone said names them in its text, and a column does
/// not name its own writer: the name counts only when the body never uses it.
fn columnist(headline: &str, paragraphs: &[String]) -> Option<Vec<String>> {
    static LEAD: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"^\s*(?P<n>\p{Han}{2,4})\s*[:]\s*\S").unwrap());
    let (v, back) = crate::text::simplified_view(headline);
    let n = LEAD.captures(&v)?.name("n")?.as_str().to_owned();
    // `时评：`, `快评：`, `专访：`, `独家：`: a column's or a format's label.
    // `韩媒：`, `警方：`, `某市委：`: who said it, not who wrote it.
    if n.ends_with(['评', '论', '察', '焦', '访', '家', '解', '读', '注', '醒', '知', '告', '布', '述', '讯', '闻', '报', '图', '频', '媒', '方', '网', '社', '台', '局', '委', '部', '院', '府']) {
        return None;
    }
    let names = byline::split_names(&n);
    let compound = n.chars().count() < 4 || super::surnames::surname(&n).is_some_and(|(len, _)| len == 2);
    let name = back.restore(&n);
    let unused = !paragraphs.iter().any(|p| p.contains(name.as_str()) || crate::text::simplified_view(p).0.contains(n.as_str()));
    // A one-paragraph brief under `X：…` quotes X; a column runs longer.
    let long = paragraphs.len() >= 2;
    (names.len() == 1 && compound && byline::surnamed(&names) && !byline::is_place(&n) && unused && long).then(|| vec![name])
}

fn headline_credit(headline: &str) -> Option<Vec<String>> {
    static CREDIT: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"^(?P<t>.{4,}?)\s*[(](?P<n>\p{Han}{2,3})[)]\s*$").unwrap());
    let (n, back) = crate::text::simplified_view(headline);
    let c = CREDIT.captures(&n)?;
    let names = byline::split_names(&c["n"]);
    // `…经验谈（江西篇）`: a series' part, named for a place, is no writer.
    (names.len() == 1 && byline::lone_name(&names[0]) && !names[0].ends_with(['篇', '卷', '集', '期', '章'])).then(|| vec![back.restore(&names[0])])
}

/// `Published Time: 2026-05-08T12:30:54.000Z`: the publish time a reader
/// tool's capture states in its header, on a line of its own.
fn capture_header_date(line: &str) -> Option<Stamp> {
    static HEADER: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"^\s*Published Time\s*:\s*(?P<d>\S.{5,40}?)\s*$").unwrap());
    crate::dates::parse(&HEADER.captures(line)?["d"])
}

/// `(2012-01-17 20:00) 晚间新闻` after the body: a line that is all date.
fn date_line(line: &str) -> Option<Stamp> {
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(ymd!(), r"日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?")).unwrap()
    });
    // `二○一二年 二月七日`, `二零一三年三月六日 某刊编辑部`: a notice signed in
    // Chinese numerals (with its office beside the date, or not).
    static HAN_DATE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?:\p{Han}{2,20}\s+)?(?P<d>[一二][〇零○一二三四五六七八九]{3}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3}\s*日)\s*(?:\p{Han}{2,20})?\s*$").unwrap()
    });
    // (`【字体：大 中 小】 2023-05-12 某州日报`: the page's font switch beside it.)
    static FONT_SWITCH: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"[【\[]?\s*(?:字体|字号|字體|字號)\s*[:：︰]?\s*大\s*中\s*小\s*[】\]]?").unwrap());
    // (`日期；2009-07-03 00：00`: full-width marks read as their ASCII forms.)
    let normal = crate::text::nfkc(line);
    let unswitched = FONT_SWITCH.replace_all(&normal, " ");
    let line: &str = &unswitched;
    if line.chars().count() > 40 {
        return None;
    }
    if let Some(c) = HAN_DATE.captures(line) {
        return crate::dates::parse(&c["d"]);
    }
    let m = DATE.find(line)?;
    let rest = format!("{}{}", &line[..m.start()], &line[m.end()..]);
    let han = rest.chars().filter(|&c| crate::text::is_han(c)).count();
    let other = rest.chars().filter(|c| c.is_alphanumeric() && !crate::text::is_han(*c)).count();
    (han <= 6 && other == 0).then(|| crate::dates::parse(m.as_str())).flatten()
}

/// `（来源：某华网，2020年02月28日）`: a portal's source label with the day
/// it ran, closing the story. Returns (outlet, day).
fn dated_source(line: &str) -> Option<(String, Stamp)> {
    static DATED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(r"[(（]\s*(?:来源|稿源|出处|來源)\s*[:：]\s*(?P<o>[^,，()（）:：]{2,20}?)\s*[,，]\s*(?P<d>", ymd!(), r"\s*日?)\s*[)）]\s*$")).unwrap()
    });
    // `来源：某国社会科学报 2013年2月26日`: the day after a space, on a line of its own.
    static SPACED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(r"^\s*[(（]?\s*(?:来源|稿源|出处|來源)\s*[:：]\s*(?P<o>[^\s,，()（）:：]{2,20}?)\s+(?P<d>", ymd!(), r"\s*日?)\s*[)）]?\s*$")).unwrap()
    });
    let c = DATED.captures(line).or_else(|| SPACED.captures(line))?;
    Some((c["o"].trim().to_owned(), crate::dates::parse(&c["d"])?))
}

/// `2022年10月27日08:26   来源：某民网－某民日报`: a page's date and time, then
/// its source label, on a short line of their own (a copy that kept the
/// page's information line inside the text); or the date and time alone
/// with a zone or a note (which [`date_line`] does not take: it refuses
/// Latin letters beside the date).
fn stamp_line(line: &str) -> Option<Stamp> {
    static STAMPED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(r"^\s*(?P<d>", ymd!(), r"\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)\s+(?:来源|稿源|來源|信息来源|作者)\s*[:：]")).unwrap()
    });
    // `2019年6月27日12:00 CST 更新`: a line that is only the day and time,
    // perhaps with its zone and whether it was posted or updated.
    static ALONE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(r"^\s*(?P<d>", ymd!(), r"\s*日?\s*\d{1,2}:\d{2}(?::\d{2})?)\s*(?:CST|GMT|UTC|北京时间)?\s*(?:更新|发布|发表)?\s*$")).unwrap()
    });
    if line.chars().count() > 80 {
        return None;
    }
    let line = crate::text::simplified_view(line).0;
    crate::dates::parse(&STAMPED.captures(&line).or_else(|| ALONE.captures(&line))?["d"])
}

/// `21世纪网 何小漪 2012-03-02 10:16:05`: a template's source, author and
/// time slots printed in a row without labels. Returns (outlet, name).
fn outlet_name_time(line: &str) -> Option<(String, String)> {
    static ROW: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?P<o>[\p{Han}A-Za-z0-9_·]{2,16}?)\s+(?P<n>\p{Han}{2,3})\s+(?:19|20)\d{2}\s*[-/.年]").unwrap()
    });
    let (v, back) = crate::text::simplified_view(line);
    if v.chars().count() > 60 {
        return None;
    }
    // `2009年01月05日12:37 腾讯娱乐 王某明 我要评论(0)`: the same slots after the time.
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(ymd!(), r"日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s+(?P<o>[\p{Han}A-Za-z0-9_·]{2,16}?)\s+(?P<n>\p{Han}{2,3})(?:\s|$)")).unwrap()
    });
    let c = ROW.captures(&v).or_else(|| AFTER.captures(&v))?;
    let name = vec![c["n"].to_owned()];
    let outlet = outlet_like(&c["o"]) || outlet_named(&c["o"]) || is_channel(&c["o"]);
    (outlet && byline::surnamed(&name) && !byline::is_place(&name[0]) && !byline::split_names(&name[0]).is_empty())
        .then(|| (back.restore(&c["o"]), back.restore(&name[0])))
}

/// A credit line run into one of the first paragraphs, as crawls and
/// flattened pages store it: the first of [`INLINE_FORMS`] that reads it.
fn inline_credit(p: &str) -> Option<Vec<String>> {
    let (v, back) = crate::text::simplified_view(p);
    INLINE_FORMS.iter().find_map(|read| read(&v, &back))
}

/// A reader of one form of a credit run into a paragraph: the paragraph's
/// simplified view and the way back to its script, to the names.
type InlineForm = fn(&str, &crate::text::ScriptMap) -> Option<Vec<String>>;

/// The forms of a credit run into a paragraph, in the order tried (each
/// reads the paragraph's simplified view and gives names back in its script).
const INLINE_FORMS: &[InlineForm] = &[
    bulleted_within,
    spaced_label_within,
    writer_mark_within,
    stamped_within,
    role_run_within,
    slash_reported_within,
    named_stamp_within,
    bracketed_within,
];


/// `… 2018年02月27日 15:57 某浪综合 [编译/某察者网 徐某] 近日，…`: a credit in
/// brackets, a writer's role inside, set off by spaces near the start of a
/// page flattened to one line.
fn bracketed_within(v: &str, back: &crate::text::ScriptMap) -> Option<Vec<String>> {
    static BRACKETED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"\s[\[【〔(](?P<b>(?:编译|文|记者|作者|撰文|撰稿)\s*[/:|]\s*[^\[\]【】〔〕()]{2,24})[\]】〕)]\s").unwrap()
    });
    // `原标题：…[某球时报驻某国特约记者董某某球时报特约记者胡某]某新社2日报道称…`:
    // reporters' roles inside brackets glued to the text.
    static REPORTERS: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"[\[【〔(](?P<b>[^\[\]【】〔〕()]{0,30}?记者[^\[\]【】〔〕()]{2,40})[\]】〕)]").unwrap());
    let head: String = v.chars().take(240).collect();
    if let Some(c) = BRACKETED.captures(&head) {
        let b = back.restore(&c["b"]);
        return byline::byline_line(&b).or_else(|| byline::token_credit(&b)).filter(|n| byline::surnamed(n));
    }
    let b = back.restore(&REPORTERS.captures(&head)?["b"]);
    byline::role_credit(&b).filter(|n| byline::surnamed(n) && n.iter().all(|x| byline::lone_name(&crate::text::simplified_view(x).0)))
}

/// `…改头换面。 ■本报记者 贡某丽 不久前，…`: a bulleted credit inside the text.
fn bulleted_within(v: &str, back: &crate::text::ScriptMap) -> Option<Vec<String>> {
    static BULLETED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"[□■◎●▲◆◇★☆]\s*(?P<c>(?:本报|\p{Han}{2,8}?(?:报|网|社|台))?(?:首席|特约|见习|实习)?(?:记者|通讯员)\s*\p{Han}{2,3}(?:[\s、]+(?:(?:记者|通讯员|实习生)\s+)?\p{Han}{2,3}){0,3}?)(?:\s|$)").unwrap()
    });
    // (A family name outside the list passes where a second role, set off by
    // spaces, confirms the run as a credit: `■记者 虢某 实习生 段某丹`.)
    static TWO_ROLES: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"[□■◎●◆◇★☆]\s*(?P<c>(?:本报)?(?:首席|特约|见习|实习)?(?:记者|通讯员)\s+\p{Han}{2,3}(?:\s+\p{Han}{2,3}){0,2}\s+(?:记者|通讯员|实习生)\s+\p{Han}{2,3}(?:\s+\p{Han}{2,3}){0,2})\s*$").unwrap()
    });
    let two_roles = || {
        let names = byline::byline_line(&back.restore(&TWO_ROLES.captures(v)?["c"]))?;
        names.iter().all(|n| byline::is_name(n) && !byline::is_place(n)).then_some(names)
    };
    if let Some(v) = BULLETED.captures(v).and_then(|c| byline::byline_line(&back.restore(&c["c"]))).filter(|n| byline::surnamed(n)).or_else(two_roles) {
        return Some(v);
    }
    // `…路在脚下 ■邵 某 谷某敏 武某晋 /others/…`: an e-paper's bullet before
    // bare names (two-character ones padded), up to the first word that is
    // no name. Only (`■`, `□`), not a caption's triangle.
    static NAMES: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"[□■]\s*(?P<r>\p{Han}[^□■]{1,40})").unwrap());
    // (Three names at least, or one padded: `■王某井 商圈 客流回升` is a
    // bulleted item's words, not a byline.)
    let c = NAMES.captures(v)?;
    let joined = byline::join_padded(&c["r"]);
    let words: Vec<&str> = joined.split_whitespace().take_while(|w| byline::lone_name(w)).collect();
    let rest = joined.split_whitespace().nth(words.len());
    let padded = c["r"].split_whitespace().take_while(|w| w.chars().count() <= 3).any(|w| w.chars().count() == 1);
    (rest.is_some() && (words.len() >= 3 || (padded && !words.is_empty()))).then(|| words.iter().map(|n| back.restore(n)).collect())
}

/// `…打印 撰文 | 周某 邹某霞 十八届五中全会上的人事变动，…`: a labelled credit
/// in a page flattened to one line, the story's first sentence after it
/// (a long run with a comma or a full stop, not the page's next control),
/// or the next credit's label (`整理 | 章某铭 责编 | 屠某 出品 | …`).
fn spaced_label_within(v: &str, back: &crate::text::ScriptMap) -> Option<Vec<String>> {
    static SPACED_LABEL: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(&format!(r"(?:^|\s)(?:{})\s*[|丨/:]\s*(?P<n>\p{{Han}}{{2,3}}(?: \p{{Han}}{{2,3}}){{0,3}})\s+(?P<rest>\S+)", byline::writer_labels_alternation())).unwrap()
    });
    const LABELS: &[&str] = &["责编", "编辑", "责任编辑", "出品", "审核", "校对", "摄影", "策划", "监制"];
    SPACED_LABEL.captures_iter(v).find_map(|c| {
        let words: Vec<&str> = c["n"].split(' ').collect();
        let (names, story) = match words.iter().position(|w| LABELS.contains(w)) {
            Some(k) => (byline::split_names(&words[..k].join(" ")), k > 0),
            None => {
                let rest = &c["rest"];
                let next_label = LABELS.contains(&rest.trim_end_matches([':', '|', '丨']));
                (byline::split_names(&c["n"]), next_label || (rest.chars().count() >= 8 && rest.contains([',', '。'])))
            }
        };
        (story && byline::surnamed(&names) && names.iter().all(|n| byline::lone_name(n))).then(|| names.iter().map(|n| back.restore(n)).collect())
    })
}

/// `…做好长期准备。文︱某望智库特约研究员方某志本文为某望智库特约文章…`: the
/// writer's mark, what they are and their name, glued to the site's notice;
/// `…微信订阅号：sinachuangshiji 文/梁某园 他们以为…`: the mark and the name
/// set off by spaces.
fn writer_mark_within(v: &str, back: &crate::text::ScriptMap) -> Option<Vec<String>> {
    static MARKED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"[。！？!?”]\s*文\s*[|丨—/]\s*(?:\p{Han}{2,10}?(?:特约研究员|研究员|特约评论员|评论员|特约撰稿人|撰稿人|记者|教授|学者))?\s*(?P<n>\p{Han}{2,3}?)\s*(?:本文|\s)").unwrap()
    });
    static SPACED_MARK: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"(?:^|\s)文\s*/\s*(?P<n>\p{Han}{2,3})\s+\S").unwrap());
    // `文 / 宁某，作者微信公众号：…这段时间，…`: opening the paragraph, the
    // name closed by a comma and a note on the writer.
    // `文 丨 某浪科技 周某猛　　“今年…`: the outlet's name before the writer's,
    // wide spaces after it.
    static OPENING_MARK: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r#"^\s*文\s*[/|丨︱]\s*(?:\p{Han}{2,8}?(?:网|报|社|台|科技|财经|新闻|体育|娱乐)\s+)?(?P<n>\p{Han}{2,3})(?:\s*,|\s{2,}|\s+(?:[“"]|\p{Han}+[,，。]))"#).unwrap()
    });
    let c = MARKED.captures(v).or_else(|| SPACED_MARK.captures(v)).or_else(|| OPENING_MARK.captures(v))?;
    let n = c["n"].to_owned();
    (byline::surnamed(std::slice::from_ref(&n)) && byline::lone_name(&n)).then(|| vec![back.restore(&n)])
}

/// `…通用汽车当回事儿 孙某杰 2017-04-06 08:00 阅读：7644 摘要：…`: near the
/// start of a page flattened to one line, the writer's name set off by a
/// space before the post's date and time (the line [`name_line`] reads when
/// the page keeps its lines).
fn named_stamp_within(v: &str, back: &crate::text::ScriptMap) -> Option<Vec<String>> {
    static NAMED_STAMP: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"\s(?P<n>\p{Han}{2,3})\s+(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s|$)").unwrap()
    });
    let head: String = v.chars().take(160).collect();
    let n = NAMED_STAMP.captures(&head)?["n"].to_owned();
    let names = byline::split_names(&n);
    (names.len() == 1 && byline::surnamed(&names) && byline::lone_name(&n) && !byline::is_place(&n)).then(|| vec![back.restore(&n)])
}

/// `…展映2026-03-29记者 宋某杭州影迷有眼福了。`: the credit right after the
/// page's date stamp, the name glued to the story.
fn stamped_within(v: &str, back: &crate::text::ScriptMap) -> Option<Vec<String>> {
    static STAMPED: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*(?P<r>(?:首席|特约|见习|实习)?记者)").unwrap());
    STAMPED.captures(v).and_then(|c| byline::credit_at(&back.restore(&v[c.name("r").unwrap().start()..])))
}

/// A reporter's role and names run into the text: `…过瘾。　　文/记者X、Y　　很客观…`
/// after a sentence and wide spaces (or a commentator's credit, `？　　某某谈评论员X　　…`);
/// `…做大做强企业。记者 王某城 从飞机模型做起 …`, glued to the sentence before,
/// the name set off by spaces; `…2026-03-29 记者 董某平 通讯员 郑某炯 3月27日，…`,
/// roles and names set off by spaces on both sides. Not a picture's credit
/// (`…取药。记者 邓某 摄`).
fn role_run_within(v: &str, back: &crate::text::ScriptMap) -> Option<Vec<String>> {
    static INLINE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"[。！？”!?]\s+(?P<c>(?:文\s*/\s*)?(?:本报)?(?:首席|特约|见习)?记者\s*\p{Han}{2,4}(?:[、,]\s*\p{Han}{2,4}){0,4}|\p{Han}{0,8}?(?:本报|本刊|特约)?评论员\s*\p{Han}{2,3})\s+\S").unwrap()
    });
    static SPACED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"[。！？!?”](?P<c>(?:本报)?(?:首席|特约|见习)?记者\s+\p{Han}{2,3}(?:[、,]\s*\p{Han}{2,3}){0,3})\s+\S").unwrap()
    });
    static SPACED_ROLES: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:^|\s|\d)(?P<c>(?:本报)?(?:首席|特约|见习|实习)?(?:记者|通讯员)\s+\p{Han}{2,3}(?:\s+(?:(?:本报)?(?:记者|通讯员|实习生|培训生)\s+)?\p{Han}{2,3}){0,5})(?:\s+\S|\d)").unwrap()
    });
    let c = INLINE.captures(v).or_else(|| SPACED.captures(v)).or_else(|| SPACED_ROLES.captures(v))?;
    if v[c.name("c").unwrap().end()..].trim_start().starts_with(['摄', '图']) {
        return None;
    }
    let names = byline::byline_line(&back.restore(&c["c"]))?;
    byline::surnamed(&names).then_some(names)
}

/// `聯合新聞網 記者游某煌╱基隆報導 2017年11月11日 上午12:36 160 則留言 「…`: a
/// Taiwan paper's reporter and where they filed from, set off by spaces in
/// a page flattened to one line.
fn slash_reported_within(v: &str, back: &crate::text::ScriptMap) -> Option<Vec<String>> {
    static SLASHED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:^|\s)(?:特派记者|特约记者|记者)\s*(?P<n>\p{Han}{2,4}(?:\s*[、,]\s*\p{Han}{2,4}){0,3})\s*[/╱]\s*\p{Han}{1,6}?(?:报导|报道)(?:\s|$)").unwrap()
    });
    let c = SLASHED.captures(v)?;
    let names = byline::split_names(&c["n"]);
    (byline::surnamed(&names) && names.iter().all(|n| byline::lone_name(n))).then(|| names.iter().map(|n| back.restore(n)).collect())
}

/// `李某梁 · 6小时前`: the writer's name, then how long ago the post went up.
fn name_then_ago(line: &str) -> Option<Vec<String>> {
    static AGO: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?P<n>\p{Han}{2,3})\s*[·•|｜丨]\s*(?:\d{1,2}\s*(?:秒|分钟|小时|天)前|刚刚|昨天|前天)").unwrap()
    });
    surnamed_capture(line, &AGO).filter(|v| v.iter().all(|n| byline::lone_name(&crate::text::simplified_view(n).0)))
}

/// `原创文章，作者：李某梁。转载或内容合作请点击…`, `本文作者：X，转载请注明出处`: a
/// site's notice that names the writer inside a sentence.
fn author_notice(line: &str) -> Option<Vec<String>> {
    let unlinked = crate::text::unlink_markdown(line);
    // (Every pattern below reads the same simplified view of the line.)
    let (v, back) = crate::text::simplified_view(&unlinked);
    let surnamed = |re: &Regex| {
        let names = byline::split_names(&re.captures(&v)?["n"]);
        byline::surnamed(&names).then(|| names.iter().map(|n| back.restore(n)).collect::<Vec<_>>())
    };
    static NOTICE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:^|[,，。])\s*(?:原创文章|原创稿件|本文)?\s*[,，]?\s*作者\s*[:：]\s*(?P<n>\p{Han}{2,3})\s*[。,，;；]\s*(?:转载|未经|如需|版权|本文)").unwrap()
    });
    // `本文作者郭某富，某欧专栏作者；微信：…；转载请注明作者姓名`.
    static COLUMNIST: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*本文作者\s*(?P<n>\p{Han}{2,3}?)\s*[,，]\s*\p{Han}{0,12}(?:作者|专栏作家|记者|编辑|研究员|分析师|创始人|合伙人)").unwrap()
    });
    // `…（ID:某某），作者：侠某小猫，某氪经授权发布。`: a repost's notice naming
    // the writer before the outlet's licence; a pen name counts here.
    static LICENSED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"作者\s*:\s*(?P<n>[\p{Han}A-Za-z]{2,12}(?:\s+[\p{Han}A-Za-z]{2,12}){0,2})\s*,\s*(?:(?:责编|编辑|责任编辑)\s*:\s*[^,\s]{1,20}\s*,\s*)?[\p{Han}A-Za-z0-9]{0,10}?经?授权(?:发布|转载|刊登|刊发)").unwrap()
    });
    let licensed = || {
        let names = byline::split_names(&LICENSED.captures(&v)?["n"]);
        (!names.is_empty() && names.iter().all(|n| byline::is_name(n))).then(|| names.iter().map(|n| back.restore(n)).collect())
    };
    // `本文来自微信公众号：某济观察报 （ID：x），作者：欧阳某红，头图来自：…`: a
    // portal's repost notice names the account, then its writer (a pen name or
    // a foreign name counts), then the picture, editor or title credits.
    static ACCOUNT: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"本文来自(?:微信)?公众号\s*(?::\s*|[“「])[^,，。]{1,30}?\s*(?:[(][^()]{0,40}[)])?\s*,\s*作者\s*:\s*(?P<n>[^,，。;；:()]{2,16}?)\s*(?:[,，。;；]|$)").unwrap()
    });
    // `下文作者摩某中产，来源微信号摩某中产（ID：…）。某媒体已获取授权`: a
    // repost's note naming the writer (a pen name counts), then the account.
    static WRITER_THEN_ACCOUNT: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:下文|本文)作者\s*[:：]?\s*(?P<n>[\p{Han}A-Za-z]{2,10}?)\s*[,，]\s*(?:来源|来自|转载自)(?:于)?\s*(?:微信)?(?:公众号|微信号)").unwrap()
    });
    let writer_then_account = || {
        let n = WRITER_THEN_ACCOUNT.captures(&v)?["n"].to_owned();
        (byline::is_name(&n) || n.chars().count() >= 4).then(|| vec![back.restore(&n)])
    };
    // `原文来自某書公众号，作者X。`: the writer named right after the account.
    static ACCOUNT_WRITER: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?:原文|本文|文章)来自\s*[「“]?[\p{Han}A-Za-z0-9]{2,12}?[」”]?\s*(?:微信)?公众号\s*[,，]\s*作者\s*[:：]?\s*(?P<n>\p{Han}{2,4}?)\s*[。,，]").unwrap()
    });
    let account = || {
        let names = byline::split_names(&ACCOUNT.captures(&v).or_else(|| ACCOUNT_WRITER.captures(&v))?["n"]);
        (!names.is_empty() && names.iter().all(|n| byline::is_name(n))).then(|| names.iter().map(|n| back.restore(n)).collect())
    };
    surnamed(&NOTICE).or_else(|| surnamed(&COLUMNIST)).or_else(licensed).or_else(account).or_else(writer_then_account)
}

/// `张某峰 供稿`: a person's name (not an office's) and `供稿` on a line of
/// their own, signing a notice.
fn supplied_by(line: &str) -> Option<Vec<String>> {
    static SUPPLIED: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"^\s*(?P<n>\p{Han}{2,3}(?:[\s、]+\p{Han}{2,3}){0,2})\s*供稿\s*$").unwrap());
    let (v, back) = crate::text::simplified_view(line);
    let c = SUPPLIED.captures(&v)?;
    let names = byline::split_names(&c["n"]);
    let people = byline::surnamed(&names) && names.iter().all(|n| !byline::is_office(n) && !byline::is_place(n));
    people.then(|| names.iter().map(|n| back.restore(n)).collect())
}

/// `腾讯娱乐`, `新浪科技`: a portal's channel, named as the outlet.
fn is_channel(o: &str) -> bool {
    let n = o.chars().count();
    (4..=8).contains(&n) && byline::CHANNELS.iter().any(|c| o.ends_with(c))
}

/// A credit with an explicit separator glued to the end of any paragraph:
/// `…。报导╱X、Y`, `…。文/X`.
fn slashed_credit(line: &str) -> Option<Vec<String>> {
    static SLASHED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"[。！？!?”]\s*(?:文|报导|报道|撰文)\s*[/╱]\s*(?P<n>\p{Han}{2,3}(?:[\s、]+\p{Han}{2,3}){0,2})\s*$").unwrap()
    });
    // `…与众不同。某圈 sharon/文`, `…。韩某明/文`: the mark after the name (a
    // studio's name may stand before it); a Latin pen name counts here.
    static MARKED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"[。！？!?”]\s*(?:\p{Han}{2,6}\s+)?(?P<n>\p{Han}{2,3}|[A-Za-z][A-Za-z0-9_.]{1,20})\s*/\s*(?:文|撰文)\s*$").unwrap()
    });
    let (n, back) = crate::text::simplified_view(line);
    if let Some(c) = MARKED_AFTER.captures(&n) {
        let name = &c["n"];
        let latin = name.is_ascii();
        let names = byline::split_names(name);
        if latin || byline::surnamed(&names) {
            return Some(vec![back.restore(name)]);
        }
    }
    let c = SLASHED.captures(&n)?;
    let names = byline::split_names(&c["n"]);
    byline::surnamed(&names).then(|| names.iter().map(|x| back.restore(x)).collect())
}

/// `方小龄` / `2012年1月16日 00:03`: a line that is only a name, next to the
/// date line in the head of the article (a template's reporter slot).
fn name_line(head: &[&str]) -> Option<Vec<String>> {
    // `魏小挥 2015-06-26 07:53:18 0人参与评论`, `谢某含2017-03-01 14:27:02`: the
    // name opening the date's line.
    static NAME_DATE: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"^\s*(?P<n>\p{Han}{2,3})\s*(?:19|20)\d{2}\s*[-/.年]\s*\d").unwrap());
    let opening = head.iter().filter(|l| l.chars().count() <= 60).find_map(|l| {
        let (v, back) = crate::text::simplified_view(l);
        let n = NAME_DATE.captures(&v)?.name("n")?.as_str().to_owned();
        let names = byline::split_names(&n);
        (names.len() == 1 && byline::surnamed(&names) && !byline::is_place(&n)).then(|| vec![back.restore(&n)])
    });
    if opening.is_some() {
        return opening;
    }
    head.iter().enumerate().find_map(|(i, l)| {
        if !beside_date(head, i) {
            return None;
        }
        // `邓某夏 第一财经YiMagazine` beside the date: the writer, then the outlet.
        let (v, back) = crate::text::simplified_view(l);
        let t = match v.trim().split_once(' ') {
            Some((n, outlet)) if outlet_like(outlet.trim()) || outlet_named(outlet.trim()) => n,
            _ => v.trim(),
        };
        if !(2..=3).contains(&t.chars().count()) || byline::is_place(t) {
            return None;
        }
        let names = byline::split_names(t);
        (names.len() == 1 && byline::surnamed(&names)).then(|| vec![back.restore(&names[0])])
    })
}

/// `…却也最有效。 ——来自某某的报告 特约记者/《某刊》杂志 X`: a credit line
/// the copy ran onto the end of the last paragraph, set off by a space. The
/// shortest tail after a space that reads as a credit with a role wins.
fn spaced_tail_credit(line: &str) -> Option<Vec<String>> {
    let line = line.trim_end();
    // Only after prose: a link line (`相关新闻：某某 记者 X`) credits another story.
    let starts = line.char_indices().filter(|&(_, c)| c == ' ' || c == '\u{3000}').map(|(i, c)| i + c.len_utf8());
    let prose = |i: usize| line[..i].contains(['。', '！', '？']);
    // `…取代。 本版摄影 记者 X`: the role's word before the credit took the pictures.
    let photo = |i: usize| {
        let (before, _) = crate::text::simplified_view(line[..i].trim_end());
        ["摄影", "摄像", "图片", "视频"].iter().any(|p| before.ends_with(p))
    };
    let tails: Vec<(usize, &str)> = starts.filter(|&i| prose(i)).map(|i| (i, &line[i..])).filter(|(_, t)| t.chars().count() <= 40).collect();
    // Longest first: `文/记者X 通讯员Y、Z` before its part `通讯员Y、Z`.
    tails.into_iter().find_map(|(i, t)| {
        if photo(i) {
            return None;
        }
        let (v, _) = crate::text::simplified_view(t);
        let role = ["记者", "通讯员", "作者", "撰稿", "撰文", "文/", "文:", "供稿:", "整理:"].iter().any(|r| v.contains(r));
        if !role || v.contains(['。', '，', '？', '！']) {
            return None;
        }
        byline::byline_line(t).or_else(|| byline::token_credit(t)).filter(|n| byline::surnamed(n))
    })
}

/// `…的道路。 文/记者X` closing one part of a story in parts.
fn part_writer(p: &str) -> Option<Vec<String>> {
    static PART_WRITER: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"[。！？!?”」]\s*文\s*/\s*(?:本报)?(?:记者)?\s*(?P<n>\p{Han}{2,3}(?:[、\s]+\p{Han}{2,3}){0,2})\s*$").unwrap()
    });
    surnamed_capture(p, &PART_WRITER)
}

/// `…正当合法权益。据某视新闻`, `据某华社` on the last line: the outlet a
/// paper reprinted the story from, closing it.
fn reprinted_from(line: &str) -> Option<String> {
    static BY: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:^|[。！？!?”」])\s*[(]?\s*据\s*(?P<o>[\p{Han}·]{2,10}?)(?:报道|消息|电)?\s*[)]?\s*$").unwrap()
    });
    const NOT: &[&str] = &["了解", "悉", "统计", "介绍", "称", "说", "透露", "分析", "测算", "估计", "初步统计", "不完全统计", "报道", "消息", "悉称"];
    let (v, back) = crate::text::simplified_view(line);
    // `据某目新闻等`: the first of the outlets named.
    let o = BY.captures(&v)?.name("o")?.as_str();
    let o = o.strip_suffix('等').filter(|x| x.chars().count() >= 2).unwrap_or(o).to_owned();
    // A person's name (`据王某`) is no outlet unless it ends like one.
    let ok = !NOT.contains(&o.as_str()) && (outlet_like(&o) || !byline::lone_name(&o));
    ok.then(|| back.restore(&o))
}

/// `-- 某华网` on a line of its own under a teaser: the outlet it is from.
fn dashed_outlet(line: &str) -> Option<String> {
    static DASHED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?:--?|——?|－－?)\s*(?P<o>\p{Han}{2,10}?(?:日报|晚报|时报|报|网|社|电视台|新闻|财经))\s*$").unwrap()
    });
    let (v, back) = crate::text::simplified_view(line);
    DASHED.captures(&v).map(|c| back.restore(&c["o"]))
}

/// `◆来源：某制与新闻◆本文版权归原作者所有…18日上午，…`: a source label
/// opening the story's first paragraph, closed off by a bullet or a space
/// (a WeChat account's repost notice run into the text).
fn lead_source_label(first: &str) -> Option<String> {
    static LEAD: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*[◆■●▲★□◎]?\s*(?:来源|稿源|文章来源|本文来源)\s*:\s*(?P<o>[^\s◆■●▲★□◎:,。]{2,20}?)\s*[◆■●▲★□◎\s]").unwrap()
    });
    // `来源：某人日报日前，…`: the paper's name glued to the story's first words.
    static GLUED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?:来源|稿源|文章来源|本文来源)\s*:\s*(?P<o>\p{Han}{2,8}?(?:日报|晚报|早报|时报|商报|周报))\p{Han}{2}").unwrap()
    });
    let (v, back) = crate::text::simplified_view(first);
    if let Some(c) = LEAD.captures(&v) {
        return byline::source_label(&format!("来源：{}", back.restore(&c["o"])));
    }
    GLUED.captures(&v).map(|c| back.restore(&c["o"]))
}

/// The dateline of a `原标题：…` line that runs on into the story: the
/// first word after a space that opens a dateline with its outlet.
fn retitled_dateline(line: &str) -> Option<byline::Dateline> {
    line.char_indices()
        .filter(|&(_, c)| c == ' ' || c == '\u{3000}')
        .take(12)
        .find_map(|(i, c)| byline::dateline(&line[i + c.len_utf8()..]).filter(|d| d.outlet.is_some() && d.month_day.is_some()))
}

/// `【新唐人2012年1月11日讯】…`: a full date in the tag that opens the story.
fn lead_date(first: &str) -> Option<Stamp> {
    // (Read in the simplified view: `某華社2024年9月26日報道`.)
    let (view, _) = crate::text::simplified_view(first);
    let first = view.as_str();
    static TAG: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(r"^\s*[【\[〔]\s*\p{Han}{0,8}?(?P<d>", ymd_han!(), r")\s*(?:讯|电)?\s*[】\]〕]")).unwrap()
    });
    // `某某新闻网2021年9月3日讯 （记者 X）`: a dateline with its year (its
    // outlet may follow instead: `2018年2月4日 讯 /某物谷/ --`).
    static PLAIN: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(r"^\s*(?:\p{Han}{2,12}?)?(?P<d>", ymd_han!(), r")\s*\p{Han}{0,4}?(?:讯|电|专电|报道|报导|消息)")).unwrap()
    });
    // `某浪体育讯　　北京时间2016年3月12日晚7点35分，…`: a portal's mark, then
    // the day in Beijing time with its year.
    static BEIJING: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(r"^\s*\p{Han}{2,12}?讯\s*北京时间\s*(?P<d>", ymd_han!(), r")")).unwrap()
    });
    // `2016年06月17日06:15 某网-某汉晚报 本报讯（记者…）`: a portal's time stamp
    // opening the text it copied, the outlet after it.
    static STAMPED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(r"^\s*(?P<d>", ymd_han!(), r")\s*\d{1,2}:\d{2}(?::\d{2})?\s+\S")).unwrap()
    });
    // `文摘 ： 某洲日报 SIN CHEW DAILY 2 0 2 1年9月23日｜星期四 …`: a paper's
    // edition line opening the copy, the day with its weekday set off by a
    // bar or a space (not a notice's `定于2021年9月23日（星期四）召开`); the
    // year's digits may be spaced out by the typesetting.
    static EDITION: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^(?P<pre>[^。，]{0,60}?)(?P<d>[12]\s?[09]\s?\d\s?\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[|｜/]?\s*(?:星期|周|週)[一二三四五六日天]").unwrap()
    });
    let edition = || {
        let c = EDITION.captures(first)?;
        let pre = c["pre"].trim_end();
        if pre.ends_with(['于', '定', '在', '至', '到', '从', '自', '(', '（']) {
            return None;
        }
        crate::dates::parse(&c["d"].replace(' ', ""))
    };
    // `临沂（山东），2012年6月4日　…`: an agency photo story's dateline, the
    // place (with its province, or a place known) and the day with its year.
    static PHOTO: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(r"^\s*(?:\p{Han}{2,6}照片\s*,\s*)?(?P<pl>\p{Han}{2,8}?)\s*(?P<pr>[(]\s*\p{Han}{2,6}\s*[)])?\s*,\s*(?P<d>", ymd_han!(), r")")).unwrap()
    });
    let photo = || {
        let c = PHOTO.captures(first)?;
        (c.name("pr").is_some() || byline::is_place(&c["pl"])).then(|| crate::dates::parse(&c["d"])).flatten()
    };
    let Some(c) = TAG.captures(first).or_else(|| PLAIN.captures(first)).or_else(|| BEIJING.captures(first)).or_else(|| STAMPED.captures(first)) else {
        return photo().or_else(edition);
    };
    crate::dates::parse(&c["d"])
}

/// `【某方卫视】某某学子造无人机无人船（2018年1月3日）`: a headline closing with the
/// story's day in brackets (a school's or an office's repost of a report).
fn titled_date(headline: &str) -> Option<Stamp> {
    static DATED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(r"[(（]\s*(?P<d>", ymd_han!(), r"|(?:19|20)\d{2}-\d{1,2}-\d{1,2})\s*[)）]\s*$")).unwrap()
    });
    // `【今日某度】2018年8月8日星期三`: a digest's issue day and weekday
    // closing its headline; `标题(12:10) - 20201008 - 港闻 - 某报新闻网`: the
    // day as eight digits between a site title's dashes.
    static ISSUE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(r"(?P<d>", ymd_han!(), r")\s*(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]\s*$")).unwrap()
    });
    static COMPACT: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"\s?[-|｜_]\s(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])\s[-|｜_]\s").unwrap()
    });
    let parts = || headline.split(' ');
    parts()
        .find_map(|h| DATED.captures(h.trim()))
        .and_then(|c| crate::dates::parse(&c["d"]))
        .or_else(|| parts().find_map(|h| ISSUE.captures(h.trim())).and_then(|c| crate::dates::parse(&c["d"])))
        .or_else(|| COMPACT.captures(headline).and_then(|c| crate::dates::parse(&format!("{}-{}-{}", &c["y"], &c["m"], &c["d"]))))
}

/// The page's date stamp inside a first paragraph that holds the whole page
/// run together, as crawls store it: `…您从未远离 2026-04-04 寄思人：…`
/// (an ISO date near the start, after the headline, spaced or not), or
/// `…关闭 2015-11-02 08:28:08 来源： 综合 作者：…` (a day and a time right
/// before the source or author label, anywhere), or the paper's print
/// citation opening it (`《 某民日报 》（ 2016年01月31日 04 版） 本报北京…`).
/// A day in the story's own sentences (`2016年6月17日，一辆货车…`) is none.
fn flat_stamp(first: &str) -> Option<Stamp> {
    static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(r"(?P<d>", ymd!(), r"\s*日?\s*\d{1,2}:\d{2}(?::\d{2})?)\s*(?:来源|來源|稿源|作者)\s*[:：]")).unwrap()
    });
    static EARLY: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:^|[^\d\-/.])(?P<d>(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)(?:[^\d\-/.]|$)").unwrap()
    });
    if let Some(c) = LABELLED.captures(first) {
        return crate::dates::parse(&c["d"]);
    }
    let head: String = first.chars().take(120).collect();
    // (`…世界垂淚2019/02/11 10:28時報資訊【…】`: with slashes, a time must follow.)
    static SLASHED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:^|[^\d/])(?P<d>(?:19|20)\d{2}/\d{1,2}/\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?)(?:\D|$)").unwrap()
    });
    // (`2019年04月19日 某华社照片，…`: the page's day opening the paragraph,
    // set off by a space, not a sentence's `2019年4月19日，…`.)
    static OPENING: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(r"^\s*(?P<d>", ymd_han!(), r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)\s+\S")).unwrap()
    });
    if let Some(c) = EARLY.captures(&head).or_else(|| SLASHED.captures(&head)).or_else(|| OPENING.captures(&head)) {
        return crate::dates::parse(&c["d"]);
    }
    cited_within(&head).map(|(_, d)| d)
}

/// `…联系邮箱：x@y.gov.cn 某家能源局综合司 2021年12月6日`: a notice flattened
/// into one paragraph, closing with the issuing office and the day it signed.
fn signed_within(p: &str) -> Option<Stamp> {
    static SIGNED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(r"\s(?P<o>\p{Han}{2,24})\s+(?P<d>", ymd_han!(), r")\s*$")).unwrap()
    });
    let c = SIGNED.captures(p)?;
    byline::is_office(&crate::text::simplified_view(&c["o"]).0).then(|| crate::dates::parse(&c["d"])).flatten()
}

/// `…（红某）《某国科学报》 (2016-02-01 第3版 国际)`, `…《 某民日报 》（ 2022年07月05日
/// 01 版）`: the paper's print citation inside a paragraph, the day it ran.
fn cited_within(line: &str) -> Option<(String, Stamp)> {
    static CITED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(r"《\s*(?P<o>\p{Han}{2,12})\s*》\s*[(（]\s*(?P<d>", ymd!(), r"\s*日?)\s*第?\s*[A-Za-z]?\d{1,3}\s*版(?:\s*\p{Han}{0,6})?\s*[)）]")).unwrap()
    });
    // `来源：某国青年报（ 2018年11月05日06 版）`: the paper unquoted after its label.
    static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(r"来源\s*[:：]\s*(?P<o>\p{Han}{2,12}?(?:报|刊))\s*[(（]\s*(?P<d>", ymd!(), r"\s*日?)\s*第?\s*[A-Za-z]?\d{1,3}\s*版\s*[)）]")).unwrap()
    });
    CITED.captures(line).or_else(|| LABELLED.captures(line)).and_then(|c| Some((c["o"].to_owned(), crate::dates::parse(&c["d"])?)))
}

/// `… > 本报记者  常  某《某民日报》（2025年01月04日第 01 版） …`: a flattened
/// page's byline before the paper's print citation, inside the paragraph.
/// The longest run of words before the citation that reads as a byline.
fn cited_byline_within(p: &str) -> Option<Vec<String>> {
    static CITED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(r"《\s*\p{Han}{2,12}\s*》\s*[(（]\s*", ymd!(), r"\s*日?\s*第?\s*[A-Za-z]?\d{1,3}\s*版\s*[)）]")).unwrap()
    });
    let opening: String = p.chars().take(500).collect();
    let m = CITED.find(&opening)?;
    let before = &opening[..m.start()];
    let from = before.rfind(['>', '。', '！', '？', '”', '#']).map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let segment = &before[from..];
    let citation = m.as_str();
    // Each start after a run of spaces, longest first.
    let starts = std::iter::once(0).chain(segment.match_indices(char::is_whitespace).map(|(i, w)| i + w.len()));
    for at in starts {
        let run = segment[at..].trim();
        if run.chars().count() < 2 || run.chars().count() > 30 {
            continue;
        }
        if let Some(v) = byline::byline_line(&format!("{run}{citation}")) {
            return Some(v);
        }
    }
    None
}

/// `《 人民日报 》（ 2020年08月24日 02 版）`: the paper and the day that
/// printed the story, closing it as the paper's site reposts it.
fn print_citation(line: &str) -> Option<(String, Stamp)> {
    static CITED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(r"^\s*《\s*(?P<o>[^《》]{2,12}?)\s*》\s*[(（]\s*(?P<d>", ymd_han!(), r")\s*(?:第?\s*[A-Za-z]?\d{1,3}\s*版)?\s*[)）]\s*$")).unwrap()
    });
    // `来源（某峡导报第4版2008-1-4）`: the paper, its page and its day.
    static SOURCE_PAGE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(r"^\s*来源\s*[(（]\s*(?P<o>\p{Han}{2,10}?(?:报|刊))\s*第\s*[A-Za-z]?\d{1,3}\s*版\s*(?P<d>", ymd!(), r"\s*日?)\s*[)）]\s*$")).unwrap()
    });
    // `本文原载于《某江晚报》2022年9月18日。`: where and when the story first ran.
    static FIRST_RAN: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(r"^\s*(?:本文)?(?:原载于|原载|刊发于|首发于|刊载于)\s*《\s*(?P<o>[^《》]{2,12}?)\s*》\s*(?P<d>", ymd_han!(), r")")).unwrap()
    });
    // `某州日报 2023年5月12日 第3版`, `《某州日报》2023年5月12日第A03版`: the
    // paper's edition line with its page, closing the story.
    static EDITION: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(r"^\s*《?\s*(?P<o>\p{Han}{2,12}?(?:日报|晚报|早报|都市报|商报|时报|报|刊))\s*》?\s*[,，]?\s*(?P<d>", ymd!(), r"\s*日?)\s*[,，]?\s*第\s*[A-Za-z]?\d{1,3}\s*版(?:\s*[:：]?\s*\p{Han}{0,8})?\s*$")).unwrap()
    });
    let (v, back) = crate::text::simplified_view(line);
    let c = CITED
        .captures(&v)
        .or_else(|| SOURCE_PAGE.captures(&v))
        .or_else(|| FIRST_RAN.captures(&v))
        .or_else(|| EDITION.captures(&v))?;
    Some((back.restore(&c["o"]), crate::dates::parse(&c["d"])?))
}

/// `某视财经（记者 黄某丽）` on a line of its own: the outlet, then its
/// reporter's credit in brackets. Returns (outlet, names).
fn outlet_bracket_credit(line: &str) -> Option<(String, Vec<String>)> {
    static BRACKET: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?P<o>\p{Han}[\p{Han}A-Za-z0-9·\-－]{1,11})\s*[(]\s*(?P<c>(?:本报|本台|本网)?(?:首席|特约|见习|实习|总台)?(?:记者|通讯员)[^()]{2,30})[)]\s*$").unwrap()
    });
    let (v, back) = crate::text::simplified_view(line);
    let c = BRACKET.captures(&v)?;
    let names = byline::byline_line(&back.restore(&c["c"])).filter(|n| byline::surnamed(n) || n.iter().all(|x| byline::lone_name(x)))?;
    let o = &c["o"];
    // (`张某某（记者 X）`: a person is no outlet; outlets run to four characters
    // or end in what names one.)
    let outlet = o.chars().count() >= 4 || o.ends_with(['报', '网', '社', '台']);
    (!o.contains("记者") && outlet).then(|| (back.restore(o), names))
}

/// The account a portal's repost notice names: `本文来自微信公众号：[某济观察报
/// （ID：x）](…)，作者：…` → `某济观察报`.
fn account_source(line: &str) -> Option<String> {
    static ACCOUNT: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r#"本文来自(?:微信)?公众号\s*:?\s*["“]?(?P<o>[^,，。"“”()\s]{2,20}?)["”]?\s*(?:[(][^()]{0,40}[)]|[,，。]|$)"#).unwrap()
    });
    // `原文来自某書公众号，作者X。`: the account's name before the word.
    static ACCOUNT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?:原文|本文|文章)来自\s*[「“]?(?P<o>[\p{Han}A-Za-z0-9]{2,12}?)[」”]?\s*(?:微信)?公众号\s*[,，。]").unwrap()
    });
    let unlinked = crate::text::unlink_markdown(line);
    let (v, back) = crate::text::simplified_view(&unlinked);
    ACCOUNT.captures(&v).or_else(|| ACCOUNT_BEFORE.captures(&v)).map(|c| back.restore(&c["o"]))
}

/// `Jeremy Tsheng 于 2023-03-12 13:08:03 发布`: a blog's author and time.
fn posted_by(line: &str) -> Option<Vec<String>> {
    static POSTED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(r"^\s*(?P<n>[^\s:：|][^:：|]{0,28}?)\s+于\s*", ymd!(), r".{0,12}?发布")).unwrap()
    });
    let (v, back) = crate::text::simplified_view(line);
    let c = POSTED.captures(&v)?;
    let n = c["n"].trim();
    (!n.is_empty() && !n.contains("最新") && !n.contains("文章")).then(|| vec![back.restore(n)])
}

/// `作者：` on a line of its own, the names on the next.
/// Or a reporter's role, with the paper or not, the name on the next line
/// (`某京晨报记者` / `张某姝`, as a layout that sets the name in its own cell).
fn label_then_names(label: &str, next: &str) -> Option<Vec<String>> {
    static LABEL_ONLY: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?:(?:\d{1,2}\s*[.、]\s*)?(?:作者|记者|撰文|采写|文|记者署名)\s*[:：]|(?:\p{Han}{2,10}?(?:日报|晚报|早报|报|网|社|台|新闻))?(?:本报)?(?:首席|特约|见习|实习)?(?:记者|通讯员)\s*[:：]?)\s*$").unwrap()
    });
    let (l, _) = crate::text::simplified_view(label);
    if !LABEL_ONLY.is_match(&l) || next.chars().count() > 20 {
        return None;
    }
    byline::byline_line(&format!("作者：{next}"))
}

fn editor_in(line: &str) -> Option<String> {
    if let Some(e) = body::editor_line(line) {
        return Some(e);
    }
    // `编辑：倪某轩 责任编辑：林某`: several labels on one line; `( 編輯： 周某
    // 孫某 ) 【字號：大 中 小】`: names spaced, controls after them.
    // (`编辑：X流程编辑：Y`: a desk's title glued before the next label is
    // part of that label, not of the name before it.)
    static LABEL: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"(?:(?:流程|值班|网络|新媒体|执行|美术|图片|视频|文字)?(?:责任编辑|编辑)|责编|选稿|编审|审核(?:发布)?|审稿|核稿|校对|初审|复审|终审)\s*(?:[:：/|｜丨]|[】\]](?:\s*[:：])?)\s*").unwrap());
    static NAMES: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"^[\p{Han}·]{2,5}(?:[、,，\s]+[\p{Han}·]{2,5}){0,2}").unwrap());
    // `编辑 周小褶 ｜ 排版 魏小蔚`, `编辑 刘小阳 校对 李小铭`: a label and a
    // space at the start of a line.
    static SPACED: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"^\s*[(\[【]?\s*(?:实习|见习)?(?:责任编辑|编辑)\s+(?P<n>\p{Han}{2,4})\s*(?:$|[|｜丨/)\]】]|\s(?:校对|审核|审校|排版|美编|监制|终审))").unwrap());
    let (n, back) = crate::text::simplified_view(line);
    // `编辑：范 丽`: a two-character name padded to line up with longer ones.
    let n = byline::join_padded(&n);
    let labels: Vec<regex::Match> = LABEL.find_iter(&n).collect();
    let names: Vec<String> = labels
        .iter()
        .enumerate()
        .filter_map(|(i, l)| {
            // Each label's names run up to the next label.
            let end = labels.get(i + 1).map_or(n.len(), |next| next.start());
            let run = NAMES.find(&n[l.end()..end])?.as_str();
            let run = LABEL_STOP.find(run).map_or(run, |s| &run[..s.start()]).trim();
            // After the first name only a name's length goes on: `编辑：X，英文版见…`
            // and `校对：X 尽管自然语言…` end at X.
            let mut words = run.split(['、', ',', '，', ' ']).filter(|w| !w.is_empty());
            let first = words.next()?;
            // (`编辑｜X 出事 8月11日，…`: a flattened page's next words are no
            // name unless they open with a family name.)
            let named = |w: &str| byline::lone_name(w) || (super::surnames::rare(w) && w.chars().all(crate::text::is_han));
            let rest: Vec<&str> = words.take_while(|w| ((2..=3).contains(&w.chars().count()) && named(w)) || w.contains('·')).collect();
            let run = std::iter::once(first).chain(rest).collect::<Vec<_>>().join(" ");
            (!run.is_empty()).then_some(run)
        })
        .collect();
    if names.is_empty() {
        // `某京报贝壳财经记者 X 编辑 Y 校对 Z`: a short credit line, the labels
        // set off by spaces after the writer's part.
        static INLINE: LazyLock<Regex> =
            LazyLock::new(|| crate::text::re(r"\s(?:责任编辑|编辑|责编|校对|审核)\s+(?P<n>\p{Han}{2,3})\b").unwrap());
        if n.chars().count() <= 40 && !n.contains(['。', '，', ',']) && n.contains("记者") {
            let names: Vec<String> = INLINE.captures_iter(&n).map(|c| c["n"].to_owned()).filter(|x| byline::lone_name(x)).collect();
            if !names.is_empty() {
                return Some(back.restore(&names.join("、")));
            }
        }
        let c = SPACED.captures(&n)?;
        let name = vec![c["n"].to_owned()];
        return byline::surnamed(&name).then(|| back.restore(&name[0]));
    }
    Some(back.restore(&names.join("、")))
}

/// `发布时间：10-08 12:00`: a labelled date without its year, which is taken
/// from a date the page carries elsewhere (when it was last changed): that
/// year, or the one before when the day shown lies after it. `18-03-08`
/// gives its year in two digits.
fn short_date(line: &str, known: Option<&Stamp>) -> Option<Stamp> {
    use chrono::Datelike;
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:发布时间|发布日期|发表时间|发表于|时间|日期)\s*[:：]?\s*(?:(?P<y>\d{2})\s*[-/.]\s*)?(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})日?\s*(?:(?P<h>\d{1,2}):(?P<mi>\d{2}))?").unwrap()
    });
    // `18-08-01 10:07` on a line of its own (a date and a time span set
    // side by side, `18-08-0110:07` once joined): a two-digit year first.
    static BARE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?P<y>\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\s*(?:(?P<h>[01]?\d|2[0-3]):(?P<mi>\d{2}))?\s*$").unwrap()
    });
    let c = LABEL.captures(line).or_else(|| BARE.captures(line))?;
    let (mo, d): (u32, u32) = (c["m"].parse().ok()?, c["d"].parse().ok()?);
    let year = match (c.name("y"), known) {
        (Some(y), _) => 2000 + y.as_str().parse::<i32>().ok()?,
        (None, Some(k)) if (mo, d) <= (k.at.month(), k.at.day()) => k.at.year(),
        (None, Some(k)) => k.at.year() - 1,
        (None, None) => return None,
    };
    let time = c.name("h").zip(c.name("mi")).map(|(h, mi)| format!(" {}:{}", h.as_str(), mi.as_str())).unwrap_or_default();
    crate::dates::parse(&format!("{year}-{mo:02}-{d:02}{time}"))
}

/// A date next to a label (`发布时间：`, `日期：`, `时间：`…) wins over any other.
fn labelled_date(lines: &[&str]) -> Option<Stamp> {
    static LABEL: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"发布时间|发布日期|发表时间|发稿时间|更新时间|修改时间|公开日期|公开时间|成文日期|生成日期|时间|日期|发文日期|发布\s*[:：]|发布于|发表于|(?i:published time)|publish").unwrap());
    // `日期：2022-03-29`, or in Chinese numerals, `日期：二〇二二年三月二十九日`.
    static DATE: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"^\s*[:：]?\s*(?:(?:19|20)\d{2}|[一二][〇零○一二三四五六七八九]{3}\s*年)").unwrap());
    // `更新时间：… 发布时间：…`: the time it was published outranks a bare
    // `时间：`, and that outranks when it was last updated.
    // A government notice's `成文日期` (when it was signed) yields to
    // `公开日期` (when it was made public).
    let rank = |label: &str| match label {
        l if l.starts_with("更新") || l.starts_with("修改") || l.starts_with("成文") || l.starts_with("生成") => 2,
        l if l.starts_with('发') || l.starts_with("公开") || l == "publish" || l.eq_ignore_ascii_case("published time") => 0,
        _ => 1,
    };
    let mut best: Option<(u8, Stamp)> = None;
    for l in lines {
        // (In the simplified view: `發佈時間：`, `時間：` are the same labels.)
        let view = crate::text::simplified_view(l).0;
        let l = view.as_str();
        let labels: Vec<_> = LABEL.find_iter(l).collect();
        for (k, m) in labels.iter().enumerate() {
            // `论坛时间：`, `活动日期：`: when something happens, not when the
            // page was published.
            if matches!(m.as_str(), "时间" | "日期") && l[..m.start()].chars().next_back().is_some_and(crate::text::is_han) {
                continue;
            }
            // The date runs to the next label.
            let end = labels.get(k + 1).map_or(l.len(), |n| n.start());
            let d = &l[m.end()..end];
            let Some(at) = DATE.find(d) else { continue };
            let Some(stamp) = crate::dates::parse(d[at.start()..].trim_start_matches([' ', ':', '：'])) else { continue };
            let r = rank(m.as_str());
            if best.as_ref().is_none_or(|(b, _)| r < *b) {
                best = Some((r, stamp));
            }
        }
    }
    best.map(|(_, d)| d)
}

/// A full date in a short line near the headline (`2022年03月29日 08:15`).
fn visible_date(line: &str) -> Option<Stamp> {
    // `2023 11/06 10:48:21`: the year, month/day and time set in separate spans.
    static SPACED_YEAR: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"((?:19|20)\d{2})\s+(\d{1,2})/(\d{1,2})\b").unwrap());
    let spaced = SPACED_YEAR.replace(line, "$1/$2/$3");
    let line: &str = &spaced;
    static FULL: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(concat!(ymd!(), r"|(?i)(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d{2}|(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d{2}|(?:十[一二]?|[一二三四五六七八九])月\s*\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}")).unwrap()
    });
    let m = FULL.find(line)?;
    // `2017年5月17日-19日`: the days an event runs, not a date line.
    static RANGE: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"^日?\s*(?:[-–—~～－]\s*\d{1,2}\s*日|[至到]\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日)").unwrap());
    if RANGE.is_match(&line[m.end()..]) {
        return None;
    }
    crate::dates::parse(&line[m.start()..])
}

/// `来源：<a href="…content_434387.htm">北京青年报</a>`: the link back to the original.
fn original_link(doc: &Html, base: Option<&Url>) -> Option<String> {
    static A: LazyLock<Selector> = LazyLock::new(|| Selector::parse("a[href]").unwrap());
    for a in doc.select(&A) {
        let text = crate::text::squash_ws(&a.text().collect::<String>());
        if text.is_empty() || text.chars().count() > 20 {
            continue;
        }
        let before = a
            .prev_sibling()
            .and_then(|n| n.value().as_text().map(|t| t.to_string()))
            .unwrap_or_default();
        // Only the start of the parent's text matters; do not collect a whole page.
        let parent_text: String = a
            .parent()
            .and_then(scraper::ElementRef::wrap)
            .map(|p| p.text().flat_map(|t| t.chars()).filter(|c| !c.is_whitespace()).take(4).collect())
            .unwrap_or_default();
        let labelled = before.trim_end().ends_with("来源：")
            || before.trim_end().ends_with("来源:")
            || parent_text.trim_start().starts_with("来源");
        if !labelled {
            continue;
        }
        let href = a.value().attr("href")?.trim();
        // A link to a portal's channel front page is no original article.
        let path = href.split("://").nth(1).and_then(|r| r.split_once('/')).map(|(_, p)| p).unwrap_or(href);
        if href.starts_with("javascript") || href == "#" || !path.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        return Some(match base {
            Some(b) => b.join(href).map(|u| u.to_string()).unwrap_or_else(|_| href.to_owned()),
            None => href.to_owned(),
        });
    }
    None
}

fn select_text(doc: &Html, css: &str) -> Option<String> {
    let sel = Selector::parse(css).ok()?;
    doc.select(&sel)
        .map(|e| crate::text::squash_ws(&e.text().collect::<String>()))
        .find(|t| !t.is_empty())
}

/// The text of the first element (with any text) that one of `classes`,
/// `ids` or `tags` marks, when it is short enough for a deck or a kicker
/// line. One walk over the elements comparing attributes, as the CSS list
/// `.a, .b, #c, tag` would select, without running a selector list
/// against every element of every page.
fn first_marked(doc: &Html, classes: &[&str], ids: &[&str], tags: &[&str]) -> Option<String> {
    let marked = |e: &scraper::node::Element| {
        tags.contains(&e.name())
            || e.attr("id").is_some_and(|id| ids.contains(&id))
            || e.classes().any(|c| classes.contains(&c))
    };
    doc.tree
        .root()
        .descendants()
        .filter(|n| n.value().as_element().is_some_and(marked))
        .filter_map(scraper::ElementRef::wrap)
        .map(|e| crate::text::squash_ws(&e.text().collect::<String>()))
        .find(|t| !t.is_empty())
        .filter(|t| t.chars().count() <= 80)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labelled_and_visible_dates() {
        let l = labelled_date(&["更新时间：2022-03-30 发布时间：2022-03-29 来源：某某网"]).unwrap();
        assert_eq!(l.at.date_naive().to_string(), "2022-03-29");
        let l = labelled_date(&["成文日期：二〇二二年三月二十九日"]).unwrap();
        assert_eq!(l.at.date_naive().to_string(), "2022-03-29");
        let g = labelled_date(&["成文日期：2024-03-10 公开日期：2024-03-12"]).unwrap();
        assert_eq!(g.at.date_naive().to_string(), "2024-03-12");
        let g = labelled_date(&["生成日期：2024-03-10", "索引号：123"]).unwrap();
        assert_eq!(g.at.date_naive().to_string(), "2024-03-10");
        let l = labelled_date(&["时间：2022-03-28", "发布日期：2022-03-29"]).unwrap();
        assert_eq!(l.at.date_naive().to_string(), "2022-03-29");
        let l = labelled_date(&["来源：河北日报", "发布时间：2022-03-29 08:15"]).unwrap();
        assert_eq!(l.at.to_rfc3339(), "2022-03-29T08:15:00+08:00");
        let v = visible_date("2024年05月17日08:59  来源：人民网").unwrap();
        assert_eq!(v.at.to_rfc3339(), "2024-05-17T08:59:00+08:00");
        let v = visible_date("2022-03-29-08:15:00").unwrap();
        assert_eq!(v.at.to_rfc3339(), "2022-03-29T08:15:00+08:00");
        assert!(visible_date("第3版").is_none());
        assert_eq!(visible_date("_Published on Thu, 21 Aug 2025 06:34:53 GMT_").unwrap().at.date_naive().to_string(), "2025-08-21");
        assert_eq!(date_line("【字体：大 中 小】 2023-05-12 某州日报").unwrap().at.date_naive().to_string(), "2023-05-12");
        assert_eq!(date_line("日期；2009-07-03 00：00").unwrap().at.date_naive().to_string(), "2009-07-03");
        assert_eq!(capture_header_date("Published Time: 2026-05-08T12:30:54.000Z").unwrap().at.date_naive().to_string(), "2026-05-08");
        assert!(capture_header_date("Published Time: soon").is_none());
    }

    #[test]
    fn trailing_reporter_in_parentheses() {
        // A two-character name padded to line up, inside the brackets.
        assert_eq!(trailing_credit("通过日统计、周回顾，促进回收量增加。（陶 某 周某琪）").unwrap(), ["陶某", "周某琪"]);
        // A reporter set off by a space closing the text, whatever the family name.
        assert_eq!(trailing_credit("这是竞争力的关键所在。某商报记者 千某茹").unwrap(), ["千某茹"]);
        assert_eq!(trailing_credit("这是竞争力的关键所在。记者了解"), None);
        assert_eq!(trailing_credit("证监会将终止审核。记者李某　（来源：某济日报）").unwrap(), ["李某"]);
        assert_eq!(bulleted_within("怎样证明受到的伤害是对方造成的呢?■记者 虢某 实习生 段某丹", &Default::default()).unwrap(), ["虢某", "段某丹"]);
        assert_eq!(byline::byline_line("**文****\\|**** ****Koko****").unwrap(), ["Koko"]);
        assert_eq!(trailing_credit("我从来不觉得是来比赛。（安某/文 陈某/摄影、摄像）").unwrap(), ["安某"]);
        assert_eq!(trailing_credit("这是竞争力的关键所在。记者 了解到"), None);
        assert_eq!(trailing_credit("这是竞争力的关键所在。本报记者 获悉"), None);
        assert_eq!(trailing_credit("留下追思人名字。 记者 濮某燕").unwrap(), ["濮某燕"]);
        // The credit, then a note on where the material came from.
        assert_eq!(trailing_credit("（撰稿：徐某惠。取材自某某美學館網站、某生新聞網）").unwrap(), ["徐某惠"]);
        assert_eq!(trailing_credit("活动还将在乌拉圭、阿根廷举行。（张小峰）").unwrap(), ["张小峰"]);
        assert!(trailing_credit("图为启动仪式。（刘通摄）").is_none());
        assert!(trailing_credit("会议还研究了其他事项。（完）").is_none());
        assert!(trailing_credit("据新华社电。（新华社）").is_none());
        assert_eq!(trailing_credit("让金融知识走进千家万户。(文/图 刘小东 易小楠)").unwrap(), ["刘小东", "易小楠"]);
        assert_eq!(trailing_credit("(作者：方小敏北京大学经济学院教授)").unwrap(), ["方小敏"]);
        assert_eq!(trailing_credit("（某某财经 张小艳）").unwrap(), ["张小艳"]);
        assert_eq!(trailing_credit("（张小艳 李小明）").unwrap(), ["张小艳", "李小明"]);
        // An agency's reporters glued to the last sentence.
        assert_eq!(trailing_credit("迫使双方选择实用主义政策。某华社记者 任某 李某奥").unwrap(), ["任某", "李某奥"]);
        // Five reporters, then the video's and the editors' credits, in one bracket.
        assert_eq!(
            trailing_credit("不知道到孙子这一代会变成怎样。（记者：冯某勇、杨某、钱某、李某正、涂某帆；视频：李某寅；编辑：陈某、王某丰）").unwrap(),
            ["冯某勇", "杨某", "钱某", "李某正", "涂某帆"]
        );
        // A government portal's closing credit: the office that sent it in, then its writer.
        assert_eq!(trailing_credit("（县农业农村局 韩某明）").unwrap(), ["韩某明"]);
        assert_eq!(trailing_credit("（某某镇 韩某明 柯某静）").unwrap(), ["韩某明", "柯某静"]);
        assert!(trailing_credit("（县政府办）").is_none());
        assert_eq!(trailing_credit("合同为期20年。（驻某国使馆经商处 徐某）").unwrap(), ["徐某"]);
        assert_eq!(trailing_credit("本文作者郭某富，某欧专栏作者；微信：guo_05；转载请注明作者姓名").unwrap(), ["郭某富"]);
        assert_eq!(trailing_credit("就能先走一步。（某东省第二届优秀社会科学家、某东省社会科学院教授 王某）").unwrap(), ["王某"]);
        assert_eq!(trailing_credit("活动取得圆满成功。（记者闵某刘某）").unwrap(), ["闵某", "刘某"]);
        assert!(trailing_credit("将逐步实现互联互通、信息共享和业务协同。（据某视）").is_none());
        assert_eq!(trailing_credit("为全年丰收打好基础。（文/吴 越　图/沈 阳）").unwrap(), ["吴越"]);
        assert_eq!(trailing_credit("官员表示将持续关注。（譯者：劉某彬／核稿：陳某哲）1120612").unwrap(), ["劉某彬"]);
        assert_eq!(trailing_credit("（作者系某江大学公共管理学院教授 严某然）").unwrap(), ["严某然"]);
        assert!(byline_in("记者：您好，请您先介绍一下今年的工作重点。").is_none());
        // A word ending in 作者 labels nobody.
        assert!(byline_in("曾经的合作者：太遗憾，还是太年轻").is_none());
        // An e-paper's bulleted byline: correspondents, then the paper's reporter.
        assert_eq!(byline_in("■赵某棋 张某杰 某放军报特约记者 李某涛 摄影报道").unwrap(), ["赵某棋", "张某杰", "李某涛"]);
        assert_eq!(byline_in("本文作者：王某明").unwrap(), ["王某明"]);
        assert_eq!(byline_in("2019-09-26 12:11来源：某券时报网作者：李某山").unwrap(), ["李某山"]);
        // A question mark, a compiler's 整理, and the paper's name in a second bracket.
        assert_eq!(trailing_credit("所以才选择在此置业？（钟某）（某息时报）").unwrap(), ["钟某"]);
        assert_eq!(marked_credit("那肯定是有好事发生。”（莫某 整理）").unwrap(), ["莫某"]);
        assert_eq!(trailing_credit("(作者：方敏某某省社科院研究员)"), None);
        assert_eq!(trailing_credit("行稳致远。（作者：王小明，清华大学公共管理学院教授）").unwrap(), ["王小明"]);
        assert_eq!(trailing_credit("（作者系中国人民大学教授）"), None);
        // Further up, before a gallery's captions, only a credit that names its role counts.
        assert_eq!(marked_credit("活动吸引了众多市民参与。(文/图 刘小东)").unwrap(), ["刘小东"]);
        assert!(marked_credit("活动吸引了众多市民参与。(刘小东)").is_none());
        assert_eq!(marked_credit("活动吸引了众多市民参与。记者刘小东").unwrap(), ["刘小东"]);
        // A credit that says it reports, with or without where from, is marked too.
        assert_eq!(marked_credit("警方将进一步釐清死因。（王某忠／台中報導）").unwrap(), ["王某忠"]);
        assert_eq!(marked_credit("活动吸引了众多市民参与。(林某玉报导)").unwrap(), ["林某玉"]);
        // A site's labels after the paper's closing credit.
        assert_eq!(trailing_credit("“别再硬挺了。”（余某）作者：余某 （来源：某城晚报）").unwrap(), ["余某"]);
    }

    fn authors_of(html: &str) -> Vec<String> {
        crate::extract::extract(html, &crate::extract::Options::default()).remove(0).authors
    }

    #[test]
    fn a_dateline_as_loose_text_above_the_first_paragraph() {
        let page = "<html><body><h1>某省首个无动力赛车大赛举行</h1><div class='article-content'>\
            某西新闻网柳州6月9日讯（记者李某国 通讯员蒋某华）\
            <p>什么是无动力赛车？车辆为何能够在没有动力的情况下前进并通过障碍？6月7日至8日，某大学举办的大赛揭开了谜底。</p>\
            <p>经过两天的激烈比拼，某学院车队斩获冠军，另一支车队收获亚军，还有一支车队获得季军。</p></div></body></html>";
        assert_eq!(authors_of(page), ["李某国", "蒋某华"]);
    }

    #[test]
    fn a_commentators_name_and_title_opening_the_piece() {
        assert_eq!(titled_name("熊某奇 某海交大教授").unwrap(), ["熊某奇"]);
        assert_eq!(titled_name("王某 特约评论员").unwrap(), ["王某"]);
        assert!(titled_name("学校 教授").is_none());
        assert!(titled_name("熊某奇说，教授们的意见值得重视").is_none());
        assert_eq!(titled_name("（胡某 某旦大学附属某山医院功能神经外科主任医师）").unwrap(), ["胡某"]);
        assert_eq!(titled_name("张某华（某市委党校教授）").unwrap(), ["张某华"]);
        assert!(titled_name("（某某 教授）").is_none());
        assert_eq!(closing_expert("骨质疏松应及早防治。(某华医学会骨科学分会主任委员、某国工程院院士　邱某兴)").unwrap(), ["邱某兴"]);
        assert!(closing_expert("骨质疏松应及早防治。(某华医学会骨科学分会主任委员)").is_none());
        assert_eq!(closing_expert("就能先走一步。（某东省第二届优秀社会科学家、某东省社会科学院教授王某）").unwrap(), ["王某"]);
        assert_eq!(closing_expert("（作者系某国现代国际关系研究院世界经济研究所张某荣 漫画作者廖某婷）").unwrap(), ["张某荣"]);
        assert!(closing_expert("（作者系某国现代国际关系研究院研究员）").is_none());
    }

    #[test]
    fn dates_of_print_citations_datelines_with_years_and_notices() {
        let (paper, day) = print_citation("《 某民日报 》（ 2020年08月24日 02 版）").unwrap();
        assert_eq!((paper.as_str(), day.at.date_naive().to_string().as_str()), ("某民日报", "2020-08-24"));
        assert!(print_citation("《某民日报》评论员文章指出，要坚持人民至上。").is_none());
        assert_eq!(
            cited_byline_within("### 2023年度全国耕地面积有所增加 > 本报记者  常  某《某民日报》（2025年01月04日第 01 版） 国务院新闻办公室近日举行发布会，").unwrap(),
            ["常某"]
        );
        assert_eq!(cited_byline_within("某某新政出台 王某南  高  跃《某民日报》（2025年01月04日第 05 版） 国务院近日印发通知，").unwrap(), ["王某南", "高跃"]);
        assert_eq!(cited_byline_within("坚持改革创新《某民日报》（2025年01月04日第 05 版） 国务院近日印发通知，"), None);
        assert_eq!(lead_date("某圳新闻网2021年9月3日讯 （记者 曹某芳）9月2日，某区召开会议。").unwrap().at.date_naive().to_string(), "2021-09-03");
        assert_eq!(lead_date("本報2011年1月26日台北訊，特約記者康某修報導").unwrap().at.date_naive().to_string(), "2011-01-26");
        let (o, d) = print_citation("来源（某峡导报第4版2008-1-4）").unwrap();
        assert_eq!((o.as_str(), d.at.date_naive().to_string().as_str()), ("某峡导报", "2008-01-04"));
        let (o, d) = print_citation("本文原载于《某江晚报》2022年9月18日。").unwrap();
        assert_eq!((o.as_str(), d.at.date_naive().to_string().as_str()), ("某江晚报", "2022-09-18"));
        assert_eq!(reprinted_from("切实维护群众正当合法权益。据某视新闻").as_deref(), Some("某视新闻"));
        assert_eq!(reprinted_from("（据某华社）").as_deref(), Some("某华社"));
        assert_eq!(reprinted_from("已发出预警。据某目新闻等").as_deref(), Some("某目新闻"));
        assert_eq!(dashed_outlet("-- 某华网").as_deref(), Some("某华网"));
        assert_eq!(dashed_outlet("—— 某某说"), None);
        assert_eq!(lead_source_label("◆来源：某制与新闻◆本文版权归原作者所有，如有侵权请联系我们18日上午，…").as_deref(), Some("某制与新闻"));
        assert_eq!(lead_source_label("来源于群众的创新，正在改变某地。"), None);
        assert_eq!(lead_source_label("来源：某人日报日前，第29届某鹰奖揭晓。").as_deref(), Some("某人日报"));
        assert_eq!(byline::portal_dateline_within("某国议员为选举投票（共同社）中新网12月3日电 日本众院选举").as_deref(), Some("中新网"));
        assert_eq!(byline::portal_dateline_within("会议指出，据新华社北京3月1日电，某某政策出台。"), None);
        assert_eq!(byline::closing_source("开放成果令人瞩目。（某华社北京1月4日电  记者王某铭、王某北）").as_deref(), Some("某华社"));
        assert_eq!(byline::closing_source("经济运行稳中向好。（某华社北京3月19日电）").as_deref(), Some("某华社"));
        assert_eq!(byline::closing_source("（某华社北京6月30日电）").as_deref(), Some("某华社"));
        assert_eq!(byline::lead_tag_outlet("【某关村在线新闻资讯】12月28日消息，某某发布新品。").as_deref(), Some("某关村在线"));
        let long = format!("> 来源：某习强国　|　日期：2021-05-11　|　[原文链接](https://www.example.cn/lgpage/detail/index.html?id={})", "1".repeat(90));
        assert_eq!(byline::source_label(&long).as_deref(), Some("某习强国"));
        assert_eq!(reprinted_from("—— 某某说"), None);
        assert_eq!(reprinted_from("市场将继续回暖。据了解"), None);
        assert_eq!(reprinted_from("这是他们的第三次合作。据王某明"), None);
        let joined = bracket_joined(&["某民网北京2月24日电 (记者", "刘某)国家发展改革委近日发出通知。", "价格调整（全国平均）如下。"]);
        assert_eq!(joined[0], "某民网北京2月24日电 (记者刘某)国家发展改革委近日发出通知。");
        assert_eq!(joined[1..], ["刘某)国家发展改革委近日发出通知。", "价格调整（全国平均）如下。"]);
        let d = retitled_dateline("原标题：某某案件依法办理 某新网12月20日电 最高法、最高检今日联合发布意见。").unwrap();
        assert_eq!(d.outlet.as_deref(), Some("某新网"));
        assert!(retitled_dateline("原标题：某某案件 依法办理 今日联合发布意见。").is_none());
        // The days an event runs are no date line.
        assert!(visible_date("2017年5月17日-19日").is_none());
        assert!(visible_date("2017年5月17日至19日").is_none());
        assert!(labelled_date(&["一、论坛时间：2017年5月17日报到，18日至19日举行主报告。"]).is_none());
        assert!(labelled_date(&["时间：2017-05-17"]).is_some());
        // `发布：` and `发布于` as labels; a sentence's `发布` before a year is none.
        let on = |l: &str| labelled_date(&[l]).map(|d| d.at.date_naive().to_string());
        assert_eq!(on("发布：2023-05-12 10:20 | 浏览：120次").as_deref(), Some("2023-05-12"));
        assert_eq!(on("发布于 2023-05-12").as_deref(), Some("2023-05-12"));
        assert_eq!(on("市统计局近日发布2023年一季度经济数据。"), None);
        // Traditional script: the same labels and edition lines.
        assert_eq!(on("信息來源：某州市住建局 發佈時間：2023-05-12").as_deref(), Some("2023-05-12"));
        assert_eq!(print_citation("某州日報 2023年5月12日 第3版").map(|(o, _)| o).as_deref(), Some("某州日報"));
        assert_eq!(lead_date("临沂（某东），２０１２年６月４日　某地群众在田间收割小麦。").unwrap().at.date_naive().to_string(), "2012-06-04");
        assert_eq!(lead_date("昨天，2012年6月4日，是个好日子。"), None);
        let (o, d) = cited_within("原标题：道歉信来源：某国青年报（ 2018年11月05日06 版）我公司于2018年5月8日发布").unwrap();
        assert_eq!((o.as_str(), d.at.date_naive().to_string().as_str()), ("某国青年报", "2018-11-05"));
        // The paper's edition line, without the brackets of a citation.
        let (o, d) = print_citation("某州日报 2023年5月12日 第3版").unwrap();
        assert_eq!((o.as_str(), d.at.date_naive().to_string().as_str()), ("某州日报", "2023-05-12"));
        let (o, _) = print_citation("《某州晚报》2023年5月12日第A03版：要闻").unwrap();
        assert_eq!(o, "某州晚报");
        assert!(print_citation("某州日报2023年5月12日发表评论员文章，第3版刊发").is_none());
        // A page captured as Markdown keeps its header lines.
        assert_eq!(labelled_date(&["Published Time: 2026-05-08T12:30:54.000Z"]).unwrap().at.date_naive().to_string(), "2026-05-08");
        assert_eq!(visible_date("2017年5月17日 10:30").unwrap().at.date_naive().to_string(), "2017-05-17");
        // A date line under the headline, inside the article's box, dates it.
        let page = "<html><body><div class='c'><p>某茶店因卫生问题一天被停业两家</p><p>某京头条客户端</p><p>2019-06-02 11:29</p>\
            <p>5月29日，某地一位孕妇称在饮品中喝出苍蝇，引发公众和媒体关注。协商未果后，她向监管部门举报。</p>\
            <p>5月31日，涉事门店因店内飞虫较多，被当地监管部门查封，总部发布通报道歉。</p></div></body></html>";
        let got = crate::extract::extract(page, &Default::default()).remove(0);
        assert_eq!(got.published.map(|p| p.at.format("%Y-%m-%d %H:%M").to_string()).as_deref(), Some("2019-06-02 11:29"));
        // A notice signed by its office and dated at its foot, an event's
        // days further up.
        let notice = "<html><body><h1>2017年某湖青年科学家论坛通知</h1><div class='c'><p>2017年5月17日-19日</p>\
            <p>为促进学术交流，学校定于2017年5月举办论坛，现将有关事项通知如下。</p>\
            <p>一、论坛时间：2017年5月17日报到，18日至19日举行主报告和分领域报告。</p>\
            <p>某中农业大学</p><p>2017年1月20日</p></div></body></html>";
        let got = crate::extract::extract(notice, &Default::default()).remove(0);
        assert_eq!(got.published.map(|p| p.at.date_naive().to_string()).as_deref(), Some("2017-01-20"));
    }

    #[test]
    fn a_two_character_name_in_brackets_on_the_last_line() {
        let page = "<html><body><h1>某队真的这么强吗</h1><div class='c'>\
            <p>　　北京时间6月6日，某队在今年季后赛中的表现堪称现象级，甚至被一些人称为史上最强球队。</p>\
            <p>　　“不，我不这么认为。”一位老将毫不犹豫地说道，他随后解释了自己的看法。</p>\
            <p>　　那一年的冠军队在季后赛取得15胜1负，唯一一场失利是总决赛第1场。</p>\
            <p>　　（罗某）</p></div></body></html>";
        assert_eq!(authors_of(page), ["罗某"]);
    }

    #[test]
    fn a_credit_run_into_a_paragraph_between_wide_spaces() {
        let p = "各种献礼作品精彩纷呈，观众也看得非常过瘾。　　文/记者周某、莫斯某格、张某芹　　很客观《某某》还原“争议”人物";
        assert_eq!(inline_credit(p).unwrap(), ["周某", "莫斯某格", "张某芹"]);
        let p = "对此，中国必须要做好长期准备。文︱某望智库特约研究员方某志本文为某望智库特约文章，如需转载请注明来源。";
        assert_eq!(inline_credit(p).unwrap(), ["方某志"]);
        assert!(inline_credit("他说。 记者了解到，当地已经开始行动。").is_none());
        assert_eq!(inline_credit("文 / 宁某，作者微信公众号：某儒客栈（CMCC-ning）这段时间，某某的定制卡随处可见。").unwrap(), ["宁某"]);
        assert_eq!(inline_credit("　　文 丨 某浪科技 周某猛　　“今年的展会现场，一半企业来自中国。”这是一位参观者的感慨。").unwrap(), ["周某猛"]);
        assert_eq!(inline_credit("文 丨 某浪科技 周某猛 “今年的IFA展会现场，一半企业来自中国。”").unwrap(), ["周某猛"]);
        assert_eq!(inline_credit("某国播放作战视频再出乌龙 2018年02月27日 15:57 某浪综合 [编译/某察者网 徐某] 近日，某国电视台播放的视频闹了乌龙。").unwrap(), ["徐某"]);
        assert_eq!(inline_credit("原标题：400多名抗议者被逮捕[某球时报驻法国特约记者董某某球时报特约记者胡某]某新社2日报道称，抗议者制造混乱。").unwrap(), ["董某", "胡某"]);
        assert_eq!(inline_credit("某某会议召开[记者调查]，代表们发言踊跃。"), None);
        assert_eq!(inline_credit("官兵辗转大江南北—— 爱山无悔 路在脚下 ■邵 某 谷某敏 武某晋 /others/power/a.jpg 某某连官兵在执行任务中。").unwrap(), ["邵某", "谷某敏", "武某晋"]);
        assert_eq!(inline_credit("■重要提示 本站将于今晚维护"), None);
        for l in ["今年假期 ■黄金周 出游人数创新高，各景区接待游客超过百万人次。", "■王某井 商圈 客流回升明显，商户营业额增长。", "■高速 免费通行 今年春节期间小型客车免费通行。"] {
            assert_eq!(inline_credit(l), None, "{l}");
        }
        assert!(inline_credit("文 / 图：本报资料，这段时间，某某的定制卡随处可见。").is_none());
        let p = "2015-11-02 08:28:08 来源： 综合 作者：周某 邹某霞 手机看新闻 保存到博客 大 | 中 | 小 打印 撰文 | 周某 邹某霞 十八届五中全会上的人事变动，并不像人们想象的那么大。";
        assert_eq!(inline_credit(p).unwrap(), ["周某", "邹某霞"]);
        assert_eq!(inline_credit("纠错 来源： 某青网 作者： 周某 邹某霞 手机看新闻 保存到博客"), None);
        assert_eq!(inline_credit("整理 | 章某铭 责编 | 屠某 出品 | CSDN 科技的进步、资源的共享使得开发变得容易。").unwrap(), ["章某铭"]);
        assert_eq!(inline_credit("聯合新聞網 聯合新聞網 記者游某煌╱基隆報導 2017年11月11日 上午12:36 160 則留言 「我的老婆死得太冤了」").unwrap(), ["游某煌"]);
        // A commentator's credit between wide spaces after a question.
        let p = "原标题：不法商人“围猎”领导干部，“套路”背后是什么？　　半某谈评论员张某　　近年来，一些不法商人围猎领导干部。";
        assert_eq!(inline_credit(p).unwrap(), ["张某"]);
    }

    #[test]
    fn a_name_before_how_long_ago_and_a_sites_notice_naming_the_writer() {
        assert_eq!(name_then_ago("李某梁 · 6小时前").unwrap(), ["李某梁"]);
        assert!(name_then_ago("热门 · 6小时前").is_none());
        assert_eq!(author_notice("原创文章，作者：李某梁。转载或内容合作请点击 转载说明 ，违规转载法律必究。").unwrap(), ["李某梁"]);
        assert!(author_notice("作者：李某梁认为，这件事情很重要。").is_none());
        assert_eq!(author_notice("原文来自某書公众号，作者魏某垚。").unwrap(), ["魏某垚"]);
        assert_eq!(author_notice("【某媒体注：下文作者摩某中产，来源微信号摩某中产（ID：modernstory）。某媒体已获取授权】").unwrap(), ["摩某中产"]);
        assert_eq!(account_source("原文来自某書公众号，作者魏某垚。").as_deref(), Some("某書"));
        assert_eq!(author_notice("本文来自微信公众号“某术头条”（ID：SciTou），作者：库某，编审：寇某超，排版：寇某超，某氪经授权发布。").unwrap(), ["库某"]);
        assert_eq!(editor_in("作者：库某，编审：寇某超，排版：寇某超，某氪经授权发布。").unwrap(), "寇某超");
        assert_eq!(editor_in("某京报贝壳财经记者 潘某纯 编辑 岳某周 校对 张某君").unwrap(), "岳某周、张某君");
        assert_eq!(editor_in("排版：初某 / 审核：然某").unwrap(), "然某");
        assert_eq!(editor_in("【记者】张某华 【编辑】李某").unwrap(), "李某");
        assert_eq!(editor_in("记者｜彭某 编辑｜王某 出事 8月11日，连着几天的雾气终于散开").unwrap(), "王某");
        assert_eq!(editor_in("编辑：王某 李某").unwrap(), "王某 李某");
        assert_eq!(author_notice("本文作者郭某富，某欧专栏作者；微信：guo_05；转载请注明作者姓名和“来源：某欧”").unwrap(), ["郭某富"]);
    }

    #[test]
    fn a_labelled_date_far_above_a_body_with_no_marked_headline() {
        let links: String = (1..=16).map(|i| format!("<div><a href=\"/c{i}\">栏目{i}</a></div>")).collect();
        let html = format!(
            "<html><body><div>日期：2012.01.12</div><div>收藏本文</div>{links}<div class=\"content\">\
             <p>这个周末就是投票日了，选战的温度也不畏寒冷的天气直线上升，各组候选人马也紧锣密鼓地展开最后的冲刺。</p>\
             <p>诊所精神科主任表示，选举进入最后倒数阶段，紧绷的选情往往会对人的情绪造成波动，要保持冷静。</p></div></body></html>"
        );
        let got = crate::extract::extract(&html, &crate::extract::Options::default()).remove(0);
        assert_eq!(got.published.unwrap().at.date_naive().to_string(), "2012-01-12");
    }

    #[test]
    fn the_paper_an_e_paper_belongs_to() {
        assert_eq!(epaper_paper("某江日报数字报").as_deref(), Some("某江日报"));
        assert_eq!(epaper_paper("第01版：要闻_某某晚报电子版").as_deref(), Some("某某晚报"));
        assert_eq!(epaper_paper("全省春耕备播有序推进_某洲晚报").as_deref(), Some("某洲晚报"));
        assert!(epaper_paper("全省春耕备播有序推进_某江新闻网").is_none());
    }

    #[test]
    fn a_cms_author_field_holding_a_whole_credit() {
        let page = |a: &str| {
            format!(
                "<html><body><!--enpproperty <articleid>1</articleid><date>2024-03-12</date><author>{a}</author>\
                 <title>全省春耕备播有序推进</title>/enpproperty--><h1>全省春耕备播有序推进</h1><div id=\"ozoom\">\
                 <p>春耕时节，全省各地抢抓农时，田间地头一派繁忙景象，农机手驾驶旋耕机来回作业。</p>\
                 <p>据省农业农村厅介绍，今年全省计划播种粮食面积比去年略有增加，各地提前调运种子化肥。</p></div></body></html>"
            )
        };
        assert_eq!(authors_of(&page("记者韩某明 通讯员柯某静")), ["韩某明", "柯某静"]);
        assert_eq!(authors_of(&page("韩某明/文 柯某静/图")), ["韩某明"]);
        assert_eq!(authors_of(&page("韩某明 柯某静")), ["韩某明", "柯某静"]);
        assert!(authors_of(&page("本报评论员")).is_empty());
    }

    #[test]
    fn dates_and_issuers_further_above_the_story() {
        assert_eq!(visible_date("2023 11/06 10:48:21").unwrap().at.format("%Y-%m-%d %H:%M").to_string(), "2023-11-06 10:48");
        let story = "<p>春耕时节，全省各地抢抓农时，田间地头一派繁忙景象，农机手驾驶旋耕机来回作业。</p>\
                     <p>据省农业农村厅介绍，今年全省计划播种粮食面积比去年略有增加，各地提前调运种子化肥。</p>";
        let links: String = (1..=14).map(|i| format!("<div><a href=\"/c{i}\">第A{i:02}版：要闻</a></div>")).collect();
        // An e-paper's edition line dates its stories.
        let epaper = format!(
            "<html><head><title>某洲晚报</title></head><body><table><tr><td>某洲晚报　2022年11月03日　星期四</td></tr></table>\
             {links}<h1>全省春耕备播有序推进</h1><div id=\"ozoom\">{story}</div></body></html>"
        );
        let got = crate::extract::extract(&epaper, &Default::default()).remove(0);
        assert_eq!(got.published.map(|p| p.at.date_naive().to_string()).as_deref(), Some("2022-11-03"));
        // A portal's masthead date is today's, not the story's.
        let portal = format!(
            "<html><head><title>诗词赏析_某某网</title></head><body><ul><li>2024年05月28日</li><li>农历：甲辰年 四月 廿一</li></ul>\
             {}<h1>全省春耕备播有序推进</h1><div class=\"content\">{story}</div></body></html>",
            links.replace("版：要闻", "栏目")
        );
        assert_eq!(crate::extract::extract(&portal, &Default::default()).remove(0).published, None);
        // The issuing body in a 信息公开 table above the headline.
        let rows: String = (1..=8).map(|i| format!("<tr><th>栏目{i}：</th><td>值{i}</td></tr>")).collect();
        let notice = format!(
            "<html><body><table><tr><th>发布机构：</th><td>某溪市水利局</td><th>成文日期：</th><td>2023-06-02</td></tr>{rows}\
             <tr><th>发布日期：</th><td>2023-06-05</td></tr></table><h1>关于做好汛期安全管理工作的通知</h1>\
             <div class=\"content\">{story}</div></body></html>"
        );
        let got = crate::extract::extract(&notice, &Default::default()).remove(0);
        assert_eq!(got.source.as_deref(), Some("某溪市水利局"));
    }

    #[test]
    fn a_date_without_its_year_takes_the_year_of_the_fetch() {
        let html = "<html><body><h1>全省春耕备播有序推进</h1><div>发布时间：03-12 10:30</div><div class=\"content\">\
                    <p>春耕时节，全省各地抢抓农时，田间地头一派繁忙景象，农机手驾驶旋耕机来回作业。</p>\
                    <p>据省农业农村厅介绍，今年全省计划播种粮食面积比去年略有增加，各地提前调运种子化肥。</p></div></body></html>";
        let at = |fetched: &str| {
            let opts = crate::extract::Options { fetched: crate::dates::parse(fetched), ..Default::default() };
            crate::extract::extract(html, &opts).remove(0).published.map(|p| p.at.format("%Y-%m-%d %H:%M").to_string())
        };
        assert_eq!(at("2024-05-01 09:00").as_deref(), Some("2024-03-12 10:30"));
        // Fetched in January, a March date is last year's.
        assert_eq!(at("2025-01-10 09:00").as_deref(), Some("2024-03-12 10:30"));
        assert_eq!(crate::extract::extract(html, &Default::default()).remove(0).published, None);
    }

    #[test]
    fn writers_of_the_pieces_of_a_several_piece_page() {
        let page = |ps: &[&str]| ps.iter().map(|p| p.to_string()).collect::<Vec<_>>();
        let long = "端午节一早，按照约好的时间拨通电话，嘟嘟不过两声，那头便接了起来，声音依旧洪亮且亲切。";
        let p = page(&["本版约请作家、记者，探访五位功勋党员。", "吴某一：", "前进永不停息", "姜  某", long, "林  某：", "把开心当作自己的开心", "杨某方  李某楠", long]);
        assert_eq!(section_writers(&p).unwrap(), ["姜某", "杨某方", "李某楠"]);
        // Profiles under their subheads name their subjects, not writers.
        let profile = page(&["一、优秀党员", "李某明", "李某明，男，1975年出生，现任某某村党支部书记，带领村民发展特色产业。", "二、先进个人", "王某华", "王某华同志扎根基层二十年，多次获得表彰，深受群众好评。"]);
        assert_eq!(section_writers(&profile), None);
        // One unpadded name under a subhead may be whom the piece is about.
        assert_eq!(section_writers(&page(&["人物", "王某明", long])), None);
        // A padded one is a writer's.
        assert_eq!(section_writers(&page(&["人物", "王  某", long])).unwrap(), ["王某"]);
    }

    #[test]
    fn helpers_of_a_wire_story_glued_to_the_planner() {
        assert_eq!(helpers_glued("办好这所大学，无疑意义深远。（策划：林某参与报道：李某王某姣）").unwrap(), ["李某", "王某姣"]);
        assert_eq!(helpers_glued("（策划：林某；参与报道：李某珊 崔某雯）").unwrap(), ["李某珊", "崔某雯"]);
        assert_eq!(helpers_glued("（策划：林某）"), None);
    }

    #[test]
    fn a_reporter_set_off_by_a_space_opening_the_lead() {
        assert_eq!(spaced_lead_credit("记者 王某笑昨天下午，某某代表团在人民大会堂成立。").unwrap(), ["王某笑"]);
        assert_eq!(spaced_lead_credit("记者从某市教育局获悉，今年中考报名人数创新高。"), None);
        assert_eq!(spaced_lead_credit("记者 来到位于城东的某某小区，看到居民正在排队。"), None);
    }

    #[test]
    fn a_credit_line_run_into_the_first_paragraph() {
        assert_eq!(credit_prefix("每经实习记者 李某 发自北京 一项基于全球2万多家公司的最新研究结果显示：中国企业高管薪酬增长最快。").unwrap(), ["李某"]);
        assert_eq!(credit_prefix("文/某浪财经某西兰特约观察员 张某业[微博] 11月28日，电影在惠灵顿举行了首映礼。").unwrap(), ["张某业"]);
        assert_eq!(credit_prefix("记者 了解到 某市今年新建学校十所，新增学位一万个。"), None);
        assert_eq!(credit_prefix("作者 简介 张某，男，1975年出生，现任某某大学教授，主要研究区域经济。"), None);
        assert_eq!(credit_prefix("评论员 文章 要把群众的冷暖放在心上，这是我们的初心。"), None);
        assert_eq!(credit_prefix("每經實習記者 李某 發自北京 一項基於全球2萬多家公司的研究結果顯示：高管薪酬增長最快。").unwrap(), ["李某"]);
        // Each piece's writer comes back in the page's script.
        let long = "端午節一早，按照約好的時間撥通電話，嘟嘟不過兩聲，那頭便接了起來，聲音依舊洪亮且親切。".to_string();
        let p: Vec<String> = vec!["前言".into(), "人物".into(), "楊某方  李某楠".into(), long.clone(), "人物二".into(), "姜  某".into(), long];
        assert_eq!(section_writers(&p).unwrap(), ["楊某方", "李某楠", "姜某"]);
        assert_eq!(author_notice("，作者：王某龙，某氪经授权发布。").unwrap(), ["王某龙"]);
        assert_eq!(outlet_author_bracket("某公司目前仅服务于旧金山。[某氪，作者: Chloe]"), Some(("某氪".to_owned(), vec!["Chloe".to_owned()])));
        assert_eq!(dispatched("Dan Strumpf发自香港/Asa Fitch发自旧金山/Yoko Kubota发自北京").unwrap(), ["Dan Strumpf", "Asa Fitch", "Yoko Kubota"]);
        assert_eq!(dispatched("王某明发自北京").unwrap(), ["王某明"]);
        assert_eq!(dispatched("Dan Strumpf发自香港/他说明天再谈"), None);
        assert_eq!(dispatched("王某发自内心地说"), None);
        assert_eq!(outlet_author_bracket("[某氪，作者: 王某]").unwrap().1, ["王某"]);
        assert_eq!(outlet_author_bracket("（图片来源，作者: 网络）"), None);
        assert_eq!(author_notice("，作者：SpencerWoo ，责编：waychane ，某氪经授权发布。").unwrap(), ["SpencerWoo"]);
        assert_eq!(author_notice("，作者：原创，经授权发布。"), None);
        // A portal's notice of the account it took the piece from, then the writer.
        let n = "本文来自微信公众号：某济观察报 （ID：eeo-com-cn），作者：欧阳某红，头图来自：视觉中国";
        assert_eq!(author_notice(n).unwrap(), ["欧阳某红"]);
        let n = "本文来自微信公众号：某伦周刊 （ID：barronschina），作者：威廉·某茨，编辑：郭某群，原文标题：《…》";
        assert_eq!(author_notice(n).unwrap(), ["威廉·某茨"]);
        assert_eq!(author_notice("本文来自微信公众号：某某数据，作者：原创，设计：某某"), None);
        let (o, n) = outlet_bracket_credit("某视财经（记者\u{a0}黄某丽）").unwrap();
        assert_eq!((o.as_str(), n), ("某视财经", vec!["黄某丽".to_owned()]));
        assert_eq!(outlet_bracket_credit("张某某（记者 黄某丽）").map(|(o, _)| o), None);
        assert_eq!(outlet_bracket_credit("某视财经（记者了解到）"), None);
        assert_eq!(credit_after_headline("某原地产宣布改革 每经记者 杨某强 发自上海 “市场不好的时候才要逼我们改革。”").unwrap(), ["杨某强"]);
        assert_eq!(retitled_credit("原标题：某区打造“某河之夜”，办“家门口的啤酒节”记者 台某超 通讯员 崔某传7月24日晚，某区某街道举办啤酒节。").unwrap(), ["台某超", "崔某传"]);
        assert_eq!(retitled_credit("原标题：通过！三省“牵手” 协同立法守护大熊猫某面新闻记者 杨某 赖某杰近日，四川省通过大熊猫国家公园管理条例。").unwrap(), ["杨某", "赖某杰"]);
        assert_eq!(retitled_credit("原标题：某某公司被立案调查作者：木木2023年7月24日，某某公司发布了公告。").unwrap(), ["木木"]);
        assert_eq!(retitled_credit("原标题：某某公司被立案调查2023年7月24日，某某公司告诉记者，公司运营正常。"), None);
        assert_eq!(spaced_lead_credit("实习记者｜魏某阳11月4日，某西省某市发生一起交通事故。").unwrap(), ["魏某阳"]);
        let paras = |v: &[&str]| v.iter().map(|l| l.to_string()).collect::<Vec<_>>();
        assert_eq!(
            opening_name(&paras(&["不少花草也是中药材，如丁香、茉莉等。", "丁香", "丁香可作为中药材，具有温中降逆、补肾助阳的功效，多用于脾胃虚寒的治疗。"])),
            None
        );
        assert_eq!(
            opening_name(&paras(&["不少花草也是中药材，如丁香、茉莉等。", "丁某", "春暖花开，各种鲜花绽放，不少赏心悦目的花草也是功效不凡的中药材。"])).unwrap(),
            ["丁某"]
        );
        assert_eq!(author_box("**博客 | 一某**").unwrap(), ["一某"]);
        assert_eq!(original_notice("***本文为「某联生活周刊」原创内容**").as_deref(), Some("某联生活周刊"));
        assert_eq!(original_notice("本文系某某网独家稿件，转载请注明出处。").as_deref(), Some("某某网"));
        assert_eq!(original_notice("某書原创文章，转载请申请授权").as_deref(), Some("某書"));
        assert_eq!(original_notice("本文为作者原创，转载请联系作者。"), None);
        assert_eq!(outlet_learned("36氪获悉，某某公司宣布完成B轮融资。").as_deref(), Some("36氪"));
        assert_eq!(outlet_learned("某湃新闻记者获悉，某某奖得主于当地时间4月13日逝世。").as_deref(), Some("某湃新闻"));
        assert_eq!(outlet_learned("原文刊发于某湃新闻，此文本根据某某网整理。").as_deref(), Some("某湃新闻"));
        assert_eq!(outlet_learned("本报记者获悉，某某公司宣布完成B轮融资。"), None);
        assert_eq!(outlet_learned("记者获悉，某某公司宣布完成B轮融资。"), None);
        assert_eq!(outlet_learned("市民获悉，某某公司宣布完成B轮融资。"), None);
        assert_eq!(original_notice("他说这本文为原创内容。"), None);
        let lines = |v: &[&str]| v.iter().map(|l| l.to_string()).collect::<Vec<_>>();
        assert_eq!(signed_with_date(&lines(&["---", "孙某婷", "2018 年 1 月 16 日"])).unwrap(), ["孙某婷"]);
        assert_eq!(signed_with_date(&lines(&["郑某明", "2018年1月17日"])).unwrap(), ["郑某明"]);
        assert_eq!(signed_with_date(&lines(&["某某市人民政府", "2018年1月17日"])), None);
        assert_eq!(signed_with_date(&lines(&["相关阅读", "郑某明", "2018年1月17日"])), None);
        assert_eq!(signed_with_date(&lines(&["2018年1月17日", "---", "郑某明"])).unwrap(), ["郑某明"]);
        assert_eq!(author_box("**博客 | 飄某 & 小某**").unwrap(), ["飄某", "小某"]);
        assert_eq!(author_box("博客 | 讀者來論"), None);
        assert_eq!(author_box("博客 | 这是一段很长的关于博客的介绍文字"), None);
        assert_eq!(credit_prefix("撰文｜锅某柚 封面来源｜Unsplash（AI辅助扩图） 五一假期已经结束，但节后综合症并未消退。").unwrap(), ["锅某柚"]);
        assert_eq!(credit_prefix("记者 锅某柚 五一假期已经结束，但节后综合症并未消退。"), None);
        assert_eq!(credit_prefix("某众网·某报新闻记者张某通讯员蒋某济南报道《某市生活垃圾管理条例》将于5月1日正式实施").unwrap(), ["张某", "蒋某"]);
        assert_eq!(credit_prefix("某眾網·某報新聞記者張某通訊員蔣某濟南報道《某市生活垃圾管理條例》將於5月1日正式實施").unwrap(), ["張某", "蔣某"]);
        assert_eq!(label_glued_lead("文｜袁某2024年诺贝尔医学或生理学奖颁给了两位科学家。").unwrap(), ["袁某"]);
        assert_eq!(label_glued_lead("文｜某某2024年诺贝尔医学或生理学奖颁给了两位科学家。"), None);
        assert_eq!(
            titled_dispatch_credit("中新社香港9月23日电 题：“00后”某港“铁路迷”拍照高铁通车 作者 香某容 广深港高铁香港段23日正式通车，").unwrap(),
            ["香某容"]
        );
        assert_eq!(
            titled_dispatch_credit("某华社北京8月29日电题：聚焦中非合作论坛北京峰会四个看点某华社“某华视点”记者伍某、许某、乌某达2018年中非合作论坛将于9月3日举行。").unwrap(),
            ["伍某", "许某", "乌某达"]
        );
        assert_eq!(titled_dispatch_credit("某华社北京8月29日电 据了解，今年的论坛将于9月3日举行，记者张某从会上获悉。"), None);
        assert_eq!(credit_block_within("他们多是本地村民，出于热情加入骑行的热潮中。 记者｜彭某 编辑｜王某 出事 8月11日，连着几天的雾气").unwrap(), ["彭某"]);
        assert_eq!(credit_block_within("他们多是本地村民，出于热情加入骑行的热潮中。 记者｜彭某 出事 8月11日，连着几天的雾气"), None);
        assert_eq!(labelled_credit_within("小懒自动备份，仅供查阅学习 ***本文为「某某周刊」原创内容** 文｜黑某 这是一个关于面包的故事，").unwrap(), ["黑某"]);
        assert_eq!(labelled_credit_within("某某酒店开业。 文/羊城晚报记者 张某 通讯员 李某斌 彭某祥 近日，某某酒店正式开业，").unwrap(), ["张某", "李某斌", "彭某祥"]);
        assert_eq!(labelled_credit_within("他在书中写道，作者：这是一本关于城市的书，讲述了很多故事。"), None);
        assert_eq!(labelled_credit_within("某某酒业发布新品。 作者：某夏酒报团队 近日，某某酒业在某地举行新品发布会，"), None);
        assert_eq!(labelled_credit_within("某某研究新进展 作者：Karen Hao翻译：朱某轩校对：詹某尽管自然语言处理最近取得了诸多进展，"), None);
        assert_eq!(labelled_credit_within("某某研究新进展 文/ doufu 尽管自然语言处理最近取得了诸多进展，").unwrap(), ["doufu"]);
        assert_eq!(
            labelled_credit_within("某某大桥建成通车 湖北日报全媒记者 翟某波 刘某 林某 通讯员 杜某芳 9月20日，某某大桥正式建成通车。").unwrap(),
            ["翟某波", "刘某", "林某", "杜某芳"]
        );
        assert_eq!(labelled_credit_within("今年以来，全市新增企业三千家，记者 了解到 这些企业多集中在服务业，"), None);
        assert_eq!(labelled_credit_within("他说，减税将释放商界能量。资料图：某财长 某新社记者 刁某洋 摄资料图：某财长 某新社记者 刁某洋 摄姆某说，"), None);
        assert_eq!(credit_after_headline("世合投资的陷阱 某治周末实习生 程某辉 某治周末记者 戴某蕾 10月22日，对于投资者而言").unwrap(), ["程某辉", "戴某蕾"]);
        // A family name outside the list after a role and a space, when the
        // credit's other name opens with one; the credit opening the paragraph.
        assert_eq!(credit_after_headline("世合投资的陷阱 某治周末实习生 代某辉 某治周末记者 戴某蕾 10月22日，对于投资者而言").unwrap(), ["代某辉", "戴某蕾"]);
        assert_eq!(credit_after_headline("某治周末实习生 代某辉 某治周末记者 戴某蕾 10月22日，对于投资者而言").unwrap(), ["代某辉", "戴某蕾"]);
        assert_eq!(credit_after_headline("世合投资的陷阱 某治周末实习生 代某辉 10月22日，对于投资者而言"), None);
        assert_eq!(credit_after_headline("某某公司分部人去楼空。 某某投资下的陷阱 某治周末记者 戴某蕾 10月22日，对于投资者而言").unwrap(), ["戴某蕾"]);
        assert_eq!(credit_after_headline("某某公司分部人去楼空，投资者无处讨债。 某某投资下的陷阱 某治周末记者 戴某蕾 10月22日，对于投资者而言"), None);
        assert_eq!(credit_after_headline("某某汽车或重蹈覆辙 某治周末特约撰稿 曾某飞 以总统的名字命名的汽车，正在"), Some(vec!["曾某飞".to_owned()]));
        let nav = "资料图 某特汽车最新实时行情 公司新闻 公司研究 机构持股 财务信息 汽车制造行业 客户端 某肯汽车或重蹈覆辙 某治周末特约撰稿 曾某飞 以总统的名字命名的汽车，正在";
        assert_eq!(credit_after_headline(nav), Some(vec!["曾某飞".to_owned()]));
        assert_eq!(credit_after_headline("某州部署城建重点任务 文 张某华 5月12日上午，某州市召开推进会。"), Some(vec!["张某华".to_owned()]));
        assert_eq!(credit_prefix("文 张某华 5月12日上午，某州市召开推进会。"), Some(vec!["张某华".to_owned()]));
        assert_eq!(credit_after_headline("市场回暖 成交放量，价格平稳 二手房 挂牌 记者 杨某强 “市场不好的时候才要改革。”"), None);
        // A sentence before the words is no headline; a role in a sentence is no credit.
        assert_eq!(credit_after_headline("市场回暖，成交放量 记者 杨某强 “市场不好的时候才要改革。”"), None);
        assert_eq!(credit_after_headline("某某宣布改革 记者了解到 市场不好的时候才要改革。"), None);
        // A name before the role, or marks after the names: the credit began
        // earlier or runs on, and another reader takes it whole.
        assert_eq!(credit_after_headline("某某思政课2026-04-04记者 陆某 通讯员 刘某 郑某汐4月1日，由某某大学主办"), None);
        assert_eq!(credit_after_headline("某某演练掠影■赵某棋 张某杰 某放军报特约记者 李某涛 摄影报道一声令下，快速登车。"), None);
        assert_eq!(account_source("本文来自微信公众号：[某济观察报 （ID：eeo）](http://mp.weixin.qq.com/s?x=1#rd)，作者：X").as_deref(), Some("某济观察报"));
        assert_eq!(account_source("本文来自微信公众号“某熊观察员”（ID:bx42），作者：侠某小猫").as_deref(), Some("某熊观察员"));
        assert_eq!(author_notice("编者按：本文来自微信公众号“某熊观察员”（ID:baixiong42），作者：侠某小猫，某氪经授权发布。").unwrap(), ["侠某小猫"]);
    }

    #[test]
    fn a_credit_glued_to_the_leads_summary_box() {
        assert_eq!(boxed_lead_credit("某河报记者 李某敏核心提示|7月29日至8月2日，某某培训班在郑州举行。").unwrap(), ["李某敏"]);
        assert_eq!(boxed_lead_credit("记者林某阅读提示|某某事件，让人们不禁担心：还能不能愉快地吃肉了？").unwrap(), ["林某"]);
        assert_eq!(boxed_lead_credit("核心提示|7月29日，某某培训班在郑州举行。"), None);
    }

    #[test]
    fn names_alone_above_the_body_and_a_wechat_original_line() {
        assert_eq!(names_alone("何某刚　黄某萍").unwrap(), ["何某刚", "黄某萍"]);
        assert!(names_alone("何某刚").is_none());
        assert!(names_alone("北京 上海").is_none());
        assert!(names_alone("金秋 时节").is_none() && names_alone("方向 明确").is_none());
        assert_eq!(names_alone("王 某　李 某").unwrap(), ["王某", "李某"]);
        assert_eq!(
            wechat_original("原创 刘某远 某海发布 2023-06-12 18:00 发表于上海"),
            Some(("刘某远".to_owned(), "某海发布".to_owned()))
        );
        assert!(wechat_original("原创 某海发布 2023-06-12").is_none());
    }

    #[test]
    fn every_writers_label_on_an_information_line() {
        assert_eq!(byline_in("发布日期：2024年08月20日　信息来源：某南日报　作者：习某鸿 通讯员：符 钰").unwrap(), ["习某鸿", "符钰"]);
        assert_eq!(byline_in("发表时间：2022-08-15　来源单位：区应急管理局　作者：周某峰　访问量：576").unwrap(), ["周某峰"]);
        assert_eq!(byline_in("2014-03-02 08:16 来源：某原晚报 某原晚报记者 钟某鸣 实习生 蓝某").unwrap(), ["钟某鸣", "蓝某"]);
    }

    #[test]
    fn a_writer_marked_after_the_name_closing_the_story() {
        assert_eq!(slashed_credit("希望这一版的角色可以与众不同。某圈 sharon/文").unwrap(), ["sharon"]);
        assert_eq!(slashed_credit("为全年丰收打好基础。韩某明/文").unwrap(), ["韩某明"]);
        // No family name, no Latin letters: a word, not a writer.
        assert!(slashed_credit("为全年丰收打好基础。全文/文").is_none());
        assert_eq!(byline::byline_line("作者：网友：lilyandfly 编辑：王某珊").unwrap(), ["lilyandfly"]);
    }

    #[test]
    fn dates_as_blog_software_and_self_media_print_them() {
        let v = visible_date("四月 27, 2019 •生活科技 •").unwrap();
        assert_eq!(v.at.date_naive().to_string(), "2019-04-27");
        let s = short_date("18-08-0110:07", None).unwrap();
        assert_eq!(s.at.format("%Y-%m-%d %H:%M").to_string(), "2018-08-01 10:07");
        assert!(short_date("第18-08-01期", None).is_none());
    }

    #[test]
    fn a_writer_then_the_outlet_beside_the_date() {
        let body = "<p>春耕时节，全省各地抢抓农时，田间地头一派繁忙景象，农机手驾驶旋耕机来回作业。</p>\
                    <p>据省农业农村厅介绍，今年全省计划播种粮食面积比去年略有增加，各地提前调运种子化肥。</p>";
        let page = |line: &str| {
            format!("<html><body><h1>全省春耕备播有序推进</h1><div><span>{line}</span></div><div>2019.05.22</div><div class=\"content\">{body}</div></body></html>")
        };
        assert_eq!(authors_of(&page("邓某夏 第一财经YiMagazine")), ["邓某夏"]);
        assert_eq!(authors_of(&page("邓某夏 某江周刊")), ["邓某夏"]);
        // A place after a name is no outlet.
        assert!(authors_of(&page("邓某夏 北京")).is_empty());
    }

    #[test]
    fn label_cells_without_a_colon_and_their_values() {
        let body = "<p>春耕时节，全省各地抢抓农时，田间地头一派繁忙景象，农机手驾驶旋耕机来回作业。</p>\
                    <p>据省农业农村厅介绍，今年全省计划播种粮食面积比去年略有增加，各地提前调运种子化肥。</p>";
        let dl = format!(
            "<html><body><h1>全省春耕备播有序推进</h1><dl><dt>作者</dt><dd>韩某明</dd><dt>发布时间</dt>\
             <dd>2024-03-12</dd></dl><div class=\"content\">{body}</div></body></html>"
        );
        assert_eq!(authors_of(&dl), ["韩某明"]);
        let table = format!(
            "<html><body><h1>全省春耕备播有序推进</h1><table><tr><td>来源</td><td>某江日报</td><td>作者</td>\
             <td>韩某明 柯某静</td></tr></table><div class=\"content\">{body}</div></body></html>"
        );
        assert_eq!(authors_of(&table), ["韩某明", "柯某静"]);
        // A cell that only says 作者 with a sentence after it is no credit.
        let prose = format!("<html><body><h1>全省春耕备播有序推进</h1><div class=\"content\"><p>作者</p>{body}</div></body></html>");
        assert!(authors_of(&prose).is_empty());
    }

    #[test]
    fn a_cms_author_field_naming_the_editor_or_one_reporter_yields_to_the_byline() {
        let para = "<p>第二段，市民可以通过网站随时查询，相关部门表示将继续完善服务，方便群众办事。</p>";
        // Founder's `author` field holds the editor shown under the story.
        let editor = format!(
            "<body><!--enpproperty <author>王编辑</author><title>某地开展演练</title>/enpproperty--><h1>某地开展演练</h1><div id=ozoom><!--enpcontent--><p>本报记者 李四</p><p>第一段，今天上午，全市开展应急演练，数百名乘客有序疏散，现场秩序井然。</p>{para}<!--/enpcontent--></div><p>（责任编辑：王编辑）</p></body>"
        );
        assert_eq!(authors_of(&editor), ["李四"]);
        // And when the page shows no byline at all, nobody.
        assert!(authors_of(&editor.replace("<p>本报记者 李四</p>", "")).is_empty());
        // The field names one of the two reporters the dateline credits.
        let one = format!(
            "<body><!--enpproperty <author>张三</author><title>某地开展演练</title>/enpproperty--><h1>某地开展演练</h1><div id=ozoom><!--enpcontent--><p>某某新闻网12月14日讯（记者 张三 通讯员 李四）今天上午，全市开展应急演练，数百名乘客有序疏散。</p>{para}<!--/enpcontent--></div></body>"
        );
        assert_eq!(authors_of(&one), ["张三", "李四"]);
        // Otherwise the field is exact and wins.
        let other = one.replace("<author>张三</author>", "<author>赵六</author>");
        assert_eq!(authors_of(&other), ["赵六"]);
    }

    #[test]
    fn credits_closing_a_paragraph_and_labels_on_a_line_of_their_own() {
        assert_eq!(trailing_credit("環保局也提醒民眾多加留意。(陳美玲報導)").unwrap(), ["陳美玲"]);
        assert_eq!(trailing_credit("市场预计下周将继续上涨。(周平/编译)").unwrap(), ["周平"]);
        assert_eq!(trailing_credit("其他地區為多雲。撰稿：吳某萱").unwrap(), ["吳某萱"]);
        assert_eq!(trailing_credit("盼各界諒解。」（李某展、林某偉／台北報導）").unwrap(), ["李某展", "林某偉"]);
        assert_eq!(trailing_credit("經盤查與本案無關。（地方中心王某忠／台中報導）").unwrap(), ["王某忠"]);
        assert_eq!(trailing_credit("确保目标的完成。 文/记者陈某").unwrap(), ["陈某"]);
        assert_eq!(trailing_credit("（来源：《某明日报》/刘某）").unwrap(), ["刘某"]);
        assert_eq!(trailing_credit("影响5月份将达到最大。记者余某敏 实习生黄某").unwrap(), ["余某敏", "黄某"]);
        assert_eq!(trailing_credit("但还无法预计其规模。（某外网-巴黎-鲁某）").unwrap(), ["鲁某"]);
        assert!(trailing_credit("等与孩子们一起搭建玩具模型。本报记者高某 通讯员李某摄").is_none());
        assert_eq!(spaced_tail_credit("这是最简单的法则，却也最有效。 ——来自前线的最新报告 特约记者/《某学》杂志 王某").unwrap(), ["王某"]);
        assert!(spaced_tail_credit("他告诉记者 这是最简单的法则，却也最有效。").is_none());
        assert!(spaced_tail_credit("相关新闻：我市新增3个省级特色小镇 记者 曹某").is_none());
        assert_eq!(byline::byline_line("【某方日报记者】夏某荔").unwrap(), ["夏某荔"]);
        assert_eq!(byline::byline_line("记者 楼某靖 培训生 张某远").unwrap(), ["楼某靖", "张某远"]);
        assert_eq!(trailing_credit("降落珠海国际航展中心。（某面新闻记者 邹某江 杨某 珠海报道）").unwrap(), ["邹某江", "杨某"]);
        assert_eq!(label_then_names("作者：", "方 敏").unwrap(), ["方敏"]);
        assert!(label_then_names("作者：", "本文仅代表作者个人观点，与本网无关").is_none());
        assert!(label_then_names("相关新闻", "方敏").is_none());
        assert_eq!(label_then_names("2.記者署名:", "吳某").unwrap(), ["吳某"]);
    }

    #[test]
    fn outlet_printed_after_the_time() {
        assert_eq!(outlet_after_time("http://www.sina.com.cn 2011年12月09日 16:41 果壳网").as_deref(), Some("果壳网"));
        assert_eq!(outlet_after_time("http://www.sina.com.cn 2012年01月12日14:27 辽一网-华商晨报微博").as_deref(), Some("华商晨报"));
        assert_eq!(outlet_after_time("2012年01月12日 16:03财讯网【大 中 小】 【打印】").as_deref(), Some("财讯网"));
        assert!(outlet_after_time("2012-01-12 17:16:28 网易网站 | 我来说两句 (0)").is_none());
        assert!(outlet_after_time("2024-05-18 12:34发布于北京经济日报").is_none());
        assert_eq!(outlet_after_time("2012-01-17 21:00 新华网").as_deref(), Some("新华网"));
        assert!(outlet_after_time("2024-05-20 09:30 星期一").is_none());
        assert!(outlet_after_time("2024年5月20日 09:00 市政府召开常务会议").is_none());
    }

    #[test]
    fn a_columnist_named_before_the_headlines_colon() {
        let p = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let column = p(&["笔者认为，收费公路亏损扩大，说明相关投资已经相对过剩。", "这值得各地在规划新项目时认真反思。"]);
        assert_eq!(columnist("欧阳某剑：收费公路亏损扩大警示相对过剩", &column).unwrap(), ["欧阳某剑"]);
        assert_eq!(columnist("贺某明：谁的阴谋？", &column).unwrap(), ["贺某明"]);
        // Who said it: a country's press, the police.
        assert!(columnist("韩媒：某国试射导弹失败", &column).is_none());
        assert!(columnist("警方：已控制嫌疑人", &column).is_none());
        // A report on what someone said names them in the text.
        let report = p(&["贺某明在会上表示，要坚定发展信心。", "会议由副市长主持。"]);
        assert!(columnist("贺某明：坚定发展信心", &report).is_none());
        // A place or a word without a family name is no columnist.
        assert!(columnist("武汉：新增三条地铁线路", &column).is_none());
        assert!(columnist("专家：警惕相对过剩", &column).is_none());
        assert!(columnist("时评：警惕相对过剩", &column).is_none());
        assert!(columnist("独家：收费公路亏损扩大", &column).is_none());
    }

    #[test]
    fn writer_named_on_the_closing_line() {
        let p = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(closing_name(&p(&["颁奖典礼于12月10日举行。", "徐某勇（某某社供本报特稿）"])).unwrap(), ["徐某勇"]);
        assert_eq!(closing_name(&p(&["颁奖典礼于12月10日举行。", "徐某勇"])).unwrap(), ["徐某勇"]);
        assert_eq!(closing_name(&p(&["颁奖典礼于12月10日举行。", "闫某洁　（某某社供本报稿）"])).unwrap(), ["闫某洁"]);
        // A district signing a notice, or the last words of a speech, name no writer.
        for last in ["高新区", "白云区 2022.03.01", "谢谢", "全文完"] {
            assert_eq!(closing_name(&p(&["会议要求各单位认真落实各项任务。", last])), None, "{last}");
        }
        // Not after an unfinished line, not a place, not a word without a family name.
        assert_eq!(
            closing_name(&p(&["颁奖典礼于12月10日举行。", "闫某洁　（某某社供本报稿）", "(责任编辑：UN608)", "本文相关推荐"])).unwrap(),
            ["闫某洁"]
        );
        assert_eq!(closing_name(&p(&["颁奖典礼于12月10日举行。", "黃某容 賴某杰 台中"])).unwrap(), ["黃某容", "賴某杰"]);
        assert_eq!(closing_name(&p(&["颁奖典礼于12月10日举行。", "黄某容、赖某杰"])).unwrap(), ["黄某容", "赖某杰"]);
        // A signature set off by a rule of dashes, perhaps with the writer's
        // desk; the rule on the line above, a picture after.
        assert_eq!(closing_name(&p(&["让世界遍地开出爱之花", "-----卜某成"])).unwrap(), ["卜某成"]);
        assert_eq!(closing_name(&p(&["又何尝不是享受呢", "----------服务部：陈某萍"])).unwrap(), ["陈某萍"]);
        assert_eq!(closing_name(&p(&["**他已做好准备！**", "---", "张某帆", "![张某帆](https://img.example/a.png)"])).unwrap(), ["张某帆"]);
        assert_eq!(closing_name(&p(&["又何尝不是享受呢", "-----"])), None);
        assert_eq!(closing_name(&p(&["又何尝不是享受呢", "-----下期再见"])), None);
        assert!(closing_name(&p(&["颁奖典礼于12月10日举行。", "黄某容 赖某杰 职员"])).is_none());
        assert_eq!(closing_name(&p(&["颁奖典礼于12月10日举行。", "县农业农村局 韩某明"])).unwrap(), ["韩某明"]);
        assert!(closing_name(&p(&["相关链接", "徐某勇"])).is_none());
        assert!(closing_name(&p(&["颁奖典礼于12月10日举行。", "武汉"])).is_none());
        assert!(closing_name(&p(&["颁奖典礼于12月10日举行。", "附件"])).is_none());
        assert!(closing_name(&p(&["颁奖典礼于12月10日举行。", "徐某勇（图）"])).is_none());
    }

    #[test]
    fn writer_named_with_a_note_on_who_they_are() {
        assert_eq!(trailing_credit("（本文由贺某明根据录音整理）").as_deref(), Some(&["贺某明".to_owned()][..]));
        assert_eq!(trailing_credit("会议圆满结束。（由贺某明、柯某静执笔）").as_deref(), Some(&["贺某明".to_owned(), "柯某静".to_owned()][..]));
        assert!(trailing_credit("（本文由某某办公室整理）").is_none());
        assert_eq!(trailing_credit("（本文来源：某某日报 作者：某某交流中心研究员贺某明）").as_deref(), Some(&["贺某明".to_owned()][..]));
        assert_eq!(trailing_credit("（本文来源：某某日报 作者：某某中心世界经济研究部部长，“某某”研究部部长、研究员贺某明）返回首页").as_deref(), Some(&["贺某明".to_owned()][..]));
        assert_eq!(trailing_credit("（本文作者贺某明系省农业科学院研究员）").as_deref(), Some(&["贺某明".to_owned()][..]));
        assert_eq!(trailing_credit("（作者：贺某明，河北省社会科学院研究员）").as_deref(), Some(&["贺某明".to_owned()][..]));
    }

    #[test]
    fn inline_byline_and_editor() {
        assert_eq!(byline_in("2022-03-29 来源：河北日报 作者：张三").unwrap(), ["张三"]);
        assert_eq!(byline_in("时间：2022-03-29 来源：某某新闻网 撰稿：王小三 审核：李小四").unwrap(), ["王小三"]);
        assert_eq!(editor_in("责任编辑：李四 来源：新华网").as_deref(), Some("李四"));
    }

    #[test]
    fn credit_in_a_part_of_the_information_line() {
        assert_eq!(byline_in("稿源：某江日报 2024-03-12 08:30 记者 贺某明 通讯员 柯某静").unwrap(), ["贺某明", "柯某静"]);
        assert_eq!(byline_in("贺某明 柯某静 | 2024-03-12 08:30 | 来源：某江日报").unwrap(), ["贺某明", "柯某静"]);
        assert_eq!(byline_in("信息来源：农业农村局 撰稿人：贺某明").unwrap(), ["贺某明"]);
        assert_eq!(byline_in("2024-03-12 来源：某某晚报·某某壹点 记者 贺某明").unwrap(), ["贺某明"]);
        // A place, a word without a family name, or a line with neither a
        // date nor a source label names nobody.
        assert!(byline_in("2024-03-12 08:30 | 武汉 | 来源：某江日报").is_none());
        assert!(byline_in("2024-03-12 08:30 | 要闻 | 来源：某江日报").is_none());
        assert!(byline_in("贺某明 柯某静 | 要闻").is_none());
        // A comment's name and time.
        assert!(byline_in("贺某明 2018-07-28 08:06:55").is_none());
    }

    #[test]
    fn original_url_from_source_link() {
        let doc = Html::parse_document(
            r#"<div class="artOri">2024年05月17日08:59 来源：<a href="http://epaper.ynet.com/html/2024-05/17/content_434387.htm?div=-1">北京青年报</a></div>"#,
        );
        assert_eq!(
            original_link(&doc, None).as_deref(),
            Some("http://epaper.ynet.com/html/2024-05/17/content_434387.htm?div=-1")
        );
    }

    #[test]
    fn more_credits_at_the_end_of_a_story() {
        assert_eq!(trailing_credit("(李小伟 编译)").unwrap(), ["李小伟"]);
        assert_eq!(trailing_credit("(李小伟 撰稿)").unwrap(), ["李小伟"]);
        assert!(trailing_credit("(李小沐 编辑)").is_none());
        assert_eq!(trailing_credit("今后将继续为市民提供良好的环境。记者祝小勇").unwrap(), ["祝小勇"]);
        assert!(trailing_credit("文章最后附有一篇记者手记").is_none());
        assert_eq!(trailing_credit("（記者 李小慧/文 通訊員 史小貝/圖）").unwrap(), ["李小慧"]);
        let first = "市府提醒民眾出門前先查詢路況，避開尖峰時段。(林小玉報導)";
        assert_eq!(lead_reported(first).unwrap(), ["林小玉"]);
        assert!(lead_reported("市長表示，將全力推動。(林小玉)").is_none());
    }

    #[test]
    fn padded_and_titled_names_after_a_label() {
        assert_eq!(byline_in("来源：证券日报 作者：方 敏").unwrap(), ["方敏"]);
        assert_eq!(byline_in("作者：见习编辑 李小皙").unwrap(), ["李小皙"]);
        assert_eq!(byline_in("作者：林小靜 文字大小：【大】【中】【小】").unwrap(), ["林小靜"]);
    }

    #[test]
    fn template_slots_headline_credits_and_date_lines() {
        assert_eq!(slot_names("张小君").unwrap(), ["张小君"]);
        assert!(slot_names("我要评论 (0)").is_none());
        assert_eq!(slot_outlet("家电质量网").as_deref(), Some("家电质量网"));
        assert!(slot_outlet("来源：").is_none());
        assert!(slot_outlet("2012-01-12").is_none());
        assert_eq!(headline_credit("談冬季進補的幾個誤區（黃小泰）").unwrap(), ["黃小泰"]);
        assert!(headline_credit("市民广场举行灯展（图）").is_none());
        assert!(headline_credit("一图读懂政府工作报告（全文）").is_none());
        let d = date_line("(2012-03-08 19:30) 晚間新聞").unwrap();
        assert_eq!(d.at.to_rfc3339(), "2012-03-08T19:30:00+08:00");
        assert!(date_line("相关新闻：某市举行春节联欢活动 2012-01-10").is_none());
    }

    #[test]
    fn outlets_without_a_label() {
        assert_eq!(outlet_before_time("優活健康資訊網 (2012-02-03 09:15)").as_deref(), Some("優活健康資訊網"));
        assert!(outlet_before_time("发布时间 2012-01-12 11:33").is_none());
        assert_eq!(outlet_before_time("某某在线－某某青年报 2010-05-08 [打印] [关闭]").as_deref(), Some("某某青年报"));
        assert_eq!(outlet_before_time("某某日报 2010-05-08").as_deref(), Some("某某日报"));
        assert_eq!(outlet_before_time("某某日报 | 2010-05-08 08:30").as_deref(), Some("某某日报"));
        assert!(outlet_before_time("发布日期 2010-05-08").is_none());
        assert_eq!(outlet_line(&["2012-01-11 01:30", "中國時報", "【某某／綜合報導】"]).as_deref(), Some("中國時報"));
        assert!(outlet_line(&["热门排行", "中國時報"]).is_none());
        assert_eq!(reported_by("据楚天金报1月12日报道，武汉今天迎来降雪。").as_deref(), Some("楚天金报"));
        assert!(reported_by("据了解，今年春运客流增长明显。").is_none());
        assert_eq!(reported_by("据新华社电 国务院日前印发通知。").as_deref(), Some("新华社"));
        assert_eq!(outlet_after_time("2024-06-02 10:05·新华社").as_deref(), Some("新华社"));
    }

    #[test]
    fn lines_cut_inside_a_bracket_are_rejoined() {
        assert_eq!(rejoin(&["【联合报╱记者", "陈大利", "／即时报导】", "2012.01.12"]), ["【联合报╱记者陈大利／即时报导】", "2012.01.12"]);
        assert_eq!(rejoin(&["(未闭合", "一", "二", "三"]), ["(未闭合", "一", "二", "三"]);
        assert_eq!(rejoin(&["2019", "09/07", "19:02", "某某号"]), ["2019/09/07 19:02", "某某号"]);
        assert_eq!(rejoin(&["2019年", "9月7日", "分享"]), ["2019年9月7日", "分享"]);
        assert_eq!(rejoin(&["2019", "阅读"]), ["2019", "阅读"]);
        assert_eq!(
            rejoin(&["发文机关：", "某某省人民政府办公厅", "成文日期：", "2022年03月25日", "主题分类：", "标题："]),
            ["发文机关： 某某省人民政府办公厅", "成文日期： 2022年03月25日", "主题分类：", "标题："]
        );
        assert_eq!(rejoin(&["字级设定：", "记者：邱小琪 台北报导"]), ["字级设定：", "记者：邱小琪 台北报导"]);
    }

    #[test]
    fn a_date_shown_without_its_year() {
        let known = crate::dates::parse("2019-10-08 12:00:57").unwrap();
        let d = short_date("发布时间：10-0812:00优质原创作者", Some(&known)).unwrap();
        assert_eq!(d.at.to_rfc3339(), "2019-10-08T12:00:00+08:00");
        // A day after the last change was last year's.
        let d = short_date("发布时间：12-30", Some(&known)).unwrap();
        assert_eq!(d.at.date_naive().to_string(), "2018-12-30");
        assert!(short_date("阅读 1024", Some(&known)).is_none());
        assert!(short_date("发布时间：12-30", None).is_none());
        // A two-digit year needs no other date.
        let d = short_date("发布时间：18-03-0823:16", None).unwrap();
        assert_eq!(d.at.to_rfc3339(), "2018-03-08T23:16:00+08:00");
    }

    #[test]
    fn editors_spaced_chosen_or_labelled_with_a_space() {
        assert_eq!(editor_in("供稿：生命学院  编辑：范 丽").as_deref(), Some("范丽"));
        let names = |l: &str| editor_in(l).map(|e| byline::split_names(&e)).unwrap_or_default();
        assert_eq!(names("( 編輯： 周小楠 孫小璐 ) 【字號：大 中 小】【打印】"), ["周小楠", "孫小璐"]);
        assert_eq!(names("编辑：倪小轩 责任编辑：林小涛"), ["倪小轩", "林小涛"]);
        assert_eq!(names("选稿：许小杰"), ["许小杰"]);
        assert_eq!(names("编辑 周小褶 ｜ 排版 魏小蔚"), ["周小褶"]);
        assert_eq!(names("编辑 刘小阳 校对 李小铭"), ["刘小阳"]);
        assert_eq!(names("编辑|禤小杰"), ["禤小杰"]);
        assert_eq!(names("责编｜陈小莹"), ["陈小莹"]);
        assert_eq!(names("网络编辑：Demi Xia"), ["Demi Xia"]);
        assert!(editor_in("编辑部 联系我们").is_none());
        assert_eq!(editor_in("作者 张某华编辑：李某明流程编辑：王某燕").as_deref(), Some("李某明、王某燕"));
        // Reviewers count among the editors; a comma ends the names.
        assert_eq!(editor_in("（图/文：姬某浩；审核：王某霞）").as_deref(), Some("王某霞"));
        assert_eq!(editor_in("（譯者：王某語/核稿：嚴某祺）1131229").as_deref(), Some("嚴某祺"));
        assert_eq!(editor_in("，作者：威廉·某茨，编辑：郭某群，英文版见2022年12月20日报道").as_deref(), Some("郭某群"));
        assert_eq!(editor_in("翻译：朱某轩 校对：詹某 尽管自然语言处理最近取得了进展").as_deref(), Some("詹某"));
        assert_eq!(editor_in("编辑：黄某林 校对：刘某 值班主任：明某武  编审：陈某鑫").as_deref(), Some("黄某林、刘某、陈某鑫"));
    }

    #[test]
    fn outlets_after_a_bare_date_and_in_slots_with_digits() {
        assert_eq!(outlet_after_time("2012-01-16 現代快報").as_deref(), Some("現代快報"));
        assert_eq!(slot_outlet("21世纪网").as_deref(), Some("21世纪网"));
        let d = visible_date("January 17, 2012 06:00 PM").unwrap();
        assert_eq!(d.at.to_rfc3339(), "2012-01-17T18:00:00+08:00");
    }

    #[test]
    fn an_editor_credit_below_a_gallery_and_a_wire_tag_over_a_later_dateline() {
        let mut related = String::new();
        for i in 0..30 {
            related.push_str(&format!("<li><a href=\"/p/{i}.htm\">相关图集第{i}组</a></li>"));
        }
        let page = format!(
            "<body><h1>某地开展冬季演练</h1><div id=content><p>[某某财讯]全市今天开展冬季应急演练，数百名市民有序疏散，现场秩序井然。</p>\
             <p>某某市应急局网站1月12日消息，演练共设置三个科目，参演单位反应迅速，处置得当。</p></div>\
             <ul>{related}</ul><div class=zrbj>( 編輯： 李小強 )  【字號：大 中 小】</div></body>"
        );
        let got = crate::extract::extract(&page, &crate::extract::Options::default()).remove(0);
        assert_eq!(got.editors, ["李小強"]);
        assert_eq!(got.source.as_deref(), Some("某某财讯"));
    }

    #[test]
    fn an_author_meta_naming_the_source_shown_is_no_writer() {
        let page = "<head><meta property=\"article:author\" content=\"某某消息\"></head><body><h1>公园里的健身角</h1>\
             <div class=date-source><span class=date>2019年11月25日 18:57</span> <a class=source href=/m>某某消息</a></div>\
             <div id=content><p>越来越多的城市开始在公园里修建健身器材，鼓励市民锻炼身体，老年人尤其喜欢。</p>\
             <p>一位游客说，这里每天早上都很热闹，大家一起锻炼，气氛很好。</p></div></body>";
        let got = crate::extract::extract(page, &crate::extract::Options::default()).remove(0);
        assert_eq!(got.source.as_deref(), Some("某某消息"));
        assert!(got.authors.is_empty(), "{:?}", got.authors);
        let named = page.replace("content=\"某某消息\"", "content=\"王小明\"");
        let got = crate::extract::extract(&named, &crate::extract::Options::default()).remove(0);
        assert_eq!(got.authors, ["王小明"]);
    }

    #[test]
    fn a_credit_in_a_floated_box_and_a_hidden_slot_naming_the_editor() {
        let para = "<p>近期大盘宽幅震荡，不少上市公司纷纷展开自救，回购、增持、申请停牌各出招数，力求躲过下跌。</p>".repeat(4);
        let page = format!(
            "<body><h1>上市公司纷纷自救</h1><div class=info>2015-07-03 07:42:28 来源: 某某快报</div>\
             <div id=endText>{para}<div class=ep-source><span class=left>本文来源：某某快报 作者：孙小宁</span>\
             <span class=ep-editor>责任编辑：NF041</span></div></div></body>"
        );
        let got = crate::extract::extract(&page, &crate::extract::Options::default()).remove(0);
        assert_eq!(got.authors, ["孙小宁"]);
        assert!(!got.text.contains("本文来源"), "{}", got.text);
        // A search-engine block that repeats the editor as `作者：` names no writer.
        let page = format!(
            "<body><h1>上市公司纷纷自救</h1><div id=BaiduSpider style=display:none><span id=author_baidu>作者：陈小峰</span>\
             <span id=editor_baidu>责任编辑：陈小峰</span></div><div id=content>{para}<p>【编辑:陈小峰】</p></div></body>"
        );
        let got = crate::extract::extract(&page, &crate::extract::Options::default()).remove(0);
        assert_eq!(got.editors, ["陈小峰"]);
        assert!(got.authors.is_empty(), "{:?}", got.authors);
    }

    #[test]
    fn a_meta_box_below_the_body_with_the_source_beside_the_author() {
        let story = "<p>　　5月12日上午，某州市召开城乡建设推进会，部署今年城乡建设的重点任务，要求各区县加快项目进度。</p>".repeat(3);
        let page = format!(
            "<body><h1>某州部署今年城乡建设重点任务</h1><div class=content>{story}</div>\
             <div class=meta><span class=source>某州日报</span><span class=author>张某华</span><span class=time>2023-05-12</span></div></body>"
        );
        assert_eq!(authors_of(&page), ["张某华"]);
        // A sidebar's author slot alone (a book promotion) names no writer of the story.
        let page = format!(
            "<body><h1>某州部署今年城乡建设重点任务</h1><div class=content>{story}</div>\
             <div class=side><span class=title>某某之书</span><span class=author>张某华</span></div></body>"
        );
        assert!(authors_of(&page).is_empty());
    }

    #[test]
    fn a_features_closing_credits_above_a_recruiting_notice() {
        let para = "<p>　　基因调控的重要性无论如何强调都不过分，今年的奖项颁给了两位研究微小核糖核酸的科学家。</p>".repeat(3);
        let page = format!(
            "<body><h1>今年的医学奖</h1><div id=content><p>编辑｜王某</p>{para}<p>排版：初某 / 审核：然某</p>\
             <p>**招聘｜实习生、撰稿人**</p><p>详细岗位要求请点击下方链接查看，欢迎投递简历。</p>\
             <p>点赞、在看，让更多人看到。</p><p>欢迎转发到朋友圈。</p></div></body>"
        );
        let got = crate::extract::extract(&page, &crate::extract::Options::default()).remove(0);
        assert_eq!(got.editors, ["王某", "然某"]);
    }

    #[test]
    fn a_commentators_credit_with_affiliation_left_out_of_the_text() {
        let para = "<p>　　内需包括国内的消费需求和投资需求，消费需求体现了人民对美好生活的需要，投资需求孕育着发展的潜力。</p>".repeat(3);
        let page = format!(
            "<body><h1>坚定实施扩大内需战略</h1><div class=info>2020年07月04日 12:10 来源：某某网</div><div id=content>{para}\
             <p>　　(作者：方小敏北京大学经济学院教授)</p><div class=adEditor><span>【编辑:陈小峰】 </span></div></div></body>"
        );
        let got = crate::extract::extract(&page, &crate::extract::Options::default()).remove(0);
        assert_eq!(got.authors, ["方小敏"]);
        assert_eq!(got.editors, ["陈小峰"]);
    }

    #[test]
    fn credits_with_an_outlet_glued_credits_and_slot_rows() {
        assert_eq!(trailing_credit("（中国台湾网 王小然）").unwrap(), ["王小然"]);
        assert_eq!(trailing_credit("他笑着说：“今年的生意比去年好多了。”文/包小臻").unwrap(), ["包小臻"]);
        assert_eq!(outlet_name_time("21世纪网 何小漪 2012-03-02 10:16:05 评论"), Some(("21世纪网".to_owned(), "何小漪".to_owned())));
        assert!(outlet_name_time("相关阅读 更多 2011-12-15").is_none());
        assert_eq!(
            outlet_name_time("http://ent.example.com 2009年01月05日12:37 某讯娱乐 王某明 我要评论(0)"),
            Some(("某讯娱乐".to_owned(), "王某明".to_owned()))
        );
        assert!(outlet_name_time("2009年01月05日12:37 某讯娱乐 我要 评论").is_none());
        assert!(outlet_name_time("2009年01月05日12:37 某某日报 北京").is_none());
    }

    #[test]
    fn credits_glued_with_a_slash_and_names_beside_the_date() {
        assert_eq!(slashed_credit("醫師建議每隔一小時起身活動，舒緩肩頸。報導╱林小佳、張小玉").unwrap(), ["林小佳", "張小玉"]);
        assert!(slashed_credit("会议于今天召开。文/图").is_none());
        assert_eq!(name_line(&["方小齡", "2012年1月16日 00:03", "國際中心／綜合報導"]).unwrap(), ["方小齡"]);
        assert!(name_line(&["国际", "2012年1月16日 00:03"]).is_none());
        assert!(name_line(&["方小齡", "热门新闻"]).is_none());
        assert_eq!(name_line(&["魏小挥 2015-06-26 07:53:18 0人参与评论"]).unwrap(), ["魏小挥"]);
        assert_eq!(name_line(&["谢某含2017-03-01 14:27:02"]).unwrap(), ["谢某含"]);
        assert!(name_line(&["广州 2015-06-26 07:53:18"]).is_none());
    }

    #[test]
    fn blog_posters_dispatch_tags_and_implausible_cms_authors() {
        assert_eq!(posted_by("Jane Doe 于 2023-03-12 13:08:03 发布").unwrap(), ["Jane Doe"]);
        assert!(posted_by("最新推荐文章于 2023-09-04 10:00:00 发布").is_none());
        let page = "<body><h1>大模型入门的两个难点</h1><div class=info><div>最新推荐文章于 2024-05-07 22:12:13 发布</div>\
            <div><a href=/u/1>某某老师</a></div><div>于 2024-05-06 15:47:53 发布</div></div>\
            <div id=content><p>很多朋友第一次用大模型时，最先遇到的难点是不知道该怎么提问，得到的回答也就泛泛而谈。</p>\
            <p>第二个难点是不会把任务拆开，一次提出太多要求，模型顾此失彼，结果反而更差。</p></div></body>";
        let got = crate::extract::extract(page, &crate::extract::Options::default()).remove(0);
        assert_eq!(got.authors, ["某某老师"]);
        assert_eq!(got.published.unwrap().at.date_naive().to_string(), "2024-05-06");
        let d = lead_date("【某某台2012年3月5日訊】市府今天宣布新措施。").unwrap();
        assert_eq!(d.at.date_naive().to_string(), "2012-03-05");
        let names = |l: &str| editor_in(l).map(|e| byline::split_names(&e)).unwrap_or_default();
        assert_eq!(names("文/栗小思 编辑/倪小宁"), ["倪小宁"]);
        assert_eq!(names("實習編輯 賈小淼"), ["賈小淼"]);
        assert_eq!(names("责任编辑:余小瑧 标签：娱乐 明星"), ["余小瑧"]);
        // A Founder `author` field holding no name yields to the byline.
        let page = "<body><!--enpproperty <author>与其自身</author><title>某市开展专项审计</title>/enpproperty--><h1>某市开展专项审计</h1>\
            <div id=ozoom><!--enpcontent--><p>审计结果显示，相关单位已按要求完成整改，涉及资金全部追回。</p>\
            <p>有关部门表示，将继续加强监督检查，推动问题整改落实到位。</p><p>（文/赵小勇）</p><!--/enpcontent--></div></body>";
        let got = crate::extract::extract(page, &crate::extract::Options::default()).remove(0);
        assert_eq!(got.authors, ["赵小勇"]);
    }

    #[test]
    fn credits_of_items_after_the_article_are_not_its_own() {
        let para = "<p>市环保局提醒市民，年前大扫除时注意通风，不同清洁剂不要混用，以免产生有害气体。</p>";
        // A promotion after the body: a heading, then its writer in an author slot.
        let promo = format!(
            "<body><h1>大扫除注意通风</h1><div id=content>{para}{para}</div>\
             <div class=bksinfo><h3><a href=/b/1.html>职场心理学</a></h3><div class=author>作者：裴小钰</div></div></body>"
        );
        assert!(authors_of(&promo).is_empty());
        // `article:author` naming the outlet is no writer; a wire's tag in brackets neither.
        let outlet = format!(
            "<head><meta property=\"article:author\" content=\"某某财经\"></head><body><h1>大扫除注意通风</h1><div id=content>{para}{para}<p>(经济通)</p></div></body>"
        );
        assert!(authors_of(&outlet).is_empty());
        assert_eq!(trailing_credit("(晓明)").unwrap(), ["晓明"]);
        assert_eq!(trailing_credit("成为寿命最长的大熊猫之一。编译/记者 林某音 尹某琳").unwrap(), ["林某音", "尹某琳"]);
        assert_eq!(trailing_credit("大家期望以后都看得起病。” (本刊記者/李某睿)").unwrap(), ["李某睿"]);
    }

    #[test]
    fn closing_credits_of_set_41() {
        // The writer of a group of stories, glued to the last sentence.
        assert_eq!(trailing_credit("大家逐步能够理性对待这些问题。本组文/本报记者 李某伟").unwrap(), ["李某伟"]);
        // Brackets that open with the writer's label, after a link.
        assert_eq!(
            trailing_credit("点击浏览：完整榜单https://www.example.cn/rankings/2025（撰稿：唐某澄 初审：胡某宇 编辑：王某宏 审核：张某）").unwrap(),
            ["唐某澄"]
        );
        // (Not a bracket after a link that names no writer's label.)
        assert_eq!(trailing_credit("点击浏览：完整榜单https://www.example.cn/rankings/2025（某某大学）"), None);
        // The office supplied it; the editor and the reviewer wrote nothing.
        assert_eq!(trailing_credit("增进了共识。（文/某某主义学院供稿 编/周某 审/冯某山）"), None);
        // A desk filing from a place names nobody; a bracket ending with a
        // picture's mark credits the picture.
        assert_eq!(trailing_credit("回復正常生活機率就越高。（政治中心／台北報導）"), None);
        assert_eq!(trailing_credit("王某民在台灣隊名單中。（資料照，記者林某堃攝）"), None);
        assert_eq!(trailing_credit("正描绘一幅新画卷。（某阳日报记者 戚某华 图片由记者 曾某平 鲁某 刘某 摄）").unwrap(), ["戚某华"]);
        // A portal's source label after the paper's closing name.
        assert_eq!(trailing_credit("募集某某系统内资金。(刘某元)（文章来源：某券时报）").unwrap(), ["刘某元"]);
        // A credit glued to the sentence before, set off by spaces after.
        assert_eq!(inline_credit("“现在我们愁的是人手不够。”谭某说，想做大做强企业。记者 王某城 从飞机模型做起 进军无人机应用 公司职员仅30多人。").unwrap(), ["王某城"]);
        assert_eq!(inline_credit("他说这是好事。记者了解到 目前已有三家企业入驻。"), None);
        assert_eq!(inline_credit("图为市民王某英在社区智能药柜前取药。记者 邓某 摄"), None);
        // Flattened crawl text: an editor's tag after the closing credit, a
        // labelled note after the last sentence, an information line's labels.
        assert_eq!(trailing_credit("从根本上改变城区的文明创建面貌。（记者 郑某群） 【编辑：李某仓】").unwrap(), ["郑某群"]);
        assert_eq!(trailing_credit("也许就在此刻。（某富中文网） 注：作者邹某铭是某某律师事务所高级合伙人，某某研究中心主任。").unwrap(), ["邹某铭"]);
        assert_eq!(byline_in("某支部党员开展志愿服务活动 作者：雷某航     加入时间：2016/7/14 16:52:59     来源：党办 为纪念建党95周年，党员来到村里。").unwrap(), ["雷某航"]);
        assert_eq!(byline_in("他说：“作者：不详 来源：网络”这样的稿件不能用。"), None);
        // Flattened pages: furniture after the closing credit; an information
        // line with bars; a label opening the line; a spaced 文/X; the longest tail.
        assert_eq!(trailing_credit("争做文明交通践行者。(总台某视记者 赵某荣) （某视新闻客户端）").unwrap(), ["赵某荣"]);
        assert_eq!(trailing_credit("付诸实践。 （本报记者杜某泽、申某，新华社记者张某松、朱某钗） 《 某民日报 》（ 2021年07月25日 01 版）").unwrap(), ["杜某泽", "申某", "张某松", "朱某钗"]);
        assert_eq!(trailing_credit("滞留美国。（某外网 侯某川） 点击进入专题： 全球多国爆发疫情 责任编辑：刘某宾").unwrap(), ["侯某川"]);
        assert_eq!(byline_in("某某会谈 发布时间： 2015-06-10 05:50:30  |  来源： 某民日报  |  作者： 赵某昊  |  责任编辑： 李某鹏 6月9日，国家主席在北京举行会谈。").unwrap(), ["赵某昊"]);
        assert_eq!(byline_in("作者：令狐某 【某Net硅谷动力消息】据国外媒体报道，某公司发布了一份报告。").unwrap(), ["令狐某"]);
        assert_eq!(inline_credit("欢迎关注“某事记”的微信订阅号：sinachuangshiji 文/梁某园 他们以为，也许再稍稍用力些，就可以推开大门。").unwrap(), ["梁某园"]);
        assert_eq!(spaced_tail_credit("目前对术后神经痛已有了有效的治疗方法。 文/记者伍某仪 通讯员崔某玲、邝某").unwrap(), ["伍某仪", "崔某玲", "邝某"]);
        assert_eq!(inline_credit("或将改变错综复杂的利益现状。 ■本报记者 龚某丽 不久前，某度公司宣布对医疗事业部进行重大改组。").unwrap(), ["龚某丽"]);
        assert_eq!(inline_credit("“厨艺竞拍”能让餐饮业掀起“创新热”吗？ □本报记者祝某 跟着真人秀节目觅寻商机，这对商家来说已不是新鲜事了。").unwrap(), ["祝某"]);
        assert_eq!(byline_in("2021-08-28 16:50 来源：某江日报 作者：刘某平 余某 8月27日下午，省委书记主持召开专题会。").unwrap(), ["刘某平", "余某"]);
        // The same with nothing between the parts.
        assert_eq!(byline_in("作者:云某【某迪网讯】8月3日消息 据最新发布的统计数据，我国手机用户达到3.6亿人。").unwrap(), ["云某"]);
        assert_eq!(byline_in("某支部党员开展志愿服务活动作者：雷某航     加入时间：2016/7/14 16:52:59     来源：党办为纪念建党95周年。").unwrap(), ["雷某航"]);
        assert_eq!(byline_in("我们的合作者：张某 来源：网络"), None);
        assert_eq!(trailing_credit("已有了有效的治疗方法。文/记者伍某仪 通讯员崔某玲、邝某").unwrap(), ["伍某仪", "崔某玲", "邝某"]);
        assert_eq!(trailing_credit("予以坚决抵制。文/某京青年报记者 张某").unwrap(), ["张某"]);
        assert_eq!(trailing_credit("双方有关单位负责人参加活动。文/图：周某燕编辑：赵某赟责任编辑：李某昌").unwrap(), ["周某燕"]);
        assert_eq!(inline_credit("都市快报-清明扫墓期间部分道路将采取临时交通管理 2026-03-29 记者 董某平 通讯员 郑某炯 3月27日，市交管支队发布通告。").unwrap(), ["董某平", "郑某炯"]);
        assert_eq!(inline_credit("今年的节目 2026-04-04 记者 张某 张某璐 郭某 范某 4月1日，由某某报社主办的活动举行。").unwrap(), ["张某", "张某璐", "郭某", "范某"]);
        assert_eq!(inline_credit("滨江喷水池“石头日历” 2026-04-04 记者 董某平 近日，有网友发帖称，滨江一处喷水池很浪漫。").unwrap(), ["董某平"]);
        assert_eq!(byline_in("发布时间：2016-04-05    信息来源：安保科     撰稿人：窦某玲 4月1日，市局召开安全生产会议。").unwrap(), ["窦某玲"]);
        assert_eq!(trailing_credit("也成了最后的巅峰之中的一段剪影…… （嘟某噜）").unwrap(), ["嘟某噜"]);
        assert_eq!(trailing_credit("让美国采取更严厉措施改革金融业。(兴某) 已有_COUNT_条评论  我要评论").unwrap(), ["兴某"]);
        assert_eq!(trailing_credit("起到积极的推动作用。（邵某） end-->").unwrap(), ["邵某"]);
        assert_eq!(spaced_tail_credit("陈某晖主持活动。 文：金某　图：赵某赟 袁某 王某梅 编辑：李某昌 责任编辑：李某昌").unwrap(), ["金某"]);
        // With nothing between the parts.
        assert_eq!(inline_credit("地下架空层起火多位居民反映架空层里住了人2026-03-29记者 陈某民3月28日一早，有业主爆料。").unwrap(), ["陈某民"]);
        assert_eq!(byline_in("2021-08-28 16:50 来源：某江日报 作者：刘某平 余某8月27日下午，省委书记主持召开专题会。").unwrap(), ["刘某平", "余某"]);
        assert_eq!(trailing_credit("保险行业进入薪酬前十的榜单。某庆晨报·上游新闻记者 林某").unwrap(), ["林某"]);
        assert_eq!(trailing_credit("各人表现从容自如，有說有笑地聊天。法庭記者：劉某曦").unwrap(), ["劉某曦"]);
        assert_eq!(inline_credit("11部法国电影佳作在杭州展映2026-03-29记者 宋某杭州影迷有眼福了。法国电影展映将开幕。").unwrap(), ["宋某"]);
        assert_eq!(inline_credit("内幕交易被罚2000多万2026-03-29见习记者 邱某茜 一场重大资产重组，三通电话，最终被罚。").unwrap(), ["邱某茜"]);
        assert_eq!(inline_credit("滨江喷水池“石头日历”2026-04-04记者 董某平近日，有网友发帖称喷水池很浪漫。").unwrap(), ["董某平"]);
        assert_eq!(trailing_credit("他认为湖人队更强。 （罗某） 声明：某浪网独家稿件，未经授权禁止转载！").unwrap(), ["罗某"]);
        assert_eq!(trailing_credit("随后步入会议室。某华时报记者陈某 [责任编辑：宇某杰 PN051] 用微信扫描二维码 分享至好友和朋友圈").unwrap(), ["陈某"]);
        assert_eq!(spaced_tail_credit("获奖者可以获得推荐申报青年科技奖。 供稿：高某琦、陈某 审核：周某竹").unwrap(), ["高某琦", "陈某"]);
        assert_eq!(spaced_tail_credit("志愿者为新生指路。 整理：高某 周某 张某 编辑：赵某赟 责任编辑：李某昌").unwrap(), ["高某", "周某", "张某"]);
        // A picture's credit closing the text.
        assert_eq!(spaced_tail_credit("这份温暖的人情味，永远无法被取代。 本版摄影 记者 陈某秋"), None);
        assert_eq!(spaced_tail_credit("这份温暖的人情味，永远无法被取代。 记者 陈某秋").unwrap(), ["陈某秋"]);
        // Labelled credits set off by full stops.
        assert_eq!(byline_in("图文：沈某。信息来源：教师综合二党支部").unwrap(), ["沈某"]);
        assert_eq!(byline_in("记者：您好。请问：今年的计划是什么？"), None);
        // A repost's form above the paragraph the reporter's tag opens.
        assert!(opens_with_report_tag("〔記者陳某嬋／高雄報導〕2023萬年季「高雄迎火獅」將於國慶連假登場。"));
        assert!(!opens_with_report_tag("高市府民政局表示，今年主舞台節目不同以往。"));
        // Set 43: a compiler glued to the last sentence; a converged newsroom's reporter.
        assert_eq!(trailing_credit("他認為，某某日後仍將扮演關鍵性角色。編譯李某怡").unwrap(), ["李某怡"]);
        assert_eq!(trailing_credit("积极推进诚信建设，擦亮\"信用某安\"品牌。某安日报社·最某安全媒体记者：王某").unwrap(), ["王某"]);
        // A headline's bracketed part of a series, named for a place, is no writer.
        assert_eq!(headline_credit("DRGs应用实施·改革经验谈（江西篇）"), None);
        assert_eq!(headline_credit("改革经验谈（江西省）"), None);
        assert_eq!(headline_credit("我们的三十年（张某）").unwrap(), ["张某"]);
        // `X：…` over a one-paragraph brief quotes X; over a column, X wrote it.
        let brief = vec!["关于竞争、合作、对抗几个说法，中方的立场是一贯和明确的。".to_string()];
        assert_eq!(columnist("王某：中方不认可高人一等的国家", &brief), None);
        let column = vec!["城市更新不能只看楼宇的高度，更要看街巷的温度。".to_string(); 2];
        assert_eq!(columnist("王某：城市更新要有温度", &column).unwrap(), ["王某"]);
        // A label whose first word is no name: the ad link after it is none either.
        assert_eq!(byline_in("0评论 2017-10-31 13:35:11 来源：某日经济新闻 作者：每经记者 涨停板，就要这样抓"), None);
        assert_eq!(byline_in("2017-10-31 13:35:11 来源：某日经济新闻 作者：张某 李某").unwrap(), ["张某", "李某"]);
        // Pupils' essays signed with school and class, above or below the essay.
        assert_eq!(school_signature("杭州市某某实验学校四（1）班 毛某知").unwrap(), "毛某知");
        assert_eq!(school_signature("——杭州市某鱼桥小学二（8）班 叶某翯").unwrap(), "叶某翯");
        assert_eq!(school_signature("三（3）班  俞某和").unwrap(), "俞某和");
        assert_eq!(school_signature("杭州市某某小学 陈某"), Some("陈某".to_string()));
        assert_eq!(school_signature("指导老师 陈某"), None);
        assert_eq!(school_signature("某某小学的孩子们在操场上 跑步"), None);
        // Inside a page flattened into one paragraph.
        assert_eq!(
            school_signatures("体验活动：名师公益课 余老师特别厉害。 ——杭州市某某外国语学校 三（3）班 俞某和 体验活动：狮子跑团 今天，阳光明媚。 ——杭州市之江第一小学二（4）班 李某响 结束。"),
            ["俞某和", "李某响"]
        );
        assert!(school_signatures("某某小学二（1）班的同学们 今天在操场上举行了运动会，大家都很开心，家长们也来到了现场观看比赛。").is_empty());
        // A closing credit followed by the page's furniture in one flattened paragraph.
        assert_eq!(credit_before_furniture("我们必须为今天的成绩感到骄傲。” （路某） (function(){ var adScript = document.createElement('script'); })();").unwrap(), ["路某"]);
        assert_eq!(credit_before_furniture("卡波霍湾已经不适宜人类居住。（某外网 朱某） 本文系版权作品，未经授权严禁转载。").unwrap(), ["朱某"]);
        assert_eq!(credit_before_furniture("所以对我们而言也是一个很大的激励”。(记者郭某峰 实习生何某青) 更多信息请访问：某浪高考频道").unwrap(), ["郭某峰", "何某青"]);
        assert_eq!(credit_before_furniture("会议于昨日闭幕。（完） 更多信息请访问：某某频道"), None);
        assert_eq!(tail_segment_credit("他们装饰了我们的梦。 图/某国军网记者冯某华 穆某双 文字、整理/赵某 图片来源：某国军网 责编：任某").unwrap(), ["赵某"]);
        assert_eq!(tail_segment_credit("他们装饰了我们的梦。 更多精彩请关注本站"), None);
        assert_eq!(tail_segment_credit("让观者感受到跨越时空的共鸣。本报记者 高某双 摄返回搜狐，查看更多责任编辑："), None);
        assert_eq!(tail_segment_credit("让观者感受到跨越时空的共鸣。本报记者 高某双返回搜狐，查看更多责任编辑：").unwrap(), ["高某双"]);
        assert_eq!(tail_segment_credit("这就是某网之死。 洪某 2022.07.20").unwrap(), ["洪某"]);
        assert_eq!(tail_segment_credit("让世界遍地开出爱之花。 -----卜某成").unwrap(), ["卜某成"]);
        assert_eq!(tail_segment_credit("未来可期！ **-END-** 供稿 | 罗 某 编辑 | 罗 某 初审 | 黄某春 审核发布 | 陈某平").unwrap(), ["罗某"]);
        assert_eq!(tail_segment_credit("贯穿了整个进程。 监制丨高某 策划丨武某山 李某 主笔丨韩某 周某帆 播讲丨长某 制作丨单某丹").unwrap(), ["韩某", "周某帆"]);
        assert_eq!(tail_segment_credit("成为竞争力的关键所在。 某商报记者 千某茹 本文来源：某商网").unwrap(), ["千某茹"]);
        assert_eq!(tail_segment_credit("常讲常新。 来源：中国某网-某放军报作者：王某刚 王某辉 田 某责任编辑：杨某凡").unwrap(), ["王某刚", "王某辉", "田某"]);
        assert_eq!(tail_segment_credit("激发学生热情。 发布:软件工程专业    原作者:刘某圆").unwrap(), ["刘某圆"]);
        assert_eq!(tail_segment_credit("一路同行。 编辑 | 罗某 审核 | 黄某春"), None);
        // A picture's credit before the page's controls names no writer.
        assert_eq!(tail_segment_credit("成为脱贫致富路。某华社记者刘某喜摄 查看原文"), None);
        assert_eq!(tail_segment_credit("作用至关重要。 某华社记者陈某侠 陈某杰 原标题：某某论坛年会前瞻 (责编：温某、李某)").unwrap(), ["陈某侠", "陈某杰"]);
        assert_eq!(tail_segment_credit("会议于当日闭幕。 北京 2022.07.20"), None);
        let (v, back) = crate::text::simplified_view("标题在此 孙某杰 2017-04-06 08:00 阅读：7644 摘要：日前，某公司市值突破…");
        assert_eq!(named_stamp_within(&v, &back).unwrap(), ["孙某杰"]);
        let (v, back) = crate::text::simplified_view("标题在此 发布 2017-04-06 08:00 阅读：7644");
        assert_eq!(named_stamp_within(&v, &back), None);
        // Words that open with a family name's character are no names.
        for w in ["时间", "修改", "时候", "明天", "周日", "成立", "于是"] {
            let (v, back) = crate::text::simplified_view(&format!("标题在此 {w} 2017-04-06 08:00 阅读：7644"));
            assert_eq!(named_stamp_within(&v, &back), None, "{w}");
        }
        assert_eq!(trailing_credit("本文来自微信公众号：某子位 （ID：QbitAI），作者：金某 孟某").unwrap(), ["金某", "孟某"]);
        assert_eq!(credit_before_furniture("游客参观遗址博物馆。（资料图）如今，这里已成为一张名片。纪录片的播出也引发关注。"), None);
        assert_eq!(credit_before_furniture("搜救难度非常的大。（船如果）倒覆过来的话，它有空气的就是在机舱和货舱。"), None);
        // The writer's outlet and role between the label and the name.
        assert_eq!(byline_in("来源：某南日报 作者：某南日报特派随州记者陈某长 编辑：黄某林 校对：刘某").unwrap(), ["陈某长"]);
    }

    #[test]
    fn dates_and_signatures_closing_notices() {
        let day = |s: Option<Stamp>| s.map(|s| s.at.date_naive().to_string());
        // Signed in Chinese numerals, with the office beside the date or not.
        assert_eq!(day(date_line("二○一二年 二月七日")).as_deref(), Some("2012-02-07"));
        assert_eq!(day(date_line("二○一二年 一月六日 本刊编辑部")).as_deref(), Some("2012-01-06"));
        assert_eq!(day(date_line("二零一三年三月六日")).as_deref(), Some("2013-03-06"));
        assert_eq!(date_line("定于二○一二年三月开班，现开始报名，具体要求详见招生简章"), None);
        // A portal's source label with the day it ran.
        let (o, d) = dated_source("来源：某国社会科学报 2013年2月26日").unwrap();
        assert_eq!((o.as_str(), day(Some(d)).as_deref()), ("某国社会科学报", Some("2013-02-26")));
        assert_eq!(dated_source("来源：某国社会科学报 作者：张某"), None);
        // Datelines and stamps with their years opening the text.
        assert_eq!(day(lead_date("某浪体育讯　　北京时间2016年3月12日晚7点35分，联赛第2轮的一场比赛在某城进行。")).as_deref(), Some("2016-03-12"));
        assert_eq!(day(lead_date("某华社2024年9月26日报道，来自某某医院的研究团队首次取得疗效。")).as_deref(), Some("2024-09-26"));
        assert_eq!(day(lead_date("2016年06月17日06:15 某网-某汉晚报 本报讯（记者孙某 通讯员褚某威）昨天，…")).as_deref(), Some("2016-06-17"));
        assert_eq!(lead_date("2016年6月17日，一辆货车在某某路口侧翻。"), None);
        assert_eq!(day(titled_date("【某方卫视】某某学子造无人机无人船（2018年1月3日）")).as_deref(), Some("2018-01-03"));
        assert_eq!(titled_date("某某学子造无人机（2018年1月3日起施行）"), None);
        assert_eq!(day(titled_date("【今日某度丨某度新闻】2018年8月8日星期三")).as_deref(), Some("2018-08-08"));
        assert_eq!(day(titled_date("某某｜某教授吁市民戒备(12:10) - 20201008 - 港聞 - 某報新聞網")).as_deref(), Some("2020-10-08"));
        assert_eq!(titled_date("2018年8月8日星期三起某市限行"), None);
        assert_eq!(titled_date("某公司 - 20201399 - 公告"), None);
        assert_eq!(day(titled_date("某军机飞越某空域- 20201008 - 中國 - 某報新聞網")).as_deref(), Some("2020-10-08"));
        // Stamps inside a page flattened into one paragraph.
        assert_eq!(day(flat_stamp("人生虽终将有别，但您从未远离 2026-04-04 寄思人：李某业 母亲离开我已22年。")).as_deref(), Some("2026-04-04"));
        assert_eq!(day(stamp_line("2022年10月27日08:26   来源：某民网－某民日报")).as_deref(), Some("2022-10-27"));
        assert_eq!(day(stamp_line("          2019-01-31 17:42          来源:某晨说教育")).as_deref(), Some("2019-01-31"));
        assert_eq!(stamp_line("2022年10月27日，某某会议召开，来源：某网"), None);
        assert_eq!(day(stamp_line("2019年6月27日12:00 CST 更新")).as_deref(), Some("2019-06-27"));
        assert_eq!(stamp_line("2019年6月27日12:00，会议开幕"), None);
        // The day alone before the labels of the page's information line.
        assert_eq!(day(stamp_line("2023-05-12 来源：某州日报 作者：张某")).as_deref(), Some("2023-05-12"));
        assert_eq!(day(stamp_line("2023年5月12日 作者：张某")).as_deref(), Some("2023-05-12"));
        assert_eq!(day(flat_stamp("《半導體》某某展望保守，某界垂淚2019/02/11 10:28時報資訊【時報記者沈某華台北報導】")).as_deref(), Some("2019-02-11"));
        // (A day with slashes and no time may be any day the story names.)
        assert_eq!(flat_stamp("某某新政将于2019/02/11起施行，市民可登录网站查询。"), None);
        assert_eq!(day(flat_stamp("2019年04月19日 某华社照片，某山（安徽），2019年4月19日 大别山区扶贫路")).as_deref(), Some("2019-04-19"));
        assert_eq!(day(lead_date("文摘 ： 某洲日报 SIN CHEW DAILY 2 0 2 1年9月23日｜星期四 Thursday某某患者杨某祥")).as_deref(), Some("2021-09-23"));
        assert_eq!(lead_date("各有关单位：定于2021年9月23日（星期四）上午召开年度会议。"), None);
        // Traditional script: `報道` (not `報導`) after the day.
        assert_eq!(day(lead_date("某華社2024年9月26日報道，某某會議在北京舉行。")).as_deref(), Some("2024-09-26"));
        assert_eq!(lead_date("各有关单位：兹定于2021年9月23日星期四召开年度会议。"), None);
        assert_eq!(flat_stamp("2019年4月19日，某某通道全线贯通。"), None);
        assert_eq!(day(signed_within("请按要求报送。 联系邮箱：x@y.gov.cn 某家能源局综合司 2021年12月6日")).as_deref(), Some("2021-12-06"));
        assert_eq!(signed_within("他说： 我们的目标 2021年12月6日"), None);
        assert_eq!(day(flat_stamp("首页 新闻 军事 正文 我来说两句 关闭 2015-11-02 08:28:08 来源： 综合 作者：周某 邹某霞 手机看新闻")).as_deref(), Some("2015-11-02"));
        assert_eq!(day(flat_stamp("《 某民日报 》（ 2016年01月31日 04 版） 本报北京1月30日电 （记者王某平）某某奖颁奖大会30日在京召开。")).as_deref(), Some("2016-01-31"));
        assert_eq!(day(flat_stamp("人生虽终将有别，但您从未远离2026-04-04寄思人：李某业母亲离开我已22年。")).as_deref(), Some("2026-04-04"));
        assert_eq!(flat_stamp("2016年6月17日，一辆货车在某某路口侧翻，当天无人受伤，编号12016-06-17-3。"), None);
        let (o, d) = cited_within("需要这样一种道义。（红某） 《某国科学报》 (2016-02-01 第3版 国际)").unwrap();
        assert_eq!((o.as_str(), day(Some(d)).as_deref()), ("某国科学报", Some("2016-02-01")));
        // The paper a brief cites for the whole story, its name in title marks.
        assert_eq!(reported_by("据《某州日报》报道，从2010年1月1日起，某某网对数字版服务进行收费。").unwrap(), "某州日报");
        // A broadcaster's app and its 报道员 closing the story.
        assert_eq!(trailing_credit("目前已排放2.3351万吨。(某视新闻客户端 总台报道员 林某翰)").unwrap(), ["林某翰"]);
        // A column signed with the writer's name and the day.
        let p = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(closing_name(&p(&["这就是中文互联网之死。", "洪某 2022.07.20"])).unwrap(), ["洪某"]);
        let (o, d) = dated_source("（来源：某华网，2020年02月28日）").unwrap();
        assert_eq!((o.as_str(), day(Some(d)).as_deref()), ("某华网", Some("2020-02-28")));
        // A dateline opening with its date.
        assert_eq!(day(lead_date("2018年2月4日 讯 /某物谷BIOON/ -- 一项新研究发现")).as_deref(), Some("2018-02-04"));
        // `X 供稿`: a person signs; an office does not.
        assert_eq!(supplied_by("张某峰   供稿").unwrap(), ["张某峰"]);
        assert_eq!(supplied_by("宣传部 供稿"), None);
        assert_eq!(supplied_by("医师培训处 供稿"), None);
    }

    #[test]
    fn a_bulleted_credit_closing_the_lead_joins_the_next_lines_helpers() {
        let page = "<html><head><meta charset=\"utf-8\"><title>某某纠纷</title></head><body><h1>某某纠纷</h1><div class=\"content\">\
            <p>走在路上，被迎面扑来的大狗吓得摔倒在地……伤者该怎样维权呢?■记者 虢某 实习生 段某丹</p>\
            <p>通讯员 周某明 贺某</p>\
            <p>骑自行车出去办事，碰上了迎亲的婚车车队，却被突然变道的婚车吓得摔倒在地受伤，李先生出院后状告新郎。</p>\
            <p>法院审理认为，婚车变道与李先生摔倒受伤之间存在因果关系，判决新郎承担相应的赔偿责任。</p></div></body></html>";
        let mut got = authors_of(page);
        got.sort();
        let mut want = vec!["虢某", "段某丹", "周某明", "贺某"];
        want.sort();
        assert_eq!(got, want);
    }

    #[test]
    fn a_platforms_source_label_yields_to_the_agency_it_reposts() {
        let page = "<html><head><meta charset=\"utf-8\"><title>某某仪式举行</title></head><body><h1>某某仪式举行</h1><div class=\"content\">\
            <p>&gt; 来源：学习强国 | 日期：2022-07-27 | [原文链接](https://www.example.cn/detail/index.html?id=991440001634289432)</p>\
            <p>据某华社北京7月27日电 在建军纪念日之际，某某仪式27日在京隆重举行，部队官兵和文职人员代表整齐列队，气氛庄重热烈。</p>\
            <p>仪式现场，礼兵正步入场，获得者依次上台，接受颁授的勋章和证书，全场响起热烈掌声。</p></div></body></html>";
        let got = crate::extract::extract(page, &Default::default()).remove(0);
        assert_eq!(got.source.as_deref(), Some("某华社"));
        // Without a dispatch, the platform is what the page credits.
        let alone = page.replace("据某华社北京7月27日电 ", "");
        assert_eq!(crate::extract::extract(&alone, &Default::default()).remove(0).source.as_deref(), Some("学习强国"));
        // A paper's print citation yields to the wire agency whose dispatch it printed.
        let printed = "<html><head><meta charset=\"utf-8\"><title>某某会议召开</title></head><body><h1>某某会议召开</h1><div class=\"content\">\
            <p>某华社北京2月28日电 某某会议28日召开，会议审议了有关报告，研究部署今年的重点工作任务。</p>\
            <p>会议指出，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，推动高质量发展。</p>\
            <p>《 某民日报 》（ 2025年03月01日 01 版）</p></div></body></html>";
        assert_eq!(crate::extract::extract(printed, &Default::default()).remove(0).source.as_deref(), Some("某华社"));
    }
}
