//! Words of the worked-example picker: each example's short name and the sentence saying who it
//! is and what it teaches. (The example plans themselves are plan data in `model::examples`,
//! written apart in each language.)

use crate::model::examples::Example;

crate::texts! {
    /// Names and summaries of the worked examples.
    pub enum ExampleText {
        CafeTitle => en: "Neighbourhood café (one person)", zh: "街角咖啡馆（一人店）";
        CafeSummary => en: "A Manchester café whose owner holds all four roles alone: how a one-person, centralized team focuses on three local platforms and budgets its hours.",
            zh: "杭州一家街坊咖啡馆，店主一个人身兼四个岗位：看集中式小团队怎样聚焦三个本地平台、把时间分配清楚。";
        ManufacturerTitle => en: "B2B manufacturer (three regions)", zh: "工业制造企业（三大区域）";
        ManufacturerSummary => en: "A Midlands pump manufacturer selling in three regions: how a hybrid team splits the work and how legal review fits into the approval path.",
            zh: "一家苏州工业传动件制造商，华东、华南和海外三个区域：看混合式团队如何分工，以及法务怎样进入审批流程。";
        SchoolTitle => en: "Children's coding school", zh: "少儿编程培训学校";
        SchoolSummary => en: "A small children's coding school in Bristol run by four part-timers: how to speak to parents, answer enquiries and build photo consent into approval.",
            zh: "成都一所小型少儿编程学校，四位兼职成员：看如何面向家长做内容、处理咨询，以及学员肖像授权怎样写进审批。";
    }
}

/// The example's short name for the picker.
pub fn example_title(example: Example) -> ExampleText {
    match example {
        Example::Cafe => ExampleText::CafeTitle,
        Example::Manufacturer => ExampleText::ManufacturerTitle,
        Example::School => ExampleText::SchoolTitle,
    }
}

/// One sentence for the picker: who the example is and what it teaches.
pub fn example_summary(example: Example) -> ExampleText {
    match example {
        Example::Cafe => ExampleText::CafeSummary,
        Example::Manufacturer => ExampleText::ManufacturerSummary,
        Example::School => ExampleText::SchoolSummary,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{t, Locale};

    fn has_cjk(text: &str) -> bool {
        text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    #[test]
    fn titles_and_summaries_exist_in_both_languages() {
        for example in Example::ALL {
            for (locale, chinese) in [(Locale::ZhCn, true), (Locale::En, false)] {
                for key in [example_title(example), example_summary(example)] {
                    let text = t(locale, key);
                    assert!(!text.trim().is_empty());
                    assert_eq!(has_cjk(text), chinese, "{text}");
                }
            }
            let title = example_title(example);
            assert_ne!(t(Locale::ZhCn, title), t(Locale::En, title));
        }
    }

    #[test]
    fn each_example_has_its_own_words() {
        assert_eq!(
            t(Locale::En, example_title(Example::Cafe)),
            "Neighbourhood café (one person)"
        );
        assert_eq!(
            t(Locale::ZhCn, example_title(Example::School)),
            "少儿编程培训学校"
        );
        let mut seen = std::collections::HashSet::new();
        for example in Example::ALL {
            assert!(seen.insert(example_title(example)));
            assert!(seen.insert(example_summary(example)));
        }
    }
}
