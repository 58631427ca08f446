//! Words of the facilitator's room view (collecting hand-ins, comparing the tables and merging
//! the room's plan), in both languages: the sections, every row status and damage, the bundle
//! file's messages, the comparison's badges and the merge's picks, preview and notes.

use super::{t, tf, Locale};
use crate::model::workshop::{Damage, Status};

crate::texts! {
    /// Collecting, comparing and merging.
    pub enum RoomText {
        /// The collect section's heading.
        CollectHeading => en: "Collect the tables' plans", zh: "收集各组方案";
        CollectIntro => en: "Add what the tables handed in: files, pasted plan texts or links, many at once. Each becomes a row; nothing replaces anything, so a second hand-in shows beside the first.", zh: "添加各组提交的内容：文件、粘贴的方案文本或链接，可一次添加多个。每一项成为一行，任何内容都不会被覆盖，同一组再次提交会与之前的版本并列显示。";
        NoWorkshop => en: "Set up a session first; the tables' plans are collected, compared and merged here afterwards.", zh: "请先设置一场工作坊；之后各组的方案会在这里收集、对比与合并。";
        ChooseFiles => en: "Choose files…", zh: "选择文件…";
        DropHere => en: "or drop many files here at once", zh: "或一次把多个文件拖到这里";
        PasteLabel => en: "Paste plan texts or links: several texts one after another, or one link per line", zh: "粘贴方案文本或链接：多段文本可前后相连，链接每行一个";
        /// Under a long list (records to merge, a step compared): `{count}` in the longest table's list.
        ShowAllPerTable => en: "Show all (up to {count} per table)", zh: "显示全部（每组最多 {count} 项）";
        /// Labels the box where a copied workshop's text can be pasted.
        BundlePasteLabel => en: "Or paste a workshop's text (copied from “Copy the workshop as text”)", zh: "或粘贴工作坊的文本（通过“把工作坊复制为文本”复制的内容）";
        BundlePasteOpen => en: "Open the pasted workshop", zh: "打开粘贴的工作坊";
        PasteAdd => en: "Add what is pasted", zh: "添加粘贴的内容";
        /// `{done}` of `{total}` inputs read so far.
        Reading => en: "Reading {done} of {total}…", zh: "正在读取第 {done} 项，共 {total} 项…";
        /// After adding: `{count}` rows, `{ok}` of them ready to compare.
        Added => en: "{count} added, {ok} ready to compare.", zh: "已添加 {count} 项，其中 {ok} 项可以对比。";
        SkippedLines => en: "{n} lines of other text (names, times, remarks) were left out.", zh: "已略过 {n} 行其他文字（姓名、时间、留言等）。";
        PasteEmpty => en: "Nothing to add: the box is empty.", zh: "没有可添加的内容：输入框是空的。";
        CollectEmpty => en: "Nothing collected yet. Files, texts and links the tables send appear here, one row each.", zh: "还没有收集到内容。各组发来的文件、文本和链接会逐行显示在这里。";
        RowsCaption => en: "Hand-ins received, in the order they arrived", zh: "已收到的提交，按到达顺序排列";
        ColNumber => en: "No.", zh: "序号";
        ColSource => en: "From", zh: "来源";
        ColTable => en: "Table", zh: "小组";
        ColPlan => en: "Plan", zh: "方案";
        ColProgress => en: "Steps done", zh: "各步完成度";
        ColReceived => en: "Received", zh: "收到时间";
        ColStatus => en: "Status", zh: "状态";
        /// The source of the `{n}`th pasted plan text.
        PastedText => en: "Pasted text {n}", zh: "粘贴的文本 {n}";
        /// The source of the `{n}`th pasted link.
        PastedLink => en: "Pasted link {n}", zh: "粘贴的链接 {n}";
        /// One step's progress in a row: `{step}` and `{percent}`.
        StepPercent => en: "{step}: {percent}%", zh: "{step}：{percent}%";
        NoPlan => en: "—", zh: "—";
        StatusOk => en: "Collected", zh: "已收集";
        StatusNewest => en: "Collected: the newest version of this table", zh: "已收集：该组的最新版本";
        /// An older version; `{n}` is the newest row's number.
        StatusOlder => en: "Collected: an older version (row {n} is newer)", zh: "已收集：较早的版本（第 {n} 行更新）";
        StatusNoTable => en: "A plan of this session without a table (the room's plan?). Kept, not compared.", zh: "本场工作坊的方案，但没有小组（可能是全场方案）。已保留，不参与对比。";
        /// From the session named `{name}`.
        StatusOtherSession => en: "From another session (“{name}”). Kept, not compared.", zh: "来自另一场工作坊（“{name}”）。已保留，不参与对比。";
        StatusNoSession => en: "Not made in a workshop session. Kept, not compared.", zh: "不是在工作坊中制作的方案。已保留，不参与对比。";
        StatusNewerVersion => en: "Made by a newer version of the app (version {found}; this one reads up to {supported}). Update the app, then add it again.", zh: "由更新版本的应用制作（版本 {found}，本应用最高可读 {supported}）。请更新应用后重新添加。";
        StatusDuplicate => en: "The same as row {of}; nothing new.", zh: "与第 {of} 行相同，没有新内容。";
        StatusTooLarge => en: "Too large ({size} MB; the limit is {limit} MB). Not read.", zh: "文件过大（{size} MB，上限 {limit} MB）。未读取。";
        StatusFull => en: "The collection is full ({limit} rows). Not kept.", zh: "收集已满（{limit} 行）。未保留。";
        DamageEmpty => en: "Damaged: empty.", zh: "已损坏：内容为空。";
        DamageNotText => en: "Damaged: not a text file (a picture, a document, another encoding?).", zh: "已损坏：不是文本文件（图片、文档或其他编码？）。";
        DamageBroken => en: "Damaged: cut short or broken at line {line}, column {column}. Ask the table to send it again.", zh: "已损坏：在第 {line} 行第 {column} 列被截断或出错。请该组重新发送。";
        DamageNotAPlan => en: "Not a plan of this app.", zh: "不是本应用的方案。";
        DamageWrongValue => en: "Damaged: a wrong value at {path}.", zh: "已损坏：{path} 处的值不正确。";
        DamageDuplicateId => en: "Damaged: two records share the id {id}.", zh: "已损坏：两条记录使用了同一个编号 {id}。";
        DamageLink => en: "Damaged link: cut short or altered. Ask the table to send the file instead.", zh: "链接已损坏：被截断或改动。请该组改发文件。";
        DamageJoinLink => en: "This is the join link, not a table's plan.", zh: "这是加入链接，不是小组的方案。";
        DamageUnreadable => en: "Damaged: it cannot be read.", zh: "已损坏：无法读取。";
        BundleHeading => en: "The whole workshop as one file", zh: "整场工作坊存为一个文件";
        BundleExport => en: "Save the workshop file", zh: "保存工作坊文件";
        BundleImport => en: "Open a workshop file…", zh: "打开工作坊文件…";
        BundleHint => en: "The file holds the session and every hand-in. Opening one replaces the workshop on this device (you can undo).", zh: "文件包含工作坊设置和所有提交。打开文件会替换本设备上的工作坊（可以撤销）。";
        BundleSaved => en: "The workshop file is being saved.", zh: "正在保存工作坊文件。";
        BundleSaveFailed => en: "The browser did not start the download.", zh: "浏览器没有开始下载。";
        /// After opening: session `{name}` with `{rows}` rows.
        BundleOpened => en: "Opened “{name}” with {rows} rows.", zh: "已打开“{name}”，共 {rows} 行。";
        BundleUnchanged => en: "Nothing changed.", zh: "没有任何改动。";
        BundleUndo => en: "Undo", zh: "撤销";
        BundleUndone => en: "The earlier workshop is back.", zh: "已恢复之前的工作坊。";
        BundleEmpty => en: "The file is empty.", zh: "文件是空的。";
        BundleNotText => en: "The file is not text (a picture, a document, another encoding?).", zh: "文件不是文本（图片、文档或其他编码？）。";
        BundleTooLarge => en: "The file is larger than {mb} MB.", zh: "文件超过 {mb} MB。";
        BundleBroken => en: "The file is cut short or broken at line {line}, column {column}.", zh: "文件在第 {line} 行第 {column} 列被截断或出错。";
        BundlePlanFile => en: "This is one plan's file, not a workshop file: add it to the collection above instead.", zh: "这是单个方案的文件，不是工作坊文件：请在上方把它添加到收集中。";
        BundleNotABundle => en: "This is not a workshop file of this app.", zh: "这不是本应用的工作坊文件。";
        BundleBadVersion => en: "The file's version is missing or not a whole number.", zh: "文件的版本号缺失或不是整数。";
        BundleTooNew => en: "A newer version of the app wrote this file (version {found}; this one reads up to {supported}). Update the app to open it.", zh: "此文件由更新版本的应用写入（版本 {found}，本应用最高可读 {supported}）。请更新应用后再打开。";
        BundleWrongValue => en: "The file has a wrong value at {path}.", zh: "文件中 {path} 处的值不正确。";
        BundleInconsistent => en: "The file's hand-ins do not belong to its session.", zh: "文件中的提交与其工作坊不符。";
        CompareHeading => en: "Compare the tables", zh: "对比各组";
        CompareIntro => en: "The newest plan of each table, step by step. A badge says how many tables made the same choice.", zh: "每组的最新方案，逐步并列。徽标显示有多少组做了相同的选择。";
        CompareNone => en: "Nothing to compare yet: collect at least one table's plan.", zh: "还没有可对比的内容：请至少收集一个小组的方案。";
        AgreeAll => en: "all tables", zh: "全部小组";
        /// `{n}` of `{m}` tables.
        AgreeCount => en: "{n} of {m}", zh: "{m} 组中 {n} 组";
        ColChoice => en: "Choice", zh: "选择";
        ColTables => en: "Chosen by", zh: "选择的小组";
        Roles => en: "Strategic roles", zh: "战略角色";
        PrimaryRole => en: "Primary role", zh: "主要角色";
        Personas => en: "Personas", zh: "用户画像";
        Traits => en: "Voice traits (we are…)", zh: "品牌声音特质（我们是…）";
        Goals => en: "Goals", zh: "目标";
        Metrics => en: "Metrics", zh: "指标";
        /// SMART verdicts of one table's goals.
        SmartCounts => en: "{pass} SMART · {warn} to sharpen · {fail} not SMART", zh: "{pass} 个符合 SMART · {warn} 个待完善 · {fail} 个不符合";
        TeamModel => en: "Team model", zh: "团队模式";
        Themes => en: "Themes and shares", zh: "内容主题与占比";
        ShareOf => en: "{name} {share}%", zh: "{name} {share}%";
        Calendar => en: "Calendar", zh: "内容日历";
        /// One table's calendar: `{items}` items on `{platforms}` platforms.
        CalendarCount => en: "{items} items on {platforms} platforms", zh: "{items} 条内容，{platforms} 个平台";
        NothingYet => en: "nothing yet", zh: "暂无";
        /// Under a table's list cut short (a step compared, records to merge).
        MoreInList => en: "and {count} more", zh: "另有 {count} 项";
        CustomRole => en: "Custom role", zh: "自定义角色";
        MergeHeading => en: "Build the room's plan", zh: "形成全场方案";
        MergeIntro => en: "Tick the best parts of any table; the preview shows what will be written. The tables' plans stay exactly as they are.", zh: "从任意小组勾选最好的部分，预览会显示将写入的内容。各组的方案保持原样。";
        MergeNone => en: "Collect the tables' plans first; then pick the best parts here.", zh: "请先收集各组的方案，然后在这里挑选最好的部分。";
        MergeName => en: "Name of the room's plan", zh: "全场方案名称";
        /// The proposed name: `{session}` is the session's name.
        MergeDefaultName => en: "{session}: the room's plan", zh: "{session}·全场方案";
        MergeItems => en: "Items to take", zh: "要采用的条目";
        MergeSections => en: "Whole sections (one table each)", zh: "整段内容（每段选一个小组）";
        MergeSectionNone => en: "Not taken", zh: "不采用";
        /// Ticks every item of one kind from table `{table}`.
        MergeTakeAll => en: "Take all from {table}", zh: "全选{table}的条目";
        /// Unticks every item of one kind from table `{table}`.
        MergeTakeNone => en: "Clear {table}", zh: "取消勾选{table}的条目";
        MergeUnnamed => en: "(no name)", zh: "（未命名）";
        MergePreview => en: "Preview", zh: "预览";
        MergeCount => en: "{n} items will go in.", zh: "将写入 {n} 个条目。";
        MergeEmpty => en: "Nothing picked yet.", zh: "尚未勾选任何内容。";
        MergeNotes => en: "Good to know", zh: "请注意";
        /// An item whose link to something not picked is dropped.
        NoteLinkDropped => en: "“{item}” ({table}) pointed to something that was not picked; that link is dropped.", zh: "“{item}”（{table}）关联的内容未被勾选，该关联将被去掉。";
        NoteLeftOut => en: "Formats of {table} are left out: their platform is not picked.", zh: "{table} 的内容形式未写入：对应的平台没有勾选。";
        NoteMissing => en: "Something picked from {table} is no longer there; it is skipped.", zh: "从 {table} 勾选的某项已不存在，已跳过。";
        MergeCreate => en: "Create the room's plan", zh: "创建全场方案";
        /// After creating: the new plan's `{name}`.
        MergeCreated => en: "“{name}” was added as a new plan. The tables' plans are unchanged.", zh: "已将“{name}”添加为新方案。各组的方案没有改动。";
        MergeOpenHandbook => en: "Open its handbook", zh: "打开它的手册";
        KindRole => en: "Strategic roles", zh: "战略角色";
        KindPlatform => en: "Platforms", zh: "平台";
        KindPersona => en: "Personas", zh: "用户画像";
        KindVoiceTrait => en: "Voice traits", zh: "声音特质";
        KindSample => en: "Sample lines", zh: "示例文案";
        KindGoal => en: "Goals", zh: "目标";
        KindTeamRole => en: "Team roles", zh: "团队岗位";
        KindPerson => en: "People", zh: "成员";
        KindDepartment => en: "Departments", zh: "部门";
        KindMeeting => en: "Meetings", zh: "会议";
        KindApprovalStep => en: "Approval steps", zh: "审批环节";
        KindTheme => en: "Themes", zh: "内容主题";
        KindFormats => en: "Formats per platform", zh: "各平台内容形式";
        KindColour => en: "Brand colours", zh: "品牌色";
        KindCalendarItem => en: "Calendar items", zh: "日历条目";
        FieldVision => en: "Vision", zh: "长期愿景";
        FieldObjectives => en: "Short-term objectives", zh: "短期目标";
        FieldCoreValues => en: "Core values", zh: "核心价值";
        FieldTone => en: "Tone", zh: "语气";
        FieldWords => en: "Words to use and avoid", zh: "用词与禁用词";
        FieldTeamModel => en: "Team model and why", zh: "团队模式及理由";
        FieldRaci => en: "Responsibility matrix (RACI)", zh: "职责矩阵（RACI）";
        FieldFeedbackPath => en: "Feedback path", zh: "反馈路径";
        FieldStyle => en: "Style rules", zh: "风格规范";
        FieldCustomFormats => en: "Custom formats", zh: "自定义形式";
    }
}

