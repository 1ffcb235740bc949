//! Who wrote it and who is credited: datelines (`本报讯（河北日报记者 四建磊
//! 吴韬）`, `新华社北京3月28日电（记者邹伟）`), byline lines (`本报记者 王乐文
//! 方  敏`, `作者：`, `文/图`), source labels (`来源：河北日报`) and names.
//!
//! Every pattern reads NFKC-normalised text, so full-width and half-width
//! punctuation (`（`/`(`, `：`/`:`) are both accepted.

use std::sync::LazyLock;

use regex::Regex;

/// What a dateline says.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dateline {
    /// The paper or agency credited: `新华社`, `河北日报` (from `本报讯（河北日报记者…）`), `北京商报`.
    pub outlet: Option<String>,
    /// Month and day of the dateline (`3月28日电`), when given.
    pub month_day: Option<(u32, u32)>,
    pub authors: Vec<String>,
}

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::re(
        r"(?x)^\s*(?:
            (?P<benbao>本报)(?:讯|(?P<bplace>\p{Han}{0,6}?)\s*(?P<bm>\d{1,2})\s*月\s*(?P<bd>\d{1,2})\s*日\s*(?:电|讯)|\s*(?:19|20)\d{2}\s*年\s*(?P<bm2>\d{1,2})\s*月\s*(?P<bd2>\d{1,2})\s*日\s*\p{Han}{0,4}?\s*(?:电|讯))
          | (?:(?P<pre>\p{Han}{2,10}?(?:客户端|网|报|台|社))(?P<sep>[、\-－])){0,3}(?P<agency>新华社|中新社|中新网|新华网|人民网|央视网|央广网|光明网|中国网|国际在线|路透社|路透|\p{Han}{2,8}?客户端|\p{Han}{2,8}?报|\p{Han}{2,6}?网|\p{Han}{2,4}?社|\p{Han}{2,6}?台|\p{Han}{2,4}?(?:娱乐|财经|科技|体育|汽车|新闻|在线))
            (?:·\p{Han}{2,10}?(?:客户端|网|报|台))?\s*
            (?P<place>\p{Han}{0,8}?)\s*(?:(?:19|20)\d{2}\s*年\s*)?(?:(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})|(?P<cm>[一二三四五六七八九十]{1,2})月(?P<cd>[一二三四五六七八九十]{1,3}))\s*日\s*(?:\d{1,2}\s*时(?:\s*\d{1,2}\s*分)?\s*)?(?:\p{Han}{0,3}?专电|电|讯|消息|报道|报导|综合报道|综合消息|\s+-\s)
          | (?P<named>\p{Han}{2,6}?)\s*(?P<nm>\d{1,2})\s*月\s*(?P<nd>\d{1,2})\s*日\s*(?:\d{1,2}\s*时(?:\s*\d{1,2}\s*分)?\s*)?讯
          | (?P<outlet>\p{Han}{2,10}?)讯\s*[(]
          | (?P<wire>新华社|中新社|\p{Han}{2,6}?(?:社|网|台))\p{Han}{0,4}?电\s*[(]
          | (?P<outlet3>\p{Han}{1,8}?(?:网|社|台|报|新闻|客户端))消息\s*[(:]
          | (?:\p{Han}{2,8}/)?(?P<outlet2>\p{Han}{2,8}?[^\s快简短资喜电通])讯(?:\s|北京时间|据|\d|[,，:：](?:\s*\d{1,2}\s*月|\s*北京时间|\s*据))
          | (?P<flash>\p{Han}{2,8}?(?:报|网|社|台|新闻|客户端))快讯\s
          | (?P<said>\p{Han}{2,8}?(?:报|网|社|台|新闻))(?:报道|消息)\s*[,:]
          | (?P<outlet4>\p{Han}{2,8}?(?:报|网))讯
          | 又讯\s*[(]
          | (?P<bare>\p{Han}{2,10}?(?:报|网|台|社|新闻|客户端))(?:·\p{Han}{2,8}?)?\s*[(]\s*(?:本报|首席|特约|见习|实习|全媒体|融媒体)?(?:记者|通讯员)
          | (?P<dm>\d{1,2})\s*月\s*(?P<dd>\d{1,2})\s*日\s*(?:消息|讯|电)\s*:?\s*[(]
        )",
    )
    .unwrap()
});

static PAREN: LazyLock<Regex> =
    LazyLock::new(|| crate::text::re(r"^[^()]{0,40}?[(]\s*(?P<body>[^()]{2,60}?)\s*[)]").unwrap());

static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::re(
        r"(?P<outlet>\p{Han}{2,10}?(?:日报|晚报|早报|都市报|商报|时报|报|网|社|台))?(?P<role>首席记者|特约记者|见习记者|实习记者|本报记者|记者|通讯员|实习生|培训生|特约撰稿人|特约撰稿|撰稿|特约评论员|本报评论员|评论员)\s*",
    )
    .unwrap()
});

/// The labels that name a piece's writer when a separator and the names
/// follow (`作者：X`, `撰文 | X`, `主笔丨X`): one list for every reader of
/// labelled credits ([`BYLINE_LINE`], [`token_credit`], the cut of a
/// feature's leading roles). Reporters' roles (`记者`, `通讯员`) are read
/// with their outlets by [`ROLE`].
pub const WRITER_LABELS: &[&str] = &[
    "作者", "原作者", "执笔人", "执笔", "撰文者", "撰文", "撰稿人", "撰稿", "撰写人", "投稿人", "寄思人", "供稿人", "文字", "采写", "整理",
    "编译", "编写", "译者", "文案", "文图", "图文", "文", "参与报道", "参与采写", "参与记者",
    // A translated piece's compiler: `翻译整理：X`, `编译整理：X`.
    "翻译整理", "编译整理",
    // An audio feature's 主笔 writes its script; a school page's 文稿 its text.
    "主笔", "文稿",
    // `供稿 | X`: a person who sent the piece in wrote it (`供稿：某学院` names no one).
    "供稿",
    // A policy explainer's 解读人 writes it.
    "解读人",
    // A forum's news-repost template (`2.記者署名: X`) names the reporter.
    "记者署名",
];

/// [`WRITER_LABELS`] as a regex alternation, longest first (so that `撰稿人`
/// is not read as `撰稿` and a name opening with `人`).
pub fn writer_labels_alternation() -> String {
    let mut v: Vec<&str> = WRITER_LABELS.to_vec();
    v.sort_by_key(|l| std::cmp::Reverse(l.chars().count()));
    v.join("|")
}

/// `X/文Y/制表`: the next credit glued to a name's mark; read as `X/文 Y/制表`.
static GLUED_MARK: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"/(?P<m>文|图|摄影|摄)(?P<n>\p{Han}{2,3}/)").unwrap());

/// `本报记者  庞某平文  桂某轩摄`: a photo story's credit, each name with its
/// mark glued on; read as the writer's credit alone. Only a three-character name
/// before `文` (`张某文` may be a whole name).
static GLUED_MARKS: LazyLock<Regex> =
    LazyLock::new(|| crate::text::re(r"(?P<w>(?:^|\s)\p{Han}{3})文\s+\p{Han}{2,3}(?:摄|图)\s*$").unwrap());

/// Not a picture's credit (`记者 X 摄`) under a photograph, nor a stub too
/// short to be a story's opening.
fn photo_credit(r: &str) -> bool {
    r.trim_end().ends_with(['摄', '影', '图']) || r.chars().count() < 20
}

/// The dateline forms read before the general [`DATELINE`] pattern, in
/// the order tried: the first that reads the line wins.
const SPECIAL_FORMS: &[fn(&str) -> Option<Dateline>] = &[
    filed_agency,
    comma_credit,
    agency_only,
    reported_on,
    outlet_credit,
    lead_credit,
    lead_glued,
    filed_from,
    reporter_learned,
    xun_name_reported,
    name_reported,
    short_xun,
    slash_reported,
    dated_names,
    latin_outlet,
];

/// `IT 之家 8 月 21 日消息，…`, `36氪5月3日讯`: an outlet whose name opens with
/// Latin letters or figures, then the day.
fn latin_outlet(n: &str) -> Option<Dateline> {
    static LATIN: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?P<o>[A-Za-z0-9]{1,10} ?\p{Han}{1,6}?)\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*(?:消息|讯|电)").unwrap()
    });
    let c = LATIN.captures(n)?;
    let day = (c["m"].parse().ok()?, c["d"].parse().ok()?);
    // (`2026年8月21日消息`: a year is no outlet.)
    (!c["o"].contains('年')).then(|| Dateline { outlet: Some(c["o"].to_owned()), month_day: Some(day), authors: Vec::new() })
}

/// `某华社北京12月16日（韩某、王某玲）16日闭幕的…`: an agency's dateline
/// that lost its `电`, the reporters' names in brackets after the day.
fn dated_names(n: &str) -> Option<Dateline> {
    static DATED_NAMES: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?P<o>\p{Han}{2,6}?(?:社|网|报|台))\p{Han}{2,5}?\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*[(]\s*(?:记者\s*)?(?P<n>\p{Han}{2,3}(?:\s*[、,\s]\s*\p{Han}{2,3}){0,3})\s*[)]").unwrap()
    });
    let c = DATED_NAMES.captures(n)?;
    let names = split_names(&c["n"]);
    let day = (c["m"].parse().ok()?, c["d"].parse().ok()?);
    (surnamed(&names) && names.iter().all(|x| is_name(x))).then(|| Dateline { outlet: Some(c["o"].to_owned()), month_day: Some(day), authors: names })
}

/// `（某央社记者X、Y台北12日电）`: the agency, its reporters, where they
/// filed from and the day, in brackets opening the story (the opening
/// bracket sometimes lost in a copy).
fn filed_agency(n: &str) -> Option<Dateline> {
    static AGENCY_FILED: LazyLock<Regex> = LazyLock::new(|| crate::text::re(&format!(r"^\s*[(]?\s*{AGENCY_FILED_CREDIT}")).unwrap());
    if let Some(d) = AGENCY_FILED.captures(n).and_then(|c| agency_filed(&c)) {
        return Some(d);
    }
    None
}

/// `某华网7月19日，记者X，Y，正在…`: the credit set off by commas.
fn comma_credit(n: &str) -> Option<Dateline> {
    static COMMA_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?P<o>\p{Han}{2,6}?(?:社|网|报|台))\p{Han}{0,6}?\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*,\s*(?:本报)?记者\s*(?P<n>\p{Han}{2,3}(?:\s*[,、]\s*\p{Han}{2,3}){0,3})\s*,").unwrap()
    });
    if let Some(c) = COMMA_CREDIT.captures(n) {
        let names: Vec<String> = c["n"].split([',', '、']).map(|x| x.trim().to_owned()).collect();
        if names.iter().all(|x| lone_name(x)) {
            return Some(Dateline { outlet: Some(c["o"].to_owned()), month_day: None, authors: names });
        }
    }
    None
}

/// `记者X／台北报导受近日…`, `某某报记者X、Y／南市报导台南市…`: the reporters,
/// a slash and where they filed from, run into the story.
fn slash_reported(n: &str) -> Option<Dateline> {
    static SLASHED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?P<o>\p{Han}{2,8}?)??(?:特派记者|特约记者|记者)\s*(?P<n>\p{Han}{2,4}(?:\s*[、,]\s*\p{Han}{2,4}){0,3})\s*[/╱]\s*\p{Han}{1,6}?(?:报导|报道)").unwrap()
    });
    let c = SLASHED.captures(n)?;
    let names = split_names(&c["n"]);
    let outlet = c.name("o").map(|o| o.as_str()).filter(|o| ["报", "网", "社", "台"].iter().any(|e| o.ends_with(e)));
    (surnamed(&names) && names.iter().all(|x| is_name(x))).then(|| Dateline { outlet: outlet.map(str::to_owned), month_day: None, authors: names })
}

/// `（某央社台北23日电）`, `（某央社华盛顿2日综合外电报导）`: the agency's
/// dateline in brackets, no reporter named.
fn agency_only(n: &str) -> Option<Dateline> {
    static AGENCY_ONLY: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*[(]\s*(?P<o>\p{Han}{2,6}?(?:社|网|报|台)|路透|法新|美联)\p{Han}{2,5}?\s*(?P<d>\d{1,2})\s*日\s*(?:专?电|(?:综合)?(?:外电)?(?:报导|报道))\s*[)]").unwrap()
    });
    if let Some(c) = AGENCY_ONLY.captures(n) {
        return Some(Dateline { outlet: Some(c["o"].to_owned()), month_day: None, authors: Vec::new() });
    }
    None
}

/// `某某网记者张三3月12日报道：…`: the outlet, its reporter, then the day.
fn reported_on(n: &str) -> Option<Dateline> {
    static REPORTED_ON: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?P<o>\p{Han}{2,8}?(?:网|报|社|台|新闻))(?:首席|特约|见习)?记者\s*(?P<n>\p{Han}{2,3}(?:[、\s]\p{Han}{2,3}){0,2})\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*(?:报道|报导|电|讯)").unwrap()
    });
    if let Some(c) = REPORTED_ON.captures(n) {
        let names = split_names(&c["n"]);
        if surnamed(&names) {
            return Some(Dateline {
                outlet: Some(c["o"].to_owned()),
                month_day: c["m"].parse().ok().zip(c["d"].parse().ok()),
                authors: names,
            });
        }
    }
    None
}

/// `某某客户端记者 X 通讯员 Y　近日，…`, `某某经济报道记者 X 深圳报道 …`: the
/// outlet glued to the role, the credit set off by spaces, then the story.
/// (`某济观察网 记者 X经过…`: a space may set the outlet off its role.)
fn outlet_credit(n: &str) -> Option<Dateline> {
    static OUTLET_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?P<o>[\p{Han}A-Za-z0-9·+]{1,14}?(?:报|网|社|台|端|闻|道|点|刊|云|视|心|线|\+))\s?(?P<rest>(?:首席|特约|见习|实习|全媒体|融媒)?(?:记者|通讯员)\s*\p{Han}.*)$").unwrap()
    });
    // `某某社记者 X 摄` is a picture's credit.
    // (`本报记者 X`: `本报` is no outlet's name.)
    if let Some(c) = OUTLET_CREDIT.captures(n).filter(|c| !c["rest"].trim_end().ends_with(['摄', '影', '图']) && !c["o"].ends_with("本报")) {
        let rest = join_padded(&REPORTED_PLACE.replace(&c["rest"], " "));
        // A paper's short name opening the line (`某报记者 X“…`), not a
        // sentence that names another paper's reporter, may have the name
        // glued to the story.
        let o = &c["o"];
        let short = o.chars().count() <= 6 && !o.contains(['的', '了', '在', '是', '和', '向', '对', '与']);
        if let Some(names) = spaced_credit(&rest, short) {
            return Some(Dateline { outlet: Some(c["o"].to_owned()), month_day: None, authors: names });
        }
    }
    None
}

/// `首席记者  X    “实在是…`: the credit alone opening the story, set off
/// by spaces (an e-paper's text run together into one paragraph).
fn lead_credit(n: &str) -> Option<Dateline> {
    static LEAD_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*[□■◎●▲◆◇★☆]?\s*(?P<rest>(?:本报)?(?:首席|特约|见习|实习)?(?:记者|通讯员)\s+\p{Han}{2,3}\s+.*)$").unwrap()
    });
    if let Some(c) = LEAD_CREDIT.captures(n).filter(|c| !photo_credit(&c["rest"])) {
        if let Some(names) = spaced_credit(&c["rest"], false) {
            return Some(Dateline { outlet: None, month_day: None, authors: names });
        }
    }
    None
}

/// `■本报记者 X据了解，…`, `本报记者X3月28日从…获悉`: the paper's own
/// reporter with the name glued to the story; `本报` or a bullet marks
/// the credit (a bare `记者X在…` may be the story's own sentence).
fn lead_glued(n: &str) -> Option<Dateline> {
    static LEAD_GLUED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?:[□■◎●▲◆◇★☆]\s*(?P<a>(?:本报)?(?:首席|特约|见习|实习)?记者.*)|(?P<b>本报(?:首席|特约|见习|实习)?记者.*))$").unwrap()
    });
    if let Some(c) = LEAD_GLUED.captures(n) {
        let credit = c.name("a").or(c.name("b")).unwrap().as_str();
        if !photo_credit(credit) {
            if let Some(names) = spaced_credit(credit, true) {
                return Some(Dateline { outlet: None, month_day: None, authors: names });
            }
        }
    }
    None
}

/// `记者张某济南报道由于…`: the reporter and where they filed from glued
/// to the story; the place is told from the name by the places known.
fn filed_from(n: &str) -> Option<Dateline> {
    static FILED_FROM: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"^\s*(?:本报)?记者\s*(?P<run>\p{Han}{4,6}?)(?:报道|报导)").unwrap());
    if let Some(c) = FILED_FROM.captures(n) {
        let run: Vec<char> = c["run"].chars().collect();
        let cut = [2, 3].into_iter().find(|&k| run.len() > k && is_place(&run[k..].iter().collect::<String>()));
        let cut = cut.or(match run.len() { 4 => Some(2), 5 => Some(3), _ => None });
        if let Some(k) = cut {
            let name: String = run[..k].iter().collect();
            if is_name(&name) && super::surnames::surname(&name).is_some() {
                return Some(Dateline { outlet: None, month_day: None, authors: vec![name] });
            }
        }
    }
    None
}

/// `记者王某燕近日从市住建局获悉，…`, `近日，记者X从…了解到`: a story that
/// opens with its own reporter learning the news. Without `本报` or a bullet
/// a bare `记者X` may be the story's sentence, so the name must be followed
/// by where the reporter learned it (`从…获悉/了解到/得知`), the form no
/// quoted person takes.
fn reporter_learned(n: &str) -> Option<Dateline> {
    static LEARNED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?:(?P<o>本报|\p{Han}{2,10}?)讯\s*)?(?:(?:近日|日前|近期|昨天|昨日|今天|今日|\d{1,2}\s*月\s*\d{1,2}\s*日(?:上午|下午|晚)?)\s*[,，]\s*)?(?:首席|特约|见习|实习)?记者\s*(?P<n>\p{Han}{2,3}?)\s*(?:近日|日前|近期|昨天|昨日|今天|今日|\d{1,2}\s*日|\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*从[^，。,；;]{2,30}?(?:获悉|了解到|得知)").unwrap()
    });
    let c = LEARNED.captures(n)?;
    let name = &c["n"];
    // (`某州日报讯 记者X从…`: the paper's dateline before it; `本报` names none.)
    let outlet = c.name("o").map(|o| o.as_str().to_owned()).filter(|o| o != "本报");
    (lone_name(name) && !NOT_NAMES.contains(&name) && super::surnames::surname(name).is_some())
        .then(|| Dateline { outlet, month_day: None, authors: vec![name.to_owned()] })
}

/// `本报讯（通讯员 X）近日，记者Y从…获悉，…`: the reporter learning the news
/// right after a dateline's bracketed credit, who wrote the story with the
/// names in the brackets. Returns Y.
pub fn learned_after_credit(line: &str) -> Option<Vec<String>> {
    let (v, back) = view(line);
    let close = v.find(')')?;
    if close > 80 || !v[..close].contains('讯') || !v[..close].contains('(') {
        return None;
    }
    let d = reporter_learned(&v[close + 1..])?;
    Some(d.authors.iter().map(|a| back.restore(a)).collect())
}

/// `某江网/某乡头条客户端讯李某平报道:为贯彻…`: the writer's name and
/// the filing mark glued to the dateline.
fn xun_name_reported(n: &str) -> Option<Dateline> {
    static XUN_NAME_REPORTED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r#"^\s*(?:\p{Han}{2,8}/)?(?P<o>\p{Han}{2,10}?)讯\s*(?P<n>\p{Han}{2,3})\s*(?:(?:报道|报导)\s*:|[“"])"#).unwrap()
    });
    if let Some(c) = XUN_NAME_REPORTED.captures(n) {
        let name = &c["n"];
        // `本网讯  农谚讲“惊蛰…”`: who is quoted, a verb of saying before the quote.
        let says = name.ends_with(['讲', '说', '称', '道', '曰', '问', '言', '云']);
        if lone_name(name) && !NOT_NAMES.contains(&name) && !says {
            return Some(Dateline { outlet: Some(c["o"].to_owned()), month_day: None, authors: vec![name.to_owned()] });
        }
    }
    None
}

/// `乐某智报道 “小陈，还能帮忙配药吗？”`: the writer's name and the
/// filing mark open the story.
fn name_reported(n: &str) -> Option<Dateline> {
    static NAME_REPORTED: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"^\s*(?P<n>\p{Han}{2,3})\s*(?:报道|报导)\s+\S").unwrap());
    if let Some(c) = NAME_REPORTED.captures(n) {
        let name = &c["n"];
        if lone_name(name) && !NOT_NAMES.contains(&name) {
            return Some(Dateline { outlet: None, month_day: None, authors: vec![name.to_owned()] });
        }
    }
    None
}

/// `南都讯 记者X 实习生Y …`: a two-character paper's name before 讯,
/// then its credit set off by spaces.
fn short_xun(n: &str) -> Option<Dateline> {
    static SHORT_XUN: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?P<o>\p{Han}{2})讯\s+(?P<rest>(?:本报)?(?:首席|特约|见习|实习)?(?:记者|通讯员|实习生).*)$").unwrap()
    });
    if let Some(c) = SHORT_XUN.captures(n).filter(|c| &c["o"] != "本报") {
        if let Some(names) = spaced_credit(&c["rest"], true) {
            return Some(Dateline { outlet: Some(c["o"].to_owned()), month_day: None, authors: names });
        }
    }
    None
}

/// Parses a line that opens with a news dateline.
fn dateline_simplified(line: &str) -> Option<Dateline> {
    // `"某报9月23日讯（记者X）…"`: a paragraph stored inside a CSV field's
    // quotes opens with one; the dateline follows it.
    let line = line.strip_prefix('"').unwrap_or(line);
    // `某城晚报讯记者X、通讯员Y报道：`: the role glued to the dateline; read
    // with a space between, as `某城晚报讯 记者X…` (`本报北京12月31日讯新华社记者X、
    // 本报记者Y报道：`: a wire's reporter sharing the paper's story).
    static GLUED_ROLE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^(?P<d>\s*(?:(?:\p{Han}{2,10}?(?:报|网|社|台)|\p{Han}{2})讯|本报\p{Han}{0,6}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:讯|电)))(?P<r>(?:新华社|中新社)?(?:本报)?(?:首席|特约|见习|实习)?(?:记者|通讯员)|实习生)").unwrap()
    });
    // (`记者X、 本报记者Y`: a space after the list's mark parts nothing.)
    static LIST_SPACE: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"、\s+").unwrap());
    let listed = LIST_SPACE.replace_all(line, "、");
    let line = listed.as_ref();
    let spaced;
    let n = match GLUED_ROLE.captures(line) {
        Some(c) => {
            spaced = format!("{} {}{}", &c["d"], &c["r"], &line[c.get(0).unwrap().end()..]);
            spaced.as_str()
        }
        None => line, // already NFKC (see the public readers)
    };
    // `据某某社9月26日消息`: the story cites another outlet's report; that
    // is no dateline of the page's own.
    // But `据新华社电（记者X）`, a wire story a paper prints with its reporter's
    // credit, is that wire's dateline.
    static WIRE: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"^\s*据\s*(?P<d>\p{Han}{2,8}?(?:社|网|台)\p{Han}{0,8}?(?:\d{1,2}月\d{1,2}日)?电\s*[(].*)$").unwrap());
    if let Some(c) = WIRE.captures(n) {
        return dateline_simplified(&c["d"]);
    }
    if n.trim_start().starts_with('据') {
        return None;
    }
    if let Some(d) = SPECIAL_FORMS.iter().find_map(|form| form(n)) {
        return Some(d);
    }
    let c = DATELINE.captures(&n)?;
    let mut d = Dateline::default();
    let num = |k: &str| c.name(k).and_then(|m| m.as_str().parse::<u32>().ok());
    let cn = |k: &str| c.name(k).and_then(|m| crate::dates::cn_number(m.as_str()));
    d.month_day = num("m")
        .zip(num("d"))
        .or_else(|| num("bm").zip(num("bd")))
        .or_else(|| num("bm2").zip(num("bd2")))
        .or_else(|| num("dm").zip(num("dd")))
        .or_else(|| num("nm").zip(num("nd")))
        .or_else(|| cn("cm").zip(cn("cd")));
    if let Some(a) = c.name("agency") {
        // `某川新闻网-首屏新闻成都…讯`, `某龙网-新某庆客户端…讯`: the site before
        // its app or channel ran the story; `某济日报-某国经济网`: the site
        // after the paper that owns it. (In a list, `A、B、C…消息`, the last.)
        let site = |o: &str| ["网", "报", "社", "台"].iter().any(|e| o.ends_with(e));
        let a = match (c.name("pre"), c.name("sep")) {
            (Some(p), Some(sep)) if sep.as_str() != "、" && !site(a.as_str()) && site(p.as_str()) => p,
            _ => a,
        };
        d.outlet = Some(a.as_str().to_owned());
    } else if let Some(o) = c.name("outlet").or_else(|| c.name("named")).or_else(|| c.name("flash")).or_else(|| c.name("bare")).or_else(|| c.name("outlet2")).or_else(|| c.name("outlet3")).or_else(|| c.name("wire")).or_else(|| c.name("said")).or_else(|| c.name("outlet4")) {
        d.outlet = Some(tidy_outlet(o.as_str()));
    }
    let rest = &n[c.get(0).map(|m| m.start()).unwrap_or(0)..];
    // `本报讯（记者 张三）3月28日晚,…` / `本报讯 3月28日,…`: the day follows the credit.
    static LEAD_DAY: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"^[\s,，:：]*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日").unwrap());
    if d.month_day.is_none() {
        let after = match PAREN.captures(rest) {
            Some(p) => &rest[p.get(0).unwrap().end()..],
            None => &n[c.get(0).unwrap().end()..],
        };
        d.month_day = LEAD_DAY.captures(after).and_then(|m| Some((m["m"].parse().ok()?, m["d"].parse().ok()?)));
    }
    // `大江网讯 实习生吴小丽、记者喻小亮报道：…`: the credit without brackets.
    static UNBRACKETED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*,?\s*(?:新华社|中新社)?(?P<b>(?:实习生|记者|本报记者|通讯员|见习记者|首席记者|特约记者)[^,.:;()。]{2,30}?)(?:报道|报导)").unwrap()
    });
    if !PAREN.is_match(rest) {
        let after = &n[c.get(0).unwrap().end()..];
        if let Some(u) = UNBRACKETED.captures(after) {
            d.authors = dedup(credit(without_place(&u["b"])).1);
            return Some(d);
        }
        // `本报讯 记者张小明 通讯员李小红 3月28日，…`: roles and names set
        // off by spaces, then the story.
        // `本报讯/记者 X …`: a slash may set the credit off too.
        if let Some(names) = spaced_credit(after.trim_start().trim_start_matches(['/', '|']), true) {
            d.authors = names;
            return Some(d);
        }
    }
    // After `新浪财经讯 ` a bracket further on is the story's (`联邦快递(FDX)`).
    let paren = PAREN.captures(rest).filter(|_| (c.name("outlet2").is_none() && c.name("outlet4").is_none()) || n[c.get(0).unwrap().end()..].trim_start().starts_with('('));
    if let Some(p) = paren {
        let body = &p["body"];
        // `（周明、许兰）` after an agency dateline: names without a role.
        // Only right after the dateline: further on, a bracket holds a
        // nickname (`港星刘德华(华仔)和…`).
        let end = c.get(0).unwrap().end();
        let at_dateline = n[..end].ends_with('(') || n[end..].trim_start().starts_with('(');
        let bare_names = at_dateline && body.split(['、', ' ', ',']).filter(|t| !t.is_empty()).all(is_name);
        // `（文/小易）`, `（作者：X）`, `（图/文 X）`: a writer's label in the brackets.
        static LABELLED: LazyLock<Regex> =
            LazyLock::new(|| crate::text::re(r"^\s*(?:(?:图\s*/\s*文|文\s*/\s*图)\s*[/:]?|(?:文|作者|撰文)\s*[/:])\s*").unwrap());
        let body = match LABELLED.find(body) {
            Some(m) => &body[m.end()..],
            None => body,
        };
        let labelled = body.len() < p["body"].len();
        // `(健康频道 X)`, `(中新财经 X)`: the desk, then the writer.
        static DESK: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"^\s*\p{Han}{2,6}(?:频道|中心|新闻部|编辑部|财经|科技|体育|娱乐|汽车|教育|健康)\s+").unwrap());
        let (body, desk) = match DESK.find(body) {
            Some(m) if at_dateline && body[m.end()..].split(['、', ' ', ',']).filter(|t| !t.is_empty()).all(|t| is_name(t) && super::surnames::surname(t).is_some()) => (&body[m.end()..], true),
            _ => (body, false),
        };
        if ROLE.is_match(body) || c.name("benbao").is_some() || bare_names || labelled || desk {
            let (outlet, names) = credit(body);
            if d.outlet.is_none() {
                d.outlet = outlet;
            }
            d.authors = names;
        }
    }
    Some(d)
}

/// `某央社记者X、Y台北12日电）`: an agency's reporters, where they filed from
/// and the day, up to the closing bracket.
const AGENCY_FILED_CREDIT: &str = r"(?P<o>\p{Han}{2,8}?(?:社|网|报|台))(?:驻\p{Han}{1,3}?)?(?:特派|特约)?记者\s*(?P<n>\p{Han}{2,3}(?:[、,]\p{Han}{2,3}){0,3})(?P<place>\p{Han}{2,5})?\s*(?P<d>\d{1,2})\s*日\s*专?电\s*[)]";

/// The same credit in brackets anywhere in a line (after a caption).
static AGENCY_WITHIN: LazyLock<Regex> = LazyLock::new(|| crate::text::re(&format!(r"[(]\s*{AGENCY_FILED_CREDIT}")).unwrap());

fn agency_filed(c: &regex::Captures) -> Option<Dateline> {
    let names = split_names(&c["n"]);
    (surnamed(&names) && names.iter().all(|x| (2..=3).contains(&x.chars().count())))
        .then(|| Dateline { outlet: Some(c["o"].to_owned()), month_day: None, authors: names })
}

/// The outlet of a `X讯` dateline without what may be glued to it: the
/// newsflash's `快` (`某京报快讯`), a second `讯`, or the city the story was
/// filed from (`某商报安康讯`, `某网时刻衡阳讯`: a place of two or three
/// characters after the outlet's own ending).
fn tidy_outlet(o: &str) -> String {
    let o = o.strip_suffix('讯').unwrap_or(o);
    const ENDS: &[&str] = &["报", "网", "社", "台", "新闻", "客户端", "时刻"];
    let o = o.strip_suffix('快').filter(|r| ENDS.iter().any(|e| r.ends_with(e))).unwrap_or(o);
    // Not `某某日报海外版`, `某某报业集团`, `某某网科技`, `某某日报大洋网`: those are the outlet.
    const KEEP: &[&str] = &["版", "集团", "中心", "频道", "客户端", "网", "报", "社", "台", "端", "号", "刊", "业", "新闻"];
    let cs: Vec<(usize, char)> = o.char_indices().collect();
    for k in (2..cs.len()).rev() {
        let (at, _) = cs[k];
        let (head, rest) = o.split_at(at);
        let n = cs.len() - k;
        if (2..=3).contains(&n)
            && ENDS.iter().any(|e| head.ends_with(e))
            && rest.chars().all(crate::text::is_han)
            && !KEEP.iter().any(|e| rest.ends_with(e) || rest.starts_with(e))
            && !CHANNELS.contains(&rest)
        {
            return head.to_owned();
        }
    }
    o.to_owned()
}

