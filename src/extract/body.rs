//! The article body: which element holds it, and which of its lines are the article.
//!
//! The container is the element that keeps the most prose (blocks with
//! Chinese sentence punctuation and few links) while taking in the least
//! page furniture (link lists, labels): `prose - junk`, summed over its
//! blocks. Structured markers (Founder `enpcontent`, `founder-content`,
//! Hanweb `信息内容` comments, preset containers, configured selectors) name
//! the container outright when present. Inside the container, navigation,
//! share bars, related-article lists, copyright and editor lines are dropped.

use std::sync::LazyLock;

use ego_tree::NodeId;
use regex::Regex;
use scraper::{Html, Node, Selector};

use super::dom::{Block, Walk, depth, is_within};

/// The body as paragraphs, plus images in reading order.
#[derive(Debug, Default, Clone)]
pub struct Body {
    /// Paragraph lines (no images).
    pub paragraphs: Vec<String>,
    /// Paragraphs and images in order, for `content_html`.
    pub items: Vec<Item>,
    /// Editor lines met (and dropped) inside the body.
    pub editor_lines: Vec<String>,
    /// Index (in the walk) of the block of the first kept prose paragraph.
    pub first_block: Option<usize>,
    /// Index of the block of the last kept paragraph.
    pub last_block: Option<usize>,
    /// Date, source and byline lines met inside the container before the
    /// first paragraph (`head`) or after it (`tail`); not body text.
    pub meta_head: Vec<String>,
    pub meta_tail: Vec<String>,
}

impl Body {
    /// Keeps a line that is no text but tells about the article, with the
    /// lines above the first paragraph or with those after it.
    fn keep_meta(&mut self, line: &str) {
        let at = if self.first_block.is_none() { &mut self.meta_head } else { &mut self.meta_tail };
        at.push(line.to_owned());
    }
}

#[derive(Debug, Clone)]
pub enum Item {
    Para(String),
    Image { src: String, alt: String },
}

/// Chooses the container: an explicit one when given and holding text, else by score.
pub fn container(doc: &Html, walk: &Walk, configured: &[NodeId], explicit: &[NodeId]) -> Option<NodeId> {
    // The operator's selector wins whenever it matched something with text.
    for &id in configured {
        if walk.totals.get(&id).is_some_and(|t| t.chars > 0.0) {
            return Some(id);
        }
    }
    for &id in explicit {
        if let Some(t) = walk.totals.get(&id) {
            if t.chars - t.link_chars >= 20.0 {
                return Some(id);
            }
        }
    }
    let best = best_by_score(doc, walk).map(|b| widen(doc, walk, b));
    // HTML5 `<article>` names the story when the page has just one (list
    // pages wrap every teaser in its own): prose chosen outside it is a
    // teaser or a sidebar. Inside it the scored choice is the tighter one.
    match (sole_article(doc), best) {
        (Some(a), Some(b))
            if !is_within(doc, b, a) && walk.totals.get(&a).is_some_and(|t| t.chars - t.link_chars >= 20.0) =>
        {
            Some(a)
        }
        _ => best,
    }
}

/// Takes in the story's own paragraphs that scoring left out. A box of
/// links set inside the story (a reading list floated beside the text) can
/// weigh more than the paragraphs around it, so the best-scoring element is
/// then one long paragraph alone, or the part of the story after the box,
/// and the opening paragraph with the byline is lost. The nearest prose
/// block before (or after) the container, past nothing but link lists and
/// images, is the story's own when its paragraph element is dressed exactly
/// like the container's (same tag, class and style, not a bare `<p>`); the
/// container grows to the common ancestor when every prose block that
/// brings in is dressed so. The link box inside is dropped line by line.
fn widen(doc: &Html, walk: &Walk, mut c: NodeId) -> NodeId {
    type Dress = (String, String, String);
    let dress = |i: usize| -> Option<Dress> {
        let el = doc.tree.get(walk.blocks[i].owner)?.value().as_element()?;
        Some((
            el.name().to_owned(),
            el.attr("class").unwrap_or("").to_owned(),
            el.attr("style").unwrap_or("").split_whitespace().collect::<String>().to_ascii_lowercase(),
        ))
    };
    for _ in 0..6 {
        let inside: Vec<usize> =
            (0..walk.blocks.len()).filter(|&i| is_within(doc, walk.blocks[i].owner, c)).collect();
        let (Some(&first), Some(&last)) = (inside.first(), inside.last()) else { return c };
        let own: Vec<Dress> = inside.iter().filter(|&&i| walk.blocks[i].is_prose()).filter_map(|&i| dress(i)).collect();
        // Plain attribute-less paragraphs are everywhere; only a dressed
        // paragraph is a signature.
        let signed = |i: usize| dress(i).is_some_and(|d| !(d.1.is_empty() && d.2.is_empty()) && own.contains(&d));
        let neighbour = |range: &mut dyn Iterator<Item = usize>| -> Option<usize> {
            for (steps, i) in range.enumerate() {
                let b = &walk.blocks[i];
                if steps > 80 || b.heading > 0 {
                    return None;
                }
                if b.is_prose() {
                    return Some(i);
                }
                if b.image.is_none() && b.link_density() < 0.5 && b.chars >= 8 {
                    // Plain text that is not prose: a label line, a caption, a date.
                    return None;
                }
            }
            None
        };
        let Some(j) = neighbour(&mut (0..first).rev()).or_else(|| neighbour(&mut (last + 1..walk.blocks.len()))) else {
            return c;
        };
        if !signed(j) {
            return c;
        }
        let Some(up) = common_ancestor(doc, walk.blocks[j].owner, c) else { return c };
        if doc.tree.get(up).and_then(|n| n.value().as_element()).is_some_and(is_page_chrome) {
            return c;
        }
        let added = (0..walk.blocks.len())
            .filter(|&i| walk.blocks[i].is_prose() && is_within(doc, walk.blocks[i].owner, up) && !is_within(doc, walk.blocks[i].owner, c));
        if !added.into_iter().all(signed) {
            return c;
        }
        c = up;
    }
    c
}

