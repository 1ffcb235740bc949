//! Structured hints a page carries for machines: government CMS metas,
//! Founder `enpproperty` comments and `founder-*` tags, JSON-LD, OpenGraph.
//!
//! These are read first because, when present, they are exact; the visible
//! page is only searched for what they leave out.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use scraper::{Html, Node, Selector};

/// Everything the hints say, each field from the most reliable hint that has it.
#[derive(Debug, Default, Clone)]
pub struct Hints {
    /// `<meta name|property|itemprop>` values by lower-cased name (first wins).
    pub metas: HashMap<String, String>,
    /// The document `<title>`.
    pub doc_title: Option<String>,
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub kicker: Option<String>,
    /// Byline from `enpproperty`, `founder-author` or JSON-LD: exact.
    pub author: Option<String>,
    /// A `<meta name="author">`: on many portals the editor's name, so it
    /// only counts when the page shows no byline.
    pub author_meta: Option<String>,
    pub published: Option<String>,
    /// When the page says it was last changed (`article:modified_time`,
    /// `dateModified`): only the year of a date shown without one comes from it.
    pub modified: Option<String>,
    /// The government CMS `ContentSource` (or `docsource`): exact.
    pub source_cms: Option<String>,
    /// Portal `source` metas: looser.
    pub source: Option<String>,
    /// JSON-LD and OpenGraph publishers: often the platform that hosts the
    /// page rather than the outlet credited, so they count last.
    pub publisher: Option<String>,
    /// A machine-readable time in the page (`<time datetime>`, `<abbr
    /// title="2012-01-12T08:45:00Z">3小時前</abbr>`), for pages that show
    /// only a relative time.
    pub time_element: Option<String>,
    pub site_name: Option<String>,
    /// The text of a template's author slot (`<span class="author">`,
    /// `class="auth"`): no label, so looser than a byline.
    pub slot_author: Option<Slot>,
    /// The text of a template's source slot (`<span class="source">`,
    /// `class="where"`, `media_name`).
    pub slot_source: Option<Slot>,
    /// The text of a template's publish-time slot (`<span id="publish_time">`),
    /// when it holds a date.
    pub slot_time: Option<String>,
}

/// The text of a template slot and where it is in the document (node ids
/// follow document order), so that a slot in a sidebar after the article
/// (a book promotion's `作者：`) can be told from the article's own.
#[derive(Debug, Clone)]
pub struct Slot {
    pub text: String,
    pub at: ego_tree::NodeId,
}

