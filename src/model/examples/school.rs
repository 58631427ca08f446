//! The school example: a small children's coding school run by four part-timers. Teaches how to
//! speak to parents rather than at children, how to turn enquiries into trial lessons, and how to
//! build photo consent for pupils into the approval path.

mod audience;
mod posts;

use chrono::{DateTime, Utc};

use super::build::{
    add_colours, add_departments, add_formats, add_meetings, add_themes, approval_step, calendar,
    day, goal, months_after, person, platform, raci, strategic_role, team_role, Lang, PlatformSpec,
};
use crate::model::{
    Activity, Cadence, CompanySize, DepartmentKind, Format, Goal, Id, ImageRatio, Metric,
    ModelQuestionnaire, Plan, PlatformKind, Priority, Raci, StrategicRoleKind, TargetKind,
    TeamModel, TeamRoleKind, ThemeKind,
};

/// The school plan in the chosen language.
pub fn plan(chinese: bool, plan_id: &str, now: DateTime<Utc>) -> Plan {
    let l = Lang(chinese);
    let today = now.date_naive();
    let mut plan = Plan::new(
        plan_id,
        l.s(
            "青禾少儿编程社交媒体运营手册",
            "Harbourside Coding School social media handbook",
        ),
        l.s(
            "成都青禾少儿编程（高新校区、天府校区）",
            "Harbourside Coding School, Bristol",
        ),
        now,
    );

    // ------------------------------------------------------------ step 1: strategy
    let brand = strategic_role(
        &mut plan,
        StrategicRoleKind::BrandAmplifier,
        l.s(
            "家长选课靠口碑和看得见的成果，孩子的作品就是我们的招生简章。",
            "Parents choose on word of mouth and visible results; our pupils' projects are the best brochure we have.",
        ),
    );
    let service = strategic_role(
        &mut plan,
        StrategicRoleKind::CustomerService,
        l.s(
            "家长在公众号后台问课时、价格和接送，回复得快不快直接决定会不会来试听。",
            "Parents ask about times, prices and pick-up on Facebook; how fast we answer decides whether they book a trial.",
        ),
    );
    let test_field = strategic_role(
        &mut plan,
        StrategicRoleKind::ProductTestField,
        l.s(
            "新课程先在小红书发试听课笔记，看家长的收藏和提问，再决定开不开班。",
            "New courses start as free mini-lessons on YouTube; the response tells us whether to open a class.",
        ),
    );
    plan.strategy.primary_role = Some(brand);
    plan.strategy.vision = l.s(
        "让成都的孩子把编程当成创造的工具，而不是又一门考试；成为家长愿意推荐给朋友的那家学校。",
        "Help Bristol children treat coding as a way to make things, not another exam, and be the school parents recommend to friends.",
    );
    plan.strategy.objectives = l.v(
        &[
            "每月试听课预约达到 30 节",
            "家长咨询 4 小时内回复",
            "下学期开设 AI 入门新课前，先收集 40 位家长的意向",
        ],
        &[
            "Thirty trial lessons booked a month",
            "Parents' questions answered within four hours",
            "Forty families interested before we open the new AI basics course",
        ],
    );
    let spec = |kind: PlatformKind, role, priority, account: &str| PlatformSpec {
        kind,
        custom_name: String::new(),
        role,
        priority,
        account: account.to_string(),
        url: String::new(),
    };
    let (desk, showcase, lessons) = if chinese {
        (
            spec(
                PlatformKind::WechatOfficialAccount,
                service,
                Priority::High,
                "青禾少儿编程",
            ),
            spec(
                PlatformKind::WechatChannels,
                brand,
                Priority::High,
                "青禾小创客",
            ),
            spec(
                PlatformKind::Xiaohongshu,
                test_field,
                Priority::Medium,
                "青禾编程何老师",
            ),
        )
    } else {
        (
            spec(
                PlatformKind::Facebook,
                service,
                Priority::High,
                "Harbourside Coding School",
            ),
            spec(
                PlatformKind::Instagram,
                brand,
                Priority::High,
                "@harbourside.coding",
            ),
            spec(
                PlatformKind::Youtube,
                test_field,
                Priority::Medium,
                "Harbourside Coding mini-lessons",
            ),
        )
    };
    let desk = platform(&mut plan, desk);
    let showcase = platform(&mut plan, showcase);
    let lessons = platform(&mut plan, lessons);

    // ------------------------------------------------------------ step 2: personas
    let parent = plan.allocate_id();
    let pupil = plan.allocate_id();
    plan.personas = audience::personas(l, [parent, pupil], [desk, showcase, lessons]);
    if !chinese {
        // Leo watches our mini-lessons on YouTube; the Chinese pupil is reached through parents.
        plan.personas[1].platforms = vec![lessons];
    }

    // ------------------------------------------------------------ step 3: voice
    audience::voice(l, &mut plan);

    // ------------------------------------------------------------ step 5 (roles first: goals name owners)
    let manager = team_role(
        &mut plan,
        TeamRoleKind::Manager,
        String::new(),
        l.v(
            &["定学期重点和预算", "审核涉及价格和承诺的内容"],
            &[
                "Set each term's focus and budget",
                "Sign off anything about prices or promises",
            ],
        ),
        l.v(&["判断力", "了解家长"], &["Judgement", "Knowing parents"]),
    );
    let creator = team_role(
        &mut plan,
        TeamRoleKind::ContentCreator,
        String::new(),
        l.v(
            &[
                "排内容日历",
                "写课程介绍和家长课堂",
                "从老师那里收集作品素材",
            ],
            &[
                "Keep the calendar",
                "Write course posts and parents' guides",
                "Collect pupils' projects from teachers",
            ],
        ),
        l.v(
            &["写作", "拍照", "懂教育"],
            &["Writing", "Photography", "Understanding education"],
        ),
    );
    let community = team_role(
        &mut plan,
        TeamRoleKind::Community,
        String::new(),
        l.v(
            &["回复家长留言和私信", "安排试听课", "保管学员肖像授权书"],
            &[
                "Answer parents' comments and messages",
                "Book trial lessons",
                "Keep the photo consent forms",
            ],
        ),
        l.v(
            &["耐心", "细心", "熟悉课程安排"],
            &["Patience", "Care with details", "Knowing the timetable"],
        ),
    );
    let analyst = team_role(
        &mut plan,
        TeamRoleKind::DataAnalyst,
        String::new(),
        l.v(
            &["每月统计咨询、试听和报名来源"],
            &["Count enquiries, trials and sign-ups by source each month"],
        ),
        l.v(&["表格", "细心"], &["Spreadsheets", "Accuracy"]),
    );
    let video = team_role(
        &mut plan,
        TeamRoleKind::VideoEditor,
        String::new(),
        l.v(
            &["录制课堂片段和微课", "剪辑学员作品演示"],
            &[
                "Record class moments and mini-lessons",
                "Edit project demos",
            ],
        ),
        l.v(
            &["录屏和剪辑", "讲解清楚"],
            &["Screen recording and editing", "Clear explanations"],
        ),
    );

    // ------------------------------------------------------------ step 4: goals
    let start = day(today, -20);
    let deadline = months_after(start, 4);
    let base_goal = |title: String, metric: Metric, platform: Id| Goal {
        title,
        metric,
        platform: Some(platform),
        start: Some(start),
        deadline: Some(deadline),
        target_kind: TargetKind::Absolute,
        ..Goal::default()
    };
    let g_trials = goal(
        &mut plan,
        Goal {
            baseline: Some(12.0),
            target: Some(30.0),
            unit: l.s("节/月", "trials a month"),
            owner_role: Some(creator),
            serves_role: Some(brand),
            personas: vec![parent],
            achievable_because: l.s(
                "公众号菜单加预约入口，每篇作品视频都附试听链接；去年暑假做到过每月 28 节。",
                "A booking button on the page and a trial link under every project video; we reached 28 a month last summer.",
            ),
            ..base_goal(
                l.s("每月试听课预约从 12 节到 30 节", "Trial lesson bookings from 12 to 30 a month"),
                Metric::Leads,
                desk,
            )
        },
        today,
        &[(20, 12.0, l.s("起点", "Starting point")), (4, 16.0, String::new())],
    );
    let g_replies = goal(
        &mut plan,
        Goal {
            within_hours: Some(4),
            baseline: Some(50.0),
            target: Some(85.0),
            unit: "%".into(),
            owner_role: Some(community),
            serves_role: Some(service),
            personas: vec![parent],
            achievable_because: l.s(
                "前台上课时间段每两小时看一次后台，常见问题做成自动回复和菜单。",
                "The front desk checks messages every two hours during opening times, and common questions get saved replies.",
            ),
            ..base_goal(
                l.s("4 小时内回复 85% 的家长咨询", "Answer 85% of parents' questions within 4 hours"),
                Metric::ResponseRate,
                desk,
            )
        },
        today,
        &[(20, 50.0, l.s("起点", "Starting point")), (6, 64.0, String::new())],
    );
    let g_followers = goal(
        &mut plan,
        Goal {
            baseline: Some(650.0),
            target: Some(1100.0),
            unit: l.s("位关注者", "followers"),
            owner_role: Some(video),
            serves_role: Some(brand),
            personas: vec![parent, pupil],
            achievable_because: l.s(
                "每周两条学员作品视频，家长会主动转发；过去两个月已经从 520 涨到 650。",
                "Two project videos a week that parents share themselves; we went from 520 to 650 in the last two months.",
            ),
            ..base_goal(
                l.s("4 个月内视频号关注者从 650 到 1100", "Instagram followers from 650 to 1,100 in four months"),
                Metric::Followers,
                showcase,
            )
        },
        today,
        &[(20, 650.0, l.s("起点", "Starting point")), (4, 720.0, String::new())],
    );
    let g_interest = goal(
        &mut plan,
        Goal {
            custom_metric: l.s("AI 入门课意向登记", "Families registering interest in AI basics"),
            baseline: Some(10.0),
            target: Some(40.0),
            unit: l.s("个家庭", "families"),
            owner_role: Some(manager),
            serves_role: Some(test_field),
            personas: vec![parent, pupil],
            achievable_because: l.s(
                "四篇试听课笔记，每篇附意向登记表；老学员家长优先通知，已有 10 个家庭登记。",
                "Four free mini-lessons, each with a sign-up form, and current families hear first; ten have already registered.",
            ),
            ..base_goal(
                l.s("AI 入门新课意向登记从 10 个家庭到 40 个", "AI basics course interest from 10 to 40 families"),
                Metric::Custom,
                lessons,
            )
        },
        today,
        &[(20, 10.0, l.s("起点", "Starting point")), (4, 15.0, String::new())],
    );

    // ------------------------------------------------------------ step 5: team
    plan.team.questionnaire = ModelQuestionnaire {
        company_size: Some(CompanySize::Small),
        units: Some(1),
        consistency: Some(4),
        strategic_weight: Some(4),
        people_available: Some(1.3),
    };
    plan.team.model = Some(TeamModel::Centralized);
    plan.team.model_why = l.s(
        "一所学校、一个品牌、四位兼职成员：集中式最省力。两个校区共用一套账号和日历，由招生老师统一排期。",
        "One school, one brand and four part-timers: centralized costs the least effort. Everyone works from one set of accounts and one calendar kept by admissions.",
    );
    let names: [String; 4] = if chinese {
        [
            "杨校长",
            "何老师（招生）",
            "小蒋（前台兼助教）",
            "吴老师（编程老师）",
        ]
        .map(String::from)
    } else {
        [
            "Helen Marsh (head)",
            "Sophie Turner (admissions)",
            "Jamie Cole (front desk)",
            "Dev Sharma (coding teacher)",
        ]
        .map(String::from)
    };
    let people: [(u16, &[(Id, u16)]); 4] = [
        (20, &[(manager, 15)]),
        (60, &[(creator, 40), (analyst, 10)]),
        (40, &[(community, 30)]),
        (20, &[(video, 15)]),
    ];
    for (name, (availability, assignments)) in names.iter().zip(people) {
        person(&mut plan, name.clone(), availability, assignments);
    }
    raci(
        &mut plan,
        &[
            (
                Activity::Strategy,
                &[(manager, Raci::A), (creator, Raci::R), (community, Raci::C)],
            ),
            (
                Activity::ContentPlanning,
                &[(manager, Raci::A), (creator, Raci::R), (video, Raci::C)],
            ),
            (
                Activity::ContentCreation,
                &[(creator, Raci::A), (video, Raci::R), (community, Raci::C)],
            ),
            (
                Activity::ApprovalPublishing,
                &[(manager, Raci::A), (creator, Raci::R), (community, Raci::C)],
            ),
            (
                Activity::CommunityReplies,
                &[(creator, Raci::A), (community, Raci::R)],
            ),
            (
                Activity::CrisisResponse,
                &[(manager, Raci::A), (community, Raci::R), (creator, Raci::C)],
            ),
            (
                Activity::DataReporting,
                &[(manager, Raci::A), (analyst, Raci::R), (creator, Raci::I)],
            ),
        ],
    );
    let departments = [
        (
            DepartmentKind::Custom,
            l.s("教研组", "Teaching team"),
            l.s(
                "每周交两份学员作品和课堂片段，核对课程介绍是否准确。",
                "Hands over two pupils' projects a week and checks course descriptions.",
            ),
            l.s("吴老师", "Dev Sharma"),
        ),
        (
            DepartmentKind::Sales,
            l.s("", ""),
            l.s(
                "跟进试听后的报名，反馈家长最常问的问题。",
                "Follows up after trial lessons and reports the questions parents ask most.",
            ),
            l.s("何老师", "Sophie Turner"),
        ),
        (
            DepartmentKind::CustomerService,
            l.s("", ""),
            l.s(
                "前台接电话、排课、保管肖像授权书。",
                "The front desk takes calls, books lessons and keeps consent forms.",
            ),
            l.s("小蒋", "Jamie Cole"),
        ),
    ];
    add_departments(&mut plan, departments);
    let meetings = [
        (
            l.s("周五排期会", "Friday planning"),
            Cadence::Weekly,
            l.v(
                &["何老师", "小蒋", "吴老师"],
                &["Admissions", "Front desk", "Coding teacher"],
            ),
            l.s(
                "30 分钟：选下周的作品素材，确认授权，排好四条内容。",
                "Thirty minutes: pick next week's projects, check consent and plan four posts.",
            ),
        ),
        (
            l.s("月度招生复盘", "Monthly enrolment review"),
            Cadence::Monthly,
            l.v(
                &["校长", "招生", "前台", "教研组"],
                &["Head", "Admissions", "Front desk", "Teaching team"],
            ),
            l.s(
                "看咨询、试听和报名数据，决定下月重点。",
                "Look at enquiries, trials and sign-ups and set next month's focus.",
            ),
        ),
    ];
    add_meetings(&mut plan, meetings);
    let consent = approval_step(
        &mut plan,
        Some(community),
        l.s(
            "学员肖像授权核对：只用已签授权书的学员，不出现全名和就读学校",
            "Photo consent check: only pupils with a signed consent form, no surnames or schools",
        ),
        24,
    );
    let head = approval_step(
        &mut plan,
        Some(manager),
        l.s(
            "校长终审：价格、课时和承诺",
            "Head's sign-off: prices, terms and promises",
        ),
        24,
    );
    plan.team.feedback_path = l.s(
        "家长留言由前台当天回复；课程问题转教研组，价格和退费问题转校长；每月复盘会上汇总家长建议，决定调整哪些课程安排。",
        "The front desk answers parents the same day; course questions go to the teaching team, prices and refunds to the head; parents' suggestions are gathered for the monthly review, which decides what to change.",
    );

    // ------------------------------------------------------------ step 6: content
    let themes = [
        (
            ThemeKind::ProductValue,
            l.s("课程与学习方法", "Courses and how we teach"),
            l.s(
                "每门课适合谁、学什么、怎么上，价格和课时写清楚。",
                "Who each course suits, what children learn and how, with prices and terms.",
            ),
            vec![parent],
            vec![g_trials, g_interest],
            30,
        ),
        (
            ThemeKind::UserStories,
            l.s("学员作品", "Pupils' projects"),
            l.s(
                "孩子做出的游戏和动画，讲清楚他们是怎么做到的。",
                "Games and animations children made, and how they got there.",
            ),
            vec![parent, pupil],
            vec![g_followers, g_trials],
            30,
        ),
        (
            ThemeKind::IndustryInsight,
            l.s("家长课堂", "A guide for parents"),
            l.s(
                "编程教育常识：几岁开始、屏幕时间、怎么在家陪练。",
                "Coding for families: when to start, screen time, helping at home.",
            ),
            vec![parent],
            vec![g_followers],
            15,
        ),
        (
            ThemeKind::FunInteraction,
            l.s("挑战与比赛", "Challenges"),
            l.s(
                "每月编程小挑战和作品展，家长和孩子一起参加。",
                "A monthly coding challenge and a project show for children and parents.",
            ),
            vec![pupil, parent],
            vec![g_interest, g_followers],
            15,
        ),
        (
            ThemeKind::Custom,
            l.s("咨询与通知", "Questions and notices"),
            l.s(
                "常见问题、调课和假期安排。",
                "Common questions, timetable changes and holidays.",
            ),
            vec![parent],
            vec![g_replies],
            10,
        ),
    ];
    let [t_courses, t_projects, t_guide, t_challenge, t_notices] = add_themes(&mut plan, themes);
    add_formats(
        &mut plan,
        [
            (desk, vec![Format::ImageText, Format::Qa], 1),
            (showcase, vec![Format::ShortVideo, Format::LiveStream], 2),
            (lessons, vec![Format::ShortVideo, Format::ImageText], 1),
        ],
    );
    add_colours(
        &mut plan,
        [
            (l.s("青禾绿", "Harbour green"), "#3a9d5d"),
            (l.s("阳光黄", "Sunny yellow"), "#f4c542"),
            (l.s("墨蓝", "Ink blue"), "#22344f"),
        ],
    );
    let style = &mut plan.content.style;
    style.fonts = l.s(
        "标题用站酷快乐体，正文用思源黑体；代码截图用等宽字体。",
        "Headings in Baloo 2, body text in Nunito; code in a monospaced font.",
    );
    style.hashtag_rules = l.s(
        "固定带 #青禾小创客，再加一个课程话题（#Scratch #Python）；不蹭和教育无关的热点。",
        "Always #HarbourCoders plus one course tag (#Scratch, #Python); no trending tags unrelated to learning.",
    );
    style.emoji_rules = l.s(
        "作品视频可用一到两个表情；通知和价格信息不用表情。",
        "One or two emoji on project posts; none on notices or prices.",
    );
    style.image_ratios = vec![
        ImageRatio {
            platform: desk,
            ratio: l.s("2.35:1", "1.91:1"),
        },
        ImageRatio {
            platform: showcase,
            ratio: l.s("9:16", "4:5"),
        },
        ImageRatio {
            platform: lessons,
            ratio: l.s("3:4", "16:9"),
        },
    ];
    style.notes = l.s(
        "孩子只拍背影、手部或屏幕，除非有授权书；不出现全名、学校和校服。",
        "Show hands, screens or backs unless there is a consent form; never surnames, school names or uniforms.",
    );

    let ids = posts::Ids {
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
    };
    let posts = posts::planned(l, &ids);
    let (desk_name, head_name) = if chinese {
        ("小蒋", "杨校长")
    } else {
        ("Jamie Cole", "Helen Marsh")
    };
    let signers = [
        (consent, desk_name.to_string()),
        (head, head_name.to_string()),
    ];
    calendar(&mut plan, today, &signers, posts);
    plan
}
