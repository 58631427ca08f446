//! The catalogue: every group of texts, gathered into [`Key`] (any one text) and into two tables
//! per language: [`Catalogue`], the texts of the frame, the welcome view and step 1, and
//! [`LateCatalogue`], the texts of steps 2–6, the handbook and the workshop pages. Adding a group
//! here is all it takes to make its texts reachable through `super::t`.
//!
//! [`EN`], [`ZH`], [`EN_LATE`] and [`ZH_LATE`] are read in exactly one place each: the loader that
//! hands a language to the running app (`crate::web::texts` in the release build,
//! `super::catalogue_of` elsewhere). In the release build each sits in its own lazily loaded part
//! of the wasm, so a visitor downloads only the language they read, and its late half only a
//! moment after the first view or when a later step opens.

use super::app::{AppText, StepText};
use super::calendar::CalendarText;
use super::content::ContentText;
use super::content_names::ContentNameText;
use super::device::DeviceText;
use super::examples::ExampleText;
use super::files::{CalendarFileText, ImportText};
use super::findings::FindingText;
use super::goal_chart::GoalChartText;
use super::goal_editor::GoalText;
use super::goal_numbers::GoalNumberText;
use super::goal_progress::GoalProgressText;
use super::goal_reasons::SmartReasonText;
use super::goals::GoalWordText;
use super::handbook::{HandbookTeamText, HandbookText, HandbookUiText, ShareText};
use super::marketing_dates::MarketingDateText;
use super::personas::PersonaText;
use super::present::PresentText;
use super::shared::SharedText;
use super::strategy::{BrandText, StrategyText};
use super::team::TeamText;
use super::team_names::TeamRoleText;
use super::voice::VoiceText;
use super::welcome::WelcomeText;
use super::workshop::WorkshopText;
use super::workshop_join::JoinText;
use super::workshop_page::FacilitatorText;
use super::workshop_room::RoomText;
use super::Enumerable;

