//! Pieces of the app that load when first needed. In the release build (`split` feature) each
//! function declared with [`split!`] is cut out of the main wasm together with everything only it
//! reaches, and its first call downloads that piece (`scripts/build.py` does the cutting). In
//! tests and debug builds the same functions simply run.
//!
//! A piece that cannot be downloaded is an error value, never a crash: `widgets::PieceView` says
//! so in the user's language with a retry, and nothing in the plan changes.

use std::future::Future;

/// A piece of the app could not be downloaded (offline on a first visit, a flaky connection).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PieceError;

#[cfg(feature = "split")]
impl From<::leptos::wasm_split::SplitLoaderError> for PieceError {
    fn from(_: ::leptos::wasm_split::SplitLoaderError) -> PieceError {
        PieceError
    }
}

/// Declares `async fn $name(args) -> Result<$ret, PieceError>` whose body loads as the piece
/// `$piece` in the release build, and `async fn $preload() -> Result<(), PieceError>` that only
/// downloads it (to fetch a step's code before the user gets there).
#[macro_export]
macro_rules! split {
    (
        $piece:ident, $preload:ident,
        $(#[$meta:meta])*
        $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block
    ) => {
        #[cfg(feature = "split")]
        #[::leptos::wasm_split::wasm_split(
            $piece,
            wasm_split_path = ::leptos::wasm_split,
            fallible,
            preload(#[allow(dead_code)] $preload)
        )]
        $(#[$meta])*
        $vis fn $name($($arg: $ty),*) -> ::core::result::Result<$ret, $crate::web::chunks::PieceError> {
            let value: $ret = $body;
            ::core::result::Result::Ok(value)
        }

        #[cfg(not(feature = "split"))]
        $(#[$meta])*
        $vis async fn $name($($arg: $ty),*) -> ::core::result::Result<$ret, $crate::web::chunks::PieceError> {
            let value: $ret = $body;
            ::core::result::Result::Ok(value)
        }

        /// Downloads the piece without running it (nothing to download in this build).
        #[cfg(not(feature = "split"))]
        #[allow(dead_code)]
        $vis async fn $preload() -> ::core::result::Result<(), $crate::web::chunks::PieceError> {
            ::core::result::Result::Ok(())
        }
    };
}

/// Starts downloading a piece in the background (hover or focus on a step, the next step), so
/// that going there shows no wait. A failure here is silent: going there retries and says so.
pub fn prefetch<F, E>(preload: impl FnOnce() -> F + 'static)
where
    F: Future<Output = Result<(), E>> + 'static,
{
    leptos::task::spawn_local(async move {
        let _ = preload().await;
    });
}
