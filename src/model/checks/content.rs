//! The rules of step 6, content: at least one theme, shares adding up to 100 %, each theme named
//! and tied to a persona and a goal, every persona and goal covered by a theme, formats and a
//! weekly cadence for each platform of the strategy, and valid brand colour codes. The step is at
//! 100 % exactly when it has no error.
//!
//! A step rule file: builds on the shared check vocabulary; nothing in the vocabulary may
//! import it.

use super::completeness::{Checkpoint, Completeness};
use super::fields::FieldRef;
use super::finding::{Finding, FindingKind};
use super::text::blank;
use crate::model::colour::parse_hex;
use crate::model::content_mix::share_total;
use crate::model::{BrandColour, Id, Plan, PlatformFormats, Theme, ThemeKind};

/// True when the plan has a persona or a goal the themes could point at, so a theme that points at
/// none of them is missing something (with none to choose, the earlier step is what is missing).
fn theme_gaps(theme: &Theme, plan: &Plan) -> (bool, bool) {
    let persona_known = |id: &Id| plan.personas.iter().any(|p| p.id == *id);
    let goal_known = |id: &Id| plan.goals.iter().any(|g| g.id == *id);
    let no_persona = !plan.personas.is_empty() && !theme.personas.iter().any(persona_known);
    let no_goal = !plan.goals.is_empty() && !theme.goals.iter().any(goal_known);
    (no_persona, no_goal)
}

fn theme_unnamed(theme: &Theme) -> bool {
    theme.kind == ThemeKind::Custom && blank(&theme.name)
}

/// The formats record of `platform`, if the plan has one.
fn platform_formats(plan: &Plan, platform: Id) -> Option<&PlatformFormats> {
    plan.content.formats.iter().find(|f| f.platform == platform)
}

fn platform_has_formats(plan: &Plan, platform: Id) -> bool {
    platform_formats(plan, platform).is_some_and(|f| !f.formats.is_empty())
}

fn platform_has_cadence(plan: &Plan, platform: Id) -> bool {
    platform_formats(plan, platform).is_some_and(|f| f.posts_per_week.is_some_and(|n| n > 0))
}

fn colour_valid(colour: &BrandColour) -> bool {
    parse_hex(&colour.hex).is_some()
}

/// The inline checks of step 6: at least one theme, shares adding up to 100 %, each theme named
/// and tied to a persona and a goal, every persona and goal covered by a theme, formats and a
/// cadence for each platform of the strategy, and valid brand colour codes.
pub fn content_findings(plan: &Plan) -> Vec<Finding> {
    use FindingKind::*;
    let mut out = Vec::new();
    let content = &plan.content;
    if content.themes.is_empty() {
        out.push(Finding::new(NoTheme, FieldRef::ContentThemes));
    } else {
        let total = share_total(content);
        if total != 100 {
            out.push(Finding::new(
                SharesNotHundred { total },
                FieldRef::ContentThemes,
            ));
        }
    }
    for theme in &content.themes {
        let target = FieldRef::ContentTheme(theme.id);
        if theme_unnamed(theme) {
            out.push(Finding::new(CustomThemeWithoutName, target));
        }
        let (no_persona, no_goal) = theme_gaps(theme, plan);
        let (kind, name) = (theme.kind, theme.name.trim().to_string());
        if no_persona {
            out.push(Finding::new(
                ThemeWithoutPersona {
                    kind,
                    name: name.clone(),
                },
                target,
            ));
        }
        if no_goal {
            out.push(Finding::new(ThemeWithoutGoal { kind, name }, target));
        }
    }
    if !content.themes.is_empty() {
        for persona in &plan.personas {
            if !content
                .themes
                .iter()
                .any(|t| t.personas.contains(&persona.id))
            {
                out.push(Finding::new(
                    PersonaNotServed {
                        name: persona.name.trim().to_string(),
                    },
                    FieldRef::ContentCoverage,
                ));
            }
        }
        for goal in &plan.goals {
            if !content.themes.iter().any(|t| t.goals.contains(&goal.id)) {
                out.push(Finding::new(
                    GoalNotSupported {
                        title: goal.title.trim().to_string(),
                    },
                    FieldRef::ContentCoverage,
                ));
            }
        }
    }
    if plan.strategy.platforms.is_empty() {
        out.push(Finding::new(NoPlatformForFormats, FieldRef::ContentFormats));
    }
    for platform in &plan.strategy.platforms {
        let target = FieldRef::ContentPlatform(platform.id);
        let (kind, name) = (platform.kind, platform.custom_name.trim().to_string());
        if !platform_has_formats(plan, platform.id) {
            out.push(Finding::new(
                PlatformWithoutFormats {
                    kind,
                    name: name.clone(),
                },
                target,
            ));
        }
        if !platform_has_cadence(plan, platform.id) {
            out.push(Finding::new(PlatformWithoutCadence { kind, name }, target));
        }
    }
    for colour in &content.style.colours {
        if !colour_valid(colour) {
            out.push(Finding::new(
                InvalidColourHex {
                    hex: colour.hex.trim().to_string(),
                },
                FieldRef::ContentColour(colour.id),
            ));
        }
    }
    out
}

