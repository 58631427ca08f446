//! Joining a workshop session: the table's own plan is made from the session's start (blank, a
//! worked example in the joiner's language, or the facilitator's plan), tagged with the session
//! and the table, added as a NEW plan and opened. No plan the table already has is changed.
//!
//! What the plan and its tag look like is pure code in `crate::model::workshop::joining`; this
//! file only fetches the start (the examples' piece, the plan reader) and hands the result to
//! the workspace.

use leptos::prelude::*;

use super::notices::Toast;
use super::Workspace;
use crate::i18n::Locale;
use crate::io::import::ImportError;
use crate::model::examples::Example;
use crate::model::route::SHARE_PREFIX;
use crate::model::workshop::joining::{join_plan, JoinRefusal};
use crate::model::workshop::Invite;
use crate::model::Plan;
use crate::web::browser::now;
use crate::web::reader;
use crate::web::share_link::open_payload;

/// What the table's plan starts from, once known.
#[derive(Clone, Debug)]
pub enum JoinStart {
    /// An empty plan.
    Blank,
    /// A worked example, built in the joiner's language.
    Example(Example),
    /// The facilitator's plan, read and checked (from the link or from the file handed round).
    Plan(Box<Plan>),
}

/// Why the facilitator's plan carried in a join link could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum CarriedPlanError {
    /// The compressed plan is damaged, or the codec this browser needs could not be downloaded.
    Inflate,
    /// The plan reader could not be downloaded.
    ReaderMissing,
    /// The text is not a plan the import accepts.
    Refused(ImportError),
}

/// Reads the facilitator's plan a join link carries (raw DEFLATE of its share text) through the
/// normal import checks.
pub async fn read_carried_plan(deflated: &[u8]) -> Result<Plan, CarriedPlanError> {
    // The share link's opener inflates (with the browser's `DecompressionStream` or the Rust
    // codec); give it the same bytes as a share payload.
    let fragment = crate::io::share::fragment_for(deflated);
    let payload = fragment.strip_prefix(SHARE_PREFIX).unwrap_or(&fragment);
    let bytes = open_payload(payload)
        .await
        .map_err(|_| CarriedPlanError::Inflate)?;
    match reader::read_bytes_when_loaded(&bytes).await {
        Ok(Ok(preview)) => Ok(preview.plan),
        Ok(Err(err)) => Err(CarriedPlanError::Refused(err)),
        Err(_) => Err(CarriedPlanError::ReaderMissing),
    }
}

impl Workspace {
    /// Joins `invite` as `table`: makes the table's plan from `start`, adds it as a new plan and
    /// opens it; `then` runs once it is the open plan. A table the session does not have is
    /// refused and nothing changes. A worked example arrives as a piece of its own; if it cannot
    /// be downloaded, a toast says so, nothing changes and `then` does not run.
    pub fn join_workshop(
        self,
        invite: &Invite,
        table: &str,
        start: JoinStart,
        locale: Locale,
        then: Callback<()>,
    ) -> Result<(), JoinRefusal> {
        let at = now();
        // Checked before anything is built, so a refusal changes nothing.
        crate::model::workshop::joining::join_tag(invite, table, at)?;
        match start {
            JoinStart::Blank => self.add_joined(join_plan(
                Workspace::blank_plan(locale),
                invite,
                table,
                String::new(),
                at,
            )?),
            JoinStart::Plan(plan) => {
                self.add_joined(join_plan(*plan, invite, table, String::new(), at)?)
            }
            JoinStart::Example(example) => {
                let invite = invite.clone();
                let table = table.to_string();
                // The example opens as a new plan through the welcome view's way in; it becomes
                // the table's plan (same id) before anything else can touch it.
                let tag_it = Callback::new(move |_| {
                    let store = self.store.get_untracked();
                    store.update(|plan| {
                        let id = plan.id.clone();
                        if let Ok(joined) = join_plan(plan.clone(), &invite, &table, id, at) {
                            *plan = joined;
                        }
                    });
                    self.save_now();
                    self.toast.set(None);
                    then.run(());
                });
                self.open_example(example, locale, tag_it);
                return Ok(());
            }
        }
        then.run(());
        Ok(())
    }

    /// Adds a joined plan as a new plan (a fresh id) and opens it, without the import's toast:
    /// the session bar says what was joined.
    fn add_joined(self, plan: Plan) {
        self.import_add(plan);
        if matches!(self.toast.get_untracked(), Some(Toast::Imported(_))) {
            self.toast.set(None);
        }
    }
}
