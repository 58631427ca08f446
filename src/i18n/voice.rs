//! Words of step 3 (brand voice): the editor's labels, the handbook's three starting characters,
//! the four tone scales with a sentence and a sample line for each of their five positions, and
//! the voice check's results. (The step's checks are worded in `i18n/findings.rs`.)
//!
//! Every text lives in [`VoiceText`] (both languages side by side); texts that carry numbers or
//! names are templates, filled by the functions below, so each language chooses its own word
//! order.
//! No browser types here.

use super::{join_list, join_with, labelled, t, tf, tf_after, Locale};
use crate::model::voice_check::MatchKind;

crate::texts! {
    /// Texts of the voice step.
    pub enum VoiceText {
        // Starting state
        EmptyWhy => en: "People trust a brand that sounds like one person. Agree the voice once, and every post and every reply sounds like you, whoever writes it.", zh: "人们更信任像一个人那样说话的品牌。先在内部把声音定下来，无论谁来发帖、回复，听起来都是同一个你。";
        EmptyAction => en: "Write our own", zh: "自己从头写";
        ExampleFilled => en: "Example voice filled in: a neighbourhood café.", zh: "已填入示例：一家社区咖啡馆的品牌声音。";

        // Core values
        CoreValuesHeading => en: "Core values", zh: "品牌核心价值";
        CoreValuesLabel => en: "What does the brand stand for?", zh: "品牌坚持什么？";
        CoreValuesHint => en: "Two or three values, a sentence each. The voice must fit them: a brand that prizes care cannot sound curt.", zh: "写两三条核心价值，每条一句话。声音必须与之相符：讲究用心的品牌，说话就不能敷衍。";
        CoreValuesPlaceholder => en: "e.g. Good coffee without fuss. We know our regulars by name.", zh: "例如：好咖啡，不讲排场。认得每位老顾客的名字。";

        // Personality
        TraitsHeading => en: "Personality", zh: "品牌个性";
        TraitsIntro => en: "Describe the brand as a person in three to five traits. Each says what you are and what you are not, so nobody overdoes it.", zh: "用三到五个特质把品牌描述成一个人。每个特质都写明“是什么”和“不是什么”，免得用力过猛。";
        TraitsListLabel => en: "Personality traits", zh: "个性特质";
        TraitsEmpty => en: "No traits yet. Add one, or start from one of the handbook's characters below.", zh: "还没有特质。可以自己添加，也可以从下面手册里的典型性格开始。";
        WeAreLabel => en: "We are…", zh: "我们是……";
        WeAreNotLabel => en: "…but not", zh: "……但不是";
        DoLabel => en: "Do", zh: "要这样说";
        DontLabel => en: "Don't", zh: "不要这样说";
        WeArePlaceholder => en: "e.g. warm", zh: "例如：温暖";
        WeAreNotPlaceholder => en: "e.g. gushing", zh: "例如：肉麻";
        DoPlaceholder => en: "e.g. Greet people the way we would at the counter.", zh: "例如：像在柜台前一样跟人打招呼。";
        DontPlaceholder => en: "e.g. Pile on exclamation marks and hearts.", zh: "例如：满屏感叹号和爱心。";
        AddTrait => en: "Add a trait", zh: "添加特质";
        DeleteTrait => en: "Delete trait", zh: "删除特质";
        TraitDeleted => en: "Trait deleted", zh: "已删除特质";
        TraitWord => en: "Trait", zh: "特质";
        StartersLabel => en: "Start from one of the handbook's characters:", zh: "从手册中的典型性格开始：";
        AddStarterTrait => en: "Add trait", zh: "添加特质";

        // The handbook's three characters, as starting traits.
        ProfessionalName => en: "Professional and rigorous", zh: "专业严谨";
        ProfessionalWeAre => en: "professional and rigorous", zh: "专业严谨";
        ProfessionalNot => en: "stiff or full of jargon", zh: "刻板、满口术语";
        ProfessionalDo => en: "Back what we say with facts and sources, then explain it in plain words.", zh: "用事实和出处说话，再用大白话讲清楚。";
        ProfessionalDont => en: "Hide behind jargon or dodge a hard question.", zh: "拿术语唬人，或者回避尖锐的问题。";
        WarmName => en: "Warm and fun", zh: "亲和有趣";
        WarmWeAre => en: "warm and fun", zh: "亲和有趣";
        WarmNot => en: "silly or overfamiliar", zh: "轻浮、自来熟";
        WarmDo => en: "Talk like a friend and let a light joke in when the moment suits it.", zh: "像朋友一样聊天，合适的时候开个小玩笑。";
        WarmDont => en: "Joke about a complaint or force the latest internet slang.", zh: "拿投诉开玩笑，或者硬凑网络热梗。";
        InnovativeName => en: "Innovative and leading", zh: "创新引领";
        InnovativeWeAre => en: "innovative and leading", zh: "创新引领";
        InnovativeNot => en: "boastful or hyped", zh: "自吹自擂、空喊口号";
        InnovativeDo => en: "Show what is new with a concrete example or a short demo.", zh: "用具体的例子或简短的演示说明新在哪里。";
        InnovativeDont => en: "Call ourselves the first or the best, or promise what we cannot show.", zh: "自称行业第一、最好，或者承诺拿不出证据的东西。";

        // Tone
        ToneHeading => en: "Tone", zh: "语气";
        ToneIntro => en: "The personality stays the same; the tone is how it comes across. Place the brand on each scale with the arrow keys or by dragging.", zh: "个性不变，语气是它表现出来的样子。用方向键或拖动，把品牌放到每条刻度上合适的位置。";
        SoundsLike => en: "Sounds like:", zh: "听起来像：";
        FunnyScale => en: "Humour: serious to funny", zh: "幽默感：从严肃到风趣";
        CasualScale => en: "Formality: formal to casual", zh: "正式程度：从正式到随意";
        IrreverentScale => en: "Respect: respectful to irreverent", zh: "分寸感：从恭敬到调侃";
        EnthusiasticScale => en: "Energy: matter-of-fact to enthusiastic", zh: "热情度：从平实到热情";
        SeriousEnd => en: "Serious", zh: "严肃";
        FunnyEnd => en: "Funny", zh: "风趣";
        FormalEnd => en: "Formal", zh: "正式";
        CasualEnd => en: "Casual", zh: "随意";
        RespectfulEnd => en: "Respectful", zh: "恭敬";
        IrreverentEnd => en: "Irreverent", zh: "调侃";
        MatterOfFactEnd => en: "Matter-of-fact", zh: "平实";
        EnthusiasticEnd => en: "Enthusiastic", zh: "热情";

        Funny1 => en: "Serious throughout: no jokes, even on light topics.", zh: "始终严肃，轻松的话题也不开玩笑。";
        Funny2 => en: "Mostly serious, with the odd light touch.", zh: "以严肃为主，偶尔轻松一下。";
        Funny3 => en: "Balanced: serious about substance, light when the moment allows.", zh: "张弛有度：正事认真讲，场合合适时轻松一点。";
        Funny4 => en: "Mostly playful: humour is part of how we talk.", zh: "以风趣为主，幽默是我们说话的一部分。";
        Funny5 => en: "Funny first: jokes and wordplay are our signature.", zh: "处处风趣，玩笑和谐音梗是我们的招牌。";
        FunnyEx1 => en: "From Monday we open at 7:30.", zh: "下周一起，我们早上7:30开门。";
        FunnyEx2 => en: "From Monday we open at 7:30, half an hour earlier for early starters.", zh: "下周一起7:30开门，早起的朋友能早半小时喝上咖啡。";
        FunnyEx3 => en: "From Monday we open at 7:30. Your alarm clock has been warned.", zh: "下周一起7:30开门。闹钟们，辛苦了。";
        FunnyEx4 => en: "7:30 from Monday! Your snooze button is officially out of a job.", zh: "下周一起7:30开门！贪睡键可以正式下岗了。";
        FunnyEx5 => en: "News just in: café now wakes up before you do. 7:30 from Monday. Snooze button devastated.", zh: "突发消息：咖啡馆比你起得还早！下周一起7:30开门，贪睡键表示很受伤。";

        Casual1 => en: "Formal: complete sentences and polite forms, like an announcement.", zh: "正式：句子完整、用语规范，像一份公告。";
        Casual2 => en: "Mostly formal, but plain rather than stiff.", zh: "偏正式，但平实而不生硬。";
        Casual3 => en: "Conversational and tidy, like a helpful shop assistant.", zh: "口语化又有分寸，像一位热心的店员。";
        Casual4 => en: "Relaxed: short sentences and everyday words, like talking to a regular.", zh: "轻松随意：短句、家常话，像和熟客聊天。";
        Casual5 => en: "Very casual: chatty, like texting a friend.", zh: "非常随意，像给朋友发消息一样聊天。";
        CasualEx1 => en: "We are pleased to announce that, from Monday, the café will open at 7:30.", zh: "自下周一起，本店营业时间调整为每日7:30开始，敬请知悉。";
        CasualEx2 => en: "From Monday, the café will open at 7:30 every day.", zh: "从下周一开始，本店每天7:30开门营业。";
        CasualEx3 => en: "From Monday we open at 7:30, half an hour earlier than now.", zh: "下周一起我们7:30开门，比现在早半小时。";
        CasualEx4 => en: "We're opening at 7:30 from Monday. See you bright and early!", zh: "下周一开始7:30就开门啦，早点来坐坐！";
        CasualEx5 => en: "7:30 from Monday, folks. Come grab a coffee!", zh: "下周一起7:30开门哈，来喝一杯呗～";

        Irreverent1 => en: "Respectful throughout: we never poke fun at anyone or anything.", zh: "始终恭敬，不拿任何人、任何事开玩笑。";
        Irreverent2 => en: "Mostly respectful, with a wink now and then.", zh: "以恭敬为主，偶尔俏皮一下。";
        Irreverent3 => en: "Respectful of people, happy to question habits.", zh: "尊重每一个人，也敢对老规矩提出疑问。";
        Irreverent4 => en: "Cheeky: we tease conventions and ourselves.", zh: "有点调皮，敢调侃行规，也敢自嘲。";
        Irreverent5 => en: "Irreverent: we break the rules and poke fun at the norm.", zh: "不拘一格，打破常规，拿约定俗成开涮。";
        IrreverentEx1 => en: "Thank you for your patience while we changed our hours. We open at 7:30 from Monday.", zh: "感谢大家一直以来的耐心与支持。自下周一起，我们7:30开门。";
        IrreverentEx2 => en: "Thanks for bearing with us. From Monday we open at 7:30.", zh: "谢谢大家的包容，下周一起我们7:30开门。";
        IrreverentEx3 => en: "You asked for earlier coffee, and we listened: 7:30 from Monday.", zh: "大家说想早点喝上咖啡，我们听到了：下周一起7:30开门。";
        IrreverentEx4 => en: "Who says cafés have to open at eight? Not us. 7:30 from Monday.", zh: "谁规定咖啡馆非得八点开门？下周一起，7:30见。";
        IrreverentEx5 => en: "Opening at eight is so last year. 7:30 from Monday, and the rulebook is in the recycling.", zh: "八点开门？那都是老黄历了。下周一起7:30开门，规矩什么的先放一边。";

        Enthusiastic1 => en: "Matter-of-fact: facts first, no exclamation marks.", zh: "平实：只讲事实，不用感叹号。";
        Enthusiastic2 => en: "Mostly calm, with a little warmth.", zh: "以平实为主，带一点温度。";
        Enthusiastic3 => en: "Warm and upbeat, without overselling.", zh: "积极温暖，但不夸张。";
        Enthusiastic4 => en: "Enthusiastic: we show we care and celebrate good news.", zh: "热情：乐于表达在乎，为好消息欢呼。";
        Enthusiastic5 => en: "Full of energy: exclamation marks and big feelings welcome.", zh: "热情洋溢，感叹号和强烈的情绪都欢迎。";
        EnthusiasticEx1 => en: "Opening time from Monday: 7:30.", zh: "下周一起营业时间：7:30。";
        EnthusiasticEx2 => en: "From Monday we open at 7:30, so you can stop by before work.", zh: "下周一起7:30开门，上班前可以顺路来一杯。";
        EnthusiasticEx3 => en: "Good news for early starters: we open at 7:30 from Monday.", zh: "早起的朋友有好消息：下周一起7:30开门。";
        EnthusiasticEx4 => en: "We're so glad to see you earlier: 7:30 from Monday!", zh: "终于可以早点见到大家了：下周一起7:30开门！";
        EnthusiasticEx5 => en: "We can't wait! 7:30 from Monday! Earlier coffee, more mornings together!", zh: "太激动了！下周一起7:30开门！更早的咖啡，更多一起的早晨！";

        // Words
        WordsHeading => en: "Words", zh: "用词";
        WordsToUseLabel => en: "Words to use", zh: "常用词";
        WordsToUseHint => en: "Words that sound like you, such as what you call your customers and your products.", zh: "体现品牌个性的词，比如怎么称呼顾客、怎么称呼产品。";
        WordsToUsePlaceholder => en: "e.g. neighbours", zh: "例如：街坊";
        WordsToAvoidLabel => en: "Words to avoid", zh: "避免用词";
        WordsToAvoidHint => en: "Words that do not sound like you: jargon, clichés, anything off-brand. The voice check marks them.", zh: "不符合品牌个性的词：行话、套话、跑调的说法。声音检查会把它们标出来。";
        WordsToAvoidPlaceholder => en: "e.g. cheap", zh: "例如：家人们";
        ForbiddenLabel => en: "Forbidden absolute claims", zh: "广告违禁绝对化用语";
        ForbiddenHint => en: "China's Advertising Law (Article 9) bans absolute terms in ads, such as “the most”, “number one”, “top-grade” and “national-level”; fines start at 200,000 yuan. Add the ones common in your industry.", zh: "《广告法》第九条禁止在广告中使用“最”“第一”“顶级”“国家级”等绝对化用语，违者最低罚款二十万元。请补充你们行业常见的说法。";
        ForbiddenPlaceholder => en: "e.g. unbeatable", zh: "例如：史无前例";
        RestoreStarter => en: "Restore the starter list", zh: "恢复初始清单";
        StarterComplete => en: "Every starter term is already in the list.", zh: "初始清单里的词都已在列表中。";

        // Samples
        SamplesHeading => en: "Sample posts and replies", zh: "示例帖子与回复";
        SamplesIntro => en: "Write a few real lines in this voice: at least one post and one reply to a complaint. Complaints test a voice hardest.", zh: "用这个声音写几条真实的示例：至少一条帖子、一条投诉回复。投诉最能考验品牌声音。";
        SamplesListLabel => en: "Sample lines", zh: "示例内容";
        SamplesEmpty => en: "No samples yet.", zh: "还没有示例。";
        AddPost => en: "Add a sample post", zh: "添加示例帖子";
        AddReply => en: "Add a reply to a complaint", zh: "添加投诉回复示例";
        KindLabel => en: "Kind", zh: "类型";
        KindPost => en: "Post", zh: "帖子";
        KindReply => en: "Reply to a complaint", zh: "投诉回复";
        ContextPostLabel => en: "Where and when it goes out", zh: "发布平台与时间";
        ContextPostPlaceholder => en: "e.g. Instagram, Monday 7 am", zh: "例如：小红书，周一早上";
        ContextReplyLabel => en: "The complaint", zh: "用户的投诉";
        ContextReplyPlaceholder => en: "e.g. “Waited 20 minutes and my latte was cold.”", zh: "例如：“等了二十分钟，拿铁还是凉的。”";
        TextPostLabel => en: "The post", zh: "帖子正文";
        TextReplyLabel => en: "Our reply", zh: "我们的回复";
        DeleteSample => en: "Delete sample", zh: "删除示例";
        SampleDeleted => en: "Sample deleted", zh: "已删除示例";
        SampleClean => en: "Follows the voice: no words to avoid, no forbidden claims.", zh: "符合品牌声音：没有避免用词，也没有绝对化用语。";

        // Voice check
        CheckHeading => en: "Voice check", zh: "声音检查";
        CheckIntro => en: "Paste a draft to mark words to avoid and forbidden claims before you post. The draft stays on this page and is not saved.", zh: "发布前把草稿粘贴到这里，标出避免用词和绝对化用语。草稿只留在本页，不会保存。";
        DraftLabel => en: "Draft to check", zh: "待检查的草稿";
        DraftPlaceholder => en: "Paste or type a post, a caption or a reply.", zh: "粘贴或输入一条帖子、配文或回复。";
        NoTerms => en: "There is nothing to look for yet: add words to avoid or forbidden claims first.", zh: "目前没有可检查的词，请先添加避免用词或绝对化用语。";
        AllClear => en: "All clear: no words to avoid and no forbidden claims.", zh: "检查通过：没有避免用词，也没有绝对化用语。";
        KindClaim => en: "Forbidden claim", zh: "绝对化用语";
        KindAvoid => en: "Word to avoid", zh: "避免用词";
        FoundHeading => en: "What the check found", zh: "检查结果";
        MarkedHeading => en: "The draft, marked", zh: "标注后的草稿";
        LegendLabel => en: "Key", zh: "图例";

        // Texts built from numbers and names (see the functions below)
        TraitFallback => en: "trait {number}", zh: "特质 {number}";
        TraitNumber => en: "Trait {number}", zh: "特质 {number}";
        TraitCount => en: "{count} of {min}–{max} traits", zh: "已有 {count} 个特质（建议 {min}–{max} 个）";
        NumberedSample => en: "{kind} {number}", zh: "{kind} {number}";
        RestoredOne => en: "Added back {count} starter term.", zh: "已补回 {count} 个初始词。";
        RestoredMany => en: "Added back {count} starter terms.", zh: "已补回 {count} 个初始词。";
        CheckFound => en: "Found {list}.", zh: "发现 {list}。";
        FoundClaim => en: "{count} forbidden claim", zh: "{count} 处绝对化用语";
        FoundClaims => en: "{count} forbidden claims", zh: "{count} 处绝对化用语";
        FoundAvoid => en: "{count} word to avoid", zh: "{count} 处避免用词";
        FoundAvoids => en: "{count} words to avoid", zh: "{count} 处避免用词";
        FoundJoin => en: "{list} and {item}", zh: "{list}、{item}";
        PositionOne => en: "character {list}", zh: "第 {list} 字";
        PositionsMany => en: "characters {list}", zh: "第 {list} 字";
        PositionsMore => en: "{positions} and {more} more", zh: "{positions}，另有 {more} 处";
        TermCountLine => en: "{term} ×{count} ({positions})", zh: "{term} ×{count}（{positions}）";
        TermHit => en: "{kind}: “{term}” ×{count}", zh: "{kind}：“{term}” ×{count}";
        MarkedTerm => en: "{term} ({kind})", zh: "{term}（{kind}）";
    }
}

