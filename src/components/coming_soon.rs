use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComingSoonProps {
    pub tool: AttrValue,
    pub what: AttrValue,
}

/// An honest placeholder for a tool that is not built yet: nothing here pretends to work.
#[component]
pub fn ComingSoon(props: &ComingSoonProps) -> Html {
    html! {
        <section class="panel">
            <h2>{ &props.tool }</h2>
            <p class="notice">
                { format!("Coming soon: {}. This tool is not available yet.", props.what) }
            </p>
        </section>
    }
}
