//! English interface text. Written for people planning their own social media, not translated
//! word by word from the Chinese.

use super::Key;
use crate::model::Step;

/// The English text for `key`.
pub fn text(key: Key) -> &'static str {
    match key {
        Key::Shared(x) => x.en(),
        Key::Strategy(x) => x.en(),
        Key::Personas(x) => x.en(),
        Key::Voice(x) => x.en(),
        Key::Goals(x) => x.en(),
        Key::Handbook(x) => x.en(),
        Key::HandbookUi(x) => x.en(),
        Key::HandbookTeam(x) => x.en(),
        Key::Share(x) => x.en(),
        Key::Welcome(x) => x.en(),
        Key::Team(x) => x.en(),
        Key::Content(x) => x.en(),
        Key::Calendar(x) => x.en(),
        Key::AppName => "Social Playbook",
        Key::AppTagline => "Write your social media operations handbook, one decision at a time.",
        Key::SkipToContent => "Skip to the step",
        Key::LanguageLabel => "Language",
        Key::StepsNavLabel => "Steps",
        Key::Previous => "Previous",
        Key::Next => "Next",
        Key::HandbookLabel => "Your handbook",
        Key::CoachTitle => "Coach",
        Key::CoachWhat => "What to decide",
        Key::CoachWhy => "Why it matters",
        Key::DefaultPlanName => "My social media plan",
        Key::SaveSaved => "Saved in this browser",
        Key::SaveSaving => "Saving…",
        Key::SaveNotSaved => "Not saved",
        Key::SaveMemoryOnly => "Not kept: storage is off",
        Key::PlanMenu => "Plans and files",
        Key::PlansHeading => "Your plans",
        Key::PlanSwitchLabel => "Open plan",
        Key::PlanNew => "New plan",
        Key::PlanRename => "Rename",
        Key::PlanDuplicate => "Duplicate",
        Key::PlanDelete => "Delete",
        Key::PlanImport => "Import a file…",
        Key::PlanExport => "Export (JSON)",
        Key::PlanNameLabel => "Plan name",
        Key::PlanOrganisationLabel => "Organisation",
        Key::PlanOrganisationHint => "Company, shop, school or team this plan is for.",
        Key::Create => "Create",
        Key::Save => "Save",
        Key::Cancel => "Cancel",
        Key::Close => "Close",
        Key::Dismiss => "Dismiss",
        Key::Undo => "Undo",
        Key::DeleteConfirmTitle => "Delete this plan?",
        Key::DeleteConfirmText => "It disappears from this browser. You can undo until you close the page; export a file first if you may need it later.",
        Key::PlanDeletedToast => "Plan deleted.",
        Key::ImportedToast => "Plan imported.",
        Key::PlanFromExample => "Start from an example",
        Key::ExamplesTitle => "Worked examples",
        Key::ExamplesIntro => "Each example is a complete plan you can explore, change or print. It opens as a new plan; your own plans stay as they are.",
        Key::ExampleOpen => "Open as a new plan",
        Key::ExampleOpenedToast => "Example opened as a new plan:",
        Key::UpdatedToast => "Social Playbook has been updated to a new version. Your plans are unchanged.",
        Key::LastExportedNever => "Never exported to a file",
        Key::LastExportedLabel => "Last exported",
        Key::UnreadableMark => "cannot be opened",
        Key::BannerBlocked => "This browser is not letting the app store anything (private window or site data turned off). You can keep working, but nothing is kept when you close the page: export your plan to a file.",
        Key::BannerFull => "Browser storage is full, so your latest edits are not stored. The last stored copy is intact. Download a backup now, then free space by deleting plans you no longer need.",
        Key::BannerUnreadable => "A stored plan could not be opened, so it was left exactly as it is. Download its text to keep it safe.",
        Key::BannerNewer => "A stored plan was saved by a newer version of Social Playbook. It was left untouched; open it in the newer version, or download its text.",
        Key::BannerDownloadRaw => "Download its text",
        Key::BannerConflict => "This plan was changed in another tab while you were editing here. Nothing was overwritten. Choose which version to continue with.",
        Key::BannerConflictReload => "Use the other tab's version",
        Key::BannerConflictKeep => "Keep mine as a new plan",
        Key::BannerWriteFailed => "The browser refused to store the plan. Export it to a file to be safe.",
        Key::BackupDownload => "Download a backup",
        Key::ImportTitle => "Import a plan",
        Key::ImportIntro => "Choose a file exported from Social Playbook, drop it here, or paste its text. Nothing changes until you confirm.",
        Key::ImportChooseFile => "Choose a file",
        Key::ImportDropHere => "or drop a .json file here",
        Key::ImportPasteLabel => "Or paste the file's text",
        Key::ImportCheck => "Check the text",
        Key::ImportSummaryTitle => "Ready to import",
        Key::ImportReplace => "Replace the open plan",
        Key::ImportAddNew => "Add as a new plan",
        Key::ImportUnchanged => "Your plans are unchanged.",
        Key::ImportReading => "Reading the file…",
        Key::ImportFileTooBig => "This file is larger than 10 MB, which is far more than any plan needs. Check that it is the right file.",
        Key::CountRoles => "Strategic roles",
        Key::CountPlatforms => "Platforms",
        Key::CountPersonas => "Personas",
        Key::CountTraits => "Voice traits",
        Key::CountGoals => "Goals",
        Key::CountTeamRoles => "Team roles",
        Key::CountPeople => "People",
        Key::CountThemes => "Content themes",
        Key::CountCalendar => "Calendar items",
        Key::ImportWarningsTitle => "Worth knowing",
        Key::LargeText => "Large text",
        Key::CoachShow => "Show",
        Key::CoachHide => "Hide",
        Key::StepName(step) => match step {
            Step::Strategy => "Strategic role",
            Step::Personas => "Audience personas",
            Step::Voice => "Brand voice",
            Step::Goals => "SMART goals",
            Step::Team => "Team and collaboration",
            Step::Content => "Content plan",
            Step::Handbook => "Handbook",
        },
        Key::StepQuestion(step) => match step {
            Step::Strategy => {
                "Decide what social media is for in your business: which role comes first, which \
                 support it, and which platforms carry each role."
            }
            Step::Personas => {
                "Describe the few groups of people you most need to reach: who they are, where they \
                 spend time online, what they struggle with and what wins them over."
            }
            Step::Voice => {
                "Agree how your brand sounds: a handful of personality traits, where you sit on four \
                 tone scales, and the words you use and avoid."
            }
            Step::Goals => {
                "Turn hopes into goals you can check: a metric on a platform, a starting value, a \
                 target and a deadline, each tied to a role and an audience."
            }
            Step::Team => {
                "Choose how the work is organised, who holds each role and how much of their week it \
                 takes, and how other departments review and feed in."
            }
            Step::Content => {
                "Plan what you publish: the themes you return to, the formats on each platform, the \
                 style rules, and a dated calendar everyone shares."
            }
            Step::Handbook => {
                "Review the whole plan, fix what the health check finds, then print it, save it as \
                 PDF or Markdown, and keep a copy of the data."
            }
        },
        Key::StepWhy(step) => match step {
            Step::Strategy => {
                "Accounts run for their own sake drift, spend money and rarely show results. A clear \
                 role tells everyone which posts, goals and people matter."
            }
            Step::Personas => {
                "Without a picture of the audience every post is a guess. Personas let you test ideas \
                 against real needs before you spend time making them."
            }
            Step::Voice => {
                "People trust a brand that sounds like one consistent person. Agreeing the voice first \
                 lets several writers reply in the same way."
            }
            Step::Goals => {
                "\"Raise awareness\" cannot be missed or met. A specific, measurable, achievable, \
                 relevant and time-bound goal shows whether the work pays off."
            }
            Step::Team => {
                "A plan without owners stays on paper. Naming roles, loads and an approval path keeps \
                 posts moving and stops surprises reaching the public."
            }
            Step::Content => {
                "Content keeps an account alive and strategy points it somewhere. A shared calendar \
                 keeps the mix balanced and the deadlines visible."
            }
            Step::Handbook => {
                "The handbook is what your team will actually read. One document with every decision \
                 makes onboarding and reviews quick."
            }
        },
    }
}
