//! What the facilitator's device keeps of one workshop: the session as set up and every hand-in
//! collected for it. Stored whole under the session's id (see `crate::web::storage`).

use serde::{Deserialize, Serialize};

use super::{Collection, Session};

/// One workshop as the facilitator's device keeps it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkshopRecord {
    pub session: Session,
    /// The hand-ins, one row per input, for `session.id`.
    pub collection: Collection,
}

impl WorkshopRecord {
    /// A record for a newly set-up session, with nothing collected yet.
    pub fn new(session: Session) -> WorkshopRecord {
        let collection = Collection::new(session.id.clone());
        WorkshopRecord {
            session,
            collection,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_record_collects_for_its_own_session() {
        let record = WorkshopRecord::new(Session {
            id: "s1".into(),
            ..Session::default()
        });
        assert_eq!(record.collection.session_id, "s1");
        assert!(record.collection.rows.is_empty());
    }

    #[test]
    fn a_record_reads_back_from_its_json() {
        let record = WorkshopRecord::new(Session {
            id: "s1".into(),
            name: "Spring training".into(),
            tables: vec!["A".into(), "B".into()],
            ..Session::default()
        });
        let text = serde_json::to_string(&record).unwrap();
        let back: WorkshopRecord = serde_json::from_str(&text).unwrap();
        assert_eq!(back, record);
    }
}