/// Reads every hint on the page.
pub fn read(doc: &Html) -> Hints {
    static META: LazyLock<Selector> = LazyLock::new(|| Selector::parse("meta").unwrap());
    static TITLE: LazyLock<Selector> = LazyLock::new(|| Selector::parse("title").unwrap());
    static LD: LazyLock<Selector> =
        LazyLock::new(|| Selector::parse(r#"script[type="application/ld+json"]"#).unwrap());
    let mut h = Hints::default();
    for m in doc.select(&META) {
        let el = m.value();
        let name = el.attr("name").or_else(|| el.attr("property")).or_else(|| el.attr("itemprop"));
        if let (Some(name), Some(content)) = (name, el.attr("content")) {
            let content = crate::text::squash_ws(content);
            if !content.is_empty() {
                h.metas.entry(name.trim().to_ascii_lowercase()).or_insert(content);
            }
        }
    }
    h.doc_title = doc
        .select(&TITLE)
        .map(|t| crate::text::squash_ws(&t.text().collect::<String>()))
        .find(|t| !t.is_empty());

    let enp = enpproperty(doc);
    let tags = custom_tags(doc);
    let ld: Vec<serde_json::Value> = doc
        .select(&LD)
        .filter_map(|s| serde_json::from_str(&s.text().collect::<String>()).ok())
        .collect();
    let ld_article = ld.iter().find_map(find_article);
    let ldf = |k: &str| ld_article.and_then(|a| a.get(k)).and_then(json_text);

    let pick = |opts: &[Option<String>]| opts.iter().flatten().find(|s| !s.trim().is_empty()).cloned();
    let metas = h.metas.clone();
    let m = |k: &str| metas.get(k).filter(|s| !s.trim().is_empty()).cloned();

    h.title = pick(&[
        enp.get("title").cloned(),
        tags.get("founder-title").cloned(),
        m("articletitle"),
        ldf("headline"),
        m("og:title"),
        m("twitter:title"),
    ]);
    h.subtitle = pick(&[enp.get("subtitle").cloned(), tags.get("founder-subtitle").cloned()]);
    h.kicker = pick(&[enp.get("introtitle").cloned()]);
    h.author = pick(&[
        enp.get("author").cloned(),
        tags.get("founder-author").cloned(),
        ld_article.and_then(|a| a.get("author")).and_then(json_names),
    ]);
    h.author_meta = pick(&[
        m("author").filter(|a| is_plausible_author(a)),
        m("article:author").filter(|a| is_plausible_author(a)),
    ]);
    h.published = pick(&[
        enp.get("date").cloned(),
        tags.get("founder-date").cloned(),
        m("pubdate"),
        tags.get("date").cloned(),
        tags.get("publishtime").cloned(),
        m("firstpublishedtime"),
        m("publishdate"),
        m("article:published_time"),
        ldf("datePublished"),
        m("og:release_date"),
        m("pubtime"),
        m("_pubtime"),
        m("publishtime"),
        m("published_time"),
        m("maketime"),
        m("date"),
        m("dc.date"),
        m("dc.date.issued"),
        m("datepublished"),
    ]);
    h.modified = pick(&[
        m("article:modified_time"),
        ldf("dateModified"),
        m("og:updated_time"),
        m("dateupdate"),
        m("datemodified"),
    ]);
    h.source_cms = pick(&[m("contentsource"), m("docsource")]);
    h.source = pick(&[m("source").map(|s| strip_label(&s))]);
    h.publisher = pick(&[
        ld_article.and_then(|a| a.get("publisher")).and_then(json_names),
        m("article:publisher").filter(|s| !s.starts_with("http")),
    ]);
    h.site_name = pick(&[m("sitename"), m("og:site_name")]);
    // `<meta name="author" content="网易">`: the site, not a writer.
    if let Some(a) = &h.author_meta {
        let site_title = h.doc_title.as_deref().and_then(|t| t.rsplit(['_', '|', '｜', '-', '—']).next());
        if h.site_name.as_deref().is_some_and(|s| s.contains(a.as_str())) || site_title.is_some_and(|s| s.contains(a.as_str())) {
            h.author_meta = None;
        }
    }
    (h.slot_author, h.slot_source) = slots(doc);
    h.slot_time = time_slot(doc).or_else(|| wechat_time(doc));
    static TIME: LazyLock<Selector> = LazyLock::new(|| Selector::parse("time[datetime], abbr[title]").unwrap());
    h.time_element = doc
        .select(&TIME)
        .filter_map(|e| e.value().attr("datetime").or_else(|| e.value().attr("title")))
        .map(str::trim)
        .find(|t| chrono::DateTime::parse_from_rfc3339(t).is_ok() || (t.len() == 10 && crate::dates::parse(t).is_some()))
        .map(str::to_owned);
    h
}

/// The first author slot and the first source slot of the page's template,
/// found by their class or id (whole words only: `tie-author` is a comment).
fn slots(doc: &Html) -> (Option<Slot>, Option<Slot>) {
    const AUTHOR: &[&str] =
        // `rich_media_meta_text`: a WeChat article's writer (its date shares the class).
        &["author", "auth", "writer", "byline", "zuozhe", "ar_writer", "author_baidu", "art_author", "article-author", "reporter",
          "rich_media_meta_text", "js_author_name"];
    const SOURCE: &[&str] =
        // `js_name` and `profile_nickname`: the account a WeChat article is posted by.
        &["source", "where", "media_name", "art_source", "ar_source", "source_baidu", "laiyuan", "article-source", "js_name", "profile_nickname"];
    static ANY: LazyLock<Selector> = LazyLock::new(|| Selector::parse("[class], [id], a[rel]").unwrap());
    let (mut author, mut source) = (None, None);
    for el in doc.select(&ANY) {
        if author.is_some() && source.is_some() {
            break;
        }
        let v = el.value();
        let words = || v.attr("class").unwrap_or("").split_whitespace().chain(v.attr("id"));
        // `<em id="publish_time" class="rich_media_meta_text">`: a time element, not a writer.
        // `<em id="js_ip_wording_wrp" style="display: none;">发表于</em>`: hidden, a label.
        let not_writer = v.attr("id").is_some_and(|id| id.contains("time") || id.contains("date"))
            || v.attr("style").is_some_and(|st| st.replace(' ', "").contains("display:none"));
        // `<a href="/author/x/" rel="author">X</a>`: the writer's link, as blog software prints it.
        let rel_author = v.attr("rel").is_some_and(|r| r.split_whitespace().any(|w| w.eq_ignore_ascii_case("author")));
        let is_author = author.is_none()
            && !not_writer
            && (rel_author || words().any(|w| AUTHOR.contains(&w.to_ascii_lowercase().as_str())));
        let is_source = source.is_none() && words().any(|w| SOURCE.contains(&w.to_ascii_lowercase().as_str()));
        if !is_author && !is_source {
            continue;
        }
        // `<div class="author"><h4>最近读者</h4>…`: a sidebar box with a heading.
        static HEADING: LazyLock<Selector> = LazyLock::new(|| Selector::parse("h1, h2, h3, h4, h5, h6").unwrap());
        if el.select(&HEADING).next().is_some() {
            continue;
        }
        let text = crate::text::squash_ws(&el.text().take(20).collect::<String>());
        if text.is_empty() || text.chars().count() > 30 {
            continue;
        }
        let slot = Some(Slot { text, at: el.id() });
        if is_author {
            author = slot;
        } else {
            source = slot;
        }
    }
    (author, source)
}

/// The first element named for the publish time (`id="publish_time"`,
/// `class="pubtime"`; not a bare `time` or `date`, which list items wear)
/// whose text holds a year.
fn time_slot(doc: &Html) -> Option<String> {
    const TIME: &[&str] = &[
        "publish_time", "publish-time", "publishtime", "pubtime", "pub_time", "pub-time", "pubdate", "pub_date", "pub-date",
        "post-date", "post_date", "post-time", "post_time", "article-time", "article_time", "articletime", "news_time", "news-time",
        "time_publish", "date_publish", "publish_date", "publish-date", "fbsj", "fbrq",
    ];
    static ANY: LazyLock<Selector> = LazyLock::new(|| Selector::parse("[class], [id]").unwrap());
    static YEAR: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"(?:19|20)\d{2}\s*[-/.年]").unwrap());
    doc.select(&ANY)
        .filter(|el| {
            let v = el.value();
            let mut words = v.attr("class").unwrap_or("").split_whitespace().chain(v.attr("id"));
            words.any(|w| TIME.contains(&w.to_ascii_lowercase().as_str()))
        })
        .map(|el| crate::text::squash_ws(&el.text().take(20).collect::<String>()))
        .find(|t| t.chars().count() <= 60 && YEAR.is_match(t))
}

