//! The café example: a neighbourhood coffee shop whose owner runs social media alone, a few hours
//! a week. Teaches focus (three local platforms, one primary role), a centralized one-person team
//! that still writes down its roles and hours, and a one-step "sleep on it" approval.
//!
//! The personas and the voice are the step examples of [`crate::model::example_personas`] and
//! [`crate::model::example_voice`]: a Hangzhou café in Chinese, a Manchester one in English.

mod posts;

use chrono::{DateTime, Utc};

use super::build::{
    add_colours, add_departments, add_formats, add_meetings, add_themes, approval_step, calendar,
    day, english_forbidden_claims, goal, months_after, person, platform, raci, strategic_role,
    team_role, Lang, PlatformSpec,
};
use crate::model::example_personas::example_persona;
use crate::model::example_voice::example_voice;
use crate::model::{
    Activity, Cadence, CompanySize, DepartmentKind, Format, Goal, ImageRatio, Metric,
    ModelQuestionnaire, Plan, PlatformKind, Priority, Raci, StrategicRoleKind, TargetKind,
    TeamModel, TeamRoleKind, ThemeKind,
};

/// The café plan in the chosen language.
pub fn plan(chinese: bool, plan_id: &str, now: DateTime<Utc>) -> Plan {
    let l = Lang(chinese);
    let today = now.date_naive();
    let mut plan = Plan::new(
        plan_id,
        l.s(
            "半巷咖啡社交媒体运营手册",
            "Half Lane Coffee social media handbook",
        ),
        l.s(
            "半巷咖啡（杭州文三路）",
            "Half Lane Coffee, Northern Quarter",
        ),
        now,
    );

    // ------------------------------------------------------------ step 1: strategy
    let brand = strategic_role(
        &mut plan,
        StrategicRoleKind::BrandAmplifier,
        l.s(
            "新客大多先在小红书上刷到我们，再走进巷子里。让附近上班族知道这里有一家好咖啡，是眼下的头等大事。",
            "Most new customers find us on Instagram before they find the lane. Letting nearby offices know there is good coffee round the corner matters more than anything else right now.",
        ),
    );
    let service = strategic_role(
        &mut plan,
        StrategicRoleKind::CustomerService,
        l.s(
            "大众点评上的评价和提问直接影响路过的人进不进店，回复慢一天就少一批客人。",
            "Google reviews and questions decide whether passers-by come in; a day's delay in answering costs us customers.",
        ),
    );
    let test_field = strategic_role(
        &mut plan,
        StrategicRoleKind::ProductTestField,
        l.s(
            "季节新品先在公众号请会员投票，再决定进不进菜单，少走弯路也少浪费原料。",
            "Seasonal drinks go to a vote in our Facebook group before they reach the menu, so we waste less stock on guesses.",
        ),
    );
    plan.strategy.primary_role = Some(brand);
    plan.strategy.vision = l.s(
        "三年内成为街坊和附近上班族心里“下楼就想去”的那家咖啡馆，靠口碑而不是打折留住人。",
        "Within three years, be the café our street and the nearby offices think of when they want a proper coffee, kept busy by word of mouth rather than discounts.",
    );
    plan.strategy.objectives = l.v(
        &[
            "半年内工作日下午的到店人数提高两成",
            "大众点评评分保持在 4.7 分以上，每条评价都有回复",
            "每季度推出一款由会员投票选出的限定饮品",
            "抖音暂不开设，先把三个平台做扎实",
        ],
        &[
            "Twenty per cent more weekday afternoon visits within six months",
            "Keep our Google rating at 4.7 or above and answer every review",
            "Launch one members' choice seasonal drink each quarter",
            "No TikTok for now: do three platforms properly first",
        ],
    );
    let (main_kind, main_name, main_account) = if chinese {
        (PlatformKind::Xiaohongshu, "", "半巷咖啡 Half Lane")
    } else {
        (PlatformKind::Instagram, "", "@halflanecoffee")
    };
    let main = platform(
        &mut plan,
        PlatformSpec {
            kind: main_kind,
            custom_name: main_name.into(),
            role: brand,
            priority: Priority::High,
            account: main_account.into(),
            url: String::new(),
        },
    );
    let reviews = platform(
        &mut plan,
        PlatformSpec {
            kind: PlatformKind::Custom,
            custom_name: l.s("大众点评", "Google Business Profile"),
            role: service,
            priority: Priority::High,
            account: l.s("半巷咖啡（文三路店）", "Half Lane Coffee"),
            url: String::new(),
        },
    );
    let (club_kind, club_account) = if chinese {
        (PlatformKind::WechatOfficialAccount, "半巷咖啡")
    } else {
        (
            PlatformKind::Facebook,
            "Half Lane Coffee Neighbours (group)",
        )
    };
    let club = platform(
        &mut plan,
        PlatformSpec {
            kind: club_kind,
            custom_name: String::new(),
            role: test_field,
            priority: Priority::Medium,
            account: club_account.into(),
            url: String::new(),
        },
    );

    // ------------------------------------------------------------ step 2: personas
    let platforms = plan.strategy.platforms.clone();
    let worker_id = plan.allocate_id();
    let worker = example_persona(chinese, 0, worker_id, &platforms);
    let student_id = plan.allocate_id();
    let mut student = example_persona(chinese, 1, student_id, &platforms);
    // Students find the café through the reviews app before anything else.
    student.platforms.push(reviews);
    plan.personas = vec![worker, student];
    let (worker, student) = (worker_id, student_id);

    // ------------------------------------------------------------ step 3: voice
    let mut voice = example_voice(chinese, &mut || plan.allocate_id());
    if !chinese {
        voice.forbidden_claims = english_forbidden_claims();
    }
    plan.voice = voice;

    // ------------------------------------------------------------ step 5 (roles first: goals name owners)
    let manager = team_role(
        &mut plan,
        TeamRoleKind::Manager,
        String::new(),
        l.v(
            &[
                "每季度定一次重点和预算",
                "每月底看数据、决定下月调整",
                "处理差评和突发情况",
            ],
            &[
                "Set the focus and budget each quarter",
                "Review the numbers at month end and decide what changes",
                "Handle bad reviews and anything urgent",
            ],
        ),
        l.v(&["取舍", "时间管理"], &["Saying no", "Time management"]),
    );
    let creator = team_role(
        &mut plan,
        TeamRoleKind::ContentCreator,
        String::new(),
        l.v(
            &[
                "每周一排好本周选题",
                "拍照、拍短视频、写笔记",
                "和熟客约拍并取得同意",
            ],
            &[
                "Plan the week's posts every Monday",
                "Take photos, film short clips, write captions",
                "Ask regulars before featuring them",
            ],
        ),
        l.v(
            &["手机摄影", "短文案", "对季节和街区话题敏感"],
            &[
                "Phone photography",
                "Short captions",
                "An eye for what the street is talking about",
            ],
        ),
    );
    let community = team_role(
        &mut plan,
        TeamRoleKind::Community,
        String::new(),
        l.v(
            &[
                "每天打烊后回复评价、评论和私信",
                "维护会员群",
                "把顾客建议记进本子",
            ],
            &[
                "Answer reviews, comments and messages after closing each day",
                "Look after the neighbours' group",
                "Write customer suggestions in the notebook",
            ],
        ),
        l.v(
            &["耐心", "同理心", "说话得体"],
            &["Patience", "Empathy", "Tact"],
        ),
    );
    let analyst = team_role(
        &mut plan,
        TeamRoleKind::DataAnalyst,
        String::new(),
        l.v(
            &[
                "每月底把各平台后台数字抄进表格",
                "对照收银数据看哪类内容带来了客人",
            ],
            &[
                "Copy each platform's numbers into the spreadsheet at month end",
                "Compare them with the till to see which posts bring people in",
            ],
        ),
        l.v(
            &["会用表格", "耐得住性子看数字"],
            &["Spreadsheets", "Patience with numbers"],
        ),
    );

    // ------------------------------------------------------------ step 4: goals
    let start = day(today, -30);
    let deadline = months_after(start, 5);
    let base_goal = |title: String, metric: Metric, platform: u64| Goal {
        title,
        metric,
        platform: Some(platform),
        start: Some(start),
        deadline: Some(deadline),
        target_kind: TargetKind::Absolute,
        ..Goal::default()
    };
    let g_followers = goal(
        &mut plan,
        Goal {
            baseline: Some(1200.0),
            target: Some(2000.0),
            unit: l.s("位粉丝", "followers"),
            owner_role: Some(creator),
            serves_role: Some(brand),
            personas: vec![worker],
            achievable_because: l.s(
                "过去三个月每月自然增长约 90 人；每周两篇笔记再加上顾客打卡，每月 160 人可以做到。",
                "We have grown by about 90 a month without trying; two posts a week plus customers tagging us makes 160 a month realistic.",
            ),
            ..base_goal(
                l.s("5 个月内小红书粉丝从 1200 人到 2000 人", "Instagram followers from 1,200 to 2,000 in five months"),
                Metric::Followers,
                main,
            )
        },
        today,
        &[
            (30, 1200.0, l.s("起点", "Starting point")),
            (16, 1290.0, String::new()),
            (2, 1370.0, l.s("豆子风味笔记带来一波收藏", "The bean-origin post was saved a lot")),
        ],
    );
    let g_replies = goal(
        &mut plan,
        Goal {
            within_hours: Some(24),
            baseline: Some(55.0),
            target: Some(90.0),
            unit: "%".into(),
            owner_role: Some(community),
            serves_role: Some(service),
            personas: vec![worker, student],
            achievable_because: l.s(
                "每天打烊后固定 15 分钟回复评价和私信，手机设好提醒；节假日提前写好常见问题。",
                "Fifteen minutes after closing every day, with a phone reminder; common questions answered in advance before holidays.",
            ),
            ..base_goal(
                l.s("24 小时内回复 90% 的点评与私信", "Answer 90% of reviews and messages within 24 hours"),
                Metric::ResponseRate,
                reviews,
            )
        },
        today,
        &[
            (30, 55.0, l.s("起点", "Starting point")),
            (14, 72.0, String::new()),
            (2, 80.0, l.s("打烊后回复已成习惯", "Replying after closing has become a habit")),
        ],
    );
    let g_user_posts = goal(
        &mut plan,
        Goal {
            baseline: Some(8.0),
            target: Some(20.0),
            unit: l.s("篇/月", "posts a month"),
            owner_role: Some(creator),
            serves_role: Some(brand),
            personas: vec![worker],
            achievable_because: l.s(
                "新杯套印上打卡话题，集章卡第五格换成“发笔记送饼干”；附近同类小店做到过每月 20 篇。",
                "New cup sleeves carry our tag, and the fifth stamp becomes 'post a photo, get a cookie'; similar cafés nearby reach 20 a month.",
            ),
            ..base_goal(
                l.s(
                    "顾客自发的小红书笔记从每月 8 篇到 20 篇",
                    "Customer posts tagging us from 8 to 20 a month",
                ),
                Metric::UserPosts,
                main,
            )
        },
        today,
        &[(30, 8.0, l.s("起点", "Starting point")), (2, 11.0, String::new())],
    );
    let g_votes = goal(
        &mut plan,
        Goal {
            custom_metric: l.s("新品投票参与人数", "Seasonal vote entries"),
            baseline: Some(80.0),
            target: Some(200.0),
            unit: l.s("人/期", "entries per vote"),
            owner_role: Some(manager),
            serves_role: Some(test_field),
            personas: vec![worker, student],
            achievable_because: l.s(
                "收银台放投票二维码，投票者下次到店加一个章；上一期只在文章里发，就有 80 人参加。",
                "A QR code at the till and an extra stamp for voting; the last vote reached 80 entries from one post alone.",
            ),
            ..base_goal(
                l.s("每期新品投票参与人数从 80 人到 200 人", "Seasonal drink vote from 80 to 200 entries"),
                Metric::Custom,
                club,
            )
        },
        today,
        &[(30, 80.0, l.s("上一期投票", "The last vote")), (9, 118.0, String::new())],
    );

    // ------------------------------------------------------------ step 5: team
    plan.team.questionnaire = ModelQuestionnaire {
        company_size: Some(CompanySize::Micro),
        units: Some(1),
        consistency: Some(5),
        strategic_weight: Some(3),
        people_available: Some(0.3),
    };
    plan.team.model = Some(TeamModel::Centralized);
    plan.team.model_why = l.s(
        "只有一家店、一个人，集中式是唯一现实的选择：口径统一，决定也快。把四个岗位分开写下来，是为了看清每周的时间花在哪里。",
        "One shop and one person: centralized is the only realistic model, with one voice and quick decisions. Writing the four roles down separately shows where the weekly hours go.",
    );
    let owner_name = l.s("周晓岚（店主）", "Jess Harper (owner)");
    person(
        &mut plan,
        owner_name.clone(),
        30,
        &[(manager, 5), (creator, 15), (community, 7), (analyst, 3)],
    );
    raci(
        &mut plan,
        &[
            (
                Activity::Strategy,
                &[(manager, Raci::A), (analyst, Raci::R), (community, Raci::C)],
            ),
            (
                Activity::ContentPlanning,
                &[(manager, Raci::A), (creator, Raci::R), (community, Raci::C)],
            ),
            (
                Activity::ContentCreation,
                &[(manager, Raci::A), (creator, Raci::R)],
            ),
            (
                Activity::ApprovalPublishing,
                &[(manager, Raci::A), (creator, Raci::R)],
            ),
            (
                Activity::CommunityReplies,
                &[(manager, Raci::A), (community, Raci::R)],
            ),
            (
                Activity::CrisisResponse,
                &[(manager, Raci::A), (community, Raci::R), (creator, Raci::I)],
            ),
            (
                Activity::DataReporting,
                &[(manager, Raci::A), (analyst, Raci::R), (creator, Raci::I)],
            ),
        ],
    );
    let departments = [
        (
            DepartmentKind::Product,
            l.s("", ""),
            l.s(
                "合作烘焙师提供每批豆子的产地和风味说明，新品上菜单前一起试喝。",
                "Our roaster sends origin and tasting notes for each batch and tastes new drinks with us before they go on the menu.",
            ),
            l.s("老陈（合作烘焙坊）", "Dan at Northern Roast"),
        ),
        (
            DepartmentKind::Custom,
            l.s("周末兼职咖啡师", "Weekend baristas"),
            l.s(
                "在吧台听到的夸奖和抱怨记进本子，提醒顾客扫码投票。",
                "Write what customers say at the bar in the notebook and point people to the vote.",
            ),
            l.s("小敏、阿杰", "Ruby and Tom"),
        ),
    ];
    add_departments(&mut plan, departments);
    let meetings = [
        (
            l.s("周一排期", "Monday planning"),
            Cadence::Weekly,
            l.v(&["店主"], &["Owner"]),
            l.s(
                "开门前 20 分钟：翻看上周反馈本，排好本周四条内容。",
                "Twenty minutes before opening: read last week's notebook and plan the week's four posts.",
            ),
        ),
        (
            l.s("月底复盘", "Month-end review"),
            Cadence::Monthly,
            l.v(&["店主", "周末兼职咖啡师", "合作烘焙师"], &["Owner", "Weekend baristas", "Our roaster"]),
            l.s(
                "对照目标看数字，决定下月多做什么、少做什么，顺便试喝新品。",
                "Check the numbers against the goals, decide what to do more or less of, and taste next month's special.",
            ),
        ),
    ];
    add_meetings(&mut plan, meetings);
    let reread = approval_step(
        &mut plan,
        Some(manager),
        l.s(
            "隔夜重读：写完第二天早上再看一遍，检查错字、价格和顾客授权",
            "Sleep on it: reread the next morning for typos, prices and customer consent",
        ),
        12,
    );
    plan.team.feedback_path = l.s(
        "评价、私信和吧台听到的意见都记进反馈本；表扬的转告兼职同事，菜单和豆子的意见月底带给烘焙师，差评当天回复并写下怎么改。",
        "Reviews, messages and what we hear at the bar go into the feedback notebook; praise is passed on to the baristas, menu and bean comments go to the roaster at month end, and bad reviews get a reply the same day with what we will change.",
    );

    // ------------------------------------------------------------ step 6: content
    let themes = [
        (
            ThemeKind::ProductValue,
            l.s("豆子与饮品", "Beans and drinks"),
            l.s(
                "每批豆子的产地、风味和喝法，用家常话讲清楚，顺便教在家冲。",
                "Where each batch comes from, how it tastes and how to drink it, in everyday words, with tips for brewing at home.",
            ),
            vec![worker],
            vec![g_followers],
            30,
        ),
        (
            ThemeKind::UserStories,
            l.s("街坊与熟客", "Neighbours and regulars"),
            l.s(
                "熟客的故事和顾客自己拍的照片（先征得同意）。",
                "Stories of regulars and photos customers took themselves, always with their permission.",
            ),
            vec![worker, student],
            vec![g_user_posts],
            25,
        ),
        (
            ThemeKind::BrandCulture,
            l.s("巷子里的日常", "Life on the lane"),
            l.s(
                "烘焙、开店、下雨天：让人看见店里的人和节奏。",
                "Roasting, opening up, rainy afternoons: the people and the rhythm behind the counter.",
            ),
            vec![worker],
            vec![g_followers],
            15,
        ),
        (
            ThemeKind::FunInteraction,
            l.s("投票与打卡", "Votes and stamps"),
            l.s(
                "新品投票、集章挑战和杯套设计征集，让顾客参与决定。",
                "Drink votes, stamp challenges and cup-sleeve competitions that let customers decide.",
            ),
            vec![student, worker],
            vec![g_votes, g_user_posts],
            20,
        ),
        (
            ThemeKind::Custom,
            l.s("门店信息与服务", "Visiting us"),
            l.s(
                "营业时间、座位和插座、常见问题，以及对评价的回复。",
                "Opening hours, seats and sockets, common questions and our replies to reviews.",
            ),
            vec![student, worker],
            vec![g_replies],
            10,
        ),
    ];
    let [t_product, t_stories, t_culture, t_fun, t_visit] = add_themes(&mut plan, themes);
    add_formats(
        &mut plan,
        [
            (main, vec![Format::ImageText, Format::ShortVideo], 2),
            (reviews, vec![Format::ImageText, Format::Qa], 1),
            (club, vec![Format::ImageText, Format::Infographic], 1),
        ],
    );
    add_colours(
        &mut plan,
        [
            (l.s("巷口砖红", "Brick red"), "#b5533c"),
            (l.s("燕麦白", "Oat white"), "#f3ede2"),
            (l.s("深焙咖", "Dark roast"), "#3b2a20"),
        ],
    );
    let style = &mut plan.content.style;
    style.fonts = l.s(
        "标题用思源宋体，正文用思源黑体；手写体只用于价格牌照片。",
        "Headings in Fraunces, body text in Inter; handwriting only on photos of the chalkboard.",
    );
    style.hashtag_rules = l.s(
        "每篇固定带 #半巷咖啡 和 #杭州咖啡，再加一到两个与内容相关的话题，总数不超过五个。",
        "Always #halflanecoffee and #manchestercoffee, plus one or two about the post; five at most.",
    );
    style.emoji_rules = l.s(
        "每篇最多两个表情，只用 ☕ 🌧 🍪 这类和店里有关的；回复差评时不用表情。",
        "Two emoji per post at most, only ones that belong in the café (☕ 🌧 🍪); none when answering a complaint.",
    );
    style.image_ratios = vec![
        ImageRatio {
            platform: main,
            ratio: l.s("3:4", "4:5"),
        },
        ImageRatio {
            platform: reviews,
            ratio: "4:3".into(),
        },
        ImageRatio {
            platform: club,
            ratio: l.s("2.35:1", "1.91:1"),
        },
    ];
    style.notes = l.s(
        "自然光拍摄，不加滤镜；每张图里都能看出是我们店（杯子、砖墙或木吧台）。",
        "Natural light, no filters; every picture should be recognisably ours (the cups, the brick wall or the wooden bar).",
    );

    let ids = posts::Ids {
        main,
        reviews,
        club,
        creator,
        community,
        t_product,
        t_stories,
        t_culture,
        t_fun,
        t_visit,
        worker,
        student,
        g_followers,
        g_replies,
        g_user_posts,
        g_votes,
    };
    let posts = posts::planned(l, &ids);
    let signers = [(reread, owner_name)];
    calendar(&mut plan, today, &signers, posts);
    plan
}
