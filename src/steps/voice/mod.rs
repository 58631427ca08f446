//! Step 3, brand voice: traits, tone sliders, words, sample lines and the voice check.

mod check_panel;
mod marked_draft;
mod page;
mod sample_card;
mod sample_list;
mod tone_slider;
mod trait_card;
mod trait_list;

pub use check_panel::VoiceCheckPanel;
pub use marked_draft::{
    kind_attr, mark_class, mark_icon, segments, term_positions, Segment, VoiceMarkedDraft,
};
pub use page::VoiceStep;
pub use sample_card::VoiceSampleCard;
pub use sample_list::VoiceSampleList;
pub use tone_slider::ToneSlider;
pub use trait_card::{CardFocus, VoiceTraitCard};
pub use trait_list::VoiceTraitList;
