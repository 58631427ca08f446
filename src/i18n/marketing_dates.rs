//! TEMP STUB
use super::Locale;
use crate::model::marketing_dates::MarketingDay;
pub fn marketing_day_name(locale: Locale, day: MarketingDay) -> &'static str {
    match (locale, day) {
        (Locale::En, MarketingDay::Singles) => "Singles' Day",
        (_, MarketingDay::Singles) => "双十一",
        (Locale::En, _) => "Christmas",
        _ => "圣诞节",
    }
}
