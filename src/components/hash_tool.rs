use yew::prelude::*;

use super::file_hasher::FileHasher;
use super::hmac_panel::HmacPanel;
use super::text_hasher::TextHasher;
use crate::core::hash::{InputEncoding, OutputEncoding};

/// The Hash tool: live digest of text, HMAC of the same text, and file hashing
/// with checksum verification. The message and the output encoding are shared.
#[component]
pub fn HashTool() -> Html {
    let text = use_state(String::new);
    let input_encoding = use_state(InputEncoding::default);
    let output_encoding = use_state(OutputEncoding::default);
    let on_text = {
        let text = text.clone();
        Callback::from(move |t: String| text.set(t))
    };
    let on_input_encoding = {
        let input_encoding = input_encoding.clone();
        Callback::from(move |e: InputEncoding| input_encoding.set(e))
    };
    let on_output_encoding = {
        let output_encoding = output_encoding.clone();
        Callback::from(move |e: OutputEncoding| output_encoding.set(e))
    };
    let message: AttrValue = (*text).clone().into();
    html! {
        <section class="panel hash-tool">
            <h2>{ "Hash" }</h2>
            <p class="lead">{ "SHA-2, SHA-3 and HMAC of text and files, computed in this page. Nothing is uploaded." }</p>
            <TextHasher text={message.clone()} input_encoding={*input_encoding}
                        output_encoding={*output_encoding} {on_text} {on_input_encoding}
                        {on_output_encoding} />
            <HmacPanel message={message} message_encoding={*input_encoding}
                       output_encoding={*output_encoding} />
            <FileHasher encoding={*output_encoding} />
        </section>
    }
}
