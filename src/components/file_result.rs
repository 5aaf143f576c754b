use std::rc::Rc;

use yew::prelude::*;

use super::checksum_check::ChecksumCheck;
use super::copy_button::CopyButton;
use super::progress_bar::format_bytes;
use crate::core::hash::{HashAlgorithm, OutputEncoding};

/// Where one file is in the queue.
#[derive(Clone, PartialEq, Debug)]
pub enum FileStatus {
    Waiting,
    Hashing,
    Done(Rc<Vec<(HashAlgorithm, Vec<u8>)>>),
    Failed(String),
    Cancelled,
}

#[derive(Properties, PartialEq)]
pub struct FileResultProps {
    pub name: AttrValue,
    pub size: u64,
    pub status: FileStatus,
    pub encoding: OutputEncoding,
    pub expected: AttrValue,
    /// Position in the list, to keep copy-button test ids unique.
    pub index: usize,
}

/// One hashed (or waiting, failed, cancelled) file: name, size, digests, verdict.
#[component]
pub fn FileResult(props: &FileResultProps) -> Html {
    let state = match &props.status {
        FileStatus::Waiting => "waiting",
        FileStatus::Hashing => "hashing",
        FileStatus::Done(_) => "done",
        FileStatus::Failed(_) => "failed",
        FileStatus::Cancelled => "cancelled",
    };
    let body = match &props.status {
        FileStatus::Waiting => html! { <p class="meta">{ "Waiting…" }</p> },
        FileStatus::Hashing => html! { <p class="meta">{ "Hashing…" }</p> },
        FileStatus::Cancelled => html! { <p class="meta">{ "Cancelled before it finished." }</p> },
        FileStatus::Failed(msg) => html! { <p class="error" role="alert">{ msg }</p> },
        FileStatus::Done(digests) => html! {
            <>
                <dl class="digests">
                    { for digests.iter().map(|(alg, bytes)| {
                        let text = props.encoding.encode(bytes);
                        html! {
                            <div class="digest-row">
                                <dt>{ alg.label() }</dt>
                                <dd>
                                    <code class="output" data-testid="file-digest" data-alg={alg.id()}>{ text.clone() }</code>
                                    <CopyButton text={text} testid={format!("file-copy-{}-{}", props.index, alg.id())} />
                                </dd>
                            </div>
                        }
                    }) }
                </dl>
                <ChecksumCheck expected={props.expected.clone()} file_name={props.name.clone()} digests={digests.clone()} />
            </>
        },
    };
    html! {
        <li class="file-result" data-state={state}>
            <p class="file-name"><strong>{ &props.name }</strong>{ format!(" · {}", format_bytes(props.size)) }</p>
            { body }
        </li>
    }
}
