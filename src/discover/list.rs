//! HTML list pages of sites without feeds (government portals on TRS, Hanweb,
//! Ucap and similar CMSs): the links to articles, with titles and dates.
//!
//! Entry point: [`parse`]. Per-source selectors (`item`, `link`, `date`) win;
//! otherwise Hanweb's embedded `<datastore>` records are read when present,
//! and then the page's links are grouped by where they sit in the page: the
//! largest group of same-site links that look like articles (a long title,
//! an article-like URL) is the list. Presets only sharpen what an article
//! URL looks like for their site family.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use scraper::{ElementRef, Html, Selector};
use url::Url;
use xxhash_rust::xxh3::xxh3_64;

use super::{DiscoverError, Discovered, Entry};
use crate::config::SelectorsConfig;

/// Article URL shapes of the CMS families (SOURCES.md §3).
fn preset_article_pattern(preset: Option<&str>) -> Option<&'static Regex> {
    static TRS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"/t\d{8}_\d+\.s?html?$").unwrap());
    static HANWEB: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"/art/\d{4}/\d{1,2}/\d{1,2}/art_\d+_\d+\.html?$").unwrap());
    static UCAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"/content_\d+\.html?$|/post_\d+\.html?$").unwrap());
    match preset? {
        "trs" => Some(&TRS),
        "hanweb" => Some(&HANWEB),
        "ucap" => Some(&UCAP),
        _ => None,
    }
}

/// Any URL shape that usually means "one article" on Chinese news and government sites.
static ARTICLE_URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        /t\d{8}_\d+\.s?html?$ | /art_\d+_\d+\.html?$ | /content_\d+(_\d+)?\.html?$ | /post_\d+\.html?$
        | /\d{4}-?\d{2}/\d{2}/[^/]*\d{3,}[^/]*\.s?html?$ | /\d{6,8}/[^/]*\d{3,}[^/]*\.s?html?$
        | /[A-Za-z_]*\d{5,}\.s?html?$ | [?&](id|aid|articleid|docid|contentid)=\d+",
    )
    .unwrap()
});

static NAV_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(首页|更多|更多>>|下一页|上一页|尾页|末页|返回|登录|注册|English|网站地图|联系我们|关于我们|无障碍|长者模式|>>|»)$").unwrap()
});

/// Parses a list page fetched from `page_url`.
pub fn parse(
    html: &str,
    page_url: &Url,
    preset: Option<&str>,
    sel: &SelectorsConfig,
) -> Result<Discovered, DiscoverError> {
    let doc = Html::parse_document(html);
    let title = select_one(&doc, "title").map(|t| crate::text::squash_ws(&t.text().collect::<String>()));
    let mut entries = if let Some(item_css) = sel.item.as_deref() {
        by_selectors(&doc, page_url, item_css, sel)?
    } else {
        let records = hanweb_records(html, page_url);
        if !records.is_empty() { records } else { by_grouping(&doc, page_url, preset) }
    };
    let mut seen = std::collections::HashSet::new();
    entries.retain(|e| seen.insert(e.guid.clone()));
    if entries.is_empty() {
        return Err(DiscoverError::NoEntries(format!("no article links found on the list page {page_url}")));
    }
    Ok(Discovered { title, site_url: Some(page_url.to_string()), ttl_minutes: None, entries })
}

fn select_one<'a>(doc: &'a Html, css: &str) -> Option<ElementRef<'a>> {
    Selector::parse(css).ok().and_then(|s| doc.select(&s).next())
}

fn parse_selector(css: &str) -> Result<Selector, DiscoverError> {
    Selector::parse(css).map_err(|e| DiscoverError::Selector(format!("`{css}`: {e}")))
}

fn by_selectors(doc: &Html, base: &Url, item_css: &str, sel: &SelectorsConfig) -> Result<Vec<Entry>, DiscoverError> {
    let item = parse_selector(item_css)?;
    let link = parse_selector(sel.link.as_deref().unwrap_or("a[href]"))?;
    let date = sel.date.as_deref().map(parse_selector).transpose()?;
    let mut out = Vec::new();
    for it in doc.select(&item) {
        let a = if it.value().name() == "a" { Some(it) } else { it.select(&link).next() };
        let Some(a) = a else { continue };
        let date_text = match &date {
            Some(d) => it.select(d).next().map(|e| e.text().collect::<String>()),
            None => Some(it.text().collect::<String>()),
        };
        if let Some(e) = entry_from_link(a, base, date_text.as_deref()) {
            out.push(e);
        }
    }
    Ok(out)
}

