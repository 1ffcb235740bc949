//! Canonical URLs: one spelling per page, so that copies reached by two
//! links (tracking parameters, http vs https, a mirror host) are one article.

use serde::Deserialize;
use url::Url;

/// Rules for folding URLs; the defaults cover what Chinese news sites add.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct UrlRules {
    /// Query parameters dropped (exact, lower-case names).
    pub strip_params: Vec<String>,
    /// Query parameter prefixes dropped (`utm_`).
    pub strip_param_prefixes: Vec<String>,
    /// Host pairs `[mirror, canonical]`: the first is read as the second.
    pub mirror_hosts: Vec<[String; 2]>,
    /// Fold `www.` away from hosts.
    pub fold_www: bool,
}

impl Default for UrlRules {
    fn default() -> Self {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect();
        UrlRules {
            strip_params: s(&[
                "spm", "from", "share", "share_token", "sharer", "fbclid", "gclid", "div", "isappinstalled",
                "scene", "clicktime", "enterid", "wfr", "timestamp", "_t", "tt_from",
                "vd_source", "share_from", "shareid", "sharetype", "s_channel", "s_trans",
            ]),
            strip_param_prefixes: s(&["utm_", "hmsr", "hmpl", "hmcu", "hmkw", "hmci", "wx_"]),
            mirror_hosts: Vec::new(),
            fold_www: true,
        }
    }
}

/// The canonical spelling of `url`: scheme folded to https, host lower-case
/// with `www.` and mirrors folded, default port, fragment and tracking
/// parameters removed, remaining parameters sorted. `None` if not a URL.
pub fn canonical_url(url: &str, rules: &UrlRules) -> Option<String> {
    let mut u = Url::parse(url.trim()).ok()?;
    if !matches!(u.scheme(), "http" | "https") {
        return Some(u.to_string());
    }
    u.set_fragment(None);
    let mut kept: Vec<(String, String)> = u
        .query_pairs()
        .filter(|(k, _)| {
            let k = k.to_ascii_lowercase();
            !rules.strip_params.iter().any(|p| *p == k) && !rules.strip_param_prefixes.iter().any(|p| k.starts_with(p.as_str()))
        })
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    kept.sort();
    if kept.is_empty() {
        u.set_query(None);
    } else {
        u.query_pairs_mut().clear().extend_pairs(kept);
    }
    let mut host = u.host_str().unwrap_or_default().to_ascii_lowercase();
    for [mirror, canonical] in &rules.mirror_hosts {
        if host.eq_ignore_ascii_case(mirror) {
            host = canonical.to_ascii_lowercase();
        }
    }
    if rules.fold_www {
        if let Some(rest) = host.strip_prefix("www.") {
            host = rest.to_owned();
        }
    }
    let _ = u.set_host(Some(&host));
    let _ = u.set_port(None);
    // After the port is cleared, https is the one scheme a copy is filed under.
    let mut s = u.to_string();
    if let Some(rest) = s.strip_prefix("http://") {
        s = format!("https://{rest}");
    }
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_scheme_www_mirrors_and_tracking() {
        let mut r = UrlRules::default();
        r.mirror_hosts.push(["m.hebnews.cn".into(), "hebnews.cn".into()]);
        let a = canonical_url("http://www.hebnews.cn/2022-03/29/content_1.htm?utm_source=wx&spm=a.b#top", &r);
        let b = canonical_url("https://m.hebnews.cn/2022-03/29/content_1.htm", &r);
        assert_eq!(a, b);
        assert_eq!(a.as_deref(), Some("https://hebnews.cn/2022-03/29/content_1.htm"));
        let c = canonical_url("https://hebnews.cn/a.jsp?id=2&b=1&from=timeline", &r).unwrap();
        assert_eq!(c, "https://hebnews.cn/a.jsp?b=1&id=2");
        assert_eq!(canonical_url("not a url", &r), None);
    }
}
