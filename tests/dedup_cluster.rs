//! `baoku cluster FILE.jsonl` as DESIGN.md specifies it.

mod dedup_common;

use std::process::Command;

use dedup_common::*;
use serde_json::{Value, json};

fn cluster(lines: &[String]) -> (Vec<Value>, String, Option<i32>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("in.jsonl");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_baoku")).arg("cluster").arg(&path).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let rows = stdout.lines().map(|l| serde_json::from_str(l).expect("output line is JSON")).collect();
    (rows, String::from_utf8_lossy(&out.stderr).into_owned(), out.status.code())
}

fn article(id: &str, text: &str, published: &str) -> String {
    json!({"id": id, "title": "", "text": text, "source": "src", "published": published}).to_string()
}

fn corpus() -> Vec<String> {
    let (page, hebei, shijiazhuang) = seed_stories();
    let reservoir = fixture("reservoir.txt");
    let farm = fixture("farm.txt");
    let n = notices();
    vec![
        article("a", &hebei, "2022-03-28T22:00:00+08:00"),
        article("b", &shijiazhuang, "2022-03-29 06:00"),
        article("c", &page, "2022-03-29 07:00"),
        article("d", &reprint(&hebei, "全省视频调度会议召开"), "2022-03-29 08:00"),
        article("e", &hebei.replace(',', "，"), "2022-03-29 09:00"),
        article("f", &reservoir, "2022-03-29 10:00"),
        article("g", &lead(&reservoir, 2), "2022-03-29 11:00"),
        article("h", &farm, "2022-03-29 12:00"),
        article("i", &n[0], "2022-03-29 12:00"),
        article("j", &n[1], "2022-03-30 12:00"),
    ]
}

#[test]
fn prints_story_relation_and_match_for_every_line() {
    let (rows, stderr, code) = cluster(&corpus());
    assert_eq!(code, Some(0), "{stderr}");
    let want = [
        ("a", "a", "new", Value::Null),
        ("b", "b", "new", Value::Null),
        // The page holds both stories; it joins the one it is mostly made of.
        ("c", "b", "contained", json!("b")),
        ("d", "a", "near", json!("a")),
        ("e", "a", "exact", json!("a")),
        ("f", "f", "new", Value::Null),
        ("g", "f", "contained", json!("f")),
        ("h", "h", "new", Value::Null),
        ("i", "i", "new", Value::Null),
        ("j", "j", "new", Value::Null),
    ];
    assert_eq!(rows.len(), want.len());
    for (row, (id, story, relation, of)) in rows.iter().zip(want) {
        assert_eq!(row, &json!({"id": id, "story": story, "relation": relation, "of": of}));
    }
}

#[test]
fn results_are_stable_across_runs() {
    let lines = corpus();
    let (first, _, _) = cluster(&lines);
    for _ in 0..2 {
        assert_eq!(cluster(&lines).0, first);
    }
}

#[test]
fn bad_lines_are_named_and_the_rest_continue() {
    let reservoir = fixture("reservoir.txt");
    let lines = vec![
        article("1", &reservoir, "2023-04-12"),
        "{not json".to_owned(),
        json!({"id": "3", "title": "无正文"}).to_string(),
        String::new(),
        json!({"id": 5, "text": reservoir, "published": "yesterday-ish"}).to_string(),
        json!({"id": 6, "text": reservoir}).to_string(),
    ];
    let (rows, stderr, code) = cluster(&lines);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("line 2:"), "{stderr}");
    assert!(stderr.contains("line 3:") && stderr.contains("text"), "{stderr}");
    assert!(stderr.contains("line 5:") && stderr.contains("yesterday-ish"), "{stderr}");
    assert!(!stderr.contains("line 4:"), "blank lines are skipped quietly: {stderr}");
    assert_eq!(
        rows,
        vec![
            json!({"id": "1", "story": "1", "relation": "new", "of": null}),
            json!({"id": 6, "story": "1", "relation": "exact", "of": "1"}),
        ]
    );
}

#[test]
fn a_missing_file_is_an_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_baoku")).args(["cluster", "/nonexistent/in.jsonl"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/in.jsonl"));
}
