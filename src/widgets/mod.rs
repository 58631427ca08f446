//! The few parts several steps use: text, chips, date and number fields, modal, empty state,
//! finding item, copying an export, pasting a text in, a record that folds on phones, element
//! ids and anchors, a piece that loads when first needed, a QR code, and the one undo.

mod anchors;
mod chips_field;
mod copy_text;
mod date_field;
mod dom_id;
mod empty_state;
mod field_findings;
mod finding_item;
mod fold;
mod modal;
mod number_field;
mod paste_field;
mod piece_view;
mod qr_code;
mod text_field;
mod undo;

pub use anchors::anchor_id;
pub use chips_field::{add_unique, split_chips, ChipsField};
pub use copy_text::CopyText;
pub use date_field::{parse_date, DateField};
pub use dom_id::dom_id;
pub use empty_state::EmptyState;
pub use field_findings::FieldFindings;
pub use finding_item::FindingItem;
pub use fold::{narrow_screen, starts_folded, Fold};
pub use modal::Modal;
pub use number_field::{parse_number, NumberField};
pub use paste_field::{PasteClasses, PasteField};
pub use piece_view::PieceView;
pub use qr_code::QrCode;
pub use text_field::TextField;
pub use undo::offer_undo;
