//! Words the shared widgets use on every step.

crate::texts! {
    /// Texts of the shared widgets.
    pub enum SharedText {
        Add => en: "Add", zh: "添加";
        Remove => en: "Remove", zh: "删除";
        RemoveItem => en: "Remove", zh: "删除";
        AddChipHint => en: "Type and press Enter to add.", zh: "输入后按回车添加。";
        MoveUp => en: "Move up", zh: "上移";
        MoveDown => en: "Move down", zh: "下移";
        Duplicate => en: "Duplicate", zh: "复制";
        Delete => en: "Delete", zh: "删除";
        Deleted => en: "Deleted.", zh: "已删除。";
        StartFromExample => en: "Start from an example", zh: "从示例开始";
        Example => en: "Example", zh: "示例";
        ChecksTitle => en: "Checks", zh: "检查";
        AllChecksPass => en: "Nothing to fix here.", zh: "这一步没有需要处理的问题。";
        ErrorLabel => en: "To fix", zh: "需修改";
        WarningLabel => en: "Worth a look", zh: "建议查看";
        PercentComplete => en: "complete", zh: "已完成";
        OpenIssues => en: "open checks", zh: "项待处理";
        None => en: "None", zh: "无";
        NotSet => en: "Not set", zh: "未设置";
        PriorityHigh => en: "High", zh: "高";
        PriorityMedium => en: "Medium", zh: "中";
        PriorityLow => en: "Low", zh: "低";
        Priority => en: "Priority", zh: "优先级";
        CollapseCoach => en: "Hide the coach", zh: "收起教练提示";
        ExpandCoach => en: "Show the coach", zh: "展开教练提示";
        OneCheck => en: "1 check", zh: "1项检查";
        Checks => en: "{count} checks", zh: "{count}项检查";
        CountedHeading => en: "{heading} ({count})", zh: "{heading}（{count}）";
    }
}

/// The badge of a folded record: "1 check" / "3 checks" / "3项检查".
pub fn check_count(locale: super::Locale, count: usize) -> String {
    let key = if count == 1 {
        SharedText::OneCheck
    } else {
        SharedText::Checks
    };
    super::tf(locale, key, &[("count", &count)])
}
