//! Words of the facilitator's workshop page (set-up, hand-out, the QR code and the printed
//! handout), in both languages, and what each session problem says.

use super::{step_name, t, tf, Locale};
use crate::model::workshop::{AgendaProblem, SessionProblem};
use crate::model::Step;

crate::texts! {
    /// The facilitator's workshop page.
    pub enum FacilitatorText {
        /// The page heading.
        Heading => en: "Run a workshop", zh: "带领工作坊";
        /// The link to the page from the plan menu and the welcome view.
        EntryLink => en: "Run a workshop", zh: "带领工作坊";
        /// One line under the heading.
        Intro => en: "Set up a session for a room of tables, then hand out one link: each table scans it and starts its own plan.", zh: "为多个小组设置一场工作坊，再发出一个链接：每组扫码即可开始自己的方案。";
        /// The set-up section's heading.
        SetupHeading => en: "1. Set up the session", zh: "一、设置工作坊";
        /// The session name field.
        SessionName => en: "Session name", zh: "工作坊名称";
        /// The hint under the session name.
        SessionNameHint => en: "Tables see it when they join, and it heads the handout.", zh: "小组加入时会看到它，讲义的标题也用它。";
        /// The default session name; `{date}` is today's date.
        DefaultSessionName => en: "Workshop {date}", zh: "工作坊 {date}";
        /// The start choice's legend.
        StartLegend => en: "Every table starts from", zh: "每个小组的起点";
        /// Start: an empty plan.
        StartBlank => en: "A blank plan", zh: "空白方案";
        /// Start: a worked example; `{title}` is its title.
        StartExample => en: "The example: {title}", zh: "示例：{title}";
        /// Start: the facilitator's open plan; `{name}` is its name.
        StartPlan => en: "My open plan ({name})", zh: "我当前的方案（{name}）";
        /// What the plan start means.
        StartPlanHint => en: "Tables get a copy of your plan as it is when the link is made; later edits do not reach them.", zh: "各组拿到的是生成链接时方案的副本，之后的修改不会同步给他们。";
        /// The tables' heading.
        TablesLegend => en: "Tables", zh: "小组";
        /// The hint under the tables' heading; `{max}` is the most tables.
        TablesHint => en: "Up to {max} tables. Tables pick their name when they join.", zh: "最多 {max} 个小组。各组加入时选择自己的组名。";
        /// A table name field's label; `{n}` counts from 1.
        TableLabel => en: "Name of table {n}", zh: "第 {n} 组名称";
        /// The button removing a table; `{name}` is its name.
        RemoveTable => en: "Remove {name}", zh: "删除 {name}";
        /// The button adding a table.
        AddTable => en: "Add a table", zh: "添加小组";
        /// The agenda's heading.
        AgendaLegend => en: "Agenda", zh: "议程";
        /// The agenda's start field.
        AgendaStart => en: "Starts at", zh: "开始时间";
        /// The agenda's total; `{minutes}` and `{end}` (a time).
        AgendaTotal => en: "{minutes} minutes in all, ending at {end}.", zh: "共 {minutes} 分钟，{end} 结束。";
        /// A step's checkbox in the agenda; `{step}` is its name.
        AgendaInclude => en: "Include {step}", zh: "包含「{step}」";
        /// A step's minutes field in the agenda; `{step}` is its name.
        AgendaMinutes => en: "Minutes for {step}", zh: "「{step}」的分钟数";
        /// The short unit after a minutes field.
        MinutesUnit => en: "min", zh: "分钟";
        /// The button starting a new session.
        NewSession => en: "New session", zh: "新建工作坊";
        /// The question before a new session.
        NewSessionTitle => en: "Start a new session?", zh: "要新建工作坊吗？";
        /// What a new session does to the current one.
        NewSessionBody => en: "The current session leaves this page but stays stored on this device, with everything collected for it.", zh: "当前工作坊会从本页移开，但连同已收集的内容仍保存在本设备上。";
        /// Confirms a new session.
        NewSessionConfirm => en: "Start a new session", zh: "新建";
        /// Cancels a dialog.
        Cancel => en: "Cancel", zh: "取消";
        /// Saving the session failed: storage is blocked.
        SaveBlocked => en: "This browser does not let the page keep anything, so the session is not stored. Keep this tab open until the workshop ends, and use “Save the workshop file” below to keep a copy.", zh: "此浏览器不允许本页保存数据，工作坊未能保存。请在工作坊结束前保持此标签页打开，并用下方的“保存工作坊文件”留一份副本。";
        /// Saving the session failed: storage is full.
        SaveFull => en: "The browser's storage is full, so the latest changes to the session are not stored. It stays as it is on this page: “Save the workshop file” below keeps all of it, every hand-in included.", zh: "浏览器存储空间已满，工作坊的最新修改未能保存。本页上的内容仍然保留：用下方的“保存工作坊文件”可以留存全部内容，包括每一份提交。";
        /// Saving the session failed for another reason; `{detail}` is the browser's words.
        SaveFailed => en: "The session could not be stored ({detail}). It stays as it is on this page: “Save the workshop file” below keeps all of it.", zh: "工作坊未能保存（{detail}）。本页上的内容仍然保留：用下方的“保存工作坊文件”可以留存全部内容。";
        /// The hand-out section's heading.
        HandoutHeading => en: "2. Hand out the join link", zh: "二、发出加入链接";
        /// The hand-out waits for a sound set-up.
        HandoutBlocked => en: "The join link appears once the set-up above has no problems left.", zh: "上面的设置没有问题后，这里会出现加入链接。";
        /// The QR code's accessible name; `{session}` is the session's name.
        QrLabel => en: "QR code of the join link for {session}", zh: "「{session}」加入链接的二维码";
        /// The link is too long for any QR code.
        QrTooLong => en: "This link is too long for a QR code; share it as text.", zh: "链接太长，无法生成二维码；请以文字形式分享。";
        /// The label of the link text.
        LinkLabel => en: "Join link", zh: "加入链接";
        /// The link's length; `{n}` characters.
        LinkLength => en: "{n} characters", zh: "{n} 个字符";
        /// The link is long for a QR code read across a room; `{max}` characters.
        LinkLongForQr => en: "Longer than {max} characters: the QR code may be hard to scan from the back of the room. Put it on the projector large, or share the link as text.", zh: "超过 {max} 个字符：坐在后排可能不易扫描二维码。请在投屏上放大显示，或以文字形式分享链接。";
        /// The copy button.
        Copy => en: "Copy link", zh: "复制链接";
        /// The link was copied.
        Copied => en: "Link copied.", zh: "链接已复制。";
        /// Copying failed.
        CopyFailed => en: "Could not copy. Select the link above and copy it by hand.", zh: "无法复制。请选中上面的链接手动复制。";
        /// The plan travels in the link.
        PlanInLink => en: "Your plan travels inside the link: tables need nothing else.", zh: "你的方案已包含在链接中，各组无需其他文件。";
        /// The plan did not fit in the link.
        PlanNotInLink => en: "Your plan is too big to travel inside the link. Tables will need the plan file: download it and send it to them (chat, mail or USB).", zh: "你的方案太大，无法放进链接。各组需要方案文件：请下载后通过聊天、邮件或 U 盘发给他们。";
        /// The plan is being packed into the link.
        PlanPacking => en: "Packing your plan into the link…", zh: "正在把方案放进链接…";
        /// The button downloading the plan file.
        DownloadPlan => en: "Download the plan file", zh: "下载方案文件";
        /// The download failed.
        DownloadFailed => en: "The browser did not start the download.", zh: "浏览器没有开始下载。";
        /// The button opening the projector view.
        ShowLarge => en: "Show large", zh: "投屏显示";
        /// The projector view's hint.
        ProjectorHint => en: "Scan to join", zh: "扫码加入";
        /// The button closing the projector view.
        Close => en: "Close", zh: "关闭";
        /// The print button.
        Print => en: "Print the handout", zh: "打印讲义";
        /// The printed handout: the agenda's heading.
        SheetAgenda => en: "Agenda", zh: "议程";
        /// The printed handout: how to join.
        SheetJoin => en: "Scan the code with your phone, or type the link, then pick your table.", zh: "用手机扫描二维码，或输入链接，然后选择你的小组。";
        /// The printed handout: the tables' heading.
        SheetTables => en: "Tables and their members", zh: "小组及成员";
        /// The printed handout: an agenda line; `{time}`, `{step}`, `{minutes}`.
        SheetAgendaLine => en: "{time}  {step} ({minutes} min)", zh: "{time}  {step}（{minutes} 分钟）";
        /// Problem: the session id is unusable.
        ProblemBadId => en: "The session id is damaged; start a new session.", zh: "工作坊编号已损坏，请新建工作坊。";
        /// Problem: the name is empty.
        ProblemNameEmpty => en: "Give the session a name.", zh: "请为工作坊命名。";
        /// Problem: the name is too long; `{max}` characters.
        ProblemNameTooLong => en: "Keep the name to {max} characters.", zh: "名称请不超过 {max} 个字符。";
        /// Problem: the name has a control character.
        ProblemNameControl => en: "The name must stay on one line, without tabs.", zh: "名称须在一行内，不能含制表符。";
        /// Problem: no tables.
        ProblemNoTables => en: "Add at least one table.", zh: "请至少添加一个小组。";
        /// Problem: too many tables; `{count}` and `{max}`.
        ProblemTooManyTables => en: "{count} tables are more than the {max} a session can have.", zh: "{count} 个小组超过了上限 {max} 个。";
        /// Problem: a table without a name; `{n}` counts from 1.
        ProblemTableEmpty => en: "Table {n} needs a name.", zh: "第 {n} 组需要名称。";
        /// Problem: a table name too long; `{n}`, `{max}`.
        ProblemTableTooLong => en: "Keep the name of table {n} to {max} characters.", zh: "第 {n} 组的名称请不超过 {max} 个字符。";
        /// Problem: a table name with a control character; `{n}`.
        ProblemTableControl => en: "The name of table {n} must stay on one line, without tabs.", zh: "第 {n} 组的名称须在一行内，不能含制表符。";
        /// Problem: two tables with one name; `{n}` and `{first}` count from 1.
        ProblemTableRepeated => en: "Table {n} has the same name as table {first}.", zh: "第 {n} 组与第 {first} 组同名。";
        /// Problem: an agenda without blocks.
        ProblemAgendaEmpty => en: "Include at least one step in the agenda.", zh: "议程中请至少包含一个步骤。";
        /// Problem: too many agenda blocks; `{count}`, `{max}`.
        ProblemTooManyBlocks => en: "{count} agenda blocks are more than the {max} allowed.", zh: "议程有 {count} 段，超过了上限 {max} 段。";
        /// Problem: a block without minutes; `{step}`.
        ProblemZeroMinutes => en: "Give {step} at least one minute.", zh: "请给「{step}」至少 1 分钟。";
        /// Problem: a block too long; `{step}`, `{max}` minutes.
        ProblemTooLong => en: "{step} can run {max} minutes at most.", zh: "「{step}」最多 {max} 分钟。";
    }
}

