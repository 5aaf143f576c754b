use yew::prelude::*;

use super::coming_soon::ComingSoon;

/// The QR code tool (being built).
#[component]
pub fn QrTool() -> Html {
    html! { <ComingSoon tool="QR code" what="QR codes for a token, text or a link, as SVG and PNG" /> }
}
