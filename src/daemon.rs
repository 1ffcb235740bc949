//! Wiring: opens the archive, starts the HTTP server and one polling task per
//! source, and shuts everything down on SIGINT/SIGTERM.
//!
//! Shutdown protocol: one [`CancellationToken`] that every task `select!`s
//! on; a [`TaskTracker`] to wait for them (bounded, so a hung request cannot
//! hold the service past systemd's stop timeout). systemd is told READY once
//! the listener is bound and the sources are scheduled, and is pinged for
//! the watchdog when `WatchdogSec` is set.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::config::{Config, SourceConfig};
use crate::pipeline::{self, Context};
use crate::serve::{self, AppState};
use crate::store::{Store, StoreError};

/// Why the daemon or a one-shot command could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot listen on {addr}: {error}")]
    Listen { addr: SocketAddr, error: std::io::Error },
    #[error("HTTP client: {0}")]
    Fetcher(String),
}

/// Opens the archive and builds the polling context.
pub fn open(config: Arc<Config>) -> Result<Arc<Context>, StartError> {
    let store = Arc::new(Store::open(&config.storage.path)?);
    Ok(Arc::new(Context::new(config, store)?))
}

/// `poll --once`: one round over every source.
pub async fn poll_once(ctx: &Arc<Context>) -> Vec<(String, pipeline::PollSummary)> {
    pipeline::poll_all(ctx, 8).await
}

/// Binds the HTTP server; returns the bound address and the serving future's task.
pub async fn start_server(
    ctx: &Arc<Context>,
    listen: SocketAddr,
    cancel: CancellationToken,
    tracker: &TaskTracker,
) -> Result<SocketAddr, StartError> {
    let listener = TcpListener::bind(listen).await.map_err(|error| StartError::Listen { addr: listen, error })?;
    serve_on(ctx, listener, cancel, tracker)
}

/// Serves the feeds on an already bound listener.
pub fn serve_on(
    ctx: &Arc<Context>,
    listener: TcpListener,
    cancel: CancellationToken,
    tracker: &TaskTracker,
) -> Result<SocketAddr, StartError> {
    let addr = listener.local_addr().map_err(|error| StartError::Listen { addr: ([0, 0, 0, 0], 0).into(), error })?;
    let state = AppState { config: ctx.config.clone(), store: ctx.store.clone(), metrics: ctx.metrics.clone() };
    let app = serve::router(state);
    tracker.spawn(async move {
        let shutdown = cancel.cancelled_owned();
        if let Err(e) = axum::serve(listener, app).with_graceful_shutdown(shutdown).await {
            tracing::error!(error = %e, "HTTP server stopped");
        }
    });
    tracing::info!(%addr, "serving feeds");
    Ok(addr)
}

/// `run`: the daemon. Returns when a shutdown signal arrives.
pub async fn run(ctx: Arc<Context>) -> Result<(), StartError> {
    let cancel = CancellationToken::new();
    let tracker = TaskTracker::new();
    start_server(&ctx, ctx.config.server.listen, cancel.clone(), &tracker).await?;
    let states = ctx.store.source_states()?;
    for source in ctx.config.sources.clone() {
        let next = states.iter().find(|s| s.key == source.key).and_then(|s| s.next_poll_at);
        tracker.spawn(source_loop(ctx.clone(), source, next, cancel.clone()));
    }
    if let Some(keep) = ctx.config.storage.keep_not_modified {
        tracker.spawn(prune_loop(ctx.clone(), keep, cancel.clone()));
    }
    tracker.close();
    let _ = sd_notify::notify(&[sd_notify::NotifyState::Ready]);
    if let Some(every) = sd_notify::watchdog_enabled() {
        let cancel = cancel.clone();
        tracker.spawn(async move {
            let mut tick = tokio::time::interval(every / 2);
            loop {
                tokio::select! {
                    _ = cancel.cancelled() => break,
                    _ = tick.tick() => { let _ = sd_notify::notify(&[sd_notify::NotifyState::Watchdog]); }
                }
            }
        });
    }
    tracing::info!(sources = ctx.config.sources.len(), "daemon running");
    shutdown_signal().await;
    tracing::info!("shutting down");
    let _ = sd_notify::notify(&[sd_notify::NotifyState::Stopping]);
    cancel.cancel();
    if tokio::time::timeout(Duration::from_secs(20), tracker.wait()).await.is_err() {
        tracing::warn!("some tasks did not stop within 20 s; exiting anyway");
    }
    Ok(())
}

/// Polls one source forever on its schedule, until cancelled.
async fn source_loop(
    ctx: Arc<Context>,
    source: SourceConfig,
    next: Option<chrono::DateTime<Utc>>,
    cancel: CancellationToken,
) {
    // After a restart, sources already due are spread over the first minute
    // instead of all polling at once; new sources start within seconds
    // (the per-host budget keeps even those polite).
    let mut due = match next {
        Some(t) if t > Utc::now() => (t - Utc::now()).to_std().unwrap_or_default(),
        Some(_) => Duration::from_millis(rand::random_range(0..60_000)),
        None => Duration::from_millis(rand::random_range(0..3_000)),
    };
    loop {
        tokio::select! {
            _ = cancel.cancelled() => return,
            _ = tokio::time::sleep(due) => {}
        }
        let summary = tokio::select! {
            _ = cancel.cancelled() => return,
            s = pipeline::poll_source_guarded(ctx.clone(), source.clone()) => s,
        };
        due = summary
            .next_poll_at
            .and_then(|t| (t - Utc::now()).to_std().ok())
            .unwrap_or(ctx.config.schedule.min_interval);
    }
}

/// Deletes `304 Not Modified` captures older than `keep` (`[storage]
/// keep_not_modified_days`): ten minutes after start, then every six hours.
async fn prune_loop(ctx: Arc<Context>, keep: Duration, cancel: CancellationToken) {
    let mut wait = Duration::from_secs(600);
    loop {
        tokio::select! {
            _ = cancel.cancelled() => return,
            _ = tokio::time::sleep(wait) => {}
        }
        wait = Duration::from_secs(6 * 3600);
        let Some(before) = chrono::Duration::from_std(keep).ok().and_then(|k| Utc::now().checked_sub_signed(k)) else {
            return; // kept longer than time goes back
        };
        let store = ctx.store.clone();
        match tokio::task::spawn_blocking(move || store.prune_not_modified(before, 5_000)).await {
            Ok(Ok(0)) => {}
            Ok(Ok(n)) => tracing::info!(deleted = n, "old 304 captures pruned"),
            Ok(Err(e)) => tracing::warn!(error = %e, "pruning 304 captures failed"),
            Err(e) => tracing::warn!(error = %e, "pruning 304 captures failed"),
        }
    }
}

async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut term = signal(SignalKind::terminate()).expect("SIGTERM handler");
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
