//! The content calendar as files other tools open: iCalendar (`.ics`, RFC 5545) for Google,
//! Apple and Outlook calendars, and CSV (RFC 4180) for Excel, Numbers and LibreOffice.
//!
//! Pure: text in, text out; the download itself lives in the views, and "now" is a parameter.
//!
//! # iCalendar rules
//! - One `VEVENT` per calendar item, sorted by date, time, title and id so two exports of the same
//!   plan are identical apart from `DTSTAMP`.
//! - `UID` is `item-<item id>-plan-<plan id>@social-playbook`: the item id never changes and the
//!   plan id is chosen once when the plan is created, so importing a newer export updates the
//!   events instead of duplicating them. A plan without an id uses its creation time instead.
//! - An item without a time is an all-day event: `DTSTART;VALUE=DATE` and `DTEND` the next day
//!   (exclusive, as RFC 5545 says). An item with a time is a [`TIMED_ITEM_MINUTES`]-minute event in
//!   floating local time (no `TZID`): a post planned at 09:00 shows at 09:00 wherever the team
//!   opens it, which is what a posting schedule means.
//! - `SUMMARY` is the title, or "theme · format" (whichever are set) when the title is empty, or a
//!   generic word when neither is. `DESCRIPTION` is the brief followed by one labelled line each
//!   for platform, theme, format, status, owner role, personas and goal, in the chosen language.
//!   `CATEGORIES` names the theme and the platform. `STATUS` is `TENTATIVE` until the item is
//!   approved, then `CONFIRMED`.
//! - Text values escape `\`, `;`, `,` and line breaks (`\n`); other control characters are
//!   dropped. Lines end in CRLF and are folded so no line exceeds 75 octets, never inside a UTF-8
//!   character.
//!
//! # CSV rules
//! - UTF-8 with a byte order mark (so Excel shows Chinese), CRLF line ends, a header row in the
//!   chosen language, then one row per item in the same order as the `.ics`.
//! - A field is quoted when it holds a comma, a quote, CR or LF, with quotes doubled.
//! - A user-typed field starting with `=`, `+`, `-` or `@` gets a leading `'` so a spreadsheet shows
//!   it as text instead of running it as a formula (CSV injection).

use chrono::{Days, NaiveDate, NaiveDateTime, TimeDelta};

use crate::i18n::content_names::{format_label, status_name, theme_label};
use crate::i18n::files::CalendarFileText;
use crate::i18n::personas::PersonaText;
use crate::i18n::strategy::platform_label;
use crate::i18n::team_names::team_role_label;
use crate::i18n::{join_list, labelled, t, Locale};
use crate::model::{CalendarItem, Id, Plan, Status};

/// How long a timed item lasts in the `.ics`, in minutes.
pub const TIMED_ITEM_MINUTES: i64 = 60;

/// The longest line an iCalendar file may have, in octets, without its CRLF.
pub const ICS_LINE_OCTETS: usize = 75;

/// The byte order mark that starts the CSV.
pub const CSV_BOM: char = '\u{feff}';

/// The columns of the CSV, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalendarColumn {
    Date,
    Time,
    Platform,
    Theme,
    Format,
    Title,
    Brief,
    Status,
    Owner,
    Personas,
    Goal,
}

impl CalendarColumn {
    /// Every column, in file order.
    pub const ALL: [CalendarColumn; 11] = [
        CalendarColumn::Date,
        CalendarColumn::Time,
        CalendarColumn::Platform,
        CalendarColumn::Theme,
        CalendarColumn::Format,
        CalendarColumn::Title,
        CalendarColumn::Brief,
        CalendarColumn::Status,
        CalendarColumn::Owner,
        CalendarColumn::Personas,
        CalendarColumn::Goal,
    ];