/// A credit line read word by word, for the forms the patterns above do not
/// spell out: any separators (`:`, `/`, `|`, `︱`, `_`, `·`, brackets), roles
/// and marks in any order. Every word must be a role (`记者`, `作者`, `文`),
/// another credit's role (`摄影`, `编辑`: the names after it are dropped), a
/// filing mark (`报道`, `北京报道`), an outlet's name, or a name; one unknown
/// word and the line is no credit. A writer's role or a filing mark must be
/// there, and names without a role before them must open with a family name.
pub fn token_credit(line: &str) -> Option<Vec<String>> {
    const REPORTERS: &[&str] = &["记者", "本报记者", "首席记者", "特约记者", "见习记者", "实习记者", "通讯员", "本报通讯员", "特约通讯员", "实习生"];
    let writer = |t: &str| REPORTERS.contains(&t) || WRITER_LABELS.contains(&t);
    const OTHER: &[&str] = &[
        "图", "摄", "摄影", "摄像", "视频", "剪辑", "制图", "设计", "海报", "编辑", "责任编辑", "责编", "审核", "校对", "出品", "策划",
        "审核人", "审稿", "供稿单位", "信息来源", "来源", "解读机构", "发布日期", "发布时间", "单位", "核稿", "图片",
        "总策划", "统筹", "监制", "主编", "出镜", "配音", "制表", "播讲", "主播", "朗读", "播音", "制作",
        // A page's information line: `时间：… 来源：… 作者：` (the writer left empty).
        "时间", "日期", "发布", "发表时间", "点击", "浏览", "阅读", "字号", "点击数", "浏览次数", "阅读量",
    ];
    // `·` is no separator here: it joins a minority writer's names
    // (`艾力江·阿木拉`) and an outlet to its app (`某某晚报·某某壹点`); after a
    // role (`文·X`) it is split off below.
    static SPLIT: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"[\s:|/｜丨—_•、,;()\[\]【】〔〕□■◎●▲◆◇★☆○✎✍\-~]+").unwrap());
    // `记者X`, and with the outlet before the role: `某某新闻云记者X`, `TVBS记者`,
    // `香港01记者`; `摄影记者X` took the pictures.
    static GLUED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^(?P<o>[\p{Han}A-Za-z0-9+]{1,12}?)??(?P<r>本报记者|首席记者|特约记者|见习记者|实习记者|记者|本报通讯员|通讯员|实习生)(?P<n>\p{Han}{2,3})?$").unwrap()
    });
    const PHOTO_ROLES: &[&str] = &["摄影", "摄像", "视频", "图片"];
    const OUTLETS: &[&str] = &[
        "卫视", "电视台", "日报", "晚报", "报", "网", "社", "台", "新闻", "客户端", "周刊", "杂志", "云", "融媒体中心", "全媒体", "融媒体",
    ];
    let outlet_word = |t: &str| {
        // `某球网快讯`: the outlet's newsflash tag.
        let t = t.strip_suffix("快讯").or_else(|| t.strip_suffix("讯")).filter(|o| o.chars().count() >= 2).unwrap_or(t);
        // A portal's channel (`某浪科技`) names the outlet too.
        let channel = t.chars().count() >= 4 && CHANNELS.iter().any(|c| t.ends_with(c));
        channel || t.chars().count() >= 3
            && t.chars().any(crate::text::is_han)
            && t.chars().all(|c| c.is_alphanumeric() || c == '·' || c == '+')
            && OUTLETS.iter().any(|s| t.ends_with(s) || t.split('·').next().is_some_and(|head| head.ends_with(s)))
    };
    let (v, back) = view(line);
    // `邵 丹/文 顾 闻/摄`, `记者 冯 娟`: two-character names padded to line up
    // with three-character ones are joined first; a column's name in
    // 《》 after the outlet (`某讯新闻《某望》`) is left out.
    static COLUMN: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"《[^》]{1,12}》").unwrap());
    // `《某学·考研》杂志`: a magazine's title in 《》 is the outlet's name.
    static MAGAZINE: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"《(?P<t>[^》\s]{1,12})》(?P<k>杂志|周刊|月刊|半月刊|画报)").unwrap());
    let v = MAGAZINE.replace_all(&v, "$t$k");
    let v = join_padded(&GLUED_MARK.replace_all(&COLUMN.replace_all(&v, ""), "/$m $n"));
    // `编译：X审稿：Y`: the next label glued to a name.
    static GLUED_LABEL: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"(?P<n>\p{Han}{2,3})(?P<l>审稿|审核|责任编辑|责编|编辑|校对)\s*:").unwrap());
    let v = GLUED_LABEL
        .replace_all(&v, |c: &regex::Captures| match c["n"].ends_with("责任") || c["n"].ends_with("文字") || c["n"].ends_with("图片") {
            // `责任编辑：`, `文字编辑：` are one label.
            true => c[0].to_owned(),
            false => format!("{} {}:", &c["n"], &c["l"]),
        })
        .into_owned();
    // `X/文 Y/图`: marks after the names; Y took the pictures, X wrote.
    static MARK_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?P<n>\p{Han}{2,4})\s*/\s*(?P<m>文|图|摄影|摄|视频|制表|制图)(?:\s|$)").unwrap()
    });
    // `X / 摄影 Y 报导`: with spaces round the slash, a two-character role
    // opens the next credit instead.
    static ROLE_NEXT: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"/\s+(?:摄影|视频)\s").unwrap());
    let v = if ROLE_NEXT.is_match(&v) {
        v
    } else {
        MARK_AFTER
            .replace_all(&v, |c: &regex::Captures| match &c["m"] {
                "文" => format!("{} 报道 ", &c["n"]),
                _ => " ".to_owned(),
            })
            .into_owned()
    };
    let v = v.trim();
    if v.is_empty() || v.chars().count() > 40 {
        return None;
    }
    // `新华社记者 X 摄`: a picture's credit.
    if (v.ends_with('摄') || v.ends_with("摄影")) && !v.contains(['文', '撰']) {
        return None;
    }
    // `○X`, `□X`: the bullet a paper sets before a commentary's signature marks it.
    let (mut names, mut marked) = (Vec::new(), v.starts_with(['□', '■', '◎', '○']));
    // Some(true) after a writer's role, Some(false) after another role.
    let mut role: Option<bool> = None;
    // Where the names after the last writer's role begin: `记者 X 摄` took
    // the picture, so the mark after them takes them back.
    let mut run_start = 0;
    let words: Vec<&str> = SPLIT
        .split(v)
        .filter(|t| !t.is_empty())
        .flat_map(|t| match t.split_once('·') {
            // `文·X`: a role before the dot.
            Some((r, rest)) if writer(r) || OTHER.contains(&r) => vec![r, rest],
            _ => vec![t],
        })
        .filter(|t| !t.is_empty())
        .collect();
    // `某某新闻网 X`, `某某周刊 X Y`: the outlet, then its writers' names alone.
    if words.len() >= 2 && words.len() <= 4 && outlet_word(words[0]) && !writer(words[0]) {
        let rest = &words[1..];
        if rest.iter().all(|t| is_name(t) && !is_place(t) && super::surnames::surname(t).is_some() && t.chars().all(crate::text::is_han)) {
            return Some(rest.iter().map(|n| back.restore(n)).collect());
        }
    }
    for t in words {
        // A date or a time on the line (`2023-09-08`) is neither name nor credit.
        if t.chars().all(|c| c.is_ascii_digit() || "-./年月日:".contains(c)) {
            continue;
        }
        // `实习编译`, `见习记者`: a trainee's role is the role.
        let trainee = t.strip_prefix("实习").or_else(|| t.strip_prefix("见习")).is_some_and(writer);
        if writer(t) || trainee {
            (role, marked, run_start) = (Some(true), true, names.len());
        } else if OTHER.contains(&t) {
            if t == "摄" {
                names.truncate(run_start);
            }
            role = Some(false);
        } else if t.ends_with("报道") || t.ends_with("报导") {
            // `报道`, `北京报道`, `联合报道`: where or how it was filed;
            // `2月8日东莞报道`: and the day.
            static DAY: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"^\d{1,2}月\d{1,2}日").unwrap());
            let t = DAY.find(t).map_or(t, |m| &t[m.end()..]);
            let place = t.trim_end_matches("报道").trim_end_matches("报导");
            if place.chars().count() > 4 {
                return None;
            }
            marked = true;
        } else if let Some(c) = GLUED.captures(t).filter(|c| {
            // What stands before the role is an outlet (`告诉记者` is a sentence's words).
            c.name("o").is_none_or(|o| {
                // `某球时报驻台北特约记者`: the outlet and where its reporter is posted.
                let o = o.as_str().split_once('驻').map_or(o.as_str(), |(outlet, _)| outlet);
                o.chars().count() >= 2
                    && (OUTLETS.iter().any(|s| o.ends_with(s))
                        || o.chars().any(|c| c.is_ascii_alphanumeric() || c == '+')
                        || PHOTO_ROLES.iter().any(|p| o.ends_with(p)))
            })
        }) {
            let photo = c.name("o").is_some_and(|o| PHOTO_ROLES.iter().any(|p| o.as_str().ends_with(p)));
            if photo {
                role = Some(false);
            } else {
                // `记者手记` is a heading: a glued name opens with a family name.
                run_start = names.len();
                match c.name("n").map(|n| n.as_str()) {
                    Some(n) if super::surnames::surname(n).is_none() || NOT_NAMES.contains(&n) || SELF_MEDIA.contains(&n) => return None,
                    Some(n) => names.push(n.to_owned()),
                    None => {}
                }
                (role, marked) = (Some(true), true);
            }
        } else if ["实习生", "通讯员", "记者"].iter().filter_map(|r| t.strip_suffix(r)).any(|o| {
            // `某治周末实习生 X`, `某治周末记者 X`: an outlet named without
            // the ending that marks one (`周末`, `视点`) before the role;
            // never a sentence's words (`告诉记者`, `对实习生`).
            const VERBS: &[char] = &['对', '向', '给', '让', '和', '与', '的', '据', '问', '了', '被', '请', '跟', '诉', '是', '位', '名', '批', '受', '访', '见', '称', '当', '为', '女', '男', '老', '小', '等', '些', '们', '这', '那', '各', '多'];
            (2..=8).contains(&o.chars().count()) && o.chars().all(crate::text::is_han) && !o.ends_with(VERBS)
        }) {
            (role, marked, run_start) = (Some(true), true, names.len());
        } else if t.ends_with("记者") && t.chars().count() <= 6 {
            // `南都记者`: a role after an outlet too short to tell from a
            // sentence's words; neither a name nor, alone, a credit.
        } else if outlet_word(t) || SHORT_OUTLETS.contains(&t) || (is_office(&fast2s::convert(t)) && t.chars().count() >= 3) {
            // The outlet the reporters work for.
        } else if is_name(t) && !is_place(t) && (role == Some(true) || super::surnames::surname(t).is_some()) {
            if role != Some(false) {
                names.push(t.to_owned());
            }
        } else if let Some(n) = (role == Some(true)).then(|| outlet_glued_name(t)).flatten() {
            // `譯者：中央社X`: the writer's agency glued before the name.
            names.push(n);
        } else if role == Some(true) && (2..=20).contains(&t.len()) && t.chars().all(|c| c.is_ascii_alphanumeric()) {
            // `文_ btr`: a handle after the writer's role; a CMS's own account
            // (`作者：admin`) names nobody.
            const ACCOUNTS: &[&str] = &["admin", "administrator", "root", "system", "sysadmin", "editor", "user", "guest", "webmaster", "test", "manager"];
            if ACCOUNTS.contains(&t.to_ascii_lowercase().as_str()) {
                return None;
            }
            names.push(t.to_owned());
        } else {
            return None;
        }
    }
    (marked && !names.is_empty()).then(|| dedup(names).iter().map(|n| back.restore(n)).collect())
}

/// `中央社X`: an outlet's name (three characters or more, ending like one)
/// with a writer's two- or three-character name glued after it.
fn outlet_glued_name(t: &str) -> Option<String> {
    const ENDS: &[&str] = &["社", "报", "网", "台", "电视台", "日报", "晚报"];
    let chars: Vec<char> = t.chars().collect();
    [3, 2].into_iter().find_map(|k| {
        if chars.len() < k + 3 || !chars.iter().all(|&c| crate::text::is_han(c)) {
            return None;
        }
        let (o, n): (String, String) = (chars[..chars.len() - k].iter().collect(), chars[chars.len() - k..].iter().collect());
        let outlet = ENDS.iter().any(|e| o.ends_with(e)) && o.chars().count() <= 8;
        // (`某某日报社区版`: an edition, not 区某.)
        let edition = n.ends_with(['版', '刊', '端', '号', '讯', '频', '道']);
        (outlet && !edition && is_name(&n) && !is_place(&n) && super::surnames::surname(&n).is_some_and(|(len, _)| len < k)).then_some(n)
    })
}

/// Joins two-character names padded with a space to line up with
/// three-character ones (`冯 娟` → `冯娟`, `邵 丹/文` → `邵丹/文`): two words of
/// one Han character each, neither a role mark (`文`, `图`, `摄`).
pub fn join_padded(v: &str) -> String {
    let single = |t: &str| {
        let t = t.trim_matches(|c: char| !c.is_alphanumeric());
        let mut cs = t.chars();
        matches!((cs.next(), cs.next()), (Some(c), None) if crate::text::is_han(c)) && !["文", "图", "摄", "报", "讯"].contains(&t)
    };
    // The second word may carry a mark after a slash (`丹/文`).
    fn head(t: &str) -> &str {
        t.split_once('/').map_or(t, |(h, _)| h)
    }
    // The first may carry a label before it (`通讯员：黎`, `文/吴`).
    fn tail(t: &str) -> &str {
        t.rsplit_once(['：', ':', '/', '／', '】', '］', ']', '(', '（', '[', '【']).map_or(t, |(_, r)| r)
    }
    let words: Vec<&str> = v.split([' ', '\u{3000}']).collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        // `张 建 华`: exactly three single characters are one name set out
        // letter by letter (as in [`split_names`]).
        let lone = |k: usize| words.get(k).is_some_and(|x| single(x));
        if single(tail(w)) && lone(i + 1) && lone(i + 2) && !lone(i + 3) && (i == 0 || !lone(i - 1)) && tail(w) == w {
            out.push(format!("{w}{}{}", words[i + 1], words[i + 2]));
            i += 3;
            continue;
        }
        if single(tail(w)) && !tail(w).is_empty() && i + 1 < words.len() && single(head(words[i + 1])) {
            out.push(format!("{w}{}", words[i + 1]));
            i += 2;
            continue;
        }
        out.push(w.to_owned());
        i += 1;
    }
    out.join(" ")
}

/// `本文为X授权某某网《某栏目》发布`, `本文系X授权某某网独家发布`: a column
/// licensed to the site that prints it. Returns the writer (none when the
/// licensor is an outlet, `本文为某某网授权…`) and the outlet credited: the
/// licensor when it is an outlet, else the site it licensed.
pub fn licensed(line: &str) -> Option<(Vec<String>, String)> {
    static LICENSED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"本文(?:为|系|由)\s*(?P<n>[^\s,，。;；《》]{2,16}?)\s*(?:独家)?授权\s*(?P<o>[\p{Han}A-Za-z]{2,12}?)\s*(?:《[^》]{1,12}》)?\s*(?:专栏|栏目|频道)?\s*(?:独家)?(?:发布|首发|刊发|转载|发表)").unwrap()
    });
    let (v, back) = view(line);
    let c = LICENSED.captures(&v)?;
    let (n, o) = (c["n"].to_owned(), c["o"].to_owned());
    let outletish = |t: &str| ["报", "网", "社", "台", "刊", "杂志", "财经", "新闻", "在线", "传媒", "公众号"].iter().any(|s| t.ends_with(s));
    if outletish(&n) {
        return Some((Vec::new(), back.restore(&n)));
    }
    let writer = is_name(&n) || (n.len() <= 20 && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'));
    writer.then(|| (vec![back.restore(&n)], back.restore(&o)))
}

/// The credit that follows a dateline without brackets, word by word:
/// roles (`记者`, `通讯员`, glued to a name or not) and the names after
/// them, up to the first word that is neither, which must be there (the
/// story goes on after the credit). Names must open with a family name.
/// With `glued_ok` the last name may be glued to the story (`记者X近日，…`):
/// only right after a dateline's mark or a `本报`/bulleted credit, where no
/// sentence of the story stands; after a word that merely ends like an
/// outlet (`…跑两会的某青年报记者X，则用…`) it is the story's own sentence.
/// `深圳报道`, `北京报道`: where a credit says the report was filed from.
static REPORTED_PLACE: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"\s\p{Han}{2,4}报道\s").unwrap());

fn spaced_credit(after: &str, glued_ok: bool) -> Option<Vec<String>> {
    static ROLE_WORD: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^(?:本报)?(?:首席记者|特约记者|见习记者|实习记者|记者|通讯员|实习生|培训生)(?P<n>\p{Han}{2,3})?(?P<end>报道|报导)?$").unwrap()
    });
    // `特约记者X北京报道`: the name, where the report was filed from, the mark.
    // (`实习生X Y北京报道2017年，…`: two names run together, the story glued after.)
    static ROLE_PLACE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^(?:本报)?(?:首席记者|特约记者|见习记者|实习记者|记者|通讯员|实习生)(?P<run>\p{Han}{4,6}|\p{Han}{6,9}?)(?:报道|报导)").unwrap()
    });
    let filed = |run: &str| -> Option<Vec<String>> {
        let names = &run[..trailing_place(run)?];
        if lone_name(names) {
            return Some(vec![names.to_owned()]);
        }
        super::surnames::split_run(names).filter(|v| v.len() == 2 && v.iter().all(|n| lone_name(n)))
    };
    let mut names = Vec::new();
    let mut roles = 0;
    let mut rest = false;
    let mut last_bare_role = false;
    // `□ 本报记者 X　□ 本报通讯员 Y`: a bullet before each credit.
    for w in after.split(|c: char| c.is_whitespace() || "、□■◎●▲◆◇★☆".contains(c)).filter(|w| !w.is_empty()) {
        if let Some(c) = ROLE_WORD.captures(w) {
            roles += 1;
            if let Some(n) = c.name("n") {
                names.push(n.as_str().to_owned());
            }
            last_bare_role = c.name("n").is_none();
            // `实习记者X报道 据…`: the credit ends with its filing mark.
            if c.name("end").is_some() {
                rest = true;
                break;
            }
        } else if let Some(n) = ROLE_PLACE.captures(w).and_then(|c| filed(&c["run"])) {
            roles += 1;
            names.extend(n);
            rest = true;
            break;
        } else if w.chars().count() <= 3
            && is_name(w)
            && (super::surnames::surname(w).is_some() || (last_bare_role && super::surnames::rare(w) && !is_place(w)))
            && (roles > 0 || names.len() < 2)
        {
            // (`记者 台某超 通讯员 …`: a rarer family name where the role and a
            // space on either side mark the word as a name.)
            // `本报讯 X 实习生 Y …`: the staff reporter before the first role
            // counts once a role follows.
            names.push(w.to_owned());
            last_bare_role = false;
        } else if !names.is_empty() && (w.starts_with('摄') || w == "图") {
            // `记者　X　摄 某闻网讯…`: a picture's credit before the story.
            return None;
        } else {
            // `记者X3月28日从…获悉`, `见习记者X近日，…`: the last name glued
            // to the story (or set off like `X 月据…`, a padded two-character
            // name), told apart by how the story opens.
            let tail = &after[w.as_ptr() as usize - after.as_ptr() as usize..];
            let glued = match ROLE_HEAD.find(tail).filter(|_| glued_ok) {
                Some(r) => glued_name(&tail[r.end()..]).map(|n| (n, 1)),
                None if last_bare_role && glued_ok => glued_name(tail).map(|n| (n, 0)),
                // `记者 张某 郭某 范某4月1日，…`: after a name set off by spaces, the
                // next one glued to the story only where the story opens surely.
                None if glued_ok && roles > 0 && !names.is_empty() => {
                    // (`赵某 成立19年、…`: a figure that is no day opens no story.)
                    glued_name(tail).filter(|n| story_opening(&tail[n.len()..]) >= 2 && !counted_years(&tail[n.len()..])).map(|n| (n, 0))
                }
                None => None,
            };
            if let Some((n, r)) = glued {
                names.push(n);
                roles += r;
            }
            rest = true;
            break;
        }
    }
    let named = !names.is_empty() && names.iter().all(|n| super::surnames::surname(n).is_some() || super::surnames::rare(n));
    (rest && roles > 0 && named).then(|| dedup(names))
}

/// `记者张某北京`: a credit whose last name has the place the report was
/// filed from glued to it (`…北京报道`); the credit without the place.
fn without_place(b: &str) -> &str {
    let b = b.trim_end();
    trailing_place(b).map_or(b, |at| &b[..at])
}

/// Where a known place (`北京`, `黑龙江`) ends a run of Han characters right
/// after a two- or three-character name that opens with a family name
/// (`张某北京`, `记者张某某黑龙江`): the place's byte offset.
fn trailing_place(b: &str) -> Option<usize> {
    let chars: Vec<(usize, char)> = b.char_indices().collect();
    [2, 3].into_iter().find_map(|k| {
        if chars.len() < k + 2 || !chars[chars.len() - k..].iter().all(|&(_, c)| crate::text::is_han(c)) {
            return None;
        }
        let at = chars[chars.len() - k].0;
        let named = (2..=3).filter(|&n| chars.len() >= k + n).any(|n| super::surnames::surname(&b[chars[chars.len() - k - n].0..at]).is_some());
        (PLACES.contains(&&b[at..]) && named).then_some(at)
    })
}

/// A role opening a credit, before the name glued to it.
static ROLE_HEAD: LazyLock<Regex> =
    LazyLock::new(|| crate::text::re(r"^(?:本报)?(?:首席记者|特约记者|见习记者|实习记者|记者|通讯员|实习生)").unwrap());

/// How a story's first sentence opens right after its credit: a day or a
/// time (`近日`, `昨日`, `3月28日`), a source (`据了解`), a place the report
/// was filed from (`北京报道`) or the story's first words. A longer opening
/// is the surer sign; a one-character one (`在`, `据`) may be a given name's
/// last character.
const OPENINGS: &[&str] = &[
    "近日", "日前", "昨日", "昨天", "今天", "今日", "前日", "前天", "当天", "当日", "近期", "目前", "今年", "去年",
    "本月", "上月", "本周", "上周", "连日来", "近年来", "近年", "近来", "此前", "早前", "年初", "年底", "月初", "月底",
    "凌晨", "上午", "下午", "晚上", "中午", "清晨", "傍晚", "深夜", "星期", "周一", "周二", "周三", "周四", "周五",
    "周六", "周日", "正在", "随着", "针对", "围绕", "通过", "作为", "经过", "截至", "记者", "笔者", "这是", "报道",
    "报导", "据悉", "据了解", "据统计", "日内", "或许", "也许", "如今", "当前", "眼下", "最近", "自从", "由于",
    "因为", "虽然", "尽管", "如果", "对于", "关于", "为了", "除了", "根据", "按照", "面对", "伴随", "走进", "来到",
    "提起", "说起", "回顾", "一直", "有人", "很多", "许多", "不少", "每年", "每天", "每当", "当年", "当时", "今晨",
    "昨晚", "今晚", "此次", "本次", "发自", "从", "在", "据", "于", "近", "昨", "今", "将", "随",
];

/// How surely `rest` reads as a story's first words: 3 for a day, a
/// figure, punctuation or a known place; 2 for an opening word of two
/// characters or more (`近日`, `据了解`); 1 for a one-character one (`在`,
/// `据`), which may also end a given name; 0 otherwise.
fn story_opening(rest: &str) -> usize {
    let rest = rest.trim_start();
    if rest.starts_with(|c: char| c.is_ascii_digit() || "，,。:：、“\"".contains(c)) || is_place(rest) {
        return 3;
    }
    OPENINGS.iter().filter(|o| rest.starts_with(*o)).map(|o| o.chars().count().min(2)).max().unwrap_or(0)
}

/// `19年、…`, `10周年`: a count of years or times, not the day a story opens with.
fn counted_years(rest: &str) -> bool {
    static COUNT: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"^\s*\d{1,3}\s*(?:周年|年|次|个|名|家|位|岁)").unwrap());
    COUNT.is_match(rest)
}

/// `何某海 在美食平台…`, `米某  任某澄  熊某 3月10日下午，…`: the writers' names
/// opening the story's first paragraph, set off from it by a space (a
/// byline line a crawl ran into the text). The story must open surely after
/// them (a day, `近日`, or a one-character opening after a common family name).
pub fn names_then_story(line: &str) -> Option<Vec<String>> {
    static LEAD: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?P<n>\p{Han}{2,3}(?:[ \u{3000}]+\p{Han}{2,3}){0,2})[ \u{3000}]+(?P<rest>\S.*)$").unwrap()
    });
    let (v, back) = view(line);
    let c = LEAD.captures(&v)?;
    let names: Vec<String> = c["n"].split([' ', '\u{3000}']).filter(|w| !w.is_empty()).map(str::to_owned).collect();
    let people = names.iter().all(|n| lone_name(n) && !is_place(n) && super::surnames::surname(n).is_some());
    let last = names.last()?;
    let common = super::surnames::surname(last).is_some_and(|(_, rank)| rank < 150);
    let score = story_opening(&c["rest"]);
    (people && (score >= 2 || (score == 1 && common))).then(|| names.iter().map(|n| back.restore(n)).collect())
}

/// The name glued to the story after a credit's role (`胡某近日，…`,
/// `王某某3月28日从…`, `矫 月据了解…`): two or three characters (four with a
/// compound family name) opening with a family name, cut where the story's
/// opening reads surest. `None` when no cut reads as a name or two cuts read
/// equally well.
fn glued_name(run: &str) -> Option<String> {
    let run = run.trim_start();
    let opening = story_opening;
    let ok = |n: &str| is_name(n) && !is_place(n) && super::surnames::surname(n).is_some_and(|(s, _)| s < n.chars().count());
    // A one-character opening is trusted only after a common family name
    // (`和同事在…` is no name).
    let common = |n: &str| super::surnames::surname(n).is_some_and(|(_, rank)| rank < 150);
    // `矫 月据…`: a two-character name padded to three.
    static PADDED: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"^(\p{Han})[ \u{3000}]{1,3}(\p{Han})(?P<rest>\S.*)$").unwrap());
    if let Some(c) = PADDED.captures(run) {
        let n = format!("{}{}", &c[1], &c[2]);
        let score = opening(&c["rest"]);
        return (ok(&n) && (score > 1 || (score == 1 && common(&n)))).then_some(n);
    }
    let chars: Vec<(usize, char)> = run.char_indices().take(5).collect();
    let mut best: Option<(usize, String)> = None;
    let mut tie = false;
    for k in 2..=4 {
        if chars.len() < k || !chars[..k].iter().all(|&(_, c)| crate::text::is_han(c)) {
            break;
        }
        let end = chars.get(k).map_or(run.len(), |&(i, _)| i);
        let (n, rest) = run.split_at(end);
        if !ok(n) || (k == 4 && super::surnames::surname(n).map(|s| s.0) != Some(2)) {
            continue;
        }
        let score = opening(rest);
        if score == 0 || (score == 1 && !common(n)) {
            continue;
        }
        match &best {
            Some((b, _)) if *b > score => {}
            Some((b, _)) if *b == score => tie = true,
            _ => {
                best = Some((score, n.to_owned()));
                tie = false;
            }
        }
    }
    best.filter(|_| !tie).map(|(_, n)| n)
}

/// `河北日报记者 四建磊 吴韬 通讯员 李四` → (`河北日报`, names of reporters and correspondents).
/// `通讯员孔某扬子晚报记者毕某`: two credits run together, the second role's
/// paper glued to the first role's name; a space is put between them
/// (`通讯员孔某 扬子晚报记者毕某`). The paper keeps four characters or more, so
/// that `楚天都市报` is never cut into a name and a paper.
fn part_glued_credits(s: &str) -> std::borrow::Cow<'_, str> {
    static GLUED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?P<r>记者|通讯员|实习生)\s*(?P<n>\p{Han}{2})(?P<o>\p{Han}{2,8}(?:日报|晚报|早报|都市报|商报|时报|报|网|社|台))(?P<r2>(?:本报)?(?:首席|特约|见习|实习)?(?:记者|通讯员))").unwrap()
    });
    if !GLUED.is_match(s) {
        return std::borrow::Cow::Borrowed(s);
    }
    GLUED.replace_all(s, |c: &regex::Captures| {
        let (n, o) = (&c["n"], &c["o"]);
        if o.chars().count() >= 4 && is_name(n) && super::surnames::surname(n).is_some() {
            format!("{}{} {}{}", &c["r"], n, o, &c["r2"])
        } else {
            c[0].to_owned()
        }
    })
}

