//! Words of the facilitator's room view (collecting hand-ins, comparing the tables and merging
//! the room's plan), in both languages.

crate::texts! {
    /// Collecting, comparing and merging.
    pub enum RoomText {
        /// The collect section's heading.
        CollectHeading => en: "Collect the tables' plans", zh: "收集各组方案";
    }
}
