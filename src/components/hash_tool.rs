use yew::prelude::*;

use super::coming_soon::ComingSoon;

/// The Hash tool (being built).
#[component]
pub fn HashTool() -> Html {
    html! { <ComingSoon tool="Hash" what="SHA-2, SHA-3 and HMAC of text and files" /> }
}