/// A WeChat article whose visible time is filled in by its script: the
/// script's `var ct = "1707393900"` (seconds) or `publish_time = "2024-02-08"`.
fn wechat_time(doc: &Html) -> Option<String> {
    static CONTENT: LazyLock<Selector> = LazyLock::new(|| Selector::parse("#js_content, #js_name").unwrap());
    static SCRIPT: LazyLock<Selector> = LazyLock::new(|| Selector::parse("script").unwrap());
    static CT: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r#"\bct\s*=\s*"(\d{10})""#).unwrap());
    static DAY: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r#"\bpublish_time\s*=\s*"((?:19|20)\d{2}-\d{2}-\d{2})""#).unwrap());
    doc.select(&CONTENT).next()?;
    let cst = chrono::FixedOffset::east_opt(8 * 3600)?;
    doc.select(&SCRIPT).map(|s| s.text().collect::<String>()).find_map(|js| {
        let at = CT.captures(&js).and_then(|c| c[1].parse::<i64>().ok()).and_then(|t| chrono::DateTime::from_timestamp(t, 0));
        at.map(|t| t.with_timezone(&cst).format("%Y-%m-%d %H:%M:%S").to_string()).or_else(|| DAY.captures(&js).map(|c| c[1].to_owned()))
    })
}

