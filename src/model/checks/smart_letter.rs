//! The five SMART letters of a goal. The SMART checker ([`crate::model::smart`]) judges a goal
//! letter by letter, and findings and checkpoints name the letter that fails; the letter lives
//! here, below both, so that the shared finding types need not import the checker.
//!
//! Part of the shared check vocabulary: imports only [`GoalPart`]. It must not import the step
//! rules, the SMART checker or the team rules.

use super::fields::GoalPart;

/// The five letters, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SmartLetter {
    /// S · 具体
    Specific,
    /// M · 可衡量
    Measurable,
    /// A · 可实现
    Achievable,
    /// R · 相关性
    Relevant,
    /// T · 时限性
    TimeBound,
}

impl SmartLetter {
    /// S, M, A, R, T.
    pub const ALL: [SmartLetter; 5] = [
        SmartLetter::Specific,
        SmartLetter::Measurable,
        SmartLetter::Achievable,
        SmartLetter::Relevant,
        SmartLetter::TimeBound,
    ];

    /// The letter itself: 'S', 'M', 'A', 'R' or 'T' (the same in both languages).
    pub fn initial(self) -> char {
        match self {
            SmartLetter::Specific => 'S',
            SmartLetter::Measurable => 'M',
            SmartLetter::Achievable => 'A',
            SmartLetter::Relevant => 'R',
            SmartLetter::TimeBound => 'T',
        }
    }

    /// The field the user usually fixes for this letter (where a link to the letter points).
    pub fn main_part(self) -> GoalPart {
        match self {
            SmartLetter::Specific => GoalPart::Metric,
            SmartLetter::Measurable => GoalPart::Baseline,
            SmartLetter::Achievable => GoalPart::Achievable,
            SmartLetter::Relevant => GoalPart::Role,
            SmartLetter::TimeBound => GoalPart::Deadline,
        }
    }

    /// The letter's place in [`SmartLetter::ALL`].
    pub(crate) fn index(self) -> usize {
        self as usize
    }
}