/// The four tone scales, in the order the page shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ToneScale {
    /// serious (1) ↔ funny (5)
    Funny,
    /// formal (1) ↔ casual (5)
    Casual,
    /// respectful (1) ↔ irreverent (5)
    Irreverent,
    /// matter-of-fact (1) ↔ enthusiastic (5)
    Enthusiastic,
}

/// The lowest and highest position on a tone scale.
pub const TONE_MIN: u8 = 1;
/// See [`TONE_MIN`].
pub const TONE_MAX: u8 = 5;

impl ToneScale {
    /// Every scale, in page order.
    pub const ALL: [ToneScale; 4] = [
        ToneScale::Funny,
        ToneScale::Casual,
        ToneScale::Irreverent,
        ToneScale::Enthusiastic,
    ];

    /// The scale's name (its label).
    pub fn label(self) -> VoiceText {
        match self {
            ToneScale::Funny => VoiceText::FunnyScale,
            ToneScale::Casual => VoiceText::CasualScale,
            ToneScale::Irreverent => VoiceText::IrreverentScale,
            ToneScale::Enthusiastic => VoiceText::EnthusiasticScale,
        }
    }

    /// The names of the left (1) and right (5) ends.
    pub fn ends(self) -> (VoiceText, VoiceText) {
        match self {
            ToneScale::Funny => (VoiceText::SeriousEnd, VoiceText::FunnyEnd),
            ToneScale::Casual => (VoiceText::FormalEnd, VoiceText::CasualEnd),
            ToneScale::Irreverent => (VoiceText::RespectfulEnd, VoiceText::IrreverentEnd),
            ToneScale::Enthusiastic => (VoiceText::MatterOfFactEnd, VoiceText::EnthusiasticEnd),
        }
    }