fn common_ancestor(doc: &Html, a: NodeId, b: NodeId) -> Option<NodeId> {
    let mut cur = doc.tree.get(a)?;
    loop {
        if is_within(doc, b, cur.id()) {
            return Some(cur.id());
        }
        cur = cur.parent()?;
    }
}

/// The page's `<article>` element when it has exactly one.
fn sole_article(doc: &Html) -> Option<NodeId> {
    static ARTICLE: LazyLock<Selector> = LazyLock::new(|| Selector::parse("article").unwrap());
    let mut all = doc.select(&ARTICLE);
    match (all.next(), all.next()) {
        // Not one sitting in a sidebar, a footer or a comment list.
        (Some(a), None) if !a.ancestors().any(|n| n.value().as_element().is_some_and(is_page_chrome)) => Some(a.id()),
        _ => None,
    }
}

/// Navigation, footers, sidebars, comment and related lists: elements whose
/// text is never the article, named plainly (weaker hints such as `left`
/// or `top` are not enough here).
fn is_page_chrome(el: &scraper::node::Element) -> bool {
    const CHROME: &[&str] = &[
        "nav", "menu", "foot", "copyright", "sidebar", "aside", "comment", "related", "relate", "recommend",
        "breadcrumb", "crumb", "share", "login", "dibu", "bottom",
    ];
    if matches!(el.name(), "nav" | "footer" | "aside") {
        return true;
    }
    [el.attr("class"), el.attr("id")].into_iter().flatten().any(|v| {
        v.split(|c: char| c.is_whitespace() || c == '-' || c == '_')
            .any(|t| CHROME.iter().any(|p| t.to_ascii_lowercase().starts_with(p)))
    })
}

fn best_by_score(doc: &Html, walk: &Walk) -> Option<NodeId> {
    let mut best: Option<(f32, usize, NodeId)> = None;
    // Document order, so that ties resolve the same way on every run.
    let mut all: Vec<(&NodeId, &super::dom::Totals)> = walk.totals.iter().collect();
    all.sort_by_key(|(id, _)| **id);
    for (&id, t) in all {
        let score = t.prose - t.junk;
        let better = match best {
            None => true,
            Some((s, d, _)) => {
                score > s + 0.5 || ((score - s).abs() <= 0.5 && depth(doc, id) > d)
            }
        };
        if better {
            best = Some((score, depth(doc, id), id));
        }
    }
    let best = best.map(|(_, _, id)| id)?;
    // Hardly any prose on the page: a list of plain lines (a journal's
    // contents, a notice board) is what it holds, if there is one.
    let prose = walk.totals.get(&best).map(|t| t.prose).unwrap_or(0.0);
    if prose < 50.0 {
        if let Some((list, chars)) = line_list(doc, walk) {
            if chars >= 200.0 && chars >= 4.0 * prose {
                return Some(list);
            }
        }
    }
    Some(best)
}

/// The element whose own child blocks hold the most plain text: lines
/// outside links, directly below it.
fn line_list(doc: &Html, walk: &Walk) -> Option<(NodeId, f32)> {
    let mut own: crate::text::FastMap<NodeId, f32> = crate::text::FastMap::default();
    for b in walk.blocks.iter().filter(|b| b.image.is_none() && b.link_density() < 0.3) {
        let Some(owner) = doc.tree.get(b.owner) else { continue };
        // A footer's address and licence lines are plain lines too.
        if owner.ancestors().chain(std::iter::once(owner)).any(|n| n.value().as_element().is_some_and(is_page_chrome)) {
            continue;
        }
        let parent = if b.heading > 0 { None } else { owner.parent().map(|p| p.id()) };
        if let Some(p) = parent {
            *own.entry(p).or_default() += b.chars.saturating_sub(b.link_chars) as f32;
        }
    }
    own.into_iter().max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
}

static EDITOR: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::re(
        r"^[\[【(（]?\s*(?P<label>责任编辑|责编|编辑|审核|审校|校对|监制|值班编辑|编审|终审|初审|复审|美编|网络编辑|責任編輯|責編|編輯|審核|校對)\s*[：:︰|｜丨]\s*(?P<ed>[\p{Han}·A-Za-z、,，\s]{1,40}?)\s*[)）\]】]?$|^[(（]\s*(?P<ed2>\p{Han}{2,4})\s*(?:编辑|編輯|责编|責編)\s*[)）]$|^[\[【(（]?\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯)\s+(?P<ed3>\p{Han}{2,4})\s*[)）\]】]?$",
    )
    .unwrap()
});

