//! Mounts the Clean-DM page. The page only exists in the browser (wasm32).

#[cfg(target_arch = "wasm32")]
fn main() {
    clean_dm::web::dom::guard_against_stray_file_drops();
    yew::Renderer::<clean_dm::components::app::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Clean-DM is a web page: run `scripts/serve.sh` and open http://127.0.0.1:8080");
}
