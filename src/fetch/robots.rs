//! robots.txt per RFC 9309: what a fetched (or failed) robots.txt means, and
//! how long that answer may be reused.
//!
//! - 2xx: the rules for the `baoku` product token (else `*`), kept 24 h.
//! - 4xx (and too many redirects): the file is "unavailable", everything is allowed, kept 24 h.
//! - 5xx, 429, timeouts, refused connections: "unreachable", everything is
//!   disallowed for now; asked again after [`UNREACHABLE_TTL`] so a healed
//!   site is crawled again soon without hammering a broken one.

use std::time::Duration;

use texting_robots::Robot;
use tokio::time::Instant;

/// RFC 9309 §2.4: a cached robots.txt should not be used for more than 24 hours.
pub const RULES_TTL: Duration = Duration::from_secs(24 * 3600);
/// How long a failed robots.txt (5xx, unreachable) blocks the host before it is asked again.
pub const UNREACHABLE_TTL: Duration = Duration::from_secs(10 * 60);
/// RFC 9309 §2.5: crawlers must parse at least 500 KiB.
pub const MAX_ROBOTS_BYTES: usize = 512 * 1024;
/// The product token matched against `User-agent` lines.
pub const PRODUCT_TOKEN: &str = "baoku";

/// What a host's robots.txt says.
pub enum Rules {
    /// Parsed rules for our product token.
    Parsed(Robot),
    /// No usable file (4xx): every path may be crawled.
    AllowAll,
    /// The file could not be fetched (5xx, network): nothing may be crawled for now.
    Unreachable(String),
}

/// A host's robots.txt answer and when it stops being trusted.
pub struct CachedRules {
    pub rules: Rules,
    pub expires: Instant,
}

impl CachedRules {
    pub fn fresh(&self, now: Instant) -> bool {
        now < self.expires
    }
}

impl Rules {
    /// Interprets a robots.txt response.
    pub fn from_response(status: u16, body: &[u8]) -> Rules {
        match status {
            200..=299 => match Robot::new(PRODUCT_TOKEN, body) {
                Ok(r) => Rules::Parsed(r),
                // The parser is forgiving; a file it still cannot read states no rule we can follow.
                Err(_) => Rules::AllowAll,
            },
            429 => Rules::Unreachable(format!("robots.txt answered {status}")),
            400..=499 => Rules::AllowAll,
            _ => Rules::Unreachable(format!("robots.txt answered {status}")),
        }
    }

    /// How long this answer may be reused.
    pub fn ttl(&self) -> Duration {
        match self {
            Rules::Unreachable(_) => UNREACHABLE_TTL,
            _ => RULES_TTL,
        }
    }

    /// Whether the path (and query) of `url` may be fetched: `Ok(())`, or
    /// `Err(reason)` where reason says whether a rule or an outage forbids it.
    pub fn check(&self, url: &url::Url) -> Result<(), RobotsDenial> {
        match self {
            Rules::AllowAll => Ok(()),
            Rules::Unreachable(why) => Err(RobotsDenial::Unreachable(why.clone())),
            Rules::Parsed(robot) => {
                let mut path = url.path().to_owned();
                if let Some(q) = url.query() {
                    path.push('?');
                    path.push_str(q);
                }
                if robot.allowed(&path) {
                    Ok(())
                } else {
                    Err(RobotsDenial::Disallowed)
                }
            }
        }
    }

    /// `Crawl-delay`, when the file sets one.
    pub fn crawl_delay(&self) -> Option<Duration> {
        match self {
            Rules::Parsed(r) => r
                .delay
                .filter(|d| d.is_finite() && *d > 0.0)
                .map(|d| Duration::from_secs_f32(d.min(86_400.0))),
            _ => None,
        }
    }
}

/// Why robots.txt refused a URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RobotsDenial {
    Disallowed,
    Unreachable(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> url::Url {
        url::Url::parse(s).unwrap()
    }

    #[test]
    fn our_group_wins_over_star() {
        let r = Rules::from_response(
            200,
            b"User-agent: *\nDisallow: /\n\nUser-agent: baoku\nDisallow: /private/\nCrawl-delay: 4\n",
        );
        assert_eq!(r.check(&u("http://h/rss.xml")), Ok(()));
        assert_eq!(
            r.check(&u("http://h/private/a.html")),
            Err(RobotsDenial::Disallowed)
        );
        assert_eq!(r.crawl_delay(), Some(Duration::from_secs(4)));
    }

    #[test]
    fn query_strings_are_matched() {
        let r = Rules::from_response(200, b"User-agent: *\nDisallow: /*?print=1\n");
        assert_eq!(
            r.check(&u("http://h/a.html?print=1")),
            Err(RobotsDenial::Disallowed)
        );
        assert_eq!(r.check(&u("http://h/a.html")), Ok(()));
    }

    #[test]
    fn client_errors_allow_and_server_errors_disallow() {
        assert_eq!(
            Rules::from_response(404, b"").check(&u("http://h/x")),
            Ok(())
        );
        assert_eq!(
            Rules::from_response(403, b"").check(&u("http://h/x")),
            Ok(())
        );
        assert!(matches!(
            Rules::from_response(503, b"").check(&u("http://h/x")),
            Err(RobotsDenial::Unreachable(_))
        ));
        assert!(matches!(
            Rules::from_response(429, b"").check(&u("http://h/x")),
            Err(RobotsDenial::Unreachable(_))
        ));
        assert_eq!(Rules::from_response(500, b"").ttl(), UNREACHABLE_TTL);
        assert_eq!(Rules::from_response(404, b"").ttl(), RULES_TTL);
    }
}
