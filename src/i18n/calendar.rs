//! The words of the content calendar (step 6): toolbar, views, filters, the item editor, sign-offs,
//! and the sentences announced when an item moves. Names of themes, formats, statuses and
//! principles live in `i18n::content_names`; marketing dates in `i18n::marketing_dates`.

use chrono::NaiveDate;

use super::{format_date, join_list, t, tf, Locale};

crate::texts! {
    /// Interface texts of the content calendar.
    pub enum CalendarText {
        Heading => en: "Content calendar", zh: "内容日历";
        Intro => en: "Put each post on a day: who it is for, which goal it serves, who makes it and how far it is on the approval path. Drag an item to another day, or focus it and press Alt with an arrow key.", zh: "把每条内容排到具体的日子：写给谁、服务哪个目标、谁来做、审批走到了哪一步。把内容拖到另一天，或选中后按 Alt 加方向键移动。";
        ToolbarLabel => en: "Calendar tools", zh: "日历工具";
        ViewLabel => en: "View", zh: "视图";
        ViewMonth => en: "Month", zh: "月";
        ViewWeek => en: "Week", zh: "周";
        ViewList => en: "List", zh: "列表";
        PreviousMonth => en: "Previous month", zh: "上个月";
        NextMonth => en: "Next month", zh: "下个月";
        PreviousWeek => en: "Previous week", zh: "上一周";
        NextWeek => en: "Next week", zh: "下一周";
        Today => en: "Today", zh: "今天";
        ShowMarketingDates => en: "Show marketing dates", zh: "显示营销节点";
        MarketingDatesHint => en: "Festivals, solar terms, shopping festivals and international days.", zh: "节日、节气、电商大促和国际纪念日。";
        AddItem => en: "Add an item", zh: "添加内容";
        ExportIcs => en: "Download .ics (calendar apps)", zh: "下载 .ics（日历软件）";
        ExportCsv => en: "Download .csv (spreadsheets)", zh: "下载 .csv（表格）";
        DownloadFailed => en: "The browser did not start the download. Try again, or allow downloads for this page.", zh: "浏览器没有开始下载。请重试，或允许此页面下载文件。";
        FiltersLabel => en: "Show only", zh: "只显示";
        FilterPlatform => en: "Platform", zh: "平台";
        FilterTheme => en: "Theme", zh: "主题";
        FilterStatus => en: "Status", zh: "状态";
        FilterPersona => en: "Persona", zh: "用户画像";
        FilterGoal => en: "Goal", zh: "目标";
        FilterAll => en: "All", zh: "全部";
        ClearFilters => en: "Clear filters", zh: "清除筛选";
        WeekColumn => en: "Week", zh: "周数";
        Monday => en: "Mon", zh: "周一";
        Tuesday => en: "Tue", zh: "周二";
        Wednesday => en: "Wed", zh: "周三";
        Thursday => en: "Thu", zh: "周四";
        Friday => en: "Fri", zh: "周五";
        Saturday => en: "Sat", zh: "周六";
        Sunday => en: "Sun", zh: "周日";
        TodayMark => en: "Today", zh: "今天";
        MoveHint => en: "Alt + left or right arrow moves this item by a day, Alt + up or down arrow by a week. Enter opens it.", zh: "Alt 加左右方向键把内容移动一天，Alt 加上下方向键移动一周；按回车键打开。";
        NothingInView => en: "Nothing planned in this period with these filters.", zh: "这段时间内没有符合筛选条件的内容。";
        EmptyWhy => en: "A calendar turns themes and goals into dated posts the whole team can see, so nobody wonders what goes out this week.", zh: "日历把主题和目标变成带日期的内容，全队一目了然，谁都知道这周要发什么。";
        NewItemTitle => en: "New calendar item", zh: "新的日历内容";
        EditItemTitle => en: "Calendar item", zh: "日历内容";
        TitleLabel => en: "Title", zh: "标题";
        TitlePlaceholder => en: "e.g. Three ways to brew at home", zh: "例如：在家冲咖啡的三种方法";
        DateLabel => en: "Date", zh: "日期";
        TimeLabel => en: "Time (optional)", zh: "时间（可选）";
        PlatformLabel => en: "Platform", zh: "平台";
        ThemeLabel => en: "Theme", zh: "主题";
        FormatLabel => en: "Format", zh: "内容形式";
        BriefLabel => en: "Brief", zh: "内容简介";
        BriefHint => en: "The idea in two or three sentences: the angle, the key message, what the reader should do next.", zh: "用两三句话说清创意：切入角度、核心信息、希望读者接下来做什么。";
        PersonasLabel => en: "Written for", zh: "面向的用户画像";
        NoPersonas => en: "No personas yet. Write them in step 2.", zh: "还没有用户画像，请先在第2步中填写。";
        GoalLabel => en: "Goal it serves", zh: "服务的目标";
        OwnerLabel => en: "Owner (team role)", zh: "负责人（团队角色）";
        StatusLabel => en: "Status", zh: "状态";
        NotChosen => en: "Not chosen", zh: "未选择";
        UnnamedPersona => en: "Unnamed persona", zh: "未命名画像";
        PrinciplesLabel => en: "Creation principles", zh: "内容创作原则";
        PrinciplesHint => en: "Tick each principle this item passes.", zh: "逐项勾选这条内容符合的原则。";
        SignOffsLabel => en: "Sign-offs on the approval path", zh: "审批路径上的签核";
        SignOffsHint => en: "Each step of the approval path from step 5 signs here before the item can be approved.", zh: "第5步设定的每个审批环节都在这里签核，全部签核后内容才能批准。";
        SignedBy => en: "Signed off by", zh: "签核人";
        SignedOn => en: "Signed on", zh: "签核日期";
        SignToday => en: "Sign off today", zh: "今天签核";
        AllSignedOff => en: "Every step has signed off.", zh: "所有环节都已签核。";
        NoApprovalPath => en: "No approval path yet: any status can be chosen. The path is set in step 5.", zh: "还没有审批路径，可以选择任意状态。审批路径在第5步中设定。";
        Save => en: "Save", zh: "保存";
        Cancel => en: "Cancel", zh: "取消";
        Duplicate => en: "Duplicate", zh: "复制";
        Delete => en: "Delete", zh: "删除";
        Edit => en: "Edit", zh: "编辑";
        UntitledItem => en: "Untitled item", zh: "未命名内容";
        Saved => en: "Saved.", zh: "已保存。";
        ListCaption => en: "Calendar items of this month", zh: "本月的日历内容";
        ColumnDate => en: "Date", zh: "日期";
        ColumnTitle => en: "Title", zh: "标题";
        ColumnPlatform => en: "Platform", zh: "平台";
        ColumnTheme => en: "Theme", zh: "主题";
        ColumnStatus => en: "Status", zh: "状态";
        ColumnOwner => en: "Owner", zh: "负责人";
        MarketingLegend => en: "Marketing dates", zh: "营销节点";
        ShowWeek => en: "Show this week", zh: "查看这一周";

        // Month names, as a month's title writes them
        January => en: "January", zh: "1月";
        February => en: "February", zh: "2月";
        March => en: "March", zh: "3月";
        April => en: "April", zh: "4月";
        May => en: "May", zh: "5月";
        June => en: "June", zh: "6月";
        July => en: "July", zh: "7月";
        August => en: "August", zh: "8月";
        September => en: "September", zh: "9月";
        October => en: "October", zh: "10月";
        November => en: "November", zh: "11月";
        December => en: "December", zh: "12月";

        // Sentences built from dates, names and numbers
        MonthTitle => en: "{month} {year}", zh: "{year}年{month}";
        WeekTitle => en: "Week {week}, {from} – {to}", zh: "第{week}周（{from}至{to}）";
        WeekNumber => en: "W{week}", zh: "{week}周";
        WeekNumberLong => en: "Week {week}", zh: "第{week}周";
        MovedTo => en: "Moved “{title}” to {day}.", zh: "已将“{title}”移到{day}。";
        Duplicated => en: "Copied “{title}”.", zh: "已复制“{title}”。";
        MoreItems => en: "+{count} more", zh: "还有{count}条";
        OneItem => en: "{count} item", zh: "{count}条内容";
        Items => en: "{count} items", zh: "{count}条内容";
        ApprovalStepFallback => en: "Step {number}", zh: "第{number}环节";
        SignOffsMissing => en: "Before “{status}”, these steps still need to sign off: {steps}.", zh: "“{status}”之前，还需要这些环节签核：{steps}。";
        DayLabel => en: "{weekday} {date}", zh: "{date}{weekday}";
    }
}