static FURNITURE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::re(
        r"(?x)
        分享到|分享至|扫一扫|扫描二维码|微信扫|打印本页|打印此页|关闭窗口|【打印】|【关闭】|\[打印\]|\[关闭\]
        |字号[：:]?\s*[【\[]?\s*大|字体[：:]\s*[【\[]?\s*大|【\s*大\s*中\s*小\s*】|上一篇|下一篇|返回顶部|推荐给朋友
        |我要评论|发表评论|网友评论|收藏本文|复制链接|版权所有|Copyright|©|未经.{0,12}授权|不得转载|免责声明
        |点击进入专题|加入收藏|设为首页|无障碍|调整字[体體]|^图集$|^广告$|语音播报|^播报(?:文章)?$
        |免責聲明|版權所有|未經.{0,12}授權|不得轉載|轉載請註明|不代表本網
        |(?:發送?|发送?)\s*[\x22“]?[A-Za-z0-9]{1,10}[\x22”]?\s*(?:到|至)\s*1\d{4,}
        |^\s*(?:您的位置|您现在的位置|您当前的位置|您當前的位置|当前位置|當前位置|您所在的位置|所在位置)\s*[：:]
        |字號[：:]?\s*[【\[]?\s*大|點擊進入.{0,30}專題|点击进入.{0,30}专题
        |仅提供信息存储|本平台仅提供|用户上传并发布|^(?:收起|展开|展开全文|阅读全文|查看更多|加载更多|点击加载更多)$|平台声明|^发布于[：:]|^(?:责任编辑|编辑|责编)\s*[：:]?\s*$|不代表本网|不代表本站|转载请注明|版权归.{0,12}所有|本网站?不承担|如有侵权|请联系删除",
    )
    .unwrap()
});

static STOP_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::re(
        r"^[【\[]?\s*(?:相关新闻|相关阅读|延伸阅读|推荐阅读|相关链接|相关报道|相关文章|更多精彩|热点推荐|热门推荐|猜你喜欢|热门文章|相关稿件|往期回顾|精彩推荐|[为為]你推荐|[为為]您推荐|相关推荐|更多新闻|相[关關]新[闻聞]|你可能[还還]想看|其他人也在看|大家都在看|[热熱][门門]推[荐薦]|网友(?:最新)?评论|最新评论|热门评论|精彩评论|相关评论|调查|评论\s*\d*)\s*[】\]]?\s*[：:]?$",
    )
    .unwrap()
});

/// An editor line (`责任编辑：王五`, `(责编：郝某、杨某)`), giving the names
/// part; empty for a proofreader's or supervisor's credit line (`校对：X`).
pub fn editor_line(line: &str) -> Option<String> {
    // Read as simplified (`責任編輯` is `责任编辑`); the names come back in the page's script.
    let (n, back) = crate::text::simplified_view(line);
    editor_line_simplified(&n).map(|e| back.restore(&e))
}

fn editor_line_simplified(n: &str) -> Option<String> {
    let c = EDITOR.captures(n.trim())?;
    if let Some(name) = c.name("ed2") {
        // `(本报记者 编辑)` names a role, not a person.
        let name = name.as_str();
        return (!["记者", "本报", "本网", "本台"].iter().any(|w| name.contains(w))).then(|| name.to_owned());
    }
    // `校对：X`, `监制：X`: a proofreader or supervisor is credited on the
    // line, which leaves the text, but is no editor: an empty credit.
    if c.name("label").is_some_and(|l| matches!(l.as_str(), "校对" | "审校" | "监制")) {
        return Some(String::new());
    }
    Some(c.name("ed").or_else(|| c.name("ed3"))?.as_str().trim().to_owned())
}

/// A short line made of editor labels only (`编辑：倪某轩 责任编辑：林某`).
fn is_editor_labels(line: &str) -> bool {
    static LABELS: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^[\[【(（]?\s*(?:(?:责任编辑|责编|编辑|审核|校对|监制)\s*[：:]\s*[\p{Han}·、,，]{2,12}\s*)+[)）\]】]?$").unwrap()
    });
    line.chars().count() <= 60 && LABELS.is_match(line)
}

/// A short line with a source or writer label (`本文来源：X 作者：Y`).
fn is_credit_line(line: &str) -> bool {
    static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:来源|來源|稿源|出处|出處|作者|记者|記者)\s*[:：]\s*\S|本文(?:为|系|由|為).{1,16}?授[权權]|^\s*本文作者\s*\p{Han}{2,3}\s*[,，]").unwrap()
    });
    line.chars().count() <= 160 && CREDIT.is_match(line)
}

/// Share bars, print/close links, font-size switches, copyright lines.
pub fn is_furniture_line(line: &str) -> bool {
    // Invitations to follow the outlet elsewhere run longer than other furniture.
    static PROMO: LazyLock<Regex> = LazyLock::new(|| {
        // A notice telling readers to follow a government account for
        // appointments is content; an invitation to follow the outlet is not.
        crate::text::re(r"(?:開設|开设|登陸|登陆|開了|开了|follow).{0,12}(?:Facebook|專頁|专页|Google\s?plus)|(?:欢迎|歡迎|扫码|掃碼|长按|長按|敬请|敬請)\s*.{0,6}(?:关注|關注|訂閱|订阅).{0,16}(?:公众号|公眾號|微博|Facebook|專頁|专页|视频号|視頻號)|(?:关注|關注|订阅|訂閱)\s*(?:我们|我們|本报|本報|本网|本網|本台)").unwrap()
    });
    let n = line.chars().count();
    // A widget title with its fold/unfold control glued on (`…22:00播出收起`).
    let toggle = n <= 80
        && (line.ends_with("收起") || line.ends_with("展开"))
        && !line.contains(['，', '。', '！', '？', '；']);
    (n <= 160 && FURNITURE_LINE.is_match(line)) || (n <= 300 && PROMO.is_match(line)) || toggle
}

/// The head of one reader comment (`瑞雪 对圣元奶粉事件的评论:`): comments follow.
fn is_comment_head(line: &str) -> bool {
    static HEAD: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"^\S{1,16}\s*对.{2,30}的评论\s*[:：]?$").unwrap());
    line.chars().count() <= 50 && HEAD.is_match(line)
}

