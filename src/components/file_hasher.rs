use std::rc::Rc;

use web_sys::{File, HtmlInputElement, HtmlTextAreaElement};
use yew::platform::spawn_local;
use yew::prelude::*;

use super::drop_zone::DropZone;
use super::file_result::{FileResult, FileStatus};
use super::progress_bar::{format_bytes, format_rate, ProgressBar};
use crate::core::hash::{HashAlgorithm, OutputEncoding};
use crate::web::file_reader::{blob_len, hash_blob, CancelFlag, ReadError};

#[derive(Clone, PartialEq, Debug)]
struct FileRow {
    name: AttrValue,
    size: u64,
    status: FileStatus,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
enum Phase {
    #[default]
    Idle,
    Running,
    Finished,
    Cancelled,
}

/// The files being hashed and how far the work is. Actions carry the job number
/// they belong to, so late messages from a replaced or cancelled job are ignored.
#[derive(Clone, PartialEq, Debug, Default)]
struct Jobs {
    job: u32,
    rows: Vec<FileRow>,
    phase: Phase,
    current: usize,
    /// Bytes of the files already finished, plus bytes read of the current one.
    finished_bytes: u64,
    current_bytes: u64,
    started_ms: f64,
    now_ms: f64,
}

enum JobAction {
    Start {
        job: u32,
        rows: Vec<FileRow>,
        now: f64,
    },
    Begin {
        job: u32,
        index: usize,
    },
    Progress {
        job: u32,
        done: u64,
        now: f64,
    },
    Done {
        job: u32,
        index: usize,
        digests: Vec<(HashAlgorithm, Vec<u8>)>,
        now: f64,
    },
    Failed {
        job: u32,
        index: usize,
        message: String,
        now: f64,
    },
    Finished {
        job: u32,
        now: f64,
    },
    Cancelled {
        job: u32,
        now: f64,
    },
}

impl JobAction {
    fn job(&self) -> u32 {
        match self {
            Self::Start { job, .. }
            | Self::Begin { job, .. }
            | Self::Progress { job, .. }
            | Self::Done { job, .. }
            | Self::Failed { job, .. }
            | Self::Finished { job, .. }
            | Self::Cancelled { job, .. } => *job,
        }
    }
}

impl Jobs {
    fn set_status(&mut self, index: usize, status: FileStatus) {
        if let Some(row) = self.rows.get_mut(index) {
            row.status = status;
        }
    }

    fn finish_file(&mut self, index: usize, status: FileStatus, now: f64) {
        let size = self.rows.get(index).map_or(0, |r| r.size);
        self.set_status(index, status);
        self.finished_bytes = self.finished_bytes.saturating_add(size);
        self.current_bytes = 0;
        self.now_ms = now;
    }

    fn total_bytes(&self) -> u64 {
        self.rows.iter().map(|r| r.size).sum()
    }

    fn done_bytes(&self) -> u64 {
        self.finished_bytes.saturating_add(self.current_bytes)
    }

    fn elapsed_ms(&self) -> f64 {
        (self.now_ms - self.started_ms).max(0.0)
    }
}

impl Reducible for Jobs {
    type Action = JobAction;

