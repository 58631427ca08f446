//! Calendar dates and times of day in a plan's JSON ("2026-12-08", "09:30:00"), written and read
//! without chrono's general formatting and parsing machinery when they have these plain shapes:
//! in a plan of 2,000 calendar items that machinery was a tenth of the time of reading or
//! writing it. Anything else (a year beyond 9999, fractions of a second, another spelling chrono
//! accepts, a text that is no date) goes to chrono exactly as before, so the text written and
//! every value or error read are chrono's (tests below).
//!
//! Use with `#[serde(with = "…")]`: [`date`], [`optional_date`], [`optional_time`].

use std::fmt;

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use serde::de::{self, Deserializer, Visitor};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};

/// A date written and read as chrono does, faster for years 0–9999.
#[derive(Clone, Copy, Debug, PartialEq)]
struct IsoDate(NaiveDate);

/// A time of day written and read as chrono does, faster for whole seconds.
#[derive(Clone, Copy, Debug, PartialEq)]
struct IsoTime(NaiveTime);

/// A `NaiveDate` field.
pub mod date {
    use super::*;

    pub fn serialize<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
        IsoDate(*date).serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
        IsoDate::deserialize(deserializer).map(|date| date.0)
    }
}

/// An `Option<NaiveDate>` field.
pub mod optional_date {
    use super::*;

    pub fn serialize<S: Serializer>(
        date: &Option<NaiveDate>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        date.map(IsoDate).serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        Option::<IsoDate>::deserialize(deserializer).map(|date| date.map(|d| d.0))
    }
}

/// An `Option<NaiveTime>` field.
pub mod optional_time {
    use super::*;

    pub fn serialize<S: Serializer>(
        time: &Option<NaiveTime>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        time.map(IsoTime).serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveTime>, D::Error> {
        Option::<IsoTime>::deserialize(deserializer).map(|time| time.map(|t| t.0))
    }
}

impl Serialize for IsoDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let year = self.0.year();
        if !(0..=9999).contains(&year) {
            return self.0.serialize(serializer);
        }
        let mut text = *b"0000-00-00";
        put_digits(&mut text[0..4], year.unsigned_abs());
        put_digits(&mut text[5..7], self.0.month());
        put_digits(&mut text[8..10], self.0.day());
        serializer.serialize_str(ascii(&text))
    }
}

impl Serialize for IsoTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // A leap second is a nanosecond count of a second or more.
        if self.0.nanosecond() != 0 {
            return self.0.serialize(serializer);
        }
        let mut text = *b"00:00:00";
        put_digits(&mut text[0..2], self.0.hour());
        put_digits(&mut text[3..5], self.0.minute());
        put_digits(&mut text[6..8], self.0.second());
        serializer.serialize_str(ascii(&text))
    }
}

impl<'de> Deserialize<'de> for IsoDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(DateVisitor)
    }
}

impl<'de> Deserialize<'de> for IsoTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(TimeVisitor)
    }
}

struct DateVisitor;

impl Visitor<'_> for DateVisitor {
    type Value = IsoDate;

    // chrono's words, so that a value of the wrong type is reported as before.
    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a formatted date string")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<IsoDate, E> {
        match plain_date(text) {
            Some(date) => Ok(IsoDate(date)),
            None => text.parse().map(IsoDate).map_err(E::custom),
        }
    }
}

struct TimeVisitor;

impl Visitor<'_> for TimeVisitor {
    type Value = IsoTime;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a formatted time string")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<IsoTime, E> {
        match plain_time(text) {
            Some(time) => Ok(IsoTime(time)),
            None => text.parse().map(IsoTime).map_err(E::custom),
        }
    }
}

/// "YYYY-MM-DD" naming a day that exists.
fn plain_date(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let year = i32::try_from(number(&bytes[0..4])?).ok()?;
    NaiveDate::from_ymd_opt(year, number(&bytes[5..7])?, number(&bytes[8..10])?)
}

/// "HH:MM:SS" naming a time that exists (a leap second goes to chrono).
fn plain_time(text: &str) -> Option<NaiveTime> {
    let bytes = text.as_bytes();
    if bytes.len() != 8 || bytes[2] != b':' || bytes[5] != b':' {
        return None;
    }
    NaiveTime::from_hms_opt(
        number(&bytes[0..2])?,
        number(&bytes[3..5])?,
        number(&bytes[6..8])?,
    )
}

/// ASCII digits as a number; `None` if any is not one.
fn number(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0, |n, &b| {
        b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
    })
}

/// Writes `n` into `slot` as decimal digits, zero-padded to its width.
fn put_digits(slot: &mut [u8], mut n: u32) {
    for byte in slot.iter_mut().rev() {
        *byte = b'0' + (n % 10) as u8;
        n /= 10;
    }
}