fn credit(body: &str) -> (Option<String>, Vec<String>) {
    let parted = part_glued_credits(body);
    let body = parted.as_ref();
    // `记者 X Y 珠海报道`: where the report was filed from closes the credit;
    // a word with no family name (or a known place) is a place, not a name.
    static FILED: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"\s+(?P<p>\p{Han}{2,3}?)(?:报道|报导)\s*$").unwrap());
    let body = match FILED.captures(body) {
        Some(c) if is_place(&c["p"]) || super::surnames::surname(&c["p"]).is_none() => &body[..c.get(0).unwrap().start()],
        _ => body,
    };
    // `记者X文/图`, `记者X文/摄`: the writer's mark glued to the name; the name keeps at
    // least two characters (`记者张文/图` is 张文's picture credit).
    static GLUED_BOTH: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"(?P<n>\p{Han}{2,3})(?:文\s*/\s*(?:图|摄)|图\s*/\s*文|文图|图文)\s*[)]?\s*$").unwrap());
    let stripped;
    let body = match GLUED_BOTH.captures(body) {
        Some(c) if ROLE.is_match(&body[..c.get(0).unwrap().start()]) => {
            stripped = format!("{}{}", &body[..c.get(0).unwrap().start()], &c["n"]);
            stripped.as_str()
        }
        _ => body,
    };
    // `文/视频 全媒体记者 X 实习生 Y`: the roles that follow wrote the words
    // and shot the video (or took the pictures).
    static BOTH_LEAD: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"^\s*(?:文|文字)\s*/\s*(?:视频|图|图片|摄影)\s+").unwrap());
    let body = BOTH_LEAD.find(body).map_or(body, |m| &body[m.end()..]);
    // `记者彭小晗侯婷摄影吕军`: who took the pictures is no author.
    static PHOTO: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"(?:摄影记者|摄影|摄像|图片|视频|剪辑|制图)\s*[:/]?\s*\p{Han}|图\s*[:/]\s*\p{Han}").unwrap());
    let body = match PHOTO.find(body) {
        Some(m) if m.start() > 0 => &body[..m.start()],
        // `摄影记者 X 实习生 Y`: the photographer's credit first; a writer's
        // role may follow it.
        Some(m) if !m.as_str().starts_with("视频") => match ROLE.find_at(body, m.end()) {
            // The role follows the photographer's name, not their outlet.
            Some(r) if body[m.end()..r.start()].contains(char::is_whitespace) => &body[r.start()..],
            _ => "",
        },
        Some(_) => body,
        None => body,
    };

    let mut outlet = None;
    let mut names = Vec::new();
    let mut last = 0;
    let mut segments: Vec<&str> = Vec::new();
    for m in ROLE.captures_iter(body) {
        let whole = m.get(0).unwrap();
        let mut before = &body[last..whole.start()];
        // `半月谈记者 X`: a word glued to the role that is no name (it opens
        // with no family name) is the outlet.
        // Before the first role even a word that opens like a name (`南都记者
        // X`) is an outlet's short name; after another role (`通讯员张三记者
        // 李四`) it is the previous role's name.
        if m.name("outlet").is_none() && !before.ends_with(char::is_whitespace) {
            let word_at = before.rfind(|c: char| !crate::text::is_han(c)).map_or(0, |i| i + before[i..].chars().next().unwrap().len_utf8());
            let word = &before[word_at..];
            let first_role = last == 0;
            if word.chars().count() >= 2 && (first_role || super::surnames::surname(word).is_none()) {
                // `特派记者`, `全媒体记者`, `驻站记者`: what kind of reporter, not whose.
                const KINDS: &[&str] = &["特派", "全媒体", "融媒体", "融媒", "驻站", "驻地", "专职", "资深", "高级", "主任", "摄影"];
                if outlet.is_none() && word.chars().count() <= 10 && !KINDS.iter().any(|k| word.ends_with(k)) {
                    outlet = Some(word.to_owned());
                }
                before = &before[..word_at];
            }
        }
        segments.push(before);
        if outlet.is_none() {
            outlet = m.name("outlet").map(|o| o.as_str().to_owned());
        }
        last = whole.end();
    }
    segments.push(&body[last..]);
    // `记者 李某婷/文 通讯员 史贝贝/图`: the name marked `/图` took the pictures.
    static MARKED: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"^\s*(?P<n>\p{Han}{2,4})\s*/\s*(?P<m>图|摄|摄影|文|制表|制图)\s*$").unwrap());
    for s in segments {
        match MARKED.captures(s) {
            Some(c) if &c["m"] != "文" => {}
            Some(c) => names.extend(split_names(&c["n"])),
            None => names.extend(marked_run(s).unwrap_or_else(|| split_names(s))),
        }
    }
    (outlet, part_pairs(names))
}

/// `（记者闵某刘某）`: after a role, two two-character names run together;
/// four characters are one name only with a two-character family name.
pub fn part_pairs(names: Vec<String>) -> Vec<String> {
    names
        .into_iter()
        .flat_map(|t| {
            let halves: (String, String) = (t.chars().take(2).collect(), t.chars().skip(2).collect());
            let single = |h: &str| super::surnames::surname(h).is_some_and(|(len, _)| len == 1) && !is_place(h) && is_name(h);
            if t.chars().count() == 4 && t.chars().all(crate::text::is_han) && single(&halves.0) && single(&halves.1) {
                vec![halves.0, halves.1]
            } else {
                vec![t]
            }
        })
        .collect()
}

/// A word marking what a credited name made: `张三/文`, `李四/图`, a bare `文`.
static NAME_MARK: LazyLock<Regex> =
    LazyLock::new(|| crate::text::re(r"^(?P<n>\p{Han}{2,4})?/?(?P<m>(?:文|图|摄|摄影|摄像|视频|文图|图文|制表|制图)(?:[、,](?:文|图|摄|摄影|摄像|视频|制表|制图))*)$").unwrap());

/// `张三 文 李四 图`, `张三/文 李四/图`: names each followed by what they
/// made; only the writers' names are kept. `None` when no name is marked.
fn marked_run(s: &str) -> Option<Vec<String>> {
    let tokens: Vec<&str> = s.split_whitespace().collect();
    // A bare `文` after a single character is half of a padded name (`王 文`).
    let marker = |i: usize| {
        let t = tokens[i];
        NAME_MARK.captures(t).filter(|c| t.contains('/') || (c.name("n").is_none() && i > 0 && tokens[i - 1].chars().count() >= 2))
    };
    if !(0..tokens.len()).any(|i| marker(i).is_some()) {
        return None;
    }
    let (mut names, mut pending) = (Vec::new(), Vec::new());
    for (i, &t) in tokens.iter().enumerate() {
        match marker(i) {
            Some(c) => {
                pending.extend(c.name("n").map(|n| n.as_str().to_owned()));
                // (`Y/摄影、摄像`: several marks, none the writer's.)
                if c["m"].split(['、', ',']).any(|m| matches!(m, "文" | "文图" | "图文")) {
                    names.append(&mut pending);
                } else {
                    pending.clear();
                }
            }
            None => pending.push(t.to_owned()),
        }
    }
    names.extend(pending);
    Some(names.iter().flat_map(|n| split_names(n)).collect())
}

/// Provinces, the largest cities and national bodies: what opens a place or
/// an institution's name, so that `广州 2015-06-26` names no person.
pub const PLACES: &[&str] = &[
    "中国", "中央", "国家", "国务院", "全国", "首都", "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林",
    "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州",
    "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门", "武汉", "南京",
    "西安", "深圳", "广州", "杭州", "厦门", "成都", "长沙", "郑州", "济南", "青岛", "大连", "沈阳", "长春", "哈尔滨",
    "石家庄", "太原", "合肥", "福州", "南昌", "昆明", "贵阳", "南宁", "兰州", "银川", "西宁", "拉萨", "海口", "苏州",
    "宁波", "无锡", "东莞", "佛山", "台北", "高雄", "台中",
];

pub fn is_place(t: &str) -> bool {
    PLACES.iter().any(|p| t.starts_with(p))
}

/// The channels a portal names as the outlet (`某讯娱乐`, `某浪科技`).
pub const CHANNELS: &[&str] = &["娱乐", "科技", "财经", "体育", "汽车", "时尚", "文化", "军事", "教育", "健康"];

/// Outlets known by a short name with no 报, 网 or 社 (`文｜财新 X`).
const SHORT_OUTLETS: &[&str] = &["财新", "澎湃", "界面", "封面", "上游", "极目", "红星", "九派", "每经", "中青", "南都", "新京", "潮新闻"];

/// Words that sit in bylines but are not names.
/// Self-media platforms (`作者：头条号 / X`): no writers, and no outlet of
/// the copy they carry.
pub const SELF_MEDIA: &[&str] = &["头条号", "百家号", "企鹅号", "大鱼号", "搜狐号", "网易号", "一点号", "澎湃号"];

const NOT_NAMES: &[&str] = &[
    "本报", "记者", "通讯员", "实习生", "培训生", "整合", "综合", "报道", "摄影", "摄", "文图", "图文", "编辑", "责任编辑",
    "来源", "作者", "撰文", "制图", "见习记者", "首席记者", "特约记者", "本报记者", "视频", "统筹", "编译", "校对",
    "联合报道", "发自", "供图", "文字", "实习记者", "特派记者", "特派员", "驻站记者", "摄影记者", "报导", "见习编辑", "实习编辑",
    "网络", "网络整理", "佚名", "网友", "匿名", "未知", "不详", "小编", "管理员",
    "评论员", "本报评论员", "特约评论员",
    "出版", "更新",
    // Common words that open with a family name's character (`时间 2017-04-06`).
    "时间", "时候", "时期", "时代", "修改", "明天", "明日", "明年", "周日", "周末", "周年", "成立", "成为", "于是", "方面", "关于",
    "简介", "文章", "手记", "观察", "金融", "高速", "商圈", "原创", "石油", "方案", "周知",
    // A story's or a speech's last words on a line of their own.
    "谢谢", "全文完", "明天见",
    // A unit's section signing for it (`撰稿：通信`), no person.
    "通信", "宣传", "政工", "后勤", "机关", "团委", "工会", "党办",
    "编审", "审核", "校对", "选稿", "网编", "撰稿", "整理", "采写", "编写", "供稿", "翻译", "采访", "采访整理", "采编", "连线", "出镜", "原标题", "原题", "题图", "署名", "见习", "实习", "本刊", "本台", "本网", "本站", "本报讯", "出处", "稿源", "文摄", "摄文",
    // What headlines carry in brackets; `文摘：某报` marks a digest's copy.
    "文摘", "查看原文", "阅读原文", "查看全文", "全文", "组图", "实录", "附图", "摘要", "双语", "快讯", "更新", "图表", "详情", "附件", "直播", "原文", "视频",
    // Portal channels that open with a family name's character.
    "国际", "国内", "时政", "时事", "时尚", "文化", "文娱", "房产", "海外", "华人", "军事", "高清", "明星", "和谐",
    // Page controls.
    "关注", "手机版", "订阅", "收藏", "分享", "打印", "关闭", "返回", "查看更多", "更多", "展开全文", "阅读全文", "加载更多", "点击查看", "跟贴", "跟帖", "评论", "纠错", "举报", "投稿", "字号", "阅读", "点击",
    // Labels that follow a name on an information line.
    "访问量", "访问", "浏览量", "点击量", "阅读量", "单位", "次数",
    // Other credits' roles.
    "海报", "设计", "策划", "监制", "出品", "主编", "出镜", "配音", "制表", "剪辑", "摄像", "图片", "插图", "漫画", "绘图", "美编",
    // A CMS's entry labels.
    "加入", "添加", "录入", "上传",
    // Reviewers' roles, and a wire desk's.
    "审稿", "审定", "签发", "终审", "复核", "初审", "复审", "审校", "发稿",
];

/// `上观号作者：X`, `百家号作者：X`: the account a platform's registered unit
/// posts under, which that platform labels its author; a source, not a writer.
/// A short outlet name that ends like no outlet (`澎湃`, `界面`, `红星`).
pub fn is_short_outlet(v: &str) -> bool {
    SHORT_OUTLETS.contains(&v)
}

pub fn platform_account(v: &str) -> bool {
    static ACCOUNT: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"^\s*\p{Han}{1,4}号\s*作者\s*[:：]").unwrap());
    ACCOUNT.is_match(v)
}

/// Two or three Chinese characters that may be a person's name, whatever
/// family name opens them: what a writer's label or a role already marks as
/// a name (`撰文｜锅某柚`, `作者 香某容`). [`lone_name`] asks a family name too.
pub fn marked_name(w: &str) -> bool {
    (2..=3).contains(&w.chars().count()) && w.chars().all(crate::text::is_han) && is_name(w) && !is_place(w)
}

/// A name a role and spaces set apart: a [`lone_name`], or one opening with a
/// rarer family name (`记者 台某超`).
fn role_marked_name(w: &str) -> bool {
    lone_name(w) || (super::surnames::rare(w) && marked_name(w))
}

/// A person's name printed alone (`黄某`): Chinese characters opening with a
/// family name, no place, office or role word.
pub fn lone_name(w: &str) -> bool {
    (2..=3).contains(&w.chars().count())
        && w.chars().all(crate::text::is_han)
        && is_name(w)
        && super::surnames::surname(w).is_some()
        && !is_place(w)
}

/// Splits a run of names (`四建磊 吴韬`, `李四、王五`, `王乐文  方  敏`).
/// Two-character names are padded with spaces to line up with
/// three-character ones, so runs of single characters are joined in pairs.
pub fn split_names(s: &str) -> Vec<String> {
    let mut s = crate::text::nfkc(s);
    // `Demi Xia`: a Latin name's parts are one name; U+E000 holds the space.
    static LATIN: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"\b([A-Z][a-z]+) +([A-Z][a-z]+)\b").unwrap());
    while LATIN.is_match(&s) {
        s = LATIN.replace_all(&s, "$1\u{E000}$2").into_owned();
    }
    let tokens: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || matches!(c, '、' | ',' | ';' | '/' | '|' | '，' | '；' | '丨' | '&'))
        .filter(|t| !t.is_empty())
        .collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        // `张 建 华`: a run of exactly three single characters is one name
        // set out letter by letter (two make a padded name, four two names).
        let single = |k: usize| tokens.get(k).is_some_and(|x| x.chars().count() == 1 && x.chars().all(crate::text::is_han));
        if single(i) && single(i + 1) && single(i + 2) && !single(i + 3) && (i == 0 || !single(i - 1)) {
            out.push(format!("{t}{}{}", tokens[i + 1], tokens[i + 2]));
            i += 3;
            continue;
        }
        if t.chars().count() == 1 && i + 1 < tokens.len() && tokens[i + 1].chars().count() == 1 {
            out.push(format!("{t}{}", tokens[i + 1]));
            i += 2;
            continue;
        }
        out.push(t.to_owned());
        i += 1;
    }
    let mut names = Vec::new();
    for t in out.into_iter().map(|t| strip_action(&t.replace('\u{E000}', " "))) {
        if is_name(&t) {
            names.push(t);
        } else if let Some(n) = after_outlet(&t) {
            // `新华网张小萍`: the outlet printed before a name, with no role.
            names.push(n.to_owned());
        } else if is_office(&fast2s::convert(&t)) {
            // `农业农村局` is no run of names.
        } else if let Some(run) = super::surnames::split_run(&t).filter(|_| !t.ends_with(['报', '報', '刊', '网', '網', '社'])) {
            // `彭小晗侯婷`: names the layout ran together.
            names.extend(run);
        }
    }
    names
}

/// `新华网张小萍` → `张小萍`: a name (opening with a family name) after an
/// outlet's name; `应用技术学院金某鹏` (`供稿：…`): after the unit's.
fn after_outlet(t: &str) -> Option<&str> {
    static OUTLET_NAME: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^(?:\p{Han}{1,8}?(?:网|报|社|台|報|網|臺)|\p{Han}{2,10}?(?:学院|學院|医院|醫院|中心|公司|集团|集團))(?P<n>\p{Han}{2,3})$").unwrap()
    });
    let c = OUTLET_NAME.captures(t)?;
    let n = c.name("n")?.as_str();
    (is_name(n) && super::surnames::surname(n).is_some()).then_some(n)
}

/// A name that opens with a family name: what a byline printed without
/// spacing must hold to be read as names.
pub fn surnamed(names: &[String]) -> bool {
    !names.is_empty() && names.iter().all(|n| super::surnames::surname(n).is_some() || n.contains('·'))
}

/// `邹伟摄` → `邹伟`; trailing action words are not part of the name.
fn strip_action(t: &str) -> String {
    let mut t = t.trim_matches(|c: char| !c.is_alphanumeric() && c != '·').to_owned();
    // (`张某杰等`: and others.)
    if t.chars().count() >= 3 && t.ends_with('等') {
        t.pop();
    }
    for suffix in ["参与报道", "参与采写", "联合报道", "报道", "报导", "整合", "综合", "摄影", "摄", "文图", "图文", "编译", "撰稿", "整理", "采写"] {
        if t.chars().count() > suffix.chars().count() + 1 && t.ends_with(suffix) {
            t.truncate(t.len() - suffix.len());
            // `陈某明台北报导`: the name, then where the report was filed from.
            if suffix.starts_with("报") {
                if let Some(p) = PLACES.iter().find(|p| t.ends_with(*p)) {
                    let name = &t[..t.len() - p.len()];
                    if (2..=3).contains(&name.chars().count()) && super::surnames::surname(name).is_some() {
                        t.truncate(name.len());
                    }
                }
            }
        }
    }
    t
}

/// An office's name (read in simplified script): what government portals
/// put in the author field (`组织部`, `市妇联`, `法规处`, `农业农村局`).
pub fn is_office(v: &str) -> bool {
    v.chars().count() >= 2
        && v.chars().all(crate::text::is_han)
        && (v.ends_with(['部', '局', '委', '厅', '处', '室', '院', '所', '司', '办', '系', '馆'])
            || ["政府", "支部", "街道", "社区", "中心"].iter().any(|w| v.contains(w))
            // `城关镇`, `某某乡`: a township that sends in the story (`王小镇` is a name).
            || (v.ends_with(['科', '会', '联', '协', '队', '团', '站', '组', '镇', '乡', '村', '县']) && super::surnames::surname(v).is_none()))
}

/// A plausible personal name: 2–4 Han characters (5 with a `·`), or a
/// short Latin name; not a role word or an outlet.
pub fn is_name(t: &str) -> bool {
    // `发自上海`: where the reporter filed from.
    if t.is_empty() {
        return false;
    }
    // Read in simplified script, so `文攝` is `文摄` and `發自` is `发自` (the
    // tokens are NFKC already: `split_names` and the readers normalise first).
    let v = fast2s::convert(t);
    if NOT_NAMES.contains(&v.as_str()) || SELF_MEDIA.contains(&v.as_str()) || SHORT_OUTLETS.contains(&v.as_str()) || v.starts_with("发自") {
        return false;
    }
    // A newsroom's desk (`国际中心`, `编辑部`, `采访组`) signs some stories;
    // a channel (`财经频道`, `即时新闻`) is no person either.
    // `每经记者`, `本台记者`: a role after an outlet's short name, no person.
    if v.chars().count() >= 3 && ["记者", "通讯员", "评论员"].iter().any(|r| v.ends_with(r)) {
        return false;
    }
    if ["中心", "小组", "编辑部", "新闻部", "采访部", "报道组", "采访组", "编辑组", "频道", "新闻", "联播", "直播", "栏目", "节目"].iter().any(|d| v.ends_with(d)) {
        return false;
    }
    // Government portals put the office in the author field (`作者：组织部`,
    // `市妇联`, `法规处`, `区政府办`): an office is no person. Few given names
    // end like `部`, `局`, `委`; `科` or `会` do (`刘建科`), so those count as an
    // office only when no family name opens the word.
    if is_office(&v) {
        return false;
    }
    let n = t.chars().count();
    // A name with one character the page's encoding could not carry
    // (`毛�明`) is still the byline.
    let lost = t.chars().filter(|&c| c == '\u{FFFD}').count();
    let han = t.chars().filter(|&c| crate::text::is_han(c)).count() + lost.min(1);
    if lost > 1 || t.starts_with('\u{FFFD}') {
        return false;
    }
    if han == n {
        return (2..=4).contains(&n) && !t.ends_with(['报', '報', '社', '网', '網', '刊']);
    }
    if t.contains('·') {
        return (3..=12).contains(&n) && han + 1 >= n;
    }
    // Latin pen names ("Rowan") are allowed; digits, URLs (`http`,
    // `udn.com`) and lower-case words are not.
    n >= 2
        && n <= 30
        && t.starts_with(|c: char| c.is_ascii_uppercase())
        && !t.to_ascii_lowercase().starts_with("http")
        && !t.contains(".com")
        && t.chars().all(|c| c.is_ascii_alphabetic() || c == ' ' || c == '.')
}

static BYLINE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::re(
        &r"(?x)^\s*(?:[□■◎●▲◆◇★☆]|——?|--)?\s*[(\[【]?\s*(?:本版|本文|《[^》]{1,12}》)?(?:(?:编译|整理|综合|翻译)\s*[/|｜丨]\s*)?(?:
            (?:WRITER_LABELS|记者|本报记者|通讯员|特约撰稿人|实习生|首席记者|见习记者|报导|报道)\s*[:|/｜丨╱\\\]】·•—_]\s*(?P<a>[^()\[\]]{2,40}?)
          | (?:[\p{Han}·]{1,12}?(?:社|报|网|台|端)|\p{Han}{2,6}?\+?)?(?P<role>本报记者|记者|本报通讯员|通讯员|首席记者|见习记者|实习记者|特约记者|特约撰稿人?|本报评论员|特约评论员|评论员)(?P<sp>\s*(?:[:：\]】/|｜丨]\s*)?)(?P<b>\p{Han}[\p{Han}·\s、,]{1,30}?)
          | (?:文\s*[/、]\s*图|图\s*[/、]\s*文)\s*[:|/]?\s*(?P<c>[^()\[\]]{2,40}?)
          | (?:作者|文|撰稿|撰文|执笔|采写)\s+(?P<d>\p{Han}[\p{Han}\s、,]{1,30}?)
          | (?P<e>\p{Han}{2,3}(?:[\s、]+\p{Han}{2,3}){0,3})(?:\s*(?:文\s*/\s*图|图\s*/\s*文|文图|图文)|\s+文)
          | (?:\p{Han}{2,8}?(?:卫视|电视台|日报|晚报|报|网|社|台|新闻)\s+)?(?P<g>\p{Han}{2,3}(?:[\s、]+\p{Han}{2,3}){0,2})\s+(?:\p{Han}{2,3})?(?:摄影报道|报道|报导)
        )\s*[)\]】]?\s*$"
            .replace("WRITER_LABELS", &writer_labels_alternation()),
    )
    .unwrap()
});

/// A byline line outside a dateline: `本报记者 王乐文 方  敏`, `记者 X`,
/// `作者：X`, `文/X 图/Y`, `撰文：X`. Returns the names.
fn byline_line_simplified(line: &str) -> Option<Vec<String>> {
    // `记者：您好，请您先介绍一下…。`: an interview's question, a sentence.
    if line.contains(['。', '?', '!']) {
        return None;
    }
    // `作者：网友：X`: a reader's piece, the handle after a second label.
    static READER: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"(作者\s*:)\s*(?:网友|博主|读者)\s*:\s*").unwrap());
    // `文/图：X`: one credit for the words and the pictures.
    static BOTH_LABEL: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"^(\s*)(?:文\s*/\s*图|图\s*/\s*文)\s*:").unwrap());
    let mut n = join_padded(&BOTH_LABEL.replace(&READER.replace(line, "$1"), "${1}文图:")); // already NFKC
    // `视频/图文：X`, `策划/整理：X`: another credit's role joined to a writer's
    // label before one colon; X wrote (and did the other part too).
    static JOINED_ROLE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(&format!(r"^(\s*)(?:视频|摄影|摄像|策划|统筹|监制|图片|图)\s*[/、]\s*(?P<w>{})\s*:", writer_labels_alternation())).unwrap()
    });
    if let Some(c) = JOINED_ROLE.captures(&n) {
        n = format!("{}{}:{}", &c[1], &c["w"], &n[c.get(0).unwrap().end()..]);
    }
    // `… 发自北京 上海`: the places two reporters filed from; the second
    // place is no name.
    static FILED: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"发自\s*\p{Han}{2,8}(?P<more>(?:\s*[、/和与\s]\s*\p{Han}{2,4})+)\s*$").unwrap());
    if let Some(m) = FILED.captures(&n).and_then(|c| c.name("more")) {
        if m.as_str().split(['、', '/', '和', '与', ' ']).filter(|w| !w.is_empty()).all(is_place) {
            n.truncate(m.start());
        }
    }
    // `图/X Y 文字、整理/Z`: several writer's marks joined before one slash are
    // one writer's mark.
    static JOINED_MARKS: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"(?:文字|整理|撰文|采写|文)(?:、(?:文字|整理|撰文|采写|文))+\s*/").unwrap());
    if JOINED_MARKS.is_match(&n) {
        n = JOINED_MARKS.replace_all(&n, "文/").into_owned();
    }
    // `策划：X；参与报道：Y Z`: a semicolon parts the credits as a space does.
    if n.contains(';') {
        n = n.replace(';', " ");
    }
    // `作者：Rowan(微博)(…前《环球科学》首席编辑…)`: notes in brackets after a name.
    static NOTE: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"([^\s(])\([^()]*\)").unwrap());
    while NOTE.is_match(&n) {
        n = NOTE.replace_all(&n, "$1").into_owned();
    }
    // `[作者: 刘某仓 责任编辑: 杨某宇 ]`: the editor part is no byline, nor
    // what follows another label (`作者： 马某健 稿源： 某某网 2012-01-12`).
    let labels = [
        "责任编辑", "责编", "编辑", "图片来源", "来源", "稿源", "出处", "时间", "日期", "发布", "点击", "浏览", "访问", "阅读", "单位", "出版", "更新",
        // `新京报记者 X 校对 Y`: the proofreader's and reviewers' part.
        "校对", "审核", "审校", "初审", "复审", "终审",
        // `作者：X 加入时间：…`: a CMS's entry-time label.
        "加入时间", "添加时间", "录入时间", "上传时间", "提交时间", "加入日期", "添加日期", "录入日期", "录入者", "录入人",
    ];
    if let Some(i) = labels.iter().filter_map(|l| n.find(l)).min() {
        if i > 0 {
            n.truncate(i);
            n = n.trim_end().to_owned();
        }
    }
    // `策划：X 统筹：Y 文字：Z 摄影：W`: a feature's credits name every
    // role; only the writer's part is a byline.
    // (`编/X 审/Y`: a school's one-character marks for its editor and reviewer.)
    static OTHER_ROLE: &str = r"(?:总策划|策划|统筹|监制|出品人|出品|设计|海报|视觉|摄影|摄像|视频|图片|剪辑|制图|拍摄|口述|主持|出镜|来源|稿源|出处|责任编辑|编辑|责编|编|审|校|核|图|摄)\s*[:/|｜丨—_]";
    static LEAD_ROLES: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(&format!(r"^\s*(?:{OTHER_ROLE}\s*[^:/|｜丨]+?\s+)+$")).unwrap());
    static WRITER_ROLE: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(&format!(r"\s(?:{}|记者)\s*[:/|｜丨—]", writer_labels_alternation())).unwrap());
    static TRAIL_ROLE: LazyLock<Regex> = LazyLock::new(|| crate::text::re(&format!(r"\s{OTHER_ROLE}")).unwrap());
    if let Some(w) = WRITER_ROLE.find(&n) {
        if LEAD_ROLES.is_match(&n[..w.start() + 1]) {
            n = n[w.start() + 1..].to_owned();
        }
    }
    if let Some(t) = TRAIL_ROLE.find(&n) {
        n.truncate(t.start());
    }
    if n.chars().count() > 60 {
        return None;
    }
    // `新华社记者 X 摄`: a picture's credit, no byline.
    // (`（记者X摄）`: in brackets too.)
    static PHOTO_ONLY: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"(?:摄|摄影)\s*[)\]】〕]?\s*$").unwrap());
    if PHOTO_ONLY.is_match(&n) && !n.contains(['文', '撰']) {
        return None;
    }
    // `本报记者 X 实习生 Y 文/图`: the roles' names wrote the words and took the pictures.
    static BOTH: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"\s+(?:文\s*/\s*图|图\s*/\s*文|文图|图文)\s*$").unwrap());
    if ROLE.is_match(&n) {
        if let Some(m) = BOTH.find(&n) {
            n.truncate(m.start());
        }
    }
    // `□X`, `■X Y`: the bullet e-papers set before a byline, then only names.
    static BULLET: LazyLock<Regex> = LazyLock::new(|| {
        // (`▲华某莹`: the triangle marks a picture's caption, who is shown.)
        crate::text::re(r"^\s*[□■◎●◆◇★☆○]\s*(?P<n>\p{Han}{2,4}(?:[\s、]+\p{Han}{1,4}){0,3})\s*$").unwrap()
    });
    if let Some(c) = BULLET.captures(&n).filter(|_| !ROLE.is_match(&n)) {
        let names = split_names(&c["n"]);
        let short = names.iter().all(|x| (2..=3).contains(&x.chars().count()));
        return (short && surnamed(&names) && !names.iter().any(|x| is_place(x))).then_some(names);
    }
    // `X/文 Y/图`: a line of names each marked with what it made.
    let tokens: Vec<&str> = n.split_whitespace().collect();
    let name_marked = |t: &&str| t.contains('/') && NAME_MARK.captures(t).is_some_and(|c| c.name("n").is_some());
    if tokens.len() >= 2 && tokens.iter().all(name_marked) {
        let names = marked_run(&n).unwrap_or_default();
        return surnamed(&names).then_some(names);
    }
    // `文/张三 图/李四`: each part after a role and a slash names who wrote
    // (文, 文图, 记者) or who took the pictures or video (图, 摄影, 视频).
    static SLASHED: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"^(?P<r>文|图|文图|图文|摄影|摄|视频|记者)[/|｜丨╱\\](?P<n>.+)$").unwrap());
    let mut names = Vec::new();
    // `文/X；摄/Y`: a semicolon or comma parts the credits as a space does.
    let parts = n.replace([';', ','], " ");
    if n.trim_start().starts_with("文") && n.contains(['/', '丨', '╱', '\\']) {
        // A name may be padded (`文/方 敏`), so a token without a role
        // continues the previous name run.
        let mut run = String::new();
        let mut writer = true;
        for tok in parts.split_whitespace() {
            if let Some(c) = SLASHED.captures(tok) {
                if writer {
                    names.extend(split_names(&run));
                }
                writer = matches!(&c["r"], "文" | "文图" | "图文" | "记者");
                run = c["n"].to_owned();
            } else if let Some(w) = match tok {
                // A role without a slash: `… 摄影 Y 视频 Z`, `… 实习生 Y`.
                "摄影" | "摄像" | "视频" | "图" | "图片" | "编辑" | "责编" | "统筹" | "监制" | "海报" | "制图" => Some(false),
                "记者" | "通讯员" | "实习生" | "见习记者" => Some(true),
                _ => None,
            } {
                if writer {
                    names.extend(split_names(&run));
                }
                writer = w;
                run.clear();
            } else {
                run.push(' ');
                run.push_str(tok);
            }
        }
        if writer {
            // `文/记者X 通讯员Y、Z`: roles inside the writer's part.
            names.extend(if ROLE.is_match(&run) { credit(&run).1 } else { split_names(&run) });
        }
        if !names.is_empty() {
            return Some(dedup(names));
        }
    }
    // `摄影记者 X 实习生 Y`: a photographer's credit opens the line; only a
    // writer's role after it names a writer.
    static PHOTO_LEAD: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"^\s*(?:摄影记者|摄影|摄像|图片)\s*[:/]?\s*\p{Han}").unwrap());
    let n = match PHOTO_LEAD.find(&n) {
        Some(m) => {
            let r = ROLE.find_at(&n, m.end()).filter(|r| n[m.end()..r.start()].contains(char::is_whitespace))?;
            n[r.start()..].to_owned()
        }
        None => n,
    };
    let n = part_glued_credits(&n).into_owned();
    let c = BYLINE_LINE.captures(&n)?;
    let mut part = c.name("a").or_else(|| c.name("b")).or_else(|| c.name("c")).or_else(|| c.name("d")).or_else(|| c.name("e")).or_else(|| c.name("g"))?.as_str();
    // `通讯员孔某扬子晚报记者毕某`: what the pattern took for the outlet before
    // the role holds another role and its name: the whole run is the credit.
    if let Some(r) = c.name("role") {
        if ROLE.is_match(&n[..r.start()]) {
            part = n[..c.name("b").map_or(n.len(), |b| b.end())].trim_start();
        } else if let Some(b) = c.name("b").filter(|b| ROLE.find(b.as_str()).is_some_and(|m| !b.as_str()[..m.start()].contains(char::is_whitespace))) {
            // `某众网记者X通讯员Y济南报道`: another role glued to the name; read
            // from this role on, so that X is not taken for an outlet.
            part = &n[r.start()..b.end()];
        }
    }
    // `记者：邱小琪 罗小中 台北报导`: the place the report was filed from.
    static PLACE: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"\s+(?P<p>\p{Han}{2,3})(?:报导|报道)\s*$").unwrap());
    let part = match PLACE.captures(part) {
        Some(p) if super::surnames::surname(&p["p"]).is_none() => &part[..p.get(0).unwrap().start()],
        _ => part,
    };
    // `记者 张三 通讯员 李四`: roles inside the run split it further.
    let (_, names) = credit(part);
    let mut names = dedup(names);
    // `记者： mike`: after a writer's label a lower-case pen name counts too.
    if names.is_empty() && c.name("a").is_some() {
        let t = part.trim().trim_end_matches(['|', '｜', '丨', ' ']);
        if (3..=20).contains(&t.len()) && t.chars().all(|c| c.is_ascii_alphabetic()) {
            names.push(t.to_owned());
        }
    }
    // `新华社记者任小军 阳小建`, `作者 王小言 高然然`: without a colon or a
    // space after the role, only names that open with a family name count
    // (`记者手记` is a heading, `记者了解到` a sentence).
    let unspaced = c.name("sp").is_some_and(|m| m.as_str().is_empty()) || c.name("d").is_some() || c.name("e").is_some() || c.name("g").is_some();
    if c.name("g").is_some() && names.iter().any(|n| is_place(n)) {
        return None;
    }
    if unspaced && !surnamed(&names) {
        return None;
    }
    // `作者：李某清 江苏南通 职员`: after a two- or three-character name, a
    // longer word is the writer's place or employer, and what follows too;
    // but not in a list (`X、Y&Z`), where every item is a writer.
    let listed = part.contains(['、', '&', ',', '，']);
    if let Some(first) = names.first().map(|f| f.chars().count()).filter(|_| !listed) {
        if (2..=3).contains(&first) {
            // A last four-character word that names no place is a name
            // without a family name (`阿依努尔`, `次仁卓玛`), as in Xinjiang
            // and Tibet's papers.
            let last = names.len() - 1;
            let employer = |(k, x): (usize, &String)| {
                let n = x.chars().count();
                n >= 4 && !x.contains('·') && (n > 4 || k < last || is_place(x))
            };
            if let Some(k) = names.iter().enumerate().position(employer) {
                names.truncate(k);
            }
        }
    }
    (!names.is_empty()).then_some(names)
}

