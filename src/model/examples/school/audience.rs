//! The school's audience and voice: parents first, pupils reached through them, spoken to with patience and plain facts.

use crate::model::examples::build::{english_forbidden_claims, Lang};
use crate::model::{Id, Persona, PersonaPriority, Plan, SampleKind, SampleLine, Tone, VoiceTrait};

/// The personas, primary ones first: ids for them, then the plan's platforms in step 1 order.
pub fn personas(
    l: Lang,
    [parent, pupil]: [Id; 2],
    [desk, showcase, lessons]: [Id; 3],
) -> Vec<Persona> {
    vec![
        Persona {
            id: parent,
            name: l.s("刘妈妈（家长）", "Claire, a parent"),
            avatar: "👩".into(),
            colour: 2,
            priority: PersonaPriority::Primary,
            sources: l.s(
                "近一年 260 条咨询记录；15 位在读学员家长的访谈；小红书“成都少儿编程”笔记的评论分析",
                "A year of enquiries (260); interviews with 15 parents; comments in three local parents' Facebook groups",
            ),
            age_min: Some(32),
            age_max: Some(44),
            gender: l.s("以妈妈为主", "Mostly mothers"),
            location: l.s("成都高新区、天府新区", "North Bristol: Bishopston, Redland, Horfield"),
            occupation: l.s("互联网公司职员、教师、公务员", "Nurses, teachers and office workers"),
            income: l.s("家庭月收入 2 万至 4 万元", "Household income £50k–£80k"),
            interests: l.v(&["孩子的兴趣培养", "亲子活动", "升学信息"], &["Children's hobbies", "Family days out", "School choices"]),
            info_habits: l.v(
                &["先在小红书搜测评和避坑笔记", "家长群里的推荐必看", "孩子睡后 21:30 刷手机"],
                &["Asks in local parents' Facebook groups", "Checks Instagram before visiting", "On her phone after bedtime, around 9 pm"],
            ),
            social_behaviour: l.v(
                &["收藏多、很少公开评论", "会把好内容转给孩子爸爸", "在家长群里提问"],
                &["Saves posts, rarely comments in public", "Forwards good finds to her partner", "Asks questions in parents' groups"],
            ),
            pains: l.v(
                &["分不清编程课是真有用还是噱头", "担心孩子只是在玩游戏", "价格和课时说不清楚", "接送时间难安排"],
                &["Can't tell useful coding classes from gimmicks", "Worries it's just more screen time", "Prices and terms are unclear", "Pick-up times clash with work"],
            ),
            platforms: vec![desk, showcase, lessons],
            communities: l.v(&["小区家长群", "学校班级群"], &["Local parents' Facebook groups", "The school gate"]),
            topics: l.v(&["编程对学习有没有帮助", "孩子的专注力", "课程性价比"], &["Whether coding helps at school", "Screen time", "Value for money"]),
            motivators: l.v(
                &["看得见的孩子作品", "老师的耐心", "免费试听", "其他家长的真实评价"],
                &["Projects she can see", "Patient teachers", "A free trial lesson", "Other parents' honest reviews"],
            ),
            quote: l.s(
                "我不指望他成为程序员，只希望他能坐得住、愿意动脑。",
                "I don't need him to become a programmer; I want him to stick at something and enjoy thinking.",
            ),
        },
        Persona {
            id: pupil,
            name: l.s("小宇（学员）", "Leo, a pupil"),
            avatar: "🧒".into(),
            colour: 6,
            priority: PersonaPriority::Secondary,
            sources: l.s(
                "课堂观察；期末作品展上 40 位学员的小问卷",
                "Classroom observation; a short survey of 40 pupils at the end-of-term show",
            ),
            age_min: Some(9),
            age_max: Some(13),
            gender: l.s("男孩多一些", "More boys than girls, which we want to change"),
            location: l.s("成都主城区", "Bristol and nearby towns"),
            occupation: l.s("小学高年级和初一学生", "Years 5 to 8"),
            income: l.s("零花钱，课程由父母付费", "Pocket money; parents pay for lessons"),
            interests: l.v(&["我的世界", "机器人", "做自己的小游戏"], &["Minecraft", "Robots", "Making their own games"]),
            info_habits: l.v(&["看 B 站的编程和游戏视频", "听同学推荐"], &["Watches YouTube tutorials", "Hears about things from friends"]),
            social_behaviour: l.v(&["在家长账号下点赞和看视频", "喜欢给同学展示作品"], &["Watches on a parent's account", "Loves showing friends what they made"]),
            pains: l.v(&["学校的信息课太简单", "一个人自学容易卡住"], &["School computing is too easy", "Gets stuck learning alone"]),
            platforms: Vec::new(),
            communities: l.v(&["B 站 Scratch 和我的世界区", "学校科技社团"], &["Scratch online community", "School coding club"]),
            topics: l.v(&["游戏是怎么做出来的", "编程比赛"], &["How games are made", "Coding competitions"]),
            motivators: l.v(&["作品被展示出来", "闯关和徽章"], &["Seeing their project shown", "Challenges and badges"]),
            quote: l.s("我想做一个能和同学一起玩的游戏。", "I want to make a game my mates can play."),
        },
    ]
}