    /// The column's header (also the label of the line in an event's description).
    pub fn name(self, locale: Locale) -> &'static str {
        let text = match self {
            CalendarColumn::Date => CalendarFileText::Date,
            CalendarColumn::Time => CalendarFileText::Time,
            CalendarColumn::Platform => CalendarFileText::Platform,
            CalendarColumn::Theme => CalendarFileText::Theme,
            CalendarColumn::Format => CalendarFileText::Format,
            CalendarColumn::Title => CalendarFileText::Title,
            CalendarColumn::Brief => CalendarFileText::Brief,
            CalendarColumn::Status => CalendarFileText::Status,
            CalendarColumn::Owner => CalendarFileText::Owner,
            CalendarColumn::Personas => CalendarFileText::Personas,
            CalendarColumn::Goal => CalendarFileText::Goal,
        };
        t(locale, text)
    }
}

/// An item's words resolved against the plan, in one language (empty when not set or when the
/// record it points to is gone).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ItemLabels {
    pub platform: String,
    pub theme: String,
    pub format: String,
    pub status: String,
    pub owner: String,
    pub personas: Vec<String>,
    pub goal: String,
}

impl ItemLabels {
    /// The labels of `item` in `plan`.
    pub fn of(plan: &Plan, item: &CalendarItem, locale: Locale) -> ItemLabels {
        let platform = item
            .platform
            .and_then(|id| plan.strategy.platforms.iter().find(|p| p.id == id))
            .map(|p| platform_label(locale, p))
            .unwrap_or_default();
        let theme = item
            .theme
            .and_then(|id| plan.content.themes.iter().find(|t| t.id == id))
            .map(|t| theme_label(locale, t))
            .unwrap_or_default();
        let format = item
            .format
            .map(|f| format_label(locale, f, &plan.content))
            .unwrap_or_default();
        let owner = item
            .owner_role
            .and_then(|id| plan.team.roles.iter().find(|r| r.id == id))
            .map(|r| team_role_label(locale, r))
            .unwrap_or_default();
        let personas = item
            .personas
            .iter()
            .filter_map(|id| plan.personas.iter().find(|p| p.id == *id))
            .map(|p| {
                let name = p.name.trim();
                if name.is_empty() {
                    t(locale, PersonaText::UnnamedPersona).to_string()
                } else {
                    name.to_string()
                }
            })
            .collect();
        let goal = item
            .goal
            .and_then(|id| plan.goals.iter().find(|g| g.id == id))
            .map(|g| {
                let title = g.title.trim();
                if title.is_empty() {
                    t(locale, CalendarFileText::UntitledGoal).to_string()
                } else {
                    title.to_string()
                }
            })
            .unwrap_or_default();
        ItemLabels {
            platform,
            theme,
            format,
            status: status_name(locale, item.status).to_string(),
            owner,
            personas,
            goal,
        }
    }

    /// The personas as one text ("A、B" in Chinese, "A, B" in English).
    pub fn personas_joined(&self, locale: Locale) -> String {
        join_list(locale, self.personas.iter().map(String::as_str))
    }
}

/// The plan's items in export order: date, time (untimed first), title, id.
pub fn items_in_export_order(plan: &Plan) -> Vec<&CalendarItem> {
    let mut items: Vec<&CalendarItem> = plan.content.calendar.iter().collect();
    items.sort_by(|a, b| (a.date, a.time, &a.title, a.id).cmp(&(b.date, b.time, &b.title, b.id)));
    items
}

/// The `UID` of an item's event, stable across exports of the same plan.
pub fn event_uid(plan: &Plan, item_id: Id) -> String {
    let plan_part: String = plan
        .id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    let plan_part = if plan_part.is_empty() {
        plan.created_at.format("%Y%m%dT%H%M%SZ").to_string()
    } else {
        plan_part
    };
    format!("item-{item_id}-plan-{plan_part}@social-playbook")
}