/// `来源：北京青年报` → `北京青年报`.
fn strip_label(s: &str) -> String {
    static LABEL: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"^\s*(?:来源|稿源|信息来源|文章来源|出处)\s*[：:]\s*").unwrap());
    LABEL.replace(s, "").trim().to_owned()
}

/// A meta `author` is often a numeric staff id, a site id or a URL: not a byline.
fn is_plausible_author(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty()
        && !s.chars().all(|c| c.is_ascii_digit())
        && !s.contains("://")
        && s.chars().count() <= 40
        // A site's own id (`chinanews`, `admin`): lower-case Latin, one word.
        && !s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_')
}

/// The fields of an `<!--enpproperty <title>…</title>…/enpproperty-->` comment.
fn enpproperty(doc: &Html) -> HashMap<String, String> {
    static FIELD: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"(?s)<([a-z-]+)>(.*?)</([a-z-]+)>").unwrap());
    let mut out = HashMap::new();
    for node in doc.tree.root().descendants() {
        if let Node::Comment(c) = node.value() {
            let c: &str = c;
            if !c.trim_start().starts_with("enpproperty") {
                continue;
            }
            for cap in FIELD.captures_iter(c) {
                if cap[1] != cap[3] {
                    continue;
                }
                let v = crate::text::squash_ws(&cap[2]);
                if !v.is_empty() {
                    // Newer layouts write `<founder-title>` where older ones write `<title>`.
                    let key = cap[1].trim_start_matches("founder-").to_owned();
                    out.entry(key).or_insert(v);
                }
            }
        }
    }
    out
}

/// Text of the CMS's own elements (`<founder-title>`, `<date>`,
/// `<publishtime>`…), the first non-empty of each, in one pass over the page.
fn custom_tags(doc: &Html) -> HashMap<String, String> {
    static TAGS: LazyLock<Selector> = LazyLock::new(|| {
        Selector::parse("founder-title, founder-subtitle, founder-author, founder-date, date, publishtime").unwrap()
    });
    let mut out = HashMap::new();
    for e in doc.select(&TAGS) {
        let name = e.value().name();
        if out.contains_key(name) {
            continue;
        }
        let t = crate::text::squash_ws(&e.text().collect::<String>());
        if !t.is_empty() {
            out.insert(name.to_owned(), t);
        }
    }
    out
}

/// The first JSON-LD object that is a news article (also inside `@graph` or arrays).
fn find_article(v: &serde_json::Value) -> Option<&serde_json::Value> {
    match v {
        serde_json::Value::Array(a) => a.iter().find_map(find_article),
        serde_json::Value::Object(o) => {
            let is_article = match o.get("@type") {
                Some(serde_json::Value::String(t)) => t.ends_with("Article") || t == "Report",
                Some(serde_json::Value::Array(ts)) => {
                    ts.iter().any(|t| t.as_str().is_some_and(|t| t.ends_with("Article")))
                }
                _ => false,
            };
            if is_article {
                Some(v)
            } else {
                o.get("@graph").and_then(find_article)
            }
        }
        _ => None,
    }
}

