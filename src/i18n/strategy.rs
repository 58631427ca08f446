//! Words of the strategy step.

crate::text_enum! {
    /// Texts of the strategy step.
    pub enum StrategyText {
        Placeholder => en: "Coming soon", zh: "即将推出";
    }
}
