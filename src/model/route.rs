//! What the URL fragment names: a step of the workbench, a shared plan, the welcome view, the
//! page on how data is kept, a workshop join link, the facilitator's workshop page, a step shown
//! on the projector (`#/present/goals`) or a step's printable worksheet (`#/worksheet/goals`).
//! Pure: the browser side is `crate::web::nav`.

use super::Step;

/// Every share link's fragment starts with this (the payload follows; see `crate::io::share`).
pub const SHARE_PREFIX: &str = "#share=";

/// Every workshop join link's fragment starts with this (the payload follows; see
/// `crate::io::join`).
pub const JOIN_PREFIX: &str = "#join=";

/// The fragment of the facilitator's workshop page.
pub const WORKSHOP_HASH: &str = "#/workshop";

/// The fragment of the welcome view.
pub const WELCOME_HASH: &str = "#/welcome";

/// The fragment of the page on how data is kept.
pub const DATA_HASH: &str = "#/data";

/// Projector mode's fragments start with this (the step's slug follows).
pub const PRESENT_PREFIX: &str = "#/present/";

/// A worksheet's fragment starts with this (the step's slug follows).
pub const WORKSHEET_PREFIX: &str = "#/worksheet/";

/// One place the address can name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// A step of the workbench.
    Step(Step),
    /// A plan carried in a share link (the payload after `#share=`).
    Shared(String),
    /// The three ways to start.
    Welcome,
    /// How your data is kept.
    DataInfo,
    /// A workshop join link (the payload after `#join=`).
    Join(String),
    /// The facilitator's workshop page: session, collection, comparison, merge.
    Workshop,
    /// The open plan's decisions of a step as slides for a projector (the handbook: every step).
    Present(Step),
    /// A blank printable worksheet of a decision step (never the handbook).
    Worksheet(Step),
}

impl Route {
    /// Reads a fragment (`#/goals`, `#share=v1.…`, `#/welcome`); `None` for anything unknown,
    /// including an empty fragment.
    pub fn parse(hash: &str) -> Option<Route> {
        if let Some(payload) = hash.strip_prefix(SHARE_PREFIX) {
            return Some(Route::Shared(payload.to_string()));
        }
        if let Some(payload) = hash.strip_prefix(JOIN_PREFIX) {
            return Some(Route::Join(payload.to_string()));
        }
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let mut parts = path.split(['/', '?']);
        let first = parts.next().unwrap_or("");
        // `#/present/goals`: an unknown or missing step names nothing.
        let step_after = parts.next().and_then(Step::from_slug);
        match first {
            "welcome" => Some(Route::Welcome),
            "data" => Some(Route::DataInfo),
            "workshop" => Some(Route::Workshop),
            "present" => step_after.map(Route::Present),
            "worksheet" => step_after
                .filter(|s| s.number().is_some())
                .map(Route::Worksheet),
            _ => Step::parse_hash(hash).map(Route::Step),
        }
    }

    /// The fragment that names this place.
    pub fn hash(&self) -> String {
        match self {
            Route::Step(step) => step.hash(),
            Route::Shared(payload) => format!("{SHARE_PREFIX}{payload}"),
            Route::Welcome => WELCOME_HASH.to_string(),
            Route::DataInfo => DATA_HASH.to_string(),
            Route::Join(payload) => format!("{JOIN_PREFIX}{payload}"),
            Route::Workshop => WORKSHOP_HASH.to_string(),
            Route::Present(step) => format!("{PRESENT_PREFIX}{}", step.slug()),
            Route::Worksheet(step) => format!("{WORKSHEET_PREFIX}{}", step.slug()),
        }
    }

    /// The step whose projector view or worksheet this is (where leaving it goes back to).
    pub fn shown_step(&self) -> Option<Step> {
        match self {
            Route::Step(step) | Route::Present(step) | Route::Worksheet(step) => Some(*step),
            _ => None,
        }
    }

    /// Whether the page arrives as a piece of its own (every page but step 1, the welcome view and
    /// the data page), so that opening it needs the later half of the texts at once.
    pub fn opens_a_piece(&self) -> bool {
        !matches!(
            self,
            Route::Step(Step::Strategy) | Route::Welcome | Route::DataInfo
        )
    }

