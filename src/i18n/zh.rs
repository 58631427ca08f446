//! 简体中文界面文字。按中文读者的习惯撰写,不是逐词翻译英文。

use super::Key;
use crate::model::Step;

/// The Chinese text for `key`.
pub fn text(key: Key) -> &'static str {
    match key {
        Key::Shared(x) => x.zh(),
        Key::Strategy(x) => x.zh(),
        Key::Personas(x) => x.zh(),
        Key::Voice(x) => x.zh(),
        Key::Goals(x) => x.zh(),
        Key::Handbook(x) => x.zh(),
        Key::HandbookUi(x) => x.zh(),
        Key::HandbookTeam(x) => x.zh(),
        Key::Share(x) => x.zh(),
        Key::Welcome(x) => x.zh(),
        Key::Team(x) => x.zh(),
        Key::Content(x) => x.zh(),
        Key::Calendar(x) => x.zh(),
        Key::AppName => "社媒运营手册工作台",
        Key::AppTagline => "一步一个决定，写出属于你们的社交媒体运营手册。",
        Key::SkipToContent => "跳到当前步骤",
        Key::LanguageLabel => "语言",
        Key::StepsNavLabel => "步骤",
        Key::Previous => "上一步",
        Key::Next => "下一步",
        Key::HandbookLabel => "你的手册",
        Key::CoachTitle => "教练提示",
        Key::CoachWhat => "这一步要决定什么",
        Key::CoachWhy => "为什么重要",
        Key::DefaultPlanName => "我的社媒运营规划",
        Key::SaveSaved => "已保存在本浏览器",
        Key::SaveSaving => "保存中…",
        Key::SaveNotSaved => "未保存",
        Key::SaveMemoryOnly => "未保存：浏览器存储不可用",
        Key::PlanMenu => "规划与文件",
        Key::PlansHeading => "你的规划",
        Key::PlanSwitchLabel => "打开的规划",
        Key::PlanNew => "新建规划",
        Key::PlanRename => "重命名",
        Key::PlanDuplicate => "复制",
        Key::PlanDelete => "删除",
        Key::PlanImport => "导入文件…",
        Key::PlanExport => "导出（JSON）",
        Key::PlanNameLabel => "规划名称",
        Key::PlanOrganisationLabel => "组织或品牌",
        Key::PlanOrganisationHint => "这份规划属于哪家公司、店铺、学校或团队。",
        Key::Create => "创建",
        Key::Save => "保存",
        Key::Cancel => "取消",
        Key::Close => "关闭",
        Key::Dismiss => "知道了",
        Key::Undo => "撤销",
        Key::DeleteConfirmTitle => "删除这份规划？",
        Key::DeleteConfirmText => "它会从本浏览器中移除。关闭页面之前可以撤销；如果以后可能还要用，请先导出文件。",
        Key::PlanDeletedToast => "规划已删除。",
        Key::ImportedToast => "规划已导入。",
        Key::PlanFromExample => "从示例开始",
        Key::ExamplesTitle => "完整示例",
        Key::ExamplesIntro => "每个示例都是一份完整的规划，可以浏览、修改或打印。示例会作为新规划打开，你自己的规划保持不变。",
        Key::ExampleOpen => "作为新规划打开",
        Key::ExampleOpenedToast => "示例已作为新规划打开：",
        Key::UpdatedToast => "社媒运营手册工作台已更新到新版本，你的规划不受影响。",
        Key::LastExportedNever => "尚未导出过文件",
        Key::LastExportedLabel => "上次导出",
        Key::UnreadableMark => "无法打开",
        Key::BannerBlocked => "浏览器不允许本工具保存数据（可能是无痕窗口或关闭了网站数据）。你可以继续编辑，但关闭页面后内容不会保留，请把规划导出为文件。",
        Key::BannerFull => "浏览器存储空间已满，最新的修改没有保存，之前保存的版本完好无损。请先下载备份，再删除不再需要的规划以腾出空间。",
        Key::BannerUnreadable => "有一份已保存的规划无法打开，已原样保留，没有改动。请下载它的原始内容妥善保存。",
        Key::BannerNewer => "有一份规划由更新版本的工作台保存，已原样保留。请用新版本打开，或下载它的原始内容。",
        Key::BannerDownloadRaw => "下载原始内容",
        Key::BannerConflict => "你在这里编辑时，另一个标签页修改了这份规划。两边都没有被覆盖，请选择继续使用哪个版本。",
        Key::BannerConflictReload => "使用另一个标签页的版本",
        Key::BannerConflictKeep => "把我的版本另存为新规划",
        Key::BannerWriteFailed => "浏览器拒绝保存这份规划。为了安全，请导出为文件。",
        Key::BackupDownload => "下载备份",
        Key::ImportTitle => "导入规划",
        Key::ImportIntro => "选择从本工作台导出的文件、拖放到这里，或粘贴文件内容。确认之前不会有任何改动。",
        Key::ImportChooseFile => "选择文件",
        Key::ImportDropHere => "或把 .json 文件拖放到这里",
        Key::ImportPasteLabel => "或粘贴文件内容",
        Key::ImportCheck => "检查内容",
        Key::ImportSummaryTitle => "可以导入",
        Key::ImportReplace => "替换当前规划",
        Key::ImportAddNew => "添加为新规划",
        Key::ImportUnchanged => "你的规划没有任何改动。",
        Key::ImportReading => "正在读取文件…",
        Key::ImportFileTooBig => "文件超过 10 MB，远大于任何规划所需的大小。请确认选对了文件。",
        Key::CountRoles => "战略角色",
        Key::CountPlatforms => "平台",
        Key::CountPersonas => "用户画像",
        Key::CountTraits => "品牌个性特质",
        Key::CountGoals => "目标",
        Key::CountTeamRoles => "团队岗位",
        Key::CountPeople => "成员",
        Key::CountThemes => "内容主题",
        Key::CountCalendar => "日历条目",
        Key::ImportWarningsTitle => "请留意",
        Key::LargeText => "大字号",
        Key::CoachShow => "展开",
        Key::CoachHide => "收起",
        Key::StepName(step) => match step {
            Step::Strategy => "战略角色",
            Step::Personas => "受众画像",
            Step::Voice => "品牌声音",
            Step::Goals => "SMART 目标",
            Step::Team => "团队与协作",
            Step::Content => "内容规划",
            Step::Handbook => "运营手册",
        },
        Key::StepQuestion(step) => match step {
            Step::Strategy => {
                "想清楚社交媒体在你们业务中承担什么角色：哪个角色最重要，哪些角色辅助，每个平台分别承担哪个角色。"
            }
            Step::Personas => {
                "描述最需要触达的几类人：他们是谁，在哪些平台和社群活跃，有什么困扰，什么能打动他们。"
            }
            Step::Voice => {
                "统一品牌说话的方式：几个性格特质，在四个语气维度上的位置，以及常用词和避免用词。"
            }
            Step::Goals => {
                "把愿望变成可以检验的目标：哪个平台的哪个指标，从多少到多少，什么时候完成，服务哪个角色和哪类受众。"
            }
            Step::Team => {
                "选择团队的组织模式，确定每个岗位由谁负责、占用多少工作时间，以及其他部门如何审核和配合。"
            }
            Step::Content => {
                "规划发布什么：反复经营的内容主题、各平台的内容形式、风格规范，以及全队共享、带日期的内容日历。"
            }
            Step::Handbook => {
                "通读整份规划，处理健康检查发现的问题，然后打印、另存为 PDF 或 Markdown，并保存一份数据。"
            }
        },
        Key::StepWhy(step) => match step {
            Step::Strategy => {
                "为了做社交媒体而做社交媒体，只会花钱、没有方向、难见成效。角色清楚了，大家才知道哪些内容、目标和人最重要。"
            }
            Step::Personas => {
                "不了解受众，所有运营都是无的放矢。有了用户画像，动手之前就能拿真实需求检验每个选题。"
            }
            Step::Voice => {
                "人们信任说话始终如一的品牌。先在内部达成共识，几位同事回复时才会像同一个人。"
            }
            Step::Goals => {
                "「提升品牌知名度」无法判断达成与否。具体、可衡量、可实现、相关、有时限的目标，才能说明投入是否值得。"
            }
            Step::Team => {
                "没有负责人的规划只停留在纸上。明确岗位、工作量和审批路径，内容才能顺畅发出，也不会让意外直接暴露在公众面前。"
            }
            Step::Content => {
                "内容是生命线，策略是指南针。共享的内容日历让内容结构保持均衡，截止时间一目了然。"
            }
            Step::Handbook => {
                "手册是团队真正会翻阅的东西。所有决定集中在一份文档里，新人上手和定期复盘都更快。"
            }
        },
    }
}
