use yew::prelude::*;

#[component]
pub fn SiteHeader() -> Html {
    html! {
        <header class="site-header">
            <svg class="logo" viewBox="0 0 32 32" aria-hidden="true">
                <rect width="32" height="32" rx="6" fill="#0f766e" />
                <path d="M9 14h14v11H9z" fill="#fff" />
                <path d="M12 14v-3a4 4 0 0 1 8 0v3" stroke="#fff" stroke-width="2.5" fill="none" />
                <circle cx="16" cy="19.5" r="1.8" fill="#0f766e" />
            </svg>
            <div>
                <h1>{ "Clean-DM" }</h1>
                <p class="tagline">{ "Secure tokens, made in your browser. Nothing you generate leaves this page." }</p>
            </div>
        </header>
    }
}