    /// Where a visit lands when the address names nothing we know: the welcome view while there is
    /// no plan yet, otherwise the first step.
    pub fn landing(has_plans: bool) -> Route {
        if has_plans {
            Route::Step(Step::FIRST)
        } else {
            Route::Welcome
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_but_the_first_ones_opens_a_piece() {
        assert!(!Route::Step(Step::Strategy).opens_a_piece());
        assert!(!Route::Welcome.opens_a_piece());
        assert!(!Route::DataInfo.opens_a_piece());
        for step in Step::ALL.into_iter().filter(|s| *s != Step::Strategy) {
            assert!(Route::Step(step).opens_a_piece(), "{step:?}");
            assert!(Route::Present(step).opens_a_piece(), "{step:?}");
        }
        assert!(Route::Workshop.opens_a_piece());
        assert!(Route::Join("x".into()).opens_a_piece());
        assert!(Route::Shared("x".into()).opens_a_piece());
    }

    #[test]
    fn every_route_reads_back_from_its_own_fragment() {
        let mut routes: Vec<Route> = Step::ALL.into_iter().map(Route::Step).collect();
        routes.extend([
            Route::Welcome,
            Route::DataInfo,
            Route::Shared("v1.abc".into()),
            Route::Join("v1.abc.def".into()),
            Route::Workshop,
        ]);
        routes.extend(Step::ALL.into_iter().map(Route::Present));
        routes.extend(
            Step::ALL
                .into_iter()
                .filter(|s| s.number().is_some())
                .map(Route::Worksheet),
        );
        for route in routes {
            assert_eq!(
                Route::parse(&route.hash()),
                Some(route.clone()),
                "{route:?}"
            );
        }
    }

    #[test]
    fn shares_are_told_apart_from_pages() {
        assert_eq!(Route::parse("#share="), Some(Route::Shared(String::new())));
        assert_eq!(Route::parse("#/share=v1.x"), None);
        assert_eq!(Route::parse("#/welcome/extra"), Some(Route::Welcome));
        assert_eq!(Route::parse("#/data?x=1"), Some(Route::DataInfo));
    }

    #[test]
    fn join_links_and_the_workshop_page_are_told_apart_from_the_rest() {
        assert_eq!(Route::parse("#join="), Some(Route::Join(String::new())));
        assert_eq!(
            Route::parse("#join=v1.AbC-_"),
            Some(Route::Join("v1.AbC-_".into()))
        );
        // The payload is taken as it is; only the exact prefix counts.
        assert_eq!(Route::parse("#/join=v1.x"), None);
        assert_eq!(Route::parse("#Join=v1.x"), None);
        assert_eq!(Route::parse("#/workshop"), Some(Route::Workshop));
        assert_eq!(Route::parse("#/workshop/compare"), Some(Route::Workshop));
        assert_eq!(Route::parse("workshop?x=1"), Some(Route::Workshop));
        // A share link stays a share link even if its payload mentions a join.
        assert_eq!(
            Route::parse("#share=v1.#join="),
            Some(Route::Shared("v1.#join=".into()))
        );
        assert_eq!(Route::Workshop.hash(), "#/workshop");
    }

    #[test]
    fn projector_and_worksheet_routes_name_a_step() {
        assert_eq!(
            Route::parse("#/present/personas"),
            Some(Route::Present(Step::Personas))
        );
        assert_eq!(
            Route::parse("#/present/handbook"),
            Some(Route::Present(Step::Handbook))
        );
        assert_eq!(Route::Present(Step::Goals).hash(), "#/present/goals");
        assert_eq!(
            Route::parse("#/worksheet/voice?print"),
            Some(Route::Worksheet(Step::Voice))
        );
        assert_eq!(Route::Worksheet(Step::Team).hash(), "#/worksheet/team");
        // A step is required, and the handbook has no worksheet.
        assert_eq!(Route::parse("#/present"), None);
        assert_eq!(Route::parse("#/present/nowhere"), None);
        assert_eq!(Route::parse("#/worksheet/"), None);
        assert_eq!(Route::parse("#/worksheet/handbook"), None);
        // The step they belong to is where leaving goes.
        assert_eq!(Route::Present(Step::Voice).shown_step(), Some(Step::Voice));
        assert_eq!(Route::Worksheet(Step::Team).shown_step(), Some(Step::Team));
        assert_eq!(Route::Welcome.shown_step(), None);
    }

    #[test]
    fn unknown_and_empty_fragments_name_nothing() {
        assert_eq!(Route::parse(""), None);
        assert_eq!(Route::parse("#"), None);
        assert_eq!(Route::parse("#/nowhere"), None);
    }

    #[test]
    fn newcomers_land_on_the_welcome_view() {
        assert_eq!(Route::landing(false), Route::Welcome);
        assert_eq!(Route::landing(true), Route::Step(Step::FIRST));
    }
}
