//! Join links: a workshop session carried in the URL fragment, so a table joins by scanning a QR
//! code and nothing reaches any server.
//!
//! A link is `<page address>#join=v1.<payload>`; the payload is unpadded base64url (the share
//! link's helpers, [`super::share::base64url_encode`]) of these bytes:
//!
//! ```text
//! id ␊ name ␊ start ␊ tables ␊ agenda start ␊ blocks [ ␀ deflated plan ] crc32
//! ```
//!
//! - `start`: `b` (blank), `p` (the facilitator's plan) or an example's slug (`cafe`, …);
//! - `tables`: the names separated by `␉`, or, when they are numbered from 1 with a common word
//!   (`组1…组8`, `Table 1…Table 8`), that word, `␁` and the count, which keeps the default
//!   names to a few bytes in any language;
//! - `agenda start`: `YYYYMMDDHHMM` (local wall-clock time, seconds appended when not zero);
//! - `blocks`: `<step letter><minutes>` separated by `,` (letters in [`step_letter`]);
//! - the plan: only for a facilitator's plan, its share text ([`super::envelope::share_json`])
//!   compressed as raw DEFLATE by the browser, and only when the whole link stays under
//!   [`MAX_LINK_WITH_PLAN_CHARS`]; otherwise the join page asks for the file;
//! - `crc32`: four bytes (big-endian CRC-32 of everything before), so a cut or altered link is
//!   refused as damaged instead of opening a session with fewer tables.
//!
//! The fields may hold no control characters (the session checks refuse them), which is what
//! makes `␊ ␉ ␁ ␀` safe separators. The invite itself is not compressed: decoding needs no
//! browser API, so it works in older in-app browsers without `DecompressionStream`.
//!
//! Pure: must not import leptos, web-sys, gloo or wasm-bindgen.

use chrono::NaiveDateTime;

use super::share::{base64url_decode, base64url_encode};
use crate::model::route::JOIN_PREFIX;
use crate::model::workshop::agenda::{Agenda, AgendaBlock};
use crate::model::workshop::session::{example_from_slug, example_slug};
use crate::model::workshop::{Invite, SessionProblem, Start};
use crate::model::Step;

/// The recipe marker of the links this version writes.
pub const RECIPE_V1: &str = "v1.";

/// A link that a QR code on a projector or a printed sheet still scans from the back of the room
/// stays within this many characters. Blank and worked-example sessions with the default tables
/// and agenda stay far below it; [`JoinLink::fits_qr`] tells the setup page when one does not.
pub const QR_LINK_CHARS: usize = 600;

/// A facilitator's plan goes into the link only while the whole link stays below this many
/// characters (chat apps and mail clients cut longer links).
pub const MAX_LINK_WITH_PLAN_CHARS: usize = 2_000;

/// The longest payload read at all; longer is refused before decoding.
pub const MAX_PAYLOAD_CHARS: usize = 8_000;

const FIELD: char = '\n';
const NAME: char = '\t';
const NUMBERED: char = '\u{1}';
const PLAN: u8 = 0;

/// A join link ready to offer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JoinLink {
    /// The whole address: the page address and the `#join=` fragment.
    pub url: String,
    /// True when the facilitator's plan travels inside the link; false for a facilitator's plan
    /// that did not fit (the join page then asks for the file) and for the other starts.
    pub carries_plan: bool,
}

impl JoinLink {
    /// The link's length in characters.
    pub fn chars(&self) -> usize {
        self.url.chars().count()
    }

    /// True when the link is short enough for a QR code read across the room.
    pub fn fits_qr(&self) -> bool {
        self.chars() <= QR_LINK_CHARS
    }
}

/// What a join link carries.
#[derive(Clone, Debug, PartialEq)]
pub struct JoinPayload {
    pub invite: Invite,
    /// The facilitator's plan as raw DEFLATE of its share text, when the link carries it (the
    /// browser inflates it and the import pipeline reads it).
    pub plan_deflated: Option<Vec<u8>>,
}

