//! Words of projector mode (a step's decisions as slides) and of the printable worksheets, in
//! both languages. What the slides and worksheets show beyond these (labels, prompts, examples)
//! are the steps' and the handbook's own texts.
//!
//! Two groups: [`PresentText`], the links the frame and the workshop page show, in the catalogue
//! like every text; and [`RoomPieceText`], the words only projector mode and the worksheets
//! show, which [`piece_text`] reads from the group's own tables so that they travel in both
//! languages with that piece (a few hundred bytes there) instead of in every first download.

use super::{holes, Locale};

crate::texts! {
    /// The links to projector mode and to the worksheets.
    pub enum PresentText {
        /// The button on every step and on the handbook.
        Present => en: "Present", zh: "演示";
        /// The link to a step's printable worksheet.
        Worksheet => en: "Worksheet", zh: "打印练习单";
        /// The workshop page's list of worksheets.
        WorksheetsHeading => en: "Worksheets for paper tables", zh: "纸面小组的练习单";
        WorksheetsIntro => en: "One A4 sheet per step with its questions, examples and room to write, for tables on paper.", zh: "每一步一张 A4 练习单，附问题、示例和书写空间，供用纸笔讨论的小组使用。";
    }
}

crate::texts! {
    /// What projector mode and the worksheets say (read through [`piece_text`]).
    pub enum RoomPieceText {
        /// What a slide is, for screen readers.
        SlideRole => en: "slide", zh: "幻灯片";
        /// Announced on every change: `{n}` of `{total}`, then the slide's heading.
        SlideOf => en: "Slide {n} of {total}: {title}", zh: "第 {n} 页，共 {total} 页：{title}";
        PreviousSlide => en: "Previous slide", zh: "上一页";
        NextSlide => en: "Next slide", zh: "下一页";
        Leave => en: "Leave (Esc)", zh: "退出演示（Esc）";
        /// A slide of a step with nothing decided.
        Missing => en: "Not decided yet. This step asks:", zh: "这一步还没有决定。这一步要回答：";
        /// A theme without a target share.
        NoShare => en: "no share set", zh: "未设占比";
        /// Above a worksheet: `{step}` with its `{number}`.
        WorksheetTitle => en: "Worksheet · Step {number}: {step}", zh: "练习单 · 第 {number} 步：{step}";
        /// The line to write the table or the names on.
        WorksheetNames => en: "Table and names", zh: "小组与姓名";
        WorksheetPrint => en: "Print", zh: "打印";
        WorksheetBack => en: "Back to the step", zh: "返回这一步";
        /// The join code's caption on a worksheet.
        WorksheetJoin => en: "Scan to join the session and type this sheet into the app.", zh: "扫码加入工作坊，再把这张练习单录入应用。";
    }
}

/// The text `text` of projector mode and the worksheets in `locale`.
pub fn piece_text(locale: Locale, text: RoomPieceText) -> &'static str {
    let table = match locale {
        Locale::En => RoomPieceText::EN,
        Locale::ZhCn => RoomPieceText::ZH,
    };
    table.get(text as usize).copied().unwrap_or("")
}

/// Whether every text of the group has the same holes in both languages (the catalogue's test
/// does this for the texts it gathers).
pub fn piece_texts_match() -> bool {
    RoomPieceText::EN
        .iter()
        .zip(RoomPieceText::ZH)
        .all(|(en, zh)| holes(en) == holes(zh))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_fill_the_same_holes() {
        assert!(piece_texts_match());
        assert_eq!(
            piece_text(Locale::En, RoomPieceText::NextSlide),
            "Next slide"
        );
        assert_eq!(piece_text(Locale::ZhCn, RoomPieceText::NextSlide), "下一页");
    }
}
