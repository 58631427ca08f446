//! Names of team roles in both languages, shared by every step that lets the user pick a role
//! (goal owners, calendar owners, the approval path, the team step itself).

use super::Locale;
use crate::model::{TeamRole, TeamRoleKind};

/// The standard name of a role kind ("Social media manager" / "社交媒体经理").
pub fn role_kind_name(locale: Locale, kind: TeamRoleKind) -> &'static str {
    match (locale, kind) {
        (Locale::En, TeamRoleKind::Manager) => "Social media manager",
        (Locale::ZhCn, TeamRoleKind::Manager) => "社交媒体经理",
        (Locale::En, TeamRoleKind::ContentCreator) => "Content planner and creator",
        (Locale::ZhCn, TeamRoleKind::ContentCreator) => "内容策划与创作专员",
        (Locale::En, TeamRoleKind::Community) => "Community and engagement",
        (Locale::ZhCn, TeamRoleKind::Community) => "社群运营与互动专员",
        (Locale::En, TeamRoleKind::DataAnalyst) => "Data analyst",
        (Locale::ZhCn, TeamRoleKind::DataAnalyst) => "数据分析与优化专员",
        (Locale::En, TeamRoleKind::Designer) => "Designer",
        (Locale::ZhCn, TeamRoleKind::Designer) => "设计师",
        (Locale::En, TeamRoleKind::VideoEditor) => "Video editor",
        (Locale::ZhCn, TeamRoleKind::VideoEditor) => "视频剪辑师",
        (Locale::En, TeamRoleKind::SeoSem) => "SEO/SEM specialist",
        (Locale::ZhCn, TeamRoleKind::SeoSem) => "SEO/SEM 专员",
        (Locale::En, TeamRoleKind::Custom) => "Custom role",
        (Locale::ZhCn, TeamRoleKind::Custom) => "自定义角色",
    }
}

/// The name a role shows: what the user typed, else the standard name of its kind.
pub fn team_role_label(locale: Locale, role: &TeamRole) -> String {
    let typed = role.name.trim();
    if typed.is_empty() {
        role_kind_name(locale, role.kind).to_string()
    } else {
        typed.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_name_wins_and_blank_falls_back_to_the_kind() {
        let mut role = TeamRole {
            kind: TeamRoleKind::DataAnalyst,
            ..TeamRole::default()
        };
        assert_eq!(team_role_label(Locale::ZhCn, &role), "数据分析与优化专员");
        assert_eq!(team_role_label(Locale::En, &role), "Data analyst");
        role.name = "  Insights lead ".into();
        assert_eq!(team_role_label(Locale::ZhCn, &role), "Insights lead");
    }
}
