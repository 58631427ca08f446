//! TEMP STUB
use chrono::NaiveDate;
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarketingKind {
    Festival,
    SolarTerm,
    Ecommerce,
    International,
}
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarketingDay {
    Singles,
    Christmas,
}
impl MarketingDay {
    pub fn kind(self) -> MarketingKind {
        match self {
            MarketingDay::Singles => MarketingKind::Ecommerce,
            MarketingDay::Christmas => MarketingKind::International,
        }
    }
}
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MarketingDate {
    pub date: NaiveDate,
    pub day: MarketingDay,
}
pub fn marketing_dates_between(from: NaiveDate, to: NaiveDate) -> Vec<MarketingDate> {
    use chrono::Datelike;
    let mut out = vec![];
    let mut d = from;
    while d <= to {
        if d.month() == 11 && d.day() == 11 {
            out.push(MarketingDate {
                date: d,
                day: MarketingDay::Singles,
            });
        }
        if d.month() == 12 && d.day() == 25 {
            out.push(MarketingDate {
                date: d,
                day: MarketingDay::Christmas,
            });
        }
        d = d.succ_opt().unwrap_or(to);
        if d == to {
            break;
        }
    }
    out
}
