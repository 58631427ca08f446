//! Words of step 5 (team): the three team models with their strengths and weaknesses, the model
//! questionnaire and the reasons of its recommendation, the duties and skills the handbook gives
//! each role, the responsibility matrix, departments, meetings and the approval path.

use super::team_names::team_role_label;
use super::{labelled, t, tf, Locale};
use crate::model::team_rules::{PersonLoad, RaciProblem, Reason};
use crate::model::{
    Activity, ApprovalStep, Cadence, CompanySize, DepartmentKind, Raci, TeamModel, TeamRole,
    TeamRoleKind,
};

crate::texts! {
    /// Texts of the team step.
    pub enum TeamText {
        ModelHeading => en: "How is the work organised?", zh: "团队怎么组织？";
        ModelIntro => en: "Three ways to organise social media work. Answer five questions and we suggest one, with reasons; the choice is yours.", zh: "社交媒体团队有三种组织方式。回答五个问题，我们会给出建议和理由，最终由你决定。";
        CompareCaption => en: "The three team models side by side", zh: "三种团队模式对比";
        CompareModel => en: "Model", zh: "模式";
        CompareStrengths => en: "Strengths", zh: "优点";
        CompareWeaknesses => en: "Weaknesses", zh: "缺点";
        CentralizedName => en: "Centralized", zh: "集中式";
        CentralizedWhat => en: "One core team runs every account.", zh: "由一个核心团队统一运营所有账号。";
        CentralizedStrengths => en: "One brand image, pooled resources, fast decisions.", zh: "品牌形象统一，资源集中，决策快。";
        CentralizedWeaknesses => en: "Slower to respond to each product line or region.", zh: "对各产品线或各地区的需求反应较慢。";
        DecentralizedName => en: "Decentralized", zh: "分散式";
        DecentralizedWhat => en: "Each business unit or region runs its own accounts; headquarters guides.", zh: "各业务部门或地区自行运营账号，总部给予指导。";
        DecentralizedStrengths => en: "Close to the business, fast.", zh: "贴近业务，反应快。";
        DecentralizedWeaknesses => en: "Inconsistent tone, duplicated resources.", zh: "调性容易不一致，资源重复投入。";
        HybridName => en: "Hybrid", zh: "混合式";
        HybridWhat => en: "Headquarters owns strategy and brand; units publish and talk to their customers.", zh: "总部负责战略和品牌，各单元负责执行和互动。";
        HybridStrengths => en: "Balances consistency and flexibility; the most common choice.", zh: "兼顾一致性和灵活性，是最常见的选择。";
        HybridWeaknesses => en: "Needs a clear split of duties.", zh: "需要清晰划分职责。";
        QuestionsHeading => en: "Five questions", zh: "五个问题";
        SizeLabel => en: "Company size", zh: "公司规模";
        SizeMicro => en: "1–9 people", zh: "1–9人";
        SizeSmall => en: "10–99 people", zh: "10–99人";
        SizeMedium => en: "100–1,000 people", zh: "100–1000人";
        SizeLarge => en: "More than 1,000 people", zh: "1000人以上";
        NotAnswered => en: "Not answered", zh: "未回答";
        UnitsLabel => en: "Business units or regions with their own customers", zh: "拥有各自客户的业务单元或地区数量";
        UnitsHint => en: "A café with one shop: 1. A chain in three cities: 3.", zh: "只有一家店的咖啡馆填1；在三个城市开店的连锁品牌填3。";
        ConsistencyLabel => en: "Brand consistency or local speed?", zh: "品牌一致性还是本地速度？";
        Consistency1 => en: "1 · Local speed matters most", zh: "1 · 本地速度最重要";
        Consistency2 => en: "2 · Mostly local speed", zh: "2 · 更看重本地速度";
        Consistency3 => en: "3 · Both equally", zh: "3 · 两者同样重要";
        Consistency4 => en: "4 · Mostly one consistent brand", zh: "4 · 更看重品牌一致";
        Consistency5 => en: "5 · One consistent brand matters most", zh: "5 · 品牌一致最重要";
        StrategicLabel => en: "How strategic is social media for you?", zh: "社交媒体对你们有多重要？";
        Strategic1 => en: "1 · A side activity", zh: "1 · 只是附带的工作";
        Strategic2 => en: "2 · Useful, not essential", zh: "2 · 有用但不关键";
        Strategic3 => en: "3 · One channel among several", zh: "3 · 多个渠道之一";
        Strategic4 => en: "4 · Important to the strategy", zh: "4 · 对战略很重要";
        Strategic5 => en: "5 · Central to the strategy", zh: "5 · 战略的核心";
        PeopleLabel => en: "People available for social media (full-time equivalents)", zh: "可投入社交媒体的人力（按全职折算）";
        PeopleHint => en: "Two half-time people count as 1.", zh: "两个人各投入一半时间，算作1。";
        RecommendationHeading => en: "Our suggestion", zh: "我们的建议";
        RecommendationWaiting => en: "Answer company size, units and the consistency question to see a suggestion.", zh: "回答公司规模、业务单元数和一致性问题后即可看到建议。";
        RecommendedModel => en: "Suggested", zh: "建议";
        Because => en: "Because:", zh: "理由：";
        ChoiceLegend => en: "The model you choose", zh: "你选择的模式";
        Recommended => en: "(suggested)", zh: "（建议）";
        WhyLabel => en: "Why this model, for us?", zh: "为什么选择这个模式？";
        WhyHint => en: "A sentence the team can come back to when the question returns.", zh: "写一句话，以后有人再问时团队可以回头看。";
        WhyPlaceholder => en: "e.g. Headquarters keeps the brand consistent while each region answers its own customers the same day.", zh: "例如：总部保证品牌一致，各地区当天回复本地客户。";
        RolesHeading => en: "Roles", zh: "岗位";
        RolesIntro => en: "The four core roles come with the duties and skills the handbook lists; change them to fit. Add optional or custom roles when you need them.", zh: "四个核心岗位已按手册预填职责和技能，可按实际修改。需要时再添加可选岗位或自定义岗位。";
        RolesEmptyWhy => en: "Roles say who decides, who writes, who replies and who reads the numbers.", zh: "岗位明确谁来决策、谁来创作、谁来回复、谁来看数据。";
        AddCoreRoles => en: "Add the four core roles", zh: "添加四个核心岗位";
        AddRoleOfKind => en: "Add", zh: "添加";
        AddCustomRole => en: "Add a custom role", zh: "添加自定义岗位";
        OptionalRoles => en: "Optional roles for a larger team", zh: "团队更大时可添加的岗位";
        OnePerson => en: "We are a one-person business", zh: "我们是一人团队";
        OnePersonHint => en: "One person holding all four core roles, at half a week: 40% creating content, 30% replies, 20% running it, 10% numbers.", zh: "一个人身兼四个核心岗位，每周投入一半时间：40%做内容，30%做互动，20%做管理，10%看数据。";
        OnePersonDone => en: "Set up as a one-person business.", zh: "已设置为一人团队。";
        OnePersonName => en: "Me", zh: "我";
        RoleNameLabel => en: "Role name", zh: "岗位名称";
        DutiesLabel => en: "Duties", zh: "职责";
        SkillsLabel => en: "Skills", zh: "技能";
        CoreBadge => en: "Core role", zh: "核心岗位";
        OptionalBadge => en: "Optional role", zh: "可选岗位";
        CustomBadge => en: "Custom role", zh: "自定义岗位";
        NobodyHolds => en: "Nobody holds this role yet.", zh: "还没有人担任这个岗位。";
        HeldBy => en: "Held by", zh: "担任者";
        DeleteRole => en: "Delete role", zh: "删除岗位";
        RoleDeleted => en: "Role deleted", zh: "已删除岗位";
        PeopleHeading => en: "People", zh: "人员";
        PeopleIntro => en: "Who does the work, how much of their week they can give, and how it splits over the roles. Someone asked for more than they have is flagged.", zh: "谁来做、每周能投入多少时间、时间如何分配到各岗位。分配超过可投入时间的人会被标出。";
        PeopleEmptyWhy => en: "A plan without people stays on paper. Even a one-person business benefits from seeing its load.", zh: "没有人，计划只停留在纸面上。即使是一人团队，也值得看清自己的工作量。";
        AddPerson => en: "Add a person", zh: "添加人员";
        PersonNameLabel => en: "Name", zh: "姓名";
        UnnamedPerson => en: "Unnamed person", zh: "未命名人员";
        AvailabilityLabel => en: "Available (% of a full-time week)", zh: "可投入时间（占全职的百分比）";
        SharesLegend => en: "Share of the week per role (%)", zh: "各岗位占用的时间（%）";
        NoRolesForPeople => en: "Add roles above first; then give each person their share.", zh: "请先在上方添加岗位，再为每个人分配时间。";
        LoadLabel => en: "Load", zh: "工作量";
        OverAvailability => en: "More than this person can give.", zh: "超出了这个人能投入的时间。";
        OverFullTime => en: "Over 100% of a full-time week: this cannot last.", zh: "超过全职工作量的100%，难以持续。";
        DeletePerson => en: "Delete person", zh: "删除人员";
        PersonDeleted => en: "Person deleted", zh: "已删除人员";
        TeamTotal => en: "Whole team", zh: "团队合计";
        Fte => en: "full-time equivalents", zh: "个全职人力";
        RaciHeading => en: "Who does what (RACI)", zh: "谁负责什么（RACI）";
        RaciIntro => en: "For each activity: R does the work, A makes the final call (exactly one per activity), C is asked before, I is told after.", zh: "每项工作：R 负责执行，A 拍板并承担最终责任（每项只能有一个），C 事前征求意见，I 事后知会。";
        RaciCaption => en: "Responsibility matrix: activities against roles", zh: "职责矩阵：工作事项与岗位";
        RaciActivity => en: "Activity", zh: "工作事项";
        RaciStatus => en: "Check", zh: "检查";
        RaciOk => en: "One A", zh: "一个 A";
        RaciNoRoles => en: "Add roles first; the matrix has one column per role.", zh: "请先添加岗位，矩阵中每个岗位占一列。";
        RaciSuggest => en: "Fill empty rows with the usual split", zh: "用常见分工填充空白行";
        LetterR => en: "R · Responsible", zh: "R · 执行";
        LetterA => en: "A · Accountable", zh: "A · 拍板";
        LetterC => en: "C · Consulted", zh: "C · 咨询";
        LetterI => en: "I · Informed", zh: "I · 知会";
        CollaborationHeading => en: "Working with other departments", zh: "跨部门协作";
        CollaborationIntro => en: "Tick the departments involved and say what each brings or reviews. Then agree the meetings that keep everyone in step.", zh: "勾选参与的部门，并写明各自提供或审核什么。再约定让大家保持同步的例会。";
        DepartmentsLegend => en: "Departments involved", zh: "参与的部门";
        AddCustomDepartment => en: "Add another department", zh: "添加其他部门";
        DepartmentNameLabel => en: "Department name", zh: "部门名称";
        InvolvementLabel => en: "What they bring or review", zh: "提供或审核的内容";
        InvolvementPlaceholder => en: "e.g. Checks claims about prices and promotions", zh: "例如：审核涉及价格和促销的说法";
        ContactLabel => en: "Contact", zh: "联系人";
        DeleteDepartment => en: "Delete department", zh: "删除部门";
        MeetingsHeading => en: "Recurring meetings", zh: "定期会议";
        MeetingsEmpty => en: "No meetings yet. A short weekly content meeting is a good start.", zh: "还没有会议。每周一次简短的内容例会是不错的开始。";
        AddMeeting => en: "Add a meeting", zh: "添加会议";
        MeetingNameLabel => en: "Meeting name", zh: "会议名称";
        MeetingNamePlaceholder => en: "e.g. Weekly content meeting", zh: "例如：每周内容例会";
        CadenceLabel => en: "How often", zh: "频率";
        ParticipantsLabel => en: "Participants", zh: "参加者";
        PurposeLabel => en: "Purpose", zh: "目的";
        UnnamedMeeting => en: "Unnamed meeting", zh: "未命名会议";
        DeleteMeeting => en: "Delete meeting", zh: "删除会议";
        ApprovalHeading => en: "Approval path", zh: "审批路径";
        ApprovalIntro => en: "The steps a post goes through before it is published, in order, with the time each may take. The content calendar uses this path.", zh: "内容发布前要经过的审批环节，按顺序排列，并写明每一步的时限。内容日历会使用这条路径。";
        ApprovalEmpty => en: "No approval steps yet. Even a single check by a second person catches most mistakes.", zh: "还没有审批环节。哪怕只请第二个人看一遍，也能发现大部分错误。";
        AddStep => en: "Add a step", zh: "添加环节";
        StepLabel => en: "Step", zh: "环节";
        StepRoleLabel => en: "Who signs off", zh: "审批人";
        StepOther => en: "Someone outside the team (write below)", zh: "团队以外的人（在下方填写）";
        StepNameLabel => en: "Name or note", zh: "名称或备注";
        StepNamePlaceholder => en: "e.g. Legal", zh: "例如：法务";
        HoursLabel => en: "Time allowed (hours)", zh: "时限（小时）";
        DeleteStep => en: "Delete step", zh: "删除环节";
        StepDeleted => en: "Approval step deleted", zh: "已删除审批环节";
        FlowLabel => en: "The approval path as a flow", zh: "审批路径流程图";
        Draft => en: "Draft", zh: "草稿";
        Publish => en: "Publish", zh: "发布";
        TotalTime => en: "Total time", zh: "总时长";
        Hours => en: "h", zh: "小时";
        SomeWithoutTime => en: "(some steps have no time yet)", zh: "（部分环节尚未设定时限）";
        UnnamedStep => en: "Step without a name", zh: "未命名环节";
        FeedbackLabel => en: "Feedback path", zh: "反馈路径";
        FeedbackHint => en: "How what the public says reaches the department that can act on it, and how fast.", zh: "公众的意见如何传到能处理它的部门，多快传到。";
        FeedbackPlaceholder => en: "e.g. Community staff log product complaints daily; the product team reads them every Monday.", zh: "例如：社群运营每天记录产品投诉，产品部门每周一查看。";

        // Reasons of the suggested model
        ReasonOneUnit => en: "You serve one market, so one team can know it all.", zh: "你们只面对一个市场，一个团队就能全面掌握。";
        ReasonMicroCompany => en: "With fewer than ten people, splitting the work would leave each part too thin.", zh: "公司不到十人，再分拆只会让每一块都人手不足。";
        ReasonFewPeople => en: "Fewer than two full-time people for social media are too few to split over units.", zh: "投入社交媒体的人力不到两个全职，不足以分到各个单元。";
        ReasonTwoUnitsOneVoice => en: "Two units that must look like one brand are served well by one team.", zh: "两个单元需要呈现同一个品牌形象，由一个团队负责更合适。";
        ReasonSeveralUnits => en: "You have {count} business units or regions, each with its own customers.", zh: "你们有{count}个业务单元或地区，各有自己的客户。";
        ReasonLocalSpeedFirst => en: "Local speed matters more to you than one uniform brand, so units should be able to act on their own.", zh: "对你们来说本地速度比统一的品牌更重要，各单元应能自主行动。";
        ReasonConsistencyFirst => en: "One consistent brand matters most, so strategy and brand rules should be owned in one place.", zh: "品牌一致最重要，战略和品牌规范应由一处统一掌握。";
        ReasonBalanceNeeded => en: "Consistency and local speed matter about equally: a split of duties gives both.", zh: "一致性和本地速度同样重要，分工协作可以兼顾两者。";
        ReasonStrategicLead => en: "Social media is central to your strategy, so headquarters should lead it.", zh: "社交媒体是你们战略的核心，应由总部牵头。";
        ReasonSideActivity => en: "Social media is a side activity for you, so units can run it lightly without a central team.", zh: "社交媒体对你们只是附带工作，各单元可以轻量运营，无需中心团队。";
        ReasonLargeCompany => en: "With more than a thousand people, one central team alone would become a bottleneck.", zh: "公司超过千人，只靠一个中心团队会成为瓶颈。";

        // Duties and skills the handbook gives each role kind
        ManagerDutyStrategy => en: "Strategy", zh: "制定策略";
        ManagerDutyTeam => en: "Leading the team", zh: "管理团队";
        ManagerDutyBudget => en: "Budget", zh: "预算管理";
        ManagerDutyResults => en: "Evaluating results", zh: "效果评估";
        ManagerDutyDepartments => en: "Coordinating with other departments", zh: "跨部门协调";
        ManagerSkillStrategy => en: "Strategic thinking", zh: "战略思维";
        ManagerSkillProjects => en: "Project management", zh: "项目管理";
        ManagerSkillData => en: "Data analysis", zh: "数据分析";
        ManagerSkillLeadership => en: "Leadership", zh: "领导力";
        CreatorDutyTopics => en: "Topics", zh: "选题策划";
        CreatorDutyCopy => en: "Copywriting", zh: "文案撰写";
        CreatorDutyIdeas => en: "Creative ideas", zh: "创意构思";
        CreatorDutyMedia => en: "Images and short video", zh: "图片与短视频制作";
        CreatorSkillWriting => en: "Strong writing", zh: "出色的文字功底";
        CreatorSkillCreativity => en: "Creativity", zh: "创意能力";
        CreatorSkillTrends => en: "Sense for trending topics", zh: "对热点的敏感度";
        CreatorSkillAesthetics => en: "Aesthetic sense", zh: "审美能力";
        CommunityDutyAccounts => en: "Daily account care", zh: "账号日常维护";
        CommunityDutyReplies => en: "Replies and direct messages", zh: "评论与私信回复";
        CommunityDutyEvents => en: "Community and events", zh: "社群与活动运营";
        CommunityDutyRelations => en: "User relations", zh: "用户关系维护";
        CommunitySkillCommunication => en: "Communication", zh: "沟通能力";
        CommunitySkillEmpathy => en: "Empathy", zh: "同理心";
        CommunitySkillAdaptability => en: "Adaptability", zh: "应变能力";
        CommunitySkillService => en: "Service mindset", zh: "服务意识";
        AnalystDutyCollect => en: "Collect and clean data", zh: "收集与清洗数据";
        AnalystDutyAnalyse => en: "Analyse results", zh: "分析效果";
        AnalystDutyReport => en: "Report for strategy and content tuning", zh: "为策略和内容优化出具报告";
        AnalystSkillDataSense => en: "Data sense", zh: "数据敏感度";
        AnalystSkillTools => en: "Analytics tools", zh: "数据分析工具";
        AnalystSkillLogic => en: "Logical thinking", zh: "逻辑思维";
        DesignerDutyIdentity => en: "Visual identity on social media", zh: "社交媒体视觉形象";
        DesignerDutyImages => en: "Post images and covers", zh: "帖子配图与封面";
        DesignerSkillGraphics => en: "Graphic design", zh: "平面设计";
        DesignerSkillGuidelines => en: "Brand guidelines", zh: "品牌规范";
        VideoDutyShoot => en: "Shooting and editing short video", zh: "拍摄与剪辑短视频";
        VideoDutySound => en: "Subtitles and music", zh: "字幕与配乐";
        VideoSkillEditing => en: "Video editing", zh: "视频剪辑";
        VideoSkillStory => en: "Storytelling", zh: "叙事能力";
        SearchDutyVisibility => en: "Search visibility of posts and pages", zh: "提升内容和页面的搜索可见度";
        SearchDutyPaid => en: "Paid promotion", zh: "付费推广";
        SearchSkillKeywords => en: "Keyword research", zh: "关键词研究";
        SearchSkillAds => en: "Ad platforms", zh: "广告投放平台";

        // Activities of the responsibility matrix
        ActivityStrategy => en: "Strategy", zh: "制定策略";
        ActivityContentPlanning => en: "Content planning", zh: "内容规划";
        ActivityContentCreation => en: "Content creation", zh: "内容创作";
        ActivityApprovalPublishing => en: "Approval and publishing", zh: "审核与发布";
        ActivityCommunityReplies => en: "Community replies", zh: "社群回复";
        ActivityCrisisResponse => en: "Crisis response", zh: "危机应对";
        ActivityDataReporting => en: "Data reporting", zh: "数据报告";
        RaciNoAccountable => en: "No A: who makes the final call?", zh: "没有 A：谁来拍板？";
        RaciSeveralAccountable => en: "{count} A's: keep exactly one.", zh: "有{count}个 A：只能保留一个。";

        // Departments and meetings
        DepartmentMarketing => en: "Marketing", zh: "市场部";
        DepartmentSales => en: "Sales", zh: "销售部";
        DepartmentProduct => en: "Product", zh: "产品部";
        DepartmentCustomerService => en: "Customer service", zh: "客服部";
        DepartmentPr => en: "PR", zh: "公关部";
        DepartmentLegal => en: "Legal", zh: "法务部";
        DepartmentOther => en: "Other department", zh: "其他部门";
        CadenceDaily => en: "Daily", zh: "每天";
        CadenceWeekly => en: "Weekly", zh: "每周";
        CadenceFortnightly => en: "Every two weeks", zh: "每两周";
        CadenceMonthly => en: "Monthly", zh: "每月";
        CadenceQuarterly => en: "Quarterly", zh: "每季度";

        // Numbers with their words
        LoadValue => en: "{assigned}% of {availability}%", zh: "{assigned}%（可投入{availability}%）";
        HoursValue => en: "{hours} h", zh: "{hours}小时";
    }
}