/// What `problem` says in `locale`. `blocks` names the steps of the agenda's blocks, so a block
/// problem names its step.
pub fn session_problem_text(locale: Locale, problem: SessionProblem, blocks: &[Step]) -> String {
    use crate::model::workshop::agenda::{MAX_BLOCKS, MAX_BLOCK_MINUTES};
    use crate::model::workshop::session::{
        MAX_SESSION_NAME_CHARS, MAX_TABLES, MAX_TABLE_NAME_CHARS,
    };
    use FacilitatorText as F;
    let step_of = |index: usize| {
        blocks
            .get(index)
            .map(|s| t(locale, step_name(*s)))
            .unwrap_or_default()
    };
    match problem {
        SessionProblem::BadId => t(locale, F::ProblemBadId).to_string(),
        SessionProblem::NameEmpty => t(locale, F::ProblemNameEmpty).to_string(),
        SessionProblem::NameTooLong => tf(
            locale,
            F::ProblemNameTooLong,
            &[("max", &MAX_SESSION_NAME_CHARS)],
        ),
        SessionProblem::NameHasControl => t(locale, F::ProblemNameControl).to_string(),
        SessionProblem::NoTables => t(locale, F::ProblemNoTables).to_string(),
        SessionProblem::TooManyTables { count } => tf(
            locale,
            F::ProblemTooManyTables,
            &[("count", &count), ("max", &MAX_TABLES)],
        ),
        SessionProblem::TableEmpty { index } => {
            tf(locale, F::ProblemTableEmpty, &[("n", &(index + 1))])
        }
        SessionProblem::TableTooLong { index } => tf(
            locale,
            F::ProblemTableTooLong,
            &[("n", &(index + 1)), ("max", &MAX_TABLE_NAME_CHARS)],
        ),
        SessionProblem::TableHasControl { index } => {
            tf(locale, F::ProblemTableControl, &[("n", &(index + 1))])
        }
        SessionProblem::TableRepeated { index, first } => tf(
            locale,
            F::ProblemTableRepeated,
            &[("n", &(index + 1)), ("first", &(first + 1))],
        ),
        SessionProblem::Agenda(AgendaProblem::Empty) => {
            t(locale, F::ProblemAgendaEmpty).to_string()
        }
        SessionProblem::Agenda(AgendaProblem::TooManyBlocks { count }) => tf(
            locale,
            F::ProblemTooManyBlocks,
            &[("count", &count), ("max", &MAX_BLOCKS)],
        ),
        SessionProblem::Agenda(AgendaProblem::ZeroMinutes { index }) => {
            tf(locale, F::ProblemZeroMinutes, &[("step", &step_of(index))])
        }
        SessionProblem::Agenda(AgendaProblem::TooLong { index, .. }) => tf(
            locale,
            F::ProblemTooLong,
            &[("step", &step_of(index)), ("max", &MAX_BLOCK_MINUTES)],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_says_something_in_both_languages_with_its_numbers() {
        let blocks = [Step::Strategy, Step::Personas];
        let problems = [
            SessionProblem::BadId,
            SessionProblem::NameEmpty,
            SessionProblem::NameTooLong,
            SessionProblem::NameHasControl,
            SessionProblem::NoTables,
            SessionProblem::TooManyTables { count: 21 },
            SessionProblem::TableEmpty { index: 2 },
            SessionProblem::TableTooLong { index: 2 },
            SessionProblem::TableHasControl { index: 2 },
            SessionProblem::TableRepeated { index: 4, first: 0 },
            SessionProblem::Agenda(AgendaProblem::Empty),
            SessionProblem::Agenda(AgendaProblem::TooManyBlocks { count: 13 }),
            SessionProblem::Agenda(AgendaProblem::ZeroMinutes { index: 1 }),
            SessionProblem::Agenda(AgendaProblem::TooLong {
                index: 1,
                minutes: 300,
            }),
        ];
        for locale in Locale::ALL {
            for problem in problems {
                let text = session_problem_text(locale, problem, &blocks);
                assert!(!text.is_empty(), "{problem:?}");
                assert!(!text.contains('{'), "{problem:?}: {text}");
            }
        }
        let en = |p| session_problem_text(Locale::En, p, &blocks);
        assert_eq!(
            en(SessionProblem::TableRepeated { index: 4, first: 0 }),
            "Table 5 has the same name as table 1."
        );
        assert_eq!(
            en(SessionProblem::Agenda(AgendaProblem::ZeroMinutes {
                index: 1
            })),
            "Give Audience personas at least one minute."
        );
        assert!(session_problem_text(
            Locale::ZhCn,
            SessionProblem::TableEmpty { index: 0 },
            &blocks
        )
        .contains("第 1 组"));
    }
}
