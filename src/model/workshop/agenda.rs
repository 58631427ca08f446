//! A workshop's agenda: when it starts (local wall-clock time) and how many minutes each step
//! gets, and where the agenda stands at any moment.
//!
//! Owns the agenda, its limits and the clock arithmetic. Every device in the room runs the agenda
//! on its own clock, so "now" is always a parameter: the projector and each table's phone compute
//! the same block from the same agenda. Times are naive local times, because the facilitator
//! writes "09:00" and everyone in the room shares one time zone.
//!
//! Pure: must not import leptos, web-sys, gloo, wasm-bindgen or anything outside `crate::model`.

use chrono::{NaiveDateTime, TimeDelta};
use serde::{Deserialize, Serialize};

use crate::model::Step;

/// The most blocks an agenda may have.
pub const MAX_BLOCKS: usize = 12;

/// The longest a single block may run, in minutes (four hours).
pub const MAX_BLOCK_MINUTES: u32 = 240;

/// The agenda a new session proposes: the six steps in order, two hours in all.
pub const DEFAULT_BLOCKS: [(Step, u32); 6] = [
    (Step::Strategy, 15),
    (Step::Personas, 25),
    (Step::Voice, 20),
    (Step::Goals, 20),
    (Step::Team, 20),
    (Step::Content, 20),
];

/// One block of the agenda: a step and the minutes it gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaBlock {
    /// The step the tables work on; stored as its slug (`"personas"`).
    #[serde(with = "step_slug")]
    pub step: Step,
    pub minutes: u32,
}

/// When the session starts and what it does, block by block.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Agenda {
    /// The local wall-clock time the first block starts.
    pub start: NaiveDateTime,
    pub blocks: Vec<AgendaBlock>,
}

/// Where the agenda stands at one moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgendaNow {
    /// Before the start; `starts_in_minutes` is rounded up (30 seconds before the start is 1).
    NotStarted { starts_in_minutes: u64 },
    /// Inside block `index`; `minutes_left:seconds_left` is the countdown to its end as a clock
    /// shows it (`24:59`), rounded up to the whole second, so the first instant shows the full
    /// length (`25:00`) and the block ends when the countdown would read `00:00`.
    Block {
        index: usize,
        step: Step,
        minutes_left: u32,
        seconds_left: u32,
    },
    /// After the last block (or at the start of an agenda without blocks).
    Finished,
}

/// Why an agenda cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgendaProblem {
    /// No block at all.
    Empty,
    /// More than [`MAX_BLOCKS`] blocks.
    TooManyBlocks { count: usize },
    /// Block `index` has zero minutes.
    ZeroMinutes { index: usize },
    /// Block `index` runs longer than [`MAX_BLOCK_MINUTES`].
    TooLong { index: usize, minutes: u32 },
}

impl Agenda {
    /// The default agenda ([`DEFAULT_BLOCKS`]) starting at `start`.
    pub fn standard(start: NaiveDateTime) -> Agenda {
        Agenda {
            start,
            blocks: DEFAULT_BLOCKS
                .iter()
                .map(|&(step, minutes)| AgendaBlock { step, minutes })
                .collect(),
        }
    }

    /// The length of the whole agenda, in minutes.
    pub fn total_minutes(&self) -> u64 {
        self.blocks.iter().map(|b| u64::from(b.minutes)).sum()
    }

    /// When block `index` starts, or `None` when there is no such block.
    pub fn block_start(&self, index: usize) -> Option<NaiveDateTime> {
        if index >= self.blocks.len() {
            return None;
        }
        let before: u64 = self.blocks[..index]
            .iter()
            .map(|b| u64::from(b.minutes))
            .sum();
        Some(after(self.start, before))
    }

    /// When the last block ends.
    pub fn end(&self) -> NaiveDateTime {
        after(self.start, self.total_minutes())
    }

