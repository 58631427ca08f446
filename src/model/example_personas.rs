//! Worked example personas for "start from an example": complete, realistic, one set per
//! language (written in each language, not translated word by word).
//!
//! Pure data: ids are 0 here and set by the caller from the plan's allocator. Examples name the
//! platforms they gather on by kind ([`example_platform_kinds`]), so the caller can tick the
//! plan's own platforms of those kinds; their communities keep "where they gather" filled even
//! when the plan has no platform yet.

use super::{Persona, PersonaPriority, Platform, PlatformKind};
use crate::model::Id;

fn list(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// The example personas in Chinese (`chinese`) or English, the primary one first.
pub fn example_personas(chinese: bool) -> Vec<Persona> {
    if chinese {
        vec![
            Persona {
                name: "林小雨".into(),
                avatar: "☕".into(),
                colour: 0,
                priority: PersonaPriority::Primary,
                sources: "2024 年会员小程序消费数据；20 位常客的一对一访谈；小红书“杭州咖啡”话题下 300 篇笔记的内容分析".into(),
                age_min: Some(25),
                age_max: Some(32),
                gender: "以女性为主".into(),
                location: "杭州主城区，写字楼集中的滨江、西湖一带".into(),
                occupation: "互联网公司的运营、设计等办公室职员".into(),
                income: "月收入 1 万至 2 万元".into(),
                interests: list(&["精品咖啡", "城市漫步与探店", "手冲器具", "周末轻户外"]),
                info_habits: list(&[
                    "早上通勤时刷小红书（8:00–9:00）",
                    "午休时看公众号长文",
                    "睡前刷抖音短视频",
                    "去新店之前先搜小红书笔记",
                ]),
                social_behaviour: list(&[
                    "收藏多、评论少",
                    "探店后会发带定位的笔记",
                    "把好店分享到闺蜜群",
                    "晚上 21:00–23:00 最活跃",
                ]),
                pains: list(&[
                    "工作日下午需要提神，但公司附近的好咖啡要排很久",
                    "分不清豆子的产地和风味，怕花钱踩雷",
                    "连锁品牌千篇一律，想找有个性的小店",
                    "单杯超过 35 元就会犹豫",
                ]),
                platforms: Vec::new(),
                communities: list(&["小红书“杭州咖啡”话题", "公司楼下的咖啡拼单微信群", "周末创意市集"]),
                topics: list(&[
                    "新开的小众咖啡馆",
                    "豆子风味与冲煮技巧",
                    "办公室下午茶怎么搭",
                    "好看的杯子和桌面好物",
                ]),
                motivators: list(&[
                    "真实顾客的笔记，而不是硬广",
                    "限定新品和季节风味",
                    "值得拍照、能当谈资的空间和杯子",
                    "会员积分和第二杯半价",
                ]),
                quote: "下午三点那杯咖啡，是我一天里唯一完全属于自己的十分钟。".into(),
                ..Persona::default()
            },
            Persona {
                name: "王一鸣".into(),
                avatar: String::new(),
                colour: 4,
                priority: PersonaPriority::Secondary,
                sources: "附近三所高校的问卷调查（412 份）；门店晚间客流统计；B 站自习 vlog 评论区的关键词分析".into(),
                age_min: Some(19),
                age_max: Some(24),
                gender: "男女各半".into(),
                location: "杭州下沙、小和山高教园区".into(),
                occupation: "本科生和研究生".into(),
                income: "每月生活费 1500 至 3000 元".into(),
                interests: list(&["考研与考证", "学习 vlog", "咖啡入门", "桌游和剧本杀"]),
                info_habits: list(&[
                    "B 站是主要的信息来源",
                    "课间刷抖音",
                    "看学长学姐在知乎上的经验帖",
                    "班级群和社团群里的消息必看",
                ]),
                social_behaviour: list(&[
                    "爱发弹幕和评论",
                    "参加打卡和抽奖活动",
                    "会把优惠券转发到宿舍群",
                    "晚上 22:00 以后最活跃",
                ]),
                pains: list(&[
                    "想找能坐一下午、插座够用的地方自习",
                    "预算有限，常规价位的咖啡喝不起",
                    "图书馆座位难抢",
                ]),
                platforms: Vec::new(),
                communities: list(&["学校表白墙和二手群", "考研交流 QQ 群", "校园咖啡社团"]),
                topics: list(&["自习好去处", "学生优惠", "考研经验", "平价咖啡测评"]),
                motivators: list(&["学生证折扣", "集章换杯", "安静、明亮、插座多的座位", "和同学一起去的团购"]),
                quote: "插座够用、能坐一下午的店，比咖啡本身还重要。".into(),
                ..Persona::default()
            },
        ]
    } else {
        vec![
            Persona {
                name: "Mia Chen".into(),
                avatar: "☕".into(),
                colour: 0,
                priority: PersonaPriority::Primary,
                sources: "Loyalty app purchases (2024); interviews with 20 regulars; 300 Instagram posts tagged #manchestercoffee".into(),
                age_min: Some(26),
                age_max: Some(33),
                gender: "Mostly women".into(),
                location: "Manchester city centre and the Northern Quarter".into(),
                occupation: "Office workers in marketing, design and tech".into(),
                income: "£30k–£45k a year".into(),
                interests: list(&[
                    "Speciality coffee",
                    "City walks and new cafés",
                    "Home brewing kit",
                    "Weekend markets",
                ]),
                info_habits: list(&[
                    "Scrolls Instagram on the tram (8–9 am)",
                    "Reads newsletters over lunch",
                    "Watches TikTok in bed",
                    "Checks reviews before trying a new place",
                ]),
                social_behaviour: list(&[
                    "Saves a lot, rarely comments",
                    "Posts stories tagged with the café's location",
                    "Shares good finds in a group chat",
                    "Most active 9–11 pm",
                ]),
                pains: list(&[
                    "Needs an afternoon lift, but queues near the office are long",
                    "Can't tell beans apart and fears wasting money",
                    "Chains all feel the same; wants places with character",
                    "Hesitates above £4.50 a cup",
                ]),
                platforms: Vec::new(),
                communities: list(&[
                    "Manchester food and drink accounts",
                    "The office coffee-run group chat",
                    "Saturday makers' markets",
                ]),
                topics: list(&[
                    "New independent cafés",
                    "Bean origins and brewing at home",
                    "Afternoon breaks at the desk",
                    "Cups and desk gear",
                ]),
                motivators: list(&[
                    "Honest posts from real customers, not ads",
                    "Limited seasonal drinks",
                    "A space and a cup worth photographing",
                    "Loyalty stamps and a cheaper second cup",
                ]),
                quote: "That 3 pm coffee is the only ten minutes of the day that are mine.".into(),
                ..Persona::default()
            },
            Persona {
                name: "Sam Okafor".into(),
                avatar: String::new(),
                colour: 4,
                priority: PersonaPriority::Secondary,
                sources: "Survey of 412 students at two nearby universities; evening footfall counts; comments under study-with-me videos".into(),
                age_min: Some(19),
                age_max: Some(24),
                gender: "Any".into(),
                location: "Oxford Road university quarter".into(),
                occupation: "Undergraduate and postgraduate students".into(),
                income: "Student loan and a part-time job, about £800 a month to live on".into(),
                interests: list(&[
                    "Study-with-me videos",
                    "Gaming",
                    "Getting into coffee",
                    "Board game nights",
                ]),
                info_habits: list(&[
                    "YouTube is the main source",
                    "TikTok between lectures",
                    "Reddit threads from older students",
                    "Course and society group chats",
                ]),
                social_behaviour: list(&[
                    "Comments and replies a lot",
                    "Joins giveaways and challenges",
                    "Forwards discount codes to flatmates",
                    "Most active after 10 pm",
                ]),
                pains: list(&[
                    "Needs a seat with a socket for a whole afternoon",
                    "Most coffee is out of budget",
                    "The library is full in exam season",
                ]),
                platforms: Vec::new(),
                communities: list(&[
                    "The university subreddit",
                    "Course group chats",
                    "The campus coffee society",
                ]),
                topics: list(&[
                    "Good places to study",
                    "Student deals",
                    "Exam survival tips",
                    "Cheap coffee, ranked",
                ]),
                motivators: list(&[
                    "Student discount",
                    "A stamp card for a free cup",
                    "Quiet, bright seats with sockets",
                    "Deals for groups of friends",
                ]),
                quote: "I'll pick the café with sockets and room to sit all afternoon over the one with the best coffee.".into(),
                ..Persona::default()
            },
        ]
    }
}

/// For each example of [`example_personas`], the kinds of platform it gathers on.
pub fn example_platform_kinds(chinese: bool) -> Vec<Vec<PlatformKind>> {
    if chinese {
        vec![
            vec![
                PlatformKind::Xiaohongshu,
                PlatformKind::WechatOfficialAccount,
                PlatformKind::Douyin,
            ],
            vec![
                PlatformKind::Bilibili,
                PlatformKind::Douyin,
                PlatformKind::Zhihu,
            ],
        ]
    } else {
        vec![
            vec![PlatformKind::Instagram, PlatformKind::Tiktok],
            vec![PlatformKind::Youtube, PlatformKind::Tiktok],
        ]
    }
}

/// Example `index` in the chosen language with id `id`, ticking the plan's platforms of the kinds
/// it gathers on. Indexes wrap around, so "add another example" always has one.
pub fn example_persona(chinese: bool, index: usize, id: Id, platforms: &[Platform]) -> Persona {
    let examples = example_personas(chinese);
    let kinds = example_platform_kinds(chinese);
    let at = index % examples.len();
    let mut persona = examples[at].clone();
    persona.id = id;
    persona.platforms = platforms
        .iter()
        .filter(|p| kinds[at].contains(&p.kind))
        .map(|p| p.id)
        .collect();
    persona
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::checks::{persona_completeness, personas_findings};

    #[test]
    fn every_example_is_complete_in_both_languages() {
        for chinese in [true, false] {
            for p in example_personas(chinese) {
                let c = persona_completeness(&p);
                assert_eq!(c.percent(), 100, "{}: missing {:?}", p.name, c.missing);
                assert!(!p.quote.trim().is_empty() && !p.sources.trim().is_empty());
                assert!(!p.gender.is_empty() && !p.location.is_empty());
                assert!(!p.occupation.is_empty() && !p.income.is_empty());
                assert!(p.colour < 8);
            }
        }
    }

    #[test]
    fn examples_pass_every_check_together() {
        for chinese in [true, false] {
            let mut list = example_personas(chinese);
            for (i, p) in list.iter_mut().enumerate() {
                p.id = i as Id + 1;
            }
            assert_eq!(personas_findings(&list), vec![]);
            assert_eq!(list[0].priority, PersonaPriority::Primary);
            assert_eq!(example_platform_kinds(chinese).len(), list.len());
        }
    }

    #[test]
    fn each_language_is_written_in_that_language() {
        let cjk = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        for p in example_personas(true) {
            assert!(cjk(&p.name) && cjk(&p.quote) && p.pains.iter().all(|s| cjk(s)));
            for text in p
                .pains
                .iter()
                .chain(&p.motivators)
                .chain([&p.quote, &p.sources])
            {
                assert!(
                    !text.contains(',') && !text.contains(';'),
                    "ASCII punctuation in {text}"
                );
            }
        }
        for p in example_personas(false) {
            assert!(!cjk(&p.name) && !cjk(&p.quote) && !p.pains.iter().any(|s| cjk(s)));
        }
    }

    #[test]
    fn an_example_ticks_the_plans_platforms_of_its_kinds_and_wraps_around() {
        let platforms = [
            Platform {
                id: 3,
                kind: PlatformKind::Xiaohongshu,
                ..Platform::default()
            },
            Platform {
                id: 4,
                kind: PlatformKind::Weibo,
                ..Platform::default()
            },
            Platform {
                id: 5,
                kind: PlatformKind::Douyin,
                ..Platform::default()
            },
        ];
        let first = example_persona(true, 0, 42, &platforms);
        assert_eq!((first.id, first.platforms.clone()), (42, vec![3, 5]));
        let again = example_persona(true, 2, 43, &platforms);
        assert_eq!(again.name, first.name);
        assert_eq!(
            example_persona(false, 0, 1, &platforms).platforms,
            Vec::<Id>::new()
        );
    }
}
