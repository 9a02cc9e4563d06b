//! The JSON Lines reader on arbitrary bytes: every non-blank line yields exactly one
//! document, in order, and each document is analyzed or fails with a message.
#![no_main]

use cronista::input;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let lines = data
        .split_inclusive(|&b| b == b'\n')
        .filter(|l| !l.iter().all(u8::is_ascii_whitespace))
        .count();
    let docs: Vec<input::Document> = input::jsonl(data, "-".into()).collect();
    assert_eq!(docs.len(), lines, "one document per non-blank line");
    for (n, doc) in docs.into_iter().enumerate() {
        assert!(doc.origin.starts_with("-:"), "origin {:?}", doc.origin);
        match doc.into_text(n % 2 == 0) {
            Ok((id, text)) => {
                let s = cronista::analyze_with_id(&id, &text);
                assert_eq!(s.id, id);
            }
            Err((_, msg)) => assert!(msg.starts_with("-:") && msg.len() > 4, "{msg:?}"),
        }
    }
});