/// Why a join link cannot be made or read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JoinError {
    /// Cut, altered or not a join payload at all.
    Damaged,
    /// Written by a newer version with a recipe this one does not know.
    UnknownRecipe,
    /// Longer than [`MAX_PAYLOAD_CHARS`].
    TooLong { chars: usize },
    /// The session it carries cannot be used (the first problem found).
    Invalid(SessionProblem),
}

/// The payload of a join fragment (`hash` includes its leading `#`), or `None` when the fragment
/// is not a join link.
pub fn payload_of(hash: &str) -> Option<&str> {
    hash.strip_prefix(JOIN_PREFIX)
}

/// The link for `invite` at the page address `base` (its own fragment, if any, is dropped).
/// `plan_deflated` is the facilitator's plan as raw DEFLATE; it goes in only for
/// [`Start::Plan`] and only when the whole link stays below [`MAX_LINK_WITH_PLAN_CHARS`].
pub fn join_link(
    base: &str,
    invite: &Invite,
    plan_deflated: Option<&[u8]>,
) -> Result<JoinLink, JoinError> {
    if let Some(problem) = invite.problems().into_iter().next() {
        return Err(JoinError::Invalid(problem));
    }
    let base = base.split('#').next().unwrap_or(base);
    let url_of = |plan: Option<&[u8]>| format!("{base}{}", fragment(invite, plan));
    if invite.start == Start::Plan {
        if let Some(plan) = plan_deflated.filter(|p| !p.is_empty()) {
            let url = url_of(Some(plan));
            if url.chars().count() < MAX_LINK_WITH_PLAN_CHARS {
                return Ok(JoinLink {
                    url,
                    carries_plan: true,
                });
            }
        }
    }
    Ok(JoinLink {
        url: url_of(None),
        carries_plan: false,
    })
}

/// The fragment (`#join=v1.…`) for `invite`, with `plan` when given. No size rule and no check:
/// [`join_link`] applies both.
pub fn fragment(invite: &Invite, plan: Option<&[u8]>) -> String {
    let mut bytes = invite_text(invite).into_bytes();
    if let Some(plan) = plan {
        bytes.push(PLAN);
        bytes.extend_from_slice(plan);
    }
    let crc = crc32(&bytes);
    bytes.extend_from_slice(&crc.to_be_bytes());
    format!("{JOIN_PREFIX}{RECIPE_V1}{}", base64url_encode(&bytes))
}

/// Reads a join payload (the part after `#join=`).
pub fn decode(payload: &str) -> Result<JoinPayload, JoinError> {
    let chars = payload.chars().count();
    if chars > MAX_PAYLOAD_CHARS {
        return Err(JoinError::TooLong { chars });
    }
    let Some(data) = payload.strip_prefix(RECIPE_V1) else {
        let looks_versioned = payload.split_once('.').is_some_and(|(v, _)| {
            v.len() > 1 && v.starts_with('v') && v[1..].bytes().all(|b| b.is_ascii_digit())
        });
        return Err(if looks_versioned {
            JoinError::UnknownRecipe
        } else {
            JoinError::Damaged
        });
    };
    let bytes = base64url_decode(data).ok_or(JoinError::Damaged)?;
    // The last symbol may carry unused bits; a link whose unused bits are not zero was altered.
    let canonical: String = data
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && *c != '=')
        .map(|c| match c {
            '+' => '-',
            '/' => '_',
            c => c,
        })
        .collect();
    if base64url_encode(&bytes) != canonical || bytes.len() < 5 {
        return Err(JoinError::Damaged);
    }
    let (body, crc) = bytes.split_at(bytes.len() - 4);
    if crc32(body).to_be_bytes() != crc {
        return Err(JoinError::Damaged);
    }
    let (text, plan) = match body.iter().position(|b| *b == PLAN) {
        Some(at) => (&body[..at], Some(body[at + 1..].to_vec())),
        None => (body, None),
    };
    let text = std::str::from_utf8(text).map_err(|_| JoinError::Damaged)?;
    let invite = read_invite(text).ok_or(JoinError::Damaged)?;
    if let Some(problem) = invite.problems().into_iter().next() {
        return Err(JoinError::Invalid(problem));
    }
    if plan.is_some() && invite.start != Start::Plan || plan.as_ref().is_some_and(Vec::is_empty) {
        return Err(JoinError::Damaged);
    }
    Ok(JoinPayload {
        invite,
        plan_deflated: plan,
    })
}

