//! Turning what the facilitator drops, picks or pastes into hand-ins for the collection: a
//! file's bytes (its size checked before reading), one piece of a paste, a share link inflated
//! by the browser. Each input is read on its own turn of the event loop, so a drop of forty
//! files or a paste of several megabytes keeps the page responsive.
//!
//! The reading rules themselves are `crate::io::handin` and `crate::io::paste_split`; this file
//! only does the browser's part. No component lives here.

use wasm_bindgen_futures::JsFuture;

use crate::io::handin::{read_inflated, unpack, Unpacked};
use crate::io::share;
use crate::model::route::SHARE_PREFIX;
use crate::model::workshop::collect::MAX_INPUT_BYTES;
use crate::model::workshop::{Reading, Received};
use crate::web::share_link::open_payload;

/// One input waiting to be read.
pub enum Input {
    /// A file picked or dropped.
    File(web_sys::File),
    /// A piece of pasted text, with the label its row shows.
    Text { source: String, text: String },
}

/// Reads one input into what the collection takes.
pub async fn receive(input: Input) -> Received {
    let (source, bytes) = match input {
        Input::File(file) => {
            let source = file.name();
            let size = file.size() as usize;
            if size > MAX_INPUT_BYTES {
                return Received {
                    source,
                    bytes: size,
                    reading: Reading::TooLarge,
                    plan_units: 0,
                };
            }
            match JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => (source, js_sys::Uint8Array::new(&buffer).to_vec()),
                // The browser could not read the file (moved, removed, no permission).
                Err(_) => (source, Vec::new()),
            }
        }
        Input::Text { source, text } => (source, text.into_bytes()),
    };
    match unpack(source, &bytes) {
        Unpacked::Ready(received) => received,
        Unpacked::Inflate {
            source,
            bytes,
            deflated,
        } => {
            // The share link's opener inflates a payload: write the bytes back as one.
            let fragment = share::fragment_for(&deflated);
            let payload = fragment.strip_prefix(SHARE_PREFIX).unwrap_or(&fragment);
            let inflated = open_payload(payload).await.map_err(|_| ());
            read_inflated(source, bytes, inflated)
        }
    }
}

/// Lets the browser paint and handle events before the next input is read.
pub async fn next_turn() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = leptos::prelude::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = JsFuture::from(promise).await;
}

/// Milliseconds on the page's clock (for spacing out the collection's updates).
pub fn clock_ms() -> f64 {
    js_sys::Date::now()
}

/// The files of a picker's or a drop's list, in order.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}
