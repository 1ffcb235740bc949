//! Text repair: pages whose Chinese was decoded as Latin-1 on the way (one
//! or more times) are decoded back, article markup a CMS stored escaped is
//! turned back into markup, and lines broken by an e-paper's column layout
//! are joined into their paragraphs.

use std::sync::LazyLock;

use regex::Regex;

/// Undoes mojibake: a page with no Han characters but much Latin-1 text
/// (`Ã\u{8e}Ã·Â±Â±…`) is what GBK or UTF-8 bytes look like after being read
/// as Latin-1/Windows-1252 (or ISO-8859-15) and saved again as UTF-8. The characters are
/// turned back into those bytes (as many layers as there are) and decoded
/// properly. Returns `None` when the text does not look like that or the
/// result is no better.
pub fn unmojibake(text: &str) -> Option<String> {
    if plainly_han(text) {
        return None;
    }
    let (han, latin) = census(text);
    if han * 20 > latin || latin < 200 {
        return None;
    }
    let mut cur = text.to_owned();
    for _ in 0..3 {
        let bytes = to_single_bytes(&cur, Table::of(&cur))?;
        match String::from_utf8(bytes) {
            Ok(s) => {
                let (h, l) = census(&s);
                if h * 20 > l {
                    return Some(s);
                }
                cur = s;
            }
            Err(e) => {
                let d = crate::fetch::decode::decode(e.as_bytes(), None);
                let (h, _) = census(&d.text);
                return (h >= 50 && h > han * 10).then_some(d.text);
            }
        }
    }
    None
}

/// A page whose first stretch already holds plenty of Han text and little
/// Latin-1 is fine; most pages are decided here without a full count.
/// Undoes markup stored escaped: a CMS that saved its editor's HTML through
/// one escaping too many shows `&lt;p style="…"&gt;某报讯（记者X）…&lt;/p&gt;`
/// as text, tags and all. Such escaped paragraph, break and block tags (at
/// least three of them) are turned back into tags, so the paragraphs, and
/// the byline in the first of them, read as the page meant them. Returns
/// `None` when the page holds no such run.
pub fn unescape_markup(html: &str) -> Option<String> {
    static TAG: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(
            r"(?i)&(?:amp;)?lt;(?P<close>/?)(?P<name>p|br|div|span|img|a|strong|b|em|i|u|font|section|h[1-6]|table|tbody|tr|td|th|ul|ol|li|blockquote|center|sup|sub|figure|figcaption|hr)(?P<attrs>\s[^<>]*?)?\s*(?P<slash>/?)&(?:amp;)?gt;",
        )
        .unwrap()
    });
    if !html.contains("lt;") {
        return None;
    }
    let blocks = TAG
        .captures_iter(html)
        .filter(|c| matches!(c["name"].to_ascii_lowercase().as_str(), "p" | "br" | "div"))
        .take(3)
        .count();
    if blocks < 3 {
        return None;
    }
    let fixed = TAG.replace_all(html, |c: &regex::Captures| {
        let attrs = c.name("attrs").map_or(String::new(), |a| {
            a.as_str().replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&#039;", "'")
        });
        format!("<{}{}{}{}>", &c["close"], &c["name"], attrs, &c["slash"])
    });
    Some(fixed.into_owned())
}

/// Closes raw-text elements written self-closed: `<iframe src="…"/>` (a
/// WeChat video copied through an XML serializer), `<script src="…"/>`. HTML
/// has no self-closing form for them, so a parser (and a browser) takes the
/// rest of the page as the element's text and the article disappears. An
/// explicit end tag is put after each. Returns `None` when the page holds none.
pub fn close_raw_text(html: &str) -> Option<String> {
    static SELF_CLOSED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?i)<(?P<name>iframe|script|style|textarea|title|noscript|xmp|noembed|noframes)(?P<attrs>\s[^<>]*?)?/>").unwrap()
    });
    if !SELF_CLOSED.is_match(html) {
        return None;
    }
    let fixed = SELF_CLOSED.replace_all(html, |c: &regex::Captures| {
        format!("<{}{}></{}>", &c["name"], c.name("attrs").map_or("", |a| a.as_str()), &c["name"])
    });
    Some(fixed.into_owned())
}

