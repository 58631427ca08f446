//! Words of the handbook document and the handbook step (overview, health list, exports, share
//! links), in both languages.

crate::texts! {
    /// Interface text of the handbook.
    pub enum HandbookText {
        DocumentTitle => en: "Social media operations handbook", zh: "社交媒体运营手册";
        PreparedOn => en: "Prepared on", zh: "编制日期";
        Organisation => en: "Organisation", zh: "组织";
        Contents => en: "Contents", zh: "目录";
        NotDecided => en: "Not decided yet.", zh: "尚未确定。";
        SectionStrategy => en: "1. The role of social media", zh: "一、社交媒体的战略角色";
        SectionPersonas => en: "2. Who we talk to", zh: "二、目标受众画像";
        SectionVoice => en: "3. How we sound", zh: "三、品牌声音与个性";
        SectionGoals => en: "4. What we aim for", zh: "四、SMART 目标";
        SectionTeam => en: "5. Who does what", zh: "五、团队与协作";
        SectionContent => en: "6. What we publish", zh: "六、内容规划";
        SectionCalendar => en: "Content calendar", zh: "内容日历";
        Roles => en: "Roles of social media", zh: "社交媒体承担的角色";
        RoleColumn => en: "Role", zh: "角色";
        WhyColumn => en: "Why, for us", zh: "对我们的意义";
        PrimaryMark => en: "(primary)", zh: "（首要）";
        Vision => en: "Long-term vision", zh: "长期愿景";
        Objectives => en: "Short-term objectives", zh: "短期目标";
        Platforms => en: "Platforms", zh: "平台";
        PlatformColumn => en: "Platform", zh: "平台";
        PriorityColumn => en: "Priority", zh: "优先级";
        AccountColumn => en: "Account", zh: "账号";
        PriorityHigh => en: "High", zh: "高";
        PriorityMedium => en: "Medium", zh: "中";
        PriorityLow => en: "Low", zh: "低";
        PrimaryPersona => en: "Primary persona", zh: "核心画像";
        SecondaryPersona => en: "Secondary persona", zh: "次要画像";
        Age => en: "Age", zh: "年龄";
        Gender => en: "Gender", zh: "性别";
        Location => en: "Location", zh: "地域";
        Occupation => en: "Occupation", zh: "职业";
        Income => en: "Income", zh: "收入";
        Sources => en: "Based on", zh: "数据来源";
        Interests => en: "Interests and preferences", zh: "兴趣偏好";
        InfoHabits => en: "How they get information", zh: "信息获取习惯";
        SocialBehaviour => en: "How they behave on social media", zh: "社交行为模式";
        Pains => en: "Unmet needs and pain points", zh: "未被满足的需求与痛点";
        Gathering => en: "Where they gather", zh: "在哪里聚集";
        Topics => en: "Topics they enjoy", zh: "乐于讨论的话题";
        Motivators => en: "What moves them", zh: "如何被打动";
        CoreValues => en: "Core values", zh: "品牌核心价值";
        Personality => en: "Personality", zh: "品牌个性";
        TraitColumn => en: "We are…", zh: "我们是……";
        NotColumn => en: "…but not", zh: "……但不是";
        DoColumn => en: "Do", zh: "要这样";
        DontColumn => en: "Don't", zh: "不要这样";
        Tone => en: "Tone", zh: "语气";
        WordsToUse => en: "Words to use", zh: "常用词";
        WordsToAvoid => en: "Words to avoid", zh: "避免使用的词";
        ForbiddenClaims => en: "Forbidden absolute claims", zh: "禁用的绝对化用语";
        Samples => en: "Sample lines", zh: "示例文案";
        SamplePost => en: "Post", zh: "帖子";
        SampleReply => en: "Reply to a complaint", zh: "投诉回复";
        GoalColumn => en: "Goal", zh: "目标";
        DeadlineColumn => en: "Deadline", zh: "截止日期";
        OwnerColumn => en: "Owner", zh: "负责人";
        SmartColumn => en: "SMART check", zh: "SMART 检查";
        AchievableBecause => en: "Why it is achievable", zh: "可实现的理由";
        Themes => en: "Content themes", zh: "核心内容主题";
        ThemeColumn => en: "Theme", zh: "主题";
        ShareColumn => en: "Share", zh: "占比";
        PersonasColumn => en: "Personas", zh: "受众画像";
        GoalsColumn => en: "Goals", zh: "目标";
        DescriptionColumn => en: "What it covers", zh: "内容说明";
        Formats => en: "Formats per platform", zh: "各平台内容形式";
        FormatsColumn => en: "Formats", zh: "内容形式";
        PerWeekColumn => en: "Posts a week", zh: "每周发布数";
        Style => en: "Style and visual rules", zh: "内容风格与视觉规范";
        Colours => en: "Brand colours", zh: "品牌色";
        Fonts => en: "Fonts", zh: "字体";
        Hashtags => en: "Hashtags", zh: "话题标签";
        Emoji => en: "Emoji", zh: "表情符号";
        ImageRatios => en: "Image ratios", zh: "图片比例";
        Notes => en: "Notes", zh: "备注";
        Principles => en: "Creation principles", zh: "内容创作原则";
        DateColumn => en: "Date", zh: "日期";
        TitleColumn => en: "Title", zh: "标题";
        FormatColumn => en: "Format", zh: "形式";
        StatusColumn => en: "Status", zh: "状态";
        Untitled => en: "Untitled", zh: "未命名";
        NoItems => en: "Nothing planned yet.", zh: "还没有排期内容。";
    }
}

