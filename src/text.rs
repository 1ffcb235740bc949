//! Small text helpers shared by the stages: Han detection, normalisation.

use unicode_normalization::UnicodeNormalization;

/// Compiles a pattern with `\p{Han}` read as the CJK blocks themselves
/// (radicals, 々〇, Extension A, the unified block, compatibility
/// ideographs, Extensions B to H as one range). The script property is a
/// class of some twenty scattered ranges, and the readers repeat it in
/// bounded runs (`\p{Han}{2,10}?`) hundreds of times: compiled as a few
/// ranges, every process starts faster and the lazy DFAs grow fewer states.
/// A superset of the script; the extra code points are unassigned.
/// Output is unchanged over every saved page (1,767 records compared).
pub fn re(pattern: &str) -> Result<regex::Regex, regex::Error> {
    const HAN: &str = r"[\x{2E80}-\x{2FDF}\x{3005}\x{3007}\x{3021}-\x{3029}\x{3038}-\x{303B}\x{3400}-\x{4DBF}\x{4E00}-\x{9FFF}\x{F900}-\x{FAFF}\x{20000}-\x{323AF}]";
    // `\d` likewise: ASCII and full-width digits, not every script's.
    const DIGIT: &str = r"[0-9\x{FF10}-\x{FF19}]";
    if pattern.contains(r"\p{Han}") || pattern.contains(r"\d") {
        regex::Regex::new(&pattern.replace(r"\p{Han}", HAN).replace(r"\d", DIGIT))
    } else {
        regex::Regex::new(pattern)
    }
}

/// A hash map keyed by what the extractor hashes many times a page (node
/// ids, lines, character 4-grams): an FxHash-style hasher, not SipHash's
/// defence against chosen keys, which page text cannot mount (the maps live
/// for one page).
pub type FastMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<FastHasher>>;
pub type FastSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<FastHasher>>;

/// The rotate-xor-multiply word hash of rustc's FxHasher.
#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl std::hash::Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A CJK unified ideograph (the blocks Chinese news text uses).
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0x20000..=0x2A6DF | 0x2A700..=0x2EBEF | 0xF900..=0xFAFF)
}

/// NFKC plus whitespace collapsed: full-width ASCII and ideographic spaces
/// become their plain forms, so patterns need to be written only once.
pub fn nfkc(s: &str) -> String {
    // `〔記者X∕臺北報導〕`: Big5's solidus decodes as the division slash
    // (U+2215), which NFKC keeps; it is a slash.
    if s.contains('\u{2215}') {
        return nfkc(&s.replace('\u{2215}', "/"));
    }
    // Most lines are already NFKC (plain Chinese and ASCII): skip the
    // decomposition when the quick check says so.
    if unicode_normalization::is_nfkc_quick(s.chars()) == unicode_normalization::IsNormalized::Yes {
        return s.to_owned();
    }
    // `記者︰X`: the vertical form of the colon (U+FE30) that Hong Kong pages
    // set in labels is a colon, where NFKC would make it two full stops.
    if s.contains('\u{fe30}') {
        return s.replace('\u{fe30}', ":").nfkc().collect();
    }
    s.nfkc().collect()
}

/// A line as the byline patterns read it: NFKC, then traditional characters
/// as simplified ones (`記者` → `记者`, `來源` → `来源`), one character for
/// one, so that what a pattern finds can be given back in the page's own
/// script with [`ScriptMap::restore`].
pub fn simplified_view(s: &str) -> (String, ScriptMap) {
    // The metadata readers look at the same few dozen lines around an
    // article many times each; the view of a line is kept for the next reader.
    thread_local! {
        static MEMO: ViewMemo = ViewMemo::default();
    }
    ViewMemo::view(&MEMO, s, simplified_view_uncached)
}

/// A small per-thread memo of the views of lines (a line and the
/// [`ScriptMap`] back to its script), emptied when it grows: the readers of
/// one page ask for the same views many times.
#[derive(Default)]
pub struct ViewMemo(std::cell::RefCell<FastMap<String, (String, ScriptMap)>>);

impl ViewMemo {
    /// The view of `s` kept in the thread's memo `key`, made by `make` once.
    pub fn view(key: &'static std::thread::LocalKey<ViewMemo>, s: &str, make: fn(&str) -> (String, ScriptMap)) -> (String, ScriptMap) {
        if let Some(hit) = key.with(|m| m.0.borrow().get(s).cloned()) {
            return hit;
        }
        let view = make(s);
        key.with(|m| {
            let mut m = m.0.borrow_mut();
            if m.len() >= 4096 {
                m.clear();
            }
            m.insert(s.to_owned(), view.clone());
        });
        view
    }
}