/// The letter a step has in join links. Fixed: changing one breaks links already printed.
pub fn step_letter(step: Step) -> char {
    match step {
        Step::Strategy => 's',
        Step::Personas => 'p',
        Step::Voice => 'v',
        Step::Goals => 'g',
        Step::Team => 't',
        Step::Content => 'c',
        Step::Handbook => 'h',
    }
}

fn step_of_letter(letter: char) -> Option<Step> {
    Step::ALL.into_iter().find(|s| step_letter(*s) == letter)
}

fn invite_text(invite: &Invite) -> String {
    let start = match invite.start {
        Start::Blank => "b",
        Start::Plan => "p",
        Start::Example(example) => example_slug(example),
    };
    let tables = match numbered(&invite.tables) {
        Some(word) => format!("{word}{NUMBERED}{}", invite.tables.len()),
        None => invite.tables.join(&NAME.to_string()),
    };
    let at = &invite.agenda.start;
    let time = if at.format("%S").to_string() == "00" {
        at.format("%Y%m%d%H%M").to_string()
    } else {
        at.format("%Y%m%d%H%M%S").to_string()
    };
    let blocks: Vec<String> = invite
        .agenda
        .blocks
        .iter()
        .map(|b| format!("{}{}", step_letter(b.step), b.minutes))
        .collect();
    [
        invite.session_id.as_str(),
        invite.session_name.as_str(),
        start,
        &tables,
        &time,
        &blocks.join(","),
    ]
    .join(&FIELD.to_string())
}

/// The common word of table names numbered 1…n (`组` for `组1…组8`), if they are.
fn numbered(tables: &[String]) -> Option<&str> {
    let first = tables.first()?;
    let word = first.strip_suffix('1')?;
    let all = tables
        .iter()
        .enumerate()
        .all(|(i, t)| t.strip_prefix(word) == Some(&(i + 1).to_string()));
    all.then_some(word)
}

fn read_invite(text: &str) -> Option<Invite> {
    let fields: Vec<&str> = text.split(FIELD).collect();
    let [id, name, start, tables, time, blocks] = fields.as_slice() else {
        return None;
    };
    let start = match *start {
        "b" => Start::Blank,
        "p" => Start::Plan,
        slug => Start::Example(example_from_slug(slug)?),
    };
    let tables = match tables.split_once(NUMBERED) {
        Some((word, count)) => {
            let count: usize = count.parse().ok()?;
            // More than any session may have is refused by the checks; this bounds the work.
            if count > crate::model::workshop::session::MAX_TABLES {
                return None;
            }
            (1..=count).map(|n| format!("{word}{n}")).collect()
        }
        None => tables.split(NAME).map(str::to_string).collect(),
    };
    if !time.bytes().all(|d| d.is_ascii_digit()) {
        return None;
    }
    let seconds = match time.len() {
        12 => format!("{time}00"),
        14 => time.to_string(),
        _ => return None,
    };
    let start_at = NaiveDateTime::parse_from_str(&seconds, "%Y%m%d%H%M%S").ok()?;
    let blocks = if blocks.is_empty() {
        Vec::new()
    } else {
        blocks
            .split(',')
            .map(|b| {
                let mut chars = b.chars();
                let step = step_of_letter(chars.next()?)?;
                let minutes = chars.as_str();
                if minutes.is_empty() || !minutes.bytes().all(|d| d.is_ascii_digit()) {
                    return None;
                }
                Some(AgendaBlock {
                    step,
                    minutes: minutes.parse().ok()?,
                })
            })
            .collect::<Option<Vec<_>>>()?
    };
    Some(Invite {
        session_id: id.to_string(),
        session_name: name.to_string(),
        start,
        tables,
        agenda: Agenda {
            start: start_at,
            blocks,
        },
    })
}

/// CRC-32 (IEEE 802.3, as in zip and PNG).
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

// (native only: the tests make raw DEFLATE with a native-only crate)
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "join_tests.rs"]
mod tests;
