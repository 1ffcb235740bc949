//! Article text → the comparable character stream dedup hashes.
//!
//! Republished copies differ in page furniture, not in the story: a new
//! dateline or byline, `责任编辑` and `来源` lines, full- or half-width
//! punctuation, line breaks from the page layout (`工\n\n作`), traditional
//! characters on Hong Kong and Taiwan sites. [`normalize`] removes all of
//! that and keeps the letters, digits and Han characters in order, plus the
//! entities (numbers, names in notice patterns) that tell template notices
//! and daily reports apart.

use std::sync::LazyLock;

use regex::Regex;
use unicode_normalization::UnicodeNormalization;
use xxhash_rust::xxh3::xxh3_64;

/// The comparable form of one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Normalized {
    /// Letters, digits and (simplified) Han characters, in order; ASCII lower-cased.
    pub chars: Vec<char>,
    /// Hashes of the numbers and named persons in the text, sorted, unique.
    pub entities: Vec<u32>,
}

/// Lines that are page furniture, not story: editor, source, reviewer,
/// photo credit, share/print buttons. Matched on the NFKC form of a short line.
static META_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::re(
        r"(?x)^[\s\[(【〔<《]*
        (?:责任编辑|责编|编辑|本文编辑|值班编辑|校对|审核|审校|终审|初审|复审|监制|出品|统筹|策划|制图|美编
          |来源|稿件来源|文章来源|信息来源|本文来源|转载自|摘自|原标题|作者|撰文|文|图|摄影|摄|通讯员|记者|见习记者|主持人
          |分享到|分享|打印|关闭窗口|关闭|扫一扫|【字号|字号|纠错|【纠错】|返回顶部|上一篇|下一篇|相关阅读|相关新闻|延伸阅读)
        \s*[:︰∶|丨/]",
    )
    .expect("meta line pattern")
});

/// A line that is only a bracketed credit: `(编辑 张三)`, `【责任编辑:李四】`, `(完)`.
static BRACKET_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::re(r"^[\s(\[【〔]*(?:责任编辑|责编|编辑|校对|审核|记者|通讯员|完|完\s*\)|本报记者)[^)\]】〕]{0,30}[)\]】〕]\s*$")
        .expect("bracket line pattern")
});

/// The dateline and byline that open a paragraph:
/// `本报讯(河北日报记者 四建磊)`, `新华社北京3月28日电(记者 张三)`,
/// `中新网3月28日电`, `石家庄日报讯`, `(记者 张三 通讯员 李四)`.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::re(
        r"(?x)^\s*
        (?:
            (?:本报|本刊|本台|本网)[^\s,，。]{0,12}?讯
          | (?:新华社|中新社|中新网|人民网|新华网|央视网|中国新闻网|光明网|央广网|国际在线)[^\s,，。]{0,16}?电
          | [^\s,，。(（]{2,10}(?:日报|晚报|早报|商报|都市报|时报|报|网|台)讯
          | 据[^\s,，。]{2,12}(?:报道|消息)
        )?
        \s*
        (?:[(（][^)）]{0,40}(?:记者|通讯员|编辑|报道|摄)[^)）]{0,40}[)）])?
        \s*",
    )
    .expect("dateline pattern")
});

/// Persons named in notice templates: `张三，男，汉族`, `李四同志`, `任命王五为`.
static PERSON: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::re(
        r"(?x)
        (?:^|[^\p{Han}])(?P<a>\p{Han}{2,3})\s*[,，、]\s*[男女]\s*[,，]
      | (?P<b>\p{Han}{2,3})同志
      | (?:任命|免去|提名|聘任|聘请|选举|推荐)(?P<c>\p{Han}{2,3})(?:为|同志|担任|的)",
    )
    .expect("person pattern")
});

/// Words one of which every [`PERSON`] alternative needs: a literal set,
/// searched in one vectorized pass.
static NAME_CUE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::re("，男|，女|,男|,女|、男|、女|同志|任命|免去|提名|聘任|聘请|选举|推荐").expect("name cue pattern")
});

