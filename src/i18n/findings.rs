//! Words for the checks of every step: one sentence per kind of finding.
