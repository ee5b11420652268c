//! The notice of a catalogue whose sources did not all come through: each source that failed and why, in the
//! learner's words, and each course left out; the other sources' courses show beside it.

use leptos::prelude::*;

use crate::domain::sources::Source;
use crate::edge::catalog::{LoadError, Sources};
use crate::edge::http::FetchError;
use crate::i18n::{t, t_args};
use crate::ui::state::Languages;

/// What the learner calls a source: its catalogue's title, else its address.
pub fn source_name(prefs: &Languages, source: &Source<LoadError>) -> String {
    match &source.title {
        Some(title) => prefs.pick(title, "").text,
        None => source.url.clone(),
    }
}

/// Why source `name` cannot be used, in the learner's words.
pub fn source_problem(name: &str, e: &LoadError) -> String {
    let source = ("source", name.into());
    match e {
        LoadError::Fetch(FetchError::Network { .. }) => {
            t_args("catalog-source-unreachable", &[source])
        }
        LoadError::Fetch(FetchError::Status { status, .. }) => t_args(
            "catalog-source-status",
            &[source, ("status", status.to_string().into())],
        ),
        LoadError::Fetch(FetchError::TooLarge { limit, .. }) => t_args(
            "catalog-source-too-large",
            &[source, ("limit", limit.as_str().into())],
        ),
        LoadError::Package(_) | LoadError::Every(_) => t_args(
            "catalog-source-invalid",
            &[source, ("detail", e.to_string().into())],
        ),
    }
}

/// The notice (`data-testid="source-notice"`), when a source failed or a course was left out.
pub fn source_notice(sources: &Sources) -> Option<impl IntoView> {
    let prefs = Languages::expect();
    let mut lines: Vec<(String, String)> = Vec::new();
    for s in &sources.sources {
        if let Some(e) = &s.error {
            lines.push((s.url.clone(), source_problem(&source_name(&prefs, s), e)));
        }
    }
    for (i, entry) in &sources.left_out {
        let source = &sources.sources[*i];
        let title = prefs.pick(&entry.title, entry.languages.first().map_or("", |l| l));
        let line = t_args(
            "catalog-source-left-out",
            &[
                ("course", title.text.into()),
                ("source", source_name(&prefs, source).into()),
                ("id", entry.id.as_str().into()),
            ],
        );
        lines.push((source.url.clone(), line));
    }
    (!lines.is_empty()).then(|| {
        view! {
            <div class="catalog-rejected" data-testid="source-notice" role="status">
                <p>{t("catalog-source-notice")}</p>
                <ul>
                    {lines
                        .into_iter()
                        .map(|(url, line)| view! { <li data-source-url=url dir="auto">{line}</li> })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}
