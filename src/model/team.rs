//! Step 5: team model, roles, people, responsibility matrix and collaboration.

use reactive_stores::Store;
use serde::{Deserialize, Serialize};

use super::Id;

/// How the social-media work is organised (团队构建模式).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TeamModel {
    /// 集中式: one core team runs every account.
    Centralized,
    /// 分散式: each unit or region runs its own, headquarters guides.
    Decentralized,
    /// 混合式: headquarters owns strategy and brand, units execute.
    Hybrid,
}

impl TeamModel {
    /// The three models, in the order the method presents them.
    pub const ALL: [TeamModel; 3] = [
        TeamModel::Centralized,
        TeamModel::Decentralized,
        TeamModel::Hybrid,
    ];
}

/// The company's size, for the model questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CompanySize {
    /// One to nine people.
    Micro,
    /// Ten to ninety-nine.
    Small,
    /// A hundred to a thousand.
    Medium,
    /// More than a thousand.
    Large,
}

/// Answers to the questionnaire that recommends a team model.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct ModelQuestionnaire {
    pub company_size: Option<CompanySize>,
    /// Business units or regions that talk to their own customers.
    pub units: Option<u32>,
    /// 1 = local speed matters most … 5 = one consistent brand matters most.
    pub consistency: Option<u8>,
    /// 1 = a side activity … 5 = central to the strategy.
    pub strategic_weight: Option<u8>,
    /// People who can work on social media, in full-time equivalents.
    pub people_available: Option<f64>,
}

/// The kinds of role the method describes, plus custom ones.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TeamRoleKind {
    /// 社交媒体经理/主管
    #[default]
    Manager,
    /// 内容策划与创作专员
    ContentCreator,
    /// 社群运营与互动专员
    Community,
    /// 数据分析与优化专员
    DataAnalyst,
    /// 设计师
    Designer,
    /// 视频剪辑师
    VideoEditor,
    /// SEO/SEM specialist
    SeoSem,
    Custom,
}

impl TeamRoleKind {
    /// The four core roles.
    pub const CORE: [TeamRoleKind; 4] = [
        TeamRoleKind::Manager,
        TeamRoleKind::ContentCreator,
        TeamRoleKind::Community,
        TeamRoleKind::DataAnalyst,
    ];
    /// Roles a larger team may add.
    pub const OPTIONAL: [TeamRoleKind; 3] = [
        TeamRoleKind::Designer,
        TeamRoleKind::VideoEditor,
        TeamRoleKind::SeoSem,
    ];
}

/// A role in the team, with its duties and skills (prefilled from the method, editable).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct TeamRole {
    pub id: Id,
    pub kind: TeamRoleKind,
    /// The name shown; for built-in kinds, empty means the standard name.
    pub name: String,
    pub duties: Vec<String>,
    pub skills: Vec<String>,
}

/// A share of one person's week given to one role.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RoleAssignment {
    /// The [`TeamRole`] id.
    pub role: Id,
    /// Percent of a full-time week.
    pub percent: u16,
}

/// A person on the team.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct Person {
    pub id: Id,
    pub name: String,
    /// How much of a full-time week this person can give, in percent (100 = full time).
    pub availability: u16,
    pub assignments: Vec<RoleAssignment>,
}

/// The key activities of the responsibility matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Activity {
    Strategy,
    ContentPlanning,
    ContentCreation,
    ApprovalPublishing,
    CommunityReplies,
    CrisisResponse,
    DataReporting,
}

impl Activity {
    /// Every activity, in the order of the matrix.
    pub const ALL: [Activity; 7] = [
        Activity::Strategy,
        Activity::ContentPlanning,
        Activity::ContentCreation,
        Activity::ApprovalPublishing,
        Activity::CommunityReplies,
        Activity::CrisisResponse,
        Activity::DataReporting,
    ];
}

/// Responsible, Accountable, Consulted, Informed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Raci {
    R,
    A,
    C,
    I,
}

impl Raci {
    /// The four letters in the order the matrix lists them.
    pub const ALL: [Raci; 4] = [Raci::R, Raci::A, Raci::C, Raci::I];

    /// The letter as written in the matrix, the same in every language.
    pub fn code(self) -> &'static str {
        match self {
            Raci::R => "R",
            Raci::A => "A",
            Raci::C => "C",
            Raci::I => "I",
        }
    }
}

/// One cell of the responsibility matrix.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RaciCell {
    pub activity: Activity,
    /// The [`TeamRole`] id.
    pub role: Id,
    pub letter: Raci,
}

/// Departments the team works with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DepartmentKind {
    #[default]
    Marketing,
    Sales,
    Product,
    CustomerService,
    Pr,
    Legal,
    Custom,
}

/// A department involved in social media, and how.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct Department {
    pub id: Id,
    pub kind: DepartmentKind,
    pub custom_name: String,
    /// What they bring or review.
    pub involvement: String,
    pub contact: String,
}

/// How often a meeting happens.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cadence {
    Daily,
    #[default]
    Weekly,
    Fortnightly,
    Monthly,
    Quarterly,
}

/// A recurring meeting.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct Meeting {
    pub id: Id,
    pub name: String,
    pub cadence: Cadence,
    /// Who attends: roles and departments, by name.
    pub participants: Vec<String>,
    pub purpose: String,
}

/// One step of the approval path.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct ApprovalStep {
    pub id: Id,
    /// The [`TeamRole`] that signs off, if a team role does.
    pub role: Option<Id>,
    /// Who signs off when it is not a team role (e.g. Legal), or a note.
    pub label: String,
    /// Time allowed for this step, in hours.
    pub hours: Option<u32>,
}

/// Step 5 as a whole.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct Team {
    pub questionnaire: ModelQuestionnaire,
    pub model: Option<TeamModel>,
    pub model_why: String,
    #[store(key: Id = |r| r.id)]
    pub roles: Vec<TeamRole>,
    #[store(key: Id = |r| r.id)]
    pub people: Vec<Person>,
    pub raci: Vec<RaciCell>,
    #[store(key: Id = |r| r.id)]
    pub departments: Vec<Department>,
    #[store(key: Id = |r| r.id)]
    pub meetings: Vec<Meeting>,
    #[store(key: Id = |r| r.id)]
    pub approval_path: Vec<ApprovalStep>,
    /// How feedback from the public reaches the departments that can act on it.
    pub feedback_path: String,
}
