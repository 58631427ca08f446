//! Unique element ids for label/field pairs (view-only; never stored).

use std::sync::atomic::{AtomicUsize, Ordering};

static NEXT: AtomicUsize = AtomicUsize::new(1);

/// A fresh id such as `field-12`, unique in this page.
pub fn dom_id(prefix: &str) -> String {
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}
