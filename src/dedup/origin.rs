//! Who a story came from: the source the copies credit (`来源：河北日报`,
//! `新华社北京3月28日电`, `本报讯(河北日报记者…)`) when that source is
//! among the copies, else the earliest copy.

use std::sync::LazyLock;

use regex::Regex;

static SOURCE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::re(r"(?m)(?:来源|稿件来源|文章来源|信息来源|转载自|摘自)\s*[:：]\s*([^\s|丨/,，。;；:：)）\]】]{2,20})")
        .expect("source line pattern")
});
static AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::re(r"(新华社|中新社|中新网|人民网|新华网|央视网|央广网|光明网)[^\s,，。]{0,16}?电").expect("agency pattern")
});
static PAPER_BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::re(r"[(（]\s*(\p{Han}{2,10}?(?:日报|晚报|早报|商报|都市报|时报|报|网|电视台|广播电视台))\s*(?:首席|见习|融媒)?记者")
        .expect("paper byline pattern")
});
static PAPER_NEWS: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::re(r"^\s*(\p{Han}{2,10}?(?:日报|晚报|早报|商报|都市报|时报))讯").expect("paper news pattern")
});

/// The paper or agency the text credits, read from its first lines and
/// its `来源` line; `None` when it credits nobody by name.
pub fn credited(text: &str) -> Option<String> {
    let head: String = text.chars().take(400).collect();
    if let Some(c) = PAPER_BYLINE.captures(&head) {
        return Some(c[1].to_owned());
    }
    if let Some(c) = PAPER_NEWS.captures(&head) {
        return Some(c[1].to_owned());
    }
    if let Some(c) = AGENCY.captures(&head) {
        return Some(c[1].to_owned());
    }
    // A 来源 line can sit at either end of the page.
    let tail: String = {
        let n = text.chars().count();
        text.chars().skip(n.saturating_sub(300)).collect()
    };
    for part in [&head, &tail] {
        if let Some(c) = SOURCE_LINE.captures(part) {
            return Some(c[1].to_owned());
        }
    }
    None
}

/// One copy of a story, as the origin rule sees it.
#[derive(Debug, Clone)]
pub struct Copy {
    pub article_id: i64,
    /// Display name of the publishing source (`河北日报`).
    pub source_name: String,
    /// Source key (`hebrb`).
    pub source_key: String,
    /// Unix seconds of publication (or first fetch).
    pub at: i64,
    /// What the copy credits, from extraction or [`credited`].
    pub credited: Option<String>,
}

/// Index in `copies` of the story's origin.
///
/// A copy is credited when some copy's credit names its source (`河北日报`
/// credits the source named `河北日报`; `河北日报社` or `河北新闻网·河北日报` too);
/// the earliest credited copy wins. Without a credited copy, the earliest copy
/// by time, then by arrival (article id).
pub fn choose(copies: &[Copy]) -> Option<usize> {
    let earliest = |pick: &dyn Fn(&Copy) -> bool| {
        copies
            .iter()
            .enumerate()
            .filter(|(_, c)| pick(c))
            .min_by_key(|(_, c)| (c.at, c.article_id))
            .map(|(i, _)| i)
    };
    let credits: Vec<&str> = copies.iter().filter_map(|c| c.credited.as_deref()).filter(|s| !s.is_empty()).collect();
    let is_credited = |c: &Copy| {
        credits.iter().any(|cr| {
            let name = c.source_name.as_str();
            (!name.is_empty() && (cr.contains(name) || name.contains(cr))) || cr.eq_ignore_ascii_case(&c.source_key)
        })
    };
    earliest(&is_credited).or_else(|| earliest(&|_| true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_credits() {
        assert_eq!(credited("本报讯(河北日报记者 四建磊 吴韬)3月28日晚,").as_deref(), Some("河北日报"));
        assert_eq!(credited("新华社北京3月28日电(记者 张三)国务院").as_deref(), Some("新华社"));
        assert_eq!(credited("正文第一段。\n正文第二段。\n来源：石家庄日报  编辑：李四").as_deref(), Some("石家庄日报"));
        assert_eq!(credited("石家庄日报讯 昨天,").as_deref(), Some("石家庄日报"));
        assert_eq!(credited("没有署名的正文。"), None);
    }

    #[test]
    fn credit_beats_time_order() {
        let c = |id, name: &str, at, cr: Option<&str>| Copy {
            article_id: id,
            source_name: name.into(),
            source_key: String::new(),
            at,
            credited: cr.map(Into::into),
        };
        let copies = [c(1, "石家庄新闻网", 100, Some("河北日报")), c(2, "河北日报", 200, Some("河北日报"))];
        assert_eq!(choose(&copies), Some(1));
        let uncredited = [c(1, "甲", 300, None), c(2, "乙", 200, None), c(3, "丙", 200, None)];
        assert_eq!(choose(&uncredited), Some(1), "earliest, then arrival");
    }
}