/// Turns line breaks stored escaped (`…红利\n新华社记者X\n日前…`: a dump
/// escaped twice, a literal backslash and `n` between Chinese text) back into
/// breaks, so the byline and the paragraphs stand on lines of their own. At
/// least three such breaks after Chinese text must be there; a lone `\n` in
/// a program's listing is left alone. Returns `None` when there are none.
pub fn unescape_breaks(html: &str) -> Option<String> {
    static BREAK: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"(?P<a>[\p{Han}。，！？；：”」』）])(?:\\r)?\\n(?:\\r)?").unwrap());
    if !html.contains("\\n") || BREAK.find_iter(html).take(3).count() < 3 {
        return None;
    }
    Some(BREAK.replace_all(html, "$a<br>").into_owned())
}

fn plainly_han(s: &str) -> bool {
    let (mut han, mut latin) = (0usize, 0usize);
    for c in s.chars() {
        if crate::text::is_han(c) {
            han += 1;
            if han >= 50 && han > latin * 20 {
                return true;
            }
        } else if ('\u{80}'..='\u{ff}').contains(&c) {
            latin += 1;
        }
    }
    false
}

/// (Han characters, characters in U+0080…U+00FF or Windows-1252's extras).
fn census(s: &str) -> (usize, usize) {
    let mut han = 0;
    let mut latin = 0;
    for c in s.chars() {
        if crate::text::is_han(c) {
            han += 1;
        } else if ('\u{80}'..='\u{ff}').contains(&c) || cp1252_byte(c).is_some() {
            latin += 1;
        }
    }
    (han, latin)
}

/// Which single-byte table a layer of mojibake was read with.
#[derive(Clone, Copy)]
enum Table {
    Cp1252,
    /// ISO-8859-15, used by some servers and editors: it puts Œ œ Ÿ € Š š Ž ž
    /// where Latin-1 has ¤ ¦ ¨ ´ ¸ ¼ ½ ¾ (so `Ÿ` is byte BE, not 9F).
    Latin9,
}

impl Table {
    /// Text read as Latin-9 never holds ¤ ¦ ¨ ´ ¸ ¼ ½ ¾; text read as
    /// Windows-1252 holds them wherever those bytes occur, as they do all
    /// through GBK. So a layer with Latin-9's own letters and none of those
    /// was read as Latin-9.
    fn of(s: &str) -> Table {
        let latin1_only = s.chars().any(|c| matches!(c, '¤' | '¦' | '¨' | '´' | '¸' | '¼' | '½' | '¾'));
        if !latin1_only && s.chars().any(|c| latin9_byte(c).is_some()) {
            Table::Latin9
        } else {
            Table::Cp1252
        }
    }
}

fn to_single_bytes(s: &str, table: Table) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let u = c as u32;
        match table {
            Table::Latin9 if latin9_byte(c).is_some() => out.push(latin9_byte(c)?),
            _ if u < 0x100 => out.push(u as u8),
            Table::Cp1252 => out.push(cp1252_byte(c)?),
            Table::Latin9 => return None,
        }
    }
    Some(out)
}

/// The ISO-8859-15 byte for the eight characters it puts where Latin-1 has
/// ¤ ¦ ¨ ´ ¸ ¼ ½ ¾.
fn latin9_byte(c: char) -> Option<u8> {
    Some(match c {
        '€' => 0xA4,
        'Š' => 0xA6,
        'š' => 0xA8,
        'Ž' => 0xB4,
        'ž' => 0xB8,
        'Œ' => 0xBC,
        'œ' => 0xBD,
        'Ÿ' => 0xBE,
        _ => return None,
    })
}

