//! The headline: structured hints first, then the visible heading that the
//! document `<title>` agrees with, then `<title>` without the site name.

use std::sync::LazyLock;

use scraper::{ElementRef, Html, Selector};

use super::hints::Hints;

/// The article title, if the page has one.
pub fn title(doc: &Html, hints: &Hints) -> Option<String> {
    let doc_title = hints.doc_title.as_deref().unwrap_or("");
    if let Some(t) = hints.title.as_deref() {
        let t = strip_site(t, hints);
        // An `og:title` copied from `<title>` with its `_频道_某某网` is read as
        // `<title>` is, below.
        let copied = t == crate::text::squash_ws(doc_title) && (t.contains(['_', '|', '｜']) || t.contains(" - "));
        if !t.is_empty() && !copied {
            return Some(t);
        }
    }
    static HEADS: LazyLock<Selector> = LazyLock::new(|| {
        Selector::parse(
            "h1, h2, h3, #Title, #title, .title, .Title, [class*=title], [id*=title], [class*=biaoti], .font01",
        )
        .unwrap()
    });
    let mut best: Option<(i32, String)> = None;
    for el in doc.select(&HEADS) {
        let text = visible_text(el);
        let n = text.chars().count();
        if !(4..=100).contains(&n) || links_only(el) && !el.value().name().starts_with('h') {
            continue;
        }
        // Agreement with <title> is the strongest visible signal: sites put
        // "headline_column_site" there.
        // The headline is the first or the longest part of <title>; the
        // site's own name, shown in a logo heading, is the last part.
        let seg = longest_segment(doc_title);
        let first = first_segment(doc_title);
        let agrees = doc_title.contains(text.as_str())
            || (doc_title.chars().count() >= 6 && text.contains(seg.as_str()) && n <= seg.chars().count() + 10);
        let is_headline_part = text == seg
            || text == first
            || (agrees && text.contains(seg.as_str()) && n <= seg.chars().count() + 10)
            || (seg.contains(text.as_str()) && n * 5 >= seg.chars().count() * 3);
        let mut score = match el.value().name() {
            "h1" => 30,
            "h2" => 20,
            "h3" => 10,
            _ => 15,
        };
        if is_headline_part {
            score += 100 + n.min(40) as i32;
        } else if agrees {
            score += 60;
        }
        if links_only(el) {
            score -= 25;
        }
        if best.as_ref().is_none_or(|(s, _)| score > *s) {
            best = Some((score, text));
        }
    }
    match best {
        Some((s, t)) if s >= 100 => Some(t),
        other => {
            let seg = longest_segment(doc_title);
            if seg.chars().count() >= 4 {
                Some(seg)
            } else {
                // (Not a sidebar's heading, `热点推荐`, `相关新闻`, when the page
                // shows no headline of its own.)
                other.map(|(_, t)| t).filter(|t| !furniture_heading(t))
            }
        }
    }
}

/// A heading of the page's furniture: a sidebar's or a footer's box
/// (`热点推荐`, `相关新闻`, `图片新闻`, `阅读排行`, `友情链接`).
fn furniture_heading(t: &str) -> bool {
    const ENDS: &[&str] = &["推荐", "排行", "排行榜", "阅读", "链接", "导航", "专题", "热点", "热门", "新闻", "文章", "视频", "图片", "喜欢", "关注"];
    let t = t.trim();
    t.chars().count() <= 6 && ENDS.iter().any(|e| t.ends_with(e))
}

/// Whether a title is only the site's name: the whole `<title>` with no
/// separator, short, named like a paper, an e-paper, a portal or an office,
/// or the OpenGraph site name.
pub fn is_site_name(t: &str, hints: &Hints) -> bool {
    let t = t.trim();
    let whole = hints.doc_title.as_deref().map(str::trim) == Some(t);
    let separated = t.contains(['_', '|', '｜', '—', '－', '–', '-']);
    let named = hints.site_name.as_deref().map(str::trim) == Some(t)
        || ["数字报", "电子报", "电子版", "数字报刊", "日报", "晚报", "报", "网", "政府", "门户网站"].iter().any(|s| t.ends_with(s));
    whole && !separated && t.chars().count() <= 16 && named
}

/// Whether `<title>` only repeats the site's logo (`<a href="/"><img
/// src="logo.png" alt="某川观察">`); a story's picture may carry its headline
/// as `alt` too, so the image must be a logo or link home.
pub fn is_logo(doc: &Html, t: &str) -> bool {
    static IMG: LazyLock<Selector> = LazyLock::new(|| Selector::parse("img[alt]").unwrap());
    let t = t.trim();
    let logo = |i: &ElementRef| {
        let home = i
            .parent()
            .and_then(ElementRef::wrap)
            .and_then(|a| a.value().attr("href"))
            .is_some_and(|h| matches!(h.trim(), "/" | "./" | "index.html" | "index.htm" | "/index.html"));
        home || i.value().attr("src").is_some_and(|s| s.to_ascii_lowercase().contains("logo"))
    };
    !t.is_empty() && t.chars().count() <= 16 && doc.select(&IMG).any(|i| i.value().attr("alt").map(str::trim) == Some(t) && logo(&i))
}