/// Name, one-line description, strengths and weaknesses of a model.
pub fn model_texts(model: TeamModel) -> [TeamText; 4] {
    use TeamText::*;
    match model {
        TeamModel::Centralized => [
            CentralizedName,
            CentralizedWhat,
            CentralizedStrengths,
            CentralizedWeaknesses,
        ],
        TeamModel::Decentralized => [
            DecentralizedName,
            DecentralizedWhat,
            DecentralizedStrengths,
            DecentralizedWeaknesses,
        ],
        TeamModel::Hybrid => [HybridName, HybridWhat, HybridStrengths, HybridWeaknesses],
    }
}

/// The name of a model.
pub fn model_name(locale: Locale, model: TeamModel) -> &'static str {
    t(locale, model_texts(model)[0])
}

/// The label of a company size.
pub fn size_text(size: CompanySize) -> TeamText {
    match size {
        CompanySize::Micro => TeamText::SizeMicro,
        CompanySize::Small => TeamText::SizeSmall,
        CompanySize::Medium => TeamText::SizeMedium,
        CompanySize::Large => TeamText::SizeLarge,
    }
}

/// The five answers of a 1–5 scale.
pub const CONSISTENCY_SCALE: [TeamText; 5] = [
    TeamText::Consistency1,
    TeamText::Consistency2,
    TeamText::Consistency3,
    TeamText::Consistency4,
    TeamText::Consistency5,
];