/// Sets the voice: patient, encouraging and straightforward, without the pressure words of education marketing.
pub fn voice(l: Lang, plan: &mut Plan) {
    let chinese = l.0;
    let voice = &mut plan.voice;
    voice.core_values = l.s(
        "让每个孩子动手做出自己的作品。对家长说实话，对孩子有耐心。",
        "Every child makes something of their own. We are honest with parents and patient with children.",
    );
    voice.tone = Tone {
        funny: 3,
        casual: 3,
        irreverent: 1,
        enthusiastic: 4,
    };
    voice.words_to_use = l.v(
        &["作品", "动手", "试听", "一起", "进步"],
        &["make", "project", "try", "together", "progress"],
    );
    voice.words_to_avoid = l.v(
        &["天才", "赢在起跑线", "保过", "名额仅剩", "别让孩子输"],
        &[
            "genius",
            "head start",
            "last chance",
            "hurry",
            "future-proof",
        ],
    );
    if !chinese {
        voice.forbidden_claims = english_forbidden_claims();
    } else {
        voice.forbidden_claims.push("包拿奖".into());
    }
    let traits = [
        (
            l.s("耐心", "patient"),
            l.s("说教", "preachy"),
            l.s(
                "像在课堂上一样，一步步解释。",
                "Explain one step at a time, as we would in class.",
            ),
            l.s(
                "用“家长一定要……”的口气下结论。",
                "Tell parents what they 'must' do.",
            ),
        ),
        (
            l.s("鼓励", "encouraging"),
            l.s("吹捧", "flattering"),
            l.s(
                "具体说出孩子哪里做得好。",
                "Say exactly what a child did well.",
            ),
            l.s("把每个孩子都说成天才。", "Call every child a genius."),
        ),
        (
            l.s("坦诚", "straightforward"),
            l.s("推销", "salesy"),
            l.s(
                "价格、课时和适合年龄写清楚。",
                "Give prices, terms and ages plainly.",
            ),
            l.s(
                "制造焦虑，催家长马上报名。",
                "Create fear of missing out or rush parents to sign up.",
            ),
        ),
    ];
    for (we_are, we_are_not, do_line, dont_line) in traits {
        let id = plan.allocate_id();
        plan.voice.traits.push(VoiceTrait {
            id,
            we_are,
            we_are_not,
            do_line,
            dont_line,
        });
    }
    let samples = [
        (
            SampleKind::Post,
            l.s("视频号，学员作品", "Instagram, a pupil's project"),
            l.s(
                "这是 11 岁的小宇花三节课做出来的接球小游戏。第二节课他卡在计分上，自己想到了用变量。下周六有免费试听课，欢迎带孩子来一起动手。",
                "Leo, 11, made this catch-the-ball game in three lessons. He got stuck on the scoring in lesson two and worked out variables on his own. Free trial lessons on Saturday: come and make something together.",
            ),
        ),
        (
            SampleKind::ComplaintReply,
            l.s("公众号留言：“调课通知发得太晚，白跑一趟。”", "Facebook comment: 'You told us about the cancelled class far too late.'"),
            l.s(
                "非常抱歉让您白跑一趟，是我们通知晚了。以后调课至少提前 24 小时在公众号和家长群同时通知。这次的课我们安排在周日补上，何老师会单独联系您确认时间。",
                "We're sorry you made the trip for nothing; we told you too late. From now on, any change goes out on Facebook and by text at least 24 hours ahead. Sophie will call you today to book the catch-up lesson.",
            ),
        ),
    ];
    for (kind, context, text) in samples {
        let id = plan.allocate_id();
        plan.voice.samples.push(SampleLine {
            id,
            kind,
            context,
            text,
        });
    }
}