    /// The sentence describing a position (values outside 1–5 are read as the nearest end).
    pub fn description(self, value: u8) -> VoiceText {
        use VoiceText::*;
        let row = match self {
            ToneScale::Funny => [Funny1, Funny2, Funny3, Funny4, Funny5],
            ToneScale::Casual => [Casual1, Casual2, Casual3, Casual4, Casual5],
            ToneScale::Irreverent => [
                Irreverent1,
                Irreverent2,
                Irreverent3,
                Irreverent4,
                Irreverent5,
            ],
            ToneScale::Enthusiastic => [
                Enthusiastic1,
                Enthusiastic2,
                Enthusiastic3,
                Enthusiastic4,
                Enthusiastic5,
            ],
        };
        row[position_index(value)]
    }

    /// A line that shows what a position sounds like (the same news at every position).
    pub fn example(self, value: u8) -> VoiceText {
        use VoiceText::*;
        let row = match self {
            ToneScale::Funny => [FunnyEx1, FunnyEx2, FunnyEx3, FunnyEx4, FunnyEx5],
            ToneScale::Casual => [CasualEx1, CasualEx2, CasualEx3, CasualEx4, CasualEx5],
            ToneScale::Irreverent => [
                IrreverentEx1,
                IrreverentEx2,
                IrreverentEx3,
                IrreverentEx4,
                IrreverentEx5,
            ],
            ToneScale::Enthusiastic => [
                EnthusiasticEx1,
                EnthusiasticEx2,
                EnthusiasticEx3,
                EnthusiasticEx4,
                EnthusiasticEx5,
            ],
        };
        row[position_index(value)]
    }
}

