//! English interface text. Written for people planning their own social media, not translated
//! word by word from the Chinese.

use super::Key;
use crate::model::Step;

/// The English text for `key`.
pub fn text(key: Key) -> &'static str {
    match key {
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
