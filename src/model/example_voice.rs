//! A complete worked example of step 3: the voice of a neighbourhood café, in English and in
//! Chinese, for the "start from an example" button. Each language is written on its own (not
//! translated line by line), and both pass the step's checks without a finding.
//!
//! Also owns [`voice_is_untouched`], which decides when the step shows its starting state.
//!
//! Pure: must not import leptos views, web-sys, gloo or wasm-bindgen.

use super::{Id, SampleKind, SampleLine, Tone, Voice, VoiceTrait, STARTER_FORBIDDEN_CLAIMS};

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// The example voice: a neighbourhood café, in Chinese when `chinese`, else in English. Record ids
/// come from `next_id` (the plan's counter), so the example can be added to any plan.
pub fn example_voice(chinese: bool, next_id: &mut impl FnMut() -> Id) -> Voice {
    let (core_values, traits, use_words, avoid_words, samples) = if chinese {
        (
            "好咖啡，不讲排场。认得老顾客的名字，照顾好这条街。每一颗豆子从哪里来，我们都说得清楚。",
            [
                (
                    "温暖",
                    "肉麻",
                    "像在柜台前那样打招呼，能叫出名字就叫名字。",
                    "满屏感叹号、爱心和“绝绝子”。",
                ),
                (
                    "懂行",
                    "装腔",
                    "用家常话讲产地和烘焙，让人一听就懂。",
                    "纠正别人怎么点单，或者堆砌杯测术语显得高深。",
                ),
                (
                    "有趣",
                    "轻浮",
                    "拿天气、街坊趣事和我们自己的小失误打趣。",
                    "在顾客不开心或遇到麻烦的时候开玩笑。",
                ),
                (
                    "坦诚",
                    "辩解",
                    "直说哪里没做好，以及我们正在怎么改。",
                    "把责任推给供应商、天气或者顾客。",
                ),
            ],
            &["街坊", "现烘", "来坐坐", "谢谢", "我们的烘焙师"][..],
            &["家人们", "宝子", "便宜", "高端", "秒杀"][..],
            [
                (
                    SampleKind::Post,
                    "小红书，周一早上",
                    "早上好，街坊们。新到的埃塞俄比亚豆子一小时前刚出烘焙机，喝得出蓝莓和红茶的味道。上班前来坐坐，告诉我们你尝到了什么。",
                ),
                (
                    SampleKind::Post,
                    "微信朋友圈，下雨的下午",
                    "窗外下着雨，烤箱里是肉桂卷。带本书来吧，热水一直烧着，位子给你留着。",
                ),
                (
                    SampleKind::ComplaintReply,
                    "大众点评差评：“等了二十分钟，拿铁还是凉的。”",
                    "您说得对，真的很抱歉。让您等二十分钟太久了，凉掉的拿铁也不该端给您。那天磨豆机坏了，排队我们也没安排好。麻烦私信留个名字，下次来我们重新给您做一杯，算我们的。",
                ),
            ],
        )
    } else {
        (
            "Good coffee without fuss. We know our regulars by name and look after our street. We can tell you where every bean comes from.",
            [
                (
                    "warm",
                    "gushing",
                    "Greet people the way we would at the counter, by name when we can.",
                    "Pile on exclamation marks, hearts and “amazing”.",
                ),
                (
                    "knowledgeable",
                    "snobbish",
                    "Explain origin and roast in everyday words.",
                    "Correct how people order, or use tasting jargon to impress.",
                ),
                (
                    "playful",
                    "flippant",
                    "Have fun with the weather, the street and our own mistakes.",
                    "Joke when someone is upset or has a problem.",
                ),
                (
                    "honest",
                    "defensive",
                    "Say what went wrong and what we are doing about it.",
                    "Blame the supplier, the weather or the customer.",
                ),
            ],
            &["neighbours", "freshly roasted", "pop in", "thank you", "our roaster"][..],
            &["cheap", "guys", "amazing", "premium", "deal"][..],
            [
                (
                    SampleKind::Post,
                    "Instagram, Monday 7 am",
                    "Morning, neighbours. The new Ethiopian beans came out of the roaster an hour ago: think blueberries and black tea. Pop in before work and tell us what you taste.",
                ),
                (
                    SampleKind::Post,
                    "Facebook, a rainy afternoon",
                    "Rain on the windows, cinnamon buns in the oven. Bring a book; the kettle is on and there's a seat by the window with your name on it.",
                ),
                (
                    SampleKind::ComplaintReply,
                    "Google review: “Waited 20 minutes and my latte was cold.”",
                    "You're right, and we're sorry. Twenty minutes is too long, and a cold latte should never have left the counter. Our grinder broke that morning and we handled the queue badly. Send us a message with your name, and your next coffee is on us, made properly.",
                ),
            ],
        )
    };
    Voice {
        core_values: core_values.to_string(),
        traits: traits
            .iter()
            .map(|(we_are, not, do_line, dont_line)| VoiceTrait {
                id: next_id(),
                we_are: we_are.to_string(),
                we_are_not: not.to_string(),
                do_line: do_line.to_string(),
                dont_line: dont_line.to_string(),
            })
            .collect(),
        tone: Tone {
            funny: 3,
            casual: 4,
            irreverent: 2,
            enthusiastic: 3,
        },
        words_to_use: strings(use_words),
        words_to_avoid: strings(avoid_words),
        forbidden_claims: strings(&STARTER_FORBIDDEN_CLAIMS),
        samples: samples
            .iter()
            .map(|(kind, context, text)| SampleLine {
                id: next_id(),
                kind: *kind,
                context: context.to_string(),
                text: text.to_string(),
            })
            .collect(),
    }
}