/// The Windows-1252 byte for the characters it puts in 0x80…0x9F.
fn cp1252_byte(c: char) -> Option<u8> {
    Some(match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    })
}

/// Characters that end a paragraph (or a quotation ending one).
fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .chars()
        .last()
        .is_some_and(|c| "。！？；…”’」』）)!?;:：".contains(c))
}

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::re(
        r"^\s*(?:本报讯|本报\p{Han}{0,6}\d{1,2}月\d{1,2}日(?:电|讯)|(?:新华社|中新社|中新网|人民网|央视网|央广网|光明网|中国网|国际在线|\p{Han}{2,8}?报|\p{Han}{2,6}?网)\p{Han}{0,8}?\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:专电|电|讯|消息)|\p{Han}{2,10}?讯[（(])",
    )
    .unwrap()
});

/// Whether a line opens with a news dateline (`本报讯`, `新华社北京3月28日电`…).
pub fn is_dateline(line: &str) -> bool {
    DATELINE.is_match(&crate::text::nfkc(line))
}

/// Joins lines that an e-paper's column layout broke inside a paragraph
/// (`…各项工` / `作。…`). A line is continued by the next one when it is
/// long (at least 20 characters, or 0.8× the most common long-line length),
/// does not end in sentence punctuation, and the next line is not a
/// dateline. Blank lines carry no meaning in such text and are ignored;
/// short unpunctuated lines (headlines, bylines) stay lines of their own.
pub fn join_broken_lines(lines: &[String]) -> Vec<String> {
    let lines: Vec<&str> = lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()).collect();
    let long = modal_length(&lines);
    let threshold = 20usize.min(((long as f32) * 0.8) as usize).max(8);
    let mut out: Vec<String> = Vec::new();
    let mut joining = false;
    for line in lines {
        if joining && !is_dateline(line) && !spaced_han(line) {
            out.last_mut().expect("joining implies a previous line").push_str(line);
        } else {
            out.push(line.to_owned());
        }
        let cur = out.last().expect("just pushed");
        joining = cur.chars().count() >= threshold && !ends_sentence(cur) && !spaced_han(cur);
    }
    out
}

/// A space between two Han characters: headline and byline layout
/// (`…强调 坚持…`, `王正谱主持 廉毅敏出席`); prose does not do that.
fn spaced_han(line: &str) -> bool {
    let cs: Vec<char> = line.chars().collect();
    cs.windows(3).any(|w| crate::text::is_han(w[0]) && w[1].is_whitespace() && crate::text::is_han(w[2]))
}

/// Whether lines show layout breaks at all: a long line without closing
/// punctuation followed by one that opens mid-clause (`作,切实…`). Pages
/// whose paragraphs are real HTML paragraphs are left alone.
pub fn has_broken_lines(lines: &[String]) -> bool {
    let lines: Vec<&str> = lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()).collect();
    lines.windows(2).any(|w| {
        w[0].chars().count() >= 20
            && !ends_sentence(w[0])
            && !spaced_han(w[0])
            && w[1].chars().take(4).skip(1).any(|c| "，,。、；;：:".contains(c))
            && w[1].chars().next().is_some_and(crate::text::is_han)
    })
}