fn visible_text(el: ElementRef) -> String {
    crate::text::squash_ws(&el.text().collect::<String>())
}

fn links_only(el: ElementRef) -> bool {
    static A: LazyLock<Selector> = LazyLock::new(|| Selector::parse("a").unwrap());
    let all = visible_text(el).chars().count();
    let linked: usize = el.select(&A).map(|a| visible_text(a).chars().count()).sum();
    all > 0 && linked * 2 > all
}

/// The longest part of a `<title>` split at the separators sites put
/// between headline, column and site name.
pub fn longest_segment(t: &str) -> String {
    let t = strip_site_suffix(t);
    t.split(['_', '|', '｜', '—', '－', '–'])
        .flat_map(|p| p.split(" - "))
        .flat_map(|p| p.split("--"))
        .map(|p| p.trim())
        .max_by_key(|p| p.chars().count())
        .unwrap_or("")
        .to_owned()
}

/// `标题-新华网`, `标题-文化-人民网`: a bare hyphen separates a site name only
/// when what follows it reads like one (short, ending in 网, 报, 台…).
fn strip_site_suffix(t: &str) -> String {
    let mut t = t.trim().to_owned();
    while let Some(i) = t.rfind('-') {
        let tail = t[i + 1..].trim();
        let n = tail.chars().count();
        let site_like = n > 0
            && n <= 12
            && ["网", "报", "台", "频道", "政府", "网站", "门户", "在线", "新闻", "资讯", "文化", "社"]
                .iter()
                .any(|s| tail.ends_with(s));
        if !site_like || i == 0 {
            break;
        }
        t = t[..i].trim_end_matches('-').trim().to_owned();
    }
    t
}

fn first_segment(t: &str) -> String {
    t.split(['_', '|', '｜', '—', '－', '–']).next().unwrap_or("").split(" - ").next().unwrap_or("").trim().to_owned()
}

/// An OpenGraph or meta title with the site name appended: keep the headline.
fn strip_site(t: &str, hints: &Hints) -> String {
    let t = crate::text::squash_ws(t);
    match hints.site_name.as_deref() {
        Some(site) if t.ends_with(site) && t.chars().count() > site.chars().count() + 4 => {
            longest_segment(&t)
        }
        _ => t,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::hints::read;

    #[test]
    fn heading_that_title_agrees_with_wins_over_site_name() {
        let doc = Html::parse_document(
            "<head><title>省政府召开常务会议_要闻_河北省人民政府网</title></head><body><h1>河北省人民政府网</h1><div class=title>省政府召开常务会议</div></body>",
        );
        assert_eq!(title(&doc, &read(&doc)).as_deref(), Some("省政府召开常务会议"));
    }

    #[test]
    fn title_segment_when_no_heading_agrees() {
        let doc = Html::parse_document("<head><title>石家庄市召开推进会 - 石家庄新闻网</title></head><body></body>");
        assert_eq!(title(&doc, &read(&doc)).as_deref(), Some("石家庄市召开推进会"));
    }

    #[test]
    fn an_og_title_copied_from_the_title_sheds_its_site() {
        let doc = Html::parse_document(
            r#"<head><title>新医改未达标_新闻_某亨网</title><meta property="og:title" content="新医改未达标_新闻_某亨网"></head><body></body>"#,
        );
        assert_eq!(title(&doc, &read(&doc)).as_deref(), Some("新医改未达标"));
    }

    #[test]
    fn a_title_that_only_names_the_logo() {
        let doc = Html::parse_document(r#"<body><h1><a href="/"><img src="/static/logo.png" alt="某川观察"></a></h1></body>"#);
        assert!(is_logo(&doc, "某川观察"));
        // A story's picture carrying the headline as its alt is no logo.
        let doc = Html::parse_document(r#"<body><img src="U225P4T426.jpg" alt="成都大熊猫幼仔开始群体生活"></body>"#);
        assert!(!is_logo(&doc, "成都大熊猫幼仔开始群体生活"));
    }

    #[test]
    fn a_sidebars_heading_is_no_headline() {
        let doc = Html::parse_document("<html><head><title></title></head><body><h1></h1><div><p>正文第一段，内容很长很长。</p></div><div class=\"sidebar\"><h3>热点推荐</h3><ul><li><a href=\"/1\">某市召开会议</a></li></ul></div></body></html>");
        assert_eq!(title(&doc, &Hints::default()), None);
        assert!(furniture_heading("相关新闻") && furniture_heading("阅读排行榜") && !furniture_heading("某市举行新春团拜会"));
    }

    #[test]
    fn meta_title_comes_first() {
        let doc = Html::parse_document(
            r#"<head><meta name="ArticleTitle" content="山西品牌丝路行启动"><title>山西省人民政府</title></head><body><h1>别的</h1></body>"#,
        );
        assert_eq!(title(&doc, &read(&doc)).as_deref(), Some("山西品牌丝路行启动"));
    }
}
