//! Which app's built-in browser the page runs in, read from the browser's user-agent string.
//!
//! Chat and work apps (WeChat, WeCom, QQ, DingTalk, Feishu/Lark, Weibo, Alipay, Douyin, and the
//! big international ones) open links in a browser of their own. There downloads often fail or go
//! nowhere the user can find, and the page's storage can be cleared with the app's cache. Knowing
//! the app lets the interface say so once, name the app (`i18n::device::app_name`), and remind more firmly to keep a copy.
//!
//! Pure: the user-agent string is a parameter.

/// An app whose built-in browser is known to block or hide downloads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InAppBrowser {
    WeChat,
    WeCom,
    Qq,
    DingTalk,
    Feishu,
    Weibo,
    Alipay,
    Douyin,
    Facebook,
    Instagram,
    Line,
}

/// The markers each app puts in its browser's user agent, most specific first: WeCom's browser
/// also says `MicroMessenger`, and the QQ app's says `QQ/` (unlike the standalone QQ Browser,
/// which says only `MQQBrowser` and is a full browser).
const MARKERS: [(&str, InAppBrowser); 13] = [
    ("wxwork/", InAppBrowser::WeCom),
    ("micromessenger", InAppBrowser::WeChat),
    (" qq/", InAppBrowser::Qq),
    ("dingtalk", InAppBrowser::DingTalk),
    ("lark/", InAppBrowser::Feishu),
    ("feishu", InAppBrowser::Feishu),
    ("weibo", InAppBrowser::Weibo),
    ("alipayclient", InAppBrowser::Alipay),
    ("aweme", InAppBrowser::Douyin),
    ("fban/", InAppBrowser::Facebook),
    ("fbav/", InAppBrowser::Facebook),
    ("instagram", InAppBrowser::Instagram),
    (" line/", InAppBrowser::Line),
];

/// The app whose built-in browser sent `user_agent`, if any.
pub fn in_app_browser(user_agent: &str) -> Option<InAppBrowser> {
    let ua = user_agent.to_ascii_lowercase();
    MARKERS
        .iter()
        .find(|(marker, _)| ua.contains(marker))
        .map(|&(_, app)| app)
}

#[cfg(test)]
mod tests {
    use super::*;

    const WECHAT_ANDROID: &str = "Mozilla/5.0 (Linux; Android 12; V2049A Build/SP1A.210812.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/86.0.4240.99 XWEB/4317 MMWEBSDK/20220903 Mobile Safari/537.36 MMWEBID/6294 MicroMessenger/8.0.28.2240(0x28001C35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64";
    const WECHAT_IOS: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 15_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.29(0x18001d30) NetType/WIFI Language/zh_CN";
    const WECOM: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 wxwork/4.0.16 MicroMessenger/7.0.1 Language/zh ColorScheme/Light";
    const QQ_APP: &str = "Mozilla/5.0 (Linux; Android 10; PCT-AL10 Build/HUAWEIPCT-AL10; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/77.0.3865.120 MQQBrowser/6.2 TBS/045714 Mobile Safari/537.36 V1_AND_SQ_8.8.68_2538_YYB_D A_8086800 QQ/8.8.68.7265 NetType/WIFI WebP/0.3.0 Pixel/1080";
    const QQ_BROWSER: &str = "Mozilla/5.0 (Linux; U; Android 11; zh-cn; M2012K11AC Build/RKQ1.200826.002) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/89.0.4389.72 MQQBrowser/12.1 Mobile Safari/537.36";
    const DINGTALK: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 15_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 AliApp(DingTalk/6.5.10) com.laiwang.DingTalk/23357917 Channel/201200 language/zh-Hans-CN UT4Aplus/0.0.6 WK";
    const FEISHU: &str = "Mozilla/5.0 (Linux; Android 13; 22081212C Build/TKQ1.220829.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/99.0.4844.88 Mobile Safari/537.36 Lark/6.1.5 LarkLocale/zh_CN ChannelName/Feishu";
    const CHROME_ANDROID: &str = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Mobile Safari/537.36";
    const SAFARI_IOS: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    const HEADLESS: &str = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36";

    #[test]
    fn chinese_apps_are_recognised() {
        assert_eq!(in_app_browser(WECHAT_ANDROID), Some(InAppBrowser::WeChat));
        assert_eq!(in_app_browser(WECHAT_IOS), Some(InAppBrowser::WeChat));
        assert_eq!(in_app_browser(WECOM), Some(InAppBrowser::WeCom));
        assert_eq!(in_app_browser(QQ_APP), Some(InAppBrowser::Qq));
        assert_eq!(in_app_browser(DINGTALK), Some(InAppBrowser::DingTalk));
        assert_eq!(in_app_browser(FEISHU), Some(InAppBrowser::Feishu));
    }

    #[test]
    fn real_browsers_are_not_in_app() {
        for ua in [QQ_BROWSER, CHROME_ANDROID, SAFARI_IOS, HEADLESS, ""] {
            assert_eq!(in_app_browser(ua), None, "{ua}");
        }
    }

    #[test]
    fn international_apps_are_recognised() {
        let facebook = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/440.0.0.0]";
        let instagram = "Mozilla/5.0 (Linux; Android 13; SM-S911B; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/118.0 Mobile Safari/537.36 Instagram 305.0.0.34.110 Android";
        let line = "Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/13.14.0";
        assert_eq!(in_app_browser(facebook), Some(InAppBrowser::Facebook));
        assert_eq!(in_app_browser(instagram), Some(InAppBrowser::Instagram));
        assert_eq!(in_app_browser(line), Some(InAppBrowser::Line));
    }
}
