//! The manufacturer's audience and voice: engineers, buyers and distributors, spoken to with data rather than superlatives.

use crate::model::examples::build::{english_forbidden_claims, Lang};
use crate::model::{Id, Persona, PersonaPriority, Plan, SampleKind, SampleLine, Tone, VoiceTrait};

/// The personas, primary ones first: ids for them, then the plan's platforms in step 1 order.
pub fn personas(
    l: Lang,
    [engineer, buyer, dealer]: [Id; 3],
    [articles, videos, forum, network]: [Id; 4],
) -> Vec<Persona> {
    vec![
        Persona {
            id: engineer,
            name: l.s("赵工（设备工程师）", "Priya Shah, plant engineer"),
            avatar: "⚙️".into(),
            colour: 1,
            priority: PersonaPriority::Primary,
            sources: l.s(
                "CRM 中近两年 320 条询盘的来源分析；华东、华南 12 位客户工程师访谈；知乎减速机话题下高赞回答的内容分析",
                "Two years of CRM enquiries (320); interviews with 12 customer engineers; the most upvoted threads on pump selection in engineering forums",
            ),
            age_min: Some(28),
            age_max: Some(42),
            gender: l.s("以男性为主", "Mostly men, a growing share of women"),
            location: l.s("长三角和珠三角的自动化设备厂", "Water utilities and food plants in the UK, Germany and the Netherlands"),
            occupation: l.s("机械或电气工程师，负责选型和调试", "Maintenance and process engineers who specify pumps"),
            income: l.s("月收入 1.2 万至 2.5 万元", "£45k–£65k a year"),
            interests: l.v(&["选型计算", "国产替代", "新工艺和新材料"], &["Reliability engineering", "Energy efficiency", "Hygienic design"]),
            info_habits: l.v(
                &["遇到问题先在知乎和工控论坛搜索", "工作日晚上看公众号技术文章", "展会上收集样本"],
                &["Searches forums and YouTube when something fails", "Reads LinkedIn on the commute", "Collects datasheets at trade shows"],
            ),
            social_behaviour: l.v(
                &["潜水为主，收藏技术贴", "偶尔在知乎回答同行的问题", "晚上 20:00 以后最活跃"],
                &["Mostly reads and saves", "Answers peers' questions in forums now and then", "Most active in the evening"],
            ),
            pains: l.v(
                &["样本参数不全，选型要反复打电话确认", "进口品牌交期长、价格高", "技术支持回复慢，调试卡在现场"],
                &["Datasheets without real performance curves", "Spare parts that take weeks to arrive", "Support that answers days later while the line is down"],
            ),
            platforms: vec![articles, videos, forum],
            communities: l.v(&["中国工控网论坛", "行业技术微信群"], &["Eng-Tips forums", "Institution of Mechanical Engineers events"]),
            topics: l.v(&["减速机背隙和寿命", "国产替代案例", "故障排查"], &["Seal failures and how to avoid them", "Energy use of pumps", "Cleaning-in-place"]),
            motivators: l.v(
                &["实测数据和真实案例", "可下载的三维模型", "工程师直接答疑"],
                &["Test data and real cases", "Downloadable CAD models", "Answers from an engineer, not a salesperson"],
            ),
            quote: l.s(
                "参数写清楚、有人及时回话，我就愿意试一试国产品牌。",
                "Give me real curves and someone who answers, and I'll try a new supplier.",
            ),
        },
        Persona {
            id: buyer,
            name: l.s("钱经理（采购）", "Mark Doyle, procurement manager"),
            avatar: String::new(),
            colour: 3,
            priority: PersonaPriority::Primary,
            sources: l.s(
                "销售团队的客户拜访记录；两场展会上 60 位采购的问卷",
                "Sales visit notes; a survey of 60 buyers at two trade shows",
            ),
            age_min: Some(35),
            age_max: Some(52),
            gender: l.s("男女都有", "Any"),
            location: l.s("华东、华南的设备制造企业", "Manufacturers in the Midlands, Ireland and the US Midwest"),
            occupation: l.s("采购经理或供应链负责人", "Procurement or supply-chain managers"),
            income: l.s("年收入 25 万至 40 万元", "£55k–£75k a year"),
            interests: l.v(&["成本控制", "供应链稳定", "行业政策"], &["Total cost of ownership", "Supply security", "Sustainability reporting"]),
            info_habits: l.v(&["公众号行业资讯", "领英上的供应商动态", "同行推荐"], &["LinkedIn news and supplier posts", "Trade press newsletters", "Peers' recommendations"]),
            social_behaviour: l.v(&["很少评论，会转发给工程师", "工作时间浏览"], &["Rarely comments, forwards posts to engineers", "Browses during working hours"]),
            pains: l.v(
                &["交期不稳定影响整机交付", "资质和检测报告要一份份索取"],
                &["Unreliable lead times delay their own deliveries", "Certificates and test reports take several emails to get"],
            ),
            platforms: vec![articles, network],
            communities: l.v(&["采购经理人微信群", "行业协会活动"], &["Chartered Institute of Procurement & Supply events"]),
            topics: l.v(&["交期和库存", "成本对比"], &["Lead times and stock", "Cost comparisons"]),
            motivators: l.v(&["清楚的交期承诺", "同行企业的案例"], &["Clear delivery promises", "Cases from companies like theirs"]),
            quote: l.s("准时交货比便宜五个点更重要。", "On-time delivery matters more to me than five per cent off."),
        },
        Persona {
            id: dealer,
            name: l.s("陈志明（海外经销商）", "Jenna Morales, distributor"),
            avatar: String::new(),
            colour: 5,
            priority: PersonaPriority::Secondary,
            sources: l.s(
                "海外事业部 18 家经销商的季度回访；领英上经销商主页的内容分析",
                "Quarterly calls with 18 distributors; a review of distributors' LinkedIn pages",
            ),
            age_min: Some(35),
            age_max: Some(55),
            gender: l.s("男女都有", "Any"),
            location: l.s("马来西亚、泰国、越南", "Texas, Ohio and Ontario"),
            occupation: l.s("工业传动件经销商老板或销售主管", "Owners and sales leads of industrial distributors"),
            income: l.s("企业主，收入随业务波动", "Business owners; income varies with sales"),
            interests: l.v(&["新产品线", "当地展会", "培训资料"], &["New product lines", "Local trade shows", "Sales training"]),
            info_habits: l.v(&["领英", "供应商的邮件简报"], &["LinkedIn", "Supplier newsletters"]),
            social_behaviour: l.v(&["转发供应商内容给自己的客户", "点赞多、评论少"], &["Reshares supplier posts to their customers", "Likes a lot, comments little"]),
            pains: l.v(&["缺少英文和当地语言的技术资料", "样品和备件到货慢"], &["Few ready-made posts and photos they can reuse", "Slow samples and spare parts"]),
            platforms: vec![network],
            communities: l.v(&["当地工业协会", "WhatsApp 经销商群"], &["Regional distributor associations"]),
            topics: l.v(&["当地客户案例", "新品发布"], &["Local customer cases", "New products"]),
            motivators: l.v(&["可以直接转发的素材", "联合参展支持"], &["Content they can reshare as it is", "Joint trade-show support"]),
            quote: l.s(
                "给我能直接发给客户的资料，我就能帮你们卖。",
                "Give me posts I can share with my customers and I'll sell more of your pumps.",
            ),
        },
    ]
}

