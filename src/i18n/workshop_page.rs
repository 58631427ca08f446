//! Words of the facilitator's workshop page (set-up, hand-out, the QR code and the printed
//! handout), in both languages.

crate::texts! {
    /// The facilitator's workshop page.
    pub enum FacilitatorText {
        /// The page heading.
        Heading => en: "Run a workshop", zh: "带领工作坊";
    }
}
