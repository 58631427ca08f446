//! The seven stops of the method: six decisions and the finished handbook.
//!
//! Owns the step order and each step's URL slug (`#/strategy` …). Pure: no browser types here.

/// One page of the walkthrough, in the order the method takes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Strategy,
    Personas,
    Voice,
    Goals,
    Team,
    Content,
    Handbook,
}

impl Step {
    /// Every step, in walkthrough order.
    pub const ALL: [Step; 7] = [
        Step::Strategy,
        Step::Personas,
        Step::Voice,
        Step::Goals,
        Step::Team,
        Step::Content,
        Step::Handbook,
    ];

    /// The step a visitor lands on when the address names none (or names one we do not know).
    pub const FIRST: Step = Step::Strategy;

    /// The path segment used in the URL fragment, e.g. `personas` for `#/personas`.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Strategy => "strategy",
            Step::Personas => "personas",
            Step::Voice => "voice",
            Step::Goals => "goals",
            Step::Team => "team",
            Step::Content => "content",
            Step::Handbook => "handbook",
        }
    }

    /// The full fragment for this step, e.g. `#/goals`.
    pub fn hash(self) -> String {
        format!("#/{}", self.slug())
    }

    /// Reads a slug back; `None` for anything that is not exactly one of ours.
    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// Reads a location fragment (`#/goals`, `#/goals/3`, `goals`, ``) and returns the step it names.
    /// Anything unknown falls back to the first step, so a stale or mistyped link still opens the app.
    pub fn from_hash(hash: &str) -> Step {
        Step::parse_hash(hash).unwrap_or(Step::FIRST)
    }

    /// Like [`Step::from_hash`] but says when the fragment named no known step.
    pub fn parse_hash(hash: &str) -> Option<Step> {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let slug = path.split(['/', '?']).next().unwrap_or("");
        Step::from_slug(slug)
    }

    /// Position in the walkthrough, starting at 0.
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The number shown to people: 1 to 6 for the decisions; the handbook has none.
    pub fn number(self) -> Option<usize> {
        match self {
            Step::Handbook => None,
            other => Some(other.index() + 1),
        }
    }

    /// The step after this one, if any.
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    /// The step before this one, if any.
    pub fn previous(self) -> Option<Step> {
        self.index().checked_sub(1).map(|i| Step::ALL[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_slug_round_trips() {
        for step in Step::ALL {
            assert_eq!(Step::from_slug(step.slug()), Some(step));
            assert_eq!(Step::from_hash(&step.hash()), step);
        }
    }

    #[test]
    fn slugs_are_unique() {
        let mut slugs: Vec<_> = Step::ALL.iter().map(|s| s.slug()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), Step::ALL.len());
    }

    #[test]
    fn unknown_or_empty_hash_falls_back_to_first_step() {
        assert_eq!(Step::from_hash(""), Step::Strategy);
        assert_eq!(Step::from_hash("#"), Step::Strategy);
        assert_eq!(Step::from_hash("#/"), Step::Strategy);
        assert_eq!(Step::from_hash("#/nonsense"), Step::Strategy);
        assert_eq!(Step::from_hash("#/GOALS"), Step::Strategy);
        assert_eq!(Step::parse_hash("#/nonsense"), None);
    }

    #[test]
    fn hash_with_extra_segments_keeps_the_step() {
        assert_eq!(Step::from_hash("#/goals/3"), Step::Goals);
        assert_eq!(Step::from_hash("#/team?x=1"), Step::Team);
        assert_eq!(Step::from_hash("voice"), Step::Voice);
    }

    #[test]
    fn next_and_previous_walk_the_order() {
        assert_eq!(Step::Strategy.previous(), None);
        assert_eq!(Step::Strategy.next(), Some(Step::Personas));
        assert_eq!(Step::Content.next(), Some(Step::Handbook));
        assert_eq!(Step::Handbook.next(), None);
        assert_eq!(Step::Handbook.previous(), Some(Step::Content));
        let mut walked = vec![Step::FIRST];
        while let Some(next) = walked.last().unwrap().next() {
            walked.push(next);
        }
        assert_eq!(walked, Step::ALL.to_vec());
    }

    #[test]
    fn decisions_are_numbered_one_to_six() {
        let numbers: Vec<_> = Step::ALL.iter().filter_map(|s| s.number()).collect();
        assert_eq!(numbers, vec![1, 2, 3, 4, 5, 6]);
    }
}