/// The index of the block holding the headline, if one does.
pub fn headline_block(walk: &Walk, title: &str) -> Option<usize> {
    let t: String = title.chars().filter(|c| !c.is_whitespace()).collect();
    if t.chars().count() < 4 {
        return None;
    }
    let matches = |b: &Block| {
        let n = b.chars as usize;
        if b.image.is_some() || n < 4 || n > 2 * t.chars().count() + 10 {
            return false;
        }
        let bt: String = b.text.chars().filter(|c| !c.is_whitespace()).collect();
        // `标题-频道-某某网` in <title>, `标题` on the page in plain bold text.
        let site_after = || {
            t.strip_prefix(bt.as_str()).is_some_and(|rest| rest.starts_with(['-', '_', '|', '｜', '—', '－', '–']))
                && bt.chars().count() >= 8
                && b.link_density() < 0.5
        };
        bt == t
            || (bt.contains(&t) && b.heading > 0)
            || (b.heading > 0 && t.contains(&bt) && n * 2 >= t.chars().count())
            || site_after()
    };
    // A heading showing the title beats the same words in a breadcrumb.
    walk.blocks
        .iter()
        .position(|b| b.heading > 0 && matches(b))
        .or_else(|| walk.blocks.iter().position(matches))
}

/// The headline of a page whose `<title>` is only the site's name (an
/// e-paper's `某某日报数字报`): the longest heading-like line among the few
/// just above the body, where a print layout sets 引题, 主标题, 副题 and byline
/// in table cells rather than heading elements. A heading-like line is short,
/// ends without sentence punctuation, holds no links, and is no date, credit,
/// meta line or `——` subtitle.
pub fn headline_above(walk: &Walk, body: &Body) -> Option<usize> {
    let first = body.first_block?;
    let from = first.saturating_sub(6);
    (from..first)
        .filter(|&i| {
            let b = &walk.blocks[i];
            let t = b.text.trim();
            let n = t.chars().count();
            b.image.is_none()
                && (6..=40).contains(&n)
                && b.han as usize * 2 >= n
                && b.link_density() < 0.2
                && !t.ends_with(['。', '！', '？', '；', '，', '：', ':'])
                && !t.starts_with(['—', '-', '－'])
                && !is_meta_line(t)
                && crate::dates::parse(t).is_none()
                && super::byline::byline_line(t).is_none()
                && super::byline::dateline(t).is_none()
        })
        .max_by_key(|&i| walk.blocks[i].text.trim().chars().count())
}

/// The article's lines inside `root`.
///
/// With `trusted` (the container came from the source's configured
/// selector) every line of it is kept except editor lines: the operator's
/// word beats the link-density and furniture guesses.
pub fn lines(doc: &Html, walk: &Walk, root: NodeId, trusted: bool) -> Body {
    let root_prose = walk.totals.get(&root).map(|t| t.prose).unwrap_or(0.0);
    let mut body = Body::default();
    let inside: Vec<(usize, &Block)> =
        walk.blocks.iter().enumerate().filter(|(_, b)| is_within(doc, b.owner, root)).collect();
    // A "related" box inside the article: skip it, keep what follows it.
    let mut skip_box: Option<NodeId> = None;
    // Prose still to come after each block: a "related" header above most of
    // the article does not end it.
    let mut after = vec![0.0f32; inside.len() + 1];
    for (i, (_, b)) in inside.iter().enumerate().rev() {
        after[i] = after[i + 1] + if b.is_prose() { b.mass() } else { 0.0 };
    }
    let total = after[0];
    let mut emitted: Vec<NodeId> = Vec::new();
    for (i, (idx, b)) in inside.into_iter().enumerate() {
        if let Some(bx) = skip_box {
            if is_within(doc, b.owner, bx) {
                continue;
            }
            skip_box = None;
        }
        if trusted {
            match &b.image {
                Some((src, alt)) => body.items.push(Item::Image { src: src.clone(), alt: alt.clone() }),
                None => match editor_line(&b.text) {
                    Some(ed) => body.editor_lines.push(ed),
                    None => {
                        body.last_block = Some(idx);
                        if b.is_prose() && b.heading == 0 {
                            body.first_block.get_or_insert(idx);
                        }
                        body.paragraphs.push(b.text.clone());
                        body.items.push(Item::Para(b.text.clone()));
                    }
                },
            }
            continue;
        }
        if let Some(f) = b.furniture {
            // Furniture hints below the container are trusted unless the hinted
            // element carries most of the article itself.
            if f != root && is_within(doc, f, root) {
                let fp = walk.totals.get(&f).map(|t| t.prose).unwrap_or(0.0);
                if fp < 0.5 * root_prose {
                    // A credit line in a box named like furniture (`<span
                    // class="left">本文来源：X 作者：Y</span>`) leaves the text
                    // but still credits the article.
                    if b.image.is_none() && is_credit_line(b.text.trim()) {
                        body.keep_meta(b.text.trim());
                    }
                    continue;
                }
            }
        }
        if let Some((src, alt)) = &b.image {
            body.items.push(Item::Image { src: src.clone(), alt: alt.clone() });
            continue;
        }
        let text = b.text.trim();
        if text.is_empty() {
            continue;
        }
        if STOP_HEADER.is_match(text) || is_comment_head(text) {
            // The header opens a box of its own (the largest element around
            // it that holds nothing kept so far): skip the box, go on after it.
            let bx = related_box(doc, b.owner, root, &emitted);
            if bx != b.owner {
                skip_box = Some(bx);
                continue;
            }
            // A header among the article's own paragraphs: a link list
            // follows; the article ends here unless most of it is still to come.
            if after[i + 1] > 0.5 * total || body.paragraphs.is_empty() {
                continue;
            }
            break;
        }
        if let Some(ed) = editor_line(text) {
            body.editor_lines.push(ed);
            continue;
        }
        if is_editor_labels(text) {
            body.meta_tail.push(text.to_owned());
            continue;
        }
        if b.link_density() > 0.5 || is_furniture_line(text) || is_player_text(text) {
            // `本文为X授权某某网发布，转载请注明出处`: furniture, but it credits the article;
            // `发稿时间：2021/7/20 【字体：大 中 小】`: furniture, but it dates it.
            if is_credit_line(text) && body.first_block.is_some() {
                body.meta_tail.push(text.to_owned());
            } else if is_meta_line(text) {
                body.keep_meta(text);
            }
            continue;
        }
        if is_date_line(text) {
            // Not text, but it may date the article (`2019-06-02 11:29`
            // under the headline, a notice's signing day at its foot).
            body.keep_meta(text);
            continue;
        }
        // Before the article starts, a short line without a single Han
        // character is a widget label (`00:00/00:00`, `2.0X`, `100%`).
        if body.first_block.is_none() && b.han == 0 && b.chars <= 20 {
            continue;
        }
        if is_meta_line(text) {
            body.keep_meta(text);
            continue;
        }
        emitted.push(b.owner);
        body.last_block = Some(idx);
        if b.is_prose() && b.heading == 0 {
            body.first_block.get_or_insert(idx);
        }
        body.paragraphs.push(text.to_owned());
        body.items.push(Item::Para(text.to_owned()));
    }
    trim_tail(&mut body);
    body
}