/// Clamps a stored tone value into 1–5 (imported files may hold anything).
pub fn clamp_tone(value: u8) -> u8 {
    value.clamp(TONE_MIN, TONE_MAX)
}

fn position_index(value: u8) -> usize {
    usize::from(clamp_tone(value) - TONE_MIN)
}

/// One of the handbook's three example characters, offered as a starting trait.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StarterTrait {
    /// 专业严谨
    Professional,
    /// 亲和有趣
    Warm,
    /// 创新引领
    Innovative,
}

impl StarterTrait {
    /// The three, in the handbook's order.
    pub const ALL: [StarterTrait; 3] = [
        StarterTrait::Professional,
        StarterTrait::Warm,
        StarterTrait::Innovative,
    ];

    /// The button's name for it.
    pub fn name(self) -> VoiceText {
        match self {
            StarterTrait::Professional => VoiceText::ProfessionalName,
            StarterTrait::Warm => VoiceText::WarmName,
            StarterTrait::Innovative => VoiceText::InnovativeName,
        }
    }

    /// The four lines of the trait: we are, but not, do, don't.
    pub fn lines(self) -> [VoiceText; 4] {
        use VoiceText::*;
        match self {
            StarterTrait::Professional => [
                ProfessionalWeAre,
                ProfessionalNot,
                ProfessionalDo,
                ProfessionalDont,
            ],
            StarterTrait::Warm => [WarmWeAre, WarmNot, WarmDo, WarmDont],
            StarterTrait::Innovative => {
                [InnovativeWeAre, InnovativeNot, InnovativeDo, InnovativeDont]
            }
        }
    }
}

