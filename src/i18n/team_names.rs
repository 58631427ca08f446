//! Names of team roles in both languages, shared by every step that lets the user pick a role
//! (goal owners, calendar owners, the approval path, the team step itself).

use super::{t, Locale};
use crate::model::{TeamRole, TeamRoleKind};

crate::texts! {
    /// The standard name of each kind of team role.
    pub enum TeamRoleText {
        Manager => en: "Social media manager", zh: "社交媒体经理";
        ContentCreator => en: "Content planner and creator", zh: "内容策划与创作专员";
        Community => en: "Community and engagement", zh: "社群运营与互动专员";
        DataAnalyst => en: "Data analyst", zh: "数据分析与优化专员";
        Designer => en: "Designer", zh: "设计师";
        VideoEditor => en: "Video editor", zh: "视频剪辑师";
        SeoSem => en: "SEO/SEM specialist", zh: "SEO/SEM 专员";
        Custom => en: "Custom role", zh: "自定义角色";
    }
}

/// The standard name of a role kind ("Social media manager" / "社交媒体经理").
pub fn role_kind_name(locale: Locale, kind: TeamRoleKind) -> &'static str {
    t(
        locale,
        match kind {
            TeamRoleKind::Manager => TeamRoleText::Manager,
            TeamRoleKind::ContentCreator => TeamRoleText::ContentCreator,
            TeamRoleKind::Community => TeamRoleText::Community,
            TeamRoleKind::DataAnalyst => TeamRoleText::DataAnalyst,
            TeamRoleKind::Designer => TeamRoleText::Designer,
            TeamRoleKind::VideoEditor => TeamRoleText::VideoEditor,
            TeamRoleKind::SeoSem => TeamRoleText::SeoSem,
            TeamRoleKind::Custom => TeamRoleText::Custom,
        },
    )
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

    #[test]
    fn every_kind_has_its_own_name() {
        assert_eq!(
            role_kind_name(Locale::ZhCn, TeamRoleKind::SeoSem),
            "SEO/SEM 专员"
        );
        assert_eq!(
            role_kind_name(Locale::En, TeamRoleKind::Manager),
            "Social media manager"
        );
    }
}