/// The normalized form of `text`: furniture lines and datelines removed,
/// NFKC, traditional folded to simplified, punctuation and all whitespace
/// (so layout line breaks too) dropped.
pub fn normalize(text: &str) -> Normalized {
    let mut out = Normalized { chars: Vec::with_capacity(text.len() / 3 + 16), entities: Vec::new() };
    let mut body = String::with_capacity(text.len());
    for line in text.lines() {
        let t = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
        if t.is_empty() {
            continue;
        }
        if is_meta_line(t) {
            continue;
        }
        let t = match has_dateline_cue(t).then(|| DATELINE.find(t)).flatten() {
            Some(m) if m.end() > 0 => &t[m.end()..],
            _ => t,
        };
        body.push_str(t);
        body.push('\n');
    }
    // Most texts hold no cue, and the cue search is much cheaper than the pattern.
    let may_name = NAME_CUE.is_match(&body);
    for caps in PERSON.captures_iter(if may_name { &body } else { "" }) {
        for (kind, name) in [(b'a', "a"), (b'b', "b"), (b'c', "c")] {
            if let Some(m) = caps.name(name) {
                let folded: String = m.as_str().chars().map(fold_han).collect();
                out.entities.push(entity(&[b'P', kind], folded.as_bytes()));
            }
        }
    }
    for c in body.chars() {
        fold_into(c, &mut out.chars);
    }
    let cs = &out.chars;
    let mut i = 0;
    let mut ctx = Vec::with_capacity(16);
    let mut val = String::new();
    while i < cs.len() {
        if !cs[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < cs.len() && cs[i].is_ascii_digit() {
            i += 1;
        }
        // The two characters before and the one after name the slot the
        // number fills (`汉族_年`, `确诊病例_例`); the digits are its value.
        ctx.clear();
        ctx.push(b'N');
        for &c in cs[start.saturating_sub(2)..start].iter().chain(cs.get(i)) {
            ctx.extend_from_slice(&(c as u32).to_le_bytes());
        }
        val.clear();
        val.extend(&cs[start..i]);
        // Leading zeros are layout (`03月`), not value.
        out.entities.push(entity(&ctx, val.trim_start_matches('0').as_bytes()));
    }
    out.entities.sort_unstable();
    out.entities.dedup();
    out
}

/// Bits of an entity word that name its slot; the rest hash its value.
pub const ENTITY_SLOT_BITS: u32 = 22;

/// An entity packed in one word: slot hash in the high bits, value hash below,
/// so sorted entities group by slot and two texts can be checked for a slot
/// they fill with different values.
/// Whether a paragraph's opening could be a dateline or byline: each
/// alternative of [`DATELINE`] needs one of these within its first characters.
fn has_dateline_cue(t: &str) -> bool {
    t.chars().take(40).any(|c| matches!(c, '讯' | '电' | '据' | '(' | '（'))
}

fn entity(slot: &[u8], value: &[u8]) -> u32 {
    let s = (xxh3_64(slot) >> (64 - ENTITY_SLOT_BITS)) as u32;
    let v = (xxh3_64(value) >> (64 - (32 - ENTITY_SLOT_BITS))) as u32;
    s << (32 - ENTITY_SLOT_BITS) | v
}

fn is_meta_line(t: &str) -> bool {
    // Long lines are paragraphs even when they start like a credit
    // (`记者:...` opening a quoted interview runs on for sentences).
    if t.chars().count() > 60 {
        return false;
    }
    let n: String = t.nfkc().collect();
    META_LINE.is_match(&n) || BRACKET_LINE.is_match(&n)
}

/// Pushes the comparable form of `c` (nothing for punctuation and space).
#[inline]
fn fold_into(c: char, out: &mut Vec<char>) {
    if c.is_ascii() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        }
        return;
    }
    if crate::text::is_han(c) {
        out.push(fold_han(c));
        return;
    }
    // CJK and general punctuation (。、《》“”…—) are the commonest non-Han
    // characters; of them only 々〆〇 and the Suzhou numerals are letters.
    if matches!(c, '\u{3000}'..='\u{3004}' | '\u{3008}'..='\u{3020}' | '\u{302A}'..='\u{303F}' | '\u{2000}'..='\u{206F}') {
        return;
    }
    // Full-width ASCII is the next commonest non-Han case: a fixed offset.
    if ('\u{FF01}'..='\u{FF5E}').contains(&c) {
        let a = char::from_u32(c as u32 - 0xFEE0).unwrap_or(' ');
        if a.is_ascii_alphanumeric() {
            out.push(a.to_ascii_lowercase());
        }
        return;
    }
    if !c.is_alphanumeric() {
        return;
    }
    for d in std::iter::once(c).nfkc() {
        if d.is_alphanumeric() {
            out.push(if d.is_ascii() { d.to_ascii_lowercase() } else { d });
        }
    }
}