macro_rules! catalogue {
    (
        frame { $( $(#[$meta:meta])* $group:ident($ty:ty) => $field:ident, )* }
        late { $( $(#[$late_meta:meta])* $late_group:ident($late_ty:ty) => $late_field:ident, )* }
    ) => {
        /// One piece of interface text: a text of one of the groups.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key {
            $( $(#[$meta])* $group($ty), )*
            $( $(#[$late_meta])* $late_group($late_ty), )*
        }

        $(
            impl From<$ty> for Key {
                fn from(text: $ty) -> Key {
                    Key::$group(text)
                }
            }
        )*
        $(
            impl From<$late_ty> for Key {
                fn from(text: $late_ty) -> Key {
                    Key::$late_group(text)
                }
            }
        )*

        impl Key {
            /// Every text of every group.
            pub fn all() -> Vec<Key> {
                let mut keys = Vec::new();
                $( keys.extend(<$ty as Enumerable>::VALUES.iter().map(|t| Key::$group(*t))); )*
                $( keys.extend(<$late_ty as Enumerable>::VALUES.iter().map(|t| Key::$late_group(*t))); )*
                keys
            }

            /// Whether the text is in the language's late half ([`LateCatalogue`]).
            pub fn is_late(self) -> bool {
                matches!(self, $( Key::$late_group(_) )|*)
            }
        }

        /// The texts of one language that the first view and step 1 need, a table per group.
        pub struct Catalogue {
            $( $field: &'static [&'static str], )*
        }

        impl Catalogue {
            /// The text of `key`; empty for a text of the late half (and if a table were shorter
            /// than its group, which the `texts!` macro rules out).
            pub fn get(&self, key: Key) -> &'static str {
                let (table, index) = match key {
                    $( Key::$group(text) => (self.$field, text as usize), )*
                    _ => return "",
                };
                table.get(index).copied().unwrap_or("")
            }
        }

        /// The texts of one language that later steps and pages need, a table per group.
        pub struct LateCatalogue {
            $( $late_field: &'static [&'static str], )*
        }

        impl LateCatalogue {
            /// The text of `key`; empty for a text of the first half.
            pub fn get(&self, key: Key) -> &'static str {
                let (table, index) = match key {
                    $( Key::$late_group(text) => (self.$late_field, text as usize), )*
                    _ => return "",
                };
                table.get(index).copied().unwrap_or("")
            }
        }

        /// The English catalogue's first half.
        pub static EN: Catalogue = Catalogue { $( $field: <$ty>::EN, )* };

        /// The Chinese catalogue's first half.
        pub static ZH: Catalogue = Catalogue { $( $field: <$ty>::ZH, )* };

        /// The English catalogue's late half.
        pub static EN_LATE: LateCatalogue = LateCatalogue { $( $late_field: <$late_ty>::EN, )* };

        /// The Chinese catalogue's late half.
        pub static ZH_LATE: LateCatalogue = LateCatalogue { $( $late_field: <$late_ty>::ZH, )* };
    };
}

catalogue! {
    frame {
        /// The frame: header, plan menu, dialogs, banners, import.
        App(AppText) => app,
        /// Step names, questions and reasons.
        Steps(StepText) => steps,
        /// Shared widgets.
        Shared(SharedText) => shared,
        /// Step 1.
        Strategy(StrategyText) => strategy,
        /// Share links.
        Share(ShareText) => share,
        /// The welcome view and the data page.
        Welcome(WelcomeText) => welcome,
        /// Latin brand names, written alike in both languages.
        Brand(BrandText) => brand,
        /// The findings of the checks and the checkpoints.
        Findings(FindingText) => findings,
        /// The worked examples' names and summaries.
        Examples(ExampleText) => examples,
        /// Why an import was refused, and what is worth knowing about one that was accepted.
        Import(ImportText) => import,
        /// The facilitator's workshop page: set-up, hand-out, QR code, handout.
        Facilitator(FacilitatorText) => facilitator,
        /// What a table sees: the join page, the session bar, the hand-in.
        Join(JoinText) => join,
        /// In-app browsers and copying exports.
        Device(DeviceText) => device,
        /// Projector mode and worksheets.
        Present(PresentText) => present,
    }
    late {
        /// Step 2.
        Personas(PersonaText) => personas,
        /// Step 3.
        Voice(VoiceText) => voice,
        /// Step 4.
        Goals(GoalText) => goals,
        /// The handbook document.
        Handbook(HandbookText) => handbook,
        /// The handbook step's screen.
        HandbookUi(HandbookUiText) => handbook_ui,
        /// The team chapter of the handbook.
        HandbookTeam(HandbookTeamText) => handbook_team,
        /// Step 5.
        Team(TeamText) => team,
        /// Step 6.
        Content(ContentText) => content,
        /// The content calendar.
        Calendar(CalendarText) => calendar,
        /// Theme kinds, formats, statuses and creation principles.
        ContentNames(ContentNameText) => content_names,
        /// Marketing dates of the calendar overlay.
        MarketingDates(MarketingDateText) => marketing_dates,
        /// Step 4's names of metrics, letters and verdicts, and the goal sentence.
        GoalWords(GoalWordText) => goal_words,
        /// Step 4's SMART reasons.
        SmartReasons(SmartReasonText) => smart_reasons,
        /// Step 4's progress status.
        GoalProgress(GoalProgressText) => goal_progress,
        /// Step 4's values with their units.
        GoalNumbers(GoalNumberText) => goal_numbers,
        /// The standard names of team roles.
        TeamRoles(TeamRoleText) => team_roles,
        /// The content calendar as files (iCalendar and CSV).
        CalendarFile(CalendarFileText) => calendar_file,
        /// The goal chart's spoken summary.
        GoalChart(GoalChartText) => goal_chart,
        /// Workshops: table names, hand-in rows, join links and bundles.
        Workshop(WorkshopText) => workshop,
        /// Collecting, comparing and merging the tables' plans.
        Room(RoomText) => room,
    }
}
