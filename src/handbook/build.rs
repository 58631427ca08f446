//! Builds the handbook [`Document`] from a plan, in one language: every decision of the method,
//! in the order of its steps. Undecided parts say so instead of disappearing.

use chrono::NaiveDate;

use super::document::{Block, Document, Section, Table};
use crate::i18n::content_names::{
    format_label, principle_definition, principle_name, status_name, theme_label,
};
use crate::i18n::goals::{goal_sentence, verdict_name};
use crate::i18n::handbook::{HandbookTeamText as T, HandbookText as H};
use crate::i18n::personas::age_range_text;
use crate::i18n::strategy::{platform_label, role_label};
use crate::i18n::team::{
    activity_name, approval_step_title, cadence_name, department_name, hours_text, model_name,
};
use crate::i18n::team_names::team_role_label;
use crate::i18n::voice::ToneScale;
use crate::i18n::{format_date, join_list, labelled, t, Key, Locale};
use crate::model::smart::check_goal;
use crate::model::team_rules::approval_total_hours;
use crate::model::{Activity, Id, PersonaPriority, Plan, Principle, Priority, SampleKind};

/// Section anchors, in document order (also the table of contents).
pub const ANCHORS: [&str; 6] = [
    "handbook-strategy",
    "handbook-personas",
    "handbook-voice",
    "handbook-goals",
    "handbook-team",
    "handbook-content",
];

struct Words(Locale);

impl Words {
    fn h(&self, text: H) -> String {
        t(self.0, Key::Handbook(text)).to_string()
    }
}

/// The whole handbook of `plan` in `locale`, as of `today`.
pub fn build_document(plan: &Plan, locale: Locale, today: NaiveDate) -> Document {
    let w = Words(locale);
    let mut subtitle = Vec::new();
    if !plan.organisation.trim().is_empty() {
        subtitle.push(labelled(
            locale,
            &w.h(H::Organisation),
            plan.organisation.trim(),
        ));
    }
    subtitle.push(labelled(
        locale,
        &w.h(H::PreparedOn),
        &format_date(locale, today),
    ));
    let title = if plan.name.trim().is_empty() {
        w.h(H::DocumentTitle)
    } else {
        format!("{} · {}", plan.name.trim(), w.h(H::DocumentTitle))
    };
    Document {
        title,
        subtitle: subtitle.join("\n"),
        sections: vec![
            strategy(plan, &w),
            personas(plan, &w),
            voice(plan, &w),
            goals(plan, &w, today),
            team(plan, &w),
            content(plan, &w),
        ],
    }
}

fn missing(section: &mut Section, w: &Words) {
    section.push(Block::Missing(w.h(H::NotDecided)));
}

fn platform_name(plan: &Plan, locale: Locale, id: Id) -> Option<String> {
    plan.strategy
        .platforms
        .iter()
        .find(|p| p.id == id)
        .map(|p| platform_label(locale, p))
}

fn persona_name(plan: &Plan, w: &Words, id: Id) -> Option<String> {
    plan.personas.iter().find(|p| p.id == id).map(|p| {
        let name = p.name.trim();
        if name.is_empty() {
            w.h(H::Untitled)
        } else {
            name.to_string()
        }
    })
}

fn goal_title(plan: &Plan, w: &Words, id: Id) -> Option<String> {
    plan.goals.iter().find(|g| g.id == id).map(|g| {
        let title = g.title.trim();
        if title.is_empty() {
            goal_sentence(g, plan, w.0)
        } else {
            title.to_string()
        }
    })
}

fn team_role_name(plan: &Plan, locale: Locale, id: Id) -> Option<String> {
    plan.team
        .roles
        .iter()
        .find(|r| r.id == id)
        .map(|r| team_role_label(locale, r))
}

/// Names read as one list: "a, b" / "a、b".
fn join(locale: Locale, items: impl IntoIterator<Item = String>) -> String {
    let items: Vec<String> = items.into_iter().collect();
    join_list(locale, items.iter().map(String::as_str))
}

