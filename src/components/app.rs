use yew::prelude::*;

use super::coming_soon::ComingSoon;
use super::hash_tool::HashTool;
use super::qr_tool::QrTool;
use super::shared_token::{use_shared_token_state, SharedToken};
use super::site_footer::SiteFooter;
use super::site_header::SiteHeader;
use super::tab_bar::{Tab, TabBar};
use super::token_tool::TokenTool;

/// The whole page: header, tool tabs, the tools, footer. Every tool stays mounted
/// (inactive ones are hidden) so switching tabs loses no settings or results.
#[component]
pub fn App() -> Html {
    let active = use_state(|| Tab::Token);
    let on_select = {
        let active = active.clone();
        Callback::from(move |tab: Tab| active.set(tab))
    };
    let shared = use_shared_token_state();
    let panel = |tab: Tab, body: Html| {
        html! {
            <section id={format!("panel-{}", tab.id())} role="tabpanel"
                     aria-labelledby={format!("tab-{}", tab.id())} hidden={*active != tab}>
                { body }
            </section>
        }
    };
    html! {
        <ContextProvider<SharedToken> context={shared}>
            <div class="app">
                <SiteHeader />
                <TabBar active={*active} {on_select} />
                <main>
                    { panel(Tab::Token, html! { <TokenTool /> }) }
                    { panel(Tab::Hash, html! { <HashTool /> }) }
                    { panel(Tab::Qr, html! { <QrTool /> }) }
                    { panel(Tab::Jwt, html! {
                        <ComingSoon tool="JWT" what="building and verifying HMAC-signed JSON Web Tokens" />
                    }) }
                </main>
                <SiteFooter />
            </div>
        </ContextProvider<SharedToken>>
    }
}
