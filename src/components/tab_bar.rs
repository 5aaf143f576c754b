use yew::prelude::*;

/// The tools the page offers.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tab {
    Token,
    Hash,
    Qr,
    Jwt,
}

impl Tab {
    pub const ALL: [Tab; 4] = [Tab::Token, Tab::Hash, Tab::Qr, Tab::Jwt];

    pub fn id(self) -> &'static str {
        match self {
            Tab::Token => "token",
            Tab::Hash => "hash",
            Tab::Qr => "qr",
            Tab::Jwt => "jwt",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Tab::Token => "Token",
            Tab::Hash => "Hash",
            Tab::Qr => "QR code",
            Tab::Jwt => "JWT",
        }
    }

    /// The neighbouring tab for arrow-key navigation, wrapping around.
    fn step(self, forward: bool) -> Tab {
        let i = Tab::ALL.iter().position(|t| *t == self).unwrap_or(0);
        let n = Tab::ALL.len();
        Tab::ALL[if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }]
    }
}

#[derive(Properties, PartialEq)]
pub struct TabBarProps {
    pub active: Tab,
    pub on_select: Callback<Tab>,
}

/// WAI-ARIA tabs: click or Left/Right/Home/End to switch.
#[component]
pub fn TabBar(props: &TabBarProps) -> Html {
    let onkeydown = {
        let on_select = props.on_select.clone();
        let active = props.active;
        Callback::from(move |e: KeyboardEvent| {
            let next = match e.key().as_str() {
                "ArrowRight" => Some(active.step(true)),
                "ArrowLeft" => Some(active.step(false)),
                "Home" => Some(Tab::ALL[0]),
                "End" => Some(Tab::ALL[Tab::ALL.len() - 1]),
                _ => None,
            };
            if let Some(tab) = next {
                e.prevent_default();
                on_select.emit(tab);
                focus_tab(tab);
            }
        })
    };
    html! {
        <nav class="tabs" role="tablist" aria-label="Tools" {onkeydown}>
            { for Tab::ALL.iter().map(|&tab| {
                let selected = tab == props.active;
                let onclick = props.on_select.reform(move |_| tab);
                html! {
                    <button type="button" class="tab" role="tab"
                        id={format!("tab-{}", tab.id())}
                        data-testid={format!("tab-{}", tab.id())}
                        aria-selected={selected.to_string()}
                        aria-controls={format!("panel-{}", tab.id())}
                        tabindex={if selected { "0" } else { "-1" }}
                        {onclick}>
                        { tab.label() }
                    </button>
                }
            }) }
        </nav>
    }
}

fn focus_tab(tab: Tab) {
    crate::web::dom::focus_by_id(&format!("tab-{}", tab.id()));
}
