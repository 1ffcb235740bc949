//! baoku (报库, "news archive") follows Chinese provincial and municipal news
//! sources, archives every article into SQLite and re-publishes them as one
//! deduplicated feed.
//!
//! # Layout
//!
//! The data flows through these stages, in this order (only [`pipeline`]
//! knows the order; every other module can be read alone):
//!
//! ```text
//! config ─► scheduler ─► fetch ─► discover (feed | list | epaper) ─► fetch article
//!        ─► decode ─► extract ─► dedup ─► store (SQLite) ─► serve (feeds, search, metrics)
//! ```
//!
//! - [`config`]: the TOML file, parsed once into a validated [`config::Config`].
//! - [`scheduler`]: which source is due next; adaptive intervals, backoff, jitter.
//! - [`fetch`]: the one HTTP client every request goes through; [`fetch::decode`]
//!   turns bytes into UTF-8 and records why it chose the charset.
//! - [`discover`]: finds article entries in a feed, a list page or an e-paper edition.
//! - [`extract`]: article body and metadata out of an article page.
//! - [`dedup`]: canonical URLs, fingerprints, near-duplicate and containment search.
//! - [`store`]: the SQLite archive; the only module with SQL.
//! - [`serve`]: the HTTP side: output feeds, health, metrics.
//! - [`pipeline`]: one poll of one source, stage by stage.
//! - [`daemon`]: wiring, signals, graceful shutdown, systemd notification.
//! - [`demo`]: a built-in sample news site for `baoku demo`.
//! - [`dates`]: Chinese date and time formats, always read in +08:00.
//! - [`text`]: small shared text helpers (normalisation, Han detection).

pub mod cli;
pub mod commands;
pub mod config;
pub mod daemon;
pub mod dates;
pub mod dedup;
pub mod demo;
pub mod discover;
pub mod export;
pub mod extract;
pub mod fetch;
pub mod opml;
pub mod pipeline;
pub mod scheduler;
pub mod serve;
pub mod store;
pub mod text;