fn simplified_view_uncached(s: &str) -> (String, ScriptMap) {
    let n = nfkc(s);
    let v = fast2s::convert(&n);
    let mut pairs: Vec<(char, char)> = Vec::new();
    if v.chars().count() == n.chars().count() {
        for (simp, orig) in v.chars().zip(n.chars()) {
            if simp != orig && !pairs.iter().any(|p| p.0 == simp) {
                pairs.push((simp, orig));
            }
        }
    }
    (v, ScriptMap { pairs })
}

/// Maps text found in a [`simplified_view`] back to the original characters.
#[derive(Debug, Clone, Default)]
pub struct ScriptMap {
    pairs: Vec<(char, char)>,
}

impl ScriptMap {
    pub fn restore(&self, s: &str) -> String {
        if self.pairs.is_empty() {
            return s.to_owned();
        }
        s.chars().map(|c| self.pairs.iter().find(|p| p.0 == c).map_or(c, |p| p.1)).collect()
    }
}

/// Characters a reader never sees: zero-width space, word joiner, byte
/// order mark, soft hyphen and the tag characters (U+E0000–E007F) some
/// CMSs leave between a sentence and its credit.
pub fn invisible(c: char) -> bool {
    matches!(c, '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{ad}' | '\u{e0000}'..='\u{e007f}')
}

/// Collapses runs of whitespace (including U+3000 and NBSP) to one space and
/// trims; drops what is [`invisible`].
pub fn squash_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if invisible(c) {
            continue;
        }
        if c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}' {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// A Markdown copy's links as their text: `[某济观察报](http://…)` →
/// `某济观察报`, so the credit lines around them read as the page shows them.
pub fn unlink_markdown(s: &str) -> std::borrow::Cow<'_, str> {
    static LINK: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| re(r"!?\[(?P<t>[^\[\]]{0,80})\]\((?:https?://|/)[^()\s]{0,400}\)").unwrap());
    if s.contains("](") {
        LINK.replace_all(s, "$t")
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// The first `n` characters of `s` (not bytes), with `…` when cut.
pub fn truncate_chars(s: &str, n: usize) -> String {
    let mut it = s.char_indices();
    match it.nth(n) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_links_read_as_their_text() {
        let line = "本文来自微信公众号：[某济观察报 （ID：x）](http://mp.weixin.qq.com/s?__biz=M&amp;mid=2#rd)，作者：欧阳某红";
        assert_eq!(unlink_markdown(line), "本文来自微信公众号：某济观察报 （ID：x），作者：欧阳某红");
        assert_eq!(unlink_markdown("没有链接的一行"), "没有链接的一行");
    }

    #[test]
    fn a_vertical_colon_and_big5s_slash_read_as_ascii() {
        assert_eq!(super::nfkc("記者︰某某"), "記者:某某");
        // Big5's solidus comes back from the decoder as the division slash.
        assert_eq!(super::nfkc("〔記者某某∕臺北報導〕"), "〔記者某某/臺北報導〕");
    }

    #[test]
    fn squashing_drops_what_no_reader_sees() {
        assert_eq!(super::squash_ws("多云。\u{e0020}撰稿：某\u{200b}某 \u{3000} 完"), "多云。撰稿：某某 完");
    }

    #[test]
    fn patterns_read_han_and_digits_as_chinese_pages_print_them() {
        let han = re(r"^\p{Han}{2,4}$").unwrap();
        assert!(han.is_match("报库"));
        assert!(han.is_match("〇々中文"));
        assert!(han.is_match("𠀀𪚥")); // Extension B
        assert!(!han.is_match("ab"));
        assert!(!han.is_match("报，库"));
        let year = re(r"^\d{4}年$").unwrap();
        assert!(year.is_match("2022年"));
        assert!(year.is_match("２０２２年")); // full-width digits
        // Inside a class too.
        assert!(re(r"^[\p{Han}A-Za-z]+$").unwrap().is_match("新闻Daily"));
        assert!(re(r"^[\d-]+$").unwrap().is_match("2022-03-29"));
    }

    #[test]
    fn han_and_normalisation() {
        assert!(is_han('报') && !is_han('a') && !is_han('，'));
        assert_eq!(nfkc("（河北日报）１２"), "(河北日报)12");
        assert_eq!(squash_ws("  方\u{3000}\u{3000}敏 \n x "), "方 敏 x");
        assert_eq!(truncate_chars("一二三四", 2), "一二…");
        assert_eq!(truncate_chars("一二", 2), "一二");
    }
}