// The public readers: each reads the line's simplified view (so that
// traditional-script pages, `記者`, `來源：`, `報導`, match the same
// patterns) and gives names and outlets back in the page's own script.

/// The simplified view of a line with today's newsroom titles read as the
/// plain role: a converged newsroom's `全媒体记者`, `融媒体记者`, `新媒体记者`
/// are reporters, a paper's app's `客户端记者` too (`长城新媒体记者`, with
/// no paper before it, is a brand's reporter: left whole, so the brand
/// stays the outlet), and a paper printed with its app
/// or site (`某某晚报·某某新闻记者`, `某某晚报/某某新闻记者`, `南方+记者`)
/// is credited under the paper's name.
fn view(line: &str) -> (String, crate::text::ScriptMap) {
    // Every reader of a page's few dozen credit lines asks for the same
    // views, as `simplified_view` keeps its own.
    thread_local! {
        static MEMO: crate::text::ViewMemo = crate::text::ViewMemo::default();
    }
    crate::text::ViewMemo::view(&MEMO, line, view_uncached)
}

fn view_uncached(line: &str) -> (String, crate::text::ScriptMap) {
    static TITLE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(^|[^\p{Han}]|[报网社台刊])(?:全媒体|融媒体|新媒体|全媒|融媒|视频|资深|客户端)(记者|通讯员)").unwrap()
    });
    // `某某晚报·某某壹点 记者`, `某某都市报-某某新闻记者`, `某某快报/某某+记者`:
    // the paper with its app; `某某云/某某日报记者`: the app, then the paper.
    static COMPOSITE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?P<p>\p{Han}{1,8}?(?:报|网|社|台|刊))[·•/\-](?P<app>[\p{Han}+]{1,8}?)(?P<sp>\s*)(?P<r>记者|通讯员)|\p{Han}{2,6}[·•/](?P<p2>\p{Han}{1,8}?(?:日报|晚报|报))(?P<r2>记者|通讯员)|(?P<p3>\p{Han}{2,6}?)\+(?P<r3>记者|通讯员)").unwrap()
    });
    // `共享联盟·某某站 X`, `共享联盟·某县 X`: a county station of a provincial
    // paper's correspondent network, credited like a correspondent.
    static STATION: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"共享联盟[·•]?\p{Han}{1,6}?站\s*|共享联盟[·•]?\p{Han}{2,4}\s+").unwrap());
    let (v, back) = crate::text::simplified_view(line);
    // `某龙网-新某庆客户端讯（记者 X）`: the site with its app before the
    // dateline's mark; the site is the outlet.
    static APP_XUN: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"^(?P<p>\s*\p{Han}{1,8}?(?:报|网|社|台))[·•/\-]\p{Han}{1,8}?(?:客户端|APP|app)讯").unwrap());
    let v = match APP_XUN.captures(&v) {
        Some(c) => format!("{}讯{}", &c["p"], &v[c.get(0).unwrap().end()..]),
        None => v,
    };
    // `某华社“某某视点”记者`: a column's name in quotes between the agency and
    // its reporters.
    static COLUMN: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r#"(?P<o>\p{Han}{1,8}?(?:社|报|网|台))[“"「『]\p{Han}{2,8}[”"」』](?P<r>记者|通讯员)"#).unwrap());
    let v = if v.contains(['“', '"', '「', '『']) { COLUMN.replace_all(&v, "$o$r").into_owned() } else { v };
    // `某某网(博客,微博)记者`: the links a portal set after every name it
    // knew, copied with the text.
    static SOCIAL: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"\s*\((?:博客|微博)(?:\s*,\s*(?:博客|微博))?\)").unwrap());
    let v = if v.contains("博)") { SOCIAL.replace_all(&v, "").into_owned() } else { v };
    if !v.contains("记者") && !v.contains("通讯员") && !v.contains("共享联盟") {
        return (v, back);
    }
    let v = TITLE.replace_all(&v, "$1$2");
    // A space kept before the role keeps the paper apart from it (`来源：某某晚报 记者 X`).
    let v = COMPOSITE.replace_all(&v, |c: &regex::Captures| {
        let g = |k: &str| c.name(k).map_or("", |m| m.as_str());
        // `某方+记者`: the `+` is part of the app's name.
        let plus = if c.name("p3").is_some() { "+" } else { "" };
        // `某西网/某西头条客户端讯 记者`: the dateline's `讯` stays.
        let xun = if g("app").ends_with('讯') { "讯" } else { "" };
        format!("{}{xun}{}{}{}{}{}{plus}{}", g("p"), g("sp"), g("r"), g("p2"), g("r2"), g("p3"), g("r3"))
    });
    let v = STATION.replace_all(&v, "通讯员 ").into_owned();
    (v, back)
}

/// Parses a line that opens with a news dateline.
pub fn dateline(line: &str) -> Option<Dateline> {
    let (v, back) = view(line);
    // `【某某网2024年03月12日讯】（记者X）`: the dateline set in a bracketed tag
    // with its year, read as `某某网讯（记者X）` and its day.
    static TAG: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*[【\[]\s*(?P<o>\p{Han}{2,10}?)\s*(?:(?:19|20)\d{2}\s*年\s*)?(?:(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日)?\s*(?:讯|电|消息)\s*[】\]]\s*(?P<rest>(?:[(]|(?:本报)?(?:首席|特约|见习)?(?:记者|通讯员|实习生)).*)$").unwrap()
    });
    // `【某新网】（记者X）…`: the outlet alone in the tag.
    static OUTLET_TAG: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*[【\[]\s*(?P<o>\p{Han}{2,10}?(?:网|报|社|台|新闻|客户端))\s*[】\]]\s*(?P<rest>[(].*)$").unwrap()
    });
    if let Some(c) = OUTLET_TAG.captures(&v) {
        if let Some(mut d) = dateline_simplified(&format!("{}讯{}", &c["o"], &c["rest"])).filter(|d| !d.authors.is_empty()) {
            d.outlet = d.outlet.map(|o| back.restore(&o));
            d.authors = d.authors.iter().map(|a| back.restore(a)).collect();
            return Some(d);
        }
    }
    // `荆某网消息 (某天都市报) (记者X 通讯员Y Z)…`: a portal's dateline, then the
    // paper it carries in brackets, then the paper's credit; read as the
    // paper's own `某天都市报讯 (记者X …)`.
    static CARRIED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*\p{Han}{2,10}?(?:网|台|客户端)\s*(?:消息|讯)\s*[(]\s*(?P<p>\p{Han}{2,12}?(?:报|刊))\s*[)]\s*(?P<rest>[(].*)$").unwrap()
    });
    if let Some(c) = CARRIED.captures(&v)
        && let Some(mut d) = dateline_simplified(&format!("{}讯{}", &c["p"], &c["rest"])).filter(|d| !d.authors.is_empty())
    {
        d.outlet = d.outlet.map(|o| back.restore(&o));
        d.authors = d.authors.iter().map(|a| back.restore(a)).collect();
        return Some(d);
    }
    if let Some(c) = TAG.captures(&v) {
        let sep = if c["rest"].starts_with('(') { "" } else { " " };
        let mut d = dateline_simplified(&format!("{}讯{sep}{}", &c["o"], &c["rest"]))?;
        d.month_day = c.name("m").zip(c.name("d")).and_then(|(m, d)| Some((m.as_str().parse().ok()?, d.as_str().parse().ok()?)));
        d.outlet = d.outlet.map(|o| back.restore(&o));
        d.authors = d.authors.iter().map(|a| back.restore(a)).collect();
        return Some(d);
    }
    // `某诚财经网(www.example.com)02月17日讯`: the site's address after its name.
    static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^(?P<o>\s*\p{Han}{2,10}?)\s*\((?:https?://)?[A-Za-z0-9.-]+\.(?:com|cn|net|org|gov)[^()]{0,20}\)").unwrap()
    });
    let v = match ADDRESS.captures(&v) {
        Some(c) => format!("{}{}", &c["o"], &v[c.get(0).unwrap().end()..]),
        None => v,
    };
    let mut d = dateline_simplified(&v)?;
    // `某视网消息（焦点访谈）：`: four characters alone in the brackets, no
    // role before them, are a programme's or a column's name unless they open
    // with a two-character family name (`（欧阳某某）`). (Among other names,
    // four characters are a Tibetan or Uyghur name: `（旦增某姆 武某燕）`.)
    if d.authors.len() == 1 && PAREN.captures(&v).is_some_and(|c| !ROLE.is_match(&c["body"])) {
        d.authors.retain(|a| a.chars().count() != 4 || super::surnames::surname(a).is_some_and(|(len, _)| len == 2) || !a.chars().all(crate::text::is_han));
    }
    d.outlet = d.outlet.map(|o| back.restore(&o));
    d.authors = d.authors.iter().map(|a| back.restore(a)).collect();
    Some(d)
}

/// A byline line outside a dateline: `本报记者 王乐文 方  敏`, `记者 X`,
/// `作者：X`, `文/X 图/Y`, `撰文：X`, `记者X／台北报导`. Returns the names.
pub fn byline_line(line: &str) -> Option<Vec<String>> {
    // `**作者 | X   编辑 | Y**`: a Markdown copy's bold marks around the line;
    // `> 本报记者 X`: its quote mark before it.
    let line = line.trim().trim_start_matches(['>', '＞', ' ']).trim_matches(['*', '_']);
    // (`**文****\|**** **Koko**`: bold marks and escapes inside the line too.)
    let unmarked;
    let line = if line.contains("**") {
        unmarked = line.replace("\\|", "|").replace('*', "");
        unmarked.as_str()
    } else {
        line
    };
    let (v, back) = view(line);
    if platform_account(&v) {
        return None;
    }
    // `本报记者 X 并摄`, `X文并摄`: the writer took the pictures too; a
    // paper's edition after the credit (`《某某青年报》(2015年07月06日12版)`)
    // says where it ran.
    static ALSO_PHOTO: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"(\p{Han})(?:\s+文|\s*/\s*文)?\s*并摄(?:影)?").unwrap());
    static EDITION: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"\s*《\p{Han}{2,10}》\s*[(]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:第?\s*[A-Za-z]?\d{1,3}\s*版)?\s*[)]\s*$").unwrap()
    });
    // `王某南  高  跃《某民日报》（2025年01月04日第 05 版）`: names alone before
    // the paper's print citation are the piece's writers (a paper's site
    // prints its contributors so, without a role).
    if let Some(m) = EDITION.find(&v).filter(|m| m.start() > 0) {
        let run = &v[..m.start()];
        let names = split_names(run);
        let tokens = run.split_whitespace().filter(|t| t.chars().count() > 1).count();
        let whole = names.iter().map(|n| n.chars().count()).sum::<usize>() == run.chars().filter(|c| !c.is_whitespace()).count();
        if (1..=4).contains(&names.len()) && tokens <= names.len() && whole && surnamed(&names) && names.iter().all(|n| lone_name(n)) {
            return Some(names.iter().map(|n| back.restore(n)).collect());
        }
    }
    let v = if ALSO_PHOTO.is_match(&v) || EDITION.is_match(&v) || GLUED_MARK.is_match(&v) || GLUED_MARKS.is_match(&v) {
        let cut = EDITION.replace(&v, "");
        let cut = GLUED_MARK.replace_all(&cut, "/$m $n");
        let cut = GLUED_MARKS.replace(&cut, "$w");
        ALSO_PHOTO.replace_all(&cut, "$1 ").trim_end().to_owned()
    } else {
        v
    };
    let read = |v: &str| {
        reported_byline(v)
            .map(|(_, n)| n)
            .or_else(|| byline_line_simplified(v))
            .or_else(|| name_slash_outlet(v).map(|(n, _)| vec![n]))
    };
    // `〔记者钟小华／台北报导〕农历春节…`: the byline opens the first paragraph.
    let names = read(&v)
        .or_else(|| lead_bracket(&v).and_then(|b| read(b).or_else(|| token_credit(b))))
        .or_else(|| long_pen_name(&v).map(|n| vec![n]))?;
    Some(names.iter().map(|n| back.restore(n)).collect())
}

/// `作者：山间小溪流`, `文/骑着小木马走天下`: a writer's label and a pen name
/// longer than any person's name, alone on the line. Only after a label that
/// names the writer and a mark (a space may part a sentence's words), and
/// never a unit, an outlet or a role (`作者：本报评论员`, `文/某州市委宣传部`).
fn long_pen_name(v: &str) -> Option<String> {
    static PEN: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?:作者|原作者|撰文|撰稿|文|翻译整理|编译整理)\s*[:/|｜丨]\s*(?P<n>\p{Han}{5,10}|\p{Han}{2,10}[A-Za-z][A-Za-z0-9]{1,11})\s*$").unwrap()
    });
    let n = PEN.captures(v)?.name("n")?.as_str();
    let han: String = n.chars().filter(|&c| crate::text::is_han(c)).collect();
    const NOT_PEN: &[&str] = &[
        "记者", "编辑", "评论员", "通讯员", "本报", "本网", "本刊", "小编", "网友", "转载", "原创", "来源", "整理", "编译", "报道",
        "日报", "晚报", "新闻", "客户端", "公众号", "大学", "学院", "学校", "公司", "集团", "协会", "研究", "委员会", "编辑部",
    ];
    // `文/某浪科技张某宇`: a portal's channel or an outlet, then the writer.
    let chars: Vec<char> = n.chars().collect();
    let outlet_then_name = (2..chars.len().saturating_sub(1)).find_map(|k| {
        let (o, rest): (String, String) = (chars[..k].iter().collect(), chars[k..].iter().collect());
        let outlet = (k >= 4 && CHANNELS.iter().any(|c| o.ends_with(c)))
            || SHORT_OUTLETS.contains(&o.as_str())
            || (k >= 3 && o.ends_with(['报', '網', '网', '社', '台']));
        (outlet && lone_name(&rest)).then_some(rest)
    });
    if outlet_then_name.is_some() {
        return outlet_then_name;
    }
    let unit = is_office(&han) || han.ends_with(['报', '報', '網', '网', '社', '台', '刊', '号', '號']);
    (!unit && !NOT_PEN.iter().any(|w| han.contains(w))).then(|| n.to_owned())
}

/// The bracketed credit a paragraph opens with (`【台湾醒报记者林小静台北报导】`,
/// `〔记者X／台北报导〕`, `[世华财讯]`), brackets included, when text follows.
fn lead_bracket(v: &str) -> Option<&str> {
    let t = v.trim_start();
    let open = t.chars().next()?;
    let close = match open {
        '【' => '】',
        '〔' => '〕',
        '[' => ']',
        '(' => ')',
        _ => return None,
    };
    let end = t.char_indices().take(45).find(|&(_, c)| c == close).map(|(i, c)| i + c.len_utf8())?;
    (end < t.len()).then(|| &t[..end])
}

/// The names of a credit that names roles: `记者 李某婷/文 通讯员 史贝贝/图`.
pub fn role_credit(text: &str) -> Option<Vec<String>> {
    let (v, back) = view(text);
    if !ROLE.is_match(&v) || v.contains("编辑") {
        return None;
    }
    // `（记者X摄）`, `记者 X 摄`: a picture's credit.
    let bare = v.trim().trim_end_matches([')', ']', '】', '〕']).trim_end();
    // (`某报记者 X 图片由记者 Y 摄` credits a writer first.)
    if (bare.ends_with('摄') || bare.ends_with("摄影")) && !bare.contains(['文', '撰']) && ROLE.find_iter(bare).count() <= 1 {
        return None;
    }
    let names = dedup(credit(&v).1);
    (!names.is_empty()).then(|| names.iter().map(|n| back.restore(n)).collect())
}

/// An outlet's tag opening a paragraph: `[世华财讯]据道琼斯报道…`, `【新华网】`.
pub fn lead_tag_outlet(line: &str) -> Option<String> {
    let (v, back) = view(line);
    // `某某时报大陆新闻中心／…`: a paper's desk, a slash, then the story.
    static DESK: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?P<o>\p{Han}{2,8}?(?:日报|晚报|时报|报|社))\p{Han}{0,6}?(?:新闻中心|中心|新闻部|编译组|综合报导|综合报道)?\s*[／/]\s*\p{Han}").unwrap()
    });
    if let Some(c) = DESK.captures(&v) {
        return Some(back.restore(&c["o"]));
    }
    // `某际在线专稿：…`: a story the outlet wrote for its own site.
    static OWN: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"^\s*(?P<o>\p{Han}{2,8}?(?:网|报|社|台|在线|新闻))专稿\s*:").unwrap());
    if let Some(c) = OWN.captures(&v) {
        return Some(back.restore(&c["o"]));
    }
    // `【某球时报】` on a line of its own above the story, or opening it.
    let whole = || {
        let t = v.trim();
        (t.starts_with('【') && t.ends_with('】') && t.chars().count() <= 12).then_some(t)
    };
    let tag = lead_bracket(&v).or_else(whole)?;
    let inner: String = tag.chars().skip(1).take(tag.chars().count() - 2).collect();
    // `【明报专讯】`: the paper's exclusive, credited to the paper.
    let inner = inner.trim();
    // `【文/某察者网 X】`: the writer's mark, the outlet, the name.
    static MARKED_OUTLET: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"^文\s*[/|]\s*(?P<o>\p{Han}{2,8}?(?:网|报|社|台|新闻))\s+\p{Han}{2,3}$").unwrap());
    if let Some(c) = MARKED_OUTLET.captures(inner) {
        return Some(back.restore(&c["o"]));
    }
    // `【某球网报道 实习记者 X】`: the outlet's part before the credit.
    let inner = match inner.split_once(' ') {
        Some((o, credit)) if ROLE.is_match(credit) && (o.ends_with("报道") || o.ends_with('讯')) => o,
        _ => inner,
    };
    let inner = inner.strip_suffix("专讯").filter(|o| o.chars().count() >= 2).unwrap_or(inner);
    // `【某球网综合报道】`: how the outlet put the story together.
    let inner = ["综合报道", "综合消息", "新闻资讯", "报道", "消息", "快讯"].iter().find_map(|s| inner.strip_suffix(s)).filter(|o| o.chars().count() >= 2).unwrap_or(inner);
    // `【新唐人2012年1月11日讯】`: the outlet before the date of the dispatch.
    static DATED: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"^(?P<o>\p{Han}{2,8}?)\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:讯|电)$").unwrap());
    if let Some(c) = DATED.captures(inner) {
        return Some(back.restore(&c["o"]));
    }
    // `【某林新闻中心讯】`: the dateline's mark is no part of the name.
    let xun = inner.strip_suffix('讯').filter(|o| o.chars().count() >= 2 && !o.ends_with(['财', '资', '快', '简', '喜', '通', '电']));
    let inner = xun.unwrap_or(inner);
    let n = inner.chars().count();
    let outletish = xun.is_some() || ["财讯", "讯", "社", "网", "报", "台", "新闻", "在线"].iter().any(|s| inner.ends_with(s));
    ((2..=8).contains(&n) && inner.chars().all(crate::text::is_han) && outletish && !ROLE.is_match(inner))
        .then(|| back.restore(inner))
}

/// A news dateline's credit inside a line rather than opening it, where the
/// layout glued a caption or a teaser before it:
/// `…本报记者郭小亮摄湖北日报3月5日讯(记者柳小新通讯员彭小娟)水位再创新低。`.
/// Only a credit that names a role counts.
pub fn dateline_credit_within(line: &str) -> Option<Vec<String>> {
    static WITHIN: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*\d{1,2}\s*时(?:\s*\d{1,2}\s*分)?)?\s*(?:专电|电|讯|消息)|本报讯|报讯|网讯|社讯|台讯|报快讯|网快讯|(?:网|台|在线|客户端)报道|(?:网|报|社|台)[】\]]|(?:网|台|客户端)消息\s*[(]\s*\p{Han}{2,12}?(?:报|刊)\s*[)])\s*[(]\s*(?P<body>[^()]{2,40}?)\s*[)]").unwrap()
    });
    let (v, back) = view(line);
    // `新华社北京10月24日电 题：…报告新华社记者张某、董某婷10月24日上午，…`: a
    // wire's reporters glued between the story's title line and its first
    // sentence, which opens with the day.
    static GLUED_WIRE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:新华社|中新社|\p{Han}{2,6}?(?:日报|晚报|报|网|社|台))记者\s*(?P<n>\p{Han}{2,3}(?:[、,]\p{Han}{2,3}){0,3})\s*\d{1,2}\s*(?:月\s*\d{1,2}\s*)?日").unwrap()
    });
    // `…出庭。（某央社档案照片）（某央社记者X台北10日电）台北…`: an agency's
    // bracketed dateline after a caption.
    if let Some(d) = AGENCY_WITHIN.captures(&v).and_then(|c| agency_filed(&c)) {
        return Some(d.authors.iter().map(|n| back.restore(n)).collect());
    }
    // `…申报〔记者X／台北报导〕某某…`: a reporter's tag after the headline
    // glued to the story.
    if let Some(names) = report_tag_within(line) {
        return Some(names);
    }
    // `…格外青睐某家军记者X沈阳报道 来到沈阳，…`: a headline run into the
    // reporter's credit, which ends with a known place the report was filed
    // from, its mark and a space before the story.
    static FILED_WITHIN: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"(?:本报)?记者\s*(?P<run>\p{Han}{4,6}?)(?:报道|报导)(?:\s|$)").unwrap());
    if let Some(n) = FILED_WITHIN.captures(&v).and_then(|c| {
        let run = c.name("run").unwrap().as_str();
        trailing_place(run).map(|at| &run[..at]).filter(|n| lone_name(n)).map(str::to_owned)
    }) {
        return Some(vec![back.restore(&n)]);
    }
    // `新华社北京8月24日电 题：亮亮百姓“粮仓家底”——专访某某负责人 新华社记者王某彬
    // 民为国基…`: a wire feature's title line, then its reporters set off by spaces.
    static TITLED_WIRE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"电\s*题\s*:[^。]{4,80}?\s(?:\p{Han}{2,6}?(?:社|网|报|台))?(?:“[^”]{2,8}”)?记者\s*(?P<n>\p{Han}{2,3}(?:[、,]\p{Han}{2,3}){0,3})\s").unwrap()
    });
    if let Some(c) = TITLED_WIRE.captures(&v) {
        let names = split_names(&c["n"]);
        if surnamed(&names) {
            return Some(names.iter().map(|n| back.restore(n)).collect());
        }
    }
    // `…也可致命。文|《某国企业家》记者X或许…`: the writer's mark and the
    // reporter's credit run into the text, the name glued to the story.
    static MARKED_WITHIN: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"文\s*[|｜丨/]\s*(?:《[^》]{2,12}》)?\s*(?:\p{Han}{2,8}?(?:报|网|社|台))?\s*(?:首席|特约|见习|实习)?记者\s*").unwrap()
    });
    // `…●某城人民医院南都讯记者X正在输液…`: a dateline's mark and the
    // reporter glued after a caption, the name glued to the story (`通讯`,
    // `资讯`, `快讯` are words, not a dateline's mark).
    static XUN_WITHIN: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"(?P<pre>\p{Han})讯\s*(?:本报)?(?:首席|特约|见习|实习)?记者\s*").unwrap());
    let xun = XUN_WITHIN.captures(&v).filter(|c| !"通资简喜快电".contains(&c["pre"])).map(|c| c.get(0).unwrap().end());
    // (Names set off by `、` or spaces are a credit line the readers of
    // whole lines take.)
    if let Some(end) = MARKED_WITHIN.find(&v).map(|m| m.end()).or(xun) {
        let rest = &v[end..];
        if let Some(n) = glued_name(rest).filter(|n| rest[n.len()..].starts_with(|c: char| crate::text::is_han(c) || c == '“' || c.is_whitespace())) {
            return Some(vec![back.restore(&n)]);
        }
    }
    let Some(c) = WITHIN.captures(&v) else {
        let c = GLUED_WIRE.captures(&v)?;
        let names = split_names(&c["n"]);
        return surnamed(&names).then(|| names.iter().map(|n| back.restore(n)).collect());
    };
    if !ROLE.is_match(&c["body"]) {
        // `…中新网成都6月18日电 (X Y)记者18日从…`: a wire's writers without a
        // role, in brackets right after its dateline.
        let wire = c.get(0).unwrap().as_str().trim_start().starts_with(|ch: char| ch.is_ascii_digit()) && c[0].contains('电');
        let names = split_names(&c["body"]);
        let bare = wire && !names.is_empty() && names.iter().all(|n| lone_name(n));
        return bare.then(|| names.iter().map(|n| back.restore(n)).collect());
    }
    let (_, names) = credit(&c["body"]);
    let names = dedup(names);
    (!names.is_empty()).then(|| names.iter().map(|n| back.restore(n)).collect())
}

/// `…申报〔记者X／台北报导〕某某…`, `…（示意图）［记者X／台中报导］36岁…`,
/// `…釐清。（突发中心X／台北报导）《某果》关心你…`: a reporter's tag, in
/// brackets of any kind, anywhere in a line.
pub fn report_tag_within(line: &str) -> Option<Vec<String>> {
    // Every form needs 报道/报导 or a reporter's role (a cheap test first:
    // this runs on every paragraph of a page that credits nobody).
    if !line.contains(['报', '報', '记', '記', '讯', '訊']) {
        return None;
    }
    let (v, back) = view(line);
    static TAG_WITHIN: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"[〔【\[(]\s*(?P<t>[^〔〕【】\[\]()]{4,30}?(?:报导|报道))\s*[〕】\])]").unwrap());
    // `…造价吓住国会） 某军现役…【某球时报报道 特约记者 张某驰】在俄罗斯…`: a
    // square-bracketed tag with a reporter's role and name.
    static ROLE_TAG: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:【|^)\s*(?P<t>[^【】\[\]]{0,16}?(?:首席|特约|见习|实习)?(?:记者|通讯员)\s*\p{Han}{2,3}(?:[\s、]+\p{Han}{2,3}){0,3})\s*[】\]]").unwrap()
    });
    // `…技能大赛 （图文/团委通讯员 金某皓）8月28、29日，…`: a credit in round
    // brackets, its roles marked, after a headline the crawl ran into the story.
    static ROLE_PAREN: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"[(]\s*(?P<t>(?:图文|文图|文)?\s*/?\s*\p{Han}{0,8}?(?:首席|特约|见习|实习)?(?:记者|通讯员)\s*\p{Han}{2,3}(?:[\s、]+\p{Han}{2,3}){0,3})\s*[)]").unwrap()
    });
    TAG_WITHIN
        .captures_iter(&v)
        .find_map(|c| reported_byline(&c["t"]).map(|(_, names)| names).filter(|n| !n.is_empty()))
        .or_else(|| ROLE_TAG.captures(&v).and_then(|c| role_credit(&c["t"])).filter(|n| surnamed(n)))
        .or_else(|| ROLE_PAREN.captures(&v).and_then(|c| role_credit(&c["t"])).filter(|n| surnamed(n)))
        .map(|names| names.iter().map(|n| back.restore(n)).collect())
}

/// `牛年第一月 开基抬头券商理财掉队每经记者 于某敏在金融危机…`, `某某书记被查
/// 14:27·某济观察报 某济观察网 记者 李某敖 2024年11月27日10时，…`: a crawl
/// ran the headline into the credit and the credit into the story. The
/// role must come within the first fifty characters, after a run with no
/// sentence punctuation (a headline, not a sentence that mentions a
/// reporter: `…告诉记者`, `据记者了解`), and the credit is read as if it
/// opened the line, the last name perhaps glued to the story.
pub fn headline_run_credit(line: &str) -> Option<Vec<String>> {
    static ROLE_AT: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"(?:首席|特约|见习|实习)?(?:记者|通讯员)").unwrap());
    const SENTENCE: &[char] = &['。', '，', '！', '？', '；', '：', '、', ',', ';', '!', '?', '“', '”', '"'];
    const BEFORE_OBJECT: &[&str] = &["告诉", "对", "向", "给", "跟", "和", "与", "让", "被", "请", "据", "的", "接受", "在", "是", "为", "有", "名", "位"];
    let (v, back) = view(line);
    let m = ROLE_AT.find(&v)?;
    let head = &v[..m.start()];
    let n = head.chars().count();
    // (A headline set off by a space may hold a colon and quotes:
    // `某某经济正在崛起：商品越来越“小” 本报记者 X报道…`.)
    let spaced = head.trim_end_matches("本报").ends_with(char::is_whitespace) && !head.contains(['。', '，', '！', '？', '；', ',', ';', '!', '?']);
    // (`某治周末实习生 X 某治周末记者 Y`: the credit began before this role.)
    let earlier_role = ["实习生", "撰稿", "作者"].iter().any(|r| head.contains(r));
    if !(6..=50).contains(&n) || (head.contains(SENTENCE) && !spaced) || BEFORE_OBJECT.iter().any(|w| head.ends_with(w)) || earlier_role {
        return None;
    }
    let names = spaced_credit(&join_padded(&v[m.start()..]), true)?;
    (surnamed(&names) && names.iter().all(|x| lone_name(x))).then(|| names.iter().map(|x| back.restore(x)).collect())
}