/// The five answers of the strategic-weight scale.
pub const STRATEGIC_SCALE: [TeamText; 5] = [
    TeamText::Strategic1,
    TeamText::Strategic2,
    TeamText::Strategic3,
    TeamText::Strategic4,
    TeamText::Strategic5,
];

/// One reason of the recommendation, as a sentence.
pub fn reason_text(locale: Locale, reason: Reason) -> String {
    use TeamText::*;
    let key = match reason {
        Reason::OneUnit => ReasonOneUnit,
        Reason::MicroCompany => ReasonMicroCompany,
        Reason::FewPeople => ReasonFewPeople,
        Reason::TwoUnitsOneVoice => ReasonTwoUnitsOneVoice,
        Reason::SeveralUnits(count) => {
            return tf(locale, ReasonSeveralUnits, &[("count", &count)]);
        }
        Reason::LocalSpeedFirst => ReasonLocalSpeedFirst,
        Reason::ConsistencyFirst => ReasonConsistencyFirst,
        Reason::BalanceNeeded => ReasonBalanceNeeded,
        Reason::StrategicLead => ReasonStrategicLead,
        Reason::SideActivity => ReasonSideActivity,
        Reason::LargeCompany => ReasonLargeCompany,
    };
    t(locale, key).to_string()
}

