//! Projector mode's slides: which slides the decisions of a step of a plan make, in order. A
//! step without decisions makes one slide saying what is missing; the handbook makes a title
//! slide and then every step's slides. Only the choice and order of slides is decided here; what
//! a slide shows is read from the plan by the view (`crate::present`).
//!
//! Pure: no browser types; "today" is a parameter.

use chrono::{Datelike, NaiveDate};

use super::{Id, Plan, Step};

/// How many goals share one slide (each with its SMART badges).
pub const GOALS_PER_SLIDE: usize = 2;

/// How many voice traits share one slide.
pub const TRAITS_PER_SLIDE: usize = 3;

/// How many team roles share one RACI slide (one column each).
pub const RACI_ROLES_PER_SLIDE: usize = 5;

/// How many themes share one slide of the theme mix.
pub const THEMES_PER_SLIDE: usize = 6;

/// One slide of projector mode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Slide {
    /// The plan's name and organisation (opens the handbook's deck).
    Title,
    /// Step 1: the strategic roles chosen, the primary one first, each with its reason.
    Roles,
    /// Step 2: one persona.
    Persona(Id),
    /// Step 3: these voice traits ("we are … not …").
    Traits(Vec<Id>),
    /// Step 4: these goals with their SMART badges.
    Goals(Vec<Id>),
    /// Step 5: the team model and why.
    TeamModel,
    /// Step 5: the RACI matrix for these team roles.
    Raci(Vec<Id>),
    /// Step 6: these themes with their target shares.
    ThemeMix(Vec<Id>),
    /// Step 6: one month of the calendar.
    Month { year: i32, month: u32 },
    /// The step has no decisions yet.
    Missing(Step),
}

impl Slide {
    /// The step this slide belongs to (`Handbook` for the title).
    pub fn step(&self) -> Step {
        match self {
            Slide::Title => Step::Handbook,
            Slide::Roles => Step::Strategy,
            Slide::Persona(_) => Step::Personas,
            Slide::Traits(_) => Step::Voice,
            Slide::Goals(_) => Step::Goals,
            Slide::TeamModel | Slide::Raci(_) => Step::Team,
            Slide::ThemeMix(_) | Slide::Month { .. } => Step::Content,
            Slide::Missing(step) => *step,
        }
    }
}

/// The slides of `step` of `plan` as of `today`; the handbook presents every step in turn.
pub fn deck(plan: &Plan, step: Step, today: NaiveDate) -> Vec<Slide> {
    if step == Step::Handbook {
        let mut slides = vec![Slide::Title];
        for s in Step::ALL.into_iter().filter(|s| s.number().is_some()) {
            slides.extend(step_slides(plan, s, today));
        }
        return slides;
    }
    step_slides(plan, step, today)
}

/// Ids of `items` in slides of `size`.
fn chunks<T>(items: &[T], size: usize, id: impl Fn(&T) -> Id) -> Vec<Vec<Id>> {
    items
        .chunks(size.max(1))
        .map(|c| c.iter().map(&id).collect())
        .collect()
}

/// The slides of one decision step (never empty).
fn step_slides(plan: &Plan, step: Step, today: NaiveDate) -> Vec<Slide> {
    let mut slides = Vec::new();
    match step {
        Step::Strategy => {
            if !plan.strategy.roles.is_empty() {
                slides.push(Slide::Roles);
            }
        }
        Step::Personas => slides.extend(plan.personas.iter().map(|p| Slide::Persona(p.id))),
        Step::Voice => slides.extend(
            chunks(&plan.voice.traits, TRAITS_PER_SLIDE, |t| t.id)
                .into_iter()
                .map(Slide::Traits),
        ),
        Step::Goals => slides.extend(
            chunks(&plan.goals, GOALS_PER_SLIDE, |g| g.id)
                .into_iter()
                .map(Slide::Goals),
        ),
        Step::Team => {
            let team = &plan.team;
            if team.model.is_some() {
                slides.push(Slide::TeamModel);
            }
            if !team.raci.is_empty() {
                // Only roles with a letter get a column.
                let roles: Vec<&super::TeamRole> = team
                    .roles
                    .iter()
                    .filter(|r| team.raci.iter().any(|c| c.role == r.id))
                    .collect();
                slides.extend(
                    chunks(&roles, RACI_ROLES_PER_SLIDE, |r| r.id)
                        .into_iter()
                        .map(Slide::Raci),
                );
            }
        }
        Step::Content => {
            slides.extend(
                chunks(&plan.content.themes, THEMES_PER_SLIDE, |t| t.id)
                    .into_iter()
                    .map(Slide::ThemeMix),
            );
            if let Some((year, month)) = calendar_month(plan, today) {
                slides.push(Slide::Month { year, month });
            }
        }
        Step::Handbook => {}
    }
    if slides.is_empty() {
        slides.push(Slide::Missing(step));
    }
    slides
}