/// What a collected row's status says, in `locale`. `own` is the row's number and `newest` the
/// number of the newest version of its table (for [`Status::Ok`] rows).
pub fn status_message(locale: Locale, status: &Status, own: u32, newest: Option<u32>) -> String {
    use RoomText as R;
    let mb = |bytes: usize| format!("{:.1}", bytes as f64 / (1024.0 * 1024.0));
    match status {
        Status::Ok => match newest {
            Some(n) if n == own => t(locale, R::StatusNewest).to_string(),
            Some(n) => tf(locale, R::StatusOlder, &[("n", &n)]),
            None => t(locale, R::StatusOk).to_string(),
        },
        Status::Damaged(damage) => damage_message(locale, damage),
        Status::OtherSession { found: Some(name) } => {
            tf(locale, R::StatusOtherSession, &[("name", name)])
        }
        Status::OtherSession { found: None } => t(locale, R::StatusNoSession).to_string(),
        Status::NoTable => t(locale, R::StatusNoTable).to_string(),
        Status::NewerVersion { found, supported } => tf(
            locale,
            R::StatusNewerVersion,
            &[("found", found), ("supported", supported)],
        ),
        Status::Duplicate { of } => tf(locale, R::StatusDuplicate, &[("of", of)]),
        Status::TooLarge { bytes, limit } => tf(
            locale,
            R::StatusTooLarge,
            &[("size", &mb(*bytes)), ("limit", &(limit / (1024 * 1024)))],
        ),
        Status::Full { limit } => tf(locale, R::StatusFull, &[("limit", limit)]),
    }
}