/// The largest element around `owner`, strictly inside `root`, that holds
/// none of the kept blocks.
fn related_box(doc: &Html, owner: NodeId, root: NodeId, emitted: &[NodeId]) -> NodeId {
    let mut cur = owner;
    while let Some(parent) = doc.tree.get(cur).and_then(|n| n.parent()) {
        let pid = parent.id();
        if pid == root || !parent.value().is_element() || emitted.iter().any(|&e| is_within(doc, e, pid)) {
            break;
        }
        cur = pid;
    }
    cur
}

/// A short line of page metadata inside the container: a date with a
/// source or an author label, click counts, font switches
/// (`2020-10-04 20:30 来源: 长江网`, `发布日期：2016-11-22 浏览次数：`).
pub fn is_meta_line(line: &str) -> bool {
    static META: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(
            r"(?:来源|稿源|出处|作者|发布时间|发布日期|发表时间|更新时间|浏览次数|点击数|阅读数|浏览量|字号|字体)\s*[:：]|时长\s*[:：]\s*\d{1,2}:\d{2}|(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?\s*\d{1,2}[:：]\d{2}",
        )
        .unwrap()
    });
    // Titles in 《》 do not make a line prose; commas and full stops do.
    let sentence_marks = line.chars().filter(|c| "，。；？！,;?!".contains(*c)).count();
    if line.chars().count() > 100 || sentence_marks > 1 {
        return false;
    }
    // (Labels in traditional script too: `來源：`, `發佈日期：`.) A reference's or
    // a chart's source (`資料來源：X醫師`, `数据来源：…`) is the article's text.
    let view = crate::text::simplified_view(line).0;
    let cited = |m: regex::Match| {
        let before = &view[..m.start()];
        m.as_str().starts_with("来源") && ["资料", "数据", "图表"].iter().any(|w| before.ends_with(w))
    };
    META.find_iter(&view).any(|m| !cited(m))
}

/// A video player's controls flattened into text (`播放速度`, `倍速`,
/// `视频播放失败`…): one of its labels in a short line, or two in any line.
fn is_player_text(line: &str) -> bool {
    static PLAYER: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"正在为您切换|播放速度|视频播放失败|倍速|循环播放|跳过片头|建议WIFI下|当前视频|画中画|清晰度").unwrap()
    });
    match PLAYER.find_iter(line).take(2).count() {
        0 => false,
        1 => line.chars().count() <= 30 && !line.contains(['，', '。', '；', '！', '？']),
        _ => true,
    }
}

/// A line that is only a date and time (`2024-05-20 06:48`): metadata, not body.
fn is_date_line(line: &str) -> bool {
    // `2024年5月22日週三 上午8:21`: a date, a weekday, a time and nothing else.
    static DATE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|[星周週]期?[一二三四五六日天]|[上下]午|\d{1,2}:\d{2}(?::\d{2})?|[\s|()（）\[\]]").unwrap()
    });
    if line.chars().count() <= 40 && DATE_WORDS.replace_all(line, "").is_empty() && DATE_WORDS.is_match(line) && line.chars().any(|c| c.is_ascii_digit()) {
        return true;
    }
    static DATE_ONLY: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^[\[(（]?\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*[\])）]?$").unwrap()
    });
    DATE_ONLY.is_match(line)
}

/// Short label lines left at the very end (dates, "返回", source stamps)
/// are dropped when they carry no punctuation and the body has prose.
fn trim_tail(body: &mut Body) {
    while body.paragraphs.len() > 1 {
        let last = body.paragraphs.last().unwrap();
        let n = last.chars().count();
        if n <= 4 && super::dom::count_punct(last) == 0 {
            let last = body.paragraphs.pop().unwrap();
            if let Some(pos) = body.items.iter().rposition(|i| matches!(i, Item::Para(p) if *p == last)) {
                body.items.remove(pos);
            }
            // `○某晓峰`: a commentary's signature leaves the text but may credit it.
            body.meta_tail.push(last);
        } else {
            break;
        }
    }
}

