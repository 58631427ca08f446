//! Words of the voice step.

crate::text_enum! {
    /// Texts of the voice step.
    pub enum VoiceText {
        Placeholder => en: "Coming soon", zh: "即将推出";
    }
}
