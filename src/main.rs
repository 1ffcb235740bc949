//! The `baoku` binary: parses the command line, sets up tracing, runs a command.
//!
//! Exit codes: 0 success, 1 runtime failure, 2 configuration or usage error,
//! 3 archive unusable.

use std::process::ExitCode;

use clap::Parser;

use baoku::cli::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("BAOKU_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
    match cli.command {
        Command::Extract { url, files } => baoku::extract::cli::run(url.as_deref(), &files),
        Command::Cluster { file } => baoku::dedup::cli::run(&file),
        _ => {
            eprintln!("baoku: not implemented yet");
            ExitCode::from(1)
        }
    }
}
