//! Step 3: brand voice and personality (品牌声音与个性).

use reactive_stores::Store;
use serde::{Deserialize, Serialize};

use super::Id;

/// A personality trait written as "we are X, but not Y", with a do and a don't line.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct VoiceTrait {
    pub id: Id,
    /// We are… (e.g. warm).
    pub we_are: String,
    /// …but we are not (e.g. gushing).
    pub we_are_not: String,
    pub do_line: String,
    pub dont_line: String,
}

/// Position on the four tone scales, each from 1 (left end) to 5 (right end).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct Tone {
    /// serious (1) ↔ funny (5)
    pub funny: u8,
    /// formal (1) ↔ casual (5)
    pub casual: u8,
    /// respectful (1) ↔ irreverent (5)
    pub irreverent: u8,
    /// matter-of-fact (1) ↔ enthusiastic (5)
    pub enthusiastic: u8,
}

impl Default for Tone {
    fn default() -> Self {
        Tone {
            funny: 3,
            casual: 3,
            irreverent: 3,
            enthusiastic: 3,
        }
    }
}

/// Where a sample line is used.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SampleKind {
    #[default]
    Post,
    ComplaintReply,
}

/// A sample post or reply in the brand's voice.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct SampleLine {
    pub id: Id,
    pub kind: SampleKind,
    /// What it answers or where it goes (a platform, a complaint).
    pub context: String,
    pub text: String,
}

/// Step 3 as a whole.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct Voice {
    /// The brand's core values (品牌核心价值) the voice must match.
    pub core_values: String,
    #[store(key: Id = |r| r.id)]
    pub traits: Vec<VoiceTrait>,
    pub tone: Tone,
    pub words_to_use: Vec<String>,
    pub words_to_avoid: Vec<String>,
    /// Absolute claims that Chinese advertising rules forbid (最, 第一, …); editable.
    pub forbidden_claims: Vec<String>,
    #[store(key: Id = |r| r.id)]
    pub samples: Vec<SampleLine>,
}
