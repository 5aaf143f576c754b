use std::rc::Rc;

use yew::prelude::*;

use crate::core::hash::{check_expected, HashAlgorithm};

#[derive(Properties, PartialEq)]
pub struct ChecksumCheckProps {
    /// The pasted expected checksum (any shape the core accepts).
    pub expected: AttrValue,
    /// Picks the right line when a whole checksum file is pasted.
    pub file_name: AttrValue,
    /// The digests computed for the file.
    pub digests: Rc<Vec<(HashAlgorithm, Vec<u8>)>>,
}

/// The verdict of comparing a pasted checksum with a file's digests:
/// `data-state` is `match`, `mismatch`, `wrong-length`, `algorithm-mismatch` or `unparseable`.
#[component]
pub fn ChecksumCheck(props: &ChecksumCheckProps) -> Html {
    if props.expected.trim().is_empty() {
        return html! {};
    }
    let verdict = check_expected(&props.expected, Some(&props.file_name), &props.digests);
    let state = verdict.state_id();
    let (class, mark) = match state {
        "match" => ("checksum-verdict checksum-match", "✓"),
        "mismatch" => ("checksum-verdict checksum-mismatch", "✗"),
        _ => ("checksum-verdict checksum-other", "!"),
    };
    html! {
        <p class={class} role="status" aria-live="polite" data-testid="digest-match" data-state={state}>
            <span class="checksum-mark" aria-hidden="true">{ mark }</span>
            { verdict.message() }
        </p>
    }
}
