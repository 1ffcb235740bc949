//! OPML in and out: the configured sources as an OPML subscription list, and
//! an OPML file's feeds as `[[source]]` blocks to paste into the config.

use crate::config::Config;
use crate::extract::html_escape as esc;

/// The configured sources as OPML 2.0, grouped by province.
pub fn export(config: &Config) -> String {
    let mut groups: Vec<(String, Vec<&crate::config::SourceConfig>)> = Vec::new();
    for s in &config.sources {
        let province = s.region.first().cloned().unwrap_or_else(|| "全国".to_owned());
        match groups.iter_mut().find(|(p, _)| *p == province) {
            Some((_, v)) => v.push(s),
            None => groups.push((province, vec![s])),
        }
    }
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<opml version=\"2.0\">\n<head><title>baoku sources</title></head>\n<body>\n");
    for (province, sources) in groups {
        x.push_str(&format!("  <outline text=\"{}\">\n", esc(&province)));
        for s in sources {
            x.push_str(&format!(
                "    <outline type=\"{}\" text=\"{}\" title=\"{}\" xmlUrl=\"{}\" baokuKey=\"{}\" baokuKind=\"{}\" baokuLevel=\"{}\" baokuRegion=\"{}\"/>\n",
                if s.kind == crate::config::SourceKind::Feed { "rss" } else { "link" },
                esc(&s.name),
                esc(&s.name),
                esc(s.url.as_str()),
                esc(&s.key),
                s.kind.as_str(),
                s.level.as_str(),
                esc(&s.region.join("/"))
            ));
        }
        x.push_str("  </outline>\n");
    }
    x.push_str("</body>\n</opml>\n");
    x
}

/// `[[source]]` blocks for every feed outline of an OPML document. Keys are
/// made from the baoku attributes when present, else from the feed's host.
pub fn import(opml: &str) -> Result<String, String> {
    let doc = scraper::Html::parse_document(opml);
    let sel = scraper::Selector::parse("outline").expect("valid selector");
    let mut out = String::new();
    let mut keys = std::collections::HashSet::new();
    let mut n = 0;
    for o in doc.select(&sel) {
        let a = |k: &str| o.value().attr(k).map(str::trim).filter(|v| !v.is_empty());
        let Some(url) = a("xmlurl") else { continue };
        let Ok(parsed) = url::Url::parse(url) else {
            return Err(format!("outline `{}`: bad xmlUrl `{url}`", a("text").unwrap_or("")));
        };
        let name = a("title").or(a("text")).unwrap_or(url);
        let base_key = a("baokukey").map(str::to_owned).unwrap_or_else(|| {
            parsed
                .host_str()
                .unwrap_or("source")
                .trim_start_matches("www.")
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
                .collect()
        });
        let mut key = base_key.clone();
        let mut i = 2;
        while !keys.insert(key.clone()) {
            key = format!("{base_key}-{i}");
            i += 1;
        }
        let region: Vec<String> = a("baokuregion")
            .map(|r| r.split('/').map(|p| format!("\"{}\"", p.replace('"', ""))).collect())
            .unwrap_or_default();
        out.push_str(&format!(
            "[[source]]\nkey = \"{key}\"\nname = \"{}\"\nurl = \"{}\"\nkind = \"{}\"\nregion = [{}]\nlevel = \"{}\"\n\n",
            name.replace('"', "\\\""),
            url.replace('"', "%22"),
            a("baokukind").unwrap_or("feed"),
            region.join(", "),
            a("baokulevel").unwrap_or("province"),
        ));
        n += 1;
    }
    if n == 0 {
        return Err("no outline with an xmlUrl attribute".into());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_then_import_gives_back_the_sources() {
        let text = r#"
[storage]
path = "x.db"
[[source]]
key = "hebrb"
name = "河北日报"
url = "https://example.org/rss.xml"
kind = "feed"
region = ["河北省"]
level = "province"
[[source]]
key = "sjz"
name = "石家庄日报"
url = "https://sjz.example.org/rss.xml"
kind = "feed"
region = ["河北省", "石家庄市"]
level = "city"
"#;
        let c = Config::parse(text, std::path::Path::new("t.toml")).unwrap();
        let opml = export(&c);
        let blocks = import(&opml).unwrap();
        let again = Config::parse(&format!("[storage]\npath = \"x.db\"\n{blocks}"), std::path::Path::new("u.toml")).unwrap();
        assert_eq!(again.sources.len(), 2);
        assert_eq!(again.sources[1].key, "sjz");
        assert_eq!(again.sources[1].region, vec!["河北省", "石家庄市"]);
        assert_eq!(again.sources[1].url.as_str(), "https://sjz.example.org/rss.xml");
    }

    #[test]
    fn plain_reader_opml_is_imported_with_host_keys() {
        let opml = r#"<opml version="1.0"><body><outline text="新闻"><outline text="浙江在线" type="rss" xmlUrl="http://www.zjol.com.cn/rss.xml"/><outline text="浙江在线2" xmlUrl="http://www.zjol.com.cn/rss2.xml"/></outline></body></opml>"#;
        let blocks = import(opml).unwrap();
        assert!(blocks.contains("key = \"zjol-com-cn\""), "{blocks}");
        assert!(blocks.contains("key = \"zjol-com-cn-2\""), "{blocks}");
        assert!(import("<opml><body></body></opml>").is_err());
    }
}