/// Traditional → simplified for one Han character (variants that map to
/// one simplified character; `後`/`后`, `發`/`发`).
#[inline]
pub fn fold_han(c: char) -> char {
    let cp = c as u32;
    if (T2S_BASE..T2S_BASE + T2S_LEN).contains(&cp) {
        let i = (cp - T2S_BASE) as usize;
        let t = &*T2S;
        // Most characters have no simplified form to fold to; the bitmap
        // (3 KB, stays in L1) answers that without touching the table.
        if t.changed[i / 64] >> (i % 64) & 1 == 1 {
            return char::from_u32(t.to[i]).unwrap_or(c);
        }
    }
    c
}

const T2S_BASE: u32 = 0x3400;
const T2S_LEN: u32 = 0xA000 - 0x3400;

/// Per-character traditional → simplified over the BMP Han blocks.
struct T2sTable {
    /// Bit i: character `T2S_BASE + i` folds to `to[i]`.
    changed: Vec<u64>,
    to: Vec<u32>,
}

/// Built once from fast2s: each character converted alone; kept when it
/// becomes one different character.
static T2S: LazyLock<T2sTable> = LazyLock::new(|| {
    let mut t = T2sTable { changed: vec![0; (T2S_LEN as usize).div_ceil(64)], to: vec![0; T2S_LEN as usize] };
    let mut buf = String::with_capacity(4);
    for cp in T2S_BASE..T2S_BASE + T2S_LEN {
        let Some(c) = char::from_u32(cp) else { continue };
        buf.clear();
        buf.push(c);
        let s = fast2s::convert(&buf);
        let mut it = s.chars();
        if let (Some(d), None) = (it.next(), it.next()) {
            if d != c {
                let i = (cp - T2S_BASE) as usize;
                t.changed[i / 64] |= 1 << (i % 64);
                t.to[i] = d as u32;
            }
        }
    }
    t
});

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> String {
        normalize(text).chars.into_iter().collect()
    }

    #[test]
    fn punctuation_width_and_layout_breaks_vanish() {
        assert_eq!(s("全省疫情防控,取得“重要”成果。\n\n做好工\n\n作"), s("全省疫情防控，取得\"重要\"成果.做好工作"));
        assert_eq!(s("ＡＢＣ１２３"), "abc123");
    }

    #[test]
    fn traditional_folds_to_simplified() {
        assert_eq!(s("會議強調，要進一步加強防疫基礎設施建設"), s("会议强调,要进一步加强防疫基础设施建设"));
    }

    #[test]
    fn furniture_lines_and_datelines_are_removed() {
        let a = "本报讯(河北日报记者 四建磊 吴韬)3月28日晚,省应对新冠肺炎疫情工作领导小组会议召开。\n责任编辑：张三\n来源：河北日报";
        let b = "【来源:石家庄日报】\n3月28日晚，省应对新冠肺炎疫情工作领导小组会议召开。\n(编辑 李四)";
        assert_eq!(s(a), s(b));
        let x = "新华社北京3月28日电(记者 王五)国务院常务会议召开。";
        assert_eq!(s(x), "国务院常务会议召开");
    }

    #[test]
    fn entities_capture_numbers_and_notice_names() {
        let a = normalize("张三，男，汉族，1975年06月生，拟任某局局长。");
        let b = normalize("李四，男，汉族，1975年6月生，拟任某局局长。");
        assert_eq!(a.entities.len(), 3, "a name and two numbers: {:?}", a.entities);
        assert_ne!(a.entities, b.entities);
        let c = normalize("张三，男，汉族，1975年6月生，拟任某局局长。");
        assert_eq!(a.entities, c.entities, "leading zeros do not make a different number");
    }
}
