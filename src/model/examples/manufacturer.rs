//! The manufacturer example: a maker of industrial drive parts (Chinese) or pumps (English) that
//! sells to other businesses in three regions. Teaches the hybrid model (headquarters owns the
//! strategy, the brand and the calendar; each region answers its own customers), an approval path
//! with a technical check and legal review, and goals counted in leads rather than likes.

mod audience;
mod posts;

use chrono::{DateTime, Utc};

use super::build::{
    add_colours, add_departments, add_formats, add_meetings, add_themes, approval_step, calendar,
    day, goal, months_after, person, platform, raci, strategic_role, team_role, Lang, PlatformSpec,
};
use crate::model::{
    Activity, Cadence, CompanySize, DepartmentKind, Format, Goal, ImageRatio, Metric,
    ModelQuestionnaire, Plan, PlatformKind, Priority, Raci, StrategicRoleKind, TargetKind,
    TeamModel, TeamRoleKind, ThemeKind,
};

/// The manufacturer plan in the chosen language.
pub fn plan(chinese: bool, plan_id: &str, now: DateTime<Utc>) -> Plan {
    let l = Lang(chinese);
    let today = now.date_naive();
    let mut plan = Plan::new(
        plan_id,
        l.s(
            "恒拓传动社交媒体运营手册",
            "Hartwell Pumps social media handbook",
        ),
        l.s("苏州恒拓精密传动有限公司", "Hartwell Pumps Ltd, Coventry"),
        now,
    );

    // ------------------------------------------------------------ step 1: strategy
    let brand = strategic_role(
        &mut plan,
        StrategicRoleKind::BrandAmplifier,
        l.s(
            "设备厂的工程师在选型阶段就会搜索和比较，我们要在他们拿起电话之前就被看见、被信任。",
            "Engineers shortlist suppliers long before they call anyone; we need to be seen and trusted while they are still comparing.",
        ),
    );
    let service = strategic_role(
        &mut plan,
        StrategicRoleKind::CustomerService,
        l.s(
            "安装和维护问题在视频评论里一问就答，可以减少售后电话，也让潜在客户看到我们的服务。",
            "Answering installation and maintenance questions under our videos saves support calls and shows prospects how we look after customers.",
        ),
    );
    let sensor = strategic_role(
        &mut plan,
        StrategicRoleKind::InsightSensor,
        l.s(
            "工程师在问答社区里讨论的痛点，是产品部改进设计的一手材料。",
            "What engineers complain about in online forums is first-hand input for our product team.",
        ),
    );
    plan.strategy.primary_role = Some(brand);
    plan.strategy.vision = l.s(
        "五年内成为华东、华南和东南亚设备厂选型时必看的国产传动品牌，以数据和服务赢得信任。",
        "Within five years, be a supplier every plant engineer in our three regions checks when choosing a pump, trusted for honest data and service.",
    );
    plan.strategy.objectives = l.v(
        &[
            "半年内来自社交媒体的有效询盘每月达到 45 条",
            "三个区域的技术提问在一个工作日内得到答复",
            "每季度向产品部提交一份来自社区讨论的改进清单",
        ],
        &[
            "Forty-five qualified enquiries a month from social media within six months",
            "Every technical question answered within one working day in all three regions",
            "A quarterly list of improvement ideas from online discussions for the product team",
        ],
    );
    let spec = |kind: PlatformKind, custom: &str, role, priority, account: &str| PlatformSpec {
        kind,
        custom_name: custom.to_string(),
        role,
        priority,
        account: account.to_string(),
        url: String::new(),
    };
    let (articles, videos, forum, network) = if chinese {
        (
            spec(
                PlatformKind::WechatOfficialAccount,
                "",
                brand,
                Priority::High,
                "恒拓传动",
            ),
            spec(
                PlatformKind::WechatChannels,
                "",
                service,
                Priority::Medium,
                "恒拓传动技术课堂",
            ),
            spec(
                PlatformKind::Zhihu,
                "",
                sensor,
                Priority::Medium,
                "恒拓传动应用工程师",
            ),
            spec(
                PlatformKind::Linkedin,
                "",
                brand,
                Priority::High,
                "Hengtuo Precision Drives",
            ),
        )
    } else {
        (
            spec(
                PlatformKind::Linkedin,
                "",
                brand,
                Priority::High,
                "Hartwell Pumps",
            ),
            spec(
                PlatformKind::Youtube,
                "",
                service,
                Priority::High,
                "Hartwell Pumps How-to",
            ),
            spec(
                PlatformKind::Custom,
                "Reddit (r/engineering, r/watertreatment)",
                sensor,
                Priority::Low,
                "u/HartwellApplications",
            ),
            spec(PlatformKind::X, "", brand, Priority::Low, "@HartwellPumps"),
        )
    };
    let articles = platform(&mut plan, articles);
    let videos = platform(&mut plan, videos);
    let forum = platform(&mut plan, forum);
    let network = platform(&mut plan, network);

    // ------------------------------------------------------------ step 2: personas
    let engineer = plan.allocate_id();
    let buyer = plan.allocate_id();
    let dealer = plan.allocate_id();
    plan.personas = audience::personas(
        l,
        [engineer, buyer, dealer],
        [articles, videos, forum, network],
    );

    // ------------------------------------------------------------ step 3: voice
    audience::voice(l, &mut plan);

    // ------------------------------------------------------------ step 5 (roles first: goals name owners)
    let manager = team_role(
        &mut plan,
        TeamRoleKind::Manager,
        String::new(),
        l.v(
            &[
                "制定社媒策略和年度预算",
                "管理总部团队，协调三个区域",
                "每月向市场总监汇报效果",
            ],
            &[
                "Own the social strategy and budget",
                "Lead the head-office team and coordinate the regions",
                "Report results to the marketing director monthly",
            ],
        ),
        l.v(
            &["战略思维", "项目管理", "跨部门沟通"],
            &[
                "Strategic thinking",
                "Project management",
                "Working across departments",
            ],
        ),
    );
    let creator = team_role(
        &mut plan,
        TeamRoleKind::ContentCreator,
        String::new(),
        l.v(
            &[
                "策划选题和共享内容日历",
                "撰写技术文章和案例",
                "把工程师的知识写成看得懂的内容",
            ],
            &[
                "Plan topics and keep the shared calendar",
                "Write technical articles and case studies",
                "Turn engineers' knowledge into readable posts",
            ],
        ),
        l.v(
            &["技术写作", "采访能力"],
            &["Technical writing", "Interviewing"],
        ),
    );
    let community = team_role(
        &mut plan,
        TeamRoleKind::Community,
        l.s("区域社群运营", "Regional community lead"),
        l.v(
            &[
                "每个区域一人，回复本区域的评论和私信",
                "把本地案例和展会素材交给总部",
                "把询盘转给本区域销售",
            ],
            &[
                "One per region: answer that region's comments and messages",
                "Send local cases and trade-show material to head office",
                "Pass enquiries to the region's sales team",
            ],
        ),
        l.v(
            &["沟通", "熟悉本地客户", "服务意识"],
            &[
                "Communication",
                "Knowing local customers",
                "Service mindset",
            ],
        ),
    );
    let analyst = team_role(
        &mut plan,
        TeamRoleKind::DataAnalyst,
        String::new(),
        l.v(
            &["每月汇总各平台和 CRM 的数据", "追踪询盘从哪条内容来"],
            &[
                "Combine platform and CRM figures monthly",
                "Trace each enquiry back to the post it came from",
            ],
        ),
        l.v(&["数据分析", "CRM 报表"], &["Analytics", "CRM reporting"]),
    );
    let designer = team_role(
        &mut plan,
        TeamRoleKind::Designer,
        String::new(),
        l.v(
            &["信息图和封面", "维护视觉规范"],
            &["Infographics and covers", "Keep the visual rules"],
        ),
        l.v(&["版式设计", "技术图表"], &["Layout", "Technical charts"]),
    );
    let video = team_role(
        &mut plan,
        TeamRoleKind::VideoEditor,
        String::new(),
        l.v(
            &["拍摄工厂和测试视频", "剪辑安装与维护教程"],
            &[
                "Film the factory and test rig",
                "Edit installation and maintenance guides",
            ],
        ),
        l.v(
            &["拍摄剪辑", "工业现场安全常识"],
            &["Filming and editing", "Site safety awareness"],
        ),
    );
    let expert = team_role(
        &mut plan,
        TeamRoleKind::Custom,
        l.s(
            "应用工程师（技术审核）",
            "Applications engineer (technical review)",
        ),
        l.v(
            &["核对参数、曲线和案例数据", "回答转来的疑难技术问题"],
            &[
                "Check figures, curves and case data",
                "Answer the hard technical questions passed on",
            ],
        ),
        l.v(
            &["产品知识", "现场经验"],
            &["Product knowledge", "Field experience"],
        ),
    );

    // ------------------------------------------------------------ step 4: goals
    let start = day(today, -45);
    let deadline = months_after(start, 6);
    let base_goal = |title: String, metric: Metric, platform: u64| Goal {
        title,
        metric,
        platform: Some(platform),
        start: Some(start),
        deadline: Some(deadline),
        target_kind: TargetKind::Absolute,
        ..Goal::default()
    };
    let g_leads = goal(
        &mut plan,
        Goal {
            baseline: Some(25.0),
            target: Some(45.0),
            unit: l.s("条/月", "enquiries a month"),
            owner_role: Some(manager),
            serves_role: Some(brand),
            personas: vec![engineer, buyer],
            achievable_because: l.s(
                "每篇选型文章都附询价入口；去年两篇案例文章各带来 6 条询盘，每月四篇就能补上差距。",
                "Every selection article links to a quote form; last year two case studies brought 6 enquiries each, so four a month closes the gap.",
            ),
            ..base_goal(
                l.s("每月来自社交媒体的有效询盘从 25 条到 45 条", "Qualified enquiries from social media from 25 to 45 a month"),
                Metric::Leads,
                articles,
            )
        },
        today,
        &[
            (45, 25.0, l.s("起点", "Starting point")),
            (30, 27.0, String::new()),
            (3, 31.0, l.s("展会预热文章带来 5 条", "The trade-show preview brought 5")),
        ],
    );
    let g_followers = goal(
        &mut plan,
        Goal {
            baseline: Some(8600.0),
            target: Some(25.0),
            target_kind: TargetKind::PercentChange,
            unit: l.s("位关注者", "followers"),
            owner_role: Some(creator),
            serves_role: Some(brand),
            personas: vec![engineer, buyer],
            achievable_because: l.s(
                "去年同期自然增长 12%；增加每周一篇选型文章和展会现场直播后，25% 有把握。",
                "We grew 12% last year without a plan; a weekly selection article and trade-show coverage make 25% realistic.",
            ),
            ..base_goal(
                l.s("6 个月内公众号关注者增长 25%", "LinkedIn followers up 25% in six months"),
                Metric::Followers,
                articles,
            )
        },
        today,
        &[(45, 8600.0, l.s("起点", "Starting point")), (3, 9150.0, String::new())],
    );
    let g_replies = goal(
        &mut plan,
        Goal {
            within_hours: Some(8),
            baseline: Some(60.0),
            target: Some(90.0),
            unit: "%".into(),
            owner_role: Some(community),
            serves_role: Some(service),
            personas: vec![engineer, dealer],
            achievable_because: l.s(
                "三个区域各有一人值守评论，疑难问题转应用工程师；试行的华东区已达到 85%。",
                "Each region has someone watching comments and hard questions go to an applications engineer; the UK pilot already reaches 85%.",
            ),
            ..base_goal(
                l.s("技术提问 8 小时内回复率从 60% 到 90%", "Answer 90% of technical questions within 8 hours, up from 60%"),
                Metric::ResponseRate,
                videos,
            )
        },
        today,
        &[(45, 60.0, l.s("起点", "Starting point")), (17, 71.0, String::new()), (3, 76.0, String::new())],
    );
    let g_ideas = goal(
        &mut plan,
        Goal {
            custom_metric: l.s("交给产品部的改进建议", "Improvement ideas passed to the product team"),
            baseline: Some(4.0),
            target: Some(12.0),
            unit: l.s("条/月", "ideas a month"),
            owner_role: Some(analyst),
            serves_role: Some(sensor),
            personas: vec![engineer],
            achievable_because: l.s(
                "每周整理一次问答和评论，按产品线归类；产品部已同意每月评审一次。",
                "Questions and comments are sorted by product line every week, and the product team has agreed to review them monthly.",
            ),
            ..base_goal(
                l.s("每月整理出的产品改进建议从 4 条到 12 条", "Product ideas from online discussions from 4 to 12 a month"),
                Metric::Custom,
                forum,
            )
        },
        today,
        &[(45, 4.0, l.s("起点", "Starting point")), (14, 6.0, String::new())],
    );

    // ------------------------------------------------------------ step 5: team
    plan.team.questionnaire = ModelQuestionnaire {
        company_size: Some(CompanySize::Medium),
        units: Some(3),
        consistency: Some(4),
        strategic_weight: Some(4),
        people_available: Some(4.5),
    };
    plan.team.model = Some(TeamModel::Hybrid);
    plan.team.model_why = l.s(
        "三个区域的客户、语言和展会各不相同，但技术数据和品牌必须统一。总部负责策略、品牌和内容日历，区域负责本地互动和案例，这样既一致又灵活。",
        "Our three regions differ in customers, languages and trade shows, but technical data and the brand must be the same everywhere. Head office owns the strategy, brand and calendar; regions handle local conversations and cases.",
    );
    let names: Vec<String> = if chinese {
        [
            "许文博",
            "林悦",
            "孙浩",
            "郑敏",
            "陈思（华东）",
            "黄嘉欣（华南）",
            "吴婧（海外）",
            "刘工",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    } else {
        [
            "Olivia Grant",
            "Tom Reeves",
            "Aisha Khan",
            "Ben Clarke",
            "Siobhan Kelly (UK & Ireland)",
            "Lukas Becker (Europe)",
            "Maria Lopez (North America)",
            "Raj Patel",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    };
    let people: [(u16, &[(u64, u16)]); 8] = [
        (100, &[(manager, 70), (creator, 20)]),
        (100, &[(creator, 80)]),
        (100, &[(designer, 50), (video, 40)]),
        (50, &[(analyst, 40)]),
        (40, &[(community, 30)]),
        (40, &[(community, 30)]),
        (50, &[(community, 40)]),
        (20, &[(expert, 10)]),
    ];
    for (name, (availability, assignments)) in names.iter().zip(people) {
        person(&mut plan, name.clone(), availability, assignments);
    }
    raci(
        &mut plan,
        &[
            (
                Activity::Strategy,
                &[
                    (manager, Raci::A),
                    (community, Raci::R),
                    (analyst, Raci::C),
                    (creator, Raci::I),
                ],
            ),
            (
                Activity::ContentPlanning,
                &[
                    (manager, Raci::A),
                    (creator, Raci::R),
                    (community, Raci::C),
                    (expert, Raci::C),
                ],
            ),
            (
                Activity::ContentCreation,
                &[
                    (creator, Raci::A),
                    (designer, Raci::R),
                    (video, Raci::R),
                    (expert, Raci::C),
                ],
            ),
            (
                Activity::ApprovalPublishing,
                &[(manager, Raci::A), (creator, Raci::R), (expert, Raci::C)],
            ),
            (
                Activity::CommunityReplies,
                &[(manager, Raci::A), (community, Raci::R), (expert, Raci::C)],
            ),
            (
                Activity::CrisisResponse,
                &[
                    (manager, Raci::A),
                    (community, Raci::R),
                    (expert, Raci::C),
                    (creator, Raci::I),
                ],
            ),
            (
                Activity::DataReporting,
                &[(manager, Raci::A), (analyst, Raci::R), (community, Raci::I)],
            ),
        ],
    );
    let departments = [
        (
            DepartmentKind::Custom,
            l.s("华东销售区", "UK & Ireland sales"),
            l.s("提供本地客户案例，接收询盘。", "Supplies local cases and follows up enquiries."),
            l.s("陈思", "Siobhan Kelly"),
        ),
        (
            DepartmentKind::Custom,
            l.s("华南销售区", "Europe sales (Düsseldorf)"),
            l.s("提供本地客户案例，接收询盘。", "Supplies cases in German and Dutch and follows up enquiries."),
            l.s("黄嘉欣", "Lukas Becker"),
        ),
        (
            DepartmentKind::Custom,
            l.s("海外事业部", "North America sales (Chicago)"),
            l.s("对接东南亚经销商，负责领英上的本地互动。", "Works with distributors and answers North American comments."),
            l.s("吴婧", "Maria Lopez"),
        ),
        (
            DepartmentKind::Legal,
            String::new(),
            l.s(
                "审核广告法用语、客户案例授权和出口相关表述，48 小时内答复。",
                "Reviews claims, customer permission for case studies and export wording within 48 hours.",
            ),
            l.s("法务部 王律师", "Legal: Helen Ward"),
        ),
        (
            DepartmentKind::Product,
            String::new(),
            l.s("提供参数和测试数据，每月评审社区改进建议。", "Provides figures and test data; reviews ideas from online discussions monthly."),
            l.s("产品部 刘工", "Product: Raj Patel"),
        ),
        (
            DepartmentKind::CustomerService,
            String::new(),
            l.s("接手需要上门或退换货的问题，反馈常见故障。", "Takes over site visits and returns; shares the most frequent faults."),
            l.s("售后服务中心", "Service desk"),
        ),
    ];
    add_departments(&mut plan, departments);
    let meetings = [
        (
            l.s("每周内容例会", "Weekly content stand-up"),
            Cadence::Weekly,
            l.v(&["社媒主管", "内容编辑", "三位区域社群运营"], &["Head of social", "Content writer", "The three regional leads"]),
            l.s("对共享内容日历，确认下周排期和区域素材。", "Walk through the shared calendar and confirm next week's posts and regional material."),
        ),
        (
            l.s("月度跨部门会", "Monthly cross-department meeting"),
            Cadence::Monthly,
            l.v(&["市场", "销售三个区域", "产品", "客服", "法务"], &["Marketing", "Sales (three regions)", "Product", "Customer service", "Legal"]),
            l.s("看询盘和回复数据，评审改进建议，提前沟通需要法务把关的内容。", "Review enquiries and reply times, go through product ideas and flag posts legal should see early."),
        ),
        (
            l.s("季度策略复盘", "Quarterly strategy review"),
            Cadence::Quarterly,
            l.v(&["市场总监", "社媒主管", "区域销售负责人"], &["Marketing director", "Head of social", "Regional sales heads"]),
            l.s("对照目标调整平台重点和预算。", "Adjust platform focus and budget against the goals."),
        ),
    ];
    add_meetings(&mut plan, meetings);
    let check_tech = approval_step(
        &mut plan,
        Some(expert),
        l.s(
            "技术审核：参数、曲线和案例数据",
            "Technical check: figures, curves and case data",
        ),
        24,
    );
    let check_brand = approval_step(
        &mut plan,
        Some(manager),
        l.s("社媒主管：品牌和语气", "Head of social: brand and voice"),
        24,
    );
    let check_legal = approval_step(
        &mut plan,
        None,
        l.s(
            "法务审核：广告法用语、客户授权和出口合规",
            "Legal review: claims, customer permission and export rules",
        ),
        48,
    );
    plan.team.feedback_path = l.s(
        "评论和私信先由区域社群运营回复；技术问题转应用工程师，投诉转售后服务中心并在 24 小时内回访；有价值的意见每周汇总给数据专员，月度例会上交产品部评审；可能引发舆情的内容立即上报社媒主管和法务。",
        "Regional leads answer comments and messages first; technical questions go to an applications engineer and complaints to the service desk, with a call back within 24 hours; useful ideas are collected weekly and reviewed with the product team each month; anything that could become a public issue goes straight to the head of social and legal.",
    );

    // ------------------------------------------------------------ step 6: content
    let themes = [
        (
            ThemeKind::IndustryInsight,
            l.s("行业洞察", "Industry insight"),
            l.s("设备行业趋势、国产替代和能效政策的解读。", "Trends in water and food processing, energy rules and what they mean for pumps."),
            vec![buyer, engineer],
            vec![g_followers],
            20,
        ),
        (
            ThemeKind::ProductValue,
            l.s("选型与产品", "Selection and products"),
            l.s("选型方法、实测数据和新品，附三维模型下载。", "How to choose, test data and new products, with CAD downloads."),
            vec![engineer],
            vec![g_leads, g_followers],
            30,
        ),
        (
            ThemeKind::UserStories,
            l.s("客户案例", "Customer cases"),
            l.s("三个区域的真实项目，经客户授权后发布。", "Real projects from our three regions, published with the customer's permission."),
            vec![buyer, dealer],
            vec![g_leads],
            20,
        ),
        (
            ThemeKind::BrandCulture,
            l.s("工厂与工程师", "Our factory and engineers"),
            l.s("测试台、质检和工程师的日常。", "The test rig, quality checks and the people behind them."),
            vec![engineer, dealer],
            vec![g_followers],
            10,
        ),
        (
            ThemeKind::Custom,
            l.s("技术问答", "Engineering Q&A"),
            l.s("安装、维护和故障排查的问答，也是收集改进建议的地方。", "Installation, maintenance and troubleshooting answers, and where we collect product ideas."),
            vec![engineer, dealer],
            vec![g_replies, g_ideas],
            20,
        ),
    ];
    let [t_insight, t_product, t_cases, t_culture, t_qa] = add_themes(&mut plan, themes);
    let network_formats = if chinese {
        vec![Format::ImageText, Format::ShortVideo]
    } else {
        vec![Format::ImageText, Format::LiveStream]
    };
    add_formats(
        &mut plan,
        [
            (
                articles,
                vec![Format::ImageText, Format::Infographic, Format::Review],
                2,
            ),
            (videos, vec![Format::ShortVideo, Format::LiveStream], 1),
            (forum, vec![Format::Qa], 1),
            (network, network_formats, 1),
        ],
    );
    add_colours(
        &mut plan,
        [
            (l.s("恒拓蓝", "Hartwell blue"), "#1f4e8c"),
            (l.s("钢灰", "Steel grey"), "#5b6770"),
            (l.s("警示橙", "Signal orange"), "#e07b1f"),
        ],
    );
    let style = &mut plan.content.style;
    style.fonts = l.s(
        "中文用思源黑体，数字和参数用等宽字体；图表统一用恒拓蓝和钢灰。",
        "IBM Plex Sans for text, IBM Plex Mono for figures; charts only in Hartwell blue and steel grey.",
    );
    style.hashtag_rules = l.s(
        "视频号和领英固定带 #恒拓传动，再加一个产品线话题；公众号不加话题。",
        "Always #HartwellPumps plus one product-line tag; regional posts add the region (#HartwellEurope).",
    );
    style.emoji_rules = l.s(
        "技术内容不用表情；展会和团队内容最多一个。",
        "No emoji in technical posts; one at most in trade-show and team posts.",
    );
    style.image_ratios = vec![
        ImageRatio {
            platform: articles,
            ratio: l.s("2.35:1", "1.91:1"),
        },
        ImageRatio {
            platform: videos,
            ratio: l.s("9:16", "16:9"),
        },
        ImageRatio {
            platform: network,
            ratio: l.s("1.91:1", "16:9"),
        },
    ];
    style.notes = l.s(
        "所有参数标注测试条件；客户现场照片必须有书面授权，并隐去铭牌以外的客户信息。",
        "Every figure states its test conditions; site photos need the customer's written permission and show nothing of theirs beyond the nameplate.",
    );

    let ids = posts::Ids {
        articles,
        videos,
        forum,
        network,
        creator,
        video,
        community,
        t_insight,
        t_product,
        t_cases,
        t_culture,
        t_qa,
        engineer,
        buyer,
        dealer,
        g_leads,
        g_followers,
        g_replies,
        g_ideas,
    };
    let posts = posts::planned(l, &ids);
    let (tech, head, legal) = if chinese {
        ("刘工", "许文博", "法务部 王律师")
    } else {
        ("Raj Patel", "Olivia Grant", "Helen Ward")
    };
    let signers = [
        (check_tech, tech.to_string()),
        (check_brand, head.to_string()),
        (check_legal, legal.to_string()),
    ];
    calendar(&mut plan, today, &signers, posts);
    plan
}
