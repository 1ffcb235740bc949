//! The HTTP side: output feeds, health, metrics.