/// The duties and skills the handbook gives a role kind, as texts (none for a custom role).
fn role_prefill_texts(kind: TeamRoleKind) -> (&'static [TeamText], &'static [TeamText]) {
    use TeamText::*;
    match kind {
        TeamRoleKind::Manager => (
            &[
                ManagerDutyStrategy,
                ManagerDutyTeam,
                ManagerDutyBudget,
                ManagerDutyResults,
                ManagerDutyDepartments,
            ],
            &[
                ManagerSkillStrategy,
                ManagerSkillProjects,
                ManagerSkillData,
                ManagerSkillLeadership,
            ],
        ),
        TeamRoleKind::ContentCreator => (
            &[
                CreatorDutyTopics,
                CreatorDutyCopy,
                CreatorDutyIdeas,
                CreatorDutyMedia,
            ],
            &[
                CreatorSkillWriting,
                CreatorSkillCreativity,
                CreatorSkillTrends,
                CreatorSkillAesthetics,
            ],
        ),
        TeamRoleKind::Community => (
            &[
                CommunityDutyAccounts,
                CommunityDutyReplies,
                CommunityDutyEvents,
                CommunityDutyRelations,
            ],
            &[
                CommunitySkillCommunication,
                CommunitySkillEmpathy,
                CommunitySkillAdaptability,
                CommunitySkillService,
            ],
        ),
        TeamRoleKind::DataAnalyst => (
            &[AnalystDutyCollect, AnalystDutyAnalyse, AnalystDutyReport],
            &[AnalystSkillDataSense, AnalystSkillTools, AnalystSkillLogic],
        ),
        TeamRoleKind::Designer => (
            &[DesignerDutyIdentity, DesignerDutyImages],
            &[DesignerSkillGraphics, DesignerSkillGuidelines],
        ),
        TeamRoleKind::VideoEditor => (
            &[VideoDutyShoot, VideoDutySound],
            &[VideoSkillEditing, VideoSkillStory],
        ),
        TeamRoleKind::SeoSem => (
            &[SearchDutyVisibility, SearchDutyPaid],
            &[SearchSkillKeywords, SearchSkillAds],
        ),
        TeamRoleKind::Custom => (&[], &[]),
    }
}