/// "Delete trait: warm" / "删除特质：温暖": an action named with its target.
pub fn named_action(locale: Locale, action: &str, target: &str) -> String {
    labelled(locale, action, target)
}

/// How a trait is called when it has no "we are" yet: "trait 2" / "特质 2".
pub fn trait_fallback_name(locale: Locale, number: usize) -> String {
    tf(locale, VoiceText::TraitFallback, &[("number", &number)])
}

/// The card heading of a trait: "Trait 2: warm" / "特质 2：温暖", or "Trait 2" while unnamed.
pub fn trait_heading(locale: Locale, number: usize, we_are: &str) -> String {
    let we_are = we_are.trim();
    let heading = tf(locale, VoiceText::TraitNumber, &[("number", &number)]);
    if we_are.is_empty() {
        heading
    } else {
        labelled(locale, &heading, we_are)
    }
}

/// The live trait count against the 3–5 rule: "3 of 3–5 traits" / "已有 3 个特质（建议 3–5 个）".
pub fn trait_count(locale: Locale, count: usize, min: usize, max: usize) -> String {
    tf(
        locale,
        VoiceText::TraitCount,
        &[("count", &count), ("min", &min), ("max", &max)],
    )
}

/// The card heading of a sample: "Post 1" / "帖子 1", "Reply to a complaint 2" / "投诉回复 2".
pub fn sample_heading(locale: Locale, is_post: bool, number: usize) -> String {
    let kind = if is_post {
        VoiceText::KindPost
    } else {
        VoiceText::KindReply
    };
    tf(
        locale,
        VoiceText::NumberedSample,
        &[("kind", &t(locale, kind)), ("number", &number)],
    )
}

