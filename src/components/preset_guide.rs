use yew::prelude::*;

use crate::core::token::Preset;

#[derive(Properties, PartialEq)]
pub struct PresetGuideProps {
    pub preset: Preset,
}

/// The chosen preset's short guide: what it is for, lifetime, storage, what to avoid.
#[component]
pub fn PresetGuide(props: &PresetGuideProps) -> Html {
    html! {
        <aside class="preset-guide" data-testid="preset-guide" aria-labelledby="preset-guide-title">
            <h3 id="preset-guide-title">{ format!("Guide: {}", props.preset.label()) }</h3>
            <dl>
                { for props.preset.guide().items().iter().map(|(heading, text)| html! {
                    <>
                        <dt>{ *heading }</dt>
                        <dd>{ *text }</dd>
                    </>
                }) }
            </dl>
        </aside>
    }
}
