//! What the URL fragment names: a step of the workbench, a shared plan, the welcome view, the
//! page on how data is kept, a workshop join link or the facilitator's workshop page. Pure: the
//! browser side is `crate::web::nav`.

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
        match path.split(['/', '?']).next().unwrap_or("") {
            "welcome" => Some(Route::Welcome),
            "data" => Some(Route::DataInfo),
            "workshop" => Some(Route::Workshop),
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
        }
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
    fn every_route_reads_back_from_its_own_fragment() {
        let mut routes: Vec<Route> = Step::ALL.into_iter().map(Route::Step).collect();
        routes.extend([
            Route::Welcome,
            Route::DataInfo,
            Route::Shared("v1.abc".into()),
            Route::Join("v1.abc.def".into()),
            Route::Workshop,
        ]);
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
