//! One walk over the parsed page: text blocks with their owners, and per-element totals.
//!
//! A block is the text between two block-level boundaries (`<p>`, `<div>`,
//! `<br>`, `<li>`, …). Every block remembers the element that owns it, the
//! nearest ancestor whose class or id hints at page furniture, how much of it
//! is link text and how much Chinese punctuation it holds. Sums over the
//! blocks below each element are what [`super::body`] scores containers by.

use crate::text::FastMap as HashMap;

use ego_tree::NodeId;
use ego_tree::iter::Edge;
use scraper::{Html, Node};

/// A run of text between block boundaries, or an image.
#[derive(Debug, Clone)]
pub struct Block {
    pub text: String,
    /// The nearest block-level element around the text.
    pub owner: NodeId,
    /// The nearest ancestor whose class/id names navigation, sharing, comments…
    pub furniture: Option<NodeId>,
    /// Non-space characters.
    pub chars: u32,
    /// Han characters.
    pub han: u32,
    /// Non-space characters inside links.
    pub link_chars: u32,
    /// Sentence punctuation (Chinese, or ASCII after a Han character).
    pub punct: u32,
    /// Inside `h1`…`h6`: the level, and which heading element.
    pub heading: u8,
    pub heading_id: Option<NodeId>,
    /// An `<img>`: its `src` (as written) and `alt`.
    pub image: Option<(String, String)>,
}

impl Block {
    pub fn link_density(&self) -> f32 {
        if self.chars == 0 { 0.0 } else { self.link_chars as f32 / self.chars as f32 }
    }

    /// Text that reads like running prose rather than a label or a link.
    pub fn is_prose(&self) -> bool {
        let own = self.chars.saturating_sub(self.link_chars);
        self.image.is_none()
            && self.link_density() < 0.35
            && ((self.punct >= 1 && own >= 8) || own >= 60)
            && (self.han * 3 >= own || self.punct >= 3)
    }

    /// How much article text the block is worth: Han characters count
    /// fully, digits and Latin less (phone numbers, dates, codes).
    pub fn mass(&self) -> f32 {
        let own = self.chars.saturating_sub(self.link_chars) as f32;
        let han = (self.han as f32).min(own);
        han + 0.5 * (own - han)
    }
}

/// Sums over the blocks below an element.
#[derive(Debug, Clone, Copy, Default)]
pub struct Totals {
    pub chars: f32,
    pub link_chars: f32,
    /// Characters of prose blocks.
    pub prose: f32,
    /// Characters of link lists and labels: what a good container leaves out.
    pub junk: f32,
}

/// The page as blocks, with totals per element.
pub struct Walk {
    pub blocks: Vec<Block>,
    pub totals: HashMap<NodeId, Totals>,
}

impl Walk {
    /// Recomputes the totals with a weight per block (the headline's position
    /// discounts prose above it).
    pub fn reweigh(&mut self, doc: &Html, weight: impl Fn(usize) -> f32) {
        self.totals = totals(doc, &self.blocks, weight);
    }
}

const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "select", "option", "textarea", "button",
    "svg", "canvas", "object", "embed", "head", "input", "map", "audio", "video", "marquee",
];

const BLOCK: &[&str] = &[
    "p", "div", "br", "li", "ul", "ol", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "h1",
    "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "nav", "aside",
    "blockquote", "pre", "dl", "dt", "dd", "form", "center", "figure", "figcaption", "hr",
    "address", "main", "fieldset", "caption", "body", "html", "founder-content", "ucapcontent",
];

fn is_block(tag: &str) -> bool {
    BLOCK.contains(&tag)
}

/// Characters that end or divide a sentence in Chinese prose.
/// The colon is left out: `电话：`, `来源：` label lines are not prose.
pub fn is_cjk_punct(c: char) -> bool {
    matches!(c, '，' | '。' | '、' | '；' | '？' | '！' | '“' | '”' | '《' | '》' | '…' | '「' | '」')
}