    /// Where the agenda stands at `at` (the device's local time).
    pub fn now(&self, at: NaiveDateTime) -> AgendaNow {
        let elapsed_ms = at.signed_duration_since(self.start).num_milliseconds();
        if elapsed_ms < 0 {
            let ms = elapsed_ms.unsigned_abs();
            return AgendaNow::NotStarted {
                starts_in_minutes: ms.div_ceil(60_000),
            };
        }
        let elapsed_ms = elapsed_ms.unsigned_abs();
        let mut block_end_ms = 0u64;
        for (index, block) in self.blocks.iter().enumerate() {
            block_end_ms = block_end_ms.saturating_add(u64::from(block.minutes) * 60_000);
            if elapsed_ms < block_end_ms {
                let left_s = (block_end_ms - elapsed_ms).div_ceil(1000);
                return AgendaNow::Block {
                    index,
                    step: block.step,
                    minutes_left: u32::try_from(left_s / 60).unwrap_or(u32::MAX),
                    seconds_left: (left_s % 60) as u32,
                };
            }
        }
        AgendaNow::Finished
    }

    /// Every reason the agenda cannot be used, in block order; empty when it is fine.
    pub fn problems(&self) -> Vec<AgendaProblem> {
        let mut out = Vec::new();
        if self.blocks.is_empty() {
            out.push(AgendaProblem::Empty);
        }
        if self.blocks.len() > MAX_BLOCKS {
            out.push(AgendaProblem::TooManyBlocks {
                count: self.blocks.len(),
            });
        }
        for (index, block) in self.blocks.iter().enumerate() {
            if block.minutes == 0 {
                out.push(AgendaProblem::ZeroMinutes { index });
            } else if block.minutes > MAX_BLOCK_MINUTES {
                out.push(AgendaProblem::TooLong {
                    index,
                    minutes: block.minutes,
                });
            }
        }
        out
    }
}

/// `start` plus `minutes`, saturating at the latest representable time instead of panicking
/// (a stored agenda could carry absurd lengths).
fn after(start: NaiveDateTime, minutes: u64) -> NaiveDateTime {
    i64::try_from(minutes)
        .ok()
        .and_then(TimeDelta::try_minutes)
        .and_then(|d| start.checked_add_signed(d))
        .unwrap_or(NaiveDateTime::MAX)
}

/// A step written as its slug, so stored agendas read like the addresses (`"goals"`).
mod step_slug {
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    use crate::model::Step;

