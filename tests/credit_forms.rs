//! Credit lines as provincial and municipal dailies and government portals
//! print them, each set into a small article page where such pages put it
//! (a line of its own under the headline, opening or closing the story, the
//! information line, a 信息公开 table row), and the writers a reader would
//! credit. The 430 lines in `tests/fixtures/credit_forms/` were written for this
//! project from how those pages look, by people who had not seen the
//! extractor's rules; every name in them is invented.

use std::path::PathBuf;

use baoku::extract::{Options, extract};
use serde_json::Value;

const STORY: [&str; 4] = [
    "春耕时节，全省各地抢抓农时，田间地头一派繁忙景象。各县区农机手驾驶旋耕机来回作业，种植大户忙着育秧备播。",
    "据省农业农村厅介绍，今年全省计划播种粮食面积比去年略有增加，各地提前调运种子化肥，确保不误农时。",
    "在平原县的一处合作社，负责人说：“今年我们流转了更多土地，全部采用机械化播种，效率比往年提高不少。”",
    "农业专家提醒，近期气温回升较快，要注意病虫害防治，科学管理田间水肥，为全年丰收打好基础。",
];

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The page a credit line is printed on, at the place `where` says.
fn page(line: &str, place: &str) -> String {
    let l = escape(line);
    let paras = |v: &[&str]| v.iter().map(|p| format!("<p>{p}</p>")).collect::<String>();
    let (info, content) = match place {
        "info" => (format!("<div class=\"info\">{l}</div>"), paras(&STORY)),
        "top" => ("<div class=\"info\">2024-03-12 08:30</div>".to_owned(), format!("<p>{l}</p>{}", paras(&STORY))),
        // An unbracketed credit is set off from the story by a space, as pages print it.
        "lead" => {
            let sep = if line.chars().last().is_some_and(char::is_alphabetic) { "\u{3000}" } else { "" };
            ("<div class=\"info\">2024-03-12 08:30</div>".to_owned(), format!("<p>{l}{sep}{}</p>{}", STORY[0], paras(&STORY[1..])))
        }
        "end" => ("<div class=\"info\">2024-03-12 08:30</div>".to_owned(), format!("{}<p>{l}</p>", paras(&STORY))),
        // A picture, then its caption, after the first paragraph.
        "caption" => (
            "<div class=\"info\">2024-03-12 08:30</div>".to_owned(),
            format!("<p>{}</p><p><img src=\"a.jpg\"></p><p>{l}</p>{}", STORY[0], paras(&STORY[1..])),
        ),
        "tail" => ("<div class=\"info\">2024-03-12 08:30</div>".to_owned(), format!("{}<p>{}{l}</p>", paras(&STORY[..3]), STORY[3])),
        "table" => {
            let cells: String = line.split('\t').map(|c| format!("<td>{}</td>", escape(c))).collect();
            (format!("<table class=\"xxgk\"><tr>{cells}</tr></table>"), paras(&STORY))
        }
        other => panic!("unknown place {other}"),
    };
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>全省春耕备播有序推进_某某网</title></head><body>\
         <div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/news\">新闻</a> <a href=\"/gov\">政务</a></div>\
         <div class=\"article\"><h1>全省春耕备播有序推进</h1>{info}<div class=\"content\">{content}</div></div>\
         <div class=\"footer\">版权所有 某某网 备案号：某ICP备12345678号</div></body></html>"
    )
}

fn check(file: &str) {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/credit_forms").join(file);
    let cases: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
    assert!(cases.len() >= 70, "{file}: {} forms", cases.len());
    let mut wrong = Vec::new();
    for c in &cases {
        let line = c["line"].as_str().unwrap();
        let place = c["where"].as_str().unwrap();
        let want: Vec<&str> = c["authors"].as_array().unwrap().iter().map(|a| a.as_str().unwrap()).collect();
        let got = extract(&page(line, place), &Options::default()).remove(0).authors;
        if got != want {
            wrong.push(format!("[{place}] {line}: got {got:?}, want {want:?}"));
        }
        if let (Some(day), "info" | "table") = (c.get("date").and_then(Value::as_str), place) {
            let got = extract(&page(line, place), &Options::default()).remove(0).published.map(|p| p.at.date_naive().to_string());
            if got.as_deref() != Some(day) {
                wrong.push(format!("[{place}] {line}: date {got:?}, want {day}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{file}: {} of {} forms read wrong:\n{}", wrong.len(), cases.len(), wrong.join("\n"));
}

#[test]
fn credit_lines_of_provincial_and_municipal_dailies() {
    check("daily.json");
}

#[test]
fn credit_lines_of_government_portals() {
    check("gov.json");
}

#[test]
fn credit_lines_of_e_papers_apps_wechat_and_county_media_centres() {
    check("media.json");
}

#[test]
fn credit_lines_of_national_portals_agencies_and_hong_kong_macau_taiwan_papers() {
    check("portal.json");
}

/// Names that credit nobody (captions, quotes, subjects, editors, comments,
/// related items, places), with hard true credits among them.
#[test]
fn names_that_credit_nobody_and_hard_true_credits() {
    check("not_credits.json");
}