/// Counts sentence punctuation; ASCII `,;!?` count when they follow a Han
/// character (text copied with half-width punctuation).
pub fn count_punct(s: &str) -> u32 {
    let mut n = 0;
    let mut prev_han = false;
    for c in s.chars() {
        if is_cjk_punct(c) || (prev_han && matches!(c, ',' | ';' | '!' | '?')) {
            n += 1;
        }
        prev_han = crate::text::is_han(c);
    }
    n
}

/// Whether a class or id value names page furniture (navigation, sharing,
/// comments, related lists, footers…). Tokens are split on `-`, `_` and
/// spaces and matched by prefix, so `article-footer` and `bdshare_box` hit
/// while `photo` or `pages_content` do not.
pub fn is_furniture_name(v: &str) -> bool {
    const PREFIX: &[&str] = &[
        "share", "bdshare", "jiathis", "comment", "related", "relate", "recommend", "footer", "foot",
        "nav", "menu", "breadcrumb", "crumb", "sidebar", "advert", "banner", "toolbar", "copyright",
        "pager", "pagination", "social", "qrcode", "erweima", "xgxw", "xgwz", "xgyd", "xgtj",
        "tuijian", "hotnews", "ranking", "login", "weixin", "wechat", "reply", "gotop", "backtop",
        "pinglun", "survey", "diaocha", "vote", "poll", "player",
    ];
    const EXACT: &[&str] = &[
        "ad", "ads", "bottom", "tags", "tag", "keywords", "hot", "more", "tools", "tool", "side",
        "right", "left", "fenxiang", "dibu", "top",
    ];
    v.split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|t| !t.is_empty())
        .any(|t| {
            let t = t.to_ascii_lowercase();
            EXACT.contains(&t.as_str()) || PREFIX.iter().any(|p| t.starts_with(p))
        })
}

fn hidden(el: &scraper::node::Element) -> bool {
    if el.attr("hidden").is_some() {
        return true;
    }
    el.attr("style").is_some_and(|s| {
        let s: String = s.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
        // Only display:none: WeChat and others hide the article with
        // visibility:hidden until a script reveals it.
        s.contains("display:none")
    })
}

