//! Fixture texts and republishing edits shared by the dedup tests.
#![allow(dead_code)]

use std::path::PathBuf;

pub fn fixture(name: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dedup").join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The seed e-paper page split into its two stories (河北日报's meeting, 石家庄日报's meeting).
pub fn seed_stories() -> (String, String, String) {
    let page = fixture("epaper-digest.txt");
    let cut = page.find("市委常委会召开会议").expect("second story headline");
    (page.clone(), page[..cut].trim().to_owned(), page[cut..].trim().to_owned())
}

/// The template notices, daily reports and procurement notices (pairs).
pub fn notices() -> Vec<String> {
    fixture("notices.txt").split("====").map(|s| s.trim().to_owned()).collect()
}

/// A city paper's reprint: new headline, editor and 来源 lines, half-width
/// punctuation turned full-width, a layout break inside a word.
pub fn reprint(text: &str, headline: &str) -> String {
    let body: String = text
        .chars()
        .map(|c| match c {
            ',' => '，',
            '(' => '（',
            ')' => '）',
            ':' => '：',
            c => c,
        })
        .collect();
    let mut paras: Vec<String> = body.split("\n\n").map(str::to_owned).collect();
    if let Some(p) = paras.get_mut(1) {
        let at = p.char_indices().nth(10).map_or(0, |(i, _)| i);
        p.insert_str(at, "\n\n");
    }
    format!("{headline}\n来源：河北日报\n\n{}\n\n责任编辑：王小五", paras.join("\n\n"))
}

/// The first `paras` paragraphs: a lead excerpt as a portal runs it.
pub fn lead(text: &str, paras: usize) -> String {
    text.split("\n\n").take(paras).collect::<Vec<_>>().join("\n\n")
}
