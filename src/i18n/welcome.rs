//! Words of the first visit (welcome view), the page on how data is kept, the backup reminder and
//! the empty calendar, in both languages.

crate::texts! {
    /// Interface text of the welcome view, the data page and backups.
    pub enum WelcomeText {
        Lead => en: "Write your own social media operations handbook, one decision at a time: why you are on social media, who you talk to, how you sound, what you aim for, who does what, and what you publish when.", zh: "一步一步写出你们自己的社交媒体运营手册：为什么做社媒、对谁说话、用什么语气、要达成什么目标、谁来做什么、什么时候发什么。";
        WaysHeading => en: "Three ways to start", zh: "三种开始方式";
        BlankHeading => en: "A blank plan", zh: "新建空白规划";
        BlankIntro => en: "Start from nothing. The steps ask the questions; you can change the name later.", zh: "从零开始，每一步都会引导你回答问题。名称之后也可以修改。";
        BlankName => en: "Name of the plan", zh: "规划名称";
        BlankNamePlaceholder => en: "e.g. Our social media plan 2027", zh: "例如：2027 年社媒运营规划";
        BlankOrganisation => en: "Organisation (optional)", zh: "组织名称（可选）";
        BlankStart => en: "Start the plan", zh: "开始规划";
        ExampleHeading => en: "A worked example", zh: "从完整示例开始";
        ExampleIntro => en: "Open a finished plan, see how each step was decided, and change it into your own. Good for workshops.", zh: "打开一份已经完成的规划，看看每一步是怎么决定的，再改成你们自己的。适合培训和工作坊。";
        FileHeading => en: "A plan file", zh: "打开规划文件";
        FileIntro => en: "Continue a plan saved from Social Playbook on this or another computer.", zh: "继续编辑之前从本工具保存的规划文件，来自这台或另一台电脑都可以。";
        DataLine => en: "Your plans stay in this browser on this device. Nothing is sent anywhere, and there is no account. Save a file to keep a copy.", zh: "你的规划只保存在这台设备的这个浏览器里，不会发送到任何地方，也不需要注册账号。保存为文件即可留一份备份。";
        DataLink => en: "How your data is kept", zh: "数据是如何保存的";
        MenuWelcome => en: "Ways to start", zh: "开始方式";
        DataHeading => en: "How your data is kept", zh: "数据是如何保存的";
        DataWhereHeading => en: "In this browser only", zh: "只保存在这个浏览器里";
        DataWhere => en: "Social Playbook runs entirely in your browser. Your plans are kept in this browser's storage on this device. They are not sent to any server: there is no account, no cloud copy, no analytics and no tracking. Another browser, another computer or a private window does not see them.", zh: "社媒运营手册工作台完全在你的浏览器里运行。规划保存在这台设备的这个浏览器的存储中，不会发送到任何服务器：没有账号，没有云端副本，没有统计分析，也没有任何追踪。换一个浏览器、换一台电脑或者用无痕窗口，都看不到这些规划。";
        DataClearsHeading => en: "What deletes it", zh: "哪些情况会删除数据";
        DataClears1 => en: "Clearing browsing data, cookies or site data for this site.", zh: "清除浏览数据、Cookie 或本网站的站点数据。";
        DataClears2 => en: "Closing a private or incognito window: nothing from it is kept.", zh: "关闭无痕（隐私）窗口：其中的内容都不会保留。";
        DataClears3 => en: "Some browsers remove data of sites you have not opened for a while (Safari after about seven days without a visit).", zh: "有些浏览器会删除一段时间没有访问的网站数据（例如 Safari 大约七天未访问后）。";
        DataClears4 => en: "Resetting or uninstalling the browser, or a device cleaner app.", zh: "重置或卸载浏览器，或者使用手机清理类应用。";
        DataMoveHeading => en: "Keeping a copy and moving a plan", zh: "备份和迁移规划";
        DataMove1 => en: "Save a file: plan menu → Export (JSON). The file opens again here or on any other computer: plan menu → Import a file.", zh: "保存文件：规划菜单 → 导出（JSON）。这个文件可以在这里或任何其他电脑上重新打开：规划菜单 → 导入文件。";
        DataMove2 => en: "Share a link: on the handbook page, create a share link. The whole plan is inside the link; whoever opens it sees a read-only copy and can add it to their own plans.", zh: "分享链接：在手册页面生成分享链接。整份规划都在链接里，打开链接的人会看到只读副本，并可以加入自己的规划。";
        DataMove3 => en: "After many changes without a saved file, the app reminds you once, quietly. The plan menu always shows when the plan was last saved as a file.", zh: "如果修改了很多内容却一直没有保存文件，工具会轻轻提醒你一次。规划菜单里始终显示最近一次保存文件的时间。";
        DataNowHeading => en: "In this browser now", zh: "这个浏览器目前的情况";
        DataStorageOk => en: "Storage works: changes are saved as you go.", zh: "存储可用：修改会随时自动保存。";
        DataStorageBlocked => en: "Storage is blocked: plans live in this tab only until you save a file.", zh: "存储被禁用：在保存文件之前，规划只存在于当前标签页中。";
        DataPlanCount => en: "Plans stored", zh: "已保存的规划";
        DataBack => en: "Back to my plan", zh: "回到我的规划";
        DataStart => en: "Ways to start", zh: "查看开始方式";
        ReminderTitle => en: "Time to save a copy", zh: "该备份一下了";
        ReminderEdits => en: "Changes since the last saved file", zh: "距上次保存文件后的修改次数";
        ReminderDays => en: "Days since the last saved file", zh: "距上次保存文件的天数";
        ReminderDaysNever => en: "Days since the plan was started", zh: "规划已创建的天数";
        ReminderWhy => en: "This browser holds the only copy of your plan. A file keeps it safe if the browser's data is cleared.", zh: "目前只有这个浏览器里有这份规划。保存一份文件，即使浏览器数据被清除也不会丢失。";
        ReminderSave => en: "Save a file now", zh: "现在保存文件";
        ReminderLater => en: "Later", zh: "稍后";
        ReminderSaved => en: "Plan file downloaded.", zh: "规划文件已下载。";
        CalendarEmptyAction => en: "Plan the first post", zh: "安排第一条内容";
    }
}
