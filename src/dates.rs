//! Dates and times as Chinese news sources write them, read in +08:00.
//!
//! Feeds and pages write `2022-03-29 08:15`, `2022年03月29日 08:15`,
//! `2022-03-29-08:15:00`, `2016-10-31 09:28:27.0`, `2024/05/14`, RFC 822 with
//! `CST` (China Standard Time here, never US Central) and RFC 3339. Anything
//! without an offset is Beijing time. A value with no time of day is flagged
//! date-only and stored as 00:00 +08:00.

use std::sync::LazyLock;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use regex::Regex;

/// Beijing time, +08:00 (no daylight saving since 1991).
pub fn china() -> FixedOffset {
    FixedOffset::east_opt(8 * 3600).expect("valid offset")
}

/// A parsed point in time and whether the source gave only a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub at: DateTime<FixedOffset>,
    pub date_only: bool,
}

static YMD: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::re(
        r"(?x)
        (?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<mo>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?:\s*日)?
        (?:\s*(?:星期|周)[一二三四五六日天])?
        (?:[\sT-]*(?P<ap>上午|下午|晚上|中午|凌晨)?\s*(?P<h>\d{1,2})\s*[:：时]\s*(?P<mi>\d{1,2})(?:\s*[:：分]\s*(?P<s>\d{1,2})(?:\.\d+)?\s*秒?)?)?
        \s*(?P<tz>Z|[+-]\d{2}:?\d{2}|(?:GMT|UTC|CST|BJT)(?:[+-]\d{1,2}(?::?\d{2})?)?|北京时间)?",
    )
    .unwrap()
});

static COMPACT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::re(r"^(?P<y>(?:19|20)\d{2})(?P<mo>\d{2})(?P<d>\d{2})(?:(?P<h>\d{2})(?P<mi>\d{2})(?P<s>\d{2})?)?$").unwrap()
});

/// Parses a date as written in a feed field, a meta tag or a date line.
/// The first date in the string counts; text around it is ignored.
pub fn parse(s: &str) -> Option<Stamp> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if let Some(st) = parse_rfc822(s) {
        return Some(st);
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(Stamp { at: dt, date_only: false });
    }
    let Some(c) = YMD.captures(s).or_else(|| COMPACT.captures(s)) else {
        return parse_english(s).or_else(|| parse_han_numerals(s));
    };
    let num = |n: &str| c.name(n).and_then(|m| m.as_str().parse::<u32>().ok());
    let date = NaiveDate::from_ymd_opt(num("y")? as i32, num("mo")?, num("d")?)?;
    // `下午3:30` is 15:30.
    let afternoon = c.name("ap").is_some_and(|m| matches!(m.as_str(), "下午" | "晚上"));
    let (time, date_only) = match num("h") {
        Some(h) => {
            let h = if afternoon && h < 12 { h + 12 } else { h };
            (NaiveTime::from_hms_opt(h, num("mi")?, num("s").unwrap_or(0))?, false)
        }
        None => (NaiveTime::MIN, true),
    };
    let offset = c
        .name("tz")
        .and_then(|m| zone_offset(m.as_str()))
        .unwrap_or_else(china);
    let at = offset.from_local_datetime(&NaiveDateTime::new(date, time)).single()?;
    Some(Stamp { at, date_only })
}

fn han_digit(c: char) -> Option<usize> {
    "〇一二三四五六七八九".chars().position(|d| d == c).or(matches!(c, '零' | '○').then_some(0))
}

/// A month's or a day's number in Chinese numerals: `二十九` = 29, `十二` =
/// 12, `十` = 10, `三` = 3.
pub fn cn_number(t: &str) -> Option<u32> {
    let (tens, ones) = match t.split_once('十') {
        Some((a, b)) => (if a.is_empty() { 1 } else { han_digit(a.chars().next()?)? as u32 }, b),
        None => (0, t),
    };
    if ones.chars().count() > 1 {
        return None;
    }
    let ones = if ones.is_empty() { 0 } else { han_digit(ones.chars().next()?)? as u32 };
    Some(tens * 10 + ones)
}