fn entry_from_link(a: ElementRef, base: &Url, date_text: Option<&str>) -> Option<Entry> {
    let href = a.value().attr("href")?.trim();
    if href.is_empty() || href.starts_with('#') || href.to_ascii_lowercase().starts_with("javascript:") {
        return None;
    }
    let url = base.join(href).ok()?;
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    let text = crate::text::squash_ws(&a.text().collect::<String>());
    // Long titles are cut with "..." in lists; the title attribute has them whole.
    let title = match a.value().attr("title").map(crate::text::squash_ws) {
        Some(t) if t.chars().count() >= text.trim_end_matches(['.', '…']).chars().count() && !t.is_empty() => t,
        _ => text,
    };
    let stamp = date_text.and_then(crate::dates::parse).or_else(|| crate::dates::from_url(url.as_str()));
    let mut u = url.clone();
    u.set_fragment(None);
    Some(Entry {
        guid: u.to_string(),
        url: Some(u.to_string()),
        title,
        published: stamp.map(|s| s.at.with_timezone(&chrono::Utc)),
        date_only: stamp.is_some_and(|s| s.date_only),
        ..Default::default()
    })
}

/// Hanweb pages embed their list as `<datastore><record><![CDATA[<li>…</li>]]></record>`.
fn hanweb_records(html: &str, base: &Url) -> Vec<Entry> {
    static RECORD: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?s)<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>").unwrap());
    if !html.contains("<datastore") && !html.contains("<recordset") {
        return Vec::new();
    }
    let a_sel = Selector::parse("a[href]").unwrap();
    RECORD
        .captures_iter(html)
        .filter_map(|c| {
            let frag = Html::parse_fragment(&c[1]);
            let text = frag.root_element().text().collect::<String>();
            frag.select(&a_sel).next().and_then(|a| entry_from_link(a, base, Some(&text)))
        })
        .collect()
}

/// The largest group of article-like links that share a place in the page.
fn by_grouping(doc: &Html, base: &Url, preset: Option<&str>) -> Vec<Entry> {
    let a_sel = Selector::parse("a[href]").unwrap();
    let preset_re = preset_article_pattern(preset);
    let site = site_of(base);
    let mut groups: HashMap<u64, (usize, Vec<Entry>)> = HashMap::new();
    for (order, a) in doc.select(&a_sel).enumerate() {
        let text = crate::text::squash_ws(&a.text().collect::<String>());
        let title_attr = a.value().attr("title").unwrap_or("");
        let han = text.chars().chain(title_attr.chars()).filter(|c| crate::text::is_han(*c)).count();
        if han < 5 || NAV_WORDS.is_match(&text) {
            continue;
        }
        let Some(href) = a.value().attr("href") else { continue };
        let Ok(url) = base.join(href.trim()) else { continue };
        if !matches!(url.scheme(), "http" | "https") || site_of(&url) != site || url.path() == base.path() {
            continue;
        }
        let path_q = format!("{}{}", url.path(), url.query().map(|q| format!("?{q}")).unwrap_or_default());
        let looks_like_article = match preset_re {
            Some(re) => re.is_match(url.path()) || ARTICLE_URL.is_match(&path_q),
            None => ARTICLE_URL.is_match(&path_q),
        };
        if !looks_like_article {
            continue;
        }
        // The list item: the nearest ancestor that is an li/tr/dd/p or div, and its text for the date.
        let item = a
            .ancestors()
            .filter_map(ElementRef::wrap)
            .find(|e| matches!(e.value().name(), "li" | "tr" | "dd" | "dt" | "p" | "div" | "td"))
            .unwrap_or(a);
        let item_text = item.text().collect::<String>();
        let Some(entry) = entry_from_link(a, base, Some(&item_text)) else { continue };
        let key = xxh3_64(container_path(item).as_bytes());
        groups.entry(key).or_insert_with(|| (order, Vec::new())).1.push(entry);
    }
    groups
        .into_values()
        .max_by_key(|(order, v)| (v.len(), usize::MAX - order))
        .map(|(_, v)| v)
        .unwrap_or_default()
}

/// Tag names and classes of an element's ancestors: items of one list share it.
fn container_path(e: ElementRef) -> String {
    let mut parts = Vec::new();
    for anc in e.ancestors().filter_map(ElementRef::wrap).take(6) {
        let v = anc.value();
        let mut p = v.name().to_owned();
        if let Some(id) = v.id() {
            p.push('#');
            p.push_str(id);
        }
        for c in v.classes() {
            p.push('.');
            p.push_str(c);
        }
        parts.push(p);
    }
    parts.join("<")
}

