//! The `baoku` binary: parses the command line, sets up tracing, runs a command.
//!
//! Exit codes: 0 success, 1 runtime failure, 2 configuration or usage error,
//! 3 archive unusable.

use std::process::ExitCode;

use clap::Parser;

use baoku::cli::{Cli, Command, SourcesCommand};
use baoku::commands;

fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("BAOKU_LOG")
                .unwrap_or_else(|_| {
                    // The demo prints its own story; logs would drown it.
                    let quiet = matches!(cli.command, Command::Demo { .. } | Command::Extract { .. } | Command::Cluster { .. });
                    // html5ever warns about its own tree-builder gaps
                    // ("foster parenting not implemented") on ordinary
                    // table layouts: nothing a reader of the log can act on.
                    let level = if quiet { "warn" } else { "info" };
                    tracing_subscriber::EnvFilter::new(format!("{level},html5ever=error"))
                }),
        )
        .with_writer(std::io::stderr)
        .init();
    // A panic is caught where it happens (a poll is recorded as failed, a
    // feed the parser chokes on as `not-a-feed`); log it as one line in the
    // span it happened in, not as raw text on stderr between the log lines.
    std::panic::set_hook(Box::new(|info| {
        let at = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
        let what = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        tracing::error!(panic = %what, at = %at, "panic");
    }));
    let config = || commands::load_config(cli.config.as_deref());
    match &cli.command {
        Command::Extract { url, files } => baoku::extract::cli::run(url.as_deref(), files),
        Command::Cluster { file } => baoku::dedup::cli::run(file),
        Command::Demo { once } => baoku::demo::run(*once),
        Command::CheckConfig => config().map_or_else(|c| c, |c| commands::check_config(&c)),
        Command::Run => config().map_or_else(|c| c, commands::run),
        Command::Poll { once } => {
            if !once {
                eprintln!("baoku: `poll` without --once is `run`; use `baoku poll --once` for one round");
                return ExitCode::from(commands::EXIT_CONFIG);
            }
            config().map_or_else(|c| c, commands::poll_once)
        }
        Command::Search { query, json, limit } => {
            config().map_or_else(|c| c, |c| commands::search(&c, query, *json, *limit))
        }
        Command::Sources { command } => match command {
            SourcesCommand::Status { json } => config().map_or_else(|c| c, |c| commands::sources_status(&c, *json)),
            SourcesCommand::ExportOpml => config().map_or_else(|c| c, |c| {
                print!("{}", baoku::opml::export(&c));
                ExitCode::SUCCESS
            }),
            SourcesCommand::ImportOpml { file } => commands::import_opml(file),
        },
        Command::Export { format, out } => config().map_or_else(|c| c, |c| commands::export(&c, *format, out)),
    }
}