/// The summary an item's event shows: its title, else theme and format, else a generic word.
pub fn event_summary(item: &CalendarItem, labels: &ItemLabels, locale: Locale) -> String {
    let title = item.title.trim();
    if !title.is_empty() {
        return title.to_string();
    }
    let parts: Vec<&str> = [labels.theme.as_str(), labels.format.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    if parts.is_empty() {
        t(locale, CalendarFileText::PlannedPost).to_string()
    } else {
        parts.join(" · ")
    }
}

/// The description of an item's event: the brief, then one labelled line per set field.
pub fn event_description(item: &CalendarItem, labels: &ItemLabels, locale: Locale) -> String {
    let personas = labels.personas_joined(locale);
    let lines: Vec<String> = [
        (CalendarColumn::Platform, labels.platform.as_str()),
        (CalendarColumn::Theme, labels.theme.as_str()),
        (CalendarColumn::Format, labels.format.as_str()),
        (CalendarColumn::Status, labels.status.as_str()),
        (CalendarColumn::Owner, labels.owner.as_str()),
        (CalendarColumn::Personas, personas.as_str()),
        (CalendarColumn::Goal, labels.goal.as_str()),
    ]
    .into_iter()
    .filter(|(_, value)| !value.is_empty())
    .map(|(column, value)| labelled(locale, column.name(locale), value))
    .collect();
    let brief = item.brief.trim();
    let details = lines.join("\n");
    if brief.is_empty() {
        details
    } else {
        format!("{brief}\n\n{details}")
    }
}

/// The `STATUS` of an item's event: tentative until approved, then confirmed.
pub fn event_status(status: Status) -> &'static str {
    match status {
        Status::Idea | Status::Drafting | Status::InReview => "TENTATIVE",
        Status::Approved | Status::Scheduled | Status::Published => "CONFIRMED",
    }
}

/// Escapes an iCalendar TEXT value: `\` `;` `,` and line breaks; other control characters go.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded at [`ICS_LINE_OCTETS`] octets on character boundaries, with
/// CRLF after every physical line.
pub fn push_folded(out: &mut String, line: &str) {
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > ICS_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
}

fn ics_date(date: NaiveDate) -> String {
    date.format("%Y%m%d").to_string()
}

fn ics_local_time(at: NaiveDateTime) -> String {
    at.format("%Y%m%dT%H%M%S").to_string()
}

/// The content calendar of `plan` as an iCalendar file (see the module's rules).
pub fn calendar_ics(plan: &Plan, locale: Locale, stamp_utc: NaiveDateTime) -> String {
    let mut out = String::new();
    let calendar_name = if plan.name.trim().is_empty() {
        t(locale, CalendarFileText::CalendarName).to_string()
    } else {
        plan.name.trim().to_string()
    };
    let lang = locale.tag();
    for line in [
        "BEGIN:VCALENDAR".to_string(),
        format!(
            "PRODID:-//Social Playbook//Content calendar//{}",
            lang.to_uppercase()
        ),
        "VERSION:2.0".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        format!("X-WR-CALNAME:{}", escape_text(&calendar_name)),
    ] {
        push_folded(&mut out, &line);
    }
    let stamp = stamp_utc.format("%Y%m%dT%H%M%SZ").to_string();
    for item in items_in_export_order(plan) {
        let labels = ItemLabels::of(plan, item, locale);
        push_folded(&mut out, "BEGIN:VEVENT");
        push_folded(&mut out, &format!("UID:{}", event_uid(plan, item.id)));
        push_folded(&mut out, &format!("DTSTAMP:{stamp}"));
        match item.time {
            Some(time) => {
                let start = item.date.and_time(time);
                let end = start
                    .checked_add_signed(TimeDelta::minutes(TIMED_ITEM_MINUTES))
                    .unwrap_or(start);
                push_folded(&mut out, &format!("DTSTART:{}", ics_local_time(start)));
                push_folded(&mut out, &format!("DTEND:{}", ics_local_time(end)));
            }
            None => {
                let end = item
                    .date
                    .checked_add_days(Days::new(1))
                    .unwrap_or(item.date);
                push_folded(
                    &mut out,
                    &format!("DTSTART;VALUE=DATE:{}", ics_date(item.date)),
                );
                push_folded(&mut out, &format!("DTEND;VALUE=DATE:{}", ics_date(end)));
                push_folded(&mut out, "TRANSP:TRANSPARENT");
            }
        }
        let summary = event_summary(item, &labels, locale);
        push_folded(&mut out, &format!("SUMMARY:{}", escape_text(&summary)));
        let description = event_description(item, &labels, locale);
        if !description.is_empty() {
            push_folded(
                &mut out,
                &format!("DESCRIPTION:{}", escape_text(&description)),
            );
        }
        let categories: Vec<String> = [&labels.theme, &labels.platform]
            .into_iter()
            .filter(|s| !s.is_empty())
            .map(|s| escape_text(s))
            .collect();
        if !categories.is_empty() {
            push_folded(&mut out, &format!("CATEGORIES:{}", categories.join(",")));
        }
        push_folded(&mut out, &format!("STATUS:{}", event_status(item.status)));
        push_folded(&mut out, "END:VEVENT");
    }
    push_folded(&mut out, "END:VCALENDAR");
    out
}

