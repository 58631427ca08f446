//! Words of projector mode (a step's decisions as slides) and of the printable worksheets, in
//! both languages. What the slides and worksheets show beyond these (labels, prompts, examples)
//! are the steps' and the handbook's own texts.

crate::texts! {
    /// Projector mode and worksheets.
    pub enum PresentText {
        /// The button on every step and on the handbook.
        Present => en: "Present", zh: "演示";
        /// Its accessible name.
        PresentLabel => en: "Present this step on a projector", zh: "投屏演示这一步";
        /// The link to a step's printable worksheet.
        Worksheet => en: "Worksheet", zh: "打印练习单";
        WorksheetLabel => en: "Printable worksheet of this step", zh: "这一步的可打印练习单";
        /// The region holding the slides.
        Deck => en: "Slides", zh: "幻灯片";
        /// What a slide is, for screen readers.
        SlideRole => en: "slide", zh: "幻灯片";
        /// Announced on every change: `{n}` of `{total}`, then the slide's heading.
        SlideOf => en: "Slide {n} of {total}: {title}", zh: "第 {n} 页，共 {total} 页：{title}";
        PreviousSlide => en: "Previous slide", zh: "上一页";
        NextSlide => en: "Next slide", zh: "下一页";
        Leave => en: "Leave (Esc)", zh: "退出演示（Esc）";
        /// The keys, said once under the buttons.
        Keys => en: "Arrow keys, Page Up/Down or Space to move; Esc to leave.", zh: "用方向键、翻页键或空格翻页，按 Esc 退出。";
        /// A slide of a step with nothing decided.
        Missing => en: "Not decided yet. This step asks:", zh: "这一步还没有决定。这一步要回答：";
        NoShare => en: "no share set", zh: "未设占比";
        /// Above a worksheet: `{step}` with its number.
        WorksheetTitle => en: "Worksheet · Step {number}: {step}", zh: "练习单 · 第 {number} 步：{step}";
        /// The line to write the table or the names on.
        WorksheetNames => en: "Table and names", zh: "小组与姓名";
        WorksheetPrint => en: "Print", zh: "打印";
        WorksheetBack => en: "Back to the step", zh: "返回这一步";
        /// The join code's caption on a worksheet.
        WorksheetJoin => en: "Scan to join the session and type this sheet into the app.", zh: "扫码加入工作坊，再把这张练习单录入应用。";
        /// The workshop page's list of worksheets.
        WorksheetsHeading => en: "Worksheets for paper tables", zh: "纸面小组的练习单";
        WorksheetsIntro => en: "One A4 sheet per step, with the step's questions and examples and room to write. Tables working on paper fill them in and type them into the app later.", zh: "每一步一张 A4 练习单，附这一步的问题、示例和书写空间。用纸笔讨论的小组先填写，之后再录入应用。";
    }
}