/// How many terms were restored: "Added back 3 starter terms." / "已补回 3 个初始词。"
pub fn restored_count(locale: Locale, count: usize) -> String {
    let key = if count == 1 {
        VoiceText::RestoredOne
    } else {
        VoiceText::RestoredMany
    };
    tf(locale, key, &[("count", &count)])
}

/// The name of a match kind: "Forbidden claim" / "绝对化用语".
pub fn match_kind_name(kind: MatchKind) -> VoiceText {
    match kind {
        MatchKind::ForbiddenClaim => VoiceText::KindClaim,
        MatchKind::AvoidWord => VoiceText::KindAvoid,
    }
}

/// The voice check's summary: "Found 2 forbidden claims and 1 word to avoid." /
/// "发现 2 处绝对化用语、1 处避免用词。"
pub fn check_summary(locale: Locale, claims: usize, avoided: usize) -> String {
    let counted = |count: usize, one: VoiceText, many: VoiceText| {
        let key = if count == 1 { one } else { many };
        tf(locale, key, &[("count", &count)])
    };
    let mut parts = Vec::new();
    if claims > 0 {
        parts.push(counted(
            claims,
            VoiceText::FoundClaim,
            VoiceText::FoundClaims,
        ));
    }
    if avoided > 0 {
        parts.push(counted(
            avoided,
            VoiceText::FoundAvoid,
            VoiceText::FoundAvoids,
        ));
    }
    let list = join_with(
        locale,
        VoiceText::FoundJoin,
        parts.iter().map(String::as_str),
    );
    tf(locale, VoiceText::CheckFound, &[("list", &list)])
}