/// The weekday names, Monday first.
pub const WEEKDAYS: [CalendarText; 7] = [
    CalendarText::Monday,
    CalendarText::Tuesday,
    CalendarText::Wednesday,
    CalendarText::Thursday,
    CalendarText::Friday,
    CalendarText::Saturday,
    CalendarText::Sunday,
];

/// The month names, January first.
const MONTHS: [CalendarText; 12] = [
    CalendarText::January,
    CalendarText::February,
    CalendarText::March,
    CalendarText::April,
    CalendarText::May,
    CalendarText::June,
    CalendarText::July,
    CalendarText::August,
    CalendarText::September,
    CalendarText::October,
    CalendarText::November,
    CalendarText::December,
];

/// "November 2026" / "2026年11月".
pub fn month_title(locale: Locale, year: i32, month: u32) -> String {
    let name = MONTHS
        .get(month.saturating_sub(1) as usize)
        .map_or("", |m| t(locale, *m));
    tf(
        locale,
        CalendarText::MonthTitle,
        &[("month", &name), ("year", &year)],
    )
}

/// "Week 48, 23–29 Nov 2026" / "第48周（2026年11月23日至2026年11月29日）".
pub fn week_title(locale: Locale, iso_week: u32, monday: NaiveDate, sunday: NaiveDate) -> String {
    tf(
        locale,
        CalendarText::WeekTitle,
        &[
            ("week", &iso_week),
            ("from", &format_date(locale, monday)),
            ("to", &format_date(locale, sunday)),
        ],
    )
}

