//! Small builders the worked examples share: text in the chosen language, records with ids from
//! the plan's own allocator, and calendar items whose status, principles and sign-offs follow
//! from how far ahead they lie.
//!
//! Pure: must not import leptos views, web-sys, gloo or wasm-bindgen; "today" is a parameter.

use chrono::{Days, Months, NaiveDate, NaiveTime};

use crate::model::{
    Activity, ApprovalStep, BrandColour, Cadence, CalendarItem, Department, DepartmentKind, Format,
    Goal, Id, Meeting, Person, Plan, Platform, PlatformFormats, PlatformKind, Principle, Priority,
    ProgressEntry, Raci, RaciCell, RoleAssignment, SignOff, Status, StrategicRole,
    StrategicRoleKind, TeamRole, TeamRoleKind, Theme, ThemeKind,
};

/// The language an example is written in: picks the Chinese or the English text.
#[derive(Clone, Copy, Debug)]
pub struct Lang(pub bool);

impl Lang {
    /// The Chinese text when the example is Chinese, else the English one.
    pub fn s(self, zh: &str, en: &str) -> String {
        if self.0 { zh } else { en }.to_string()
    }

    /// A list in the chosen language (the two lists may differ in length).
    pub fn v(self, zh: &[&str], en: &[&str]) -> Vec<String> {
        if self.0 { zh } else { en }
            .iter()
            .map(|s| s.to_string())
            .collect()
    }
}

/// `today` moved by `days` (negative: earlier).
pub fn day(today: NaiveDate, days: i64) -> NaiveDate {
    let step = Days::new(days.unsigned_abs());
    if days >= 0 {
        today.checked_add_days(step)
    } else {
        today.checked_sub_days(step)
    }
    .unwrap_or(today)
}

/// `date` moved forward by whole months.
pub fn months_after(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months)).unwrap_or(date)
}

/// Adds a strategic role and returns its id.
pub fn strategic_role(plan: &mut Plan, kind: StrategicRoleKind, why: String) -> Id {
    let id = plan.allocate_id();
    plan.strategy.roles.push(StrategicRole {
        id,
        kind,
        custom_name: String::new(),
        why,
    });
    id
}

/// How a platform is listed in step 1.
pub struct PlatformSpec {
    pub kind: PlatformKind,
    /// Only for custom platforms.
    pub custom_name: String,
    pub role: Id,
    pub priority: Priority,
    pub account: String,
    pub url: String,
}

/// Adds a platform and returns its id.
pub fn platform(plan: &mut Plan, spec: PlatformSpec) -> Id {
    let id = plan.allocate_id();
    plan.strategy.platforms.push(Platform {
        id,
        kind: spec.kind,
        custom_name: spec.custom_name,
        role: Some(spec.role),
        priority: spec.priority,
        account: spec.account,
        url: spec.url,
    });
    id
}

/// Adds a goal (its id and progress ids allocated here) and returns its id. `progress` holds
/// (days before today, value, note).
pub fn goal(plan: &mut Plan, goal: Goal, today: NaiveDate, progress: &[(i64, f64, String)]) -> Id {
    let id = plan.allocate_id();
    let entries = progress
        .iter()
        .map(|(days_ago, value, note)| ProgressEntry {
            id: plan.allocate_id(),
            date: day(today, -days_ago),
            value: *value,
            note: note.clone(),
        })
        .collect();
    plan.goals.push(Goal {
        id,
        progress: entries,
        ..goal
    });
    id
}

/// Adds a team role and returns its id.
pub fn team_role(
    plan: &mut Plan,
    kind: TeamRoleKind,
    name: String,
    duties: Vec<String>,
    skills: Vec<String>,
) -> Id {
    let id = plan.allocate_id();
    plan.team.roles.push(TeamRole {
        id,
        kind,
        name,
        duties,
        skills,
    });
    id
}

/// Adds a person with their availability and (role, percent) assignments.
pub fn person(plan: &mut Plan, name: String, availability: u16, assignments: &[(Id, u16)]) -> Id {
    let id = plan.allocate_id();
    plan.team.people.push(Person {
        id,
        name,
        availability,
        assignments: assignments
            .iter()
            .map(|(role, percent)| RoleAssignment {
                role: *role,
                percent: *percent,
            })
            .collect(),
    });
    id
}

/// Sets the responsibility matrix, one row per activity: (activity, [(role, letter)]).
pub fn raci(plan: &mut Plan, rows: &[(Activity, &[(Id, Raci)])]) {
    plan.team.raci = rows
        .iter()
        .flat_map(|(activity, cells)| {
            cells.iter().map(move |(role, letter)| RaciCell {
                activity: *activity,
                role: *role,
                letter: *letter,
            })
        })
        .collect();
}

/// Adds an approval step and returns its id.
pub fn approval_step(plan: &mut Plan, role: Option<Id>, label: String, hours: u32) -> Id {
    let id = plan.allocate_id();
    plan.team.approval_path.push(ApprovalStep {
        id,
        role,
        label,
        hours: Some(hours),
    });
    id
}