/// A spreadsheet would run a cell starting with one of these as a formula.
fn starts_like_formula(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@'])
}

/// One CSV field: defused against formulas when typed by a user, quoted when needed.
fn push_csv_field(out: &mut String, value: &str, typed_by_user: bool) {
    let defused;
    let value = if typed_by_user && starts_like_formula(value) {
        defused = format!("'{value}");
        defused.as_str()
    } else {
        value
    };
    if value.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

fn push_csv_row(out: &mut String, fields: &[(String, bool)]) {
    for (index, (value, typed_by_user)) in fields.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        push_csv_field(out, value, *typed_by_user);
    }
    out.push_str("\r\n");
}

/// The content calendar of `plan` as CSV (see the module's rules).
pub fn calendar_csv(plan: &Plan, locale: Locale) -> String {
    let mut out = String::new();
    out.push(CSV_BOM);
    let header: Vec<(String, bool)> = CalendarColumn::ALL
        .iter()
        .map(|c| (c.name(locale).to_string(), false))
        .collect();
    push_csv_row(&mut out, &header);
    for item in items_in_export_order(plan) {
        let labels = ItemLabels::of(plan, item, locale);
        let personas = labels.personas_joined(locale);
        let row: Vec<(String, bool)> = CalendarColumn::ALL
            .iter()
            .map(|column| match column {
                CalendarColumn::Date => (item.date.format("%Y-%m-%d").to_string(), false),
                CalendarColumn::Time => (
                    item.time
                        .map(|t| t.format("%H:%M").to_string())
                        .unwrap_or_default(),
                    false,
                ),
                CalendarColumn::Platform => (labels.platform.clone(), true),
                CalendarColumn::Theme => (labels.theme.clone(), true),
                CalendarColumn::Format => (labels.format.clone(), true),
                CalendarColumn::Title => (item.title.clone(), true),
                CalendarColumn::Brief => (item.brief.clone(), true),
                CalendarColumn::Status => (labels.status.clone(), false),
                CalendarColumn::Owner => (labels.owner.clone(), true),
                CalendarColumn::Personas => (personas.clone(), true),
                CalendarColumn::Goal => (labels.goal.clone(), true),
            })
            .collect();
        push_csv_row(&mut out, &row);
    }
    out
}

/// A file name for the calendar export, e.g. `cafe-plan-content-calendar.ics`, built from the
/// plan's name like [`crate::io::envelope::export_file_name`]. `ext` is given without a dot.
pub fn calendar_file_name(plan: &Plan, ext: &str) -> String {
    // The plan export's name is "<stem>-<date><suffix>"; the stem rules are shared through it.
    let any_day = NaiveDate::default();
    let plan_file = crate::io::envelope::export_file_name(plan, any_day);
    let tail = format!(
        "-{}{}",
        any_day.format("%Y-%m-%d"),
        crate::io::envelope::FILE_SUFFIX
    );
    let stem = plan_file.strip_suffix(&tail).unwrap_or("plan");
    let ext: String = ext
        .trim_start_matches('.')
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    format!("{stem}-content-calendar.{ext}")
}