/// Walks the document once.
pub fn walk(doc: &Html) -> Walk {
    let mut w = Walker::default();
    let root = doc.tree.root();
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if w.skip.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Element(el) => {
                        let tag = el.name();
                        if SKIP.contains(&tag) || hidden(el) {
                            w.skip = Some(node.id());
                            continue;
                        }
                        if tag == "img" {
                            // An icon in the middle of a sentence (a link to
                            // a star's albums after her name) does not end
                            // the paragraph: it follows it.
                            let mid_text = w.buf.chars().any(|c| !c.is_whitespace());
                            if !mid_text {
                                w.flush();
                            }
                            let src = el
                                .attr("src")
                                .or_else(|| el.attr("data-src"))
                                .or_else(|| el.attr("oldsrc"))
                                .unwrap_or("");
                            if !src.is_empty() {
                                let img = w.image(src, el.attr("alt").unwrap_or(""));
                                match img {
                                    Some(img) if mid_text => {
                                        w.pending.push(img);
                                        w.gap = true;
                                    }
                                    Some(img) => w.blocks.push(img),
                                    None => {}
                                }
                            }
                            continue;
                        }
                        if is_block(tag) {
                            w.flush();
                            w.owners.push(node.id());
                        }
                        if tag == "a" {
                            w.in_link += 1;
                        }
                        // A bold run opening the block (`<strong>某某网 记者 X</strong>正文…`).
                        let bold = matches!(tag, "strong" | "b")
                            || el.attr("class").is_some_and(|c| c.contains("strong") || c.contains("bold"))
                            || el.attr("style").is_some_and(|s| s.contains("font-weight") && (s.contains("bold") || s.contains("700")));
                        if bold && w.bold_lead.is_none() && w.buf.trim().is_empty() {
                            w.bold_lead = Some((node.id(), w.buf.len()));
                        }
                        if matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
                            w.heading.push((tag.as_bytes()[1] - b'0', node.id()));
                        }
                        let furniture = el.attr("class").is_some_and(is_furniture_name)
                            || el.attr("id").is_some_and(is_furniture_name)
                            || matches!(tag, "nav" | "footer" | "aside");
                        if furniture {
                            w.flush();
                            w.furniture.push(node.id());
                        }
                    }
                    Node::Text(t) => {
                        let s: &str = t;
                        // Where an icon stood, text goes on after a space
                        // (`来源：某网<img>参与互动`), unless the sentence
                        // goes on with its punctuation (`甲某<img>、乙某`).
                        if w.gap && !s.trim().is_empty() {
                            if !s.trim_start().starts_with(|c: char| is_cjk_punct(c) || "，。、；：？！）)".contains(c)) {
                                w.buf.push(' ');
                            }
                            w.gap = false;
                        }
                        // A break between two Chinese characters of one text
                        // node is a hard wrap; between elements
                        // (`<span>来源：某网</span>\n<span>编辑：X</span>`) it
                        // parts them as browsers show it.
                        w.buf.push_str(&join_wrapped(s));
                        // Prose wrapped in a link (a whole teaser or article inside
                        // one <a>) is still prose; link lists are short texts.
                        if w.in_link > 0 {
                            let n = s.chars().filter(|c| !c.is_whitespace()).count() as u32;
                            if !(n >= 40 && count_punct(s) >= 2) {
                                w.buf_link += n;
                            }
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if let Some(id) = w.skip {
                    if id == node.id() {
                        w.skip = None;
                    }
                    continue;
                }
                if let Node::Element(el) = node.value() {
                    let tag = el.name();
                    if w.furniture.last() == Some(&node.id()) {
                        w.flush();
                        w.furniture.pop();
                    }
                    if matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
                        w.flush();
                        w.heading.pop();
                    }
                    if tag == "a" {
                        w.in_link = w.in_link.saturating_sub(1);
                    }
                    // A bold credit line opening the block is set apart from the
                    // text run on after it (`经济观察网 记者 张某` / `广深港高铁…`):
                    // browsers show the boundary, so the text keeps it as a
                    // space. Only a run of words ending in a short one (a name)
                    // counts; a bold word inside a sentence stays glued.
                    if let Some((id, at)) = w.bold_lead
                        && id == node.id()
                    {
                        w.bold_lead = None;
                        let run = w.buf.get(at..).unwrap_or("").trim();
                        let last = run.rsplit(char::is_whitespace).next().unwrap_or("");
                        if run.chars().count() <= 24 && run.contains(char::is_whitespace) && (2..=3).contains(&last.chars().count()) && last.chars().all(crate::text::is_han) {
                            w.gap = true;
                        }
                    }
                    if is_block(tag) {
                        w.flush();
                        if w.owners.last() == Some(&node.id()) {
                            w.owners.pop();
                        }
                    }
                }
            }
        }
    }
    w.flush();
    let totals = totals(doc, &w.blocks, |_| 1.0);
    Walk { blocks: w.blocks, totals }
}

#[derive(Default)]
struct Walker {
    blocks: Vec<Block>,
    buf: String,
    buf_link: u32,
    in_link: u32,
    skip: Option<NodeId>,
    owners: Vec<NodeId>,
    furniture: Vec<NodeId>,
    heading: Vec<(u8, NodeId)>,
    /// Images met inside a run of text, placed after it.
    pending: Vec<Block>,
    /// An image left the text here.
    gap: bool,
    /// A bold run that opens the block: its element and where its text starts.
    bold_lead: Option<(NodeId, usize)>,
}

impl Walker {
    fn owner(&self) -> Option<NodeId> {
        self.owners.last().copied()
    }

    fn flush(&mut self) {
        self.gap = false;
        self.bold_lead = None;
        self.flush_text();
        self.blocks.append(&mut self.pending);
    }

    fn flush_text(&mut self) {
        if self.buf.is_empty() {
            return;
        }
        let text = crate::text::squash_ws(&self.buf);
        let link = self.buf_link;
        self.buf.clear();
        self.buf_link = 0;
        let Some(owner) = self.owner() else { return };
        if text.is_empty() {
            return;
        }
        let chars = text.chars().filter(|c| !c.is_whitespace()).count() as u32;
        let han = text.chars().filter(|&c| crate::text::is_han(c)).count() as u32;
        self.blocks.push(Block {
            han,
            punct: count_punct(&text),
            text,
            owner,
            furniture: self.furniture.last().copied(),
            chars,
            link_chars: link.min(chars),
            heading: self.heading.last().map(|h| h.0).unwrap_or(0),
            heading_id: self.heading.last().map(|h| h.1),
            image: None,
        });
    }