/// The duties and skills the handbook gives a role kind (empty for a custom role).
pub fn role_prefill(locale: Locale, kind: TeamRoleKind) -> (Vec<String>, Vec<String>) {
    let (duties, skills) = role_prefill_texts(kind);
    let words = |list: &[TeamText]| list.iter().map(|k| t(locale, *k).to_string()).collect();
    (words(duties), words(skills))
}

/// The name of an activity of the responsibility matrix.
pub fn activity_name(locale: Locale, activity: Activity) -> &'static str {
    use TeamText::*;
    t(
        locale,
        match activity {
            Activity::Strategy => ActivityStrategy,
            Activity::ContentPlanning => ActivityContentPlanning,
            Activity::ContentCreation => ActivityContentCreation,
            Activity::ApprovalPublishing => ActivityApprovalPublishing,
            Activity::CommunityReplies => ActivityCommunityReplies,
            Activity::CrisisResponse => ActivityCrisisResponse,
            Activity::DataReporting => ActivityDataReporting,
        },
    )
}

/// The option label of a matrix letter.
pub fn letter_text(letter: Raci) -> TeamText {
    match letter {
        Raci::R => TeamText::LetterR,
        Raci::A => TeamText::LetterA,
        Raci::C => TeamText::LetterC,
        Raci::I => TeamText::LetterI,
    }
}

