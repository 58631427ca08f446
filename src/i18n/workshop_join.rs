//! Words of what a table sees (the join page, the session bar and the hand-in), in both
//! languages.

crate::texts! {
    /// The join page, the session bar and the hand-in.
    pub enum JoinText {
        /// The join page's heading.
        Heading => en: "Join the workshop", zh: "加入工作坊";
    }
}