/// How far step 6 is filled in. 100 % exactly when [`content_findings`] has no error.
pub fn content_completeness(plan: &Plan) -> Completeness<Checkpoint> {
    let content = &plan.content;
    let themes = &content.themes;
    let platforms = &plan.strategy.platforms;
    Completeness::tally([
        (Checkpoint::ThemeAdded, !themes.is_empty()),
        (
            Checkpoint::SharesAddUp,
            !themes.is_empty() && share_total(content) == 100,
        ),
        (
            Checkpoint::ThemesLinked,
            !themes.is_empty()
                && themes
                    .iter()
                    .all(|t| !theme_unnamed(t) && theme_gaps(t, plan) == (false, false)),
        ),
        (
            Checkpoint::FormatsPlanned,
            !platforms.is_empty()
                && platforms
                    .iter()
                    .all(|p| platform_has_formats(plan, p.id) && platform_has_cadence(plan, p.id)),
        ),
        (
            Checkpoint::ColoursValid,
            content.style.colours.iter().all(colour_valid),
        ),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::checks::finding::{has_errors, Severity};
    use crate::model::checks::fixtures::{content_plan, goal_plan, good_persona, kinds};
    use crate::model::{Content, Goal, PersonaPriority, PlatformKind, Step};
    use FindingKind::*;

    #[test]
    fn an_empty_content_step_asks_for_a_theme_and_formats() {
        let mut plan = goal_plan();
        plan.content = Content::default();
        assert_eq!(
            kinds(&content_findings(&plan)),
            vec![
                NoTheme,
                PlatformWithoutFormats {
                    kind: PlatformKind::Weibo,
                    name: String::new()
                },
                PlatformWithoutCadence {
                    kind: PlatformKind::Weibo,
                    name: String::new()
                },
                PlatformWithoutFormats {
                    kind: PlatformKind::WechatOfficialAccount,
                    name: String::new()
                },
                PlatformWithoutCadence {
                    kind: PlatformKind::WechatOfficialAccount,
                    name: String::new()
                },
            ]
        );
        let c = content_completeness(&plan);
        assert_eq!(
            c.missing,
            vec![
                Checkpoint::ThemeAdded,
                Checkpoint::SharesAddUp,
                Checkpoint::ThemesLinked,
                Checkpoint::FormatsPlanned,
            ]
        );
        assert_eq!(c.missing[3].target(), FieldRef::ContentFormats);
        plan.strategy.platforms.clear();
        assert_eq!(
            content_findings(&plan)[1],
            Finding::new(NoPlatformForFormats, FieldRef::ContentFormats)
        );
    }

    #[test]
    fn shares_must_add_up_to_100() {
        let mut plan = content_plan();
        plan.content.themes[1].share = Some(25);
        assert_eq!(
            content_findings(&plan),
            vec![Finding::new(
                SharesNotHundred { total: 85 },
                FieldRef::ContentThemes
            )]
        );
        plan.content.themes[1].share = None;
        assert_eq!(
            kinds(&content_findings(&plan)),
            vec![SharesNotHundred { total: 60 }]
        );
        plan.content.themes[1].share = Some(50);
        assert_eq!(
            kinds(&content_findings(&plan)),
            vec![SharesNotHundred { total: 110 }]
        );
        assert_eq!(
            content_completeness(&plan).missing,
            vec![Checkpoint::SharesAddUp]
        );
    }

    #[test]
    fn coverage_gaps_name_the_theme_the_persona_and_the_goal() {
        let mut plan = content_plan();
        let mut second = good_persona(6, "老王");
        second.priority = PersonaPriority::Secondary;
        plan.personas.push(second);
        plan.goals.push(Goal {
            id: 31,
            title: "回复率90%".into(),
            ..Default::default()
        });
        plan.content.themes[1].personas.clear();
        plan.content.themes[1].goals = vec![404];
        let findings = content_findings(&plan);
        assert_eq!(
            findings,
            vec![
                Finding::new(
                    ThemeWithoutPersona {
                        kind: ThemeKind::ProductValue,
                        name: String::new()
                    },
                    FieldRef::ContentTheme(61)
                ),
                Finding::new(
                    ThemeWithoutGoal {
                        kind: ThemeKind::ProductValue,
                        name: String::new()
                    },
                    FieldRef::ContentTheme(61)
                ),
                Finding::new(
                    PersonaNotServed {
                        name: "老王".into()
                    },
                    FieldRef::ContentCoverage
                ),
                Finding::new(
                    GoalNotSupported {
                        title: "回复率90%".into()
                    },
                    FieldRef::ContentCoverage
                ),
            ]
        );
        assert_eq!(findings[2].severity, Severity::Warning);
        assert_eq!(FieldRef::ContentTheme(61).step(), Step::Content);
        assert_eq!(FieldRef::ContentTheme(61).record(), Some(61));
        assert_eq!(FieldRef::ContentCoverage.record(), None);
    }

    #[test]
    fn themes_need_no_persona_or_goal_while_the_plan_has_none() {
        let mut plan = content_plan();
        plan.personas.clear();
        plan.goals.clear();
        for t in plan.content.themes.iter_mut() {
            t.personas.clear();
            t.goals.clear();
        }
        assert_eq!(content_findings(&plan), vec![]);
    }

    #[test]
    fn custom_themes_need_a_name_and_colours_a_valid_code() {
        let mut plan = content_plan();
        plan.content.themes[0].kind = ThemeKind::Custom;
        plan.content.style.colours.push(BrandColour {
            id: 81,
            name: "Sky".into(),
            hex: "#12345".into(),
        });
        plan.content.style.colours.push(BrandColour {
            id: 82,
            ..Default::default()
        });
        assert_eq!(
            content_findings(&plan),
            vec![
                Finding::new(CustomThemeWithoutName, FieldRef::ContentTheme(60)),
                Finding::new(
                    InvalidColourHex {
                        hex: "#12345".into()
                    },
                    FieldRef::ContentColour(81)
                ),
                Finding::new(
                    InvalidColourHex { hex: String::new() },
                    FieldRef::ContentColour(82)
                ),
            ]
        );
        assert_eq!(
            content_completeness(&plan).missing,
            vec![Checkpoint::ThemesLinked, Checkpoint::ColoursValid]
        );
        assert_eq!(Checkpoint::ColoursValid.target(), FieldRef::ContentColours);
    }

    #[test]
    fn content_step_is_complete_exactly_when_it_has_no_error() {
        let mutations: Vec<fn(&mut Plan)> = vec![
            |p| p.content.themes.clear(),
            |p| p.content.themes[0].share = Some(10),
            |p| p.content.themes[0].kind = ThemeKind::Custom,
            |p| p.content.themes[0].personas.clear(),
            |p| p.content.themes[1].goals = vec![999],
            |p| p.content.formats[0].formats.clear(),
            |p| p.content.formats[1].posts_per_week = Some(0),
            |p| {
                p.content.formats.remove(0);
            },
            |p| p.strategy.platforms.clear(),
            |p| p.content.style.colours[0].hex = "brown".into(),
        ];
        for (i, mutate) in mutations.into_iter().enumerate() {
            let mut plan = content_plan();
            mutate(&mut plan);
            let findings = content_findings(&plan);
            assert!(!findings.is_empty(), "mutation {i} found nothing");
            assert_eq!(
                content_completeness(&plan).is_complete(),
                !has_errors(&findings),
                "mutation {i}: {findings:?}"
            );
        }
    }
}