/// One planned post, before its status is worked out.
pub struct Post {
    /// Days after today.
    pub day: i64,
    /// Hour of the day, when the time is fixed.
    pub hour: Option<u32>,
    pub platform: Id,
    pub theme: Id,
    pub format: Format,
    pub persona: Id,
    pub goal: Id,
    pub owner: Id,
    pub title: String,
    pub brief: String,
}

/// Where an item stands, from how far ahead it lies: today's is out, this week's are scheduled
/// or approved, then in review, drafting, and ideas from four weeks on.
pub fn status_for(days_ahead: i64) -> Status {
    match days_ahead {
        i64::MIN..=0 => Status::Published,
        1..=4 => Status::Scheduled,
        5..=9 => Status::Approved,
        10..=15 => Status::InReview,
        16..=27 => Status::Drafting,
        _ => Status::Idea,
    }
}

fn principles_for(status: Status) -> Vec<Principle> {
    match status {
        Status::Idea => Vec::new(),
        Status::Drafting => vec![Principle::Value],
        Status::InReview => vec![Principle::Value, Principle::Originality],
        Status::Approved | Status::Scheduled | Status::Published => Principle::ALL.to_vec(),
    }
}

/// Adds calendar items for `posts`. `signers` names who signs each approval step (in path
/// order): items past review carry every sign-off, items in review the first one.
pub fn calendar(plan: &mut Plan, today: NaiveDate, signers: &[(Id, String)], posts: Vec<Post>) {
    for post in posts {
        let status = status_for(post.day);
        let signed = match status {
            Status::Approved | Status::Scheduled | Status::Published => signers.len(),
            Status::InReview => signers.len().min(1),
            Status::Idea | Status::Drafting => 0,
        };
        let sign_offs = signers
            .iter()
            .take(signed)
            .enumerate()
            .map(|(i, (step, by))| SignOff {
                step: *step,
                by: by.clone(),
                on: Some(day(today, i as i64 - signers.len() as i64)),
            })
            .collect();
        let id = plan.allocate_id();
        plan.content.calendar.push(CalendarItem {
            id,
            date: day(today, post.day),
            time: post.hour.and_then(|h| NaiveTime::from_hms_opt(h, 0, 0)),
            platform: Some(post.platform),
            theme: Some(post.theme),
            format: Some(post.format),
            title: post.title,
            brief: post.brief,
            personas: vec![post.persona],
            goal: Some(post.goal),
            owner_role: Some(post.owner),
            status,
            sign_offs,
            principles: principles_for(status),
        });
    }
}

/// The absolute claims an English-language plan avoids: the starter list without its Chinese
/// terms, plus the claims UK and US advertising codes ask to substantiate.
pub fn english_forbidden_claims() -> Vec<String> {
    [
        "best",
        "number one",
        "100%",
        "guaranteed",
        "unbeatable",
        "world-class",
        "world-leading",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

/// Adds departments: kind, custom name (for `Custom`), how they are involved, contact.
pub fn add_departments(
    plan: &mut Plan,
    list: impl IntoIterator<Item = (DepartmentKind, String, String, String)>,
) {
    for (kind, custom_name, involvement, contact) in list {
        let id = plan.allocate_id();
        plan.team.departments.push(Department {
            id,
            kind,
            custom_name,
            involvement,
            contact,
        });
    }
}

/// Adds recurring meetings: name, cadence, participants, purpose.
pub fn add_meetings(
    plan: &mut Plan,
    list: impl IntoIterator<Item = (String, Cadence, Vec<String>, String)>,
) {
    for (name, cadence, participants, purpose) in list {
        let id = plan.allocate_id();
        plan.team.meetings.push(Meeting {
            id,
            name,
            cadence,
            participants,
            purpose,
        });
    }
}

/// One content theme: kind, own name, description, personas, goals, target share in percent.
pub type ThemeSpec = (ThemeKind, String, String, Vec<Id>, Vec<Id>, u8);

/// Adds content themes and returns their ids in the same order.
pub fn add_themes<const N: usize>(plan: &mut Plan, list: [ThemeSpec; N]) -> [Id; N] {
    list.map(|(kind, name, description, personas, goals, share)| {
        let id = plan.allocate_id();
        plan.content.themes.push(Theme {
            id,
            kind,
            name,
            description,
            personas,
            goals,
            share: Some(share),
        });
        id
    })
}

/// Adds formats and a weekly cadence per platform.
pub fn add_formats(plan: &mut Plan, list: impl IntoIterator<Item = (Id, Vec<Format>, u16)>) {
    for (platform, formats, per_week) in list {
        let id = plan.allocate_id();
        plan.content.formats.push(PlatformFormats {
            id,
            platform,
            formats,
            posts_per_week: Some(per_week),
        });
    }
}

/// Adds brand colours: name and `#rrggbb`.
pub fn add_colours<'a>(plan: &mut Plan, list: impl IntoIterator<Item = (String, &'a str)>) {
    for (name, hex) in list {
        let id = plan.allocate_id();
        plan.content.style.colours.push(BrandColour {
            id,
            name,
            hex: hex.into(),
        });
    }
}