/// The problem of a matrix row, as a short sentence.
pub fn raci_problem_text(locale: Locale, problem: RaciProblem) -> String {
    match problem {
        RaciProblem::NoAccountable => t(locale, TeamText::RaciNoAccountable).to_string(),
        RaciProblem::SeveralAccountable(count) => tf(
            locale,
            TeamText::RaciSeveralAccountable,
            &[("count", &count)],
        ),
    }
}

/// The name of a department kind.
pub fn department_name(locale: Locale, kind: DepartmentKind) -> &'static str {
    use TeamText::*;
    t(
        locale,
        match kind {
            DepartmentKind::Marketing => DepartmentMarketing,
            DepartmentKind::Sales => DepartmentSales,
            DepartmentKind::Product => DepartmentProduct,
            DepartmentKind::CustomerService => DepartmentCustomerService,
            DepartmentKind::Pr => DepartmentPr,
            DepartmentKind::Legal => DepartmentLegal,
            DepartmentKind::Custom => DepartmentOther,
        },
    )
}

/// The name of a cadence.
pub fn cadence_name(locale: Locale, cadence: Cadence) -> &'static str {
    use TeamText::*;
    t(
        locale,
        match cadence {
            Cadence::Daily => CadenceDaily,
            Cadence::Weekly => CadenceWeekly,
            Cadence::Fortnightly => CadenceFortnightly,
            Cadence::Monthly => CadenceMonthly,
            Cadence::Quarterly => CadenceQuarterly,
        },
    )
}

