//! Words of the app's frame (header, plan menu, dialogs, banners, import) and of the steps
//! themselves (name, the question each answers, why it matters).

use crate::model::Step;

crate::texts! {
    /// Texts of the frame.
    pub enum AppText {
        AppName => en: "Social Playbook", zh: "社媒运营手册工作台";
        ListJoin => en: "{list}, {item}", zh: "{list}、{item}";
        BootOpening => en: "Opening your plan…", zh: "正在打开你的规划…";
        BootUnsupported => en: "This browser is too old for Social Playbook: it cannot run WebAssembly. Open this page in a current Chrome, Edge, Firefox or Safari (2021 or later), or in your phone's own browser.", zh: "这个浏览器版本太旧，无法运行 WebAssembly，所以打不开本工具。请用较新的 Chrome、Edge、Firefox 或 Safari（2021 年以后的版本）打开本页，或者在手机自带的浏览器里打开。";
        BootFailed => en: "Part of the app could not be downloaded. Check the connection and try again; nothing you saved is lost.", zh: "部分程序文件没有下载成功。请检查网络后重试，已保存的内容不会丢失。";
        BootRetry => en: "Try again", zh: "重试";
        PieceLoading => en: "Loading this part…", zh: "正在加载这一部分…";
        PieceFailed => en: "This part of the app could not be downloaded. Check the connection and try again; your plan is kept as it is.", zh: "这一部分程序没有下载成功。请检查网络后重试，你的规划保持不变。";
        // Shapes of text every part of the app uses (see the functions in `i18n/mod.rs`).
        Labelled => en: "{label}: {value}", zh: "{label}：{value}";
        TwoSentences => en: "{first} {second}", zh: "{first}{second}";
        CopyName => en: "{name} (copy)", zh: "{name}（副本）";
        StepCounter => en: "Step {number} of {total}", zh: "第 {number} 步，共 {total} 步";
        Date => en: "{day} {month} {year}", zh: "{year}年{month}月{day}日";
        DateTime => en: "{date}, {time}", zh: "{date} {time}";
        January => en: "Jan", zh: "1";
        February => en: "Feb", zh: "2";
        March => en: "Mar", zh: "3";
        April => en: "Apr", zh: "4";
        May => en: "May", zh: "5";
        June => en: "Jun", zh: "6";
        July => en: "Jul", zh: "7";
        August => en: "Aug", zh: "8";
        September => en: "Sep", zh: "9";
        October => en: "Oct", zh: "10";
        November => en: "Nov", zh: "11";
        December => en: "Dec", zh: "12";
        AppTagline => en: "Write your social media operations handbook, one decision at a time.", zh: "一步一个决定，写出属于你们的社交媒体运营手册。";
        SkipToContent => en: "Skip to the step", zh: "跳到当前步骤";
        LanguageLabel => en: "Language", zh: "语言";
        StepsNavLabel => en: "Steps", zh: "步骤";
        Previous => en: "Previous", zh: "上一步";
        Next => en: "Next", zh: "下一步";
        HandbookLabel => en: "Your handbook", zh: "你的手册";
        CoachTitle => en: "Coach", zh: "教练提示";
        CoachWhat => en: "What to decide", zh: "这一步要决定什么";
        CoachWhy => en: "Why it matters", zh: "为什么重要";
        LargeText => en: "Large text", zh: "大字号";
        CoachShow => en: "Show", zh: "展开";
        CoachHide => en: "Hide", zh: "收起";
        DefaultPlanName => en: "My social media plan", zh: "我的社媒运营规划";
        SaveSaved => en: "Saved in this browser", zh: "已保存在本浏览器";
        SaveSaving => en: "Saving…", zh: "保存中…";
        SaveNotSaved => en: "Not saved", zh: "未保存";
        SaveMemoryOnly => en: "Not kept: storage is off", zh: "未保存：浏览器存储不可用";
        PlanMenu => en: "Plans and files", zh: "规划与文件";
        PlansHeading => en: "Your plans", zh: "你的规划";
        PlanSwitchLabel => en: "Open plan", zh: "打开的规划";
        PlanNew => en: "New plan", zh: "新建规划";
        PlanRename => en: "Rename", zh: "重命名";
        PlanDuplicate => en: "Duplicate", zh: "复制";
        PlanDelete => en: "Delete", zh: "删除";
        PlanImport => en: "Import a file…", zh: "导入文件…";
        PlanExport => en: "Export (JSON)", zh: "导出（JSON）";
        PlanNameLabel => en: "Plan name", zh: "规划名称";
        PlanOrganisationLabel => en: "Organisation", zh: "组织或品牌";
        PlanOrganisationHint => en: "Company, shop, school or team this plan is for.", zh: "这份规划属于哪家公司、店铺、学校或团队。";
        Create => en: "Create", zh: "创建";
        Save => en: "Save", zh: "保存";
        Cancel => en: "Cancel", zh: "取消";
        Close => en: "Close", zh: "关闭";
        Dismiss => en: "Dismiss", zh: "知道了";
        Undo => en: "Undo", zh: "撤销";
        DeleteConfirmTitle => en: "Delete this plan?", zh: "删除这份规划？";
        DeleteConfirmText => en: "It disappears from this browser. You can undo until you close the page; export a file first if you may need it later.", zh: "它会从本浏览器中移除。关闭页面之前可以撤销；如果以后可能还要用，请先导出文件。";
        PlanDeletedToast => en: "Plan deleted.", zh: "规划已删除。";
        ImportedToast => en: "Plan imported.", zh: "规划已导入。";
        UpdatedToast => en: "Social Playbook has been updated to a new version. Your plans are unchanged.", zh: "社媒运营手册工作台已更新到新版本，你的规划不受影响。";
        PlanFromExample => en: "Start from an example", zh: "从示例开始";
        ExamplesTitle => en: "Worked examples", zh: "完整示例";
        ExamplesIntro => en: "Each example is a complete plan you can explore, change or print. It opens as a new plan; your own plans stay as they are.", zh: "每个示例都是一份完整的规划，可以浏览、修改或打印。示例会作为新规划打开，你自己的规划保持不变。";
        ExampleOpen => en: "Open as a new plan", zh: "作为新规划打开";
        ExampleOpenedToast => en: "Example opened as a new plan:", zh: "示例已作为新规划打开：";
        LastExportedNever => en: "Never exported to a file", zh: "尚未导出过文件";
        LastExportedLabel => en: "Last exported", zh: "上次导出";
        UnreadableMark => en: "cannot be opened", zh: "无法打开";
        BannerBlocked => en: "This browser is not letting the app store anything (private window or site data turned off). You can keep working, but nothing is kept when you close the page: export your plan to a file.", zh: "浏览器不允许本工具保存数据（可能是无痕窗口或关闭了网站数据）。你可以继续编辑，但关闭页面后内容不会保留，请把规划导出为文件。";
        BannerFull => en: "Browser storage is full, so your latest edits are not stored. The last stored copy is intact. Download a backup now, then free space by deleting plans you no longer need.", zh: "浏览器存储空间已满，最新的修改没有保存，之前保存的版本完好无损。请先下载备份，再删除不再需要的规划以腾出空间。";
        BannerUnreadable => en: "A stored plan could not be opened, so it was left exactly as it is. Download its text to keep it safe.", zh: "有一份已保存的规划无法打开，已原样保留，没有改动。请下载它的原始内容妥善保存。";
        BannerNewer => en: "A stored plan was saved by a newer version of Social Playbook. It was left untouched; open it in the newer version, or download its text.", zh: "有一份规划由更新版本的工作台保存，已原样保留。请用新版本打开，或下载它的原始内容。";
        BannerDownloadRaw => en: "Download its text", zh: "下载原始内容";
        BannerConflict => en: "This plan was changed in another tab while you were editing here. Nothing was overwritten. Choose which version to continue with.", zh: "你在这里编辑时，另一个标签页修改了这份规划。两边都没有被覆盖，请选择继续使用哪个版本。";
        BannerConflictReload => en: "Use the other tab's version", zh: "使用另一个标签页的版本";
        BannerConflictKeep => en: "Keep mine as a new plan", zh: "把我的版本另存为新规划";
        BannerWriteFailed => en: "The browser refused to store the plan. Export it to a file to be safe.", zh: "浏览器拒绝保存这份规划。为了安全，请导出为文件。";
        BackupDownload => en: "Download a backup", zh: "下载备份";
        ImportTitle => en: "Import a plan", zh: "导入规划";
        ImportIntro => en: "Choose a file exported from Social Playbook, drop it here, or paste its text. Nothing changes until you confirm.", zh: "选择从本工作台导出的文件、拖放到这里，或粘贴文件内容。确认之前不会有任何改动。";
        ImportChooseFile => en: "Choose a file", zh: "选择文件";
        ImportDropHere => en: "or drop a .json file here", zh: "或把 .json 文件拖放到这里";
        ImportPasteLabel => en: "Or paste the file's text", zh: "或粘贴文件内容";
        ImportCheck => en: "Check the text", zh: "检查内容";
        ImportSummaryTitle => en: "Ready to import", zh: "可以导入";
        ImportReplace => en: "Replace the open plan", zh: "替换当前规划";
        ImportAddNew => en: "Add as a new plan", zh: "添加为新规划";
        ImportUnchanged => en: "Your plans are unchanged.", zh: "你的规划没有任何改动。";
        ImportReading => en: "Reading the file…", zh: "正在读取文件…";
        ImportFileTooBig => en: "This file is larger than 10 MB, which is far more than any plan needs. Check that it is the right file.", zh: "文件超过 10 MB，远大于任何规划所需的大小。请确认选对了文件。";
        CountRoles => en: "Strategic roles", zh: "战略角色";
        CountPlatforms => en: "Platforms", zh: "平台";
        CountPersonas => en: "Personas", zh: "用户画像";
        CountTraits => en: "Voice traits", zh: "品牌个性特质";
        CountGoals => en: "Goals", zh: "目标";
        CountTeamRoles => en: "Team roles", zh: "团队岗位";
        CountPeople => en: "People", zh: "成员";
        CountThemes => en: "Content themes", zh: "内容主题";
        CountCalendar => en: "Calendar items", zh: "日历条目";
        ImportWarningsTitle => en: "Worth knowing", zh: "请留意";
    }
}

