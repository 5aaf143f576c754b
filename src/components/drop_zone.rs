use web_sys::{File, HtmlInputElement};
use yew::prelude::*;

use crate::web::file_reader::files_of;

#[derive(Properties, PartialEq)]
pub struct DropZoneProps {
    /// Called with the picked or dropped files (never empty).
    pub on_files: Callback<Vec<File>>,
}

/// A file picker (`file-input`, several files allowed) that also accepts files
/// dropped anywhere on it.
#[component]
pub fn DropZone(props: &DropZoneProps) -> Html {
    let over = use_state(|| false);
    let emit = {
        let on_files = props.on_files.clone();
        move |files: Vec<File>| {
            if !files.is_empty() {
                on_files.emit(files);
            }
        }
    };
    let ondragover = {
        let over = over.clone();
        Callback::from(move |e: DragEvent| {
            // Without this the browser would open the file instead of dropping it here.
            e.prevent_default();
            over.set(true);
        })
    };
    let ondragleave = {
        let over = over.clone();
        Callback::from(move |_: DragEvent| over.set(false))
    };
    let ondrop = {
        let over = over.clone();
        let emit = emit.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(false);
            if let Some(list) = e.data_transfer().and_then(|d| d.files()) {
                emit(files_of(&list));
            }
        })
    };
    let onchange = Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        if let Some(list) = input.files() {
            emit(files_of(&list));
        }
    });
    html! {
        <div class={classes!("drop-zone", (*over).then_some("drag-over"))}
             data-testid="file-drop" {ondragover} {ondragleave} {ondrop}>
            <label for="file-input" class="drop-label">{ "Choose files to hash" }</label>
            <input type="file" id="file-input" data-testid="file-input" multiple=true
                   aria-describedby="file-drop-hint" {onchange} />
            <p id="file-drop-hint" class="meta">
                { "…or drop them here. Files are read in small chunks inside this page and never uploaded." }
            </p>
        </div>
    }
}