/// A credit that opens `run` where a credit is known to stand (right after
/// the page's date stamp): roles and names, the last name perhaps glued to
/// the story (`记者 宋某杭州影迷有眼福了` → 宋某).
pub fn credit_at(run: &str) -> Option<Vec<String>> {
    let (v, back) = view(run);
    if !ROLE_HEAD.is_match(v.trim_start()) {
        return None;
    }
    let names = spaced_credit(&join_padded(v.trim_start()), true)?;
    names.iter().all(|x| role_marked_name(x)).then(|| names.iter().map(|x| back.restore(x)).collect())
}

/// `…概率只三成新浪体育讯北京时间3月29日消息，…`: a portal's dateline after
/// the headline the crawl glued before it. Only the big portals' names
/// (with a channel) mark where the outlet begins.
pub fn portal_dateline_within(line: &str) -> Option<String> {
    static PORTAL: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?P<o>(?:新浪|腾讯|网易|搜狐|凤凰网)(?:体育|科技|财经|娱乐|汽车|数码|教育|时尚|新闻|军事)?)讯\s*(?:北京时间|\d{1,2}\s*月|据|[(])").unwrap()
    });
    // `…为众院选举投票（共同社）中新网12月3日电 …`: a national wire's or
    // portal's dateline after a headline or a caption the copy ran into it
    // (not a report it cites: `据新华社…电`).
    static WIRE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?P<pre>.?)(?P<o>新华社|新华网|中新社|中新网|人民网|央视网|央广网|国际在线|环球网|光明网|中国网|中青网|中国日报网)\p{Han}{0,8}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:专)?电").unwrap()
    });
    let (v, back) = view(line);
    PORTAL
        .captures(&v)
        .or_else(|| WIRE.captures(&v).filter(|c| !c["pre"].ends_with(['据', '援', '引', '称'])))
        .map(|c| back.restore(&c["o"]))
}

/// `…出庭。（某央社档案照片）（某央社记者X台北10日电）台北…`: the agency of a
/// bracketed wire dateline inside a line.
pub fn agency_within(line: &str) -> Option<String> {
    let (v, back) = view(line);
    AGENCY_WITHIN.captures(&v).and_then(|c| agency_filed(&c)).and_then(|d| d.outlet).map(|o| back.restore(&o))
}

/// The outlet a reporter's byline names: `【联合报╱记者陈小君／即时报导】`,
/// `【台湾醒报记者林小静台北报导】`, `欣传媒╱记者丁小伶／台北报导`.
pub fn byline_outlet(line: &str) -> Option<String> {
    let (v, back) = view(line);
    let o = reported_byline(&v).or_else(|| lead_bracket(&v).and_then(reported_byline));
    // `某國時報【黃某如／台北報導】受到…`: the paper printed before its reporter's tag.
    static BEFORE_TAG: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?P<o>\p{Han}{2,8}?(?:日报|晚报|早报|时报|报|网|社|台|新闻))\s*[【\[〔]\s*(?:记者)?\s*\p{Han}{2,4}\s*[／/╱]\s*\p{Han}{0,6}(?:报导|报道)\s*[】\]〕]").unwrap()
    });
    o.and_then(|(o, _)| o)
        .or_else(|| BEFORE_TAG.captures(&v).map(|c| c["o"].to_owned()))
        .or_else(|| reporter_outlet(&v))
        .or_else(|| name_slash_outlet(&v).map(|(_, o)| o))
        .or_else(|| outlet_names_reported(&v))
        .map(|o| back.restore(&o))
}

/// The outlet a reporter's credit in brackets closing a paragraph names:
/// `…暂不明确。（某快报记者 黄某）`.
pub fn closing_outlet(line: &str) -> Option<String> {
    static CLOSING: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"[(（](?P<b>[^()（）]{4,44})[)）]\s*$").unwrap());
    let c = CLOSING.captures(line)?;
    byline_outlet(&c["b"])
}

/// `石小佳/某某青年报` under a headline: the writer, then the paper that
/// printed the story first.
fn name_slash_outlet(v: &str) -> Option<(String, String)> {
    static LINE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?P<n>\p{Han}{2,3})\s*[/╱|｜丨]\s*(?P<o>\p{Han}{2,12}?(?:报|网|社|台|新闻|客户端|杂志|周刊))\s*$").unwrap()
    });
    let c = LINE.captures(v)?;
    let n = &c["n"];
    (is_name(n) && super::surnames::surname(n).is_some()).then(|| (n.to_owned(), c["o"].to_owned()))
}

/// The paper a byline line credits its reporter to: `河北日报记者 X`,
/// `某某晚报·某某新闻记者 X` (read as the paper), `长城新媒体记者 X`.
/// `某某卫视 X Y 北京报道`: the station or paper, its reporters, where they filed from.
fn outlet_names_reported(v: &str) -> Option<String> {
    static LINE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?P<o>\p{Han}{2,8}?(?:卫视|电视台|日报|晚报|报|网|社|台|新闻))\s+\p{Han}{2,3}(?:[\s、]+\p{Han}{2,3}){0,2}\s+(?:\p{Han}{2,3})?(?:报道|报导)\s*$").unwrap()
    });
    byline_line_simplified(v)?;
    Some(LINE.captures(v)?["o"].to_owned())
}

/// `编译 X/Y; 审校 Z`, `发稿 X; 审校 Z`: a wire's desk credits on the
/// story's last line, who wrote or translated it and who checked it.
/// Returns (writers, editors); `None` unless a writer's role is there.
pub fn desk_credit(line: &str) -> Option<(Vec<String>, Vec<String>)> {
    static PART: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?P<r>编译|发稿|撰稿|翻译|审校|校对|编辑|责任编辑)\s*[:：]?\s*(?P<n>\p{Han}{2,4}(?:\s*[/、,]\s*\p{Han}{2,4}){0,3})\s*$").unwrap()
    });
    let (v, back) = crate::text::simplified_view(line);
    if !v.contains([';', '；']) && !["编译", "发稿"].iter().any(|r| v.trim_start().starts_with(r)) {
        return None;
    }
    let (mut writers, mut editors) = (Vec::new(), Vec::new());
    for part in v.split([';', '；']).filter(|p| !p.trim().is_empty()) {
        let c = PART.captures(part)?;
        let names: Vec<String> = c["n"].split(['/', '、', ',']).map(|n| n.trim().to_owned()).collect();
        if !surnamed(&names) || !names.iter().all(|n| is_name(n)) {
            return None;
        }
        let to = if matches!(&c["r"], "编译" | "发稿" | "撰稿" | "翻译") { &mut writers } else { &mut editors };
        to.extend(names.iter().map(|n| back.restore(n)));
    }
    (!writers.is_empty()).then_some((writers, editors))
}

/// `（县农业农村局 X）`, `文/县发改局 X`, `某某市教育局　2023年3月8日`: the office
/// a government story or notice closes with, before its writer or its date.
pub fn office_signature(line: &str) -> Option<String> {
    static SIGNED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*[(（]?\s*(?:文\s*/\s*|供稿\s*[:：]\s*)?(?P<o>\p{Han}{3,14})\s+(?:\p{Han}{2,3}(?:\s+\p{Han}{2,3}){0,2}|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[)）]?\s*$").unwrap()
    });
    let (v, back) = view(line);
    let o = SIGNED.captures(&v)?.name("o")?.as_str().to_owned();
    is_office(&o).then(|| back.restore(&o))
}

fn reporter_outlet(v: &str) -> Option<String> {
    static LEAD: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*[□■◎●▲◆◇★☆]?\s*[(\[【]?\s*(?:(?:文|文/图|文图|图文)\s*[/:]\s*)?(?:(?P<o>[\p{Han}·]{1,12}?(?:报|网|社|台|传媒|客户端|新闻|新媒体|融媒体中心|央视))\s*(?:驻\p{Han}{1,6}?)?|(?:作者|文)\s*[:/]\s*《(?P<m>[^《》]{2,12})》(?:杂志|周刊)?\s*)(?:特约记者|记者|通讯员)").unwrap()
    });
    // The credit may be a bracket opening the first paragraph.
    byline_line_simplified(v).or_else(|| token_credit(v)).or_else(|| lead_bracket(v).and_then(token_credit))?;
    let c = LEAD.captures(v)?;
    // `作者：《某某企业家》记者 X`: the magazine is the outlet.
    if let Some(m) = c.name("m") {
        return Some(m.as_str().to_owned());
    }
    let o = c.name("o")?.as_str();
    (o.chars().count() >= 3 && !o.starts_with('本')).then(|| o.to_owned())
}

/// The outlet named by a `来源：X` label anywhere in a short line.
/// `人民网-人民日报` keeps the outlet that printed it first (`人民日报`).
pub fn source_label(line: &str) -> Option<String> {
    // (`**來源：** 某公報`: a Markdown copy's bold marks around the label.)
    // (Its links as their text: `> 来源：X | [原文链接](https://…)`.)
    let unlinked = crate::text::unlink_markdown(line);
    let unmarked = if unlinked.contains("**") { unlinked.replace("**", "") } else { unlinked.into_owned() };
    let (v, back) = view(&unmarked);
    source_label_simplified(&v).map(|s| back.restore(&s))
}

/// `…等。 作者：X （来源：某岛网-某岛都市报）`: a source label in brackets
/// closing the story's last paragraph. `…的信任。(某時電子報)`: the outlet's
/// name alone in brackets after the last sentence. `综合某华社等报道`: the
/// outlet a compiled story cites first.
pub fn closing_source(line: &str) -> Option<String> {
    static CLOSING: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"[(]\s*(?:本文|文章|稿件)?来源\s*:\s*(?P<o>[^():]{2,24}?)\s*[)][^()]{0,30}$").unwrap());
    static ALONE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"[。！？!?”」]\s*[(]\s*据?(?P<o>\p{Han}{2,10}?(?:日报|晚报|时报|电子报|报|网|社|电视台|新闻))\s*[)]\s*$").unwrap()
    });
    static COMPILED: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"^\s*[(]?\s*综合(?P<o>\p{Han}{2,8}?(?:社|网|报|台))(?:[、和及]\p{Han}{2,8}?)*等?(?:媒体)?(?:报道|报导)\s*[)]?\s*$").unwrap());
    // `…共186人参加了学习会。 （区教育局供稿） 来源：某某实验区教育局 附件下载`: a
    // page's source label flattened onto the end of the text.
    static SPACED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"[。！？!?”)]\s+(?:来源|稿源|信息来源|文章来源)\s*:\s*(?P<o>[^\s():]{2,24})(?:\s+\S{1,6})?\s*$").unwrap()
    });
    // `…开放成果。（某华社北京1月4日电  记者X、Y）`, `（某华社北京3月19日电）`: the
    // agency's dateline in brackets closing the story (the copy a paper ran).
    static WIRE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:^|[。！？!?”」])\s*[(]\s*(?P<o>\p{Han}{1,6}?(?:社|网))\p{Han}{0,8}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:专)?电(?:\s*[^()]{0,40})?[)]\s*$").unwrap()
    });
    let (v, back) = view(line);
    if let Some(c) = ALONE.captures(&v).or_else(|| COMPILED.captures(&v)).or_else(|| WIRE.captures(&v)) {
        return Some(back.restore(&c["o"]));
    }
    if let Some(c) = SPACED.captures(&v) {
        return source_label_simplified(&format!("来源:{}", &c["o"])).map(|s| back.restore(&s));
    }
    let c = CLOSING.captures(&v)?;
    source_label_simplified(&format!("来源:{}", &c["o"])).map(|s| back.restore(&s))
}

/// `来源：中国新闻网 王某`: a personal name (2–3 Han characters) printed
/// after the source at the end of the line, with no role word.
pub fn name_after_source(line: &str) -> Option<String> {
    let (v, back) = view(line);
    name_after_source_simplified(&v).map(|s| back.restore(&s))
}

/// Bylines of the `X／地点报导` family (Taiwan and Hong Kong papers):
/// `记者陈小凯/台北报导`, `◎ 记者林小旻/采访报导`, `石小南/台北报导`,
/// `【联合报╱记者陈小君/即时报导】`. Returns the outlet, if named, and the names.
fn reported_byline(v: &str) -> Option<(Option<String>, Vec<String>)> {
    // With the role word: the outlet before it (with a slash, or ending like
    // an outlet; or a desk's word, `某竹振道记者X／新竹报导`, named no outlet
    // here), the names, then `/place` or a two-character place, and 报导.
    static WITH_ROLE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(
            r"(?x)^[\s◎●■]*(?:\d{4}-\d{1,2}-\d{1,2}\s*)?[【\[(〔]?\s*
            (?: (?P<o>\p{Han}{2,10}?)\s*[╱/]\s* | (?P<o2>\p{Han}{2,8}?(?:日报|晚报|早报|醒报|时报|报|网|社|台|传媒)) | \p{Han}{2,6}? )?
            (?:驻\p{Han}{1,3}?)?(?:记者|特派记者|特约记者|特派员|编译)\s*
            (?P<n>\p{Han}{2,4}(?:\s*[、,]\s*\p{Han}{2,4}|\s+\p{Han}{2,4})*)
            (?: \s*[╱/]\s*\p{Han}{0,6}?(?:\d{1,2}日)? | \s*\p{Han}{2} )
            (?:采访报导|综合报导|即时报导|报导|报道|编译|整理)\s*[)\]】〕]?
            (?:\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)?\s*$",
        )
        .unwrap()
    });
    // Without it: `石小南/台北报导`; after a desk, `突发中心江某伦/台北报导`.
    static BARE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(
            r"^[\s◎●■]*(?:\d{4}-\d{1,2}-\d{1,2}\s*)?(?:(?P<o3>\p{Han}{2,8}?(?:日报|晚报|早报|时报|报|网|社|台))\s+)?[【\[(〔]?\s*(?:\p{Han}{2,4}中心)?(?P<n>\p{Han}{2,4}(?:\s*[、,]\s*\p{Han}{2,4})*)\s*[╱/]\s*\p{Han}{2,6}?(?:报导|报道)\s*[)\]】〕]?\s*$",
        )
        .unwrap()
    });
    // A news agency's credit in brackets: `(中央社记者刘世怡台北11日电)`; the
    // reporter's name runs into the place, which is most often two characters.
    static AGENCY: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*[(\[【〔]\s*(?P<o>\p{Han}{2,6}?(?:社|报|网|台))记者(?P<run>\p{Han}{4,7})\s*\d{1,2}\s*日\s*电\s*[)\]】〕]\s*$").unwrap()
    });
    if v.chars().count() > 60 {
        return None;
    }
    // `希望之声国际广播电台张小翠报导`, `某某亚太电视黄小国、林小霞台湾新竹采访报导`:
    // outlet, reporters and perhaps the place run together.
    static GLUED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?P<o>\p{Han}{2,14}?(?:电视台|电视|电台|新闻|台|社|报|网))(?P<run>[\p{Han}、]{2,24}?)(?:采访)?(?:报导|报道)\s*$").unwrap()
    });
    if let Some(c) = GLUED.captures(v) {
        if let Some(names) = names_then_place(&c["run"]) {
            return Some((Some(c["o"].to_owned()), names));
        }
    }
    // `【中广新闻／陈小华】`: an outlet and its reporter in brackets, perhaps
    // with the desk (`优活健康资讯网╱uho新闻中心林小旻 2012-01-12 10:50`).
    static OUTLET_NAME: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*[【\[(〔]?\s*(?P<o>\p{Han}{2,10}?(?:日报|晚报|早报|醒报|时报|报|网|社|台|新闻|传媒))\s*[╱/]\s*(?:[\p{Han}A-Za-z]{0,8}?(?:新闻中心|中心|编辑部|采访组))?\s*(?P<n>\p{Han}{2,3}(?:\s*[、,]\s*\p{Han}{2,3})*)\s*[】\])〕]?\s*(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)?\s*$").unwrap()
    });
    if let Some(c) = OUTLET_NAME.captures(v) {
        let names = split_names(&c["n"]);
        if surnamed(&names) {
            return Some((Some(c["o"].to_owned()), names));
        }
    }
    // `2012/1/17 蔡小梧 报导`: a broadcaster's reporter, no role word.
    static NAME_REPORTED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*)?(?P<n>\p{Han}{2,3}(?:\s+\p{Han}{2,3}){0,2})\s+(?:报导|报道)\s*$").unwrap()
    });
    if let Some(c) = NAME_REPORTED.captures(v) {
        let names = split_names(&c["n"]);
        return surnamed(&names).then_some((None, names));
    }
    if let Some(c) = AGENCY.captures(v) {
        let run: Vec<char> = c["run"].chars().collect();
        let k = (run.len() - 2).min(3);
        let name: String = run[..k].iter().collect();
        let names = vec![name];
        return (is_name(&names[0]) && surnamed(&names)).then(|| (Some(c["o"].to_owned()), names));
    }
    let c = WITH_ROLE.captures(v).or_else(|| BARE.captures(v))?;
    let names = split_names(&c["n"]);
    // `政治中心/台北报导`: a desk's credit names nobody.
    if names.is_empty() || !names.iter().all(|n| is_name(n) && !n.ends_with("中心")) {
        return None;
    }
    let outlet = c.name("o").or_else(|| c.name("o2")).or_else(|| c.name("o3")).map(|m| m.as_str().to_owned());
    Some((outlet, names))
}

/// `黄小国、林小霞台湾新竹` → the names, the place the report came from left
/// out. Every name must open with a family name; the last one is cut where a
/// place of two to four characters is left after it.
fn names_then_place(run: &str) -> Option<Vec<String>> {
    let parts: Vec<&str> = run.split('、').collect();
    let (last, rest) = parts.split_last()?;
    let mut names: Vec<String> = rest.iter().map(|p| p.to_string()).collect();
    let chars: Vec<char> = last.chars().collect();
    let cut = [3usize, 2].into_iter().find(|&k| {
        let place = chars.len().checked_sub(k).unwrap_or(99);
        let name: String = chars.iter().take(k).collect();
        chars.len() >= k && (place == 0 || (2..=4).contains(&place)) && super::surnames::surname(&name).is_some()
    })?;
    names.push(chars[..cut].iter().collect());
    (names.iter().all(|n| is_name(n)) && surnamed(&names)).then_some(names)
}

fn dedup(v: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for x in v {
        if !out.contains(&x) {
            out.push(x);
        }
    }
    out
}

static SOURCE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::re(
        r"(?:(?:来源|稿源|信息来源|文章来源|新闻来源|媒体来源|稿件来源|来源于|出处|来源单位|发布机构|发文机关|发布单位|供稿单位|信息提供|提供单位|稿件提供|供稿|来自|转载自|本文转自|转自|解读机构)\s*[:|｜丨]|[【\[](?:来源|稿源|信息来源|文章来源)[】\]])\s*[【\[]?\s*(?P<src>[A-Za-z][A-Za-z.&]*(?: [A-Za-z][A-Za-z.&]*){1,3}|[^\s<|丨/,。;)\]】_\[【]{2,30})",
    )
    .unwrap()
});

/// The outlet named by a `来源：X` label anywhere in a short line.
/// `人民网-人民日报` keeps the outlet that printed it first (`人民日报`).
fn source_label_simplified(line: &str) -> Option<String> {
    let n = line; // already NFKC (see the public readers)
    if n.chars().count() > 120 {
        return None;
    }
    // `来源 采财网`: a label at the start of the line with only a space;
    // `摘自京华时报`, `本文来源于《财经网》`: a credit in a sentence of its own.
    static LOOSE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"^\s*(?:(?:来源|稿源)\s+|[-—]{2,}\s*(?:来源|摘要于|摘自)\s*|(?:摘自|本文来源于|本文来自|文章来源于|转载自|转自|本文原创发布于|原创发布于|本文首发于|首发于)\s*:?\s*)(?P<src>[^\s<|丨/,，。;)\]】_]{2,30})").unwrap()
    });
    let c = SOURCE_LABEL.captures(&n).or_else(|| LOOSE.captures(&n))?;
    // `声音来源：目击工人：「…」`: a broadcast's sound bite names who speaks;
    // `…修改了来源：…`: the label inside a sentence names no outlet.
    let before = n[..c.get(0).unwrap().start()].trim_end();
    if before.ends_with("声音") || before.ends_with("同期声") || before.ends_with(['了', '的', '是', '其']) {
        return None;
    }
    // `资料来源：某某学会`, `数据来源：…`, `图片来源：…`: where a chart's figures or a
    // picture came from, not the story's outlet.
    if ["资料", "数据", "图片", "图表", "照片", "素材", "视频", "题图", "头图", "封面", "图"].iter().any(|w| before.ends_with(w)) {
        return None;
    }
    let src = c["src"].trim_matches(|c: char| c == '-' || c == '—' || c.is_whitespace());
    // `本文来自微信公众号：[某子位 …](…)`: the account, not its label or a link's bracket.
    let src = src.strip_prefix("微信公众号").map_or(src, |r| r.trim_start_matches([':', ' '])).trim_start_matches(['[', '【']);
    // `“某林中学”微信公众号`: the account's name in quotes.
    static ACCOUNT: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r#"^[“"](?P<a>[^“”"]{2,20})[”"]\s*(?:微信)?公众号\s*$"#).unwrap());
    let account = ACCOUNT.captures(src).map(|c| c["a"].to_owned());
    let src = account.as_deref().unwrap_or(src);
    // (A quotation is no outlet's name.)
    if src.contains(['「', '“', '"']) {
        return None;
    }
    // `（供稿：X）` with a person's (or pen) name: who wrote it, not the
    // office that sent it (`供稿：宣传部`, `供稿：某某学院`).
    let label = &n[..c.name("src").unwrap().start()];
    let person = |v: &str| (2..=4).contains(&v.chars().count()) && v.chars().all(crate::text::is_han) && is_name(v);
    if label.trim_end().trim_end_matches([':', '：', ' ', '|', '｜', '丨']).ends_with("供稿") && person(src.trim_end_matches([')', '）'])) {
        return None;
    }
    // `证券时报网作者:李某`: the next label glued on by the layout.
    static NEXT_LABEL: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"(?:作者|记者|责任编辑|编辑|发布时间|发稿时间|时间|日期|浏览|点击|阅读|字号|访问|打印|原标题)\s*:").unwrap());
    let src = NEXT_LABEL.find(src).map_or(src, |m| src[..m.start()].trim());
    // `搜狐网*分享**微信**微博*`: a Markdown copy's share bar glued on.
    static SHARE_BAR: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"\**\s*(?:分享|微信|微博|收藏|打印|字号).*$").unwrap());
    let src = if src.contains('*') { SHARE_BAR.find(src).map_or(src, |m| src[..m.start()].trim()) } else { src };
    // `人民日报2024-05-13`: a date glued on by the layout is not part of the name.
    static GLUED_YEAR: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"(\p{Han}|》)(?:19|20)\d{2}.*$").unwrap());
    let src = GLUED_YEAR.replace(src, "$1");
    let src = src.replace(['《', '》'], "");
    let src = src.as_str();
    let src = match src.split_once(['-', '—', '－']) {
        // 人民网-人民日报: the paper, not the portal; 人民网-文化频道: the portal.
        Some((portal, paper)) if paper.ends_with('报') || paper.ends_with('社') => {
            let _ = portal;
            paper
        }
        Some((portal, _)) => portal,
        None => src,
    };
    // `某国青年报任某`: a writer's name glued after the outlet is no part of it.
    let glued = outlet_glued_name(src);
    let src = match &glued {
        Some(n) => src.strip_suffix(n.as_str()).unwrap_or(src),
        None => src,
    };
    // `中国证券报(广州)`: the place in brackets is not part of the name.
    let src = src.split(['(', '（']).next().unwrap_or("").trim();
    // `某易科技报道`, `某东潍坊综合整理`: how the outlet put the story together is
    // no part of it (a bare `综合` is kept: `某凰网综合` is how portals sign; and
    // a paper may be named so: `21世纪经济报道`).
    let src = match src.ends_with("经济报道") {
        true => src,
        false => ["综合整理", "综合报道", "报道", "报导", "整理"]
            .iter()
            .find_map(|w| src.strip_suffix(w))
            .filter(|o| o.chars().count() >= 2)
            .unwrap_or(src),
    };
    // `来源：某湃新闻记者 X`: the paper's reporter credited in the label.
    static REPORTER: LazyLock<Regex> = LazyLock::new(|| crate::text::re(r"(?:首席|特约|见习|实习)?(?:记者|通讯员)(?:\s*\p{Han}{2,3})?\s*$").unwrap());
    let src = match REPORTER.find(src) {
        Some(m) if m.start() >= 6 => src[..m.start()].trim(),
        _ => src,
    };
    // `某某新闻·某某号·政务`: the platform, not its account or channel.
    // `某某晚报·某某壹点`, `某某证券报·某证网`: the paper, not its app or site.
    let src = match src.split_once(['·', '•']) {
        Some((platform, rest)) if rest.split(['·', '•']).any(|p| p.ends_with('号')) => platform,
        Some((paper, rest)) if paper.ends_with(['报', '報']) && !rest.ends_with(['报', '報']) => paper,
        _ => src,
    };
    if src.chars().count() < 2
        || src.chars().all(|c| c.is_ascii_digit() || c == ':' || c == '-')
        || src.starts_with("http")
        || src.starts_with("www.")
        // `来源：作者：`: an empty slot before the next label; `来源：资料图`: a picture's caption.
        || src.ends_with(':')
        || ["作者", "编辑", "责任编辑", "记者", "时间", "日期", "资料图", "资料图片", "图片", "截图", "视频截图"].contains(&src)
    {
        return None;
    }
    Some(src.to_owned())
}