crate::texts! {
    /// Each step's name, its question and why it matters.
    pub enum StepText {
        StrategyName => en: "Strategic role", zh: "战略角色";
        PersonasName => en: "Audience personas", zh: "受众画像";
        VoiceName => en: "Brand voice", zh: "品牌声音";
        GoalsName => en: "SMART goals", zh: "SMART 目标";
        TeamName => en: "Team and collaboration", zh: "团队与协作";
        ContentName => en: "Content plan", zh: "内容规划";
        HandbookName => en: "Handbook", zh: "运营手册";
        StrategyQuestion => en: "Decide what social media is for in your business: which role comes first, which support it, and which platforms carry each role.", zh: "想清楚社交媒体在你们业务中承担什么角色：哪个角色最重要，哪些角色辅助，每个平台分别承担哪个角色。";
        PersonasQuestion => en: "Describe the few groups of people you most need to reach: who they are, where they spend time online, what they struggle with and what wins them over.", zh: "描述最需要触达的几类人：他们是谁，在哪些平台和社群活跃，有什么困扰，什么能打动他们。";
        VoiceQuestion => en: "Agree how your brand sounds: a handful of personality traits, where you sit on four tone scales, and the words you use and avoid.", zh: "统一品牌说话的方式：几个性格特质，在四个语气维度上的位置，以及常用词和避免用词。";
        GoalsQuestion => en: "Turn hopes into goals you can check: a metric on a platform, a starting value, a target and a deadline, each tied to a role and an audience.", zh: "把愿望变成可以检验的目标：哪个平台的哪个指标，从多少到多少，什么时候完成，服务哪个角色和哪类受众。";
        TeamQuestion => en: "Choose how the work is organised, who holds each role and how much of their week it takes, and how other departments review and feed in.", zh: "选择团队的组织模式，确定每个岗位由谁负责、占用多少工作时间，以及其他部门如何审核和配合。";
        ContentQuestion => en: "Plan what you publish: the themes you return to, the formats on each platform, the style rules, and a dated calendar everyone shares.", zh: "规划发布什么：反复经营的内容主题、各平台的内容形式、风格规范，以及全队共享、带日期的内容日历。";
        HandbookQuestion => en: "Review the whole plan, fix what the health check finds, then print it, save it as PDF or Markdown, and keep a copy of the data.", zh: "通读整份规划，处理健康检查发现的问题，然后打印、另存为 PDF 或 Markdown，并保存一份数据。";
        StrategyWhy => en: "Accounts run for their own sake drift, spend money and rarely show results. A clear role tells everyone which posts, goals and people matter.", zh: "为了做社交媒体而做社交媒体，只会花钱、没有方向、难见成效。角色清楚了，大家才知道哪些内容、目标和人最重要。";
        PersonasWhy => en: "Without a picture of the audience every post is a guess. Personas let you test ideas against real needs before you spend time making them.", zh: "不了解受众，所有运营都是无的放矢。有了用户画像，动手之前就能拿真实需求检验每个选题。";
        VoiceWhy => en: "People trust a brand that sounds like one consistent person. Agreeing the voice first lets several writers reply in the same way.", zh: "人们信任说话始终如一的品牌。先在内部达成共识，几位同事回复时才会像同一个人。";
        GoalsWhy => en: "\"Raise awareness\" cannot be missed or met. A specific, measurable, achievable, relevant and time-bound goal shows whether the work pays off.", zh: "「提升品牌知名度」无法判断达成与否。具体、可衡量、可实现、相关、有时限的目标，才能说明投入是否值得。";
        TeamWhy => en: "A plan without owners stays on paper. Naming roles, loads and an approval path keeps posts moving and stops surprises reaching the public.", zh: "没有负责人的规划只停留在纸上。明确岗位、工作量和审批路径，内容才能顺畅发出，也不会让意外直接暴露在公众面前。";
        ContentWhy => en: "Content keeps an account alive and strategy points it somewhere. A shared calendar keeps the mix balanced and the deadlines visible.", zh: "内容是生命线，策略是指南针。共享的内容日历让内容结构保持均衡，截止时间一目了然。";
        HandbookWhy => en: "The handbook is what your team will actually read. One document with every decision makes onboarding and reviews quick.", zh: "手册是团队真正会翻阅的东西。所有决定集中在一份文档里，新人上手和定期复盘都更快。";
    }
}

