//! The school's content calendar for the next six weeks: pupils' projects, parents' guides and a new course tested in public.

use crate::model::examples::build::{Lang, Post};
use crate::model::{Format, Id};

/// The records the calendar refers to.
#[derive(Clone, Copy, Debug)]
pub struct Ids {
    pub desk: Id,
    pub showcase: Id,
    pub lessons: Id,
    pub creator: Id,
    pub video: Id,
    pub community: Id,
    pub t_courses: Id,
    pub t_projects: Id,
    pub t_guide: Id,
    pub t_challenge: Id,
    pub t_notices: Id,
    pub parent: Id,
    pub pupil: Id,
    pub g_trials: Id,
    pub g_replies: Id,
    pub g_followers: Id,
    pub g_interest: Id,
}

/// The posts of the next six weeks, before their status is worked out.
pub fn planned(l: Lang, ids: &Ids) -> Vec<Post> {
    let Ids {
        desk,
        showcase,
        lessons,
        creator,
        video,
        community,
        t_courses,
        t_projects,
        t_guide,
        t_challenge,
        t_notices,
        parent,
        pupil,
        g_trials,
        g_replies,
        g_followers,
        g_interest,
    } = *ids;
    let post = |day: i64,
                hour: Option<u32>,
                platform,
                theme,
                format,
                persona,
                goal,
                title: String,
                brief: String| {
        let owner = if platform == showcase {
            video
        } else if theme == t_notices {
            community
        } else {
            creator
        };
        Post {
            day,
            hour,
            platform,
            theme,
            format,
            persona,
            goal,
            owner,
            title,
            brief,
        }
    };
    vec![
        post(
            0,
            Some(20),
            showcase,
            t_projects,
            Format::ShortVideo,
            parent,
            g_followers,
            l.s("小宇的接球小游戏", "Leo's catch-the-ball game"),
            l.s(
                "30 秒作品演示，讲他怎么想到用变量计分。",
                "A 30-second demo and how he worked out the scoring.",
            ),
        ),
        post(
            2,
            None,
            desk,
            t_courses,
            Format::ImageText,
            parent,
            g_trials,
            l.s("本周六免费试听课安排", "Free trial lessons this Saturday"),
            l.s(
                "时间、适合年龄、怎么预约，一篇说清。",
                "Times, ages and how to book, in one post.",
            ),
        ),
        post(
            4,
            Some(21),
            lessons,
            t_guide,
            Format::ImageText,
            parent,
            g_interest,
            l.s("几岁开始学编程合适？", "When should children start coding?"),
            l.s(
                "按年龄给建议，文末附 AI 入门课意向登记。",
                "Advice by age, with the AI basics interest form.",
            ),
        ),
        post(
            7,
            Some(20),
            showcase,
            t_challenge,
            Format::ShortVideo,
            pupil,
            g_followers,
            l.s(
                "本月小挑战：做一个会躲雨的小猫",
                "This month's challenge: a cat that dodges the rain",
            ),
            l.s(
                "公布规则，月底作品展展示。",
                "The rules, and the show at the end of the month.",
            ),
        ),
        post(
            9,
            None,
            desk,
            t_notices,
            Format::Qa,
            parent,
            g_replies,
            l.s("家长问得多的八个问题", "Eight questions parents ask us"),
            l.s(
                "课时、补课、退费、接送，做成菜单里的问答。",
                "Terms, catch-ups, refunds and pick-up, as pinned answers.",
            ),
        ),
        post(
            11,
            Some(21),
            lessons,
            t_courses,
            Format::ShortVideo,
            parent,
            g_interest,
            l.s(
                "AI 入门试听：让电脑认出猫和狗",
                "Mini-lesson: teach a computer to tell cats from dogs",
            ),
            l.s(
                "五分钟微课，看家长收藏和提问多少。",
                "A five-minute lesson; we watch saves and questions.",
            ),
        ),
        post(
            14,
            Some(20),
            showcase,
            t_projects,
            Format::ShortVideo,
            parent,
            g_trials,
            l.s("三节课做出的迷宫游戏", "A maze game in three lessons"),
            l.s(
                "作品演示加试听预约入口。",
                "Project demo with a trial booking link.",
            ),
        ),
        post(
            16,
            None,
            desk,
            t_guide,
            Format::ImageText,
            parent,
            g_followers,
            l.s(
                "屏幕时间和编程时间有什么不同",
                "Screen time or making time?",
            ),
            l.s(
                "请吴老师讲讲课堂上孩子在做什么。",
                "Dev explains what children actually do in class.",
            ),
        ),
        post(
            18,
            Some(20),
            showcase,
            t_challenge,
            Format::LiveStream,
            pupil,
            g_followers,
            l.s("月度作品展直播", "Live: the monthly project show"),
            l.s(
                "只展示已签授权的学员作品。",
                "Only pupils with signed consent forms.",
            ),
        ),
        post(
            21,
            None,
            lessons,
            t_courses,
            Format::ImageText,
            parent,
            g_interest,
            l.s(
                "AI 入门课：学什么、适合谁",
                "AI basics: what children learn and who it suits",
            ),
            l.s("课程大纲和意向登记。", "The outline and the interest form."),
        ),
        post(
            23,
            Some(20),
            showcase,
            t_projects,
            Format::ShortVideo,
            parent,
            g_followers,
            l.s(
                "从卡住到做出来：一节课的五分钟",
                "From stuck to solved: five minutes of a lesson",
            ),
            l.s(
                "课堂片段，只拍手和屏幕。",
                "Class footage showing only hands and screens.",
            ),
        ),
        post(
            25,
            None,
            desk,
            t_notices,
            Format::ImageText,
            parent,
            g_replies,
            l.s("假期课程安排通知", "Holiday timetable"),
            l.s(
                "提前两周发出，同步到家长群。",
                "Posted two weeks ahead and sent to parents by text.",
            ),
        ),
        post(
            28,
            Some(20),
            showcase,
            t_challenge,
            Format::ShortVideo,
            pupil,
            g_followers,
            l.s(
                "新挑战：做一个计时小游戏",
                "New challenge: a game with a timer",
            ),
            l.s("公布规则和示例。", "Rules and an example."),
        ),
        post(
            31,
            None,
            lessons,
            t_guide,
            Format::ShortVideo,
            parent,
            g_interest,
            l.s(
                "在家陪孩子练编程的三个办法",
                "Three ways to help with coding at home",
            ),
            l.s("家长不会编程也能用。", "No coding needed from parents."),
        ),
        post(
            33,
            None,
            desk,
            t_courses,
            Format::ImageText,
            parent,
            g_trials,
            l.s(
                "新学期课程表与试听预约",
                "Next term's timetable and trial bookings",
            ),
            l.s(
                "价格和课时写清楚，校长终审。",
                "Prices and terms spelled out; the head signs off.",
            ),
        ),
        post(
            35,
            Some(20),
            showcase,
            t_projects,
            Format::ShortVideo,
            parent,
            g_trials,
            l.s("学员作品合集", "A round-up of pupils' projects"),
            l.s(
                "一学期的作品，一分钟看完。",
                "A term of projects in one minute.",
            ),
        ),
        post(
            38,
            None,
            lessons,
            t_courses,
            Format::ShortVideo,
            parent,
            g_interest,
            l.s(
                "AI 入门第二课试听",
                "Mini-lesson two: a chatbot that tells jokes",
            ),
            l.s(
                "根据上一课家长的提问调整内容。",
                "Shaped by the questions after the first one.",
            ),
        ),
        post(
            40,
            None,
            showcase,
            t_challenge,
            Format::ShortVideo,
            pupil,
            g_followers,
            l.s("挑战作品点评", "Challenge entries, reviewed"),
            l.s(
                "老师逐个点评，说出每个作品的亮点。",
                "A teacher says what is good about each entry.",
            ),
        ),
    ]
}
