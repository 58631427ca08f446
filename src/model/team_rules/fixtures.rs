//! Roles and people the team rules' tests share (and the team step's checks in `checks::team`).
//! Compiled for tests only.

use crate::model::{Id, Person, RoleAssignment, TeamRole, TeamRoleKind};

/// A role of `kind` with default fields.
pub(crate) fn role(id: Id, kind: TeamRoleKind) -> TeamRole {
    TeamRole {
        id,
        kind,
        ..TeamRole::default()
    }
}

/// A person named `P{id}` holding `shares` as (role id, percent).
pub(crate) fn person(id: Id, availability: u16, shares: &[(Id, u16)]) -> Person {
    Person {
        id,
        name: format!("P{id}"),
        availability,
        assignments: shares
            .iter()
            .map(|&(role, percent)| RoleAssignment { role, percent })
            .collect(),
    }
}