fn ascii(text: &[u8]) -> &str {
    std::str::from_utf8(text).expect("digits and separators are ASCII")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates() -> Vec<NaiveDate> {
        let mut dates: Vec<NaiveDate> = NaiveDate::from_ymd_opt(2023, 12, 25)
            .unwrap()
            .iter_days()
            .take(800)
            .collect();
        for (y, m, d) in [
            (0, 1, 1),
            (9, 9, 9),
            (999, 12, 31),
            (1000, 1, 1),
            (2000, 2, 29),
            (9999, 12, 31),
            (-1, 12, 31),
            (10_000, 1, 1),
        ] {
            dates.push(NaiveDate::from_ymd_opt(y, m, d).unwrap());
        }
        dates.extend([NaiveDate::MIN, NaiveDate::MAX]);
        dates
    }

    fn times() -> Vec<NaiveTime> {
        let mut times: Vec<NaiveTime> = (0..24 * 60)
            .map(|m| NaiveTime::from_hms_opt(m / 60, m % 60, (m * 7) % 60).unwrap())
            .collect();
        times.extend([
            NaiveTime::from_hms_milli_opt(9, 30, 0, 500).unwrap(),
            NaiveTime::from_hms_micro_opt(9, 30, 0, 1).unwrap(),
            NaiveTime::from_hms_nano_opt(9, 30, 0, 7).unwrap(),
            // a leap second
            NaiveTime::from_hms_milli_opt(23, 59, 59, 1_000).unwrap(),
            NaiveTime::from_hms_milli_opt(23, 59, 59, 1_500).unwrap(),
        ]);
        times
    }

    #[test]
    fn dates_and_times_are_written_as_chrono_writes_them() {
        for date in dates() {
            let ours = serde_json::to_string(&IsoDate(date)).unwrap();
            assert_eq!(ours, serde_json::to_string(&date).unwrap());
            assert_eq!(
                serde_json::from_str::<IsoDate>(&ours).unwrap(),
                IsoDate(date)
            );
        }
        for time in times() {
            let ours = serde_json::to_string(&IsoTime(time)).unwrap();
            assert_eq!(ours, serde_json::to_string(&time).unwrap());
            assert_eq!(
                serde_json::from_str::<IsoTime>(&ours).unwrap(),
                IsoTime(time)
            );
        }
    }

    /// What chrono and we read from the JSON `text`: the same value, or errors that say the same.
    fn read_alike<Ours, Chrono>(text: &str, unwrap: impl Fn(Ours) -> Chrono)
    where
        Ours: for<'de> Deserialize<'de>,
        Chrono: for<'de> Deserialize<'de> + PartialEq + fmt::Debug,
    {
        let ours = serde_json::from_str::<Ours>(text).map(&unwrap);
        let theirs = serde_json::from_str::<Chrono>(text);
        match (ours, theirs) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "{text}"),
            (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "{text}"),
            (a, b) => panic!("{text}: {a:?} against chrono's {b:?}"),
        }
        let value: serde_json::Value = match serde_json::from_str(text) {
            Ok(value) => value,
            Err(_) => return,
        };
        let ours = Ours::deserialize(&value).map(&unwrap);
        let theirs = Chrono::deserialize(&value);
        match (ours, theirs) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "{text} as a value"),
            (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "{text} as a value"),
            (a, b) => panic!("{text} as a value: {a:?} against chrono's {b:?}"),
        }
    }

    #[test]
    fn every_text_reads_as_chrono_reads_it() {
        for text in [
            r#""2026-12-08""#,
            r#""0000-01-01""#,
            r#""2024-02-29""#,
            r#""2026-02-29""#,
            r#""2026-13-01""#,
            r#""2026-00-10""#,
            r#""2026-2-8""#,
            r#""2026-12-08 ""#,
            r#"" 2026-12-08""#,
            r#""+10000-01-01""#,
            r#""-0001-12-31""#,
            r#""2026/12/08""#,
            r#""2026-1a-08""#,
            r#""２０２６-12-08""#,
            r#""""#,
            r#""\u0032026-12-08""#,
            "20261208",
            "null",
            "true",
            "[2026, 12, 8]",
        ] {
            read_alike::<IsoDate, NaiveDate>(text, |d| d.0);
            read_alike::<Option<IsoDate>, Option<NaiveDate>>(text, |d| d.map(|d| d.0));
        }
        for text in [
            r#""09:30:00""#,
            r#""00:00:00""#,
            r#""23:59:59""#,
            r#""23:59:60""#,
            r#""24:00:00""#,
            r#""09:60:00""#,
            r#""09:30""#,
            r#""9:30:00""#,
            r#""09:30:00.250""#,
            r#""09:30:00 ""#,
            r#""09-30-00""#,
            r#""0a:30:00""#,
            r#""""#,
            "930",
            "null",
        ] {
            read_alike::<Option<IsoTime>, Option<NaiveTime>>(text, |t| t.map(|t| t.0));
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::super::*;
        use super::read_alike;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(crate::fixed_cases::config())]

            #[test]
            fn date_shaped_texts_read_as_chrono_reads_them(text in "[0-9]{4}-[0-9]{2}-[0-9]{2}") {
                read_alike::<IsoDate, NaiveDate>(&format!("\"{text}\""), |d| d.0);
            }

            #[test]
            fn time_shaped_texts_read_as_chrono_reads_them(text in "[0-9]{2}:[0-9]{2}:[0-9]{2}") {
                read_alike::<Option<IsoTime>, Option<NaiveTime>>(&format!("\"{text}\""), |t| t.map(|t| t.0));
            }
        }
    }
}