/// The most common length (rounded to 5) among lines of 20+ characters.
fn modal_length(lines: &[&str]) -> usize {
    let mut counts = std::collections::HashMap::new();
    for l in lines {
        let n = l.chars().count();
        if n >= 20 {
            *counts.entry(n / 5 * 5).or_insert(0usize) += 1;
        }
    }
    counts.into_iter().max_by_key(|&(len, c)| (c, len)).map(|(len, _)| len).unwrap_or(20)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_stored_escaped_is_markup_again() {
        let page = "<div class=\"c\">&lt;p style=&quot;text-indent:2em;&quot;&gt;某报讯（记者张某）昨日，某市召开会议。&lt;/p&gt;\n&lt;p&gt;会议指出，要抓好落实。&lt;br /&gt;&lt;/p&gt;</div>";
        let fixed = unescape_markup(page).unwrap();
        assert_eq!(
            fixed,
            "<div class=\"c\"><p style=\"text-indent:2em;\">某报讯（记者张某）昨日，某市召开会议。</p>\n<p>会议指出，要抓好落实。<br /></p></div>"
        );
        // Escaped twice over, as some dumps hold it.
        let twice = "&amp;lt;p&amp;gt;一。&amp;lt;/p&amp;gt;&amp;lt;p&amp;gt;二。&amp;lt;/p&amp;gt;";
        assert_eq!(unescape_markup(twice).unwrap(), "<p>一。</p><p>二。</p>");
        // A sentence that mentions a tag or two is left alone.
        assert!(unescape_markup("<p>网页用 &lt;p&gt; 标记段落。</p>").is_none());
        assert!(unescape_markup("<p>甲 &lt; 乙，乙 &gt; 丙。</p>").is_none());
    }

    #[test]
    fn self_closed_raw_text_elements_are_closed() {
        // A self-closed iframe would take the rest of the page as its text.
        let page = r#"<div><p>某市召开会议。</p><p><iframe class="video" src="https://v.example.cn/x"/></p><p>会议指出，要抓好落实。</p></div>"#;
        let fixed = close_raw_text(page).unwrap();
        assert_eq!(fixed, r#"<div><p>某市召开会议。</p><p><iframe class="video" src="https://v.example.cn/x"></iframe></p><p>会议指出，要抓好落实。</p></div>"#);
        let paragraphs = |html: &str| scraper::Html::parse_document(html).select(&scraper::Selector::parse("p").unwrap()).count();
        assert_eq!((paragraphs(page), paragraphs(&fixed)), (2, 3));
        assert_eq!(close_raw_text(r#"<script src="/a.js"/><p>正文。</p>"#).unwrap(), r#"<script src="/a.js"></script><p>正文。</p>"#);
        // Void elements and properly closed ones are left alone.
        assert!(close_raw_text(r#"<p>正文。<br/><img src="a.jpg"/><iframe src="b"></iframe></p>"#).is_none());
    }

    #[test]
    fn line_breaks_stored_escaped_are_breaks_again() {
        let page = r"<p>新华社北京10月16日电题：某某评论\n新华社记者于某欣、王某宏\n日前出炉的数据受到关注。\n海关总署发布的数据显示，增长明显。</p>";
        assert_eq!(
            unescape_breaks(page).unwrap(),
            "<p>新华社北京10月16日电题：某某评论<br>新华社记者于某欣、王某宏<br>日前出炉的数据受到关注。<br>海关总署发布的数据显示，增长明显。</p>"
        );
        // A program's `\n` after Latin text, or fewer than three, is no stored break.
        assert!(unescape_breaks(r#"<pre>printf("a\n"); printf("b\n"); printf("c\n");</pre>"#).is_none());
        assert!(unescape_breaks(r"<p>第一段。\n第二段。</p>").is_none());
    }

    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn column_breaks_inside_words_are_joined() {
        let got = join_broken_lines(&v(&[
            "唐山要进一步抓好隔离点阳性人员流调排查,对没有疫情的县,以县为单位逐步解除封控。做好封控区生活必需品供应工",
            "",
            "作,切实保障群众就医用药等需求。",
            "会议指出,要始终坚持人物环境同防同控,全面开展春季爱国卫生运",
            "",
            "动,努力营造清洁安全的人居环境。",
        ]));
        assert_eq!(
            got,
            v(&[
                "唐山要进一步抓好隔离点阳性人员流调排查,对没有疫情的县,以县为单位逐步解除封控。做好封控区生活必需品供应工作,切实保障群众就医用药等需求。",
                "会议指出,要始终坚持人物环境同防同控,全面开展春季爱国卫生运动,努力营造清洁安全的人居环境。"
            ])
        );
    }

    #[test]
    fn real_paragraph_breaks_and_headlines_are_kept() {
        let got = join_broken_lines(&v(&[
            "王东峰在省应对新冠肺炎疫情工作领导小组会议上强调 坚持科学精准快速处置突发疫情",
            "王正谱主持 廉毅敏出席",
            "市委常委会召开会议",
            "张超超主持并讲话",
            "本报讯(石家庄日报首席记者 齐广君)3月28日,市委常委会召开会议。",
            "会议还研究了其他事项。",
        ]));
        assert_eq!(got.len(), 6);
    }

    #[test]
    fn a_dateline_is_never_glued_to_the_line_before() {
        let got = join_broken_lines(&v(&[
            "省领导张超超、刘昌林、张政参加会议并在会上作了重要的讲话和部署",
            "本报讯(石家庄日报首席记者 齐广君)3月28日,市委常委会召开会议。",
        ]));
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn only_pages_with_mid_clause_breaks_are_repaired() {
        assert!(has_broken_lines(&v(&[
            "做好封控区生活必需品供应工作，切实保障群众就医用药等需求。秦皇岛要加强防控工",
            "作,切实保障群众就医用药等需求。",
        ])));
        assert!(!has_broken_lines(&v(&[
            "图为山西品牌丝路行南美站启动仪式现场的嘉宾和观众们",
            "跨越千山万水，行程近两万公里，山西品牌丝路行首次登陆巴西。",
        ])));
    }

    #[test]
    fn datelines_are_recognised() {
        for l in [
            "本报讯(河北日报记者 四建磊 吴韬)3月28日晚,",
            "本报讯（石家庄日报首席记者 齐广君）",
            "新华社乌鲁木齐5月9日电（记者邹伟）",
            "中国网5月13日讯",
            "北京商报讯（记者 岳品瑜 董晗萱）",
            "本报石家庄3月28日讯",
        ] {
            assert!(is_dateline(l), "{l}");
        }
        assert!(!is_dateline("会议指出,当前,全省疫情防控取得重要阶段性成果"));
    }

    #[test]
    fn latin1_mojibake_of_gbk_is_undone() {
        let original = "北京西直门凯德购物中心发生火灾，无人伤亡。".repeat(20);
        let gbk = encoding_rs::GB18030.encode(&original).0.into_owned();
        // Read as Latin-1 and saved as UTF-8, twice.
        let once: String = gbk.iter().map(|&b| b as char).collect();
        let twice: String = once.as_bytes().iter().map(|&b| b as char).collect();
        assert_eq!(unmojibake(&once).as_deref(), Some(original.as_str()));
        assert_eq!(unmojibake(&twice).as_deref(), Some(original.as_str()));
        assert!(unmojibake("正常的中文页面，没有问题。").is_none());
        assert!(unmojibake("Plain English café").is_none());
    }

    #[test]
    fn latin9_mojibake_of_gbk_is_undone() {
        // `京` is BE A9 in GBK; ISO-8859-15 reads BE as `Ÿ` (Windows-1252 has
        // `Ÿ` at 9F), so only the Latin-9 table brings these bytes back.
        let original = "南京市交通局确认，地铁三号线今天恢复运营，乘客秩序良好。".repeat(20);
        let gbk = encoding_rs::GB18030.encode(&original).0.into_owned();
        let latin9 = |bytes: &[u8]| encoding_rs::ISO_8859_15.decode_without_bom_handling(bytes).0.into_owned();
        let once = latin9(&gbk);
        assert!(once.contains('Ÿ'));
        // The Latin-9 layer, then saved as UTF-8 and read as Latin-1 again.
        let twice: String = once.as_bytes().iter().map(|&b| b as char).collect();
        assert_eq!(unmojibake(&once).as_deref(), Some(original.as_str()));
        assert_eq!(unmojibake(&twice).as_deref(), Some(original.as_str()));
    }
}
