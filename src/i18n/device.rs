//! Words about the device and browser the page runs in, in both languages: the tip shown inside
//! an app's built-in browser (WeChat and the like), copying exports to the clipboard where
//! downloads fail, and the firmer reminder to keep a copy there.

use super::strategy::BrandText;
use super::Key;
use crate::model::in_app::InAppBrowser;

crate::texts! {
    /// In-app browsers and copying.
    pub enum DeviceText {
        /// The tip's title; `{app}` is the app's name (微信, DingTalk…).
        InAppTitle => en: "You are in {app}'s built-in browser", zh: "当前在{app}的内置浏览器中";
        /// What works less well there and how to open the page elsewhere.
        InAppDownloads => en: "Downloads often fail here. To save files, open this page in your phone's own browser: tap ··· or ⋮ at the top right, then “Open in browser”. Here, every export also has Copy.",
            zh: "在这里下载文件常常失败。要保存文件，请在手机自带的浏览器中打开本页：点右上角的 ··· 或 ⋮，选择“在浏览器打开”。在这里，每个导出处也都可以“复制”。";
        /// Why keeping a copy matters more there.
        InAppStorage => en: "{app} may clear this page's data when it clears its cache: hand in your plan or copy it somewhere safe often.",
            zh: "{app}清理缓存时可能会清除本页的数据：请经常提交方案，或把它复制保存到安全的地方。";
        /// Closes the tip for good on this device.
        InAppDismiss => en: "Got it", zh: "知道了";
        /// The copy button of an export.
        Copy => en: "Copy", zh: "复制";
        /// The copy button of the plan file.
        CopyPlan => en: "Copy the plan as text", zh: "把规划复制为文本";
        /// Copies the handbook as Markdown.
        CopyMarkdown => en: "Copy as Markdown", zh: "复制为 Markdown";
        /// Copies the calendar as iCalendar text.
        CopyIcs => en: "Copy as .ics text", zh: "复制为 .ics 文本";
        /// Copies the calendar as CSV text.
        CopyCsv => en: "Copy as .csv text", zh: "复制为 .csv 文本";
        /// Copies the whole workshop file's text.
        CopyBundle => en: "Copy the workshop as text", zh: "把工作坊复制为文本";
        /// After copying a workshop's text.
        CopiedBundle => en: "Copied. Keep it in a note or a chat with yourself; paste it below on any device to open the workshop again.",
            zh: "已复制。请保存在备忘录或与自己的聊天里；在任何设备上粘贴到下方即可重新打开工作坊。";
        /// After copying a plan's text.
        CopiedPlan => en: "Copied. Paste it into a chat with yourself or a note to keep it; Import reads it back on any device.",
            zh: "已复制。可以粘贴到与自己的聊天或备忘录里保存；在任何设备上用“导入”都能读回。";
        /// After copying any other export.
        Copied => en: "Copied. Paste it where you need it.", zh: "已复制，可以粘贴到需要的地方。";
        /// The clipboard refused: the text is shown selected instead.
        CopyFailed => en: "This browser did not allow copying. The whole text is selected below: press and hold it (or press Ctrl+C), then copy.",
            zh: "这个浏览器不允许自动复制。下方的文本已全部选中：长按后选择“复制”（或按 Ctrl+C）。";
        /// Labels the box that shows the text when copying failed.
        CopyBoxLabel => en: "The text to copy", zh: "要复制的文本";
        AppWeChat => en: "WeChat", zh: "微信";
        AppWeCom => en: "WeCom", zh: "企业微信";
        AppDingTalk => en: "DingTalk", zh: "钉钉";
        AppFeishu => en: "Feishu/Lark", zh: "飞书";
        AppWeibo => en: "Weibo", zh: "微博";
        AppAlipay => en: "Alipay", zh: "支付宝";
        AppDouyin => en: "Douyin", zh: "抖音";
        /// The backup reminder inside an app's browser; `{app}` is its name.
        ReminderInApp => en: "{app} can clear this page's data with its cache.", zh: "{app}清理缓存时可能清除本页的数据。";
    }
}

/// The name of `app` as its users know it: Chinese apps by their Chinese name in Chinese, apps
/// known by a Latin name by that name in both languages.
pub fn app_name(app: InAppBrowser) -> Key {
    match app {
        InAppBrowser::WeChat => DeviceText::AppWeChat.into(),
        InAppBrowser::WeCom => DeviceText::AppWeCom.into(),
        InAppBrowser::Qq => BrandText::Qq.into(),
        InAppBrowser::DingTalk => DeviceText::AppDingTalk.into(),
        InAppBrowser::Feishu => DeviceText::AppFeishu.into(),
        InAppBrowser::Weibo => DeviceText::AppWeibo.into(),
        InAppBrowser::Alipay => DeviceText::AppAlipay.into(),
        InAppBrowser::Douyin => DeviceText::AppDouyin.into(),
        InAppBrowser::Facebook => BrandText::Facebook.into(),
        InAppBrowser::Instagram => BrandText::Instagram.into(),
        InAppBrowser::Line => BrandText::Line.into(),
    }
}