/// The month of the calendar to show: this month if it has items, else the next month that
/// has, else the last month that has; `None` for an empty calendar.
pub fn calendar_month(plan: &Plan, today: NaiveDate) -> Option<(i32, u32)> {
    let month_of = |d: NaiveDate| (d.year(), d.month());
    let now = month_of(today);
    let months = plan.content.calendar.iter().map(|item| month_of(item.date));
    let mut upcoming = None::<(i32, u32)>;
    let mut latest = None::<(i32, u32)>;
    for m in months {
        if m == now {
            return Some(now);
        }
        if m > now && upcoming.is_none_or(|u| m < u) {
            upcoming = Some(m);
        }
        latest = latest.max(Some(m));
    }
    upcoming.or(latest)
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use super::*;
    use crate::model::examples::{example_plan, Example};
    use crate::model::{Activity, CalendarItem, Goal, Persona, Raci, RaciCell, TeamModel};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn blank() -> Plan {
        Plan::new(
            "p",
            "Plan",
            "Org",
            Utc.with_ymd_and_hms(2027, 3, 1, 9, 0, 0).unwrap(),
        )
    }

    #[test]
    fn an_empty_step_makes_one_slide_saying_so() {
        let plan = blank();
        for step in Step::ALL.into_iter().filter(|s| s.number().is_some()) {
            assert_eq!(deck(&plan, step, d(2027, 3, 1)), vec![Slide::Missing(step)]);
        }
        let handbook = deck(&plan, Step::Handbook, d(2027, 3, 1));
        assert_eq!(handbook.len(), 7);
        assert_eq!(handbook[0], Slide::Title);
        assert!(handbook[1..].iter().all(|s| matches!(s, Slide::Missing(_))));
    }

    #[test]
    fn each_persona_gets_a_slide_and_goals_share_them_in_pairs() {
        let mut plan = blank();
        for id in [4, 7, 9] {
            plan.personas.push(Persona {
                id,
                ..Persona::default()
            });
            plan.goals.push(Goal {
                id: id + 10,
                ..Goal::default()
            });
        }
        assert_eq!(
            deck(&plan, Step::Personas, d(2027, 3, 1)),
            vec![Slide::Persona(4), Slide::Persona(7), Slide::Persona(9)]
        );
        assert_eq!(
            deck(&plan, Step::Goals, d(2027, 3, 1)),
            vec![Slide::Goals(vec![14, 17]), Slide::Goals(vec![19])]
        );
    }

    #[test]
    fn the_team_shows_its_model_and_only_roles_with_letters() {
        let mut plan = blank();
        plan.team.model = Some(TeamModel::Hybrid);
        assert_eq!(
            deck(&plan, Step::Team, d(2027, 3, 1)),
            vec![Slide::TeamModel]
        );
        for id in 1..=7 {
            plan.team.roles.push(crate::model::TeamRole {
                id,
                ..Default::default()
            });
        }
        // Role 3 has no letter: no column.
        for role in [1, 2, 4, 5, 6, 7] {
            plan.team.raci.push(RaciCell {
                activity: Activity::Strategy,
                role,
                letter: Raci::R,
            });
        }
        assert_eq!(
            deck(&plan, Step::Team, d(2027, 3, 1)),
            vec![
                Slide::TeamModel,
                Slide::Raci(vec![1, 2, 4, 5, 6]),
                Slide::Raci(vec![7])
            ]
        );
    }

    #[test]
    fn the_calendar_shows_this_month_else_the_next_else_the_last() {
        let mut plan = blank();
        assert_eq!(calendar_month(&plan, d(2027, 3, 1)), None);
        for (id, date) in [(1, d(2027, 1, 5)), (2, d(2027, 6, 2)), (3, d(2027, 5, 30))] {
            plan.content.calendar.push(CalendarItem {
                id,
                date,
                ..Default::default()
            });
        }
        assert_eq!(calendar_month(&plan, d(2027, 3, 1)), Some((2027, 5)));
        assert_eq!(calendar_month(&plan, d(2027, 1, 31)), Some((2027, 1)));
        assert_eq!(calendar_month(&plan, d(2027, 9, 1)), Some((2027, 6)));
        assert_eq!(
            deck(&plan, Step::Content, d(2027, 9, 1)),
            vec![Slide::Month {
                year: 2027,
                month: 6
            }]
        );
    }

    #[test]
    fn a_worked_example_fills_every_step_and_the_handbook_runs_through_them_in_order() {
        let now = Utc.with_ymd_and_hms(2027, 3, 1, 9, 0, 0).unwrap();
        let today = now.date_naive();
        for example in [Example::Cafe, Example::Manufacturer, Example::School] {
            let plan = example_plan(example, false, "x", now);
            let all = deck(&plan, Step::Handbook, today);
            assert!(
                !all.iter().any(|s| matches!(s, Slide::Missing(_))),
                "{example:?}"
            );
            assert!(all.iter().any(|s| matches!(s, Slide::Month { .. })));
            let steps: Vec<usize> = all.iter().map(|s| s.step().index()).collect();
            let mut sorted = steps[1..].to_vec();
            sorted.sort_unstable();
            assert_eq!(steps[1..], sorted[..], "{example:?}");
            assert_eq!(
                deck(&plan, Step::Personas, today).len(),
                plan.personas.len()
            );
        }
    }
}