    fn reduce(self: Rc<Self>, action: JobAction) -> Rc<Self> {
        if let JobAction::Start { job, rows, now } = action {
            return Rc::new(Jobs {
                job,
                rows,
                phase: Phase::Running,
                started_ms: now,
                now_ms: now,
                ..Jobs::default()
            });
        }
        if action.job() != self.job || self.phase != Phase::Running {
            return self;
        }
        let mut next = (*self).clone();
        match action {
            JobAction::Start { .. } => {}
            JobAction::Begin { index, .. } => {
                next.current = index;
                next.set_status(index, FileStatus::Hashing);
            }
            JobAction::Progress { done, now, .. } => {
                next.current_bytes = done;
                next.now_ms = now;
            }
            JobAction::Done {
                index,
                digests,
                now,
                ..
            } => next.finish_file(index, FileStatus::Done(Rc::new(digests)), now),
            JobAction::Failed {
                index,
                message,
                now,
                ..
            } => next.finish_file(index, FileStatus::Failed(message), now),
            JobAction::Finished { now, .. } => {
                next.phase = Phase::Finished;
                next.now_ms = now;
            }
            JobAction::Cancelled { now, .. } => {
                next.phase = Phase::Cancelled;
                next.now_ms = now;
                for row in &mut next.rows {
                    if matches!(row.status, FileStatus::Waiting | FileStatus::Hashing) {
                        row.status = FileStatus::Cancelled;
                    }
                }
            }
        }
        Rc::new(next)
    }
}

fn seconds(ms: f64) -> String {
    format!("{} s", crate::core::numfmt::fixed(ms / 1000.0, 1))
}

#[derive(Properties, PartialEq)]
pub struct FileHasherProps {
    /// How digests are written (shared with the text hasher).
    pub encoding: OutputEncoding,
}

/// Hashes picked or dropped files in chunks with one or several algorithms in one
/// pass, with progress, speed, cancel, and a check against a pasted checksum.
#[component]
pub fn FileHasher(props: &FileHasherProps) -> Html {
    let jobs = use_reducer(Jobs::default);
    let algorithms = use_state(|| vec![HashAlgorithm::Sha256]);
    let expected = use_state(String::new);
    let files = use_state(|| Rc::new(Vec::<File>::new()));
    let cancel = use_mut_ref(CancelFlag::new);
    let job_counter = use_mut_ref(|| 0u32);

    let run = {
        let dispatcher = jobs.dispatcher();
        let cancel = cancel.clone();
        let job_counter = job_counter.clone();
        Callback::from(move |(list, algs): (Vec<File>, Vec<HashAlgorithm>)| {
            cancel.borrow().cancel();
            let flag = CancelFlag::new();
            *cancel.borrow_mut() = flag.clone();
            let job = {
                let mut n = job_counter.borrow_mut();
                *n = n.wrapping_add(1);
                *n
            };
            let rows = list
                .iter()
                .map(|f| FileRow {
                    name: f.name().into(),
                    size: blob_len(f),
                    status: FileStatus::Waiting,
                })
                .collect();
            let now = js_sys::Date::now;
            dispatcher.dispatch(JobAction::Start {
                job,
                rows,
                now: now(),
            });
            let dispatcher = dispatcher.clone();
            spawn_local(async move {
                for (index, file) in list.iter().enumerate() {
                    dispatcher.dispatch(JobAction::Begin { job, index });
                    let progress = dispatcher.clone();
                    let result = hash_blob(file, &algs, &flag, move |done| {
                        progress.dispatch(JobAction::Progress {
                            job,
                            done,
                            now: now(),
                        })
                    })
                    .await;
                    match result {
                        Ok(digests) => dispatcher.dispatch(JobAction::Done {
                            job,
                            index,
                            digests,
                            now: now(),
                        }),
                        Err(ReadError::Cancelled) => {
                            dispatcher.dispatch(JobAction::Cancelled { job, now: now() });
                            return;
                        }
                        Err(e) => dispatcher.dispatch(JobAction::Failed {
                            job,
                            index,
                            message: e.to_string(),
                            now: now(),
                        }),
                    }
                }
                dispatcher.dispatch(JobAction::Finished { job, now: now() });
            });
        })
    };

    let on_files = {
        let run = run.clone();
        let files = files.clone();
        let algorithms = algorithms.clone();
        Callback::from(move |list: Vec<File>| {
            files.set(Rc::new(list.clone()));
            if !algorithms.is_empty() {
                run.emit((list, (*algorithms).clone()));
            }
        })
    };
    let on_rehash = {
        let run = run.clone();
        let files = files.clone();
        let algorithms = algorithms.clone();
        Callback::from(move |_: MouseEvent| {
            let list = (**files).clone();
            if !list.is_empty() && !algorithms.is_empty() {
                run.emit((list, (*algorithms).clone()));
            }
        })
    };
    let on_cancel = {
        let cancel = cancel.clone();
        let dispatcher = jobs.dispatcher();
        let job_counter = job_counter.clone();
        Callback::from(move |_: MouseEvent| {
            cancel.borrow().cancel();
            dispatcher.dispatch(JobAction::Cancelled {
                job: *job_counter.borrow(),
                now: js_sys::Date::now(),
            });
        })
    };
    let on_expected = {
        let expected = expected.clone();
        Callback::from(move |e: InputEvent| {
            expected.set(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };

    let running = jobs.phase == Phase::Running;
    let have_files = !files.is_empty();
    let total = jobs.total_bytes();
    let done = jobs.done_bytes();
    let count = jobs.rows.len();
    let status = match jobs.phase {
        Phase::Idle => String::new(),
        Phase::Running => {
            let name = jobs
                .rows
                .get(jobs.current)
                .map(|r| r.name.to_string())
                .unwrap_or_default();
            format!("Hashing file {} of {count}: {name}", jobs.current + 1)
        }
        Phase::Finished => format!(
            "Done: {count} file{} ({}) in {}{}.",
            if count == 1 { "" } else { "s" },
            format_bytes(total),
            seconds(jobs.elapsed_ms()),
            format_rate(done, jobs.elapsed_ms())
                .map(|r| format!(", {r}"))
                .unwrap_or_default()
        ),
        Phase::Cancelled => format!(
            "Cancelled after {} of {}.",
            format_bytes(done),
            format_bytes(total)
        ),
    };
    let status_class = match jobs.phase {
        Phase::Finished => "finished",
        Phase::Cancelled => "cancelled",
        _ => "working",
    };
    let expected_text: AttrValue = (*expected).clone().into();

    html! {
        <section class="hash-section" aria-labelledby="hash-files-heading">
            <h3 id="hash-files-heading">{ "Files" }</h3>
            <fieldset class="alg-choices">
                <legend>{ "Algorithms (all computed in one pass over the file)" }</legend>
                { for HashAlgorithm::all().iter().map(|&alg| {
                    let checked = algorithms.contains(&alg);
                    let onchange = {
                        let algorithms = algorithms.clone();
                        Callback::from(move |e: Event| {
                            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                            let next: Vec<HashAlgorithm> = HashAlgorithm::all()
                                .iter()
                                .copied()
                                .filter(|a| if *a == alg { on } else { algorithms.contains(a) })
                                .collect();
                            algorithms.set(next);
                        })
                    };
                    let id = format!("file-alg-{}", alg.id());
                    html! {
                        <label class="check" for={id.clone()}>
                            <input type="checkbox" id={id.clone()} data-testid={id} {checked} {onchange} />
                            { alg.label() }
                            if alg.is_legacy() { <span class="legacy-tag">{ "legacy" }</span> }
                        </label>
                    }
                }) }
            </fieldset>
            if algorithms.is_empty() {
                <p class="error" role="alert" data-testid="file-error">{ "Pick at least one algorithm to hash files with." }</p>
            }
            <DropZone {on_files} />
            <div class="field">
                <label for="expected-digest">{ "Expected checksum (optional)" }</label>
                <textarea id="expected-digest" data-testid="expected-digest" rows="2"
                          spellcheck="false" autocomplete="off"
                          placeholder="e.g. sha256:9f86d0…, or a whole line from sha256sum / SHA256SUMS"
                          value={expected_text.clone()} oninput={on_expected} />
            </div>
            if have_files || jobs.phase != Phase::Idle {
                <div class="progress-row">
                    if jobs.phase != Phase::Idle {
                        <ProgressBar id="file-progress" label="Progress" done={done} total={total}
                                     elapsed_ms={jobs.elapsed_ms()} />
                    }
                    <div class="progress-actions">
                        <button type="button" class="secondary" data-testid="file-cancel"
                                disabled={!running} onclick={on_cancel}>{ "Cancel" }</button>
                        <button type="button" class="secondary" data-testid="file-rehash"
                                disabled={running || !have_files || algorithms.is_empty()} onclick={on_rehash}>
                            { "Hash again" }
                        </button>
                    </div>
                </div>
            }
            <p class={classes!("status", "file-status", status_class)} role="status" aria-live="polite" data-testid="file-status">{ status }</p>
            if !jobs.rows.is_empty() {
                <ul class="file-results" aria-label="Hashed files">
                    { for jobs.rows.iter().enumerate().map(|(index, row)| html! {
                        <FileResult key={index} name={row.name.clone()} size={row.size}
                                    status={row.status.clone()} encoding={props.encoding}
                                    expected={expected_text.clone()} {index} />
                    }) }
                </ul>
            }
        </section>
    }
}