/// `二〇二二年三月二十九日`: the date an official document is signed with,
/// in Chinese numerals.
fn parse_han_numerals(s: &str) -> Option<Stamp> {
    static HAN: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?P<y>[〇零○一二三四五六七八九]{4})\s*年\s*(?P<mo>[一二三四五六七八九十]{1,2})\s*月\s*(?P<d>[一二三四五六七八九十]{1,3})\s*日").unwrap()
    });
    let c = HAN.captures(s)?;
    let y = c["y"].chars().try_fold(0u32, |y, ch| Some(y * 10 + han_digit(ch)? as u32))?;
    let date = NaiveDate::from_ymd_opt(y as i32, cn_number(&c["mo"])?, cn_number(&c["d"])?)?;
    let at = china().from_local_datetime(&NaiveDateTime::new(date, NaiveTime::MIN)).single()?;
    Some(Stamp { at, date_only: true })
}

/// The number of an English month from its first three letters (`Jan` → 1).
fn month(abbr: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    MONTHS.iter().position(|m| abbr.eq_ignore_ascii_case(m)).map(|i| i as u32 + 1)
}

/// `January 17, 2012 06:00 AM`, `Jan. 17, 2012`, `十一月 6th, 2009`:
/// month-first English dates some overseas Chinese papers' and blogs'
/// templates print, in Beijing time unless they say otherwise.
fn parse_english(s: &str) -> Option<Stamp> {
    static EN: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(
            r"(?i)(?:\b(?P<mo>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?P<cmo>十[一二]?|[一二三四五六七八九])月)\s*(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})(?:,?\s+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ap>[ap])?\.?m?\.?)?",
        )
        .unwrap()
    });
    let c = EN.captures(s)?;
    // `十一月 6th, 2009`: a blog's English date format with the month's
    // name in a Chinese locale.
    let mo = match c.name("cmo") {
        Some(m) => ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"].iter().position(|x| *x == m.as_str())? as u32 + 1,
        None => month(&c["mo"])?,
    };
    let num = |n: &str| c.name(n).and_then(|m| m.as_str().parse::<u32>().ok());
    let date = NaiveDate::from_ymd_opt(num("y")? as i32, mo, num("d")?)?;
    let (time, date_only) = match num("h") {
        Some(h) => {
            let pm = c.name("ap").is_some_and(|m| m.as_str().eq_ignore_ascii_case("p"));
            let am = c.name("ap").is_some_and(|m| m.as_str().eq_ignore_ascii_case("a"));
            let h = match (h, pm, am) {
                (12, false, true) => 0,
                (h, true, _) if h < 12 => h + 12,
                (h, _, _) => h,
            };
            (NaiveTime::from_hms_opt(h, num("mi")?, num("s").unwrap_or(0))?, false)
        }
        None => (NaiveTime::MIN, true),
    };
    let at = china().from_local_datetime(&NaiveDateTime::new(date, time)).single()?;
    Some(Stamp { at, date_only })
}

/// RFC 822 / 2822 dates as feeds write them, with `CST` read as +08:00.
fn parse_rfc822(s: &str) -> Option<Stamp> {
    static RFC822: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(
            r"(?i)^(?:[a-z]{3},?\s*)?(?P<d>\d{1,2})\s+(?P<mo>[a-z]{3})[a-z]*\.?\s+(?P<y>\d{2,4})(?:\s+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?)?\s*(?P<tz>[a-z]{1,5}|[+-]\d{4}|[+-]\d{2}:\d{2})?",
        )
        .unwrap()
    });
    let c = RFC822.captures(s)?;
    let mo = month(&c["mo"])?;
    let mut y: i32 = c["y"].parse().ok()?;
    if y < 100 {
        y += if y < 50 { 2000 } else { 1900 };
    }
    let d: u32 = c["d"].parse().ok()?;
    let date = NaiveDate::from_ymd_opt(y, mo, d)?;
    let num = |n: &str| c.name(n).and_then(|m| m.as_str().parse::<u32>().ok());
    let (time, date_only) = match num("h") {
        Some(h) => (NaiveTime::from_hms_opt(h, num("mi")?, num("s").unwrap_or(0))?, false),
        None => (NaiveTime::MIN, true),
    };
    let offset = c.name("tz").and_then(|m| zone_offset(m.as_str())).unwrap_or_else(china);
    let at = offset.from_local_datetime(&NaiveDateTime::new(date, time)).single()?;
    Some(Stamp { at, date_only })
}