crate::texts! {
    /// Text of the handbook step around the document.
    pub enum HandbookUiText {
        OverviewHeading => en: "Where the plan stands", zh: "规划进度";
        StepProgress => en: "Progress per step", zh: "各步骤进度";
        HealthHeading => en: "Plan health", zh: "规划健康检查";
        HealthIntro => en: "Everything the checks of each step found, in one list. Each entry links to the field that fixes it.", zh: "各步骤检查发现的问题汇总在这里，每一项都可以直接跳到需要修改的地方。";
        HealthClean => en: "No problems found: every check passes.", zh: "没有发现问题，所有检查都已通过。";
        ActionsLabel => en: "Take the handbook with you", zh: "带走这份手册";
        Print => en: "Print / save as PDF", zh: "打印 / 另存为 PDF";
        DownloadMarkdown => en: "Download Markdown", zh: "下载 Markdown";
        MarkdownSaved => en: "Markdown file downloaded.", zh: "Markdown 文件已下载。";
        DownloadFailed => en: "The browser did not allow the download.", zh: "浏览器没有允许下载。";
        DocumentHeading => en: "The handbook", zh: "手册正文";
        NoCheckpoints => en: "Nothing to check yet", zh: "暂无检查项";
    }
}

crate::texts! {
    /// Words of the handbook's team chapter.
    pub enum HandbookTeamText {
        Model => en: "Team model", zh: "团队构建模式";
        ModelWhy => en: "Why this model", zh: "选择理由";
        RolesHeading => en: "Roles and responsibilities", zh: "角色与职责";
        Duties => en: "Duties", zh: "职责";
        Skills => en: "Skills", zh: "能力要求";
        PeopleHeading => en: "People", zh: "人员";
        Name => en: "Name", zh: "姓名";
        Availability => en: "Time available", zh: "可投入时间";
        RolesHeld => en: "Roles held", zh: "承担的角色";
        RaciHeading => en: "Who is responsible (RACI)", zh: "职责分工（RACI）";
        RaciKey => en: "R = responsible (does it), A = accountable (owns the outcome, one per activity), C = consulted, I = informed.", zh: "R＝执行者，A＝负责人（对结果负责，每项活动只能有一个），C＝咨询对象，I＝知会对象。";
        Activity => en: "Activity", zh: "活动";
        DepartmentsHeading => en: "Departments involved", zh: "协作部门";
        Department => en: "Department", zh: "部门";
        Involvement => en: "How they are involved", zh: "协作方式";
        Contact => en: "Contact", zh: "联系人";
        MeetingsHeading => en: "Recurring meetings", zh: "例会";
        Meeting => en: "Meeting", zh: "会议";
        Cadence => en: "How often", zh: "频率";
        Participants => en: "Who attends", zh: "参会者";
        Purpose => en: "Purpose", zh: "目的";
        ApprovalHeading => en: "Approval path", zh: "内容审批流程";
        ApprovalTotal => en: "Total time allowed", zh: "总时限";
        FeedbackHeading => en: "Feedback path", zh: "反馈路径";
    }
}