fn json_text(v: &serde_json::Value) -> Option<String> {
    v.as_str().map(crate::text::squash_ws).filter(|s| !s.is_empty())
}

/// `"author": "X"`, `{"name": "X"}` or a list of either, joined by `、`.
fn json_names(v: &serde_json::Value) -> Option<String> {
    let names: Vec<String> = match v {
        serde_json::Value::Array(a) => a.iter().filter_map(json_names).collect(),
        serde_json::Value::Object(o) => o.get("name").and_then(json_text).into_iter().collect(),
        other => json_text(other).into_iter().collect(),
    };
    if names.is_empty() { None } else { Some(names.join("、")) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn government_metas_in_any_case() {
        let doc = Html::parse_document(
            r#"<head><meta name="ArticleTitle" content="山西品牌丝路行正式启动"><meta name="pubdate" content="2019-09-18 06:23">
               <meta name="contentSource" content="山西日报"><meta name="Author" content=""></head>"#,
        );
        let h = read(&doc);
        assert_eq!(h.title.as_deref(), Some("山西品牌丝路行正式启动"));
        assert_eq!(h.published.as_deref(), Some("2019-09-18 06:23"));
        assert_eq!(h.source_cms.as_deref(), Some("山西日报"));
        assert!(h.author.is_none());
    }

    #[test]
    fn enpproperty_comment_fields() {
        let doc = Html::parse_document(
            "<body><!--enpproperty <articleid>5364886</articleid><date>2016-10-31 09:28:27.0</date><author>郭奋</author><title>贵州新闻标题</title><subtitle>副题在此</subtitle><introtitle>引题在此</introtitle>/enpproperty--></body>",
        );
        let h = read(&doc);
        assert_eq!(h.title.as_deref(), Some("贵州新闻标题"));
        assert_eq!(h.subtitle.as_deref(), Some("副题在此"));
        assert_eq!(h.kicker.as_deref(), Some("引题在此"));
        assert_eq!(h.author.as_deref(), Some("郭奋"));
        assert_eq!(h.published.as_deref(), Some("2016-10-31 09:28:27.0"));
    }

    #[test]
    fn json_ld_and_opengraph() {
        let doc = Html::parse_document(
            r#"<head><meta property="og:title" content="OG标题"><script type="application/ld+json">
               {"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"LD标题","datePublished":"2024-05-10T06:58:00+08:00","author":[{"@type":"Person","name":"张三"},{"name":"李四"}],"publisher":{"name":"人民日报"}}]}
               </script></head>"#,
        );
        let h = read(&doc);
        assert_eq!(h.title.as_deref(), Some("LD标题"));
        assert_eq!(h.author.as_deref(), Some("张三、李四"));
        assert_eq!(h.published.as_deref(), Some("2024-05-10T06:58:00+08:00"));
        assert_eq!(h.publisher.as_deref(), Some("人民日报"));
        assert!(h.source.is_none());
    }

    #[test]
    fn numeric_meta_author_and_source_label() {
        let doc = Html::parse_document(
            r#"<head><meta name="author" content="104363"><meta name="source" content="来源：北京青年报"></head>"#,
        );
        let h = read(&doc);
        assert!(h.author.is_none());
        assert_eq!(h.source.as_deref(), Some("北京青年报"));
    }

    #[test]
    fn a_sidebar_box_with_a_heading_is_no_author_slot() {
        let doc = Html::parse_document(
            r#"<body><div class="author"><h4>最近读者</h4><div class="cnt"></div></div>
               <span class="auth">贺某明</span></body>"#,
        );
        assert_eq!(read(&doc).slot_author.map(|s| s.text).as_deref(), Some("贺某明"));
    }

    #[test]
    fn a_wechat_writer_is_the_author_slot_but_its_time_and_hidden_labels_are_not() {
        let doc = Html::parse_document(
            r#"<body><div id="meta_content"><em id="post-date" class="rich_media_meta rich_media_meta_text">2016-03-12</em>
               <em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text" style="display: none;">发表于</em>
               <em class="rich_media_meta rich_media_meta_text">贺某明</em><a id="js_name">某某发布</a></div></body>"#,
        );
        assert_eq!(read(&doc).slot_author.map(|s| s.text).as_deref(), Some("贺某明"));
        let none = Html::parse_document(
            r#"<body><em id="publish_time" class="rich_media_meta rich_media_meta_text">2016-03-12</em>
               <em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text" style="display:none">发表于</em></body>"#,
        );
        assert!(read(&none).slot_author.is_none());
    }

    #[test]
    fn a_link_marked_rel_author_is_the_author_slot() {
        let doc = Html::parse_document(
            r#"<body><h1>标题</h1><div class="entry-meta"><a href="/c/headline/" rel="category tag">要聞</a>
               <span class="text-gray"><a href="/author/judy/" title="由 Yiru 發表" rel="author">Yiru</a> • 4 小時 前</span></div></body>"#,
        );
        assert_eq!(read(&doc).slot_author.map(|s| s.text).as_deref(), Some("Yiru"));
    }

    #[test]
    fn a_wechat_time_its_script_fills_in() {
        let doc = Html::parse_document(
            r#"<body><em id="publish_time"></em><div id="js_content"><p>正文</p></div>
               <script>var nickname = "某某发布"; var ct = "1707393900"; var publish_time = "2024-02-08" || "";</script></body>"#,
        );
        assert_eq!(read(&doc).slot_time.as_deref(), Some("2024-02-08 20:05:00"));
        // Only on a WeChat page.
        let other = Html::parse_document(r#"<body><script>var ct = "1707393900";</script></body>"#);
        assert!(read(&other).slot_time.is_none());
    }

    #[test]
    fn a_publish_time_slot_holding_a_year() {
        let doc = Html::parse_document(
            r#"<body><ul><li><span class="time">2011-11-24</span></li></ul>
               <div id="artical_sth"><span id="publish_time">2012年01月12日 14:56</span><span id="source_place"></span></div></body>"#,
        );
        assert_eq!(read(&doc).slot_time.as_deref(), Some("2012年01月12日 14:56"));
        let doc = Html::parse_document(r#"<body><em id="publish_time">昨天</em></body>"#);
        assert!(read(&doc).slot_time.is_none());
    }

    #[test]
    fn wechat_account_is_the_source_slot() {
        let doc = Html::parse_document(
            r#"<body><div id="meta_content"><span class="rich_media_meta rich_media_meta_text">贺某明</span>
               <a id="js_name">某某发布</a><em id="publish_time">2024-03-12</em></div>
               <div class="profile_inner"><strong class="profile_nickname">某某发布</strong></div></body>"#,
        );
        assert_eq!(read(&doc).slot_source.map(|s| s.text).as_deref(), Some("某某发布"));
    }

    #[test]
    fn template_slots_site_named_authors_and_time_elements() {
        let doc = Html::parse_document(
            r#"<head><title>市区新增两处便民服务点_某某新闻</title><meta name="author" content="某某新闻"></head><body>
               <div class="tie-author">网友甲</div>
               <div class="info">2011年12月15日11:03<span class="where">家电质量网</span><span class="auth">张小君</span></div>
               <abbr class="timestamp" title="2012-01-12T08:45:00Z">3小时前</abbr></body>"#,
        );
        let h = read(&doc);
        assert!(h.author_meta.is_none());
        assert_eq!(h.slot_author.map(|s| s.text).as_deref(), Some("张小君"));
        assert_eq!(h.slot_source.map(|s| s.text).as_deref(), Some("家电质量网"));
        assert_eq!(h.time_element.as_deref(), Some("2012-01-12T08:45:00Z"));
    }
}
