//! Words of the personas step.

crate::text_enum! {
    /// Texts of the personas step.
    pub enum PersonaText {
        Placeholder => en: "Coming soon", zh: "即将推出";
    }
}
