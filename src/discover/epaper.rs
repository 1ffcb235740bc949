//! E-paper (数字报) editions: the entry page's redirect to today's edition,
//! the edition's page list (版面) and each page's article links.
//!
//! Entry point: [`parse_page`], which reads one fetched page of an edition;
//! the pipeline follows the redirect and fetches the pages it names. Link
//! shapes cover Founder's classic (`html/YYYY-MM/DD/node_N.htm`,
//! `content_ID.htm`) and pc (`pc/layout/YYYYMM/DD/node_01.html`,
//! `pc/content/…/content_ID.html`) templates, People's Daily's
//! (`nbs.D110000…_PP.htm`, `nw.D110000…_N-PP.htm`) and the PaperIndex family
//! (`PageNNXX.htm`, `ArticelNNNNNXX.htm`). Selectors in the config override them.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;
use scraper::{Html, Selector};
use url::Url;

use super::{DiscoverError, Entry};
use crate::config::SelectorsConfig;

/// What one page of an e-paper says.
#[derive(Debug, Clone, Default)]
pub struct EpaperPage {
    /// A meta refresh or script redirect to follow first (entry pages).
    pub redirect: Option<Url>,
    /// The edition's pages: (label such as `第01版：要闻`, URL).
    pub pages: Vec<(String, Url)>,
    /// Articles linked from this page.
    pub articles: Vec<Entry>,
}

static PAGE_URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(node_[A-Za-z]*\d+\.html?|nbs\.D\d+\w*_\d+\.htm|/Page\d+\w*\.htm|/l\d{2}\.html?)$").unwrap()
});
static ARTICLE_URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(content_\d+(_\d+)?\.html?|nw\.D\d+\w*_\d+_\d+-\d+\.htm|/Articel\d+\w*\.htm|/c\d+\.html?|/con-\d+\.html?)$").unwrap()
});
/// List entries that are not articles: the page's editor line, adverts.
static NOT_ARTICLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"本版责编|责任编辑|本版编辑|版面编辑|^广告$|图片新闻$").unwrap());

/// Reads one fetched e-paper page.
pub fn parse_page(html: &str, url: &Url, sel: &SelectorsConfig) -> Result<EpaperPage, DiscoverError> {
    let doc = Html::parse_document(html);
    let redirect = redirect_target(html, url);
    let a_sel = Selector::parse("a[href], area[href]").unwrap();
    let page_sel = sel.page.as_deref().map(parse_selector).transpose()?;
    let item_sel = sel.item.as_deref().map(parse_selector).transpose()?;

    let mut pages = Vec::new();
    let mut seen_pages = HashSet::new();
    let page_links: Vec<_> = match &page_sel {
        Some(s) => doc.select(s).collect(),
        None => doc.select(&a_sel).collect(),
    };
    for a in page_links {
        let Some(u) = a.value().attr("href").and_then(|h| url.join(h.trim()).ok()) else { continue };
        if page_sel.is_none() && !PAGE_URL.is_match(u.path()) {
            continue;
        }
        let label = crate::text::squash_ws(&a.text().collect::<String>());
        let mut key = u.clone();
        key.set_query(None);
        key.set_fragment(None);
        if seen_pages.insert(key.to_string()) {
            pages.push((label, key));
        }
    }

    let mut articles: Vec<Entry> = Vec::new();
    let mut titles: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    let mut rejected = HashSet::new();
    let art_links: Vec<_> = match &item_sel {
        Some(s) => doc.select(s).collect(),
        None => doc.select(&a_sel).collect(),
    };
    for a in art_links {
        let Some(u) = a.value().attr("href").and_then(|h| url.join(h.trim()).ok()) else { continue };
        if item_sel.is_none() && !ARTICLE_URL.is_match(u.path()) {
            continue;
        }
        let mut key = u.clone();
        key.set_fragment(None);
        // `?div=-1` and friends only choose a highlight on the page.
        key.set_query(None);
        let text = crate::text::squash_ws(&a.text().collect::<String>());
        let text = if text.is_empty() { a.value().attr("title").map(crate::text::squash_ws).unwrap_or_default() } else { text };
        if NOT_ARTICLE.is_match(&text) {
            rejected.insert(key.to_string());
            continue;
        }
        let k = key.to_string();
        match titles.get(&k) {
            // An image-map area came first without text: take the title now.
            Some(t) if t.is_empty() && !text.is_empty() => {
                if let Some(e) = articles.iter_mut().find(|e| e.guid == k) {
                    e.title = text.clone();
                }
                titles.insert(k, text);
            }
            Some(_) => {}
            None => {
                let stamp = crate::dates::from_url(u.as_str());
                titles.insert(k.clone(), text.clone());
                articles.push(Entry {
                    guid: k.clone(),
                    url: Some(k),
                    title: text,
                    published: stamp.map(|s| s.at.with_timezone(&chrono::Utc)),
                    date_only: stamp.is_some(),
                    ..Default::default()
                });
            }
        }
    }
    // An editor line may have been added first through a text-less map area.
    articles.retain(|e| !rejected.contains(&e.guid));
    Ok(EpaperPage { redirect, pages, articles })
}

fn parse_selector(css: &str) -> Result<Selector, DiscoverError> {
    Selector::parse(css).map_err(|e| DiscoverError::Selector(format!("`{css}`: {e}")))
}

