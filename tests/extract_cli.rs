//! `baoku extract FILE...`: one JSON line per article, failures on stderr,
//! the other files still processed, non-zero exit when any failed.

use std::path::PathBuf;
use std::process::Command;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/extract").join(name)
}

#[test]
fn prints_one_line_per_article_and_reports_bad_files() {
    let missing = fixture("no-such-page.html");
    let out = Command::new(env!("CARGO_BIN_EXE_baoku"))
        .args(["extract", "--url", "http://www.hebei.gov.cn/yw/202203/t20220329_1234567.shtml"])
        .arg(fixture("gov_trs.html"))
        .arg(&missing)
        .arg(fixture("seed_two_articles.html"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no-such-page.html"), "{stderr}");
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    for l in &lines {
        for k in ["file", "url", "title", "subtitle", "authors", "published", "source", "text", "charset", "charset_reason"] {
            assert!(l.get(k).is_some(), "{k} missing in {l}");
        }
        assert!(l["authors"].is_array());
    }
    assert!(lines[0]["file"].as_str().unwrap().ends_with("gov_trs.html"));
    assert_eq!(lines[0]["published"], "2022-03-29T08:15:00+08:00");
    assert_eq!(lines[0]["charset"], "UTF-8");
    assert_eq!(lines[0]["charset_reason"], "meta");
    assert_eq!(lines[1]["file"], lines[2]["file"]);
    assert_eq!(lines[1]["source"], "河北日报");
    assert_eq!(lines[2]["source"], "石家庄日报");
}

#[test]
fn all_good_files_exit_zero_and_gbk_reports_why() {
    let out = Command::new(env!("CARGO_BIN_EXE_baoku"))
        .args(["extract"])
        .arg(fixture("hanweb_gbk_nocharset.html"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let l: serde_json::Value = serde_json::from_slice(out.stdout.split(|&b| b == b'\n').next().unwrap()).unwrap();
    assert_eq!(l["charset"], "gb18030");
    assert_eq!(l["charset_reason"], "sniffed");
    assert_eq!(l["title"], "石家庄市召开优化营商环境推进会");
}

/// Files are extracted on several workers; the records still come out in the
/// order the files were given, a bad file among them reported, and the
/// records are the same as one worker prints.
#[test]
fn many_files_on_several_workers_keep_their_order() {
    let names = ["gov_trs.html", "hanweb_gbk_nocharset.html", "seed_two_articles.html"];
    // 40 files, the three fixtures in turn, a missing one in the middle:
    // more than one window of the workers.
    let mut args: Vec<PathBuf> = (0..40).map(|i| fixture(names[i % 3])).collect();
    args.insert(17, fixture("no-such-page.html"));
    let run = |threads: &str| {
        Command::new(env!("CARGO_BIN_EXE_baoku"))
            .env("BAOKU_EXTRACT_THREADS", threads)
            .arg("extract")
            .args(&args)
            .output()
            .unwrap()
    };
    let (many, one) = (run("4"), run("1"));
    assert!(!many.status.success());
    assert!(String::from_utf8_lossy(&many.stderr).contains("no-such-page.html"));
    assert_eq!(many.stdout, one.stdout);
    let files: Vec<String> = String::from_utf8(many.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["file"].as_str().unwrap().to_owned())
        .collect();
    // Each fixture gives one record, the two-article page two.
    let expected: Vec<&str> = (0..40).flat_map(|i| if i % 3 == 2 { vec![names[2]; 2] } else { vec![names[i % 3]] }).collect();
    assert_eq!(files.len(), expected.len());
    for (got, want) in files.iter().zip(&expected) {
        assert!(got.ends_with(want), "{got} where {want} was due");
    }
}
