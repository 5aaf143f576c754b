use yew::prelude::*;

use super::coming_soon::ComingSoon;
use super::site_footer::SiteFooter;
use super::site_header::SiteHeader;
use super::tab_bar::{Tab, TabBar};
use super::token_tool::TokenTool;

/// The whole page: header, tool tabs, the active tool, footer.
#[component]
pub fn App() -> Html {
    let active = use_state(|| Tab::Token);
    let on_select = {
        let active = active.clone();
        Callback::from(move |tab: Tab| active.set(tab))
    };
    let panel = match *active {
        Tab::Token => html! { <TokenTool /> },
        Tab::Hash => {
            html! { <ComingSoon tool="Hash" what="SHA-2, SHA-3 and HMAC of text and files" /> }
        }
        Tab::Qr => {
            html! { <ComingSoon tool="QR code" what="QR codes for a token, text or a link, as SVG and PNG" /> }
        }
        Tab::Jwt => {
            html! { <ComingSoon tool="JWT" what="building and verifying HMAC-signed JSON Web Tokens" /> }
        }
    };
    html! {
        <div class="app">
            <SiteHeader />
            <TabBar active={*active} {on_select} />
            <main id={format!("panel-{}", active.id())} role="tabpanel"
                  aria-labelledby={format!("tab-{}", active.id())}>
                { panel }
            </main>
            <SiteFooter />
        </div>
    }
}