    pub fn serialize<S: Serializer>(step: &Step, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(step.slug())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Step, D::Error> {
        let slug = String::deserialize(d)?;
        Step::from_slug(&slug).ok_or_else(|| D::Error::custom(format!("unknown step `{slug}`")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(h: u32, m: u32, s: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 3, 14)
            .and_then(|d| d.and_hms_opt(h, m, s))
            .expect("valid time")
    }

    fn agenda() -> Agenda {
        Agenda::standard(at(9, 0, 0))
    }

    fn block(index: usize, step: Step, minutes_left: u32, seconds_left: u32) -> AgendaNow {
        AgendaNow::Block {
            index,
            step,
            minutes_left,
            seconds_left,
        }
    }

    #[test]
    fn the_default_agenda_gives_each_step_its_minutes_in_order() {
        let a = agenda();
        let steps: Vec<Step> = a.blocks.iter().map(|b| b.step).collect();
        assert_eq!(&steps[..], &Step::ALL[..6]);
        let minutes: Vec<u32> = a.blocks.iter().map(|b| b.minutes).collect();
        assert_eq!(minutes, vec![15, 25, 20, 20, 20, 20]);
        assert_eq!(a.total_minutes(), 120);
        assert_eq!(a.end(), at(11, 0, 0));
        assert_eq!(a.problems(), vec![]);
    }

    #[test]
    fn block_starts_add_up_the_blocks_before() {
        let a = agenda();
        assert_eq!(a.block_start(0), Some(at(9, 0, 0)));
        assert_eq!(a.block_start(1), Some(at(9, 15, 0)));
        assert_eq!(a.block_start(5), Some(at(10, 40, 0)));
        assert_eq!(a.block_start(6), None);
    }

    #[test]
    fn before_the_start_counts_whole_minutes_up() {
        let a = agenda();
        assert_eq!(
            a.now(at(8, 59, 30)),
            AgendaNow::NotStarted {
                starts_in_minutes: 1
            }
        );
        assert_eq!(
            a.now(at(8, 0, 0)),
            AgendaNow::NotStarted {
                starts_in_minutes: 60
            }
        );
        assert_eq!(
            a.now(at(7, 59, 59)),
            AgendaNow::NotStarted {
                starts_in_minutes: 61
            }
        );
    }

    #[test]
    fn the_countdown_runs_through_each_block() {
        let a = agenda();
        assert_eq!(a.now(at(9, 0, 0)), block(0, Step::Strategy, 15, 0));
        assert_eq!(a.now(at(9, 0, 1)), block(0, Step::Strategy, 14, 59));
        assert_eq!(a.now(at(9, 14, 59)), block(0, Step::Strategy, 0, 1));
        // The end of one block is the start of the next.
        assert_eq!(a.now(at(9, 15, 0)), block(1, Step::Personas, 25, 0));
        assert_eq!(a.now(at(10, 59, 59)), block(5, Step::Content, 0, 1));
        assert_eq!(a.now(at(11, 0, 0)), AgendaNow::Finished);
        assert_eq!(a.now(at(23, 0, 0)), AgendaNow::Finished);
    }

    #[test]
    fn part_seconds_round_the_countdown_up() {
        let a = agenda();
        let half = at(9, 0, 0) + TimeDelta::milliseconds(500);
        assert_eq!(a.now(half), block(0, Step::Strategy, 15, 0));
        let later = at(9, 0, 1) + TimeDelta::milliseconds(1);
        assert_eq!(a.now(later), block(0, Step::Strategy, 14, 59));
    }

    #[test]
    fn an_agenda_without_blocks_is_finished_once_started() {
        let a = Agenda {
            start: at(9, 0, 0),
            blocks: vec![],
        };
        assert_eq!(a.now(at(9, 0, 0)), AgendaNow::Finished);
        assert_eq!(a.total_minutes(), 0);
        assert_eq!(a.problems(), vec![AgendaProblem::Empty]);
    }

    #[test]
    fn limits_name_each_offending_block() {
        let mut a = agenda();
        a.blocks[1].minutes = 0;
        a.blocks[3].minutes = MAX_BLOCK_MINUTES + 1;
        a.blocks[4].minutes = MAX_BLOCK_MINUTES;
        assert_eq!(
            a.problems(),
            vec![
                AgendaProblem::ZeroMinutes { index: 1 },
                AgendaProblem::TooLong {
                    index: 3,
                    minutes: MAX_BLOCK_MINUTES + 1
                },
            ]
        );
        let mut long = agenda();
        while long.blocks.len() <= MAX_BLOCKS {
            long.blocks.push(long.blocks[0]);
        }
        assert_eq!(
            long.problems(),
            vec![AgendaProblem::TooManyBlocks {
                count: MAX_BLOCKS + 1
            }]
        );
    }

    #[test]
    fn huge_minutes_do_not_overflow() {
        let a = Agenda {
            start: at(9, 0, 0),
            blocks: vec![
                AgendaBlock {
                    step: Step::Goals,
                    minutes: u32::MAX,
                };
                3
            ],
        };
        assert_eq!(a.total_minutes(), 3 * u64::from(u32::MAX));
        assert!(matches!(
            a.now(at(9, 0, 0)),
            AgendaNow::Block { index: 0, .. }
        ));
        assert!(a.end() > a.start);
        let absurd = Agenda {
            start: at(9, 0, 0),
            blocks: vec![a.blocks[0]; 100_000],
        };
        assert_eq!(absurd.end(), NaiveDateTime::MAX);
        assert!(matches!(
            absurd.now(NaiveDateTime::MAX),
            AgendaNow::Block { .. }
        ));
    }

    #[test]
    fn steps_are_stored_by_slug_and_unknown_ones_refused() {
        let json = serde_json::to_string(&agenda()).expect("serializes");
        assert!(
            json.contains(r#"{"step":"personas","minutes":25}"#),
            "{json}"
        );
        assert!(json.contains(r#""start":"2026-03-14T09:00:00""#), "{json}");
        let back: Agenda = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back, agenda());
        let bad = json.replace("personas", "persons");
        assert!(serde_json::from_str::<Agenda>(&bad).is_err());
    }
}
