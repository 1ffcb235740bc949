//! RSS, Atom and JSON feeds, parsed by feed-rs from text decoded by baoku.
