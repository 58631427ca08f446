//! Words of plan files and calendar files: why an import was refused and what to do about it,
//! what is worth knowing about a plan that was accepted (`io::error`), and the column names and
//! fallbacks of the calendar exports (`io::ics`).
//!
//! The import errors' technical detail (serde's own description) is English: only the English
//! messages quote it in `{detail}`; the Chinese ones leave it out, and the import dialog's
//! details disclosure shows it in both languages.

crate::texts! {
    /// Import errors (what is wrong, then what to do) and warnings.
    pub enum ImportText {
        // What is wrong
        Empty => en: "The file is empty.", zh: "文件是空的。";
        TooLarge => en: "The file is too large ({size}; the limit is {limit}), far more than any plan needs.",
            zh: "文件太大（{size}，上限为 {limit}），远超任何规划所需的大小。";
        NotText => en: "This is not a text file, or it is not saved as UTF-8.", zh: "这不是文本文件，或者没有以 UTF-8 编码保存。";
        Truncated => en: "The file stops too early (line {line}, column {column}): it was probably cut off while being downloaded or copied.",
            zh: "文件在第 {line} 行第 {column} 列提前结束，可能在下载或复制时被截断了。";
        Syntax => en: "The file is not valid JSON: there is a mistake at line {line}, column {column} ({detail}).",
            zh: "文件不是有效的 JSON：第 {line} 行第 {column} 列附近有格式错误。";
        TooDeep => en: "The file is nested far too deeply to be a plan.", zh: "文件的嵌套层级太深，不可能是一份规划。";
        DuplicateKey => en: "“{path}” appears twice in the same place, so it is not clear which value to use.",
            zh: "“{path}”在同一处出现了两次，无法确定该用哪个值。";
        NotAnObject => en: "The file holds JSON data, but not a plan.", zh: "文件是 JSON 数据，但不是一份规划。";
        NoFormat => en: "This JSON file does not come from Social Playbook (it has no “format” field).",
            zh: "这个 JSON 文件不是社媒运营手册工作台导出的（缺少“format”字段）。";
        OtherFormat => en: "This file belongs to another app (its format is “{found}”).", zh: "这个文件属于其他应用（格式标记为“{found}”）。";
        PlanMissing => en: "The file has no plan in it (the “plan” field is missing).", zh: "文件里没有规划内容（缺少“plan”字段）。";
        VersionMissing => en: "The file does not say which format version it uses (the “version” field is missing).",
            zh: "文件没有注明格式版本（缺少“version”字段）。";
        VersionInvalid => en: "The file’s format version should be a whole number such as 1, but it is {found}.",
            zh: "文件的格式版本应为正整数（例如 1），实际为 {found}。";
        VersionTooNew => en: "This file was made by a newer version of Social Playbook (format version {found}); this version reads format versions up to {supported}.",
            zh: "这个文件由更新版本的社媒运营手册工作台生成（格式版本 {found}），当前版本最高只能读取格式版本 {supported}。";
        ValueNull => en: "“{path}” is empty (null), but a plan needs a value there.", zh: "“{path}”是空值（null），但规划在这里需要内容。";
        WrongValue => en: "The value at “{path}” is not what Social Playbook expects ({detail}).", zh: "“{path}”处的值类型或格式不符合要求。";
        DuplicateId => en: "Two records share the id {id} (“{first}” and “{second}”), so links between records would be ambiguous.",
            zh: "两条记录使用了同一个编号 {id}（“{first}”和“{second}”），记录之间的关联会混淆。";
        Migration => en: "The plan could not be brought up to date from format version {from} ({detail}).",
            zh: "无法把规划从格式版本 {from} 升级到当前版本。";

        // What to do about it
        CheckOrigin => en: "Check that this is a file exported from Social Playbook.", zh: "请确认这是从社媒运营手册工作台导出的文件。";
        ExportAgain => en: "Export the plan again, or use another copy of the file.", zh: "请重新导出，或换用这个文件的其他副本。";
        FixOrExport => en: "If the file was edited by hand, correct that spot; otherwise export the plan again.",
            zh: "如果手动改过文件，请修改该处；否则请重新导出。";
        DeleteOne => en: "Delete one of the two, then import the file again.", zh: "请删除其中一个，再重新导入。";
        Reload => en: "Reload this page to get the latest version of the app, then try again.", zh: "请刷新页面以获取最新版本，然后再试一次。";
        NewId => en: "If the file was edited by hand, give one of the two records a new id; otherwise export the plan again.",
            zh: "如果手动改过文件，请给其中一条记录换一个编号；否则请重新导出。";
        KeepFile => en: "Keep the file: a later version of the app may be able to read it.", zh: "请保留这个文件，以后的版本也许能读取它。";

        // Worth knowing
        QuotedPath => en: "“{path}”", zh: "“{path}”";
        ListMore => en: "{list}, …", zh: "{list}等";
        UnknownField => en: "The file has a field this version does not know ({list}). It will be left out.",
            zh: "文件中有 1 个当前版本无法识别的字段（{list}），导入时会略去。";
        UnknownFields => en: "The file has {total} fields this version does not know ({list}). They will be left out.",
            zh: "文件中有 {total} 个当前版本无法识别的字段（{list}），导入时会略去。";
        DanglingReference => en: "“{path}” refers to a record (id {id}) that is not in the plan; it will show as missing.",
            zh: "“{path}”引用的记录（编号 {id}）不在规划中，将显示为缺失。";
        UnsafeLink => en: "The link at “{path}” is not a web or email address; it is kept as text and will not be clickable.",
            zh: "“{path}”处的链接不是网址或邮箱地址，将作为普通文字保留，不能点击。";
    }
}

crate::texts! {
    /// The calendar exports: column headers (also the labels of an event's description lines)
    /// and the words used when something has no name.
    pub enum CalendarFileText {
        Date => en: "Date", zh: "日期";
        Time => en: "Time", zh: "时间";
        Platform => en: "Platform", zh: "平台";
        Theme => en: "Theme", zh: "主题";
        Format => en: "Format", zh: "形式";
        Title => en: "Title", zh: "标题";
        Brief => en: "Brief", zh: "内容简介";
        Status => en: "Status", zh: "状态";
        Owner => en: "Owner role", zh: "负责角色";
        Personas => en: "Personas", zh: "目标画像";
        Goal => en: "Goal", zh: "目标";
        UntitledGoal => en: "Untitled goal", zh: "未命名目标";
        PlannedPost => en: "Planned post", zh: "计划内容";
        CalendarName => en: "Content calendar", zh: "内容日历";
    }
}