/// Reads CSV text (RFC 4180, with or without a BOM) back into rows of fields.
#[cfg(test)]
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix(CSV_BOM).unwrap_or(text);
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' => quoted = true,
            ',' => row.push(std::mem::take(&mut field)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            c => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, NaiveTime, Utc};

    use super::*;
    use crate::model::{Platform, PlatformKind, Theme, ThemeKind};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn stamp() -> NaiveDateTime {
        d(2026, 11, 26).and_hms_opt(12, 0, 0).unwrap()
    }

    fn plan() -> Plan {
        let mut plan = Plan::new("p1x", "咖啡馆, 2027", "", DateTime::<Utc>::default());
        plan.strategy.platforms.push(Platform {
            id: 10,
            kind: PlatformKind::Weibo,
            ..Platform::default()
        });
        plan.content.themes.push(Theme {
            id: 20,
            kind: ThemeKind::UserStories,
            ..Theme::default()
        });
        plan.content.calendar.push(CalendarItem {
            id: 2,
            date: d(2027, 1, 5),
            time: Some(NaiveTime::from_hms_opt(23, 30, 0).unwrap()),
            platform: Some(10),
            theme: Some(20),
            title: "晚间直播; 预告, 第二场".into(),
            ..CalendarItem::default()
        });
        plan.content.calendar.push(CalendarItem {
            id: 1,
            date: d(2027, 1, 5),
            theme: Some(20),
            ..CalendarItem::default()
        });
        plan
    }

    /// Unfolds folded lines and splits on CRLF.
    fn unfolded(ics: &str) -> Vec<String> {
        ics.replace("\r\n ", "")
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn escaping_covers_the_four_specials_and_line_breaks() {
        assert_eq!(escape_text("a\\b;c,d\ne"), "a\\\\b\\;c\\,d\\ne");
        assert_eq!(escape_text("a\r\nb\rc"), "a\\nb\\nc");
        assert_eq!(escape_text("x\u{7}y\tz"), "xy z");
    }

    #[test]
    fn folding_never_exceeds_75_octets_nor_splits_a_character() {
        let long = format!("DESCRIPTION:{}", "春节快乐🧧,".repeat(40));
        let mut out = String::new();
        push_folded(&mut out, &long);
        assert!(out.ends_with("\r\n"));
        for line in out.trim_end_matches("\r\n").split("\r\n") {
            assert!(line.len() <= ICS_LINE_OCTETS, "{} octets", line.len());
        }
        assert_eq!(out.replace("\r\n ", "").trim_end(), long);
        let mut short = String::new();
        push_folded(&mut short, "SUMMARY:x");
        assert_eq!(short, "SUMMARY:x\r\n");
    }

    #[test]
    fn ics_has_calendar_header_and_one_event_per_item_in_order() {
        let ics = calendar_ics(&plan(), Locale::En, stamp());
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n'));
        let lines = unfolded(&ics);
        for expected in [
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:咖啡馆\\, 2027",
            "DTSTAMP:20261126T120000Z",
        ] {
            assert!(lines.iter().any(|l| l == expected), "{expected}");
        }
        let uids: Vec<&String> = lines.iter().filter(|l| l.starts_with("UID:")).collect();
        assert_eq!(
            uids,
            vec![
                "UID:item-1-plan-p1x@social-playbook",
                "UID:item-2-plan-p1x@social-playbook"
            ]
        );
        // The all-day item: a DATE start, the next day as its exclusive end.
        assert!(lines.contains(&"DTSTART;VALUE=DATE:20270105".to_string()));
        assert!(lines.contains(&"DTEND;VALUE=DATE:20270106".to_string()));
        assert!(lines.contains(&"SUMMARY:User stories".to_string()));
        // The timed item runs an hour, across midnight, in floating time.
        assert!(lines.contains(&"DTSTART:20270105T233000".to_string()));
        assert!(lines.contains(&"DTEND:20270106T003000".to_string()));
        assert!(lines.contains(&"SUMMARY:晚间直播\\; 预告\\, 第二场".to_string()));
        assert!(lines.contains(&"CATEGORIES:User stories,Weibo".to_string()));
        assert!(lines.contains(&"STATUS:TENTATIVE".to_string()));
    }

    #[test]
    fn uids_are_stable_across_exports_and_edits() {
        let mut plan = plan();
        let first = calendar_ics(&plan, Locale::ZhCn, stamp());
        plan.content.calendar[0].title = "改过的标题".into();
        let later = calendar_ics(&plan, Locale::En, stamp() + TimeDelta::days(3));
        let uids = |ics: &str| -> Vec<String> {
            unfolded(ics)
                .into_iter()
                .filter(|l| l.starts_with("UID:"))
                .collect()
        };
        assert_eq!(uids(&first), uids(&later));
        plan.id.clear();
        assert_eq!(
            event_uid(&plan, 7),
            "item-7-plan-19700101T000000Z@social-playbook"
        );
    }

    #[test]
    fn description_lists_labelled_fields_in_the_language() {
        let plan = plan();
        let item = &plan.content.calendar[0];
        let labels = ItemLabels::of(&plan, item, Locale::ZhCn);
        let description = event_description(item, &labels, Locale::ZhCn);
        assert!(description.contains("平台：微博"), "{description}");
        assert!(description.contains("状态：创意"), "{description}");
        let mut with_brief = item.clone();
        with_brief.brief = "第一行\n第二行".into();
        let description = event_description(&with_brief, &labels, Locale::En);
        assert!(description.starts_with("第一行\n第二行\n\nPlatform: "));
    }

    #[test]
    fn status_maps_to_tentative_then_confirmed() {
        assert_eq!(event_status(Status::InReview), "TENTATIVE");
        assert_eq!(event_status(Status::Approved), "CONFIRMED");
        assert_eq!(event_status(Status::Published), "CONFIRMED");
    }

    #[test]
    fn csv_starts_with_a_bom_and_reads_back() {
        let mut plan = plan();
        plan.content.calendar[0].brief = "说 \"你好\", 然后\r\n换行".into();
        plan.content.calendar[1].title = "=HYPERLINK(\"x\")".into();
        let csv = calendar_csv(&plan, Locale::ZhCn);
        assert!(csv.starts_with('\u{feff}'));
        assert!(csv.ends_with("\r\n"));
        let rows = parse_csv(&csv);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0][0], "日期");
        assert_eq!(rows[0].len(), CalendarColumn::ALL.len());
        // Ordered by date, then time (the all-day item first).
        assert_eq!(rows[1][0], "2027-01-05");
        assert_eq!(rows[1][1], "");
        assert_eq!(rows[1][5], "'=HYPERLINK(\"x\")");
        assert_eq!(rows[2][1], "23:30");
        assert_eq!(rows[2][2], "微博");
        assert_eq!(rows[2][5], "晚间直播; 预告, 第二场");
        assert_eq!(rows[2][6], "说 \"你好\", 然后\r\n换行");
        assert!(rows.iter().all(|r| r.len() == CalendarColumn::ALL.len()));
    }

    #[test]
    fn file_names_follow_the_plan_name() {
        let mut plan = plan();
        assert_eq!(
            calendar_file_name(&plan, "ics"),
            "咖啡馆,-2027-content-calendar.ics"
        );
        plan.name = "Café / Plan".into();
        assert_eq!(
            calendar_file_name(&plan, ".csv"),
            "café-plan-content-calendar.csv"
        );
        plan.name.clear();
        assert_eq!(
            calendar_file_name(&plan, "ics"),
            "plan-content-calendar.ics"
        );
    }
}
