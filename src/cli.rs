//! Command-line interface (clap derive); `main` turns it into actions.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(name = "baoku", version, about = "报库: archive Chinese provincial and municipal news into SQLite and re-publish one deduplicated feed")]
pub struct Cli {
    /// Configuration file (TOML).
    #[arg(long, global = true, env = "BAOKU_CONFIG")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the daemon: poll, archive, serve.
    Run,
    /// Poll every source.
    Poll {
        /// One full round over every source, then exit.
        #[arg(long)]
        once: bool,
    },
    /// Extract article text and metadata from saved pages; one JSON object a line.
    Extract {
        /// The URL the page came from (resolves links, gives a date fallback).
        #[arg(long)]
        url: Option<String>,
        /// HTML files as saved (any encoding).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Dedup as a filter: JSONL articles in, story assignments out.
    Cluster {
        /// `{"id","title","text","source","published"}` lines in arrival order.
        file: PathBuf,
    },
    /// Full-text search of the archive.
    Search {
        query: String,
        #[arg(long)]
        json: bool,
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Export the archive.
    Export {
        #[arg(long, value_enum)]
        format: ExportFormat,
        #[arg(long)]
        out: PathBuf,
    },
    /// Manage sources.
    Sources {
        #[command(subcommand)]
        command: SourcesCommand,
    },
    /// Validate the configuration and exit.
    CheckConfig,
    /// Run the whole pipeline against a built-in sample news site on 127.0.0.1.
    Demo {
        /// Print the unified feed and exit instead of serving it until interrupted.
        #[arg(long)]
        once: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum SourcesCommand {
    /// Polling state of every source.
    Status {
        #[arg(long)]
        json: bool,
    },
    /// Print an OPML file of the configured sources.
    ExportOpml,
    /// Print `[[source]]` blocks for the feeds of an OPML file.
    ImportOpml { file: PathBuf },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    Warc,
    Jsonl,
}
