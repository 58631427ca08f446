//! The goal chart's spoken summary (its accessible label): the planned line from baseline to
//! target, then the values recorded, as sentences in each language's own punctuation. The words
//! it names (plan, from, to, values recorded) are the goal editor's (`GoalText`).

crate::texts! {
    /// Templates of the goal chart's summary.
    pub enum GoalChartText {
        PlanLine => en: "{plan}: {from} {start} {start_date} {to} {end} {end_date}",
            zh: "{plan}：{from}{start}{start_date}{to}{end}{end_date}";
        Point => en: "{date} {value}", zh: "{date} {value}";
        PointsLine => en: "{count} {points}: {values}", zh: "{count}{points}：{values}";
        ValuesJoin => en: "{list}, {item}", zh: "{list}，{item}";
        SentenceJoin => en: "{list}. {item}", zh: "{list}。{item}";
        Ending => en: "{text}.", zh: "{text}。";
    }
}
