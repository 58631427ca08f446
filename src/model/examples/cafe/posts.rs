//! The café's content calendar for the next six weeks: two posts a week on the main platform, a
//! weekly update where reviews are read, and a vote or a note for members.

use crate::model::examples::build::{Lang, Post};
use crate::model::{Format, Id};

/// The records the calendar refers to.
#[derive(Clone, Copy, Debug)]
pub struct Ids {
    pub main: Id,
    pub reviews: Id,
    pub club: Id,
    pub creator: Id,
    pub community: Id,
    pub t_product: Id,
    pub t_stories: Id,
    pub t_culture: Id,
    pub t_fun: Id,
    pub t_visit: Id,
    pub worker: Id,
    pub student: Id,
    pub g_followers: Id,
    pub g_replies: Id,
    pub g_user_posts: Id,
    pub g_votes: Id,
}

/// The posts of the next six weeks, before their status is worked out.
pub fn planned(l: Lang, ids: &Ids) -> Vec<Post> {
    let Ids {
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
        let owner = if platform == reviews {
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
        post(0, Some(8), main, t_product, Format::ImageText, worker, g_followers,
            l.s("新豆上架：埃塞俄比亚耶加雪菲", "New on the bar: Ethiopian Yirgacheffe"),
            l.s("三张图讲清产地、风味和喝法，结尾问大家尝到了什么。", "Three pictures on origin, flavour and how to drink it; end by asking what people taste.")),
        post(1, None, reviews, t_visit, Format::ImageText, student, g_replies,
            l.s("本周营业时间和插座座位说明", "This week's hours and where the sockets are"),
            l.s("更新门店动态：周三晚上营业到十点，配一张插座座位的照片。", "Update the profile: open till 10 pm on Wednesday, with a photo of the seats by the sockets.")),
        post(3, Some(18), main, t_culture, Format::ShortVideo, worker, g_followers,
            l.s("清晨六点半的烘焙时光", "6.30 am: roasting before the street wakes up"),
            l.s("30 秒竖屏短视频，只有烘焙机的声音和字幕。", "A 30-second vertical clip with only the roaster's sound and captions.")),
        post(5, None, club, t_fun, Format::Infographic, student, g_votes,
            l.s("季节限定投票：桂花拿铁还是姜糖燕麦？", "Seasonal vote: spiced oat latte or honey flat white?"),
            l.s("投票一周，结果决定下个月的限定饮品。", "A week-long vote; the winner goes on next month's menu.")),
        post(7, Some(12), main, t_stories, Format::ImageText, worker, g_user_posts,
            l.s("熟客故事：每天三点来取咖啡的设计师小唐", "Regulars: Priya and her 3 pm flat white"),
            l.s("征得本人同意后拍照，讲她和这杯咖啡的故事。", "Photos with her permission; her own words about the afternoon break.")),
        post(8, None, reviews, t_visit, Format::Qa, worker, g_replies,
            l.s("整理点评区的五个常见问题", "Answer the five questions people ask us again and again"),
            l.s("能不能带电脑、有没有燕麦奶、能不能订位……统一写成问答置顶。", "Laptops, oat milk, bookings: one pinned set of answers.")),
        post(10, Some(19), main, t_product, Format::ShortVideo, worker, g_followers,
            l.s("在家冲出店里的味道：三个要点", "Brew it like the bar at home: three tips"),
            l.s("手冲教学短视频，顺带介绍店里在售的挂耳包。", "A pour-over how-to that shows the drip bags we sell.")),
        post(12, None, club, t_culture, Format::ImageText, worker, g_votes,
            l.s("投票结果揭晓，下月新品预告", "The vote is in: next month's special"),
            l.s("公布票数，感谢参与的街坊，说明新品上架日期。", "Share the count, thank everyone who voted and give the launch date.")),
        post(14, Some(21), main, t_fun, Format::ImageText, student, g_user_posts,
            l.s("自习打卡挑战：集满五个章送一块饼干", "Study stamp challenge: five visits, free cookie"),
            l.s("说明规则，鼓励同学发带定位的笔记。", "Explain the rules and invite students to post with our location.")),
        post(15, None, reviews, t_visit, Format::ImageText, student, g_replies,
            l.s("学生证九折上线", "Student discount now on"),
            l.s("更新门店优惠信息，回复问过学生优惠的几条评价。", "Add the offer to the profile and reply to the reviews that asked about it.")),
        post(17, Some(12), main, t_stories, Format::ImageText, worker, g_user_posts,
            l.s("顾客笔记精选：你们镜头里的半巷", "Your photos of Half Lane: a round-up"),
            l.s("挑六张顾客照片（已获授权），配上他们的原话。", "Six customer photos (with permission) and their own captions.")),
        post(19, None, club, t_product, Format::Infographic, worker, g_votes,
            l.s("豆子怎么选：一张图看懂三种烘焙度", "Choosing beans: three roasts on one card"),
            l.s("浅、中、深烘的风味和适合的喝法，文末附下期投票预告。", "Light, medium and dark: how each tastes and how to drink it, with a note about the next vote.")),
        post(21, Some(18), main, t_culture, Format::ShortVideo, worker, g_followers,
            l.s("店主的一天（周末版）", "A Saturday behind the counter"),
            l.s("从开门备料到打烊擦桌，一分钟剪完。", "From setting up to wiping the last table, in one minute.")),
        post(22, None, reviews, t_visit, Format::Qa, worker, g_replies,
            l.s("回复本月评价并写下改进", "Reply to this month's reviews and note what we change"),
            l.s("每条都回复；把重复出现的意见整理给月底复盘。", "Answer each one; gather repeated comments for the month-end review.")),
        post(24, None, club, t_fun, Format::ImageText, student, g_votes,
            l.s("会员问卷：你希望店里多一点什么", "Members' survey: what should we add?"),
            l.s("五道选择题加一道开放题，填完下次到店加一个章。", "Five multiple-choice questions and one open one; an extra stamp for answering.")),
        post(28, Some(8), main, t_product, Format::ImageText, worker, g_followers,
            l.s("会员投票选出的限定饮品上市", "The members' choice special is here"),
            l.s("讲清配方来源和投票过程，感谢每一位投票的人。", "Where the recipe came from and how the vote went; thank every voter.")),
        post(30, None, reviews, t_visit, Format::ImageText, student, g_replies,
            l.s("考试周延长营业通知", "Late opening for exam weeks"),
            l.s("更新营业时间，提醒座位和插座情况。", "Update the hours and say how many seats have sockets.")),
        post(33, None, main, t_stories, Format::ImageText, student, g_user_posts,
            l.s("在半巷自习的同学们", "Studying at Half Lane: your stories"),
            l.s("收集三位学生顾客的故事和照片。", "Collect three students' stories and photos.")),
        post(35, None, club, t_culture, Format::ImageText, worker, g_votes,
            l.s("季度回顾：这三个月巷子里的故事", "Our quarter on the lane"),
            l.s("用数字和照片回顾这一季，预告下一期投票。", "Numbers and photos from the last three months, and the next vote.")),
        post(38, None, main, t_fun, Format::ShortVideo, worker, g_user_posts,
            l.s("杯套设计征集", "Design our next cup sleeve"),
            l.s("征集顾客画的杯套图案，入选的印在下一批杯套上。", "Customers draw a sleeve; the chosen design goes on the next print run.")),
    ]
}
