//! Article body and metadata out of an article page.
//!
//! Entry point: [`extract`]. A page usually yields one [`Extracted`]; an
//! e-paper digest page holding several stories yields one per story.

use scraper::{Html, Selector};
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
    let doc = Html::parse_document(html);
    let title = select_text(&doc, "h1").or_else(|| select_text(&doc, "title"));
    let p = Selector::parse("p").unwrap();
    let paras: Vec<String> = doc
        .select(&p)
        .map(|e| crate::text::squash_ws(&e.text().collect::<String>()))
        .filter(|t| !t.is_empty())
        .collect();
    let published = opts.url.and_then(|u| crate::dates::from_url(u.as_str()));
    vec![Extracted {
        title,
        published,
        text: paras.join("\n"),
        content_html: paras.iter().map(|p| format!("<p>{}</p>", html_escape(p))).collect(),
        ..Default::default()
    }]
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

pub mod cli {
    //! `baoku extract`: saved pages in, one JSON object per article out.
    use std::path::PathBuf;
    use std::process::ExitCode;

    pub fn run(_url: Option<&str>, _files: &[PathBuf]) -> ExitCode {
        eprintln!("baoku extract: not implemented yet");
        ExitCode::from(1)
    }
}
