//! `content_html`: the kept paragraphs and images as clean HTML.
//!
//! The HTML is rebuilt from what the extractor kept, then passed through
//! ammonia anyway, so that whatever a page smuggles into a paragraph or an
//! image attribute never reaches a reader; relative links become absolute
//! against the page URL.

use url::Url;

use super::body::Item;
use super::html_escape;

/// Paragraphs as `<p>`, images as `<img>`, sanitized, URLs absolute when the page URL is known.
pub fn content_html(items: &[Item], base: Option<&Url>) -> String {
    let mut raw = String::new();
    for item in items {
        match item {
            Item::Para(t) => {
                raw.push_str("<p>");
                raw.push_str(&html_escape(t));
                raw.push_str("</p>");
            }
            Item::Image { src, alt } => {
                raw.push_str("<img src=\"");
                raw.push_str(&html_escape(src));
                raw.push_str("\" alt=\"");
                raw.push_str(&html_escape(alt));
                raw.push_str("\">");
            }
        }
    }
    if raw.is_empty() {
        return raw;
    }
    let mut b = ammonia::Builder::default();
    match base {
        Some(u) => b.url_relative(ammonia::UrlRelative::RewriteWithBase(u.clone())),
        None => b.url_relative(ammonia::UrlRelative::PassThrough),
    };
    b.clean(&raw).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn images_kept_with_absolute_urls_and_script_urls_removed() {
        let base = Url::parse("http://www.example.gov.cn/art/2022/3/29/art_1_2.html").unwrap();
        let items = vec![
            Item::Para("第一段<script>".into()),
            Item::Image { src: "./W020220329.jpg".into(), alt: "图".into() },
            Item::Image { src: "javascript:alert(1)".into(), alt: String::new() },
        ];
        let h = content_html(&items, Some(&base));
        assert!(h.contains("<p>第一段&lt;script&gt;</p>"), "{h}");
        assert!(h.contains("src=\"http://www.example.gov.cn/art/2022/3/29/W020220329.jpg\""), "{h}");
        assert!(!h.contains("javascript"), "{h}");
    }
}