    fn image(&self, src: &str, alt: &str) -> Option<Block> {
        let owner = self.owner()?;
        Some(Block {
            text: String::new(),
            owner,
            furniture: self.furniture.last().copied(),
            chars: 0,
            han: 0,
            link_chars: 0,
            punct: 0,
            heading: 0,
            heading_id: None,
            image: Some((src.trim().to_owned(), alt.trim().to_owned())),
        })
    }
}

/// Drops the line breaks an editor's hard wrap left between two Chinese
/// characters of a text (`广州市公安局昨日下午召\n开新闻发布会`, `时报\n\n讯`):
/// CSS Text 3 (segment break transformation) renders a break between two
/// East Asian wide characters as no space at all. A break beside Latin text
/// stays a space, and so does any ideographic space.
fn join_wrapped(s: &str) -> std::borrow::Cow<'_, str> {
    // Whitespace between tags (`\n    `) is most text nodes: nothing to join.
    if !s.contains('\n') || s.trim().is_empty() {
        return std::borrow::Cow::Borrowed(s);
    }
    let wide = |c: char| {
        crate::text::is_han(c) || is_cjk_punct(c) || ('\u{3001}'..='\u{303f}').contains(&c) || ('\u{ff01}'..='\u{ff60}').contains(&c)
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if matches!(c, ' ' | '\t' | '\r' | '\n') {
            let start = i;
            while i < chars.len() && matches!(chars[i], ' ' | '\t' | '\r' | '\n') {
                i += 1;
            }
            let run = &chars[start..i];
            let broken = run.contains(&'\n');
            let between = start > 0 && i < chars.len() && wide(chars[start - 1]) && wide(chars[i]);
            if !(broken && between) {
                out.extend(run);
            }
            continue;
        }
        out.push(c);
        i += 1;
    }
    std::borrow::Cow::Owned(out)
}

fn totals(doc: &Html, blocks: &[Block], weight: impl Fn(usize) -> f32) -> HashMap<NodeId, Totals> {
    let mut map: HashMap<NodeId, Totals> = HashMap::default();
    for (i, b) in blocks.iter().enumerate().filter(|(_, b)| b.image.is_none()) {
        let chars = b.chars as f32;
        let link = b.link_chars as f32;
        let (prose, junk) = if b.is_prose() && super::body::is_furniture_line(&b.text) {
            (0.0, 0.3 * chars)
        } else if b.is_prose() {
            (b.mass() * weight(i), link)
        } else if b.link_density() > 0.5 {
            (0.0, chars)
        } else {
            // Labels, dates, captions: not content, but not much harm either.
            (0.0, 0.3 * chars)
        };
        let mut cur = doc.tree.get(b.owner);
        while let Some(n) = cur {
            if n.value().is_element() {
                let t = map.entry(n.id()).or_default();
                t.chars += chars;
                t.link_chars += link;
                t.prose += prose;
                t.junk += junk;
            }
            cur = n.parent();
        }
    }
    map
}

/// Whether `node` is `ancestor` or lies below it.
pub fn is_within(doc: &Html, node: NodeId, ancestor: NodeId) -> bool {
    let mut cur = doc.tree.get(node);
    while let Some(n) = cur {
        if n.id() == ancestor {
            return true;
        }
        cur = n.parent();
    }
    false
}

/// Depth of a node below the document root.
pub fn depth(doc: &Html, node: NodeId) -> usize {
    doc.tree.get(node).map(|n| n.ancestors().count()).unwrap_or(0)
}