/// The host without a leading `www.`: links to the same site, http or https.
fn site_of(u: &Url) -> String {
    u.host_str().unwrap_or("").trim_start_matches("www.").to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    const TRS_LIST: &str = r#"<html><head><title>山西要闻_山西省人民政府门户网站</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/yw/">要闻动态</a><a href="/zw/">政务公开栏目导航页面</a></div>
<div class="hot"><a href="./202405/t20240510_100.shtml">热点：全省安全生产工作会议召开</a></div>
<ul class="list">
<li><a href="./202405/t20240514_201.shtml" title="山西省召开全省优化营商环境工作推进会议暨重点任务部署会">山西省召开全省优化营商环境工作推进会...</a><span>2024-05-14</span></li>
<li><a href="./202405/t20240513_202.shtml">太原市启动城市更新三年行动</a><span>2024-05-13</span></li>
<li><a href="./202405/t20240513_203.shtml">大同市发布文旅产业扶持政策</a><span>2024-05-13</span></li>
</ul>
<div class="page"><a href="index_1.shtml">下一页</a></div>
<div class="footer"><a href="/wzdt/">网站地图</a></div></body></html>"#;

    #[test]
    fn trs_list_page_by_grouping() {
        let d = parse(TRS_LIST, &url("http://www.shanxi.gov.cn/yw/sxyw/"), Some("trs"), &Default::default()).unwrap();
        let titles: Vec<&str> = d.entries.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(titles, vec!["山西省召开全省优化营商环境工作推进会议暨重点任务部署会", "太原市启动城市更新三年行动", "大同市发布文旅产业扶持政策"]);
        let e = &d.entries[0];
        assert_eq!(e.url.as_deref(), Some("http://www.shanxi.gov.cn/yw/sxyw/202405/t20240514_201.shtml"));
        assert_eq!(e.published.unwrap().to_rfc3339(), "2024-05-13T16:00:00+00:00");
        assert!(e.date_only);
    }

    #[test]
    fn hanweb_datastore_records() {
        let html = r#"<html><body><div id="4085041"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/jpage/dataproxy.jsp?page=1"></a>]]></nextgroup><recordset>
<record><![CDATA[<li><a href="/art/2024/5/14/art_1621004_59001.html" target="_blank" title="省发展改革委召开重大项目建设推进会">省发展改革委召开重大项目建设推进会</a><span>2024-05-14</span></li>]]></record>
<record><![CDATA[<li><a href="/art/2024/5/9/art_1621004_58990.html" title="关于下达2024年省重点建设项目计划的通知">关于下达2024年省重点建设项目计划的通知</a><span>2024-05-09</span></li>]]></record>
</recordset></datastore></script></div></body></html>"#;
        let d = parse(html, &url("http://fgw.zj.gov.cn/col/col1621004/index.html"), Some("hanweb"), &Default::default()).unwrap();
        assert_eq!(d.entries.len(), 2);
        assert_eq!(d.entries[1].url.as_deref(), Some("http://fgw.zj.gov.cn/art/2024/5/9/art_1621004_58990.html"));
        assert_eq!(d.entries[1].published.unwrap().to_rfc3339(), "2024-05-08T16:00:00+00:00");
    }

    #[test]
    fn configured_selectors_win() {
        let html = r#"<div class="news"><div class="row"><a href="/n/a.html">甲乙丙丁戊己庚</a><em>2024年5月14日</em></div>
<div class="row"><a href="/n/b.html">子丑寅卯辰巳午</a><em>2024年5月13日</em></div></div>"#;
        let sel = SelectorsConfig { item: Some("div.row".into()), date: Some("em".into()), ..Default::default() };
        let d = parse(html, &url("http://x.gov.cn/n/"), None, &sel).unwrap();
        assert_eq!(d.entries.len(), 2);
        assert_eq!(d.entries[0].url.as_deref(), Some("http://x.gov.cn/n/a.html"));
        assert_eq!(d.entries[0].published.unwrap().to_rfc3339(), "2024-05-13T16:00:00+00:00");
        let bad = SelectorsConfig { item: Some("div[".into()), ..Default::default() };
        assert!(matches!(parse(html, &url("http://x.gov.cn/n/"), None, &bad), Err(DiscoverError::Selector(_))));
    }

    #[test]
    fn a_page_without_a_list_is_an_error() {
        let html = "<html><body><p>网站维护中</p><a href=\"/\">首页</a></body></html>";
        assert!(matches!(parse(html, &url("http://x.gov.cn/"), None, &Default::default()), Err(DiscoverError::NoEntries(_))));
    }
}
