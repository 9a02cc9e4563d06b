//! Helpers shared by unit tests.

/// `count` pseudo-random texts, each 1 to `max_parts` pieces of `parts` joined, from
/// a fixed `seed` (a linear congruential generator: the same texts on every run).
/// The hand-written matchers are checked against the regexes they replaced on them.
pub fn random_texts<'p>(
    parts: &'p [&'p str],
    seed: u64,
    count: usize,
    max_parts: usize,
) -> impl Iterator<Item = String> + 'p {
    let mut seed = seed;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        seed
    };
    (0..count).map(move |_| {
        let n = 1 + (next() >> 59) as usize % max_parts;
        (0..n)
            .map(|_| parts[(next() >> 33) as usize % parts.len()])
            .collect()
    })
}