/// Containers named by structure: Founder `enpcontent` comments and
/// `founder-content`, Hanweb `信息内容` comments, Ucap `ucapcontent`.
pub fn marked_containers(doc: &Html) -> Vec<NodeId> {
    let mut out = Vec::new();
    for node in doc.tree.root().descendants() {
        if let Node::Comment(c) = node.value() {
            let c: &str = c;
            let c = c.trim();
            // Only markers that name the body field exactly: free-form
            // comments (`正文主体部分 start`) wrap titles and toolbars too.
            if c.eq_ignore_ascii_case("enpcontent") || c.contains("<$[信息内容]>begin") {
                if let Some(p) = node.parent() {
                    if p.value().is_element() {
                        out.push(p.id());
                    }
                }
            }
        }
    }
    static TAGS: LazyLock<Selector> = LazyLock::new(|| {
        Selector::parse("founder-content, ucapcontent, #UCAP-CONTENT").unwrap()
    });
    out.extend(doc.select(&TAGS).map(|e| e.id()));
    out
}

/// Containers a site-family preset points at.
pub fn preset_containers(doc: &Html, preset: Option<&str>) -> Vec<NodeId> {
    let css = match preset {
        Some("trs") => ".TRS_Editor, .TRS_UEDITOR, .trs_editor_view, .trs_paper_default, .Custom_UnionStyle",
        Some("hanweb") => "#zoom, #Zoom",
        Some("founder") | Some("founder-pc") => "#ozoom, founder-content, .content, .article",
        Some("ucap") => "#UCAP-CONTENT, ucapcontent, .pages_content",
        _ => return Vec::new(),
    };
    let Ok(sel) = Selector::parse(css) else { return Vec::new() };
    doc.select(&sel).map(|e| e.id()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::dom::walk;

    /// The body lines of a page, as `extract` finds them.
    fn body_of(html: &str) -> Body {
        let doc = Html::parse_document(html);
        let w = walk(&doc);
        let c = container(&doc, &w, &[], &[]).unwrap();
        lines(&doc, &w, c, false)
    }

    #[test]
    fn container_prefers_prose_over_link_lists() {
        let html = r#"<html><body>
            <div class="nav"><a href="/">首页</a><a href="/a">要闻</a><a href="/b">评论</a></div>
            <div id="main">
              <h1>标题</h1>
              <div id="text"><p>第一段，内容很长很长的中文句子，有标点。</p><p>第二段内容，也是正文。</p></div>
              <ul class="list"><li><a href="/1">其他新闻标题一二三四五</a></li><li><a href="/2">其他新闻标题六七八九十</a></li></ul>
            </div></body></html>"#;
        let doc = Html::parse_document(html);
        let w = walk(&doc);
        let c = container(&doc, &w, &[], &[]).unwrap();
        let el = crate::extract::dom::element(&doc, c).unwrap();
        assert_eq!(el.value().attr("id"), Some("text"));
        let b = lines(&doc, &w, c, false);
        assert_eq!(b.paragraphs.len(), 2);
    }

    #[test]
    fn editor_share_and_copyright_lines_are_dropped() {
        assert_eq!(editor_line("（责任编辑：王五）").as_deref(), Some("王五"));
        assert_eq!(editor_line("[责任编辑: 曾鹏]").as_deref(), Some("曾鹏"));
        assert_eq!(editor_line("(责编：郝某、杨某)").as_deref(), Some("郝某、杨某"));
        assert!(editor_line("编辑部门认为，这件事情很重要。").is_none());
        // Traditional-script labels, and the name-first form of Hong Kong and Taiwan pages.
        assert_eq!(editor_line("責任編輯：陳大文").as_deref(), Some("陳大文"));
        // A proofreader's line leaves the text but names no editor.
        assert_eq!(editor_line("校对：刘小威").as_deref(), Some(""));
        assert_eq!(editor_line("校對：劉小威").as_deref(), Some(""));
        assert_eq!(editor_line("（李小明 編輯）").as_deref(), Some("李小明"));
        assert_eq!(editor_line("(张三 编辑)").as_deref(), Some("张三"));
        assert!(editor_line("（本报记者 编辑）").is_none());
        assert!(is_furniture_line("免責聲明：本文所載資料僅供參考，並不構成投資建議。"));
        assert!(is_furniture_line("（內容由本網提供。未經授權，不得轉載。）"));
        assert!(is_furniture_line("本台現已開設Facebook專頁，讓你即時掌握本地及國際新聞。"));
        assert!(is_furniture_line("欢迎关注本报微信公众号，获取更多资讯。"));
        assert!(!is_furniture_line("市民纷纷关注新政策的落实情况，专家建议加快推进。"));
        assert!(!is_furniture_line("市民可关注“健康某市”微信公众号，在线预约接种时间。"));
        assert!(is_furniture_line("扫码关注某某日报微信公众号"));
        assert!(is_furniture_line("我們也開了Google plus page,如有Google plus account的你,也可follow 我們吧!"));
        assert!(is_furniture_line("訂閱《某某手機報》:移動發\"XHSJB\"到10658000,聯通發\"KX\"到106558000800"));
        assert!(is_furniture_line("订阅手机报：移动用户发送KX到10620000"));
        assert!(is_furniture_line("您的位置： 首頁 > 博客 > 博客"));
        assert!(is_furniture_line("【字號 大 中 小】"));
        assert!(is_furniture_line("点击进入《某网全程报道CES2012》专题 >>"));
        assert!(is_furniture_line("《某某会客厅》之《城市影人》5月20日起电影频道22:00播出收起"));
        assert!(!is_furniture_line("会议要求，工作不能收起，要继续展开"));
        assert!(is_comment_head("瑞雪 对奶粉事件的评论:"));
        assert!(!is_comment_head("专家对这一事件的评论认为，监管仍需加强。"));
        assert!(!is_furniture_line("全市共发送短信10万条到1000个村，覆盖所有农户。"));
        assert_eq!(editor_line("責任編輯 呂某").as_deref(), Some("呂某"));
        assert!(is_furniture_line("分享到：微信 微博"));
        assert!(is_furniture_line("版权所有：河北省人民政府办公厅"));
        assert!(is_furniture_line("【字号：大 中 小】"));
        assert!(!is_furniture_line("会议强调，要守牢安全底线。"));
        assert!(is_player_text("收起正在为您切换到高清 480P,请稍候...播放速度：2X设置成功00:00/00:00直播倍速2.0X"));
        assert!(!is_player_text("会议指出，要提高视频会议的清晰度。"));
        assert!(is_meta_line("《蓝羽会客厅》之《北京影人》5月20日起播出 时长：01:45 来源：电影网"));
        assert!(is_meta_line("系列访谈节目5月20日起每晚22:00播出时长：01:45"));
        // Traditional script's labels; a reference's source is the article's text.
        assert!(is_meta_line("調整字體︰大 中 小"));
        assert!(is_meta_line("新聞圖片來源：某灣醒報 實際入稿日期： 2012-01-11"));
        assert!(!is_meta_line("資料來源：某昭明醫師、某惠文醫師"));
        assert!(!is_meta_line("数据来源：某州市统计局"));
    }

    #[test]
    fn a_link_box_inside_the_story_does_not_cut_off_its_opening_paragraph() {
        // A box of links floated inside the story weighs more than the
        // paragraphs around it: without widening, the story's longest
        // paragraph alone scores best and the opening one, with the byline,
        // is lost.
        let links: String = (0..12).map(|k| format!(r#"・<A href="/a/{k}.htm">某某电影第{k}部预告片首发</A><br/>"#)).collect();
        let html = format!(
            r#"<body><div id="ArticleCnt"><P style="TEXT-INDENT: 2em">本报讯 瞿某宇 实习生 杨<A href="/star/1">某</A>薇 某剧组的首映礼将于12月2日在某地举行，届时多位演员将登台。</P><!--link--><table width="278" align="left"><tr><td><div id="Reading"><table width="270"><tr><td><a href="/movie/"><img src="/x.jpg"></a></td></tr></table><table width="250"><tr><td class="readtit"><a href="/a/9.htm">某某预告片</a></tr><tr><td>{links}</table><table width="250"><tr><td><table width="240"><tr><td class="readtit"><a href="/bbs">电影论坛</a></td></tr><tr><td>・<a href="/r">推荐</a>：<a href="/p">评审团</a><br/></td></tr><tr><td valign="top"></table> ・活动：<a href="/bbs">写影评，上论坛</a></td></tr></table></td></tr></table></div></td></tr></table><!--/link--><P style="TEXT-INDENT: 2em">为了打造一个难忘的夜晚，剧组特别邀请了焰火团队进行表演，时长约为半小时。</P><P style="TEXT-INDENT: 2em">除了空中的烟花，此次首映式的地面活动也丰富多彩，主持人将以轻松的方式串联起整台节目。</P><P style="TEXT-INDENT: 2em">京剧艺术成就了这位大师，大师也使中国文化传得更远。因此首映式将以中国风为主，几位歌手的代表曲目都在最终候选的节目单之内，主创人员也将登台展示自己在拍戏过程中练就的绝活。</P></div></body>"#
        );
        let b = body_of(&html);
        assert!(b.paragraphs[0].starts_with("本报讯 瞿某宇 实习生 杨某薇"), "{:?}", b.paragraphs);
        assert!(b.paragraphs.iter().any(|p| p.starts_with("京剧艺术")));
        assert!(!b.paragraphs.iter().any(|p| p.contains("预告片")));
    }

    #[test]
    fn a_teaser_dressed_differently_is_not_taken_in() {
        // The prose before the story is a teaser in plain `<p>`, not the
        // story's own dressed paragraphs: the container stays the story.
        let html = r#"<body><div id="wrap"><div class="promo"><p>推荐阅读：某地举办文化节，吸引大批游客前来参观游览。</p><ul><li><a href="/1">某地文化节开幕式</a></li><li><a href="/2">某地旅游专题报道</a></li><li><a href="/3">某地美食节活动</a></li><li><a href="/4">某地博物馆新展</a></li><li><a href="/5">某地灯会亮灯仪式</a></li></ul></div>
            <div id="text"><p class="art">第一段，全市开展应急演练，数百名乘客有序疏散，现场秩序井然。</p><p class="art">第二段，有关部门表示将继续完善预案，提高处置能力。</p></div></div></body>"#;
        let doc = Html::parse_document(html);
        let w = walk(&doc);
        let c = container(&doc, &w, &[], &[]).unwrap();
        let el = crate::extract::dom::element(&doc, c).unwrap();
        assert_eq!(el.value().attr("id"), Some("text"));
    }

    #[test]
    fn a_date_line_among_the_font_switches_is_kept_as_page_metadata() {
        let html = r##"<body><div id="main"><div class="newst">某集团董事长受聘担任校友会名誉会长！</div>
            <div class="newsd">发稿时间：2021/7/20 <span>【 字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a> 】</span></div>
            <div class="newsc"><p>2021年7月18日，某学院校友会第三届理事会成立大会在汉隆重召开，全体参会人员共唱国歌。</p>
            <p>随后，上届校友会会长作工作报告，学院领导介绍了学校近年来的发展情况，与会校友深受鼓舞。</p></div></div></body>"##;
        let b = body_of(html);
        assert!(!b.paragraphs.iter().any(|p| p.contains("发稿时间")));
        assert!(b.meta_head.iter().chain(b.meta_tail.iter()).any(|l| l.starts_with("发稿时间：2021/7/20")), "{:?} {:?}", b.meta_head, b.meta_tail);
    }

    #[test]
    fn the_sole_article_element_beats_a_linked_teaser_outside_it() {
        // A post whose body is one short unpunctuated line; the only prose on
        // the page is a recommended post's teaser, wrapped in its link.
        let html = r#"<body>
            <h1>某软件安装配置代做</h1>
            <article><div id="content"><p>联系方式 QQ 12345678 加好友请注明来意</p></div></article>
            <div class="list-box"><a href="/other/1"><div class="desc">另一篇博客的摘要：这个插件在新版软件里会报错，因此需要安装特定版本，之后再加载插件，加载过程可能出问题。</div></a></div>
            </body>"#;
        let b = body_of(html);
        assert_eq!(b.paragraphs, ["联系方式 QQ 12345678 加好友请注明来意"]);
    }

    #[test]
    fn an_article_element_in_a_sidebar_is_no_hint() {
        let html = r#"<body>
            <div id="text"><p>第一段，全市开展应急演练，数百名乘客有序疏散，现场秩序井然。</p><p>第二段，有关部门表示将继续完善预案，提高处置能力。</p></div>
            <div class="sidebar"><article><p>热门视频 十二个 精彩推荐 点击观看 更多内容</p></article></div></body>"#;
        let doc = Html::parse_document(html);
        let w = walk(&doc);
        let c = container(&doc, &w, &[], &[]).unwrap();
        let el = crate::extract::dom::element(&doc, c).unwrap();
        assert_eq!(el.value().attr("id"), Some("text"));
    }

    #[test]
    fn a_footer_is_not_taken_for_a_list_page() {
        let mut footer = String::new();
        for k in 0..12 {
            footer.push_str(&format!("<p>主办单位某某市人民政府办公室 地址某某路{k}号 邮编123456</p>"));
        }
        let html = format!(
            r#"<body><div id="text"><p>关于开展某项工作的通知，请各单位认真贯彻落实。</p></div><div class="footer">{footer}</div></body>"#
        );
        let b = body_of(&html);
        assert_eq!(b.paragraphs, ["关于开展某项工作的通知，请各单位认真贯彻落实。"]);
    }

    #[test]
    fn inside_the_sole_article_the_scored_container_is_kept() {
        let html = r#"<body><article><div class="share">分享到：微信 微博</div>
            <div id="text"><p>第一段，内容很长很长的中文句子，有标点。</p><p>第二段内容，也是正文。</p></div></article></body>"#;
        let doc = Html::parse_document(html);
        let w = walk(&doc);
        let c = container(&doc, &w, &[], &[]).unwrap();
        let el = crate::extract::dom::element(&doc, c).unwrap();
        assert_eq!(el.value().attr("id"), Some("text"));
    }

    #[test]
    fn video_player_controls_are_furniture() {
        let html = r#"<body><div id="text"><p>第一段，内容很长很长的中文句子，有标点。</p>
            <div class="video-player"><div>正在为您切换到高清</div><div>设置成功</div><div>直播</div><div>高清</div><div>标清</div>
            <div>很抱歉，当前视频播放失败</div></div><p>第二段内容，也是正文。</p></div></body>"#;
        let b = body_of(html);
        assert_eq!(b.paragraphs, ["第一段，内容很长很长的中文句子，有标点。", "第二段内容，也是正文。"]);
    }

    #[test]
    fn a_page_without_prose_gives_its_list_of_plain_lines() {
        // A journal's table of contents: titles and authors, no sentences.
        let mut toc = String::new();
        for (t, a) in [
            ("县域医共体建设的成效评估与改进方向", "杨某;向某"),
            ("山区县特色农业品牌培育的实践考察", "袁某"),
            ("城市更新中历史街区保护的利益协调机制", "熊某;宫某"),
            ("省级财政转移支付对县级财力的影响分析", "刘某"),
            ("跨行政区河湖长制协同的运行逻辑", "孙某;蒋某"),
            ("数字政务平台建设中的数据共享障碍研究", "张某"),
            ("乡镇综合执法改革的实施困境与对策", "李某"),
            ("老旧小区加装电梯的多元共治模式", "王某;赵某"),
            ("地方立法中公众参与的程序设计", "钱某"),
            ("融媒体中心建设与基层舆论引导能力", "史某;吴某"),
        ] {
            toc.push_str(&format!("<p>{t}</p><p>{a}</p>"));
        }
        let html = format!(
            r#"<body><div class="nav"><a href="/">首页</a><a href="/a">期刊要览</a></div>
            <div class="detail_left"><h3>《某某学报》2022年第4期</h3><p>目录</p>{toc}</div>
            <div class="links"><a href="/1">友情链接一</a><a href="/2">友情链接二</a></div></body>"#
        );
        let b = body_of(&html);
        assert_eq!(b.paragraphs.len(), 22, "{:?}", b.paragraphs);
        assert_eq!(b.paragraphs[2], "县域医共体建设的成效评估与改进方向");
    }

    #[test]
    fn reader_comments_end_the_body() {
        let html = r#"<body><div><p>正文第一段，某品牌奶粉再次被检出问题，监管部门已经介入调查。</p><p>正文第二段，相关产品已经下架封存。</p>
            <p>瑞雪 对奶粉事件的评论:</p><p>这样的事情频频发生，我们的日子过得心惊胆颤。</p><p>老张 对奶粉事件的评论:</p><p>天啊，还让不让人放心了！</p></div></body>"#;
        let b = body_of(html);
        assert_eq!(b.paragraphs.len(), 2, "{:?}", b.paragraphs);
    }

    #[test]
    fn related_list_header_ends_the_body() {
        let html = r#"<body><div><p>正文第一段，内容。</p><p>正文第二段，内容。</p><p>相关新闻：</p><p>另一篇文章的导语，也有标点。</p></div></body>"#;
        let b = body_of(html);
        assert_eq!(b.paragraphs, ["正文第一段，内容。", "正文第二段，内容。"]);
    }
}