/// The element for an id, if it is one.
#[cfg(test)]
pub fn element(doc: &Html, id: NodeId) -> Option<scraper::ElementRef<'_>> {
    doc.tree.get(id).and_then(scraper::ElementRef::wrap)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_icon_inside_a_sentence_follows_the_paragraph() {
        let doc = Html::parse_document(
            r#"<body><p><img src="lead.jpg">届时<a href="/s/1">甲某</a><a href="/s/1/albums"><img src="cd.gif" alt="专辑"></a>、<a href="/s/2">乙某</a>将登台演唱。</p></body>"#,
        );
        let w = walk(&doc);
        let kinds: Vec<String> = w
            .blocks
            .iter()
            .map(|b| match &b.image {
                Some((src, _)) => format!("img:{src}"),
                None => b.text.clone(),
            })
            .collect();
        // The picture opening the paragraph stays before it; the icon in the
        // middle of the sentence no longer cuts it in two.
        assert_eq!(kinds, ["img:lead.jpg", "届时甲某、乙某将登台演唱。", "img:cd.gif"]);
    }

    #[test]
    fn a_hard_wrap_between_chinese_characters_is_no_space() {
        let doc = Html::parse_document(
            "<body><p>\u{3000}\u{3000}时报\n\n讯 (记者 甲某) 广州市公安局昨日下午召\n开发布会，About\nthe case。</p><p>\u{3000}\u{3000}第二段\n\u{3000}\u{3000}内容</p></body>",
        );
        let w = walk(&doc);
        assert_eq!(w.blocks[0].text, "时报讯 (记者 甲某) 广州市公安局昨日下午召开发布会，About the case。");
        // An ideographic space is kept as a space.
        assert_eq!(w.blocks[1].text, "第二段 内容");
    }

    #[test]
    fn blocks_split_at_block_elements_and_br() {
        let doc = Html::parse_document(
            "<body><div>一段，文字<br>第二行<a href=x>链接文字</a><p>段落。</p>尾巴<script>x()</script></div></body>",
        );
        let w = walk(&doc);
        let texts: Vec<&str> = w.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["一段，文字", "第二行链接文字", "段落。", "尾巴"]);
        assert_eq!(w.blocks[1].link_chars, 4);
        assert_eq!(w.blocks[0].punct, 1);
    }

    #[test]
    fn furniture_names_match_tokens_not_substrings() {
        assert!(is_furniture_name("article-footer"));
        assert!(is_furniture_name("bdshare_box"));
        assert!(is_furniture_name("xgxw"));
        assert!(!is_furniture_name("photo"));
        assert!(!is_furniture_name("pages_content"));
        assert!(!is_furniture_name("TRS_Editor"));
        assert!(is_furniture_name("video-player"));
        assert!(is_furniture_name("playerControl"));
    }

    #[test]
    fn hidden_elements_are_skipped() {
        let doc = Html::parse_document("<body><p>看得见。</p><div style='display: none'>看不见</div></body>");
        let w = walk(&doc);
        assert_eq!(w.blocks.len(), 1);
    }

    #[test]
    fn a_bold_credit_opening_a_paragraph_stays_apart_from_the_text() {
        let text = |html: &str| walk(&Html::parse_document(html)).blocks.iter().map(|b| b.text.clone()).collect::<Vec<_>>();
        assert_eq!(
            text("<body><p><span class='p-strong'>某济观察网 记者 张某</span>广深港高铁将在春节前全线覆盖。</p></body>"),
            ["某济观察网 记者 张某 广深港高铁将在春节前全线覆盖。"]
        );
        assert_eq!(text("<body><p><b>本报记者 李某</b>近日，某市召开会议。</p></body>"), ["本报记者 李某 近日，某市召开会议。"]);
        // A bold word inside a sentence, or one bold word, stays glued.
        assert_eq!(text("<body><p><strong>开栏</strong>的话：大家好。</p></body>"), ["开栏的话：大家好。"]);
        assert_eq!(text("<body><p><strong>某圳新闻网</strong>12月14日讯（记者 傅某）</p></body>"), ["某圳新闻网12月14日讯（记者 傅某）"]);
    }

    #[test]
    fn ascii_punctuation_counts_after_han_only() {
        assert_eq!(count_punct("会议指出,当前,全省"), 2);
        assert_eq!(count_punct("1,000 a,b"), 0);
    }
}
