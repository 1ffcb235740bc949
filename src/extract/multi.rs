//! Several articles on one page: an e-paper page (or text copied from one)
//! that holds a provincial story and a city story, each with its headline
//! block, dateline and byline, is split into one part per story.
//!
//! A story starts at a dateline (`本报讯(…)`, `新华社…电`); its headline
//! block is the run of short lines without sentence-final punctuation just
//! above the dateline, taken back from the tail of the story before.

use super::byline::{self, Dateline};
use super::repair::is_dateline;

/// One story's lines, split into headline block and body.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Part {
    pub kicker: Option<String>,
    pub title: Option<String>,
    pub subtitle: Option<String>,
    /// Body paragraphs, the dateline paragraph first.
    pub paragraphs: Vec<String>,
    pub dateline: Option<Dateline>,
}

/// Longest line still taken as part of a headline block.
const HEADLINE_MAX: usize = 90;

/// Sentence-final punctuation, also inside a closing quote (`…。”`); a
/// headline may end in a quote (`确保实现首季“开门红”`).
fn ends_sentence(l: &str) -> bool {
    let t = l.trim_end().trim_end_matches(['”', '」', '』', '’']);
    t.chars().last().is_some_and(|c| "。！？!?…".contains(c))
}

fn is_headline_line(l: &str) -> bool {
    let n = l.chars().count();
    // A full stop inside, or a photo credit at the end, marks a caption.
    (2..=HEADLINE_MAX).contains(&n)
        && !ends_sentence(l)
        && !is_dateline(l)
        && !l.contains('。')
        && !l.trim_end().ends_with('摄')
        && !is_bracketed(l)
        && super::dom::count_punct(l) <= 2
}

/// `（尹杰）`, `(宣传部)`: a line wholly in brackets closes the story above
/// (its writer or the office that sent it); it heads none.
fn is_bracketed(l: &str) -> bool {
    let t = l.trim();
    let open = t.starts_with(['（', '(', '[', '【', '〔']);
    let close = t.ends_with(['）', ')', ']', '】', '〕']);
    open && close
}

/// Splits `lines` into stories; `None` when the page holds one story.
///
/// Two or more datelines are needed, and every story after the first must
/// have a headline block of its own: a single article that quotes an agency
/// dateline in its middle is not split.
pub fn split(lines: &[String]) -> Option<Vec<Part>> {
    let starts: Vec<usize> = lines.iter().enumerate().filter(|(_, l)| is_dateline(l)).map(|(i, _)| i).collect();
    if starts.len() < 2 {
        return None;
    }
    // Headline block above each dateline: at most 4 short unpunctuated lines,
    // never reaching back past the previous dateline.
    let mut heads = Vec::new();
    for (k, &d) in starts.iter().enumerate() {
        let floor = if k == 0 { 0 } else { starts[k - 1] + 1 };
        let mut h = d;
        while h > floor && d - h < 4 && is_headline_line(&lines[h - 1]) {
            h -= 1;
        }
        if k > 0 && h == d {
            return None;
        }
        heads.push(h);
    }
    let mut parts = Vec::new();
    for (k, &d) in starts.iter().enumerate() {
        let h = heads[k];
        let end = heads.get(k + 1).copied().unwrap_or(lines.len());
        if end <= d + 1 && lines[d].chars().count() < 40 {
            return None;
        }
        let block: Vec<&str> = lines[h..d].iter().map(|s| s.as_str()).collect();
        let (kicker, title, subtitle) = headline_block(&block);
        parts.push(Part {
            kicker,
            title,
            subtitle,
            paragraphs: lines[d..end].to_vec(),
            dateline: byline::dateline(&lines[d]),
        });
    }
    // Lines before the first headline block (page furniture, a page title)
    // belong to no story.
    Some(parts)
}

/// Reads a headline block: the longest line is the headline, a line above
/// it the 引题, a line below it the subtitle (`王正谱主持 廉毅敏出席`).
pub fn headline_block(block: &[&str]) -> (Option<String>, Option<String>, Option<String>) {
    if block.is_empty() {
        return (None, None, None);
    }
    let main = block
        .iter()
        .enumerate()
        .max_by_key(|(i, l)| (l.chars().count(), std::cmp::Reverse(*i)))
        .map(|(i, _)| i)
        .unwrap_or(0);
    let own = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
    let kicker = if main > 0 { own(&block[..main].join(" ")) } else { None };
    let subtitle = if main + 1 < block.len() { own(&block[main + 1..].join(" ")) } else { None };
    (kicker, own(block[main]), subtitle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn two_papers_on_one_page() {
        let lines = v(&[
            "王东峰在省应对新冠肺炎疫情工作领导小组会议上强调 坚持科学精准快速处置突发疫情",
            "王正谱主持 廉毅敏出席",
            "本报讯(河北日报记者 四建磊 吴韬)3月28日晚,省应对新冠肺炎疫情工作领导小组会议召开。",
            "会议以视频会议形式召开。",
            "市委常委会召开会议",
            "强化统筹兼顾 坚持实干兴石 锤炼过硬作风 扎实抓好各项重点工作",
            "张超超主持并讲话",
            "本报讯(石家庄日报首席记者 齐广君)3月28日,市委常委会召开会议。",
            "会议还研究了其他事项。",
        ]);
        let parts = split(&lines).unwrap();
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].title.as_deref(), Some("王东峰在省应对新冠肺炎疫情工作领导小组会议上强调 坚持科学精准快速处置突发疫情"));
        assert_eq!(parts[0].subtitle.as_deref(), Some("王正谱主持 廉毅敏出席"));
        assert_eq!(parts[0].paragraphs.len(), 2);
        assert_eq!(parts[0].dateline.as_ref().unwrap().outlet.as_deref(), Some("河北日报"));
        assert_eq!(parts[1].kicker.as_deref(), Some("市委常委会召开会议"));
        assert_eq!(parts[1].title.as_deref(), Some("强化统筹兼顾 坚持实干兴石 锤炼过硬作风 扎实抓好各项重点工作"));
        assert_eq!(parts[1].subtitle.as_deref(), Some("张超超主持并讲话"));
        assert_eq!(parts[1].dateline.as_ref().unwrap().authors, ["齐广君"]);
    }

    #[test]
    fn a_bracketed_credit_closes_the_story_above_and_heads_none() {
        let lines = v(&[
            "本报讯 11月15日，校党委理论学习中心组举行专题学习研讨会。会议由党委书记主持。",
            "会议强调，要把会议精神转化为推动发展的强大动力。",
            "（某杰）",
            "专题学习全会精神",
            "本报讯 11月30日下午，校党委理论学习中心组举行专题学习会，研究贯彻落实意见。",
            "（宣传部）",
        ]);
        let parts = split(&lines).unwrap();
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].paragraphs.last().map(String::as_str), Some("（某杰）"));
        assert_eq!(parts[1].title.as_deref(), Some("专题学习全会精神"));
        assert_eq!(parts[1].kicker, None);
    }

    #[test]
    fn one_article_quoting_an_agency_is_not_split() {
        let lines = v(&[
            "本报讯（记者 张三）3月28日，全省会议召开。",
            "会议指出，要做好工作。",
            "新华社北京3月28日电 国务院发布通知，要求各地做好防控。",
        ]);
        assert!(split(&lines).is_none());
    }
}
