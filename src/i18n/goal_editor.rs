//! The words of step 4's goal editor (the SMART wording itself lives in `i18n::goals`).

crate::texts! {
    /// Interface texts of the goals step.
    pub enum GoalText {
        ListHeading => en: "Your goals", zh: "你的目标";
        ListIntro => en: "Write each goal so anyone can tell, on the deadline, whether it was met. The letters S M A R T check it as you type.", zh: "把每个目标写到截止那天谁都能判断是否达成。S M A R T 五个字母会随着你的输入逐项检查。";
        EmptyWhy => en: "Goals turn the strategy into numbers the team can chase and check.", zh: "目标把策略变成团队可以追赶、可以核对的数字。";
        AddGoal => en: "Add a goal", zh: "添加目标";
        Templates => en: "Start from the handbook's examples", zh: "从手册中的示例开始";
        TemplateWeibo => en: "Weibo followers +20% in six months", zh: "六个月内微博粉丝增长20%";
        TemplateTopic => en: "Brand topic discussion +30%", zh: "品牌话题讨论量增长30%";
        TemplateResponse => en: "Answer 90% of enquiries within 24 hours", zh: "24小时内回复90%的咨询";
        TitleWeibo => en: "Grow Weibo followers by 20% in six months", zh: "六个月内微博粉丝增长20%";
        TitleTopic => en: "Grow discussion of our brand topic by 30% in three months", zh: "三个月内品牌话题讨论量增长30%";
        TitleResponse => en: "Answer 90% of enquiries within 24 hours", zh: "24小时内回复90%的咨询";
        TitleLabel => en: "Goal title", zh: "目标标题";
        TitlePlaceholder => en: "e.g. Grow Weibo followers by 20% by May", zh: "例如：五月前微博粉丝增长20%";
        SentenceLabel => en: "The goal in one sentence", zh: "一句话说清目标";
        SmartLabel => en: "SMART check", zh: "SMART 检查";
        AllPass => en: "All five letters pass. This goal is SMART.", zh: "五个字母全部通过，这是一个 SMART 目标。";
        MetricLabel => en: "Metric", zh: "指标";
        CustomMetricLabel => en: "Name of the metric", zh: "指标名称";
        WithinHoursLabel => en: "Answered within (hours)", zh: "回复时限（小时）";
        PlatformLabel => en: "Platform", zh: "平台";
        AllPlatforms => en: "All platforms", zh: "所有平台";
        NoPlatformsYet => en: "No platforms yet. Choose them in step 1.", zh: "还没有平台，请先在第1步中选择。";
        GoToStrategy => en: "Go to step 1 · Strategy", zh: "前往第1步：战略定位";
        BaselineLabel => en: "Baseline (today's value)", zh: "基线（目前的数值）";
        TargetLabel => en: "Target", zh: "目标值";
        TargetKindLabel => en: "Target is written as", zh: "目标值的写法";
        TargetAbsolute => en: "A value", zh: "数值";
        TargetPercent => en: "% change", zh: "百分比变化";
        UnitLabel => en: "Unit", zh: "单位";
        StartLabel => en: "Start date", zh: "开始日期";
        DeadlineLabel => en: "Deadline", zh: "截止日期";
        RoleLabel => en: "Strategic role it serves", zh: "服务的战略定位";
        NoneChosen => en: "Not chosen", zh: "未选择";
        NoRolesYet => en: "No strategic roles yet. Choose them in step 1.", zh: "还没有战略定位，请先在第1步中选择。";
        PersonasLabel => en: "Personas it is about", zh: "针对的用户画像";
        NoPersonasYet => en: "No personas yet. Write them in step 2.", zh: "还没有用户画像，请先在第2步中填写。";
        GoToPersonas => en: "Go to step 2 · Personas", zh: "前往第2步：用户画像";
        UnnamedPersona => en: "Unnamed persona", zh: "未命名画像";
        OwnerLabel => en: "Owner (team role)", zh: "负责人（团队角色）";
        NoOwnerYet => en: "None yet: team roles are defined in step 5.", zh: "暂无：团队角色在第5步中设定。";
        UnnamedTeamRole => en: "Unnamed team role", zh: "未命名团队角色";
        AchievableLabel => en: "Why it is achievable", zh: "为什么能够实现";
        AchievableHint => en: "Resources, past results or benchmarks that make the target realistic.", zh: "让目标切实可行的资源、过往成绩或行业参照。";
        Duplicate => en: "Duplicate", zh: "复制";
        Delete => en: "Delete", zh: "删除";
        UntitledGoal => en: "Untitled goal", zh: "未命名目标";
        ProgressHeading => en: "Progress", zh: "进展";
        ProgressDate => en: "Date", zh: "日期";
        ProgressValue => en: "Value", zh: "数值";
        ProgressNote => en: "Note (optional)", zh: "备注（可选）";
        ProgressAdd => en: "Add", zh: "添加";
        ProgressNeedsDateAndValue => en: "Enter a date and a number.", zh: "请填写日期和数字。";
        ProgressEntries => en: "Recorded values", zh: "已记录的数值";
        DeleteEntry => en: "Delete entry", zh: "删除记录";
        NeededToday => en: "Needed by today", zh: "今天应达到";
        ChartLabel => en: "Chart of actual values against the planned line", zh: "实际数值与计划线的对比图";
        ChartPlan => en: "Plan", zh: "计划";
        ChartActual => en: "Actual", zh: "实际";
        ChartNoLine => en: "The chart appears once baseline, target, start and deadline are set.", zh: "填好基线、目标值、开始日期和截止日期后即显示图表。";
        ChartFrom => en: "from", zh: "从";
        ChartTo => en: "to", zh: "到";
        ChartPoints => en: "values recorded", zh: "个已记录数值";
    }
}
