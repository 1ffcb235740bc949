//! Regression guard: the extractor over a small committed sample (pages
//! written for the tests, modelled on portal, government and e-paper
//! layouts, a blog post whose only prose is a recommended post's teaser, a
//! story under a flattened video player, a journal's table of contents), scored like `eval/score_extract.py` (4-shingles of tokens,
//! each CJK character one token). Fails when body F1 drops.

use std::collections::HashMap;
use std::path::PathBuf;

use baoku::extract::{Options, extract};

/// Tokens: each CJK character alone, runs of other word characters together.
fn tokens(s: &str) -> Vec<String> {
    let cjk = |c: char| {
        matches!(c as u32, 0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xf900..=0xfaff | 0xac00..=0xd7af)
    };
    let mut out = Vec::new();
    let mut word = String::new();
    for c in s.chars() {
        if cjk(c) || !c.is_alphanumeric() {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            if cjk(c) {
                out.push(c.to_string());
            }
        } else {
            word.push(c);
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

fn shingles(s: &str) -> HashMap<Vec<String>, usize> {
    let t = tokens(s);
    let mut m = HashMap::new();
    let n = 4.min(t.len().max(1));
    for w in t.windows(n) {
        *m.entry(w.to_vec()).or_insert(0) += 1;
    }
    m
}

fn f1(truth: &str, pred: &str) -> f64 {
    let (t, p) = (shingles(truth), shingles(pred));
    let tp: usize = t.iter().map(|(k, &v)| v.min(*p.get(k).unwrap_or(&0))).sum();
    let (np, nt): (usize, usize) = (p.values().sum(), t.values().sum());
    if tp == 0 || np == 0 || nt == 0 {
        return 0.0;
    }
    let (pr, re) = (tp as f64 / np as f64, tp as f64 / nt as f64);
    2.0 * pr * re / (pr + re)
}

#[test]
fn body_f1_on_the_committed_sample_does_not_drop() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/extract");
    let truth = std::fs::read_to_string(dir.join("sample/truth.jsonl")).unwrap();
    let mut scores = Vec::new();
    for line in truth.lines() {
        let t: serde_json::Value = serde_json::from_str(line).unwrap();
        let bytes = std::fs::read(dir.join(t["file"].as_str().unwrap())).unwrap();
        let d = baoku::fetch::decode::decode(&bytes, None);
        let text: Vec<String> = extract(&d.text, &Options::default()).into_iter().map(|a| a.text).collect();
        let score = f1(t["text"].as_str().unwrap(), &text.join("\n"));
        eprintln!("{:<24} f1={score:.3}", t["id"].as_str().unwrap());
        scores.push((t["id"].as_str().unwrap().to_owned(), score));
    }
    assert!(scores.len() >= 10);
    let mean = scores.iter().map(|s| s.1).sum::<f64>() / scores.len() as f64;
    eprintln!("mean f1={mean:.3}");
    for (id, s) in &scores {
        assert!(*s >= 0.9, "{id}: f1 {s:.3} fell below 0.9");
    }
    assert!(mean >= 0.98, "mean f1 {mean:.3} fell below 0.98");
}

#[test]
fn the_scorer_itself_rewards_overlap_and_punishes_junk() {
    assert!((f1("一二三四五六", "一二三四五六") - 1.0).abs() < 1e-9);
    assert!(f1("一二三四五六七八", "一二三四五六七八 首页 登录 分享到微信朋友圈") < 0.8);
    assert_eq!(f1("一二三四五六", ""), 0.0);
}