/// True while nothing of the voice has been written: no core values, traits, words or samples.
/// The tone (it has a default) and the forbidden claims (a new plan starts with a list) do not
/// count, so a new plan is untouched.
pub fn voice_is_untouched(voice: &Voice) -> bool {
    let blank = |s: &String| s.trim().is_empty();
    blank(&voice.core_values)
        && voice.traits.is_empty()
        && voice.words_to_use.iter().all(blank)
        && voice.words_to_avoid.iter().all(blank)
        && voice.samples.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::checks::{voice_completeness, voice_findings};
    use crate::model::voice_check::VoiceChecker;
    use crate::model::Plan;

    fn counter(start: Id) -> impl FnMut() -> Id {
        let mut next = start;
        move || {
            next += 1;
            next - 1
        }
    }

    #[test]
    fn the_example_passes_every_check_in_both_languages() {
        for chinese in [false, true] {
            let voice = example_voice(chinese, &mut counter(1));
            let findings = voice_findings(&voice);
            assert!(findings.is_empty(), "chinese={chinese}: {findings:?}");
            assert!(voice_completeness(&voice).is_complete());
            assert!(!voice_is_untouched(&voice));
        }
    }

    #[test]
    fn the_example_is_written_in_the_asked_language() {
        let is_cjk = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        let zh = example_voice(true, &mut counter(1));
        let en = example_voice(false, &mut counter(1));
        assert!(is_cjk(&zh.core_values) && !is_cjk(&en.core_values));
        for (z, e) in zh.samples.iter().zip(&en.samples) {
            assert!(is_cjk(&z.text) && !is_cjk(&e.text));
            assert_eq!(z.kind, e.kind);
        }
        for t in &en.traits {
            assert!(!is_cjk(&t.we_are) && !is_cjk(&t.do_line));
        }
        // Chinese sentences end with full-width punctuation and hold no ASCII comma.
        for s in zh.samples.iter().map(|s| &s.text).chain([&zh.core_values]) {
            assert!(!s.contains(','), "{s}");
            assert!(s.ends_with('。'), "{s}");
        }
    }

    #[test]
    fn the_example_has_three_to_five_traits_unique_ids_and_the_starter_claims() {
        for chinese in [false, true] {
            let voice = example_voice(chinese, &mut counter(40));
            assert!((3..=5).contains(&voice.traits.len()));
            let mut ids: Vec<Id> = voice
                .traits
                .iter()
                .map(|t| t.id)
                .chain(voice.samples.iter().map(|s| s.id))
                .collect();
            assert_eq!(ids[0], 40);
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), voice.traits.len() + voice.samples.len());
            assert_eq!(voice.forbidden_claims.len(), STARTER_FORBIDDEN_CLAIMS.len());
            for tone in [
                voice.tone.funny,
                voice.tone.casual,
                voice.tone.irreverent,
                voice.tone.enthusiastic,
            ] {
                assert!((1..=5).contains(&tone));
            }
        }
    }

    #[test]
    fn the_examples_samples_are_clean_and_so_are_its_words_to_use() {
        for chinese in [false, true] {
            let voice = example_voice(chinese, &mut counter(1));
            let checker = VoiceChecker::from_voice(&voice);
            for s in &voice.samples {
                assert!(checker.check(&s.text).is_clean(), "{}", s.text);
                assert!(checker.check(&s.context).is_clean(), "{}", s.context);
            }
            for w in &voice.words_to_use {
                assert!(checker.check(w).is_clean(), "{w}");
            }
        }
    }

    #[test]
    fn a_new_plan_has_an_untouched_voice() {
        let plan = Plan::new("p", "Plan", "", chrono::DateTime::UNIX_EPOCH);
        assert!(voice_is_untouched(&plan.voice));
        let mut voice = plan.voice.clone();
        voice.words_to_avoid.push("   ".into());
        voice.tone.funny = 5;
        assert!(voice_is_untouched(&voice));
        voice.core_values = "Care".into();
        assert!(!voice_is_untouched(&voice));
    }
}