fn strategy(plan: &Plan, w: &Words) -> Section {
    let locale = w.0;
    let s = &plan.strategy;
    let mut section = Section::new(ANCHORS[0], w.h(H::SectionStrategy));
    if s.roles.is_empty() && s.vision.trim().is_empty() && s.platforms.is_empty() {
        missing(&mut section, w);
        return section;
    }
    if !s.roles.is_empty() {
        section.push(Block::Heading(w.h(H::Roles)));
        let mut table = Table::new(vec![w.h(H::RoleColumn), w.h(H::WhyColumn)]);
        for role in &s.roles {
            let mut name = role_label(locale, role);
            if s.primary_role == Some(role.id) {
                name = format!("{name} {}", w.h(H::PrimaryMark));
            }
            table.push(vec![name, role.why.trim().to_string()]);
        }
        section.push(Block::Table(table));
    }
    section.fields(vec![(w.h(H::Vision), s.vision.trim().to_string())]);
    section.titled_list(w.h(H::Objectives), &s.objectives);
    if !s.platforms.is_empty() {
        section.push(Block::Heading(w.h(H::Platforms)));
        let mut table = Table::new(vec![
            w.h(H::PlatformColumn),
            w.h(H::RoleColumn),
            w.h(H::PriorityColumn),
            w.h(H::AccountColumn),
        ]);
        for p in &s.platforms {
            let role = p
                .role
                .and_then(|id| s.roles.iter().find(|r| r.id == id))
                .map(|r| role_label(locale, r))
                .unwrap_or_default();
            let priority = match p.priority {
                Priority::High => w.h(H::PriorityHigh),
                Priority::Medium => w.h(H::PriorityMedium),
                Priority::Low => w.h(H::PriorityLow),
            };
            let account = [p.account.trim(), p.url.trim()]
                .into_iter()
                .filter(|x| !x.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            table.push(vec![platform_label(locale, p), role, priority, account]);
        }
        section.push(Block::Table(table));
    }
    section
}

fn personas(plan: &Plan, w: &Words) -> Section {
    let locale = w.0;
    let mut section = Section::new(ANCHORS[1], w.h(H::SectionPersonas));
    if plan.personas.is_empty() {
        missing(&mut section, w);
    }
    for p in &plan.personas {
        let priority = match p.priority {
            PersonaPriority::Primary => w.h(H::PrimaryPersona),
            PersonaPriority::Secondary => w.h(H::SecondaryPersona),
        };
        let name = persona_name(plan, w, p.id).unwrap_or_default();
        section.push(Block::Heading(format!("{name} · {priority}")));
        if !p.quote.trim().is_empty() {
            section.push(Block::Quote(p.quote.trim().to_string()));
        }
        section.fields(vec![
            (
                w.h(H::Age),
                age_range_text(locale, p.age_min, p.age_max).unwrap_or_default(),
            ),
            (w.h(H::Gender), p.gender.trim().to_string()),
            (w.h(H::Location), p.location.trim().to_string()),
            (w.h(H::Occupation), p.occupation.trim().to_string()),
            (w.h(H::Income), p.income.trim().to_string()),
            (w.h(H::Sources), p.sources.trim().to_string()),
        ]);
        section.titled_list(w.h(H::Interests), &p.interests);
        section.titled_list(w.h(H::InfoHabits), &p.info_habits);
        section.titled_list(w.h(H::SocialBehaviour), &p.social_behaviour);
        section.titled_list(w.h(H::Pains), &p.pains);
        let gathering: Vec<String> = p
            .platforms
            .iter()
            .filter_map(|id| platform_name(plan, locale, *id))
            .chain(p.communities.iter().cloned())
            .collect();
        section.titled_list(w.h(H::Gathering), &gathering);
        section.titled_list(w.h(H::Topics), &p.topics);
        section.titled_list(w.h(H::Motivators), &p.motivators);
    }
    section
}

fn voice(plan: &Plan, w: &Words) -> Section {
    let locale = w.0;
    let v = &plan.voice;
    let mut section = Section::new(ANCHORS[2], w.h(H::SectionVoice));
    section.fields(vec![(w.h(H::CoreValues), v.core_values.trim().to_string())]);
    if !v.traits.is_empty() {
        section.push(Block::Heading(w.h(H::Personality)));
        let mut table = Table::new(vec![
            w.h(H::TraitColumn),
            w.h(H::NotColumn),
            w.h(H::DoColumn),
            w.h(H::DontColumn),
        ]);
        for tr in &v.traits {
            table.push(vec![
                tr.we_are.trim().to_string(),
                tr.we_are_not.trim().to_string(),
                tr.do_line.trim().to_string(),
                tr.dont_line.trim().to_string(),
            ]);
        }
        section.push(Block::Table(table));
    }
    section.push(Block::Heading(w.h(H::Tone)));
    let tone = &v.tone;
    let positions = [tone.funny, tone.casual, tone.irreverent, tone.enthusiastic];
    section.push(Block::Fields(
        ToneScale::ALL
            .iter()
            .zip(positions)
            .map(|(scale, value)| {
                (
                    t(locale, Key::Voice(scale.label())).to_string(),
                    format!(
                        "{}/5 · {}",
                        value,
                        t(locale, Key::Voice(scale.description(value)))
                    ),
                )
            })
            .collect(),
    ));
    section.fields(vec![
        (
            w.h(H::WordsToUse),
            join(locale, v.words_to_use.iter().cloned()),
        ),
        (
            w.h(H::WordsToAvoid),
            join(locale, v.words_to_avoid.iter().cloned()),
        ),
        (
            w.h(H::ForbiddenClaims),
            join(locale, v.forbidden_claims.iter().cloned()),
        ),
    ]);
    if !v.samples.is_empty() {
        section.push(Block::Heading(w.h(H::Samples)));
        for sample in &v.samples {
            let kind = match sample.kind {
                SampleKind::Post => w.h(H::SamplePost),
                SampleKind::ComplaintReply => w.h(H::SampleReply),
            };
            let label = if sample.context.trim().is_empty() {
                kind
            } else {
                format!("{kind} · {}", sample.context.trim())
            };
            section.push(Block::Paragraph(label));
            section.push(Block::Quote(sample.text.trim().to_string()));
        }
    }
    section
}

fn goals(plan: &Plan, w: &Words, today: NaiveDate) -> Section {
    let locale = w.0;
    let mut section = Section::new(ANCHORS[3], w.h(H::SectionGoals));
    if plan.goals.is_empty() {
        missing(&mut section, w);
        return section;
    }
    let mut table = Table::new(vec![
        w.h(H::GoalColumn),
        w.h(H::DeadlineColumn),
        w.h(H::OwnerColumn),
        w.h(H::SmartColumn),
    ]);
    for goal in &plan.goals {
        let report = check_goal(goal, plan, today);
        table.push(vec![
            goal_sentence(goal, plan, locale),
            goal.deadline
                .map(|d| format_date(locale, d))
                .unwrap_or_default(),
            goal.owner_role
                .and_then(|id| team_role_name(plan, locale, id))
                .unwrap_or_default(),
            verdict_name(locale, report.overall()).to_string(),
        ]);
    }
    section.push(Block::Table(table));
    let reasons: Vec<String> = plan
        .goals
        .iter()
        .filter(|g| !g.achievable_because.trim().is_empty())
        .map(|g| {
            labelled(
                locale,
                &goal_title(plan, w, g.id).unwrap_or_default(),
                g.achievable_because.trim(),
            )
        })
        .collect();
    section.titled_list(w.h(H::AchievableBecause), &reasons);
    section
}

fn team(plan: &Plan, w: &Words) -> Section {
    let locale = w.0;
    let team = &plan.team;
    let tw = |text: T| t(locale, Key::HandbookTeam(text)).to_string();
    let mut section = Section::new(ANCHORS[4], w.h(H::SectionTeam));
    if team.model.is_none() && team.roles.is_empty() && team.people.is_empty() {
        missing(&mut section, w);
        return section;
    }
    section.fields(vec![
        (
            tw(T::Model),
            team.model
                .map(|m| model_name(locale, m).to_string())
                .unwrap_or_default(),
        ),
        (tw(T::ModelWhy), team.model_why.trim().to_string()),
    ]);
    if !team.roles.is_empty() {
        section.push(Block::Heading(tw(T::RolesHeading)));
        let mut table = Table::new(vec![w.h(H::RoleColumn), tw(T::Duties), tw(T::Skills)]);
        for role in &team.roles {
            table.push(vec![
                team_role_label(locale, role),
                join(locale, role.duties.iter().cloned()),
                join(locale, role.skills.iter().cloned()),
            ]);
        }
        section.push(Block::Table(table));
    }
    if !team.people.is_empty() {
        section.push(Block::Heading(tw(T::PeopleHeading)));
        let mut table = Table::new(vec![tw(T::Name), tw(T::Availability), tw(T::RolesHeld)]);
        for person in &team.people {
            let held = person.assignments.iter().filter_map(|a| {
                team_role_name(plan, locale, a.role).map(|name| format!("{name} {}%", a.percent))
            });
            table.push(vec![
                person.name.trim().to_string(),
                format!("{}%", person.availability),
                join(locale, held),
            ]);
        }
        section.push(Block::Table(table));
    }
    if !team.raci.is_empty() && !team.roles.is_empty() {
        section.push(Block::Heading(tw(T::RaciHeading)));
        section.push(Block::Paragraph(tw(T::RaciKey)));
        let mut headers = vec![tw(T::Activity)];
        headers.extend(team.roles.iter().map(|r| team_role_label(locale, r)));
        let mut table = Table::new(headers);
        for activity in Activity::ALL {
            let mut row = vec![activity_name(locale, activity).to_string()];
            row.extend(team.roles.iter().map(|role| {
                team.raci
                    .iter()
                    .find(|c| c.activity == activity && c.role == role.id)
                    .map(|c| format!("{:?}", c.letter))
                    .unwrap_or_default()
            }));
            table.push(row);
        }
        section.push(Block::Table(table));
    }
    if !team.departments.is_empty() {
        section.push(Block::Heading(tw(T::DepartmentsHeading)));
        let mut table = Table::new(vec![tw(T::Department), tw(T::Involvement), tw(T::Contact)]);
        for d in &team.departments {
            let name = if d.custom_name.trim().is_empty() {
                department_name(locale, d.kind).to_string()
            } else {
                d.custom_name.trim().to_string()
            };
            table.push(vec![
                name,
                d.involvement.trim().to_string(),
                d.contact.trim().to_string(),
            ]);
        }
        section.push(Block::Table(table));
    }
    if !team.meetings.is_empty() {
        section.push(Block::Heading(tw(T::MeetingsHeading)));
        let mut table = Table::new(vec![
            tw(T::Meeting),
            tw(T::Cadence),
            tw(T::Participants),
            tw(T::Purpose),
        ]);
        for m in &team.meetings {
            table.push(vec![
                m.name.trim().to_string(),
                cadence_name(locale, m.cadence).to_string(),
                join(locale, m.participants.iter().cloned()),
                m.purpose.trim().to_string(),
            ]);
        }
        section.push(Block::Table(table));
    }
    if !team.approval_path.is_empty() {
        section.push(Block::Heading(tw(T::ApprovalHeading)));
        section.push(Block::Steps(
            team.approval_path
                .iter()
                .map(|step| {
                    let title = approval_step_title(locale, step, &team.roles);
                    match step.hours {
                        Some(h) => format!("{title} · {}", hours_text(locale, h)),
                        None => title,
                    }
                })
                .collect(),
        ));
        section.fields(vec![(
            tw(T::ApprovalTotal),
            hours_text(locale, approval_total_hours(&team.approval_path).0),
        )]);
    }
    section.fields(vec![(
        tw(T::FeedbackHeading),
        team.feedback_path.trim().to_string(),
    )]);
    section
}

fn content(plan: &Plan, w: &Words) -> Section {
    let locale = w.0;
    let c = &plan.content;
    let mut section = Section::new(ANCHORS[5], w.h(H::SectionContent));
    if c.themes.is_empty() && c.formats.is_empty() && c.calendar.is_empty() {
        missing(&mut section, w);
        return section;
    }
    if !c.themes.is_empty() {
        section.push(Block::Heading(w.h(H::Themes)));
        let mut table = Table::new(vec![
            w.h(H::ThemeColumn),
            w.h(H::ShareColumn),
            w.h(H::PersonasColumn),
            w.h(H::GoalsColumn),
            w.h(H::DescriptionColumn),
        ]);
        for theme in &c.themes {
            table.push(vec![
                theme_label(locale, theme),
                theme.share.map(|s| format!("{s}%")).unwrap_or_default(),
                join(
                    locale,
                    theme
                        .personas
                        .iter()
                        .filter_map(|id| persona_name(plan, w, *id)),
                ),
                join(
                    locale,
                    theme.goals.iter().filter_map(|id| goal_title(plan, w, *id)),
                ),
                theme.description.trim().to_string(),
            ]);
        }
        section.push(Block::Table(table));
    }
    if !c.formats.is_empty() {
        section.push(Block::Heading(w.h(H::Formats)));
        let mut table = Table::new(vec![
            w.h(H::PlatformColumn),
            w.h(H::FormatsColumn),
            w.h(H::PerWeekColumn),
        ]);
        for row in &c.formats {
            table.push(vec![
                platform_name(plan, locale, row.platform).unwrap_or_default(),
                join(
                    locale,
                    row.formats.iter().map(|f| format_label(locale, *f, c)),
                ),
                row.posts_per_week
                    .map(|n| n.to_string())
                    .unwrap_or_default(),
            ]);
        }
        section.push(Block::Table(table));
    }
    let style = &c.style;
    let colours = join(
        locale,
        style.colours.iter().map(|col| {
            format!("{} {}", col.name.trim(), col.hex.trim())
                .trim()
                .to_string()
        }),
    );
    let ratios = join(
        locale,
        style.image_ratios.iter().filter_map(|r| {
            platform_name(plan, locale, r.platform)
                .map(|name| labelled(locale, &name, r.ratio.trim()))
        }),
    );
    let style_fields = vec![
        (w.h(H::Colours), colours),
        (w.h(H::Fonts), style.fonts.trim().to_string()),
        (w.h(H::Hashtags), style.hashtag_rules.trim().to_string()),
        (w.h(H::Emoji), style.emoji_rules.trim().to_string()),
        (w.h(H::ImageRatios), ratios),
        (w.h(H::Notes), style.notes.trim().to_string()),
    ];
    if style_fields.iter().any(|(_, v)| !v.trim().is_empty()) {
        section.push(Block::Heading(w.h(H::Style)));
        section.fields(style_fields);
    }
    section.push(Block::Heading(w.h(H::Principles)));
    section.push(Block::Fields(
        Principle::ALL
            .iter()
            .map(|p| {
                (
                    principle_name(locale, *p).to_string(),
                    principle_definition(locale, *p).to_string(),
                )
            })
            .collect(),
    ));
    calendar(plan, w, &mut section);
    section
}

fn calendar(plan: &Plan, w: &Words, section: &mut Section) {
    let locale = w.0;
    let c = &plan.content;
    section.push(Block::Heading(w.h(H::SectionCalendar)));
    if c.calendar.is_empty() {
        section.push(Block::Missing(w.h(H::NoItems)));
        return;
    }
    let mut items: Vec<_> = c.calendar.iter().collect();
    items.sort_by_key(|item| (item.date, item.time, item.id));
    let mut table = Table::new(vec![
        w.h(H::DateColumn),
        w.h(H::PlatformColumn),
        w.h(H::ThemeColumn),
        w.h(H::FormatColumn),
        w.h(H::TitleColumn),
        w.h(H::OwnerColumn),
        w.h(H::StatusColumn),
    ]);
    for item in items {
        let mut when = format_date(locale, item.date);
        if let Some(time) = item.time {
            when = format!("{when} {}", time.format("%H:%M"));
        }
        table.push(vec![
            when,
            item.platform
                .and_then(|id| platform_name(plan, locale, id))
                .unwrap_or_default(),
            item.theme
                .and_then(|id| c.themes.iter().find(|th| th.id == id))
                .map(|th| theme_label(locale, th))
                .unwrap_or_default(),
            item.format
                .map(|f| format_label(locale, f, c))
                .unwrap_or_default(),
            if item.title.trim().is_empty() {
                w.h(H::Untitled)
            } else {
                item.title.trim().to_string()
            },
            item.owner_role
                .and_then(|id| team_role_name(plan, locale, id))
                .unwrap_or_default(),
            status_name(locale, item.status).to_string(),
        ]);
    }
    section.push(Block::Table(table));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handbook::to_markdown;
    use crate::model::example_personas::example_personas;
    use crate::model::{
        CalendarItem, Platform, PlatformKind, Status, StrategicRole, StrategicRoleKind, Theme,
        ThemeKind,
    };
    use chrono::{NaiveTime, TimeZone, Utc};

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn plan() -> Plan {
        Plan::new(
            "p1",
            "Corner Café",
            "Corner Café Ltd",
            Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap(),
        )
    }

    fn texts(section: &Section) -> String {
        format!("{:?}", section.blocks)
    }

    #[test]
    fn an_empty_plan_says_what_is_not_decided_in_every_step() {
        let doc = build_document(&plan(), Locale::En, day(11, 26));
        assert_eq!(doc.sections.len(), 6);
        assert_eq!(
            doc.sections.iter().map(|s| s.anchor).collect::<Vec<_>>(),
            ANCHORS.to_vec()
        );
        for index in [0, 1, 3, 4, 5] {
            assert!(
                doc.sections[index]
                    .blocks
                    .contains(&Block::Missing("Not decided yet.".into())),
                "section {index}"
            );
        }
        assert!(doc.title.starts_with("Corner Café · "));
        assert!(doc.subtitle.contains("Corner Café Ltd"));
    }

    #[test]
    fn decisions_appear_with_their_names_resolved() {
        let mut plan = plan();
        let role_id = plan.allocate_id();
        plan.strategy.roles.push(StrategicRole {
            id: role_id,
            kind: StrategicRoleKind::BrandAmplifier,
            why: "Neighbours find us through friends' posts.".into(),
            ..StrategicRole::default()
        });
        plan.strategy.primary_role = Some(role_id);
        let platform_id = plan.allocate_id();
        plan.strategy.platforms.push(Platform {
            id: platform_id,
            kind: PlatformKind::Xiaohongshu,
            role: Some(role_id),
            ..Platform::default()
        });
        let mut persona = example_personas(true).remove(0);
        persona.id = plan.allocate_id();
        let persona_id = persona.id;
        plan.personas.push(persona);
        let theme_id = plan.allocate_id();
        plan.content.themes.push(Theme {
            id: theme_id,
            kind: ThemeKind::UserStories,
            personas: vec![persona_id],
            share: Some(40),
            ..Theme::default()
        });
        for (d, title) in [(20, "Later"), (3, "Earlier")] {
            let id = plan.allocate_id();
            plan.content.calendar.push(CalendarItem {
                id,
                date: day(12, d),
                time: Some(NaiveTime::from_hms_opt(8, 30, 0).unwrap()),
                platform: Some(platform_id),
                theme: Some(theme_id),
                title: title.into(),
                status: Status::InReview,
                ..CalendarItem::default()
            });
        }

        let doc = build_document(&plan, Locale::ZhCn, day(11, 26));
        let strategy = texts(&doc.sections[0]);
        assert!(strategy.contains("（首要）"), "{strategy}");
        assert!(strategy.contains("小红书"), "{strategy}");
        let personas = texts(&doc.sections[1]);
        assert!(personas.contains("林小雨 · 核心画像"), "{personas}");
        let content = texts(&doc.sections[5]);
        assert!(content.contains("用户故事"), "{content}");
        assert!(content.contains("40%"), "{content}");
        assert!(content.contains("林小雨"), "{content}");
        assert!(content.contains("审核中"), "{content}");
        let earlier = content.find("Earlier").unwrap();
        let later = content.find("Later").unwrap();
        assert!(earlier < later, "calendar rows are in date order");

        let md = to_markdown(&doc);
        assert!(md.contains("## 一、社交媒体的战略角色\n"), "{md}");
        assert!(
            md.contains("| 日期 | 平台 | 主题 | 形式 | 标题 | 负责人 | 状态 |"),
            "{md}"
        );
        assert!(md.contains("08:30"), "{md}");
    }
}