/// Why an input is not a readable plan, in `locale`.
pub fn damage_message(locale: Locale, damage: &Damage) -> String {
    use RoomText as R;
    match damage {
        Damage::Empty => t(locale, R::DamageEmpty).to_string(),
        Damage::NotText => t(locale, R::DamageNotText).to_string(),
        Damage::Broken { line, column } => tf(
            locale,
            R::DamageBroken,
            &[("line", line), ("column", column)],
        ),
        Damage::NotAPlan => t(locale, R::DamageNotAPlan).to_string(),
        Damage::WrongValue { path } => tf(locale, R::DamageWrongValue, &[("path", path)]),
        Damage::DuplicateId { id } => tf(locale, R::DamageDuplicateId, &[("id", id)]),
        Damage::LinkDamaged => t(locale, R::DamageLink).to_string(),
        Damage::JoinLink => t(locale, R::DamageJoinLink).to_string(),
        Damage::Unreadable => t(locale, R::DamageUnreadable).to_string(),
    }
}

/// The stable name of a status, for `data-status` (what end-to-end tests and styles key on).
pub fn status_slug(status: &Status) -> &'static str {
    match status {
        Status::Ok => "ok",
        Status::Damaged(_) => "damaged",
        Status::OtherSession { .. } => "other_session",
        Status::NoTable => "no_table",
        Status::NewerVersion { .. } => "newer_version",
        Status::Duplicate { .. } => "duplicate",
        Status::TooLarge { .. } => "too_large",
        Status::Full { .. } => "full",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_status() -> Vec<Status> {
        let damages = [
            Damage::Empty,
            Damage::NotText,
            Damage::Broken { line: 2, column: 5 },
            Damage::NotAPlan,
            Damage::WrongValue {
                path: "plan.goals[0]".into(),
            },
            Damage::DuplicateId { id: 7 },
            Damage::LinkDamaged,
            Damage::JoinLink,
            Damage::Unreadable,
        ];
        let mut all: Vec<Status> = damages.into_iter().map(Status::Damaged).collect();
        all.extend([
            Status::Ok,
            Status::OtherSession {
                found: Some("Autumn".into()),
            },
            Status::OtherSession { found: None },
            Status::NoTable,
            Status::NewerVersion {
                found: 9,
                supported: 1,
            },
            Status::Duplicate { of: 3 },
            Status::TooLarge {
                bytes: 6 * 1024 * 1024 + 1,
                limit: 5 * 1024 * 1024,
            },
            Status::Full { limit: 300 },
        ]);
        all
    }

    #[test]
    fn every_status_is_worded_in_both_languages_with_its_values() {
        for locale in Locale::ALL {
            for status in every_status() {
                let text = status_message(locale, &status, 1, None);
                assert!(
                    !text.is_empty() && !text.contains('{'),
                    "{status:?}: {text}"
                );
            }
            let large = Status::TooLarge {
                bytes: 6 * 1024 * 1024,
                limit: 5 * 1024 * 1024,
            };
            let text = status_message(locale, &large, 1, None);
            assert!(text.contains("6.0") && text.contains('5'), "{text}");
            let cut = Status::Damaged(Damage::Broken {
                line: 12,
                column: 34,
            });
            let text = status_message(locale, &cut, 1, None);
            assert!(text.contains("12") && text.contains("34"), "{text}");
        }
    }

    #[test]
    fn a_collected_row_says_whether_it_is_its_tables_newest() {
        let en = |own, newest| status_message(Locale::En, &Status::Ok, own, newest);
        assert_eq!(
            en(4, Some(4)),
            "Collected: the newest version of this table"
        );
        assert_eq!(
            en(2, Some(4)),
            "Collected: an older version (row 4 is newer)"
        );
        assert_eq!(en(2, None), "Collected");
        let zh = status_message(Locale::ZhCn, &Status::Ok, 2, Some(4));
        assert_eq!(zh, "已收集：较早的版本（第 4 行更新）");
    }

    #[test]
    fn status_slugs_are_distinct() {
        let mut slugs: Vec<&str> = every_status().iter().map(status_slug).collect();
        slugs.dedup();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), 8);
    }
}
