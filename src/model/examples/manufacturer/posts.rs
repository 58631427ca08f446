//! The manufacturer's content calendar for the next six weeks: head office writes, regions bring cases and answer questions.

use crate::model::examples::build::{Lang, Post};
use crate::model::{Format, Id};

/// The records the calendar refers to.
#[derive(Clone, Copy, Debug)]
pub struct Ids {
    pub articles: Id,
    pub videos: Id,
    pub forum: Id,
    pub network: Id,
    pub creator: Id,
    pub video: Id,
    pub community: Id,
    pub t_insight: Id,
    pub t_product: Id,
    pub t_cases: Id,
    pub t_culture: Id,
    pub t_qa: Id,
    pub engineer: Id,
    pub buyer: Id,
    pub dealer: Id,
    pub g_leads: Id,
    pub g_followers: Id,
    pub g_replies: Id,
    pub g_ideas: Id,
}

/// The posts of the next six weeks, before their status is worked out.
pub fn planned(l: Lang, ids: &Ids) -> Vec<Post> {
    let Ids {
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
    } = *ids;
    let owner_for = |platform| {
        if platform == videos {
            video
        } else if platform == articles {
            creator
        } else {
            community
        }
    };
    let post = |day: i64,
                hour: Option<u32>,
                platform,
                theme,
                format,
                persona,
                goal,
                title: String,
                brief: String| Post {
        day,
        hour,
        platform,
        theme,
        format,
        persona,
        goal,
        owner: owner_for(platform),
        title,
        brief,
    };
    vec![
        post(
            0,
            Some(9),
            articles,
            t_product,
            Format::ImageText,
            engineer,
            g_leads,
            l.s(
                "伺服减速机背隙怎么选：三种工况实测",
                "Seal choice and pump life: 2,000 hours on the test rig",
            ),
            l.s(
                "附实测表格和三维模型下载入口。",
                "With the test curves and a CAD download link.",
            ),
        ),
        post(
            1,
            Some(16),
            videos,
            t_qa,
            Format::ShortVideo,
            engineer,
            g_replies,
            l.s(
                "两分钟看懂减速机安装对中",
                "Aligning a pump and motor in two minutes",
            ),
            l.s(
                "应用工程师出镜，评论区答疑。",
                "An applications engineer on camera; questions answered in the comments.",
            ),
        ),
        post(
            3,
            None,
            forum,
            t_qa,
            Format::Qa,
            engineer,
            g_ideas,
            l.s(
                "回答：国产减速机能不能替代进口？",
                "Answer: why do mechanical seals fail early?",
            ),
            l.s(
                "以应用工程师身份回答，给出数据，不放购买链接。",
                "Answer as an applications engineer, with data and no sales links.",
            ),
        ),
        post(
            4,
            None,
            network,
            t_cases,
            Format::ImageText,
            dealer,
            g_leads,
            l.s(
                "马来西亚包装线项目案例",
                "Case study: a Dublin brewery cuts pump energy use",
            ),
            l.s(
                "经客户授权，英文发布，方便经销商转发。",
                "Published with the customer's permission, ready for distributors to reshare.",
            ),
        ),
        post(
            7,
            Some(9),
            articles,
            t_insight,
            Format::Infographic,
            buyer,
            g_followers,
            l.s(
                "一张图看懂设备行业今年的交期变化",
                "Lead times in process equipment this year, on one chart",
            ),
            l.s(
                "采购关心的交期和库存数据。",
                "The lead-time and stock figures buyers ask about.",
            ),
        ),
        post(
            8,
            Some(16),
            videos,
            t_culture,
            Format::ShortVideo,
            engineer,
            g_followers,
            l.s("走进恒拓的出厂检测", "Inside our end-of-line test"),
            l.s(
                "每台产品出厂前的五项检测。",
                "The five checks every pump passes before it ships.",
            ),
        ),
        post(
            10,
            None,
            forum,
            t_qa,
            Format::Qa,
            engineer,
            g_ideas,
            l.s(
                "回答：减速机异响的五种原因",
                "Answer: five reasons a pump starts to vibrate",
            ),
            l.s(
                "整理评论里的追问，交给产品部。",
                "Collect follow-up questions for the product team.",
            ),
        ),
        post(
            11,
            None,
            network,
            t_culture,
            Format::ImageText,
            dealer,
            g_leads,
            l.s("泰国曼谷工业展预告", "See us at WEFTEC: booth details"),
            l.s(
                "展位信息和现场演示时间，邀请经销商同行。",
                "Booth number and demo times; distributors invited to join us.",
            ),
        ),
        post(
            14,
            Some(9),
            articles,
            t_cases,
            Format::ImageText,
            buyer,
            g_leads,
            l.s(
                "东莞客户案例：换型后交期缩短三周",
                "Case study: a Midlands dairy's cleaning-in-place upgrade",
            ),
            l.s(
                "华南区提供素材，客户已书面授权。",
                "Material from the UK team; the customer has signed off.",
            ),
        ),
        post(
            15,
            Some(16),
            videos,
            t_qa,
            Format::LiveStream,
            engineer,
            g_replies,
            l.s(
                "直播：工程师在线答疑",
                "Live: ask our engineers anything about seals",
            ),
            l.s(
                "40 分钟直播，提前收集问题。",
                "Forty minutes; questions collected in advance.",
            ),
        ),
        post(
            17,
            None,
            forum,
            t_insight,
            Format::Qa,
            engineer,
            g_ideas,
            l.s(
                "回答：协作机器人关节用什么减速机？",
                "Answer: how to size a pump for a variable flow",
            ),
            l.s(
                "引用公开测试数据，说明适用范围。",
                "Use published test data and state its limits.",
            ),
        ),
        post(
            18,
            None,
            network,
            t_product,
            Format::ImageText,
            dealer,
            g_leads,
            l.s(
                "新品发布：紧凑型行星减速机",
                "New: the compact hygienic pump range",
            ),
            l.s(
                "英文资料包，附经销商询价方式。",
                "A ready-to-share pack for distributors, with how to order.",
            ),
        ),
        post(
            21,
            Some(9),
            articles,
            t_product,
            Format::Review,
            engineer,
            g_leads,
            l.s("同尺寸三款减速机对比测评", "Three seal materials compared"),
            l.s(
                "同一工况下的温升、噪声和效率。",
                "Temperature, leakage and wear at the same duty point.",
            ),
        ),
        post(
            23,
            None,
            videos,
            t_culture,
            Format::ShortVideo,
            engineer,
            g_followers,
            l.s("质检工程师的一天", "A day with our quality engineer"),
            l.s(
                "出镜人员已签肖像授权。",
                "Everyone on camera has signed a release.",
            ),
        ),
        post(
            25,
            None,
            forum,
            t_qa,
            Format::Qa,
            engineer,
            g_ideas,
            l.s(
                "回答：减速机润滑多久换一次？",
                "Answer: how often should pump bearings be greased?",
            ),
            l.s(
                "按工况给出建议，邀请同行补充。",
                "Advice by duty; invite others to add their experience.",
            ),
        ),
        post(
            28,
            Some(9),
            articles,
            t_insight,
            Format::ImageText,
            buyer,
            g_followers,
            l.s(
                "能效新规对设备厂意味着什么",
                "What the new energy rules mean for your pumps",
            ),
            l.s(
                "法务确认政策引用的准确性。",
                "Legal checks how we quote the regulation.",
            ),
        ),
        post(
            31,
            None,
            videos,
            t_qa,
            Format::ShortVideo,
            engineer,
            g_replies,
            l.s(
                "更换油封的正确步骤",
                "Changing a mechanical seal, step by step",
            ),
            l.s(
                "根据评论区高频问题制作。",
                "Made from the question we are asked most in comments.",
            ),
        ),
        post(
            33,
            None,
            network,
            t_cases,
            Format::ImageText,
            dealer,
            g_leads,
            l.s(
                "越南经销商联合案例",
                "Distributor story: a Texas food plant",
            ),
            l.s("与经销商共同发布。", "Posted jointly with our distributor."),
        ),
        post(
            35,
            Some(9),
            articles,
            t_product,
            Format::Infographic,
            engineer,
            g_leads,
            l.s(
                "选型速查表：负载、转速和背隙",
                "Quick selection chart: flow, head and viscosity",
            ),
            l.s(
                "可下载的 PDF，文末询价入口。",
                "A downloadable PDF with a quote form at the end.",
            ),
        ),
        post(
            39,
            None,
            forum,
            t_qa,
            Format::Qa,
            engineer,
            g_ideas,
            l.s(
                "季度问答汇总与产品改进回应",
                "This quarter's questions and what we changed",
            ),
            l.s(
                "告诉社区哪些建议已经被产品部采纳。",
                "Tell the community which ideas the product team took up.",
            ),
        ),
    ]
}