/// The most positions listed for one term before the rest are summed up.
pub const MAX_POSITIONS_SHOWN: usize = 12;

/// Where a term occurs, by 1-based character position: "characters 14, 88" / "第 14、88 字".
/// Long lists end with "and 5 more" / "，另有 5 处".
pub fn positions_text(locale: Locale, positions: &[usize]) -> String {
    let shown: Vec<String> = positions
        .iter()
        .take(MAX_POSITIONS_SHOWN)
        .map(|p| p.to_string())
        .collect();
    let list = join_list(locale, shown.iter().map(String::as_str));
    let key = if positions.len() == 1 {
        VoiceText::PositionOne
    } else {
        VoiceText::PositionsMany
    };
    let text = tf(locale, key, &[("list", &list)]);
    let more = positions.len().saturating_sub(MAX_POSITIONS_SHOWN);
    if more > 0 {
        tf(
            locale,
            VoiceText::PositionsMore,
            &[("positions", &text), ("more", &more)],
        )
    } else {
        text
    }
}

/// One line of the voice check's count list: "第一 ×2 (characters 14, 88)" /
/// "第一 ×2（第 14、88 字）".
pub fn term_count_line(locale: Locale, term: &str, count: usize, positions: &[usize]) -> String {
    let at = positions_text(locale, positions);
    tf(
        locale,
        VoiceText::TermCountLine,
        &[("term", &term), ("count", &count), ("positions", &at)],
    )
}

/// A sample's hit in its own check: "Forbidden claim: “best” ×2" / "绝对化用语：“最” ×2".
pub fn term_hit(locale: Locale, kind: MatchKind, term: &str, count: usize) -> String {
    let name = t(locale, match_kind_name(kind));
    tf(
        locale,
        VoiceText::TermHit,
        &[("kind", &name), ("term", &term), ("count", &count)],
    )
}