/// The short week-number cell: "W48" / "48周".
pub fn week_number(locale: Locale, iso_week: u32) -> String {
    tf(locale, CalendarText::WeekNumber, &[("week", &iso_week)])
}

/// The full name of a week number for screen readers: "Week 48" / "第48周".
pub fn week_number_long(locale: Locale, iso_week: u32) -> String {
    tf(locale, CalendarText::WeekNumberLong, &[("week", &iso_week)])
}

/// The announcement after a move: "Moved “Launch” to 3 Dec 2026." / "已将“上新”移到2026年12月3日。".
pub fn moved_to(locale: Locale, title: &str, date: NaiveDate) -> String {
    tf(
        locale,
        CalendarText::MovedTo,
        &[("title", &title), ("day", &format_date(locale, date))],
    )
}

/// The announcement after a duplicate: "Copied “Launch”." / "已复制“上新”。".
pub fn duplicated(locale: Locale, title: &str) -> String {
    tf(locale, CalendarText::Duplicated, &[("title", &title)])
}

/// The link under a full day cell: "+3 more" / "还有3条".
pub fn more_items(locale: Locale, count: usize) -> String {
    tf(locale, CalendarText::MoreItems, &[("count", &count)])
}

/// How many items a period holds: "12 items" / "12条内容" (English says "1 item").
pub fn item_count(locale: Locale, count: usize) -> String {
    let key = if count == 1 {
        CalendarText::OneItem
    } else {
        CalendarText::Items
    };
    tf(locale, key, &[("count", &count)])
}

/// The name of an approval step that has neither a label nor a role: "Step 2" / "第2环节".
pub fn approval_step_fallback(locale: Locale, number: usize) -> String {
    tf(
        locale,
        CalendarText::ApprovalStepFallback,
        &[("number", &number)],
    )
}

/// Why a status cannot be chosen yet: the steps still missing a sign-off.
pub fn sign_offs_missing(locale: Locale, status: &str, steps: &[String]) -> String {
    let steps = join_list(locale, steps.iter().map(String::as_str));
    tf(
        locale,
        CalendarText::SignOffsMissing,
        &[("status", &status), ("steps", &steps)],
    )
}