/// The step's name ("SMART goals" / "SMART 目标").
pub fn step_name(step: Step) -> StepText {
    match step {
        Step::Strategy => StepText::StrategyName,
        Step::Personas => StepText::PersonasName,
        Step::Voice => StepText::VoiceName,
        Step::Goals => StepText::GoalsName,
        Step::Team => StepText::TeamName,
        Step::Content => StepText::ContentName,
        Step::Handbook => StepText::HandbookName,
    }
}

/// What the step asks the team to decide.
pub fn step_question(step: Step) -> StepText {
    match step {
        Step::Strategy => StepText::StrategyQuestion,
        Step::Personas => StepText::PersonasQuestion,
        Step::Voice => StepText::VoiceQuestion,
        Step::Goals => StepText::GoalsQuestion,
        Step::Team => StepText::TeamQuestion,
        Step::Content => StepText::ContentQuestion,
        Step::Handbook => StepText::HandbookQuestion,
    }
}

/// Why the step's decision matters.
pub fn step_why(step: Step) -> StepText {
    match step {
        Step::Strategy => StepText::StrategyWhy,
        Step::Personas => StepText::PersonasWhy,
        Step::Voice => StepText::VoiceWhy,
        Step::Goals => StepText::GoalsWhy,
        Step::Team => StepText::TeamWhy,
        Step::Content => StepText::ContentWhy,
        Step::Handbook => StepText::HandbookWhy,
    }
}