/// `来源：中国新闻网 王某`: a personal name (2–3 Han characters) printed
/// after the source at the end of the line, with no role word.
fn name_after_source_simplified(line: &str) -> Option<String> {
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::re(r"(?:来源|稿源|文章来源|信息来源)\s*:\s*[^\s:]{2,30}?(?:\s*[(](?:ID|微信号|微信ID|微信)\s*:[^()]{1,40}[)])?(?:\s+|\s*(?:记者|通讯员)\s*)(?P<n>\p{Han}{2,3})\s*(?:(?:责任编辑|编辑|责编)\s*:\s*\p{Han}{2,4}\s*)?[)\]】]?\s*(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*)?$").unwrap()
    });
    // Page controls and labels that end such lines on some sites.
    const NOT: &[&str] = &[
        "字号", "打印", "关闭", "分享", "收藏", "纠错", "评论", "默认", "返回", "原创", "转载", "综合", "编辑", "作者",
        "浏览", "点击", "阅读", "微信", "微博", "大中小", "字体", "放大", "缩小", "朗读", "播报", "扫码", "手机版", "记者",
    ];
    let n = line; // already NFKC
    if n.chars().count() > 80 {
        return None;
    }
    // `2019年03月21日08:46:54来源：某国青年报任某`: the name glued to the outlet.
    static GLUED: LazyLock<Regex> =
        LazyLock::new(|| crate::text::re(r"(?:来源|稿源|文章来源)\s*:\s*(?P<t>\p{Han}{5,14})\s*$").unwrap());
    if let Some(name) = GLUED.captures(n).and_then(|c| outlet_glued_name(&c["t"])) {
        return (!NOT.contains(&name.as_str())).then_some(name);
    }
    let c = AFTER.captures(n)?;
    let name = &c["n"];
    // A name with no role or label: it must open with a family name (`跟贴`, a
    // comment link, does not).
    (is_name(name) && !NOT.contains(&name) && super::surnames::surname(name).is_some()).then(|| name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reporter_after_the_source_label() {
        assert_eq!(name_after_source("2023-06-15 08:10 来源：中国新闻网 王某").as_deref(), Some("王某"));
        assert_eq!(name_after_source("来源: 南方日报  李明华").as_deref(), Some("李明华"));
        assert!(name_after_source("来源：中国政府网 字号").is_none());
        assert!(name_after_source("2010-03-29 18:37:00 来源: 中国新闻网(北京) 跟贴").is_none());
        assert!(name_after_source("来源：新华社 新华网").is_none());
        assert!(name_after_source("来源：人民网 国际频道").is_none());
        assert!(name_after_source("来源：中国新闻网").is_none());
        assert!(name_after_source("来源：河北日报 作者：张三").is_none());
        // A paper's WeChat account after its name, then its reporter.
        assert_eq!(name_after_source("来源：某京日报（ID：Mou_Daily）记者 孙某琪 ").as_deref(), Some("孙某琪"));
        assert_eq!(name_after_source("来源：某京日报记者 孙某琪").as_deref(), Some("孙某琪"));
        assert_eq!(name_after_source("来源：\u{a0}某商高级顾问团成员 郭某晔 2019-08-05 15:43").as_deref(), Some("郭某晔"));
    }

    #[test]
    fn an_outlet_of_any_name_then_its_day_and_hour_before_xun() {
        let d = dateline("某龙网7月5日22时讯（首席记者 黄某）7月4日晚，某歌手在演唱会上公开了恋情。").unwrap();
        assert_eq!(d.outlet.as_deref(), Some("某龙网"));
        assert_eq!(d.month_day, Some((7, 5)));
        assert_eq!(d.authors, ["黄某"]);
        // A sports site whose name ends in no 网/报/社: the day before 讯 marks it.
        let d = dateline("虎某9月21日讯 某俱乐部公布了上赛季的年度财务报表。").unwrap();
        assert_eq!(d.outlet.as_deref(), Some("虎某"));
        assert_eq!(d.month_day, Some((9, 21)));
        // A paragraph kept inside a CSV field's quotes.
        let d = dateline("\"楚某都市报9月23日讯（记者陈某 通讯员徐某山）9月23日，某省军区举行退役仪式。\"").unwrap();
        assert_eq!(d.outlet.as_deref(), Some("楚某都市报"));
        assert_eq!(d.authors, ["陈某", "徐某山"]);
    }

    #[test]
    fn unbracketed_credit_set_off_by_spaces() {
        let d = dateline("本报讯 记者贺某明 通讯员柯某静 3月12日，全省春耕备播工作推进会召开。").unwrap();
        assert_eq!(d.authors, ["贺某明", "柯某静"]);
        let d = dateline("本报讯 记者 贺某明 通讯员 柯某静 春耕时节，全省各地抢抓农时。").unwrap();
        assert_eq!(d.authors, ["贺某明", "柯某静"]);
        // A sentence about reporters is no credit.
        assert!(dateline("本报讯 记者日前从省农业农村厅获悉，全省春耕有序推进。").unwrap().authors.is_empty());
        // The credit must be followed by the story.
        assert!(dateline("本报讯 记者 贺某明").unwrap().authors.is_empty());
    }

    #[test]
    fn a_portal_channel_reporting_with_a_writers_label() {
        let d = dateline("某易娱乐1月17日报道 (文/小易) 昨日，某某颁奖礼在北京举行。").unwrap();
        assert_eq!(d.outlet.as_deref(), Some("某易娱乐"));
        assert_eq!(d.month_day, Some((1, 17)));
        assert_eq!(d.authors, ["小易"]);
    }

    #[test]
    fn outlet_reporter_and_day_before_reported() {
        let d = dateline("某方网记者贺某明3月12日报道：全省春耕备播工作推进会召开。").unwrap();
        assert_eq!(d.outlet.as_deref(), Some("某方网"));
        assert_eq!(d.month_day, Some((3, 12)));
        assert_eq!(d.authors, ["贺某明"]);
    }

    #[test]
    fn outlet_news_dateline_with_credit() {
        let d = dateline("央视网消息（记者 贺某明）：3月12日，全省春耕备播工作推进会召开。").unwrap();
        assert_eq!(d.outlet.as_deref(), Some("央视网"));
        assert_eq!(d.authors, ["贺某明"]);
        // `好消息（一）` opens no dateline: the word before 消息 is no outlet.
        assert!(dateline("重大好消息（一）全省春耕备播有序推进").is_none());
    }

    #[test]
    fn feature_credits_name_the_writer_among_other_roles() {
        assert_eq!(byline_line("策划：郑某年 统筹：罗某凡 文字：贺某明").unwrap(), ["贺某明"]);
        assert_eq!(byline_line("文字：贺某明 摄影：柯某静 视频：罗某凡").unwrap(), ["贺某明"]);
        assert_eq!(byline_line("口述：柯某静 整理：贺某明").unwrap(), ["贺某明"]);
        assert!(byline_line("策划：郑某年 统筹：罗某凡").is_none());
        assert!(byline_line("摄影：柯某静").is_none());
    }

    #[test]
    fn e_paper_bullets_marks_and_picture_credits() {
        assert_eq!(byline_line("本报记者 贺某明 文 柯某静 图").unwrap(), ["贺某明"]);
        assert_eq!(dateline("本报讯（记者 贺某明 见习记者 柯某静/文 罗某凡/图）全省会议召开。").unwrap().authors, ["贺某明", "柯某静"]);
        // `王 文` is a padded name, not 王 marked as the writer.
        assert_eq!(byline_line("本报记者 王 文 李 图").unwrap(), ["王文", "李图"]);
        assert_eq!(byline_line("□贺某明").unwrap(), ["贺某明"]);
        assert_eq!(byline_line("■贺某明 柯某静").unwrap(), ["贺某明", "柯某静"]);
        assert_eq!(byline_line("□某报记者 贺某明").unwrap(), ["贺某明"]);
        // A column's name after the bullet is no byline.
        assert!(byline_line("■纪检监察").is_none());
        assert!(byline_line("□武汉").is_none());
        assert_eq!(byline_line("贺某明/文 柯某静/图").unwrap(), ["贺某明"]);
        assert_eq!(byline_line("本报记者 贺某明 实习生 柯某静 文/图").unwrap(), ["贺某明", "柯某静"]);
        assert_eq!(byline_line("记者 贺某明 视频 柯某静").unwrap(), ["贺某明"]);
        // An outlet before the first role, another role inside the names.
        assert_eq!(byline_line("某众网记者张某通讯员蒋某济南报道").unwrap(), ["张某", "蒋某"]);
        assert_eq!(byline_line("某众网·某报新闻记者张某通讯员蒋某济南报道").unwrap(), ["张某", "蒋某"]);
        assert!(byline_line("某某社记者 贺某明 摄").is_none());
        assert_eq!(byline_line("贺某明 摄影报道").unwrap(), ["贺某明"]);
        assert_eq!(byline_line("贺某明 北京报道").unwrap(), ["贺某明"]);
        assert_eq!(byline_line("某某卫视 贺某明 柯某静 北京报道").unwrap(), ["贺某明", "柯某静"]);
        assert_eq!(byline_outlet("某某卫视 贺某明 柯某静 北京报道").as_deref(), Some("某某卫视"));
        assert_eq!(byline_line("文_ btr 摄影_ btr").unwrap(), ["btr"]);
        assert!(byline_line("武汉 北京报道").is_none());
        assert_eq!(byline_line("文·贺某明").unwrap(), ["贺某明"]);
        assert_eq!(byline_line("图、文/贺某明").unwrap(), ["贺某明"]);
        assert_eq!(byline_line("圖、文／賀某明").unwrap(), ["賀某明"]);
        assert_eq!(byline_line("特约撰稿 贺某明").unwrap(), ["贺某明"]);
        assert_eq!(byline_line("来源 | 某某日报 作者 | 贺某明").unwrap(), ["贺某明"]);
    }

    #[test]
    fn credit_lines_read_word_by_word() {
        assert_eq!(token_credit("记者：贺某明／通讯员：柯某静").unwrap(), ["贺某明", "柯某静"]);
        // An audio feature's writers among its production credits.
        assert_eq!(token_credit("主笔丨韩某 周某帆").unwrap(), ["韩某", "周某帆"]);
        assert_eq!(token_credit("播讲丨长某"), None);
        assert_eq!(token_credit("文稿 | 康某禾 马某萌 周某 唐某莹").unwrap(), ["康某禾", "马某萌", "周某", "唐某莹"]);
        assert_eq!(token_credit("供稿 | 黄某").unwrap(), ["黄某"]);
        assert_eq!(token_credit("新华报业全媒体记者 卢某").unwrap(), ["卢某"]);
        assert_eq!(token_credit("供稿：某某学院"), None);
        // The day glued before where the story was filed from.
        assert_eq!(token_credit("某狐体育 张某 2月8日东莞报道").unwrap(), ["张某"]);
        // A semicolon between the writer's and the photographer's credits.
        assert_eq!(byline_line("文/金某英；摄/夏某新").unwrap(), ["金某英"]);
        // A portal's `(博客,微博)` links after the outlet; the marks glued to the name.
        assert_eq!(dateline("本报讯 （某岛财经日报/某岛财经网(博客,微博)记者 封某楼） 市人社局昨天公布").unwrap().authors, ["封某楼"]);
        assert_eq!(dateline("某州晚报讯（记者朱某源文/图）11月7日，某洽谈会开幕").unwrap().authors, ["朱某源"]);
        // A programme in a dateline's brackets, a CMS's entry-time label after the writer.
        assert!(dateline("某视网消息（新闻联播）：某会议1月15日召开").unwrap().authors.is_empty());
        assert_eq!(byline_line("作者：雷某航 加入时间：2016/7/14 16:52:59 来源：党办").unwrap(), ["雷某航"]);
        // The outlet, the role, the name and the filing mark opening the story.
        assert_eq!(dateline("某球网实习记者宋某钢报道 据某联社2月2日报道，今天上午").unwrap().authors, ["宋某钢"]);
        // A desk before the writer in the dateline's brackets.
        assert_eq!(dateline("某新网10月14日电(健康频道 袁某) 连日来，一场微博战").unwrap().authors, ["袁某"]);
        // The role glued to the dateline.
        assert_eq!(dateline("某城晚报讯记者刘某宁、通讯员陈某舒、实习生秦某星报道：22日上午").unwrap().authors, ["刘某宁", "陈某舒", "秦某星"]);
        // Two credits run together: the second role's outlet glued to the first role's name.
        assert_eq!(byline_line("通讯员孔某扬子晚报记者毕某星").unwrap(), ["孔某", "毕某星"]);
        assert_eq!(byline_line("楚天都市报记者 李某").unwrap(), ["李某"]);
        assert_eq!(byline_line("华西都市报记者 李某").unwrap(), ["李某"]);
        // `文/视频` before the roles.
        assert_eq!(dateline("某声在线7月6日讯（文/视频 全媒体记者 王某芳 实习生 罗某妮 通讯员 王某莞）7月3日").unwrap().authors, ["王某芳", "罗某妮", "王某莞"]);
        // Set 32's forms: a newsflash tag, roles inside the writer's part, a
        // reporter glued to where they filed from and to the story, a
        // composite outlet, two names run together.
        assert_eq!(byline_line("【某球网快讯 记者 赵某龙】某联社3月6日报道").unwrap(), ["赵某龙"]);
        assert_eq!(byline_line("【某球时报驻台北特约记者 林某】某地海军军舰13日提前启航。").unwrap(), ["林某"]);
        assert_eq!(byline_line("文/记者伍某仪 通讯员崔某玲、邝某").unwrap(), ["伍某仪", "崔某玲", "邝某"]);
        assert_eq!(dateline("记者张某济南报道由于在亚洲杯预赛上，中国和黎巴嫩同在D组").unwrap().authors, ["张某"]);
        assert_eq!(dateline("中国某西网/某西头条客户端讯 记者王某红、实习生蔡某欣报道：7月22日").unwrap().authors, ["王某红", "蔡某欣"]);
        assert_eq!(credit("记者闵某刘某").1, ["闵某", "刘某"]);
        assert_eq!(credit("记者欧阳某某").1, ["欧阳某某"]);
        // The hour and minute before 讯; a site's 报道 before the bracket.
        assert_eq!(dateline_credit_within("某龙网-新某庆客户端4月23日10时35分讯（记者 舒某） 三亚有多欢迎").unwrap(), ["舒某"]);
        assert_eq!(dateline_credit_within("国际在线报道（记者 蔡某骉）：中国国家主席").unwrap(), ["蔡某骉"]);
        // A platform's account, labelled its author.
        assert!(byline_line("上观号作者：徐某通").is_none());
        // The proofreader after the reporter.
        assert_eq!(byline_line("某京报记者 苏某 校对 李某").unwrap(), ["苏某"]);
        // A headline run into the dateline of a site's story.
        assert_eq!(dateline_credit_within("某务部：某会设立发布平台某证网讯（记者 倪某娅）商务部网站29日消息").unwrap(), ["倪某娅"]);
        // The table's credit glued to the writer's mark.
        assert_eq!(token_credit("某京商报记者石某月/文宋某媛/制表").unwrap(), ["石某月"]);
        // The writer took the pictures too; the paper's edition follows.
        assert_eq!(byline_line("本报记者 张某文并摄《某国青年报》（2015年07月06日12版）").unwrap(), ["张某文"]);
        assert_eq!(byline_line("本报记者 张某 文并摄").unwrap(), ["张某"]);
        // The credit alone opening a run-together story.
        assert_eq!(dateline("首席记者 潘某峰 “实在是太感谢了。”这是董阿姨第三次道谢。").unwrap().authors, ["潘某峰"]);
        assert!(dateline("记者 刘某木 摄").is_none_or(|d| d.authors.is_empty()));
        // A dateline with the day in Chinese numerals.
        let d = dateline("某新网上海四月二十一日电 (记者 陈某)某医院成功救治").unwrap();
        assert_eq!((d.month_day, d.authors), (Some((4, 21)), vec!["陈某".to_owned()]));
        // `✎` sets the writer's name off its role.
        assert_eq!(token_credit("文✎人大相某").unwrap(), ["人大相某"]);
        // A photographer's credit opening the line names no writer.
        assert!(byline_line("摄影记者王某").is_none());
        assert!(byline_line("摄影记者 王某 实习生 袁某峰").is_none_or(|v| v == ["袁某峰"]));
        assert_eq!(role_credit("摄影记者 王某 实习生 袁某峰").unwrap(), ["袁某峰"]);
        assert_eq!(token_credit("摄影记者 王某 实习生 袁某峰").unwrap(), ["袁某峰"]);
        // `南都记者`: the outlet too short to tell; the name after it counts.
        assert_eq!(token_credit("采写：南某记者 李某 制图：张某君").unwrap(), ["李某"]);
        // A bullet before each credit, then the story in the same paragraph.
        assert_eq!(
            dateline("□ 本报记者 张某　　□ 本报见习记者 范某恒　　□ 本报通讯员 张某斌 炎炎夏日，各类游泳健身场馆正在成为人们的好去处。").unwrap().authors,
            ["张某", "范某恒", "张某斌"]
        );
        // The desk before the writer after a wire's dateline.
        assert_eq!(dateline("某新网5月16日电 (某新财经 葛某) 据国家发改委通知，每吨汽油下调380元。").unwrap().authors, ["葛某"]);
        // A newsflash's credit after the original headline, in one paragraph.
        assert_eq!(dateline_credit_within("原标题：某国总理视察军力部署 某京报快讯（记者 刘某昭）据某社报道，3月28日…").unwrap(), ["刘某昭"]);
        // The outlet alone in a bracketed tag, then the credit.
        let d = dateline("【某新网】（记者刘某萍）发改委联合证监会发布通知一个多月后，首单项目落地。").unwrap();
        assert_eq!((d.outlet.as_deref(), d.authors.as_slice()), (Some("某新网"), &["刘某萍".to_owned()][..]));
        // The writer and the filing mark glued to a composite outlet's 讯.
        assert_eq!(dateline("某江网/某乡头条客户端讯李某平报道:为贯彻落实国家工作要求，某校积极推进。").unwrap().authors, ["李某平"]);
        // The outlet without the newsflash's 快, a place glued after it, or a paper's app.
        assert_eq!(dateline("某京报快讯 今日(6月8日)下午，某省高考语文科目考试结束。").unwrap().outlet.as_deref(), Some("某京报"));
        assert_eq!(dateline("某商报安康讯（记者 王某）昨日，某区召开会议。").unwrap().outlet.as_deref(), Some("某商报"));
        assert_eq!(dateline("某网时刻衡阳讯（记者 王某）昨日，某区召开会议。").unwrap().outlet.as_deref(), Some("某网时刻"));
        assert_eq!(dateline("某民日报海外版讯（记者 王某）昨日，某区召开会议。").unwrap().outlet.as_deref(), Some("某民日报海外版"));
        assert_eq!(dateline("某湘都市报·新某南客户端6月1日讯 （全媒体记者 李某 通讯员 王某艳）").unwrap().outlet.as_deref(), Some("某湘都市报"));
        assert_eq!(dateline("某圳新闻网2021年9月3日讯 （记者 曹某芳）9月2日，某区召开会议。").unwrap().outlet.as_deref(), Some("某圳新闻网"));
        assert_eq!(lead_tag_outlet("【某球网综合报道】据某国通讯社6月14日报道，某地法院审理了一起案件。").as_deref(), Some("某球网"));
        assert_eq!(closing_outlet("相关听证会将在4月19日举行。（某快报记者 黄某）").as_deref(), Some("某快报"));
        assert!(closing_outlet("相关听证会将在4月19日举行。（黄某）").is_none());
        assert_eq!(
            dateline_credit_within("某华社北京10月24日电 题：某会举行新闻发布会某华社记者张某、董某婷10月24日上午，某会举行新闻发布会。").unwrap(),
            ["张某", "董某婷"]
        );
        assert!(dateline_credit_within("某华社记者了解到，10月24日上午，某会举行新闻发布会。").is_none());
        // What kind of reporter is no outlet.
        let d = dateline("本报香港4月21日电 （特派记者蔡某）当亲切的琼剧唱腔再次响起，现场爆发出了热烈的掌声。").unwrap();
        assert_eq!((d.outlet, d.authors), (None, vec!["蔡某".to_owned()]));
        // The paper and its news brand, then the credit, with no 讯.
        let d = dateline("某制晚报·看法新闻（记者 张某 李某煜）今日上午，有媒体曝出一则消息。").unwrap();
        assert_eq!((d.outlet.as_deref(), d.authors.as_slice()), (Some("某制晚报"), &["张某".to_owned(), "李某煜".to_owned()][..]));
        assert!(dateline("某京报（北京）今日上午，有媒体曝出一则消息。").is_none_or(|d| d.authors.is_empty()));
        // The writer's name and the filing mark opening the story.
        assert_eq!(dateline("乐某智报道 “小陈，还能帮忙配药吗？”").unwrap().authors, ["乐某智"]);
        assert!(dateline("江苏报道 今年以来，全省经济稳中向好。").is_none_or(|d| d.authors.is_empty()));
        // An information line whose writer's slot is empty names nobody.
        assert!(token_credit("时间：2024-10-25 08:03:30　 来源：某龙江日报　 作者：").is_none());
        // `编写` credits the writer; a pen name follows it.
        assert_eq!(token_credit("编写/公子某忌").unwrap(), ["公子某忌"]);
        // A trainee's role, and the reviewer's label glued to the name.
        assert_eq!(token_credit("(实习编译：李某婷审稿：李某飞)").unwrap(), ["李某婷"]);
        // `责任编辑：` stays one label.
        assert!(token_credit("【作者：《某经》综合报道 】 (责任编辑：谢某)").is_none());
        assert_eq!(token_credit("编译：李某婷 责任编辑：谢某").unwrap(), ["李某婷"]);
        // Two names run together, then the mark for words and pictures.
        assert_eq!(dateline("某代快报讯（记者徐某卢某燕文/摄）褪黑素、葡萄籽胶囊……").unwrap().authors, ["徐某", "卢某燕"]);
        assert_eq!(token_credit("文字 | 贺某明 摄影 | 柯某静 视频 | 罗某凡").unwrap(), ["贺某明"]);
        assert_eq!(token_credit("监制：郑某年 主编：罗某凡 文案：贺某明").unwrap(), ["贺某明"]);
        assert_eq!(token_credit("供稿单位：县农业农村局 供稿人：贺某明").unwrap(), ["贺某明"]);
        assert_eq!(token_credit("（通讯员 某某镇 贺某明）").unwrap(), ["贺某明"]);
        assert_eq!(token_credit("贺某明、柯某静 / 北京报道").unwrap(), ["贺某明", "柯某静"]);
        assert_eq!(token_credit("－记者 贺某明－").unwrap(), ["贺某明"]);
        assert_eq!(token_credit("某某卫视 贺某明 柯某静 北京报道").unwrap(), ["贺某明", "柯某静"]);
        // Without a writer's role or a filing mark, names are no credit.
        assert!(token_credit("贺某明 柯某静").is_none());
        // One word that is none of roles, marks, outlets or names: no credit.
        assert!(token_credit("记者 从 会上 获悉").is_none());
        assert!(token_credit("记者手记：春天里的田野").is_none());
        // A picture's credit only.
        assert!(token_credit("摄影 柯某静").is_none());
        assert!(token_credit("某某社记者 柯某静 摄").is_none());
        // Outlets spelt with Latin letters or digits, glued to the role and the name.
        assert_eq!(token_credit("TVBS記者 陳某明 / 攝影 林某靜 報導").unwrap(), ["陳某明"]);
        assert_eq!(token_credit("ETtoday新聞雲記者陳某明／台北報導").unwrap(), ["陳某明"]);
        assert_eq!(token_credit("香港01記者 陳某明").unwrap(), ["陳某明"]);
        assert_eq!(token_credit("記者陳某明 攝影記者林某靜／台北報導").unwrap(), ["陳某明"]);
        // The outlet, then its writers' names alone.
        assert_eq!(token_credit("某時新聞網 陳某明").unwrap(), ["陳某明"]);
        assert_eq!(token_credit("某镜周刊 陈某明 林某静").unwrap(), ["陈某明", "林某静"]);
        assert!(token_credit("某某新闻网 北京").is_none());
        assert!(token_credit("告诉记者 柯某静").is_none());
    }

    #[test]
    fn writer_label_forms() {
        assert_eq!(byline_line("【作者】贺某明").unwrap(), ["贺某明"]);
        // `︱` (a vertical bar that NFKC reads as `—`), as WeChat-style credits print it.
        assert_eq!(byline_line("作者︱春春").unwrap(), ["春春"]);
        assert_eq!(byline_line("出品︱某某栏目组 胖胖 作者︱春春").unwrap(), ["春春"]);
        assert_eq!(byline_line("撰稿 贺某明").unwrap(), ["贺某明"]);
        assert_eq!(byline_line("撰稿人：贺某明 柯某静").unwrap(), ["贺某明", "柯某静"]);
        assert_eq!(byline_line("执笔人：贺某明").unwrap(), ["贺某明"]);
        assert_eq!(byline_line("供稿：贺某明").unwrap(), ["贺某明"]);
        assert_eq!(source_label("（供稿：贺某明）"), None);
        assert_eq!(source_label("（供稿：雾柳）"), None);
        assert_eq!(source_label("供稿 | 黄某"), None);
        assert_eq!(source_label("（供稿：宣传部）").as_deref(), Some("宣传部"));
        assert_eq!(source_label("（供稿：计算机系）").as_deref(), Some("计算机系"));
        // A chart's or a picture's source is not the story's; bold marks and an
        // account's quotes are no part of the outlet.
        assert_eq!(source_label("资料来源：某国电子学会"), None);
        assert_eq!(source_label("来源：某易科技报道").as_deref(), Some("某易科技"));
        assert_eq!(source_label("来源：某东潍坊综合整理").as_deref(), Some("某东潍坊"));
        assert_eq!(source_label("来源：21世纪经济报道").as_deref(), Some("21世纪经济报道"));
        // The next label glued on is cut before the portal and its paper are told apart.
        assert_eq!(source_label("来源：某国军网-某放军报作者：梅某、杨某江责任编辑：杨某凡").as_deref(), Some("某放军报"));
        assert_eq!(source_label("来源：某方财富网原标题:某某汽车制造商上").as_deref(), Some("某方财富网"));
        assert_eq!(source_label("数据来源：某州市统计局"), None);
        assert_eq!(source_label("**來源：** 某公報").as_deref(), Some("某公報"));
        assert_eq!(source_label("**内容来源：** “某林中学”微信公众号").as_deref(), Some("某林中学"));
        assert_eq!(source_label("2026-07-08 11:21:09来源：某狐网*分享**微信**微博*").as_deref(), Some("某狐网"));
        assert_eq!(source_label("（供稿：图书馆）").as_deref(), Some("图书馆"));
        assert_eq!(source_label("（供稿：县农业农村局）").as_deref(), Some("县农业农村局"));
        // An office that supplied the story is no writer.
        assert!(byline_line("供稿：农业农村局").is_none());
        assert_eq!(byline_line("贺某明 柯某静 文").unwrap(), ["贺某明", "柯某静"]);
        // Without a family name the words are no names (`语文`, `撰稿 要求`).
        assert!(byline_line("撰稿 要求严格").is_none());
        assert!(byline_line("初中 语文").is_none());
    }

    #[test]
    fn a_column_licensed_to_the_site() {
        assert_eq!(licensed("本文为康某坦丁授权某易财经《某观察》发布，转载请注明出处。"), Some((vec!["康某坦丁".to_owned()], "某易财经".to_owned())));
        assert_eq!(licensed("本文系maomaobear授权某某网独家发布"), Some((vec!["maomaobear".to_owned()], "某某网".to_owned())));
        assert_eq!(licensed("本文为南某一鲨授权某易财经《某观察》专栏发布，转载须注明出处。"), Some((vec!["南某一鲨".to_owned()], "某易财经".to_owned())));
        // An outlet that licensed its story is the source, and no writer.
        assert_eq!(licensed("本文为某略网授权某易财经《某观察》发布"), Some((vec![], "某略网".to_owned())));
        assert!(licensed("本文为原创，未经授权不得转载").is_none());
    }

    #[test]
    fn a_papers_desk_opening_the_story() {
        assert_eq!(lead_tag_outlet("某国时报大陆新闻中心／某国总理昨日出席活动。").as_deref(), Some("某国时报"));
        assert_eq!(lead_tag_outlet("某某社／综合外电报道，会议昨日闭幕。").as_deref(), Some("某某社"));
        // A date with slashes is no desk.
        assert!(lead_tag_outlet("2010/05/12 会议昨日闭幕。").is_none());
    }

    #[test]
    fn a_magazine_named_before_its_reporter_is_the_outlet() {
        assert_eq!(byline_outlet("作者：《某某企业家》记者 林某涛").as_deref(), Some("某某企业家"));
        assert_eq!(byline_line("作者：《某某企业家》记者 林某涛").unwrap(), ["林某涛"]);
    }

    #[test]
    fn source_labels_with_bars_brackets_and_reprints() {
        assert_eq!(source_label("2024-03-12 08:30 来源 | 某江日报").as_deref(), Some("某江日报"));
        assert_eq!(source_label("来源：【某江日报】").as_deref(), Some("某江日报"));
        assert_eq!(source_label("转载自：某江日报").as_deref(), Some("某江日报"));
        assert_eq!(source_label("本文原创发布于某某社区，未经许可，禁止转载").as_deref(), Some("某某社区"));
        assert_eq!(source_label("本文首发于某江日报").as_deref(), Some("某江日报"));
    }

    #[test]
    fn a_paper_printed_with_its_app_is_the_source() {
        assert_eq!(source_label("来源：某某晚报·某某壹点").as_deref(), Some("某某晚报"));
        assert_eq!(source_label("来源：某某证券报·某证网").as_deref(), Some("某某证券报"));
        assert_eq!(source_label("来源：某某新闻·某某号·政务").as_deref(), Some("某某新闻"));
        // Two papers: the credit stays whole.
        assert_eq!(source_label("来源：某某日报·某某晚报").as_deref(), Some("某某日报·某某晚报"));
    }

    #[test]
    fn a_cited_report_is_no_dateline() {
        assert!(dateline("据某某社9月26日消息，今日从交通运输部获悉，项目进展顺利。").is_none());
        assert_eq!(dateline("某某社9月26日消息，今日从交通运输部获悉。").unwrap().outlet.as_deref(), Some("某某社"));
    }

    #[test]
    fn day_after_the_credit() {
        let d = dateline("本报讯（记者 张三）3月28日晚，全省会议召开。").unwrap();
        assert_eq!(d.month_day, Some((3, 28)));
        assert_eq!(d.authors, ["张三"]);
        let d = dateline("本报讯 12月30日，市委召开会议。").unwrap();
        assert_eq!(d.month_day, Some((12, 30)));
        let d = dateline("本报讯（记者 张三）全省会议召开，3月28日通过。").unwrap();
        assert_eq!(d.month_day, None);
    }

    #[test]
    fn benbao_dateline_with_paper_and_two_reporters() {
        let d = dateline("本报讯(河北日报记者 四建磊 吴韬)3月28日晚,省应对新冠肺炎疫情工作领导小组会议召开。").unwrap();
        assert_eq!(d.outlet.as_deref(), Some("河北日报"));
        assert_eq!(d.authors, ["四建磊", "吴韬"]);
    }

    #[test]
    fn outlets_of_tags_brackets_and_closing_labels() {
        assert_eq!(lead_tag_outlet("【某球网报道 实习记者 杨某】1945年8月…").as_deref(), Some("某球网"));
        assert_eq!(lead_tag_outlet("【文/某察者网 柳某】美国总统12日晚表示").as_deref(), Some("某察者网"));
        assert_eq!(portal_dateline_within("火箭闯入前八概率只三成新浪体育讯北京时间3月29日消息，美国网站").as_deref(), Some("新浪体育"));
        assert_eq!(portal_dateline_within("他在新浪微博上说，比赛很精彩"), None);
        assert_eq!(dateline("新浪数码讯10月17日下午消息，某公司今日发布新品").unwrap().outlet.as_deref(), Some("新浪数码"));
        assert_eq!(agency_within("出庭。（某央社檔案照片）（某央社記者林某順台北10日電）台北地方法院").as_deref(), Some("某央社"));
        assert_eq!(closing_outlet("已完成首飞。（总台央视记者龙某勤）").as_deref(), Some("总台央视"));
        assert_eq!(closing_outlet("降落航展中心。（某面新闻记者 邹某江 杨某 魏某麒 黄某瑜 赵某 林某瑶 珠海报道）").as_deref(), Some("某面新闻"));
        assert_eq!(source_label("来源： 某开大学新闻网 发稿时间：2023-02-08 14:40").as_deref(), Some("某开大学新闻网"));
        assert_eq!(lead_tag_outlet("【某球网快讯 记者 赵某龙】韩联社3月6日报道").as_deref(), Some("某球网"));
        assert_eq!(lead_tag_outlet("【某林新闻中心讯】4月15日上午，督查组一行来校。").as_deref(), Some("某林新闻中心"));
        assert_eq!(dateline("（某央社台北23日電）行政院今天表示").unwrap().outlet.as_deref(), Some("某央社"));
        assert_eq!(dateline("新华社 北京2月22日电 中共中央政治局召开会议").unwrap().outlet.as_deref(), Some("新华社"));
        assert_eq!(dateline("某国经济网北京12月20日综合报道 据官网消息").unwrap().outlet.as_deref(), Some("某国经济网"));
        assert_eq!(dateline("路透伦敦9月20日 - 英国内阁办公室大臣表示").unwrap().outlet.as_deref(), Some("路透"));
        assert_eq!(dateline("某诚财经网(www.example.com)02月17日讯 昨日召开的会议").unwrap().outlet.as_deref(), Some("某诚财经网"));
        assert_eq!(closing_source("存在问题的企业名单如下。 作者：马某拓 （来源：某岛网-某岛都市报） 本文来源：某众网").as_deref(), Some("某岛都市报"));
        assert_eq!(dateline("某峡消费报报道，福州一3岁小孩误食药物").unwrap().outlet.as_deref(), Some("某峡消费报"));
        assert_eq!(dateline("某面新闻消息，11月30日上午，记者获悉").unwrap().outlet.as_deref(), Some("某面新闻"));
        assert_eq!(dateline("某讯科技讯据外媒报道，某公司遭处罚").unwrap().outlet.as_deref(), Some("某讯科技"));
        assert_eq!(source_label("来源：某湃新闻记者 吕某文").as_deref(), Some("某湃新闻"));
        assert_eq!(dateline("某龙江晨报讯省森工总局13日发布消息").unwrap().outlet.as_deref(), Some("某龙江晨报"));
        assert_eq!(dateline("某浪科技讯张某“今天我要公布家底了。”总经理说。").unwrap().authors, ["张某"]);
        assert_eq!(dateline_credit_within("烧钱增长换来亏损。文|《某国企业家》记者程某或许创始人自己都没想到").unwrap(), ["程某"]);
        assert_eq!(dateline_credit_within("观众也看得非常过瘾。 文/记者周某、莫某其格、张某芹 很客观"), None);
        assert_eq!(dateline_credit_within("●5月19日●某城人民医院南都讯记者何某华正在输液治疗胆囊炎，却因心肌梗塞而死。").unwrap(), ["何某华"]);
        assert_eq!(dateline_credit_within("他是某报通讯记者张某明在当地采访时认识的。"), None);
        let d = dateline("某华网7月19日，记者李某敏，杨某，正在进行国事访问的某某参观了庄园。").unwrap();
        assert_eq!((d.outlet.as_deref(), d.authors), (Some("某华网"), vec!["李某敏".to_owned(), "杨某".to_owned()]));
        assert_eq!(closing_source("接受采访时说。（文章来源：某民网）").as_deref(), Some("某民网"));
        assert_eq!(closing_source("（来源：某岛都市报）的记者在现场看到，群众纷纷围观，场面一度十分混乱，直到警方赶到。"), None);
    }

    #[test]
    fn a_wire_desks_credits() {
        assert_eq!(desk_credit("编译 张某/王某; 审校 刘某红/于某红"), Some((vec!["张某".into(), "王某".into()], vec!["刘某红".into(), "于某红".into()])));
        assert_eq!(desk_credit("发稿 宿某; 审校 曾某进"), Some((vec!["宿某".into()], vec!["曾某进".into()])));
        // Without a writer's role, or with words that are no names: none.
        assert_eq!(desk_credit("审校 曾某进"), None);
        assert_eq!(desk_credit("编译 最新消息; 审校 曾某进"), None);
    }

    #[test]
    fn a_name_glued_to_the_story_is_cut_where_the_story_opens() {
        // A date, a time word or a filing place after the name.
        let d = dateline("本报讯记者王某明3月28日从市教育局获悉，全市中小学将推迟开学。").unwrap();
        assert_eq!(d.authors, ["王某明"]);
        let d = dateline("南都讯见习记者胡某近日，某市被列入试点城市。").unwrap();
        assert_eq!(d.outlet.as_deref(), Some("南都"));
        assert_eq!(d.authors, ["胡某"]);
        // `正在` reads surer than `在` after a three-character cut.
        assert_eq!(dateline("南都讯记者李某正在现场采访时得知，该市已启动预案。").unwrap().authors, ["李某"]);
        assert_eq!(dateline("本报讯记者张某某在现场看到，市民排起长队。").unwrap().authors, ["张某某"]);
        // A two-character name padded to three, glued to `据了解`.
        assert_eq!(dateline("■本报记者 王 月据了解，今年以来各地纷纷出台措施。").unwrap().authors, ["王月"]);
        assert_eq!(dateline("本报记者王某某3月28日从市教育局获悉，全市将推迟开学。").unwrap().authors, ["王某某"]);
        // The place the report was filed from is no part of the name.
        assert_eq!(dateline("某城晚报讯记者张某北京报道 这是一个出人意料的上半年。").unwrap().authors, ["张某"]);
        // No name where the words after the role are the story's own, or a
        // one-character opening follows a rare family name's character.
        assert!(dateline("本报讯记者在现场看到，市民纷纷排队。").unwrap().authors.is_empty());
        assert!(dateline("本报讯记者和同事在现场看到，市民纷纷排队。").unwrap().authors.is_empty());
        assert!(dateline("本报讯 记者 张为民介绍说，全市将推迟开学。").unwrap().authors.is_empty());
        assert_eq!(dateline("某报记者 苗某丽“按上市首日的市值计算，资产增加6亿。”").unwrap().authors, ["苗某丽"]);
        assert_eq!(dateline("某坛周报特约记者张某北京报道 谢某已经被正式立案侦查").unwrap().authors, ["张某"]);
        assert_eq!(dateline("某坛周报特约记者张某明北京报道 谢某已经被正式立案侦查").unwrap().authors, ["张某明"]);
        // A bare `记者X` opening the story is its reporter only when learning
        // the news from somewhere (`从…获悉`); `记者X说` may be anyone's sentence.
        assert_eq!(dateline("记者王某燕近日从市住建局获悉，今年全市计划实施重点项目150个。").unwrap().authors, ["王某燕"]);
        assert_eq!(dateline("近日，记者张某从市住建局了解到，今年全市计划实施重点项目。").unwrap().authors, ["张某"]);
        assert_eq!(dateline("记者陈某12日从省教育厅获悉，全省高考报名人数创新高。").unwrap().authors, ["陈某"]);
        assert_eq!(dateline("本报讯 近日，记者张某华从市住建局获悉，今年全市计划实施重点项目。").unwrap().authors, ["张某华"]);
        assert_eq!(learned_after_credit("本报讯（通讯员 李某明）近日，记者张某华从市住建局获悉，今年计划实施重点项目。").unwrap(), ["张某华"]);
        // Two names run together before the place the report was filed from.
        assert_eq!(dateline("本报记者张某 实习生何某张某卓北京报道2017年，某地经济增速回升。").unwrap().authors, ["张某", "何某", "张某卓"]);
        // A role and a slash or a bar before the name, as a writer's mark takes one.
        assert_eq!(byline_line("特约记者/张某华").unwrap(), ["张某华"]);
        assert_eq!(byline_line("见习记者｜李某明").unwrap(), ["李某明"]);
        assert_eq!(learned_after_credit("本报讯（通讯员 李某明）近日，记者从市住建局获悉，今年计划实施重点项目。"), None);
        let d = dateline("某州日报讯 近日，记者张某华从市住建局获悉，今年全市计划实施重点项目。").unwrap();
        assert_eq!((d.outlet.as_deref(), d.authors), (Some("某州日报"), vec!["张某华".to_owned()]));
        assert!(dateline("记者从市住建局获悉，今年全市计划实施重点项目150个。").is_none_or(|d| d.authors.is_empty()));
        assert!(dateline("记者张某说，今年全市计划实施重点项目150个。").is_none_or(|d| d.authors.is_empty()));
        // `发自` and the place the reporter filed from end the name.
        assert_eq!(dateline("南都讯记者石某菊发自香港航班延误，乘客鼓噪。").unwrap().authors, ["石某菊"]);
        // A portal's dateline carrying a paper's story and its credit.
        let d = dateline("荆某网消息 (某天都市报) (记者张某华 通讯员李某明 王某燕)宋先生预缴6000多元。").unwrap();
        assert_eq!((d.outlet.as_deref(), d.authors), (Some("某天都市报"), vec!["张某华".to_owned(), "李某明".to_owned(), "王某燕".to_owned()]));
        // A sentence naming another paper's reporter is no credit.
        assert!(dateline("今年头次跑两会的某京青年报记者邹某霞，则用“没想到”表达感受。").is_none_or(|d| d.authors.is_empty()));
    }

    #[test]
    fn chief_reporter_full_width() {
        let d = dateline("本报讯（石家庄日报首席记者 齐广君）3月28日，市委常委会召开会议").unwrap();
        assert_eq!(d.outlet.as_deref(), Some("石家庄日报"));
        assert_eq!(d.authors, ["齐广君"]);
    }

    #[test]
    fn reporter_and_correspondents() {
        let d = dateline("本报讯（记者 张三 通讯员 李四、王五）").unwrap();
        assert_eq!(d.outlet, None);
        assert_eq!(d.authors, ["张三", "李四", "王五"]);
    }

    #[test]
    fn traditional_script_is_read_and_given_back_in_its_own_script() {
        let d = dateline("中央社台北5月9日電（記者林曉東）行政院今天召開會議").unwrap();
        assert_eq!(d.outlet.as_deref(), Some("中央社"));
        assert_eq!(d.authors, ["林曉東"]);
        assert_eq!(byline_line("作者：黃偉倫").unwrap(), ["黃偉倫"]);
        assert_eq!(byline_line("文/記者 鄭麗華").unwrap(), ["鄭麗華"]);
        assert_eq!(source_label("（來源：東方日報）").as_deref(), Some("東方日報"));
        assert_eq!(source_label("来源：南方日报").as_deref(), Some("南方日报"));
    }

    #[test]
    fn reporter_bylines_with_a_slash_and_a_place() {
        assert_eq!(byline_line("記者陳建宏／台北報導").unwrap(), ["陳建宏"]);
        assert_eq!(byline_line("◎ 記者許志明/採訪報導").unwrap(), ["許志明"]);
        assert_eq!(byline_line("王美玲／高雄報導").unwrap(), ["王美玲"]);
        assert_eq!(byline_line("【華光日報╱記者吳佩芬／即時報導】").unwrap(), ["吳佩芬"]);
        assert_eq!(byline_outlet("【華光日報╱記者吳佩芬／即時報導】").as_deref(), Some("華光日報"));
        assert_eq!(byline_outlet("【海峽醒報記者黃以文台北報導】").as_deref(), Some("海峽醒報"));
        assert_eq!(byline_outlet("【某球时报驻台北特约记者 林某】").as_deref(), Some("某球时报"));
        assert_eq!(byline_outlet("【某球时报驻台北特约记者 林某】某地海军军舰13日提前启航。").as_deref(), Some("某球时报"));
        assert_eq!(byline_outlet("記者陳建宏／台北報導"), None);
        // A sentence that mentions a report is no byline.
        assert_eq!(byline_line("據本地媒體報導，颱風明天將登陸東部沿海地區"), None);
    }

    #[test]
    fn more_reporter_byline_shapes() {
        assert_eq!(byline_line("〔記者張雅芳／台北報導〕").unwrap(), ["張雅芳"]);
        assert_eq!(byline_line("【李文傑／台中報導】").unwrap(), ["李文傑"]);
        let line = "2012-03-08 東南日報 周怡君／台北報導";
        assert_eq!(byline_line(line).unwrap(), ["周怡君"]);
        assert_eq!(byline_outlet(line).as_deref(), Some("東南日報"));
        assert_eq!(byline_line("新城傳媒╱記者何思穎／台北報導 2012-03-08 10:15").unwrap(), ["何思穎"]);
        assert_eq!(split_names("实习记者 王丽"), ["王丽"]);
        assert_eq!(split_names("见习编辑 李平"), ["李平"]);
        assert_eq!(split_names("张平/编译"), ["张平"]);
        assert_eq!(split_names("应用技术学院金某鹏"), ["金某鹏"]);
        assert_eq!(split_names("赵某棋 张某杰等"), ["赵某棋", "张某杰"]);
        // A three-character name set out letter by letter; a padded two and two.
        assert_eq!(split_names("张 某 华"), ["张某华"]);
        assert_eq!(byline_line("记者 张 某 华").unwrap(), ["张某华"]);
        assert_eq!(byline_line("记者 陈  某 李某明").unwrap(), ["陈某", "李某明"]);
        assert_eq!(split_names("陈 某 李某明"), ["陈某", "李某明"]);
        assert!(split_names("通信").is_empty());
        // `（记者 X Y 采访整理）`: what the reporters did is no name.
        assert_eq!(split_names("高某哲 方某宇 采访整理"), ["高某哲", "方某宇"]);
        assert_eq!(split_names("翁某菲参与采写"), ["翁某菲"]);
    }

    #[test]
    fn a_name_after_the_source_before_an_editor_label() {
        assert_eq!(name_after_source("(来源：某某日报网 陈静 编辑：南风)").as_deref(), Some("陈静"));
        assert_eq!(name_after_source("来源：中国新闻网 王某").as_deref(), Some("王某"));
    }

    #[test]
    fn source_credits_without_a_colon() {
        assert_eq!(source_label("摘自北方晨报").as_deref(), Some("北方晨报"));
        assert_eq!(source_label("摘自三江在线-江城日报").as_deref(), Some("江城日报"));
        assert_eq!(source_label("本文来源于《经济观察网》").as_deref(), Some("经济观察网"));
        assert_eq!(source_label("来源 某某财经网 张三").as_deref(), Some("某某财经网"));
        assert_eq!(source_label("资金来源 主要是财政拨款"), None);
    }

    #[test]
    fn agency_dateline() {
        let d = dateline("新华社乌鲁木齐5月9日电（记者林晓东）自治区召开冬季供暖工作会议").unwrap();
        assert_eq!(d.outlet.as_deref(), Some("新华社"));
        assert_eq!(d.month_day, Some((5, 9)));
        assert_eq!(d.authors, ["林晓东"]);
        let d = dateline("新华社北京5月19日电（周明、许兰） 国家气象中心19日发布").unwrap();
        assert_eq!(d.authors, ["周明", "许兰"]);
        // `又讯（记者X Y）` opens a second item; `3月17日消息：（记者X）` names no outlet.
        assert_eq!(dateline("又讯 （记者 董某芬 冯某元）面对抢购，局长说").unwrap().authors, ["董某芬", "冯某元"]);
        let d = dateline("3月17日消息：（记者 叶某）目前我县食盐库存充足").unwrap();
        assert_eq!((d.month_day, d.authors, d.outlet), (Some((3, 17)), vec!["叶某".to_owned()], None));
        // A bracket further into the story holds a nickname, not a credit.
        let d = dateline("某新网8月29日电 港星刘某华(华仔)和朱某倩本月25日高调牵手").unwrap();
        assert!(d.authors.is_empty(), "{:?}", d.authors);
        let d = dateline("中国网5月13日讯").unwrap();
        assert_eq!(d.outlet.as_deref(), Some("中国网"));
        let d = dateline("长江网10月4日讯（记者陈某 整合）").unwrap();
        assert_eq!(d.outlet.as_deref(), Some("长江网"));
        assert_eq!(d.authors, ["陈某"]);
    }

    #[test]
    fn outlet_xun_dateline() {
        let d = dateline("北京商报讯（记者 岳品瑜 董晗萱）").unwrap();
        assert_eq!(d.outlet.as_deref(), Some("北京商报"));
        assert_eq!(d.authors, ["岳品瑜", "董晗萱"]);
    }

    #[test]
    fn place_dateline_of_own_paper() {
        let d = dateline("本报石家庄3月28日讯（记者 王乐文）").unwrap();
        assert_eq!(d.month_day, Some((3, 28)));
        assert_eq!(d.authors, ["王乐文"]);
        assert!(dateline("会议指出，当前全省疫情防控取得成果。").is_none());
    }

    #[test]
    fn padded_two_character_names_are_joined() {
        assert_eq!(split_names("王乐文  方  敏"), ["王乐文", "方敏"]);
        assert_eq!(byline_line("本报记者  王乐文  方  敏").unwrap(), ["王乐文", "方敏"]);
    }

    #[test]
    fn a_dateline_in_a_bracketed_tag_and_a_place_glued_to_the_name() {
        let d = dateline("【某紀元2024年03月12日訊】（某紀元記者陳某明台北報導）台北市政府今天宣布").unwrap();
        assert_eq!(d.authors, ["陳某明"]);
        assert_eq!(d.outlet.as_deref(), Some("某紀元"));
        assert_eq!(d.month_day, Some((3, 12)));
        let d = dateline("【某某网讯】（记者韩某明 通讯员柯某静）全省春耕").unwrap();
        assert_eq!(d.authors, ["韩某明", "柯某静"]);
        assert_eq!(byline_line("某紀元記者陳某明台北報導").unwrap(), ["陳某明"]);
        // A tag that is no dateline.
        assert!(dateline("【相关阅读】（记者韩某明）").is_none());
    }

    #[test]
    fn a_wire_story_a_short_papers_name_and_a_slash_before_the_credit() {
        let d = dateline("据新华社电 （记者韩某明）春耕时节，全省各地抢抓农时").unwrap();
        assert_eq!(d.authors, ["韩某明"]);
        assert_eq!(d.outlet.as_deref(), Some("新华社"));
        // A report cited without a credit is still no dateline.
        assert!(dateline("据新华社9月26日消息，全省各地抢抓农时").is_none());
        let d = dateline("南都讯 记者韩某明 实习生柯某静 春耕时节，全省各地抢抓农时").unwrap();
        assert_eq!(d.authors, ["韩某明", "柯某静"]);
        assert_eq!(d.outlet.as_deref(), Some("南都"));
        assert!(dateline("死讯 传来，全省各地").is_none());
        assert_eq!(dateline("本报讯 瞿某宇 实习生 杨某薇 电影首映礼昨晚举行").unwrap().authors, ["瞿某宇", "杨某薇"]);
        assert_eq!(dateline("本报讯/记者 韩某明 通讯员 柯某静 春耕时节，全省各地抢抓农时").unwrap().authors, ["韩某明", "柯某静"]);
        // Marks after the names: the one marked 图 took the pictures.
        assert_eq!(token_credit("■本报记者 韩某明/文 柯某静/图").unwrap(), ["韩某明"]);
        assert_eq!(token_credit("记者 韩某明 / 文 柯某静 / 图").unwrap(), ["韩某明"]);
        assert_eq!(token_credit("某台记者 陳某明 / 攝影 林某靜 報導").unwrap(), ["陳某明"]);
    }

    #[test]
    fn credits_opening_the_story_with_the_outlet_or_the_agencys_filing() {
        let d = dateline("某新闻客户端记者 章某华 通讯员 戴某琪　近日，全省各地抢抓农时").unwrap();
        assert_eq!(d.authors, ["章某华", "戴某琪"]);
        assert_eq!(d.outlet.as_deref(), Some("某新闻客户端"));
        assert_eq!(dateline("某方+记者 黎某聪 通讯员 梁某婷　近日，全省各地抢抓农时").unwrap().authors, ["黎某聪", "梁某婷"]);
        assert_eq!(dateline("21世纪某济报道记者 郑某敏 深圳报道　近日，全省各地抢抓农时").unwrap().authors, ["郑某敏"]);
        assert!(dateline("新华社记者 李某 摄").is_none());
        let d = dateline("（某央社記者林某婷、王某偉台北12日電）台北市政府今天宣布").unwrap();
        assert_eq!(d.authors, ["林某婷", "王某偉"]);
        assert_eq!(d.outlet.as_deref(), Some("某央社"));
        assert_eq!(dateline("（某央社記者張某瑋東京12日專電）日本政府今天宣布").unwrap().authors, ["張某瑋"]);
        assert_eq!(dateline("【某公報訊】記者李某文報道：春耕時節，全省各地").unwrap().authors, ["李某文"]);
        assert_eq!(byline_line("〔駐美特派員劉某庭／華盛頓12日報導〕").unwrap(), ["劉某庭"]);
        assert_eq!(byline_outlet("聯某報／ 記者林某君／台北即時報導2023-10-17 14:35").as_deref(), Some("聯某報"));
        assert_eq!(byline_line("文/图：萧某杰").unwrap(), ["萧某杰"]);
        assert_eq!(byline_line("撰文者：張某瑜　商業周刊 第1852期 2023.06.12").unwrap(), ["張某瑜"]);
        assert_eq!(byline_line("光明网特约评论员：吴某燕").unwrap(), ["吴某燕"]);
        assert_eq!(byline_line("苏某婷 | 大象新闻客户端").unwrap(), ["苏某婷"]);
        assert_eq!(token_credit("（譯者：劉某彬／核稿：陳某哲）").unwrap(), ["劉某彬"]);
        assert_eq!(token_credit("某浪科技 韩某洁").unwrap(), ["韩某洁"]);
        assert_eq!(token_credit("某讯新闻《潜望》 作者 蒋某远").unwrap(), ["蒋某远"]);
        assert_eq!(token_credit("文｜财新 吴某宇 张某").unwrap(), ["吴某宇", "张某"]);
        assert_eq!(token_credit("○白某峰").unwrap(), ["白某峰"]);
        assert!(token_credit("白某峰").is_none());
        assert_eq!(byline_line("文字 | 黎某怡  图片 | 网络  编辑 | 小陈").unwrap(), ["黎某怡"]);
        assert!(byline_line("记者：您好，请您先介绍一下今年的工作重点。").is_none());
    }

    #[test]
    fn offices_closing_a_government_story_and_bracketed_source_labels() {
        assert_eq!(office_signature("（县农业农村局 杨某）").as_deref(), Some("县农业农村局"));
        assert_eq!(office_signature("文/县发改局 熊某").as_deref(), Some("县发改局"));
        assert_eq!(office_signature("某阳市教育局　　2023年3月8日").as_deref(), Some("某阳市教育局"));
        assert!(office_signature("（韩某明 柯某静）").is_none());
        assert_eq!(source_label("【作者】本报记者　刘　某　【来源】文某报　【日期】2024-02-14").as_deref(), Some("文某报"));
        assert_eq!(source_label("解读机构：市医疗保障局　　解读人：钱某伟").as_deref(), Some("市医疗保障局"));
    }

    #[test]
    fn padded_names_dots_stations_and_apps_in_credit_lines() {
        assert_eq!(join_padded("记者 冯 娟 通讯员：黎 明"), "记者 冯娟 通讯员：黎明");
        assert_eq!(join_padded("邵 丹/文 顾 闻/摄"), "邵丹/文 顾闻/摄");
        assert_eq!(join_padded("文 / 图"), "文 / 图");
        assert_eq!(token_credit("某鲁晚报·某鲁壹点 记者 韩 笑 通讯员 毕某琳").unwrap(), ["韩笑", "毕某琳"]);
        assert_eq!(token_credit("某新闻客户端 共享联盟·淳安 方某霞 通讯员 余 骏").unwrap(), ["方某霞", "余骏"]);
        assert_eq!(token_credit("某某云/某疆日报记者 艾力江·阿某拉 通讯员 帕提古丽·吐某逊").unwrap(), ["艾力江·阿某拉", "帕提古丽·吐某逊"]);
        assert_eq!(token_credit("某某县融媒体中心 融媒记者 冯 娟 通讯员 柯 龙").unwrap(), ["冯娟", "柯龙"]);
        assert_eq!(token_credit("某代快报/某代+记者 邵 丹/文 顾 闻/摄").unwrap(), ["邵丹"]);
        // `记者手记` is a heading, not a reporter named 手记.
        assert!(token_credit("记者手记").is_none());
        assert_eq!(token_credit("解读机构：市医疗保障局　　解读人：钱某伟　　发布日期：2023-09-08").unwrap(), ["钱某伟"]);
        assert_eq!(token_credit("供稿人：苏某　单位：区统计局").unwrap(), ["苏某"]);
        assert_eq!(token_credit("特约记者/《某学·考研》杂志 王某").unwrap(), ["王某"]);
        assert!(token_credit("发布时间：2023-01-12 来源：县农业农村局 作者：admin").is_none());
        assert_eq!(byline_line("文/某西都市报-某面新闻记者 杨 晨 摄影 刘 笑 视频 田 野").unwrap(), ["杨晨"]);
        assert_eq!(byline_line("文/某州日报某花城记者：甘某仪 通讯员：黎 明 图/某州日报某花城记者：苏某杰").unwrap(), ["甘某仪", "黎明"]);
        assert_eq!(byline_line("■ 曹 林").unwrap(), ["曹林"]);
        // The paper keeps apart from the role for the source label.
        assert_eq!(source_label("来源：某鲁晚报·某鲁壹点 记者 韩某明").as_deref(), Some("某鲁晚报"));
        assert_eq!(byline_outlet("文/某京青年报记者 郑某儒 统筹/林 艳").as_deref(), Some("某京青年报"));
    }

    #[test]
    fn names_of_minority_writers_with_a_dot_or_no_family_name() {
        assert_eq!(byline_line("本报记者 阿依某丽·买买提").unwrap(), ["阿依某丽·买买提"]);
        assert_eq!(byline_line("记者 努尔某·阿不都热合曼 通讯员 韩某明").unwrap(), ["努尔某·阿不都热合曼", "韩某明"]);
        assert_eq!(byline_line("新华社记者 斯某芬·约翰逊").unwrap(), ["斯某芬·约翰逊"]);
        // A last four-character word that is no place is a name...
        assert_eq!(byline_line("记者 韩某明 阿依某尔").unwrap(), ["韩某明", "阿依某尔"]);
        // ...but a place, or a word with more after it, is where the writer is from.
        assert_eq!(byline_line("作者：李某清 江苏南通").unwrap(), ["李某清"]);
        assert_eq!(byline_line("作者：李某清 江苏南通 职员").unwrap(), ["李某清"]);
    }

    #[test]
    fn byline_lines() {
        // Every label of the writers' lexicon reads as a credit line.
        for label in WRITER_LABELS {
            assert_eq!(byline_line(&format!("{label}：韩某 周某帆")).unwrap(), ["韩某", "周某帆"], "{label}");
        }
        // A photo story's credit, each name with its mark glued on.
        assert_eq!(byline_line("本报记者  庞某平文  桂某轩摄").unwrap(), ["庞某平"]);
        // A video camera's credit is no writer's.
        assert_eq!(byline_line("叶某/文 刘某奇/摄像").unwrap(), ["叶某"]);
        assert_eq!(byline_line("记者 张三").unwrap(), ["张三"]);
        assert_eq!(byline_line("作者：李四").unwrap(), ["李四"]);
        // Who took the pictures is credited, but not as a writer.
        assert_eq!(byline_line("文/张三 图/李四").unwrap(), ["张三"]);
        assert_eq!(byline_line("撰文：王五").unwrap(), ["王五"]);
        assert_eq!(byline_line("[作者: 刘某仓 责任编辑: 杨某宇 ]").unwrap(), ["刘某仓"]);
        assert_eq!(byline_line("（记者 赵六 通讯员 钱七）").unwrap(), ["赵六", "钱七"]);
        assert!(byline_line("会议指出，记者 要多写稿件并且做好工作。").is_none());
        assert_eq!(byline_line("作者：Rowan(微博)(天文爱好者，某刊前首席编辑，科学松鼠会成员)").unwrap(), ["Rowan"]);
        assert_eq!(byline_line("作者：李某清 江苏南通 职员").unwrap(), ["李某清"]);
        assert_eq!(byline_line("中新社记者 宗某亮").unwrap(), ["宗某亮"]);
        assert_eq!(byline_line("新华社记者 许某毅 王某澄").unwrap(), ["许某毅", "王某澄"]);
        assert_eq!(byline_line("作者：欧阳晓明").unwrap(), ["欧阳晓明"]);
    }

    #[test]
    fn source_labels() {
        assert_eq!(source_label("来源：河北日报").as_deref(), Some("河北日报"));
        assert_eq!(source_label("2024年05月17日08:59  来源：北京青年报").as_deref(), Some("北京青年报"));
        assert_eq!(source_label("发布时间：2019-09-18 来源: 省政府办公厅 字号：大 中 小").as_deref(), Some("省政府办公厅"));
        assert_eq!(source_label("来源：人民网－人民日报").as_deref(), Some("人民日报"));
        assert_eq!(source_label("来源：人民网-文化频道").as_deref(), Some("人民网"));
        assert_eq!(source_label("信息来源：省发改委").as_deref(), Some("省发改委"));
        assert_eq!(source_label("来源： 光明网-《光明日报》").as_deref(), Some("光明日报"));
        assert_eq!(source_label("来源：人民日报2024-05-13 08:49").as_deref(), Some("人民日报"));
        assert_eq!(source_label("2011-12-16 00:03:00 来源: 中国证券报(广州) 有0人参与").as_deref(), Some("中国证券报"));
        assert!(source_label("会议指出，要找准来源问题。").is_none());
    }

    #[test]
    fn reporters_named_without_spacing_need_family_names() {
        assert_eq!(byline_line("新华社记者刘一鸣 张晓").unwrap(), ["刘一鸣", "张晓"]);
        assert_eq!(byline_line("南方都市报记者彭小晗侯婷摄影吕军").unwrap(), ["彭小晗", "侯婷"]);
        assert_eq!(byline_line("作者 王小言 高然然").unwrap(), ["王小言", "高然然"]);
        assert!(byline_line("记者手记").is_none());
        assert!(byline_line("记者了解到").is_none());
        assert!(byline_line("作者 不详").is_none());
    }

    #[test]
    fn names_after_an_outlet_or_with_a_lost_character() {
        assert_eq!(split_names("新华网张小萍"), ["张小萍"]);
        assert_eq!(split_names("毛\u{FFFD}磊"), ["毛\u{FFFD}磊"]);
        assert!(split_names("\u{FFFD}\u{FFFD}").is_empty());
        assert!(split_names("中国气象网").is_empty());
    }

    #[test]
    fn taiwan_bylines_opening_a_paragraph_or_ending_a_story() {
        let lead = "〔記者王大明／高雄報導〕市府今天宣布，春節期間公車加開班次，方便民眾返鄉。";
        assert_eq!(byline_line(lead).unwrap(), ["王大明"]);
        let lead = "【台灣醒報記者林小華台北報導】衛生署提醒民眾，年節期間飲食要均衡。";
        assert_eq!(byline_line(lead).unwrap(), ["林小華"]);
        assert_eq!(byline_outlet(lead).as_deref(), Some("台灣醒報"));
        assert_eq!(byline_line("【陳大同、林小美／綜合報導】").unwrap(), ["陳大同", "林小美"]);
        assert_eq!(byline_line("記者張大雄 張小嘉 嘉義報導").unwrap(), ["張大雄", "張小嘉"]);
        assert_eq!(byline_line("◎ 記者林小文/編譯").unwrap(), ["林小文"]);
        let cna = "（中央社記者黃小明台北5日電）行政院今天召開院會，通過多項法案。";
        assert_eq!(byline_line(cna).unwrap(), ["黃小明"]);
        assert_eq!(byline_outlet(cna).as_deref(), Some("中央社"));
        // A quoted remark in brackets is no byline.
        assert!(byline_line("【重要提示】本站將於今晚進行系統維護。").is_none());
    }

    #[test]
    fn a_dateline_credit_inside_a_line() {
        let l = "图为江边水位标尺。本报记者李四摄湖北日报3月5日讯(记者王五通讯员赵小六)今天8时，水位再创新低。";
        assert_eq!(dateline_credit_within(l).unwrap(), ["王五", "赵小六"]);
        assert!(dateline_credit_within("会议于3月5日召开(详见附件)。").is_none());
        // A portal's dateline carrying a paper, after a headline run into it.
        let l = "厂家撤场客户无货提 某美家收保管费荆某网消息 (某天都市报) (记者张某克 通讯员陆某林 肖某)宋先生预缴6000多元。";
        assert_eq!(dateline_credit_within(l).unwrap(), ["张某克", "陆某林", "肖某"]);
    }

    #[test]
    fn outlet_tags_and_role_credits() {
        assert_eq!(lead_tag_outlet("[世华财讯]据道琼斯报道，欧元区债市走低。").as_deref(), Some("世华财讯"));
        assert!(lead_tag_outlet("[图]市民在广场上观看灯展。").is_none());
        assert!(lead_tag_outlet("【记者手记】这是一次难忘的采访。").is_none());
        assert_eq!(role_credit("記者 李小慧/文 通訊員 史小貝/圖").unwrap(), ["李小慧"]);
        assert!(role_credit("责任编辑 王五").is_none());
    }

    #[test]
    fn bylines_closing_a_story_or_under_a_broadcast_headline() {
        assert_eq!(byline_line("□快報記者 劉小峻").unwrap(), ["劉小峻"]);
        assert_eq!(byline_line("文 官小盈").unwrap(), ["官小盈"]);
        assert_eq!(byline_line("作者： 马小健 稿源： 某某市委网 2012-01-12 16:16").unwrap(), ["马小健"]);
        assert_eq!(byline_line("記者：邱小琪 羅小中 台北報導").unwrap(), ["邱小琪", "羅小中"]);
        // A name that opens with a family name before 报导 is the reporter's.
        assert_eq!(byline_line("记者：王小明 李大华报导").unwrap(), ["王小明", "李大华"]);
        assert_eq!(byline_line("2012/1/17 蔡小梧 報導").unwrap(), ["蔡小梧"]);
        assert!(byline_line("新闻 报导").is_none());
        assert_eq!(lead_tag_outlet("【明報專訊】本港今日天氣寒冷，天文台發出寒冷天氣警告。").as_deref(), Some("明報"));
    }

    #[test]
    fn vertical_bar_bylines_and_issuing_bodies() {
        assert_eq!(byline_line("文丨张小三").unwrap(), ["张小三"]);
        assert_eq!(byline_line("文丨张小三 图丨李小四").unwrap(), ["张小三"]);
        assert_eq!(byline_line("◇本报记者 王小乐").unwrap(), ["王小乐"]);
        assert_eq!(source_label("发布机构：某某市人民政府办公室").as_deref(), Some("某某市人民政府办公室"));
    }

    #[test]
    fn outlets_glued_to_roles_or_names() {
        assert_eq!(byline_line("编译/记者 林小音 尹小琳").unwrap(), ["林小音", "尹小琳"]);
        assert_eq!(byline_line("希望之聲國際廣播電台張小翠報導").unwrap(), ["張小翠"]);
        assert_eq!(byline_outlet("希望之聲國際廣播電台張小翠報導").as_deref(), Some("希望之聲國際廣播電台"));
        assert_eq!(byline_line("【中廣新聞／陳小華】").unwrap(), ["陳小華"]);
        assert_eq!(byline_outlet("台灣醒報／林小靜").as_deref(), Some("台灣醒報"));
        let d = dateline("某某周刊讯（半月谈记者 谭小飞 王小明）今年以来，全省推进改革。").unwrap();
        assert_eq!(d.authors, ["谭小飞", "王小明"]);
        assert_eq!(role_credit("本刊記者/李小睿").unwrap(), ["李小睿"]);
        let d = dateline("新浪科技訊 香港時間1月16日下午消息，某公司發布新款手機。").unwrap();
        assert_eq!(d.outlet.as_deref(), Some("新浪科技"));
        assert!(dateline("新闻快讯 今天上午，全市召开大会。").is_none());
    }

    #[test]
    fn special_dispatches_compilers_and_what_is_no_name() {
        let d = dateline("新華網南京１月１７日專電（ 新華社記者朱小東）記者從有關部門獲悉。").unwrap();
        assert_eq!(d.authors, ["朱小東"]);
        assert_eq!(byline_line("【聯合晚報╱記者張小亭／整理】").unwrap(), ["張小亭"]);
        assert_eq!(byline_line("记者 王小霄 发自上海").unwrap(), ["王小霄"]);
        assert_eq!(byline_line("特約撰稿人 秦某 海某 發自北京 上海").unwrap(), ["秦某", "海某"]);
        assert_eq!(byline_line("视频/图文：史某汤某王某安某武").unwrap(), ["史某", "汤某", "王某", "安某武"]);
        assert_eq!(byline_line("策划/整理：小某").unwrap(), ["小某"]);
        assert_eq!(byline_line("视频/剪辑：小某"), None);
        assert!(split_names("http udn.com").is_empty());
        assert_eq!(split_names("Rowan"), ["Rowan"]);
        assert!(source_label("来源：作者:").is_none());
        assert!(source_label("来源：资料图").is_none());
    }

    #[test]
    fn outlets_before_roles_and_credits_without_brackets() {
        assert_eq!(byline_line("南都记者 方小南").unwrap(), ["方小南"]);
        assert_eq!(byline_line("中青报·中青网记者 魏小濛 来源：中国青年报").unwrap(), ["魏小濛"]);
        let d = dateline("本报讯（通讯员张小三记者李小四）全市今天召开会议。").unwrap();
        assert_eq!(d.authors, ["张小三", "李小四"]);
        let d = dateline("大江网讯 实习生吴小丽、记者喻小亮报道：近日，全省春运工作会议召开。").unwrap();
        assert_eq!(d.authors, ["吴小丽", "喻小亮"]);
        let d = dateline("新浪财经讯 北京时间3月2日晚间消息，某某航空公司(XYZ)周四表示季度盈利增长。").unwrap();
        assert!(d.authors.is_empty());
    }

    #[test]
    fn desks_backslashes_and_reported_by_labels() {
        assert!(byline_line("國際中心／綜合報導").is_none());
        assert_eq!(byline_line("文\\记者龚小菲").unwrap(), ["龚小菲"]);
        assert_eq!(byline_line("報導╱林小佳、張小玉 攝影╱施小平").unwrap(), ["林小佳", "張小玉"]);
        assert_eq!(byline_line("作者：赵小燕 出处：某某网").unwrap(), ["赵小燕"]);
    }

    #[test]
    fn latin_names_and_outlets_after_labels() {
        assert_eq!(byline_line("記者： mike").unwrap(), ["mike"]);
        assert_eq!(byline_line("記者： mike｜ 時間： Jan 17, 2012 | 留言 |").unwrap(), ["mike"]);
        assert_eq!(source_label("[來源：Tech Daily News]").as_deref(), Some("Tech Daily News"));
        assert_eq!(role_credit("福州晚報記者 林小鎮 實習生 黃小平 文/攝").unwrap(), ["林小鎮", "黃小平"]);
    }

    #[test]
    fn page_credits_compilers_and_dated_tags() {
        assert_eq!(
            byline_line("本版文/记者李小莎黎小翔王小雨程某实习生吉某高某娟").unwrap(),
            ["李小莎", "黎小翔", "王小雨", "程某", "吉某", "高某娟"]
        );
        assert_eq!(byline_line("彭小瑜 賀小湘文/圖").unwrap(), ["彭小瑜", "賀小湘"]);
        assert_eq!(byline_line("〔編譯陳小良／綜合報導〕").unwrap(), ["陳小良"]);
        assert_eq!(lead_tag_outlet("【新唐人2012年1月11日訊】台灣選舉進入倒數。").as_deref(), Some("新唐人"));
    }

    #[test]
    fn mainland_daily_and_portal_forms() {
        let cases: &[(&str, &[&str])] = &[
            ("作者：记者 张小三 通讯员 李小四", &["张小三", "李小四"]),
            ("■本报记者 张小三", &["张小三"]),
            ("□记者 张小三 实习生 李小四", &["张小三", "李小四"]),
            ("本报通讯员 李小四 记者 张小三", &["李小四", "张小三"]),
            ("◎本报记者 王小乐 方  敏", &["王小乐", "方敏"]),
            ("人民日报记者 张小三", &["张小三"]),
            ("记者 张小三 摄影报道", &["张小三"]),
            ("文/图 本报记者 王小文", &["王小文"]),
            ("撰稿：张小三 审核：李小四", &["张小三"]),
            ("记者 张小三 李小四 报道", &["张小三", "李小四"]),
            ("——本报记者 张小三", &["张小三"]),
            ("本报评论员 张小三", &["张小三"]),
            ("特约评论员 张小三", &["张小三"]),
        ];
        for (line, want) in cases {
            assert_eq!(byline_line(line).unwrap_or_default(), want.to_vec(), "{line}");
        }
        for line in ["本报评论员", "编者按", "记者手记", "（作者为某某大学教授）", "记者从市住建局获悉"] {
            assert!(byline_line(line).is_none(), "{line}");
        }
    }

    #[test]
    fn offices_in_the_author_field_are_no_names() {
        for office in ["组织部", "宣传部", "教育局", "市妇联", "团市委", "发改委", "办公室", "综合科", "区政府办", "党支部", "法规处"] {
            assert!(byline_line(&format!("作者：{office}")).is_none(), "{office}");
        }
        for name in ["王小镇", "刘建科", "李科", "张会"] {
            assert_eq!(byline_line(&format!("作者：{name}")).unwrap(), [name], "{name}");
        }
    }

    #[test]
    fn names_before_a_print_citation_and_a_quoted_byline() {
        assert_eq!(byline_line("王某南  高  跃《某民日报》（2025年01月04日第 05 版）").unwrap(), ["王某南", "高跃"]);
        assert_eq!(byline_line("张某刚《某民日报》（2025年01月04日第 05 版）").unwrap(), ["张某刚"]);
        assert_eq!(byline_line("> 本报记者  赵  成《某民日报》（2025年01月04日第 01 版）").unwrap(), ["赵成"]);
        // A headline's words before the citation are no names.
        assert_eq!(byline_line("坚持改革创新《某民日报》（2025年01月04日第 05 版）"), None);
        assert_eq!(byline_line("评论员文章《某民日报》（2025年01月04日第 05 版）"), None);
    }

    #[test]
    fn long_pen_names_after_a_writer_label() {
        assert_eq!(byline_line("作者：山间小溪流"), Some(vec!["山间小溪流".to_owned()]));
        assert_eq!(byline_line("文/骑着小木马走天下"), Some(vec!["骑着小木马走天下".to_owned()]));
        assert_eq!(byline_line("翻译整理：斩草要除某"), Some(vec!["斩草要除某".to_owned()]));
        assert_eq!(byline_line("翻译整理：张某"), Some(vec!["张某".to_owned()]));
        assert_eq!(byline_line("作者 | 某某酒客Suki"), Some(vec!["某某酒客Suki".to_owned()]));
        // A portal's channel or an outlet glued before the writer's name.
        assert_eq!(byline_line("文/某浪科技张某宇"), Some(vec!["张某宇".to_owned()]));
        assert_eq!(byline_line("文/某州晚报李某"), Some(vec!["李某".to_owned()]));
        // Units, outlets and roles are no pen names.
        for line in ["作者：本报评论员", "文/某州市委宣传部", "作者：某州日报编辑部", "作者：某州大学新闻学院", "文/某某新闻客户端", "作者：某州市统计局"] {
            assert_eq!(byline_line(line), None, "{line}");
        }
        // Without a mark the words may be a sentence's.
        assert_eq!(byline_line("作者 认为这种说法不对"), None);
    }

    #[test]
    fn columns_pen_names_and_platform_sources() {
        assert_eq!(byline_line("执笔/某某姐、胡小刀&李小飞刀").unwrap(), ["某某姐", "胡小刀", "李小飞刀"]);
        assert_eq!(byline_line("《某某镜》作者 周小纯").unwrap(), ["周小纯"]);
        assert_eq!(byline_line("作者：网络整理"), None);
        assert_eq!(split_names("Demi Xia、王小明"), ["Demi Xia", "王小明"]);
        assert_eq!(source_label("2019-09-26 12:11来源：某某时报网作者：李小山").as_deref(), Some("某某时报网"));
        assert_eq!(source_label("来源：某某新闻·某某号·政务").as_deref(), Some("某某新闻"));
        assert_eq!(source_label("发布时间：2022-03-29 10:00来源：省政府办公厅字号：[ 大 中 小 ]").as_deref(), Some("省政府办公厅"));
        assert_eq!(source_label("发文机关： 某某省人民政府办公厅").as_deref(), Some("某某省人民政府办公厅"));
        assert_eq!(source_label("来源：新某某·某某日报").as_deref(), Some("新某某·某某日报"));
    }

    #[test]
    fn name_then_paper_under_the_headline() {
        assert_eq!(byline_line("石小佳/某某青年报").unwrap(), ["石小佳"]);
        assert_eq!(byline_outlet("石小佳/某某青年报").as_deref(), Some("某某青年报"));
        // A picture credit names an agency that is no paper, and `图` is no name.
        assert_eq!(byline_line("图/新华社"), None);
        assert_eq!(byline_line("张小三/视觉中国"), None);
    }

    #[test]
    fn converged_newsroom_titles() {
        // (line, names, outlet credited)
        let cases: &[(&str, &[&str], Option<&str>)] = &[
            ("长河新媒体记者 张小三", &["张小三"], Some("长河新媒体")),
            ("云帆客户端记者 张小三", &["张小三"], Some("云帆客户端")),
            ("某某日报社全媒体记者 张小三", &["张小三"], Some("某某日报社")),
            ("某某日报全媒记者 张小三 通讯员 李小四", &["张小三", "李小四"], Some("某某日报")),
            ("某某日报客户端记者 张小三", &["张小三"], Some("某某日报")),
            ("某某晚报·某某壹点记者 张小三", &["张小三"], Some("某某晚报")),
            ("某某晚报/某某新闻记者 张小三", &["张小三"], Some("某某晚报")),
            ("某某报·豫视频记者 张小三", &["张小三"], Some("某某报")),
            ("南岭+记者 张小三 通讯员 李小四", &["张小三", "李小四"], None),
            ("融媒体记者 张小三", &["张小三"], None),
            ("本报全媒体记者 张小三 见习记者 李小四", &["张小三", "李小四"], None),
            ("某某日报全媒体记者 张小三 共享联盟·某县站 李小四", &["张小三", "李小四"], Some("某某日报")),
        ];
        for (line, names, outlet) in cases {
            assert_eq!(byline_line(line).unwrap_or_default(), names.to_vec(), "{line}");
            assert_eq!(byline_outlet(line).as_deref(), *outlet, "{line}");
        }
        let d = dateline("本报讯（某某日报融媒体记者 张小三 通讯员 李小四）3月28日，全市会议召开。").unwrap();
        assert_eq!(d.authors, ["张小三", "李小四"]);
        assert_eq!(d.outlet.as_deref(), Some("某某日报"));
        // A photographer credited after a slash keeps no writer's role.
        assert_eq!(byline_line("摄影/某某社记者 张小三"), None);
    }

    #[test]
    fn broadcasters_runs_and_desks() {
        assert_eq!(byline_line("某某亞太電視黃小國、林小霞台灣新竹採訪報導").unwrap(), ["黃小國", "林小霞"]);
        assert_eq!(byline_outlet("某某亞太電視黃小國、林小霞台灣新竹採訪報導").as_deref(), Some("某某亞太電視"));
        assert_eq!(byline_line("希望之聲國際廣播電台張小翠報導").unwrap(), ["張小翠"]);
        assert_eq!(byline_line("優活健康資訊網╱uho新聞中心林小旻 2012-01-12 10:50").unwrap(), ["林小旻"]);
        assert!(byline_line("某某電視台今日報導").is_none());
    }

    #[test]
    fn more_source_labels() {
        assert_eq!(source_label("来自：某某日报").as_deref(), Some("某某日报"));
        assert_eq!(source_label("转载自某某晚报").as_deref(), Some("某某晚报"));
        assert_eq!(source_label("转自：某某网").as_deref(), Some("某某网"));
        // Government portals name the office that supplied the notice.
        assert_eq!(source_label("供稿单位：市应急管理局 发布时间：2022-03-29").as_deref(), Some("市应急管理局"));
        assert_eq!(source_label("信息提供：市统计局 日期：2022-03-29").as_deref(), Some("市统计局"));
    }

    #[test]
    fn forms_of_set_41() {
        // The writer's agency glued before the translator's name.
        assert_eq!(token_credit("譯者：某央社鄭某韻").unwrap(), ["鄭某韻"]);
        assert_eq!(byline_line("（譯者：某央社鄭某韻）1040621").unwrap(), ["鄭某韻"]);
        // A school's one-character marks for its editor and reviewer.
        assert_eq!(byline_line("文/某某主义学院供稿 编/周某 审/冯某山"), None);
        assert_eq!(byline_line("文/张某 编/周某 审/冯某山").unwrap(), ["张某"]);
        // A headline run into the reporter's credit and a known filing place.
        assert_eq!(dateline_credit_within("某某意外受伤让国奥警惕 无奈大雨格外青睐某家军记者傅某雨沈阳报道 来到沈阳，国奥队依然没有摆脱雨水的困扰。").unwrap(), ["傅某雨"]);
        // (Not where the words before the mark are no known place.)
        assert_eq!(dateline_credit_within("他告诉记者张某某某报道 的事情，大家都很关心。"), None);
        // The outlet set off its role by a space, the name glued to the story.
        let d = dateline("某济观察网 记者 宋某经过一年半的培育期，人工智能科技企业正在尝试不断下沉。").unwrap();
        assert_eq!((d.outlet.as_deref(), d.authors.as_slice()), (Some("某济观察网"), &["宋某".to_owned()][..]));
        // `署名` of a repost's form (`2.記者署名:`) is no name.
        assert_eq!(role_credit("2.記者署名:"), None);
        // `图/文` in a dateline's brackets.
        let d = dateline("某里网4月21日讯（图/文 王某英）4月21日由某海社区组织的郊游活动举行，部分党员参加。").unwrap();
        assert_eq!((d.outlet.as_deref(), d.authors.as_slice()), (Some("某里网"), &["王某英".to_owned()][..]));
        // Several outlets before one dateline: the last one ran it.
        let d = dateline("新某南客户端、某海网、某国都市报6月21日消息（记者 沙某峰）白色的墙体、蓝色的门窗、一望无垠的大海。").unwrap();
        assert_eq!((d.outlet.as_deref(), d.authors.as_slice()), (Some("某国都市报"), &["沙某峰".to_owned()][..]));
        // A desk's word before the role.
        assert_eq!(byline_line("新竹某道記者林某斌／新竹報導").unwrap(), ["林某斌"]);
        // Reporters' tags in brackets of any kind, anywhere in a line.
        assert_eq!(report_tag_within("發表時間：2013-10-18 21:14 作者：taiwan 【記者鍾某蓮台北報導】").unwrap(), ["鍾某蓮"]);
        assert_eq!(report_tag_within("仍有待釐清。（突發中心江某倫／台北報導）《某果》關心你").unwrap(), ["江某倫"]);
        assert_eq!(report_tag_within("不法所得17萬元沒入。（示意圖）［記者楊某郡／台中報導］36歲林某賺黑心錢！").unwrap(), ["楊某郡"]);
        // A desk's credit names nobody.
        assert_eq!(report_tag_within("勢將延續。（政治中心／台北報導）"), None);
        assert_eq!(report_tag_within("学院成功承办青工职业技能大赛 （图文/团委通讯员 金某皓）8月28、29日，大赛在学院举行。").unwrap(), ["金某皓"]);
        assert_eq!(report_tag_within("市民在社区取药（记者 邓某 摄）。"), None);
        assert_eq!(dateline_credit_within("某华社北京8月24日电 题：亮亮百姓“粮仓家底”——专访某某储备局负责人 某华社记者王某彬 民为国基，谷为民命。").unwrap(), ["王某彬"]);
        assert_eq!(dateline_credit_within("某南人民医院南都讯 记者何某华 正在输液治疗胆囊炎，却因心肌梗塞而死。").unwrap(), ["何某华"]);
        assert_eq!(dateline_credit_within("刘某医生（某广网记者陈某莲摄） 某广网宁波3月25日消息（记者杜某明 陈某莲 通讯员史某俐）每天早上7：30，诊室门口就围满了患者。").unwrap(), ["杜某明", "陈某莲", "史某俐"]);
        assert_eq!(dateline_credit_within("某华社北京10月3日电 题：“禁涨期”沦为“备涨期” 某华社“某华视点”记者程某、罗某、周某 国家发展改革委去年下发通知。").unwrap(), ["程某", "罗某", "周某"]);
        assert_eq!(report_tag_within("美军现役五代机单架成本在2亿美元左右 【某球时报报道 特约记者 张某驰】在俄罗斯与某国研制的隐形战斗机问世后").unwrap(), ["张某驰"]);
        // A reporter's slashed credit run into the story; a picture's credit in brackets.
        assert_eq!(dateline("記者莊某直／台北報導受近日頻道商簽約協議影響，頻道數銳減。").unwrap().authors, ["莊某直"]);
        assert_eq!(dateline("記者林某／南市報導台南市某某分局3日晚間召開社區治安會議。").unwrap().authors, ["林某"]);
        assert_eq!(byline_line("（記者張某義攝）"), None);
        assert_eq!(role_credit("（記者張某義攝）義享天地緊鄰某某路。"), None);
        assert_eq!(dateline("某川在线记者 张某希 省政府办公厅近日印发若干政策措施。").unwrap().authors, ["张某希"]);
        // Names opening the story, set off by a space.
        assert_eq!(names_then_story("何某海 在美食平台开展营销，必须遵守法律法规。").unwrap(), ["何某海"]);
        assert_eq!(names_then_story("米某  任某澄  熊某 3月10日下午14:00点，某市科技局到公司走访调研。").unwrap(), ["米某", "任某澄", "熊某"]);
        assert_eq!(names_then_story("北京 3月10日，全市召开会议。"), None);
        assert_eq!(names_then_story("王某 摄"), None);
        assert_eq!(names_then_story("大会 开幕了，代表们陆续入场。"), None);
        // A picture's credit before the story's dateline is no byline.
        assert!(dateline("记者　朱某峻　摄 新闻网讯　5月10日下午，某某活动在某地举行。").is_none_or(|d| d.authors.is_empty()));
        // A headline run into the credit, the credit into the story.
        assert_eq!(credit_at("记者 楼某靖 培训生 张某远 今天，杭州又一个漫展开展。").unwrap(), ["楼某靖", "张某远"]);
        assert_eq!(credit_at("记者 张某 张某璐 郭某 范某4月1日，由某某报社主办的活动举行。").unwrap(), ["张某", "张某璐", "郭某", "范某"]);
        assert_eq!(credit_at("记者 张某 张某璐今年，某某报与区文化馆联合举办活动。").unwrap(), ["张某", "张某璐"]);
        // (Not where nothing marks the story's opening.)
        assert_eq!(credit_at("记者 张某 王府井大街上人来人往。").unwrap(), ["张某"]);
        assert_eq!(headline_run_credit("牛年第一月 开基抬头券商理财掉队某经记者 于某敏在金融危机的淫威之下，2008年，全球资本市场经历洗礼。").unwrap(), ["于某敏"]);
        // A headline with a colon and quotes, set off by a space.
        assert_eq!(headline_run_credit("某身经济正在崛起：商品越来越“小” 本报记者 赵某报道50毫升的红酒，1人份的火锅。").unwrap(), ["赵某"]);
        assert_eq!(headline_run_credit("上海某区书记朱某松被查 14:27·某济观察报 某济观察网 记者 李某敖 2024年11月27日10时，某某网站发布消息。").unwrap(), ["李某敖"]);
        // (Not a sentence that mentions a reporter.)
        assert_eq!(headline_run_credit("工作人员告诉记者王某某，目前排队的人很多。"), None);
        assert_eq!(headline_run_credit("据记者了解，今年以来全市新增企业三千家。"), None);
        assert_eq!(headline_run_credit("多家企业负责人在接受记者采访时表示，订单已经排到明年。"), None);
        // The credit began before the first 记者: the headline reader leaves
        // the line to the reader of whole credit lines.
        assert_eq!(headline_run_credit("某治周末实习生 代某辉 某治周末记者 戴某蕾 10月22日，对于投资者而言"), None);
        assert_eq!(token_credit("某治周末实习生 代某辉 某治周末记者 戴某蕾").unwrap(), ["代某辉", "戴某蕾"]);
        assert_eq!(token_credit("某京报贝壳财经记者 潘某纯 编辑 岳某周 校对 张某君").unwrap(), ["潘某纯"]);
        assert_eq!(token_credit("他告诉记者 某某说"), None);
        let d = dateline("本报北京１２月３１日讯新华社记者陈某、 本报记者何某正报道：在度过了非凡的一年之际，").unwrap();
        assert_eq!((d.authors, d.outlet), (vec!["陈某".to_owned(), "何某正".to_owned()], None));
        // A rarer family name set off by a bare role and spaces.
        assert_eq!(credit_at("记者 台某超 通讯员 崔某传7月24日晚，某区举办啤酒节。").unwrap(), ["台某超", "崔某传"]);
        assert_eq!(credit_at("记者台某超7月24日晚，某区举办啤酒节。"), None);
        assert!(dateline("某视网消息（焦点访谈）：人民健康是民族昌盛的重要标志。").unwrap().authors.is_empty());
        assert_eq!(dateline("某视网消息（欧阳某某）：人民健康是民族昌盛的重要标志。").unwrap().authors, ["欧阳某某"]);
        assert_eq!(dateline("某新网拉萨10月8日电 (旦增某姆 格桑某金 武某燕)8日，某某车站介绍。").unwrap().authors, ["旦增某姆", "格桑某金", "武某燕"]);
        // The picture's mark after the names takes them back.
        assert_eq!(token_credit("某新网记者 李某磊 摄 来源：某新网"), None);
        assert_eq!(token_credit("记者 王某 摄 通讯员 李某").unwrap(), ["李某"]);
        // Outlets of set 41's datelines and tags.
        assert_eq!(dateline("（某央社華盛頓2日綜合外電報導）科學家首度證實，魚類暴露在塑膠碎片中。").unwrap().outlet.as_deref(), Some("某央社"));
        assert_eq!(dateline("某济日报-某国经济网北京7月2日讯 某某公司今日发布公告。").unwrap().outlet.as_deref(), Some("某国经济网"));
        assert_eq!(dateline("某川新闻网-首屏新闻成都3月14日讯（记者 李某）日前，全省会议召开。").unwrap().outlet.as_deref(), Some("某川新闻网"));
        assert_eq!(dateline("某龙网-新某庆客户端4月23日10时35分讯（记者 舒某） “某亚有多欢迎某庆人？”").unwrap().outlet.as_deref(), Some("某龙网"));
        let d = dateline("某新经纬客户端12月12日电（董某依）国家统计局11日公布31省份CPI。").unwrap();
        assert_eq!((d.outlet.as_deref(), d.authors.as_slice()), (Some("某新经纬客户端"), &["董某依".to_owned()][..]));
        assert_eq!(dateline("某浪游戏讯，6月4日下午消息，北京某公司已解散运营团队。").unwrap().outlet.as_deref(), Some("某浪游戏"));
        // (A word ending in 讯 and a comma opens a sentence.)
        assert!(dateline("家属闻讯，立即赶到现场。").is_none());
        assert_eq!(lead_tag_outlet("某际在线专稿：某国主席正在进行国事访问。").as_deref(), Some("某际在线"));
        assert_eq!(lead_tag_outlet("【某球时报】").as_deref(), Some("某球时报"));
        assert_eq!(closing_source("綜合某華社等報導").as_deref(), Some("某華社"));
        assert_eq!(closing_source("（综合某华社、某视新闻报道）").as_deref(), Some("某华社"));
        assert_eq!(closing_source("共186人参加了学习会。 （区教育局供稿） 来源：某潭综合实验区教育局 附件下载").as_deref(), Some("某潭综合实验区教育局"));
        assert_eq!(closing_source("他说：“来源：群众的反映很多。”"), None);
        assert_eq!(closing_source("讓司法能更受到人民的信任。(某時電子報)").as_deref(), Some("某時電子報"));
        assert_eq!(closing_source("每所学校将至少配备1名法治副校长。（据某华社）").as_deref(), Some("某华社"));
        // An outlet's tag, then the credit bracket, after a caption.
        assert_eq!(dateline_credit_within("三国均参与到军事行动中【某新网】(记者 张某平)某国的独裁者已穷途末路，日前").unwrap(), ["张某平"]);
        // Set 43: an agency's dateline that lost its `电`, names in brackets.
        let d = dateline("某华社北京12月16日（韩某、王某玲）16日闭幕的中央经济工作会议明确了方向。").unwrap();
        assert_eq!((d.outlet.as_deref(), d.authors.clone(), d.month_day), (Some("某华社"), vec!["韩某".to_string(), "王某玲".to_string()], Some((12, 16))));
        assert!(dateline("某华社北京12月16日（星期五）上午召开会议。").is_none_or(|d| d.authors.is_empty()));
        // A broadcaster's news desk, reporters and the place run together.
        assert_eq!(report_tag_within("提醒山友注意。（某視新聞賴某君南投報導）").unwrap(), ["賴某君"]);
        assert_eq!(report_tag_within("才能拼出好薪情。（某視新聞宋某芳、游某智新北市報導）").unwrap(), ["宋某芳", "游某智"]);
        // `每经记者`: an outlet's reporter, no person named.
        assert!(!is_name("每经记者"));
        assert!(split_names("每经记者").is_empty());
        // A count of years after a spaced name opens no story.
        assert_eq!(headline_run_credit("某科讯飞坚决表示未涉足房地产 某济观察网 记者 冯某艳 实习记者 赵某 成立19年、上市10周年的某科讯飞，以AI第一股自居").unwrap(), ["冯某艳", "赵某"]);
        assert_eq!(spaced_credit("记者 张某 郭某 范某4月1日，某市召开会议", true).unwrap(), ["张某", "郭某", "范某"]);
        // Who is quoted after a portal's mark is no writer.
        assert!(dateline("本网讯  农谚讲“惊蛰麦返青，农夫闲转忙”。目前，各地小麦陆续开始起身拔节。").is_none_or(|d| d.authors.is_empty()));
        assert_eq!(dateline("某江网讯李某平“我们的日子越过越好了。”").unwrap().authors, ["李某平"]);
        // A reader's remembrance signed by who sends it.
        assert_eq!(byline_line("寄思人：李某业").unwrap(), ["李某业"]);
        // A wire's special dispatch for a channel; a Western agency's bracketed dateline.
        let d = dateline("某华社北京9月29日新媒体专电（记者王某 李某远）某某会议今天召开。").unwrap();
        assert_eq!((d.outlet.as_deref(), d.authors.clone()), (Some("某华社"), vec!["王某".to_string(), "李某远".to_string()]));
        assert_eq!(dateline("（路透舊金山2日電）某某公司今天宣布裁員。").unwrap().outlet.as_deref(), Some("路透"));
        // A sound bite's speaker and a label inside a sentence name no outlet.
        assert_eq!(source_label("聲音來源：目擊工人：「直接上來要撥我的臉。」"), None);
        assert_eq!(source_label("来源：某某日报"), Some("某某日报".to_string()));
        assert_eq!(source_label("本文来自微信公众号：[某子位 （ID：QbitAI）](https://mp.example.cn/s/x)").as_deref(), Some("某子位"));
        assert_eq!(source_label("---来源某视网").as_deref(), Some("某视网"));
        assert_eq!(source_label("---摘要于某国证券报").as_deref(), Some("某国证券报"));
        let d = dateline("IT 之家 8 月 21 日消息，某某公司今日正式对外发布新模型。").unwrap();
        assert_eq!((d.outlet.as_deref(), d.month_day), (Some("IT 之家"), Some((8, 21))));
        assert_eq!(dateline("36氪5月3日讯，某某公司完成融资。").unwrap().outlet.as_deref(), Some("36氪"));
        assert!(dateline("2026年8月21日消息，某某公司完成融资。").is_none_or(|d| d.outlet.is_none()));
        assert_eq!(byline_outlet("某國時報【黃某如／台北報導】受到少子化的影響，兒科近年鬧人荒。").as_deref(), Some("某國時報"));
        // Set 44: a tag whose opening bracket the copy lost; a Markdown copy's bold marks.
        assert_eq!(report_tag_within("某球时报-某球网报道 记者 姚某娟]第70届世界卫生大会报名日期已经截止。").unwrap(), ["姚某娟"]);
        assert_eq!(byline_line("**作者 | Lianzi   编辑 | Vicky Xiao**").unwrap(), ["Lianzi"]);
        // Co-reporters after a planner, parted by a semicolon.
        assert_eq!(byline_line("策划：林某；参与报道：李某珊 崔某雯 胡某 林某含").unwrap(), ["李某珊", "崔某雯", "胡某", "林某含"]);
        // A writer's name glued after the outlet in the source label.
        assert_eq!(name_after_source("2019年03月21日08:46:54来源：某国青年报任某").as_deref(), Some("任某"));
        assert_eq!(source_label("2019年03月21日08:46:54来源：某国青年报任某").as_deref(), Some("某国青年报"));
        assert_eq!(name_after_source("来源：某某日报社区版"), None);
        // Set 45: photographers, then the writer under joined marks; a caption's triangle.
        assert_eq!(byline_line("图/某国军网记者冯某华 穆某双 文字、整理/赵某 图片来源：某国军网").unwrap(), ["赵某"]);
        assert_eq!(byline_line("▲华某莹"), None);
        assert_eq!(byline_line("■华某莹").unwrap(), ["华某莹"]);
    }
}
