//! Words of what a table sees (the join page, the session bar and the hand-in), in both
//! languages.

crate::texts! {
    /// The join page, the session bar and the hand-in.
    pub enum JoinText {
        /// The join page's heading.
        Heading => en: "Join the workshop", zh: "加入工作坊";
        /// Under the heading: what joining does.
        Intro => en: "Pick your table below. This device gets a new plan for your table; any plan already here stays as it is.",
            zh: "请在下方选择你的小组。这台设备会为本组新建一份规划，已有的规划保持不变。";
        /// Labels the session's name.
        SessionLabel => en: "Session", zh: "工作坊";
        /// What the tables start from: an empty plan.
        StartsBlank => en: "Every table starts from an empty plan.", zh: "各组从空白规划开始。";
        /// What the tables start from: a worked example; `{name}` is its title.
        StartsExample => en: "Every table starts from the worked example “{name}”.",
            zh: "各组从示例“{name}”开始。";
        /// What the tables start from: the facilitator's plan.
        StartsPlan => en: "Every table starts from the facilitator's plan.",
            zh: "各组从主持人准备的规划开始。";
        /// The agenda's heading.
        AgendaHeading => en: "Agenda", zh: "议程";
        /// When the agenda starts; `{when}` is a date and time.
        AgendaStarts => en: "Starts {when}, {minutes} minutes in all.",
            zh: "{when}开始，共 {minutes} 分钟。";
        /// One agenda block's length.
        AgendaMinutes => en: "{minutes} min", zh: "{minutes} 分钟";
        /// The open plan already belongs to a table of this session; `{table}` is its name.
        AlreadyJoined => en: "This device already has the plan of {table} for this session. Carry on with it, or join again as a new plan below.",
            zh: "这台设备上已有本次工作坊“{table}”的规划。可以继续使用它，也可以在下方重新加入，新建一份规划。";
        /// Goes back to the table's plan already here.
        ContinueJoined => en: "Carry on with our plan", zh: "继续使用本组规划";
        /// The heading above the table buttons.
        TablesHeading => en: "Which table are you?", zh: "你在哪个小组？";
        /// While the table's plan is being made.
        Joining => en: "Setting up your table's plan…", zh: "正在准备本组的规划…";
        /// The heading when the link cannot be used.
        FailedHeading => en: "This join link does not work", zh: "这个加入链接无法使用";
        /// A cut or altered link.
        Damaged => en: "The link is damaged or cut short. Ask the facilitator for it again, or scan the QR code once more.",
            zh: "链接已损坏或不完整。请向主持人重新索取链接，或再扫一次二维码。";
        /// A link from a later version of the app.
        UnknownRecipe => en: "The link was made by a newer version of the app. Reload this page to get the newest version, then open the link again.",
            zh: "这个链接由较新版本的应用生成。请刷新本页获取最新版本，再重新打开链接。";
        /// A link far longer than any join link; `{chars}` is its length.
        TooLong => en: "The link is far too long to be a join link ({chars} characters), so it was altered on the way. Ask the facilitator for it again.",
            zh: "链接过长（{chars} 个字符），不可能是加入链接，可能在传递中被改动。请向主持人重新索取。";
        /// A link whose session cannot be used.
        Invalid => en: "The session in this link cannot be used: its name, tables or agenda are not valid. Ask the facilitator to check the session and hand out a new link.",
            zh: "链接中的工作坊设置无法使用：名称、小组或议程有误。请主持人检查设置后重新发放链接。";
        /// The way from a failed link into the app.
        ToApp => en: "Go to the app", zh: "进入应用";
        /// The facilitator's plan did not travel in the link: ask for the file.
        PlanNeeded => en: "Your tables start from the facilitator's plan, which was too big for the link. Open the file the facilitator hands round (by chat, mail or USB stick), or paste its text.",
            zh: "各组从主持人的规划开始，但它太大，放不进链接。请打开主持人发给大家的文件（通过聊天、邮件或 U 盘），或粘贴文件里的文字。";
        /// The plan inside the link could not be opened.
        PlanCarriedFailed => en: "The plan inside this link could not be opened (it is damaged, or this browser cannot unpack it). Open the file the facilitator hands round instead.",
            zh: "链接中的规划无法打开（已损坏，或此浏览器无法解压）。请改用主持人发给大家的文件。";
        /// The file picker for the facilitator's plan.
        PlanChooseFile => en: "Choose the plan file…", zh: "选择规划文件…";
        /// The paste box for the facilitator's plan.
        PlanPasteLabel => en: "Or paste the file's text", zh: "或粘贴文件里的文字";
        /// Reads the pasted text.
        PlanUseText => en: "Use this text", zh: "使用这段文字";
        /// While the plan is read.
        PlanReading => en: "Reading the plan…", zh: "正在读取规划…";
        /// The facilitator's plan was read; `{name}` is its name.
        PlanReady => en: "The facilitator's plan “{name}” is ready. Now pick your table.",
            zh: "已读取主持人的规划“{name}”。现在请选择你的小组。";
        /// The table buttons wait for the facilitator's plan.
        PlanFirst => en: "Open the facilitator's plan first; then pick your table.",
            zh: "请先打开主持人的规划，再选择小组。";
        /// The session bar's accessible name.
        BarLabel => en: "Workshop session", zh: "工作坊进度";
        /// Read before the table's name in the bar.
        BarTable => en: "Table", zh: "小组";
        /// Before the agenda starts.
        BarNotStarted => en: "Starts in {minutes} min", zh: "{minutes} 分钟后开始";
        /// In a block: `{step}` is the step's name.
        BarBlock => en: "{step}: {minutes} min left", zh: "{step}：剩余 {minutes} 分钟";
        /// After the agenda.
        BarFinished => en: "Time is up: hand in your plan", zh: "时间到，请提交规划";
        /// The hand-in button.
        HandIn => en: "Hand in", zh: "提交";
        /// The hand-in dialog's title.
        HandInTitle => en: "Hand in your table's plan", zh: "提交本组的规划";
        /// What the dialog offers.
        HandInIntro => en: "Send your plan to the facilitator in whichever way works on this device: the file, the text pasted into a chat, or a link.",
            zh: "用这台设备上可行的任一方式把规划交给主持人：下载文件、把文字粘贴到聊天里，或发送链接。";
        /// Downloads the hand-in file.
        HandInDownload => en: "Download the file", zh: "下载文件";
        /// The download started; `{name}` is the file's name.
        HandInDownloaded => en: "Download started: “{name}”. Send this file to the facilitator.",
            zh: "已开始下载“{name}”。请把这个文件发给主持人。";
        /// The browser refused the download.
        HandInDownloadFailed => en: "This browser did not start the download (apps such as WeChat often block downloads). Copy the text instead.",
            zh: "此浏览器没有开始下载（微信等应用常会拦截下载）。请改为复制文字。";
        /// Copies the hand-in text.
        HandInCopy => en: "Copy the text", zh: "复制文字";
        /// The text was copied.
        HandInCopied => en: "Copied. Paste it into a chat or mail to the facilitator.",
            zh: "已复制。请粘贴到聊天或邮件里发给主持人。";
        /// Copying failed.
        HandInCopyFailed => en: "Copying did not work here. Select the text below and copy it by hand.",
            zh: "此处无法复制。请选中下方文字，手动复制。";
        /// Labels the hand-in text area.
        HandInTextLabel => en: "Your plan as text", zh: "本组规划的文字";
        /// The share link's heading.
        HandInLinkHeading => en: "Link", zh: "链接";
        /// While the link is made.
        HandInLinkMaking => en: "Making a link…", zh: "正在生成链接…";
        /// Labels the link field.
        HandInLinkLabel => en: "Link to your plan", zh: "本组规划的链接";
        /// Copies the link.
        HandInCopyLink => en: "Copy the link", zh: "复制链接";
        /// The link was copied.
        HandInLinkCopied => en: "Link copied. Paste it into a chat to the facilitator.",
            zh: "链接已复制。请粘贴到聊天里发给主持人。";
        /// Copying the link failed.
        HandInLinkCopyFailed => en: "Copying did not work here. Select the link and copy it by hand.",
            zh: "此处无法复制。请选中链接，手动复制。";
        /// The link is long; `{chars}` is its length.
        HandInLinkLong => en: "This link has {chars} characters; chat apps may cut it. The file or the text is safer.",
            zh: "这个链接有 {chars} 个字符，聊天应用可能会截断。用文件或文字更稳妥。";
        /// The plan is too big for a link.
        HandInLinkTooBig => en: "Your plan is too big for a link ({chars} characters). Use the file or the text.",
            zh: "规划太大，无法生成链接（{chars} 个字符）。请使用文件或文字。";
        /// The browser cannot make links.
        HandInLinkUnsupported => en: "The part of the app that makes links did not download (no connection?). Use the file or the text.",
            zh: "生成链接所需的程序部分没有下载成功（网络断开？）。请使用文件或文字。";
        /// Inside an app's built-in browser (`{app}`: WeChat, DingTalk…), first in the dialog.
        HandInInApp => en: "You are in {app}'s browser, where files often do not download: copy the text and send it to your facilitator in the chat. {app} may also clear this page's data with its cache, so hand in again after each block.",
            zh: "当前在{app}的浏览器中，这里常常无法下载文件：请复制文本，在聊天中发给主持人。{app}清理缓存时还可能清除本页数据，所以每个环节结束后请再提交一次。";
        /// Closes the dialog.
        Close => en: "Close", zh: "关闭";
    }
}