/// Offsets of the zone names that appear in these feeds.
fn zone_offset(z: &str) -> Option<FixedOffset> {
    let z = z.trim();
    let upper = z.to_ascii_uppercase();
    let hours = |h: i32| FixedOffset::east_opt(h * 3600);
    match upper.as_str() {
        "" => return None,
        "Z" | "UT" | "UTC" | "GMT" => return hours(0),
        // In Chinese feeds CST is China Standard Time.
        "CST" | "BJT" | "北京时间" => return hours(8),
        "HKT" => return hours(8),
        "JST" | "KST" => return hours(9),
        "EST" => return hours(-5),
        "EDT" => return hours(-4),
        "PST" => return hours(-8),
        "PDT" => return hours(-7),
        _ => {}
    }
    if z == "北京时间" {
        return hours(8);
    }
    // +0800, +08:00, GMT+8, UTC+08:00
    let rest = upper
        .trim_start_matches("GMT")
        .trim_start_matches("UTC")
        .trim_start_matches("CST");
    let (sign, digits) = match rest.as_bytes().first()? {
        b'+' => (1, &rest[1..]),
        b'-' => (-1, &rest[1..]),
        _ => return None,
    };
    let digits: String = digits.chars().filter(|c| c.is_ascii_digit()).collect();
    let (h, m) = match digits.len() {
        1 | 2 => (digits.parse::<i32>().ok()?, 0),
        3 => (digits[..1].parse::<i32>().ok()?, digits[1..].parse::<i32>().ok()?),
        4 => (digits[..2].parse::<i32>().ok()?, digits[2..].parse::<i32>().ok()?),
        _ => return None,
    };
    if h > 14 || m > 59 {
        return None;
    }
    FixedOffset::east_opt(sign * (h * 3600 + m * 60))
}

/// A month and day printed without a year (a dateline's `12月30日电`),
/// placed in the year that brings it nearest to `reference` (the page's
/// date): a December dateline on a January page is last year's.
/// Date-only, 00:00 +08:00; a reference on that very day keeps its time.
pub fn nearest_year(month: u32, day: u32, reference: Stamp) -> Option<Stamp> {
    let local = reference.at.with_timezone(&china()).date_naive();
    let y = chrono::Datelike::year(&local);
    let best = [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .min_by_key(|d| (*d - local).num_days().abs())?;
    if best == local {
        return Some(reference);
    }
    let at = china().from_local_datetime(&NaiveDateTime::new(best, NaiveTime::MIN)).single()?;
    Some(Stamp { at, date_only: true })
}

/// `…。（編輯：某某）1140811`: the stamp a Taiwanese wire closes its story
/// with, the day in the Republic of China's calendar (year 114 = 2025),
/// right after the closing bracket or sentence. Years 100–129 only (2011–2040).
/// A photo's caption may follow the stamp on the same line, after the
/// editor's credit (`（編輯：X）1140703網路出現…`).
pub fn roc_stamp(line: &str) -> Option<Stamp> {
    static STAMP: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:[)）。」]\s*(?P<y>1[0-2]\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])\s*$|[(（]\s*(?:编辑|編輯)\s*[:：][^()（）]{1,24}[)）]\s*(?P<y2>1[0-2]\d)(?P<m2>0[1-9]|1[0-2])(?P<d2>0[1-9]|[12]\d|3[01])(?:\D|$))").unwrap()
    });
    let c = STAMP.captures(line)?;
    let g = |a: &str, b: &str| c.name(a).or(c.name(b)).map(|m| m.as_str()).unwrap_or("");
    let (y, m, d) = (g("y", "y2"), g("m", "m2"), g("d", "d2"));
    let date = NaiveDate::from_ymd_opt(1911 + y.parse::<i32>().ok()?, m.parse().ok()?, d.parse().ok()?)?;
    let at = china().from_local_datetime(&NaiveDateTime::new(date, NaiveTime::MIN)).single()?;
    Some(Stamp { at, date_only: true })
}