crate::texts! {
    /// Words of share links: making one on the handbook step, and opening one.
    pub enum ShareText {
        MakeHeading => en: "Share link", zh: "分享链接";
        MakeIntro => en: "The whole plan fits inside the link itself: nothing is uploaded, and anyone who opens the link gets a read-only copy they can add to their own plans. The link is a snapshot; later changes are not in it.", zh: "整份规划都装在链接里面，不会上传到任何地方。收到链接的人看到的是只读副本，可以把它加入自己的规划。链接只记录此刻的内容，之后的修改不会出现在里面。";
        Make => en: "Create share link", zh: "生成分享链接";
        Making => en: "Creating the link…", zh: "正在生成链接……";
        LinkLabel => en: "Link to this plan", zh: "这份规划的链接";
        Copy => en: "Copy link", zh: "复制链接";
        Copied => en: "Link copied. Paste it into a message or an email.", zh: "链接已复制，可以粘贴到消息或邮件里。";
        CopyFailed => en: "The browser did not allow copying. The link is selected: copy it with Ctrl+C (⌘C on a Mac).", zh: "浏览器不允许复制。链接已经选中，请按 Ctrl+C（Mac 上按 ⌘C）复制。";
        LinkLength => en: "Characters in the link", zh: "链接长度（字符）";
        TooBig => en: "This plan is too big for a link. Long links get cut off in chats and emails, and a cut link cannot be opened. Save the plan as a file instead and send the file.", zh: "这份规划太大，放不进链接。过长的链接在聊天和邮件里容易被截断，截断的链接无法打开。请把规划保存为文件，再把文件发给对方。";
        LinkLimit => en: "Longest link offered", zh: "链接长度上限";
        ExportInstead => en: "Save plan as file", zh: "把规划保存为文件";
        FileSaved => en: "Plan file downloaded.", zh: "规划文件已下载。";
        Unsupported => en: "The part of the app that makes links could not be downloaded. Check the connection and try again, or save the plan as a file instead.", zh: "生成链接所需的程序部分没有下载成功。请检查网络后重试，或者把规划保存为文件。";
        ViewHeading => en: "A shared plan (read only)", zh: "收到的规划（只读）";
        ViewIntro => en: "Someone shared this plan with you. You are reading a copy that lives only in this link: nothing has been added to your plans, and your own plans are unchanged.", zh: "有人把这份规划分享给了你。你正在看的是链接里的副本：它还没有加入你的规划，你自己的规划也没有任何变化。";
        Opening => en: "Opening the shared plan…", zh: "正在打开分享的规划……";
        AddToMine => en: "Add to my plans", zh: "加入我的规划";
        Close => en: "Back to my plan", zh: "回到我的规划";
        Added => en: "Added to your plans", zh: "已加入你的规划";
        FailedHeading => en: "This share link cannot be opened", zh: "无法打开这个分享链接";
        Damaged => en: "The link is damaged or incomplete. Part of it was probably cut off when it was copied or sent. Ask for the link again, or ask for the plan as a file.", zh: "链接已损坏或不完整，可能在复制或发送时被截断了一部分。请让对方重新发送链接，或者直接发送规划文件。";
        NewerRecipe => en: "This link was made by a newer version of Social Playbook. Reload the page to get the newest version, then open the link again.", zh: "这个链接来自更新版本的社媒运营手册工作台。请刷新页面获取最新版本，再重新打开链接。";
        Unreadable => en: "The link opened, but the plan inside it could not be read:", zh: "链接可以打开，但里面的规划无法读取：";
    }
}
