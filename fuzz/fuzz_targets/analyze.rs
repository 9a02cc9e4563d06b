//! The whole analysis on arbitrary bytes (decoded lossily): must not panic, and the
//! summary must keep the output contract (spans inside the text, `text[span]` equal
//! to the record's text, sentences inside paragraphs, mentions inside sentences).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/invariants.rs"]
#[allow(dead_code)]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let summary = cronista::analyze(&text);
    if let Err(e) = invariants::check(&text, &summary) {
        panic!("invariant broken: {e}");
    }
    serde_json::to_string(&summary).expect("summary serialises");
});