/// A date inside a URL: TRS `t20190918_`, Hanweb `/art/2016/11/22/`,
/// Founder `2022-03/29/` or `202203/29/`, and `/20220329/`.
pub fn from_url(url: &str) -> Option<Stamp> {
    static PATTERNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
        [
            r"/t((?:19|20)\d{2})(\d{2})(\d{2})_\d+",
            r"/art/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/",
            r"/((?:19|20)\d{2})-(\d{2})/(\d{2})/",
            r"/((?:19|20)\d{2})(\d{2})/(\d{2})/",
            r"/((?:19|20)\d{2})(\d{2})(\d{2})/",
            r"/((?:19|20)\d{2})-(\d{2})-(\d{2})/",
            r"[/_-]((?:19|20)\d{2})(\d{2})(\d{2})[_-]",
        ]
        .iter()
        .map(|p| crate::text::re(p).unwrap())
        .collect()
    });
    for re in PATTERNS.iter() {
        if let Some(c) = re.captures(url) {
            let date = NaiveDate::from_ymd_opt(
                c[1].parse().ok()?,
                c[2].parse().ok()?,
                c[3].parse().ok()?,
            );
            if let Some(date) = date {
                let at = china().from_local_datetime(&date.and_time(NaiveTime::MIN)).single()?;
                return Some(Stamp { at, date_only: true });
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_wires_closing_stamp_in_the_roc_calendar() {
        let d = super::roc_stamp("都是最務實的因應之道。（編輯：某某珍）1110628").unwrap();
        assert_eq!(d.at.date_naive().to_string(), "2022-06-28");
        assert!(d.date_only);
        // A phone number or a count is no stamp.
        assert!(super::roc_stamp("請洽電話：1110628").is_none());
        let d = super::roc_stamp("帶回偵辦中。（編輯：某某鈞）1140703網路出現針對本案的圖文").unwrap();
        assert_eq!(d.at.date_naive().to_string(), "2025-07-03");
        assert!(super::roc_stamp("（編輯：某某）1131345").is_none());
    }

    use super::*;

    fn utc(s: &str) -> String {
        parse(s).unwrap().at.with_timezone(&chrono::Utc).to_rfc3339()
    }

    #[test]
    fn blog_dates_with_the_month_in_chinese() {
        assert_eq!(utc("十一月 6th, 2009"), "2009-11-05T16:00:00+00:00");
        assert_eq!(utc("三月 21st, 2024 14:05"), "2024-03-21T06:05:00+00:00");
        assert!(parse("三月二十九日").is_none());
    }

    #[test]
    fn chinese_numerals_weekdays_and_afternoons() {
        let d = parse("某某省人民政府办公厅 二〇二二年三月二十九日").unwrap();
        assert_eq!(d.at.to_rfc3339(), "2022-03-29T00:00:00+08:00");
        assert!(d.date_only);
        assert_eq!(parse("二○一九年十二月十日").unwrap().at.date_naive().to_string(), "2019-12-10");
        assert_eq!(parse("二〇二二年十月五日").unwrap().at.date_naive().to_string(), "2022-10-05");
        assert!(parse("二〇二二年十三月五日").is_none());
        assert_eq!(parse("2022年3月29日 星期二 下午3:30").unwrap().at.to_rfc3339(), "2022-03-29T15:30:00+08:00");
        assert_eq!(parse("2022年3月29日 上午9:05").unwrap().at.to_rfc3339(), "2022-03-29T09:05:00+08:00");
    }

    #[test]
    fn a_dateline_day_takes_the_nearest_year_of_the_page() {
        let day = |m, d, page: &str| nearest_year(m, d, parse(page).unwrap()).unwrap().at.to_rfc3339();
        assert_eq!(day(3, 28, "2022-03-29"), "2022-03-28T00:00:00+08:00");
        // A December dateline on a January page is the previous year's.
        assert_eq!(day(12, 30, "2023-01-02"), "2022-12-30T00:00:00+08:00");
        // An e-paper dated the next morning: a January dateline on a December 31 page.
        assert_eq!(day(1, 1, "2022-12-31 22:00"), "2023-01-01T00:00:00+08:00");
        // The page's own day keeps the page's time of day.
        let same = nearest_year(3, 29, parse("2022-03-29 08:15").unwrap()).unwrap();
        assert!(!same.date_only);
        assert!(nearest_year(2, 30, parse("2022-03-29").unwrap()).is_none());
    }

    #[test]
    fn chinese_and_cms_formats_are_beijing_time() {
        for (input, want) in [
            ("2022-03-29 08:15", "2022-03-29T00:15:00+00:00"),
            ("2022-03-29 08:15:00", "2022-03-29T00:15:00+00:00"),
            ("2022-03-29-08:15:00", "2022-03-29T00:15:00+00:00"),
            ("2022年03月29日 08:15", "2022-03-29T00:15:00+00:00"),
            ("2024年05月17日08:59", "2024-05-17T00:59:00+00:00"),
            ("2016-10-31 09:28:27.0", "2016-10-31T01:28:27+00:00"),
            ("发布时间：2019-09-18 06:23", "2019-09-17T22:23:00+00:00"),
            ("2005 年12 月12 日讯", "2005-12-11T16:00:00+00:00"),
            ("2021年3月9日10时5分", "2021-03-09T02:05:00+00:00"),
            ("2024-05-14T10:30:00", "2024-05-14T02:30:00+00:00"),
        ] {
            assert_eq!(utc(input), want, "{input}");
        }
    }

    #[test]
    fn date_only_values_are_flagged() {
        for input in ["2022年03月29日", "2022年3月29日", "2024/05/14", "2022.03.29", "[2022-03-29]"] {
            let st = parse(input).unwrap();
            assert!(st.date_only, "{input}");
            assert_eq!(st.at.to_rfc3339(), "2022-03-29T00:00:00+08:00".replace("2022-03-29", &st.at.format("%Y-%m-%d").to_string()));
            assert_eq!(st.at.offset().local_minus_utc(), 8 * 3600);
        }
        assert!(!parse("2022-03-29 08:15").unwrap().date_only);
    }

    #[test]
    fn cst_in_rfc822_is_china_not_us_central() {
        assert_eq!(utc("Tue, 29 Mar 2022 08:15:00 CST"), "2022-03-29T00:15:00+00:00");
        assert_eq!(utc("Tue, 29 Mar 2022 08:15:00 +0800"), "2022-03-29T00:15:00+00:00");
        assert_eq!(utc("Tue, 29 Mar 2022 08:15:00 GMT"), "2022-03-29T08:15:00+00:00");
        assert_eq!(utc("29 Mar 2022 08:15 EST"), "2022-03-29T13:15:00+00:00");
    }

    #[test]
    fn rfc3339_offsets_are_kept() {
        assert_eq!(utc("2022-03-29T08:15:00Z"), "2022-03-29T08:15:00+00:00");
        assert_eq!(utc("2022-03-29T08:15:00+08:00"), "2022-03-29T00:15:00+00:00");
    }

    #[test]
    fn nonsense_is_none() {
        assert!(parse("").is_none());
        assert!(parse("昨天").is_none());
        assert!(parse("2022-13-45").is_none());
    }

    #[test]
    fn dates_in_urls() {
        for (url, want) in [
            ("http://www.shanxi.gov.cn/yw/sxyw/201909/t20190918_693227.shtml", "2019-09-18"),
            ("http://fgw.zj.gov.cn/art/2016/11/22/art_1621004_30332664.html", "2016-11-22"),
            ("http://hbrb.hebnews.cn/html/2022-03/29/content_9022.htm", "2022-03-29"),
            ("http://x.cn/pc/content/202203/29/content_1.html", "2022-03-29"),
        ] {
            let st = from_url(url).unwrap();
            assert!(st.date_only);
            assert_eq!(st.at.format("%Y-%m-%d").to_string(), want, "{url}");
        }
        assert!(from_url("http://example.org/news/123.html").is_none());
    }
}