/// The day of a cell for screen readers, with "today" when it is: "Monday 30 Nov 2026".
pub fn day_label(locale: Locale, date: NaiveDate, weekday: &str) -> String {
    tf(
        locale,
        CalendarText::DayLabel,
        &[("weekday", &weekday), ("date", &format_date(locale, date))],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_put_words_in_each_languages_order() {
        assert_eq!(month_title(Locale::En, 2026, 11), "November 2026");
        assert_eq!(month_title(Locale::ZhCn, 2026, 11), "2026年11月");
        let day = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap_or_default();
        assert_eq!(
            moved_to(Locale::En, "Launch", day),
            "Moved “Launch” to 3 Dec 2026."
        );
        assert_eq!(
            moved_to(Locale::ZhCn, "上新", day),
            "已将“上新”移到2026年12月3日。"
        );
        assert_eq!(item_count(Locale::En, 1), "1 item");
        assert_eq!(more_items(Locale::ZhCn, 3), "还有3条");
    }

    #[test]
    fn missing_sign_offs_are_listed_with_each_languages_separator() {
        let steps = vec!["Legal".to_string(), "Manager".to_string()];
        assert!(sign_offs_missing(Locale::En, "Approved", &steps).contains("Legal, Manager"));
        let zh = vec!["法务".to_string(), "主管".to_string()];
        assert!(sign_offs_missing(Locale::ZhCn, "已批准", &zh).contains("法务、主管"));
    }

    #[test]
    fn templates_read_as_the_sentences_they_replaced() {
        // Expected strings copied from the code before it used templates.
        let monday = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
        let sunday = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap_or_default();
        assert_eq!(month_title(Locale::En, 2027, 1), "January 2027");
        assert_eq!(month_title(Locale::ZhCn, 2027, 1), "2027年1月");
        assert_eq!(
            week_title(Locale::En, 48, monday, sunday),
            "Week 48, 23 Nov 2026 – 29 Nov 2026"
        );
        assert_eq!(
            week_title(Locale::ZhCn, 48, monday, sunday),
            "第48周（2026年11月23日至2026年11月29日）"
        );
        assert_eq!(week_number(Locale::En, 48), "W48");
        assert_eq!(week_number(Locale::ZhCn, 48), "48周");
        assert_eq!(week_number_long(Locale::En, 48), "Week 48");
        assert_eq!(week_number_long(Locale::ZhCn, 48), "第48周");
        assert_eq!(duplicated(Locale::En, "Launch"), "Copied “Launch”.");
        assert_eq!(duplicated(Locale::ZhCn, "上新"), "已复制“上新”。");
        assert_eq!(more_items(Locale::En, 3), "+3 more");
        // English counts one item in the singular; Chinese has one form.
        assert_eq!(item_count(Locale::En, 0), "0 items");
        assert_eq!(item_count(Locale::En, 12), "12 items");
        assert_eq!(item_count(Locale::ZhCn, 1), "1条内容");
        assert_eq!(item_count(Locale::ZhCn, 12), "12条内容");
        assert_eq!(approval_step_fallback(Locale::En, 2), "Step 2");
        assert_eq!(approval_step_fallback(Locale::ZhCn, 2), "第2环节");
        let steps = vec!["Legal".to_string(), "Manager".to_string()];
        assert_eq!(
            sign_offs_missing(Locale::En, "Approved", &steps),
            "Before “Approved”, these steps still need to sign off: Legal, Manager."
        );
        let zh = vec!["法务".to_string(), "主管".to_string()];
        assert_eq!(
            sign_offs_missing(Locale::ZhCn, "已批准", &zh),
            "“已批准”之前，还需要这些环节签核：法务、主管。"
        );
        assert_eq!(day_label(Locale::En, monday, "Mon"), "Mon 23 Nov 2026");
        assert_eq!(
            day_label(Locale::ZhCn, monday, "周一"),
            "2026年11月23日周一"
        );
    }
}