/// "Load: 50% of 60%" / "工作量：50%（可投入60%）".
pub fn load_text(locale: Locale, load: PersonLoad) -> String {
    let value = tf(
        locale,
        TeamText::LoadValue,
        &[
            ("assigned", &load.assigned),
            ("availability", &load.availability),
        ],
    );
    labelled(locale, t(locale, TeamText::LoadLabel), &value)
}

/// A number of hours: "28 h" / "28小时".
pub fn hours_text(locale: Locale, hours: u32) -> String {
    tf(locale, TeamText::HoursValue, &[("hours", &hours)])
}

/// Full-time equivalents from a sum of percents: "1.5".
pub fn fte_text(percent: u32) -> String {
    let tenths = (percent + 5) / 10;
    if tenths.is_multiple_of(10) {
        format!("{}", tenths / 10)
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

/// What a step shows: its role and label ("Legal", "Social media manager · final check").
pub fn approval_step_title(locale: Locale, step: &ApprovalStep, roles: &[TeamRole]) -> String {
    let role = step
        .role
        .and_then(|id| roles.iter().find(|r| r.id == id))
        .map(|r| team_role_label(locale, r));
    let label = step.label.trim();
    match (role, label.is_empty()) {
        (Some(role), true) => role,
        (Some(role), false) => format!("{role} · {label}"),
        (None, false) => label.to_string(),
        (None, true) => t(locale, TeamText::UnnamedStep).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_and_problem_reads_in_both_languages() {
        let reasons = [
            Reason::OneUnit,
            Reason::MicroCompany,
            Reason::FewPeople,
            Reason::TwoUnitsOneVoice,
            Reason::SeveralUnits(3),
            Reason::LocalSpeedFirst,
            Reason::ConsistencyFirst,
            Reason::BalanceNeeded,
            Reason::StrategicLead,
            Reason::SideActivity,
            Reason::LargeCompany,
        ];
        for r in reasons {
            let en = reason_text(Locale::En, r);
            let zh = reason_text(Locale::ZhCn, r);
            assert!(en.ends_with('.'), "{en}");
            assert!(zh.ends_with('。'), "{zh}");
        }
        assert!(reason_text(Locale::ZhCn, Reason::SeveralUnits(3)).contains('3'));
        assert_eq!(
            raci_problem_text(Locale::En, RaciProblem::SeveralAccountable(2)),
            "2 A's: keep exactly one."
        );
    }

    #[test]
    fn core_roles_are_prefilled_in_both_languages_and_custom_is_empty() {
        for locale in [Locale::En, Locale::ZhCn] {
            for kind in TeamRoleKind::CORE.into_iter().chain(TeamRoleKind::OPTIONAL) {
                let (duties, skills) = role_prefill(locale, kind);
                assert!(duties.len() >= 2 && skills.len() >= 2, "{kind:?}");
            }
            assert_eq!(role_prefill(locale, TeamRoleKind::Custom), (vec![], vec![]));
        }
    }

    #[test]
    fn numbers_read_naturally() {
        assert_eq!(fte_text(150), "1.5");
        assert_eq!(fte_text(200), "2");
        assert_eq!(fte_text(0), "0");
        assert_eq!(hours_text(Locale::ZhCn, 28), "28小时");
        let load = PersonLoad {
            assigned: 50,
            availability: 60,
        };
        assert_eq!(load_text(Locale::En, load), "Load: 50% of 60%");
        assert_eq!(load_text(Locale::ZhCn, load), "工作量：50%（可投入60%）");
    }

    #[test]
    fn templates_read_as_before() {
        // Expected strings as these texts read before they were written as templates.
        assert_eq!(
            reason_text(Locale::En, Reason::SeveralUnits(3)),
            "You have 3 business units or regions, each with its own customers."
        );
        assert_eq!(
            reason_text(Locale::ZhCn, Reason::SeveralUnits(3)),
            "你们有3个业务单元或地区，各有自己的客户。"
        );
        assert_eq!(
            raci_problem_text(Locale::ZhCn, RaciProblem::SeveralAccountable(2)),
            "有2个 A：只能保留一个。"
        );
        assert_eq!(
            raci_problem_text(Locale::ZhCn, RaciProblem::NoAccountable),
            "没有 A：谁来拍板？"
        );
        assert_eq!(hours_text(Locale::En, 28), "28 h");
        assert_eq!(
            role_prefill(Locale::ZhCn, TeamRoleKind::DataAnalyst),
            (
                vec![
                    "收集与清洗数据".to_string(),
                    "分析效果".to_string(),
                    "为策略和内容优化出具报告".to_string()
                ],
                vec![
                    "数据敏感度".to_string(),
                    "数据分析工具".to_string(),
                    "逻辑思维".to_string()
                ]
            )
        );
        assert_eq!(
            role_prefill(Locale::En, TeamRoleKind::Designer).0,
            vec!["Visual identity on social media", "Post images and covers"]
        );
    }
}