/// Sets the voice: precise, dependable and helpful, with the claims an industrial brand must not make.
pub fn voice(l: Lang, plan: &mut Plan) {
    let chinese = l.0;
    let voice = &mut plan.voice;
    voice.core_values = l.s(
        "数据说话，交付守信，服务在线。我们尊重每一位工程师的专业判断。",
        "Honest data, reliable delivery, engineers who answer. We respect the judgement of the people who specify our pumps.",
    );
    voice.tone = Tone {
        funny: 1,
        casual: 2,
        irreverent: 1,
        enthusiastic: 2,
    };
    voice.words_to_use = l.v(
        &["实测", "选型", "交期", "工况", "我们的工程师"],
        &[
            "tested",
            "duty point",
            "lead time",
            "our engineers",
            "in the field",
        ],
    );
    voice.words_to_avoid = l.v(
        &["颠覆", "黑科技", "秒杀", "遥遥领先", "永不磨损"],
        &[
            "revolutionary",
            "game-changing",
            "disrupt",
            "maintenance-free",
            "cutting-edge",
        ],
    );
    if !chinese {
        voice.forbidden_claims = english_forbidden_claims();
    } else {
        voice.forbidden_claims.push("零故障".into());
    }
    let traits = [
        (
            l.s("专业严谨", "precise"),
            l.s("晦涩难懂", "obscure"),
            l.s(
                "每个结论都给出数据、工况和测试条件。",
                "Give the figure, the duty point and how it was tested.",
            ),
            l.s(
                "堆砌术语或者只说“性能优异”。",
                "Hide behind jargon or vague praise such as 'high performance'.",
            ),
        ),
        (
            l.s("务实可靠", "dependable"),
            l.s("夸大其词", "boastful"),
            l.s(
                "说清楚能做到什么、做不到什么。",
                "Say what the pump does and what it does not.",
            ),
            l.s(
                "承诺无法兑现的交期和寿命。",
                "Promise lead times or lifetimes we cannot keep.",
            ),
        ),
        (
            l.s("乐于分享", "helpful"),
            l.s("推销味重", "pushy"),
            l.s(
                "先解决工程师的问题，再谈产品。",
                "Solve the engineer's problem first, then mention the product.",
            ),
            l.s(
                "在别人的技术问答里硬塞广告。",
                "Drop sales links into other people's technical threads.",
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
            l.s("公众号，选型专题", "LinkedIn, product article"),
            l.s(
                "伺服减速机的背隙怎么选？我们把三种工况下的实测数据整理成了一张表，文末可以下载三维模型。选型拿不准，欢迎在后台留言，我们的工程师一个工作日内回复。",
                "How much does seal choice change a pump's life? We tested three seal types at the same duty point for 2,000 hours; the curves and the test set-up are in the article. Questions go straight to our engineers.",
            ),
        ),
        (
            SampleKind::ComplaintReply,
            l.s("视频号评论：“发货晚了两周，产线等着停工。”", "YouTube comment: 'Spares arrived two weeks late and our line sat idle.'"),
            l.s(
                "非常抱歉，让您的产线等了两周，这是我们的责任。华南区的同事今天会联系您，先确认现场情况和替代方案，再给出准确的到货时间。也请私信留下订单号，方便我们跟进。",
                "We're sorry: two weeks is far too long and the delay was ours. Our UK service team will call you today to sort out a stopgap and give you a firm delivery date. Please message us your order number so we can follow it through.",
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
