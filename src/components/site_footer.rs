use yew::prelude::*;

#[component]
pub fn SiteFooter() -> Html {
    html! {
        <footer class="site-footer">
            <p>
                { "Every random byte comes from your browser's " }
                <code>{ "crypto.getRandomValues" }</code>
                { ". The page makes no network requests after it loads and stores no secrets." }
            </p>
        </footer>
    }
}
