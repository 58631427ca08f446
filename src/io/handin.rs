//! Hand-ins: what a table sends the facilitator, and reading what the facilitator receives.
//!
//! Sending: the hand-in is an ordinary plan file (the normal import reads it too) named
//! `<session>-<table>.json` ([`handin_file_name`]); the same text goes to the clipboard, and a
//! share link when it fits (made by the browser, see `super::share`).
//!
//! Receiving: every file, paste or link becomes a [`Received`] for
//! [`crate::model::workshop::Collection`]:
//! - over [`MAX_INPUT_BYTES`]: too large, not read;
//! - a share link (`…#share=v1.…`, alone or inside pasted text): its payload is decoded here and
//!   inflated by the browser ([`Unpacked::Inflate`]), then read by [`read_inflated`];
//! - a join link: refused with its own reason (it carries the session, not a table's work);
//! - anything else goes through the one import pipeline ([`super::import::import_bytes`]) and its
//!   refusal becomes a [`Damage`].
//!
//! Must not import leptos, web-sys, gloo or wasm-bindgen.

use chrono::{DateTime, Utc};

use super::envelope::{export_json, safe_stem};
use super::import::{import_bytes, ImportError};
use super::share;
use crate::model::route::{JOIN_PREFIX, SHARE_PREFIX};
use crate::model::workshop::collect::MAX_INPUT_BYTES;
use crate::model::workshop::{Damage, Reading, Received, WorkshopTag};
use crate::model::Plan;

/// How hand-in file names end.
pub const HANDIN_SUFFIX: &str = ".json";

/// The longest session part of a hand-in file name, in characters: with the longest table name
/// a Chinese name stays under the 255-byte limit of common file systems.
pub const MAX_SESSION_PART_CHARS: usize = 40;

/// The hand-in's file name: `<session>-<table>.json`, each part made safe for every common file
/// system (Chinese and other scripts kept, `/ \ : * ? " < > |`, control and invisible characters
/// and white space turned into `-`; the session part cut to [`MAX_SESSION_PART_CHARS`]). `plan`
/// stands in for a part that is empty once made safe.
pub fn handin_file_name(tag: &WorkshopTag) -> String {
    let part = |name: &str| {
        let stem = safe_stem(name);
        let stem: String = stem.chars().take(MAX_SESSION_PART_CHARS).collect();
        let stem = stem.trim_matches(|c| matches!(c, '-' | '.' | '_'));
        if stem.is_empty() {
            "plan".to_string()
        } else {
            stem.to_string()
        }
    };
    format!(
        "{}-{}{HANDIN_SUFFIX}",
        part(&tag.session_name),
        part(&tag.table)
    )
}

/// The hand-in's text: the plan's ordinary file (pretty JSON in the file envelope).
pub fn handin_text(plan: &Plan, now: DateTime<Utc>) -> String {
    export_json(plan, now)
}

/// What one input turned out to be.
#[derive(Clone, Debug, PartialEq)]
pub enum Unpacked {
    /// Read: give it to the collection.
    Ready(Received),
    /// A share link: inflate `deflated` (raw DEFLATE) in the browser, then [`read_inflated`].
    Inflate {
        source: String,
        bytes: usize,
        deflated: Vec<u8>,
    },
}

/// Reads one input: a file's bytes or pasted text, named `source` for its row.
pub fn unpack(source: impl Into<String>, input: &[u8]) -> Unpacked {
    let source = source.into();
    let bytes = input.len();
    let done = |(reading, plan_units): (Reading, usize)| {
        Unpacked::Ready(Received {
            source: source.clone(),
            bytes,
            reading,
            plan_units,
        })
    };
    if bytes > MAX_INPUT_BYTES {
        return done((Reading::TooLarge, 0));
    }
    if let Some(link) = link_in(input) {
        return match link {
            Link::Join => done((Reading::Damaged(Damage::JoinLink), 0)),
            Link::Share(payload) => match share::decode_payload(&payload) {
                Ok(deflated) => Unpacked::Inflate {
                    source,
                    bytes,
                    deflated,
                },
                Err(_) => done((Reading::Damaged(Damage::LinkDamaged), 0)),
            },
        };
    }
    done(read_plan(input))
}

/// Reads a share link's plan once the browser inflated it (`Err` when inflating failed: the
/// link was cut or altered, or the browser cannot inflate).
pub fn read_inflated(
    source: impl Into<String>,
    bytes: usize,
    inflated: Result<Vec<u8>, ()>,
) -> Received {
    let (reading, plan_units) = match inflated {
        Err(()) => (Reading::Damaged(Damage::LinkDamaged), 0),
        Ok(plain) if plain.len() > MAX_INPUT_BYTES => (Reading::TooLarge, 0),
        Ok(plain) => read_plan(&plain),
    };
    Received {
        source: source.into(),
        bytes,
        reading,
        plan_units,
    }
}

enum Link {
    Share(String),
    Join,
}

/// A share or join link in `input`, when it is not a JSON document (a pasted link may come with
/// words around it: "our plan: https://…#share=v1.…").
fn link_in(input: &[u8]) -> Option<Link> {
    let text = std::str::from_utf8(input).ok()?;
    let text = text.trim_start_matches('\u{feff}').trim_start();
    if text.starts_with(['{', '[']) {
        return None;
    }
    let share_marker = &SHARE_PREFIX[1..];
    if let Some(at) = text.find(share_marker) {
        let payload: String = text[at + share_marker.len()..]
            .chars()
            .take_while(|c| {
                c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '=' | '+' | '/')
            })
            .collect();
        return Some(Link::Share(payload));
    }
    text.contains(&JOIN_PREFIX[1..]).then_some(Link::Join)
}

/// What the import made of `bytes`, and for a plan, at least how long its stored text is.
fn read_plan(bytes: &[u8]) -> (Reading, usize) {
    match import_bytes(bytes) {
        Ok(preview) => (Reading::Plan(Box::new(preview.plan)), preview.plan_units),
        Err(err) => (reading_of(err), 0),
    }
}

/// What an import refusal means for a hand-in.
pub fn reading_of(err: ImportError) -> Reading {
    use ImportError as E;
    Reading::Damaged(match err {
        E::VersionTooNew { found, supported } => return Reading::NewerVersion { found, supported },
        E::TooLarge { .. } => return Reading::TooLarge,
        E::Empty => Damage::Empty,
        E::NotText => Damage::NotText,
        E::Truncated { line, column } | E::Syntax { line, column, .. } => {
            Damage::Broken { line, column }
        }
        E::NotAnObject | E::NotOurFormat { .. } | E::PlanMissing => Damage::NotAPlan,
        E::DuplicateKey { path, .. } | E::WrongValue { path, .. } => Damage::WrongValue { path },
        E::VersionMissing | E::VersionInvalid { .. } => Damage::WrongValue {
            path: "version".into(),
        },
        E::DuplicateId { id, .. } => Damage::DuplicateId { id },
        E::TooDeep | E::Migration { .. } => Damage::Unreadable,
    })
}

// (native only: the tests make raw DEFLATE with a native-only crate)
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "handin_tests.rs"]
mod tests;