/// `<meta http-equiv=refresh content="0; URL=…">` (any case, quotes optional)
/// or a script that sets `location` — the way e-paper entry pages point at
/// today's edition.
pub fn redirect_target(html: &str, base: &Url) -> Option<Url> {
    static META: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?is)<meta[^>]+http-equiv\s*=\s*["']?refresh["']?[^>]*content\s*=\s*["']?\s*\d*\s*;?\s*url\s*=\s*['"]?([^"'>\s]+)"#).unwrap()
    });
    static META_REV: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?is)<meta[^>]+content\s*=\s*["']?\s*\d*\s*;?\s*url\s*=\s*['"]?([^"'>\s]+)[^>]*http-equiv\s*=\s*["']?refresh"#).unwrap()
    });
    static SCRIPT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?is)(?:window\.|document\.|top\.|self\.)?location(?:\.href)?\s*=\s*["']([^"']+)["']|location\.replace\(\s*["']([^"']+)["']\s*\)"#).unwrap()
    });
    let head = &html[..html.len().min(20_000)];
    let target = META
        .captures(head)
        .or_else(|| META_REV.captures(head))
        .map(|c| c[1].to_owned())
        .or_else(|| SCRIPT.captures(head).and_then(|c| c.get(1).or(c.get(2)).map(|m| m.as_str().to_owned())))?;
    let target = target.trim_start_matches("javascript:").trim();
    let u = base.join(target).ok()?;
    (u != *base && matches!(u.scheme(), "http" | "https")).then_some(u)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn entry_pages_redirect_to_the_edition() {
        let b = url("http://paper.example.cn/hbrb/paperindex.htm");
        for html in [
            r#"<META HTTP-EQUIV="REFRESH" CONTENT="0; URL=html/2022-03/29/node_2.htm">"#,
            r#"<meta http-equiv=refresh content=0;url=html/2022-03/29/node_2.htm>"#,
            r#"<script>window.location.href = "html/2022-03/29/node_2.htm";</script>"#,
            r#"<script>setTimeout("javascript:location.href='html/2022-03/29/node_2.htm'", 3000);</script>"#,
        ] {
            assert_eq!(redirect_target(html, &b).unwrap().as_str(), "http://paper.example.cn/hbrb/html/2022-03/29/node_2.htm", "{html}");
        }
        assert!(redirect_target("<p>no redirect</p>", &b).is_none());
    }

    const FOUNDER_PC_PAGE: &str = r#"<html><body>
<div id="list"><ul>
<li><a id="pageLink" href="node_01.html">第01版：要闻</a></li>
<li><a id="pageLink" href="node_02.html">第02版：要闻</a></li>
<li><a id="pageLink" href="node_03.html">第03版：经济</a></li>
</ul></div>
<map name="PagePicMap">
<area shape="polygon" coords="1,2,3,4" href="../../../content/202203/29/content_1001.html?div=-1">
<area shape="polygon" coords="5,6,7,8" href="../../../content/202203/29/content_1003.html?div=-1">
</map>
<div class="news-list"><ul>
<li><a href="../../../content/202203/29/content_1001.html?div=-1">坚持科学精准快速处置突发疫情</a></li>
<li><a href="../../../content/202203/29/content_1002.html?div=-1">全省春季造林绿化全面展开</a></li>
<li><a href="../../../content/202203/29/content_1003.html?div=-1">本版责编：张三 李四</a></li>
</ul></div></body></html>"#;

    #[test]
    fn founder_pc_page_lists_pages_and_articles() {
        let u = url("http://sjzrb.example.cn/sjzrbpaper/pc/layout/202203/29/node_01.html");
        let p = parse_page(FOUNDER_PC_PAGE, &u, &Default::default()).unwrap();
        let labels: Vec<&str> = p.pages.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(labels, vec!["第01版：要闻", "第02版：要闻", "第03版：经济"]);
        assert_eq!(p.pages[2].1.as_str(), "http://sjzrb.example.cn/sjzrbpaper/pc/layout/202203/29/node_03.html");
        let titles: Vec<&str> = p.articles.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(titles, vec!["坚持科学精准快速处置突发疫情", "全省春季造林绿化全面展开"]);
        let e = &p.articles[0];
        assert_eq!(e.url.as_deref(), Some("http://sjzrb.example.cn/sjzrbpaper/pc/content/202203/29/content_1001.html"));
        assert_eq!(e.published.unwrap().to_rfc3339(), "2022-03-28T16:00:00+00:00");
        assert!(e.date_only);
    }

    #[test]
    fn founder_classic_and_peoples_daily_shapes() {
        let classic = r#"<a id="pageLink" href="node_2.htm">第01版：要闻</a><a href="content_9022.htm?div=-1">省委常委会召开会议</a><a href="content_9023_2.htm">续：会议强调</a>"#;
        let p = parse_page(classic, &url("http://hbrb.example.cn/html/2014-01/01/node_2.htm"), &Default::default()).unwrap();
        assert_eq!(p.pages.len(), 1);
        assert_eq!(p.articles.len(), 2);
        assert_eq!(p.articles[0].url.as_deref(), Some("http://hbrb.example.cn/html/2014-01/01/content_9022.htm"));
        let people = r#"<a id="pageLink" href="nbs.D110000renmrb_04.htm">第04版：要闻</a><div id="titleList"><ul><li><a href="nw.D110000renmrb_20240510_2-04.htm">推动高质量发展</a></li></ul></div>"#;
        let p = parse_page(people, &url("http://paper.people.com.cn/rmrb/html/2024-05/10/nbs.D110000renmrb_01.htm"), &Default::default()).unwrap();
        assert_eq!(p.pages[0].0, "第04版：要闻");
        assert_eq!(p.articles[0].title, "推动高质量发展");
        assert_eq!(p.articles[0].published.unwrap().to_rfc3339(), "2024-05-09T16:00:00+00:00");
    }
}