/// What a screen reader hears after a marked term, which the draft shows itself: " (Word to
/// avoid)" / "（避免用词）".
pub fn marked_term_note(locale: Locale, kind: MatchKind) -> String {
    let name = t(locale, match_kind_name(kind));
    tf_after(locale, VoiceText::MarkedTerm, "term", &[("kind", &name)])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has_cjk(text: &str) -> bool {
        text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    /// The same rules as the key tests in `i18n/mod.rs`, for the texts built here.
    fn assert_chinese_punctuation(zh: &str) {
        for bad in [',', ';', '?', '!'] {
            assert!(!zh.contains(bad), "ASCII {bad:?} in Chinese: {zh}");
        }
        let chars: Vec<char> = zh.chars().collect();
        for w in chars.windows(2) {
            let after_cjk = ('\u{4e00}'..='\u{9fff}').contains(&w[0]);
            assert!(
                !(after_cjk && (w[1] == ':' || w[1] == '.')),
                "ASCII {:?} after Chinese in {zh}",
                w[1]
            );
        }
    }

    #[test]
    fn every_tone_position_has_its_own_description_and_example() {
        for scale in ToneScale::ALL {
            let mut seen = std::collections::HashSet::new();
            for value in TONE_MIN..=TONE_MAX {
                let d = scale.description(value);
                let e = scale.example(value);
                assert!(seen.insert(d), "{scale:?} {value} repeats a description");
                assert!(seen.insert(e), "{scale:?} {value} repeats an example");
                for text in [d, e] {
                    let en = crate::i18n::t(Locale::En, text);
                    assert!(!en.is_empty() && !has_cjk(en));
                    assert!(has_cjk(crate::i18n::t(Locale::ZhCn, text)));
                }
            }
            let (left, right) = scale.ends();
            assert_ne!(left, right);
        }
    }

    #[test]
    fn out_of_range_tone_values_read_as_the_nearest_end() {
        assert_eq!(ToneScale::Funny.description(0), VoiceText::Funny1);
        assert_eq!(ToneScale::Funny.description(9), VoiceText::Funny5);
        assert_eq!(
            ToneScale::Enthusiastic.example(4),
            VoiceText::EnthusiasticEx4
        );
        assert_eq!(clamp_tone(0), 1);
        assert_eq!(clamp_tone(200), 5);
    }

    #[test]
    fn built_texts_read_naturally_in_both_languages() {
        assert_eq!(
            named_action(Locale::En, "Delete trait", "warm"),
            "Delete trait: warm"
        );
        assert_eq!(
            named_action(Locale::ZhCn, "删除特质", "温暖"),
            "删除特质：温暖"
        );
        assert_eq!(trait_heading(Locale::En, 2, " warm "), "Trait 2: warm");
        assert_eq!(trait_heading(Locale::ZhCn, 2, ""), "特质 2");
        assert_eq!(trait_count(Locale::En, 3, 3, 5), "3 of 3–5 traits");
        assert_eq!(
            trait_count(Locale::ZhCn, 3, 3, 5),
            "已有 3 个特质（建议 3–5 个）"
        );
        assert_eq!(
            term_count_line(Locale::En, "第一", 2, &[14, 88]),
            "第一 ×2 (characters 14, 88)"
        );
        assert_eq!(
            term_count_line(Locale::ZhCn, "第一", 2, &[14, 88]),
            "第一 ×2（第 14、88 字）"
        );
        assert_eq!(
            term_count_line(Locale::En, "best", 1, &[5]),
            "best ×1 (character 5)"
        );
        let many: Vec<usize> = (1..=15).collect();
        assert!(positions_text(Locale::En, &many).ends_with("12 and 3 more"));
        assert!(positions_text(Locale::ZhCn, &many).ends_with("12 字，另有 3 处"));
        assert_eq!(
            check_summary(Locale::En, 2, 1),
            "Found 2 forbidden claims and 1 word to avoid."
        );
        assert_eq!(check_summary(Locale::En, 0, 3), "Found 3 words to avoid.");
        assert_eq!(
            check_summary(Locale::ZhCn, 2, 1),
            "发现 2 处绝对化用语、1 处避免用词。"
        );
        assert_eq!(restored_count(Locale::En, 1), "Added back 1 starter term.");
        assert_eq!(sample_heading(Locale::ZhCn, false, 2), "投诉回复 2");
    }

    #[test]
    fn plurals_and_word_order_read_as_before() {
        let (en, zh) = (Locale::En, Locale::ZhCn);
        assert_eq!(restored_count(en, 3), "Added back 3 starter terms.");
        assert_eq!(restored_count(zh, 1), "已补回 1 个初始词。");
        assert_eq!(restored_count(zh, 3), "已补回 3 个初始词。");
        assert_eq!(check_summary(en, 1, 0), "Found 1 forbidden claim.");
        assert_eq!(
            check_summary(en, 1, 2),
            "Found 1 forbidden claim and 2 words to avoid."
        );
        assert_eq!(check_summary(zh, 0, 3), "发现 3 处避免用词。");
        assert_eq!(positions_text(en, &[5]), "character 5");
        assert_eq!(positions_text(zh, &[5]), "第 5 字");
        let many: Vec<usize> = (1..=15).collect();
        assert_eq!(
            positions_text(en, &many),
            "characters 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 and 3 more"
        );
        assert_eq!(
            positions_text(zh, &many),
            "第 1、2、3、4、5、6、7、8、9、10、11、12 字，另有 3 处"
        );
        assert_eq!(trait_fallback_name(en, 2), "trait 2");
        assert_eq!(trait_fallback_name(zh, 2), "特质 2");
        assert_eq!(trait_heading(en, 3, ""), "Trait 3");
        assert_eq!(trait_heading(zh, 2, "温暖"), "特质 2：温暖");
        assert_eq!(sample_heading(en, true, 1), "Post 1");
        assert_eq!(sample_heading(en, false, 2), "Reply to a complaint 2");
        assert_eq!(sample_heading(zh, true, 1), "帖子 1");
        assert_eq!(
            term_hit(en, MatchKind::ForbiddenClaim, "best", 2),
            "Forbidden claim: “best” ×2"
        );
        assert_eq!(
            term_hit(zh, MatchKind::AvoidWord, "亲", 1),
            "避免用词：“亲” ×1"
        );
        assert_eq!(
            marked_term_note(en, MatchKind::AvoidWord),
            " (Word to avoid)"
        );
        assert_eq!(
            marked_term_note(zh, MatchKind::ForbiddenClaim),
            "（绝对化用语）"
        );
    }

    #[test]
    fn built_chinese_texts_use_full_width_punctuation() {
        let zh = Locale::ZhCn;
        for text in [
            named_action(zh, "删除特质", "温暖"),
            trait_heading(zh, 1, "温暖"),
            trait_count(zh, 2, 3, 5),
            check_summary(zh, 1, 2),
            term_count_line(zh, "最", 3, &[1, 2, 3]),
            restored_count(zh, 4),
            positions_text(zh, &[1, 2]),
            term_hit(zh, MatchKind::AvoidWord, "亲", 2),
            marked_term_note(zh, MatchKind::AvoidWord),
        ] {
            assert_chinese_punctuation(&text);
        }
    }
}
