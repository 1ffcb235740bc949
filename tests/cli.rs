//! The command line's contract: configuration errors exit 2 and name the place.

use std::process::Command;

fn baoku(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_baoku")).args(args).output().unwrap()
}

#[test]
fn unknown_config_key_exits_2_naming_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("bad.toml");
    std::fs::write(
        &p,
        "[storage]\npath = \"x.db\"\n\n[[source]]\nkey = \"a\"\nname = \"甲\"\nurl = \"http://a.example.cn/rss\"\nkind = \"feed\"\nlevel = \"city\"\nfavourite = true\n",
    )
    .unwrap();
    let out = baoku(&["--config", p.to_str().unwrap(), "check-config"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.toml:"), "{err}");
    assert!(err.contains("favourite"), "{err}");
    // Nothing was started: no archive was created.
    assert!(!dir.path().join("x.db").exists());
}

#[test]
fn bad_source_value_names_the_source() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("c.toml");
    std::fs::write(
        &p,
        "[storage]\npath = \"x.db\"\n\n[[source]]\nkey = \"hebrb\"\nname = \"河北日报\"\nurl = \"ftp://a.example.cn/rss\"\nkind = \"feed\"\nlevel = \"province\"\n",
    )
    .unwrap();
    let out = baoku(&["--config", p.to_str().unwrap(), "poll", "--once"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("c.toml:4: source `hebrb`"), "{err}");
}

#[test]
fn the_example_config_is_valid() {
    let p = concat!(env!("CARGO_MANIFEST_DIR"), "/config/baoku.example.toml");
    let out = baoku(&["--config", p, "check-config"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn demo_archives_the_sample_site_and_merges_the_reprinted_story() {
    let out = baoku(&["demo", "--once"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("polled sjzrb: 2 entries, 2 new articles"), "{stdout}");
    assert!(stdout.contains("archived 6 articles from 3 sources"), "{stdout}");
    // The provincial story was carried by the city daily: one entry, the other copy listed.
    assert!(stdout.contains("(also: 石家庄日报"), "{stdout}");
    assert!(stdout.contains("/feed.atom"), "{stdout}");
}
