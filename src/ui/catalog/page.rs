//! The catalogue: every course of the alliance, searchable by title, summary and provider in any language, and
//! filterable by language; it draws a step of cards at a time. Search and filter live in the URL (`/?q=stat&in=zh-CN`)
//! so a filtered list can be shared (`?lang=` is the interface language).

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use super::course_card::CourseCard;
use super::notice::source_notice;
use crate::domain::catalog_search;
use crate::domain::lang::{base, pick};
use crate::domain::package::{Catalog, CatalogEntry};
use crate::edge::catalog::{usable, Sources};
use crate::i18n::{lowercase, t, t_args};
use crate::ui::error_view::ErrorView;
use crate::ui::state::{CatalogCtx, CatalogPages, Languages};

/// How many more cards a step of the list shows: the list grows as the learner scrolls, so a catalogue of
/// thousands draws only what is near the screen.
pub const STEP: usize = 48;

/// The most cards drawn at once: the list is a window of the matching courses that moves as the learner scrolls,
/// so the page stays the same size (and as fast to lay out) at the 5,000th course as at the first.
pub const WINDOW: usize = 4 * STEP;

/// Cards added or removed in one frame while the window moves. Like [`STEP`] and [`WINDOW`], a multiple of 6, so the
/// grid's rows (1 to 3 columns: `main` is at most 76rem wide) stay whole and no card changes column.
const FRAME_CARDS: usize = 6;

/// Positions `start..end` of the matching courses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const FIRST: Span = Span {
        start: 0,
        end: STEP,
    };

    /// One step further down a list of `len` courses (a step past its end, for courses on their way); the start
    /// follows to keep at most [`WINDOW`].
    pub fn later(self, len: usize) -> Span {
        let end = self.end.min(len) + STEP;
        Span {
            start: self.start.max(end.saturating_sub(WINDOW)),
            end,
        }
    }

    /// One step further up; the end follows to keep at most [`WINDOW`].
    pub fn earlier(self) -> Span {
        let start = self.start.saturating_sub(STEP);
        Span {
            start,
            end: self.end.min(start + WINDOW),
        }
    }

    /// At most [`FRAME_CARDS`] from `self` towards `to` at each end.
    fn towards(self, to: Span) -> Span {
        let near = |from: usize, to: usize| {
            if from < to {
                (from + FRAME_CARDS).min(to)
            } else {
                from.saturating_sub(FRAME_CARDS).max(to)
            }
        };
        Span {
            start: near(self.start, to.start),
            end: near(self.end, to.end),
        }
    }
}

/// The positions of the courses matching a search's `words` (each in a title, summary or provider, in any language;
/// [`catalog_search::query_words`]) and a language filter (a language or its base: `zh` keeps `zh-CN`); `texts` are
/// the courses' search texts ([`catalog_search::search_texts`]), needed only when there are words.
pub fn filter_courses<'a>(
    entries: impl Iterator<Item = &'a CatalogEntry>,
    texts: &[String],
    words: &[String],
    language: &str,
) -> Vec<usize> {
    entries
        .enumerate()
        .filter(|(i, c)| {
            (words.is_empty()
                || texts
                    .get(*i)
                    .is_some_and(|t| catalog_search::matches(t, words)))
                && (language.is_empty()
                    || c.languages
                        .iter()
                        .any(|l| l == language || base(l) == language))
        })
        .map(|(i, _)| i)
        .collect()
}

/// Every language any course is offered in (a catalogue in pages names those of its pages), sorted by its name.
pub fn catalog_languages(catalog: &Catalog) -> Vec<String> {
    let mut langs: Vec<String> = catalog
        .courses
        .iter()
        .flat_map(|c| c.languages.iter().cloned())
        .chain(
            catalog
                .more
                .iter()
                .flat_map(|m| m.languages.iter().cloned()),
        )
        .collect();
    langs.sort();
    langs.dedup();
    langs.sort_by_key(|l| lowercase(&crate::i18n::own_name(l)));
    langs
}

#[component]
pub fn CatalogPage() -> impl IntoView {
    let catalog = CatalogCtx::expect();
    view! {
        <section class="catalog-page">
            <Suspense fallback=|| view! { <p class="loading">{t("loading")}</p> }>
                {move || catalog.0.get().map(|sources| match usable(&sources) {
                    Ok(_) => view! { <CatalogList sources/> }.into_any(),
                    Err(e) => view! { <ErrorView title=t("error-catalog") detail=e.to_string()/> }.into_any(),
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn CatalogList(sources: Arc<Sources>) -> impl IntoView {
    let catalog = Arc::new(sources.catalog.clone());
    let query = use_query_map();
    let navigate = use_navigate();
    let search = Memo::new(move |_| query.read().get("q").unwrap_or_default());
    let language = Memo::new(move |_| query.read().get("in").unwrap_or_default());
    let set_query = move |q: String, l: String| {
        let mut parts = vec![];
        if !q.is_empty() {
            parts.push(format!("q={}", js_sys::encode_uri_component(&q)));
        }
        if !l.is_empty() {
            parts.push(format!("in={}", js_sys::encode_uri_component(&l)));
        }
        let url = if parts.is_empty() {
            "/".to_string()
        } else {
            format!("/?{}", parts.join("&"))
        };
        navigate(
            &url,
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let prefs = Languages::expect();
    let heading = catalog_heading(&catalog, &prefs);
    crate::ui::a11y::screen_shown(&[heading.map(|(_, s)| s).unwrap_or_default()], None);
    let pages = CatalogPages::expect();
    // A search or a filter covers every page of a catalogue in pages.
    let every_page = {
        let catalog = catalog.clone();
        move |q: &str, l: &str| {
            if (!q.trim().is_empty() || !l.is_empty()) && pages.more(&catalog) {
                let catalog = catalog.clone();
                leptos::task::spawn_local(async move { pages.load_all(&catalog).await });
            }
        }
    };
    every_page(&search.get_untracked(), &language.get_untracked());
    let notice = source_notice(&sources).map(|n| n.into_any());
    view! {
        <CatalogView
            catalog
            notice
            pages
            search=search.into()
            language=language.into()
            on_query=Callback::new(move |(q, l): (String, String)| {
                every_page(&q, &l);
                set_query(q, l)
            })
        />
    }
}

/// The catalogue's name in the learner's language, and that language.
fn catalog_heading(catalog: &Catalog, prefs: &Languages) -> Option<(String, String)> {
    catalog.title.as_ref().and_then(|title| {
        pick(title, &prefs.chain(), "en").map(|(l, s)| (l.to_string(), s.to_string()))
    })
}

/// The catalogue for a search and a language filter; `on_query` is told the search and filter the learner sets.
/// Needs no browser to render: the first screen is also rendered by `alliance-pack prerender` into `index.html`.
#[component]
pub fn CatalogView(
    catalog: Arc<Catalog>,
    /// What went wrong with some of the catalogue's sources, if anything did.
    #[prop(optional_no_strip)]
    notice: Option<AnyView>,
    /// The courses of its pages loaded so far.
    pages: CatalogPages,
    search: Signal<String>,
    language: Signal<String>,
    on_query: Callback<(String, String)>,
) -> impl IntoView {
    let prefs = Languages::expect();
    let heading = catalog_heading(&catalog, &prefs);
    let languages = catalog_languages(&catalog);
    let total = catalog.more.as_ref().map_or(0, |m| m.count as usize);
    let rejected: Vec<String> = catalog.rejected.iter().map(|e| e.to_string()).collect();
    // Which of the matching courses are to be drawn (`wanted`) and are drawn (`shown`); back to the first step when
    // the learner changes the search. The window moves over a few frames, `FRAME_CARDS` a frame: laying out 48 more
    // cards at once took frames of over 40 ms, and a page of thousands of cards over 80 ms.
    let wanted = RwSignal::new(Span::FIRST);
    let shown = RwSignal::new(Span::FIRST);
    let grid = NodeRef::<leptos::html::Ul>::new();
    let window = Window {
        wanted,
        shown,
        grid,
    };
    let own = catalog.courses.len();
    let cat = catalog.clone();
    // A cache of the courses' search texts: folded when a search first needs them (a list only scrolled never
    // folds any), then as pages arrive, a page's worth in one go. What the list shows depends only on the courses,
    // the search and the filter.
    let texts = StoredValue::new(Vec::<String>::new());
    let visible = Memo::new(move |_| {
        let words = search.with(|q| catalog_search::query_words(q, lowercase));
        pages.courses.with(|paged| {
            let entries = || cat.courses.iter().chain(paged.iter());
            if !words.is_empty() {
                texts.update_value(|t| {
                    let have = t.len();
                    t.extend(catalog_search::search_texts(
                        entries().skip(have),
                        lowercase,
                    ));
                });
            }
            texts.with_value(|t| filter_courses(entries(), t, &words, &language.get()))
        })
    });
    let entry = {
        let catalog = catalog.clone();
        move |i: usize| {
            if i < own {
                catalog.courses[i].clone()
            } else {
                pages.courses.with_untracked(|p| p[i - own].clone())
            }
        }
    };
    // One more step of the list; a catalogue in pages fetches its next page when the list nears its end.
    let step = {
        let catalog = catalog.clone();
        move || {
            let len = visible.with_untracked(Vec::len);
            window.move_to(wanted.get_untracked().later(len));
            if wanted.get_untracked().end + STEP > len && pages.more(&catalog) {
                let catalog = catalog.clone();
                leptos::task::spawn_local(async move {
                    pages.load_next(&catalog).await;
                });
            }
        }
    };
    let on_query = move |q: (String, String)| {
        wanted.set(Span::FIRST);
        shown.set(Span::FIRST);
        on_query.run(q);
    };
    let more = NodeRef::<leptos::html::Button>::new();
    let more_pages = {
        let catalog = catalog.clone();
        move || {
            pages.loaded.track();
            pages.more(&catalog)
        }
    };
    let step2 = step.clone();
    when_near_screen(more, step2);
    let earlier = NodeRef::<leptos::html::Button>::new();
    let back = move || window.move_to(wanted.get_untracked().earlier());
    when_near_screen(earlier, back);

    view! {
        <div data-testid="catalog" class="catalog">
            <h1 tabindex="-1" data-heading="">
                {match heading {
                    Some((l, s)) => view! { <span lang=l>{s}</span> }.into_any(),
                    None => t("catalog-heading").into_any(),
                }}
            </h1>
            <div class="catalog-filters" role="search">
                <label class="field">
                    <span>{t("catalog-search-label")}</span>
                    <input
                        type="search"
                        data-testid="catalog-search"
                        placeholder=t("catalog-search-placeholder")
                        prop:value=search
                        on:input=move |ev| on_query((event_target_value(&ev), language.get_untracked()))
                    />
                </label>
                <label class="field">
                    <span>{t("catalog-language-label")}</span>
                    <select
                        data-testid="language-filter"
                        prop:value=language
                        on:change=move |ev| on_query((search.get_untracked(), event_target_value(&ev)))
                    >
                        <option value="">{t("catalog-language-any")}</option>
                        {languages
                            .into_iter()
                            .map(|l| view! { <option value=l.clone() lang=l.clone()>{crate::i18n::own_name(&l)}</option> })
                            .collect_view()}
                    </select>
                </label>
            </div>
            <p class="catalog-count" aria-live="polite">
                {move || {
                    // Unfiltered, a catalogue in pages counts its pages' courses too.
                    let matching = visible.with(Vec::len);
                    let all = search.with(String::is_empty) && language.with(String::is_empty);
                    let count = if all { total.max(matching) } else { matching };
                    t_args("catalog-count", &[("count", count.into())])
                }}
            </p>
            {notice}
            <button
                node_ref=earlier
                class="button catalog-more"
                data-testid="catalog-earlier"
                hidden=move || wanted.get().start == 0
                on:click=move |_| back()
            >
                {t("catalog-earlier")}
            </button>
            <ul class="course-grid" node_ref=grid>
                // Keyed by position in the catalogue: a step of the list draws only its new cards (a plain list
                // redrew every card shown: over a second per step with thousands).
                <For
                    each=move || {
                        let Span { start, end } = shown.get();
                        visible.with(|v| v.iter().skip(start).take(end.saturating_sub(start)).copied().collect::<Vec<_>>())
                    }
                    key=|i| *i
                    let(i)
                >
                    <CourseCard entry=entry(i)/>
                </For>
            </ul>
            <button
                node_ref=more
                class="button catalog-more"
                data-testid="catalog-more"
                hidden=move || visible.with(|v| v.len() <= wanted.get().end) && !more_pages()
                on:click=move |_| step()
            >
                {t("catalog-more")}
            </button>
            {move || visible.with(|v| v.is_empty()).then(|| view! { <p class="catalog-empty">{t("catalog-empty")}</p> })}
            {move || pages.busy().then(|| view! {
                <p class="catalog-loading" role="status">{t("catalog-loading-more")}</p>
            })}
            {move || {
                // The catalogue's own entries that did not parse, then its pages' (as they load).
                let errors: Vec<String> = rejected.iter().cloned().chain(pages.errors.get()).collect();
                (!errors.is_empty()).then(|| view! {
                    <div class="catalog-rejected" data-testid="catalog-rejected" role="note">
                        <p>{t_args("catalog-rejected", &[("count", errors.len().into())])}</p>
                        <ul>{errors.into_iter().map(|e| view! { <li><code>{e}</code></li> }).collect_view()}</ul>
                    </div>
                })
            }}
        </div>
    }
}

/// The window of the list: which cards are to be drawn, which are, and the list's element.
#[derive(Clone, Copy)]
struct Window {
    wanted: RwSignal<Span>,
    shown: RwSignal<Span>,
    grid: NodeRef<leptos::html::Ul>,
}

impl Window {
    /// Sets the window to be drawn to `to` and moves the drawn one towards it.
    fn move_to(self, to: Span) {
        let moving = self.shown.get_untracked() != self.wanted.get_untracked();
        self.wanted.set(to);
        if !moving {
            self.draw(0.0);
        }
    }

    /// Moves the drawn window [`FRAME_CARDS`] towards the wanted one at each end, then again at the next frame
    /// until they are one (stops if the list is gone). The first card on screen stays where it was: cards removed or
    /// added above it would move it, so the page scrolls by as much (the learner's own scrolling meanwhile is kept;
    /// `carry` is what the page could not scroll to the fraction of a pixel, made up at the next frame). The
    /// browser's `overflow-anchor` would do this too, but not in every browser, so it is off for the catalogue.
    fn draw(self, carry: f64) {
        leptos::task::spawn_local(async move {
            let (Some(want), Some(now)) = (
                self.wanted.try_get_untracked(),
                self.shown.try_get_untracked(),
            ) else {
                return;
            };
            if now == want {
                return;
            }
            let next = now.towards(want);
            // Only cards coming or going above move the ones on screen.
            let grid = self
                .grid
                .get_untracked()
                .filter(|_| next.start != now.start);
            let anchor = grid.as_ref().and_then(first_on_screen);
            let first = grid.as_ref().and_then(|g| g.first_element_child());
            self.shown.set(next);
            let mut carry = carry;
            if let (Some(grid), Some((card, top))) = (grid, anchor) {
                // The list is drawn again by a task the change woke: wait for it (a few turns at most).
                for _ in 0..16 {
                    if grid.first_element_child() != first {
                        break;
                    }
                    leptos::task::tick().await;
                }
                if card.is_connected() {
                    carry += card.get_bounding_client_rect().top() - top;
                    if carry.abs() >= 0.5 {
                        let w = window();
                        let before = w.scroll_y().unwrap_or_default();
                        w.scroll_by_with_x_and_y(0.0, carry);
                        carry -= w.scroll_y().unwrap_or_default() - before;
                        // More than a pixel left: the page could not scroll that far (its top or end), not rounding.
                        if carry.abs() >= 1.0 {
                            carry = 0.0;
                        }
                    }
                }
            }
            request_animation_frame(move || self.draw(carry));
        });
    }
}

/// The first card of `grid` on screen (at least partly) and its distance from the top of the screen.
fn first_on_screen(grid: &web_sys::HtmlUListElement) -> Option<(web_sys::Element, f64)> {
    let cards = grid.children();
    (0..cards.length())
        .filter_map(|i| cards.item(i))
        .map(|card| {
            let top = card.get_bounding_client_rect();
            (card, top.top(), top.bottom())
        })
        .find(|(_, _, bottom)| *bottom > 0.0)
        .map(|(card, top, _)| (card, top))
}

/// Calls `near` each time the element of `node` comes within a screen's height of being seen (the list then grows
/// before the learner reaches its end); the button stays for keyboards and assistive technology.
fn when_near_screen(node: NodeRef<leptos::html::Button>, near: impl Fn() + 'static) {
    use wasm_bindgen::{closure::Closure, JsCast};
    node.on_load(move |el| {
        let on_seen = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let seen = entries.iter().any(|e| {
                e.unchecked_into::<web_sys::IntersectionObserverEntry>()
                    .is_intersecting()
            });
            if seen {
                near();
            }
        });
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin("100% 0px");
        if let Ok(observer) = web_sys::IntersectionObserver::new_with_options(
            on_seen.as_ref().unchecked_ref(),
            &options,
        ) {
            observer.observe(&el);
            let keep = send_wrapper::SendWrapper::new((observer, on_seen));
            on_cleanup(move || keep.take().0.disconnect());
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::package::parse_catalog;
    use serde_json::json;

    fn catalog() -> Catalog {
        let entry = |id: &str, title: serde_json::Value, langs: &[&str]| {
            json!({
                "id": id, "iri": format!("https://x.org/{id}"), "title": title, "summary": {"en": "s"},
                "languages": langs, "provider": {"name": {"en": "U"}}, "size": 1, "manifest": format!("{id}/course.json")
            })
        };
        let v = json!({"format": "alliance-course-package", "version": "1.0", "courses": [
            entry("stats", json!({"en": "Statistics in Short", "zh-CN": "统计学简明教程"}), &["en", "zh-CN", "ar"]),
            entry("oer", json!({"en": "Introduction to Open Education"}), &["en", "fr"]),
            entry("zh", json!({"en": "A First Lesson in Mandarin", "es": "Primera lección"}), &["en", "es", "zh-CN"]),
        ]});
        parse_catalog("/courses/catalog.json", &v.to_string()).unwrap()
    }

    #[test]
    fn the_window_moves_a_step_at_a_time_and_never_holds_more_than_window() {
        let mut span = Span::FIRST;
        let mut seen = vec![false; 1000];
        while span.end < 1000 {
            span = span.later(1000);
            assert!(span.end - span.start <= WINDOW, "{span:?}");
            for slot in &mut seen[span.start..span.end.min(1000)] {
                *slot = true;
            }
        }
        assert!(
            seen.iter().all(|s| *s),
            "every course was in the window once"
        );
        assert_eq!(
            span,
            Span {
                start: 1008 - WINDOW,
                end: 1008
            }
        );
        while span.start > 0 {
            let before = span;
            span = span.earlier();
            assert_eq!(span.start, before.start.saturating_sub(STEP));
            assert!(span.end - span.start <= WINDOW);
        }
        assert_eq!(
            span,
            Span {
                start: 0,
                end: WINDOW
            }
        );
        // Clicked on and on while the next page is on its way: a step past what there is, no further.
        let mut span = Span::FIRST;
        for _ in 0..20 {
            span = span.later(100);
        }
        assert_eq!(
            span,
            Span {
                start: 0,
                end: 100 + STEP
            }
        );
    }

    #[test]
    fn the_drawn_window_moves_a_few_cards_a_frame() {
        let from = Span { start: 0, end: 48 };
        let to = Span { start: 0, end: 96 };
        assert_eq!(
            from.towards(to),
            Span {
                start: 0,
                end: 48 + FRAME_CARDS
            }
        );
        let far = Span {
            start: 96,
            end: 288,
        };
        let mut s = Span { start: 0, end: 192 };
        let mut frames = 0;
        while s != far {
            s = s.towards(far);
            frames += 1;
        }
        assert_eq!(frames, 96 / FRAME_CARDS);
        assert_eq!(
            far.towards(Span::FIRST),
            Span {
                start: 96 - FRAME_CARDS,
                end: 288 - FRAME_CARDS
            }
        );
    }

    #[test]
    fn search_and_filter() {
        let c = catalog();
        let texts = catalog_search::search_texts(c.courses.iter(), str::to_lowercase);
        let ids = |q: &str, l: &str| {
            let words = catalog_search::query_words(q, str::to_lowercase);
            filter_courses(c.courses.iter(), &texts, &words, l)
                .iter()
                .map(|i| c.courses[*i].id.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids("", ""), ["stats", "oer", "zh"]);
        assert_eq!(ids("stat", ""), ["stats"]);
        assert_eq!(ids("统计", ""), ["stats"]);
        assert_eq!(ids("lección", ""), ["zh"]);
        assert_eq!(ids("", "zh-CN"), ["stats", "zh"]);
        assert_eq!(
            ids("", "zh"),
            ["stats", "zh"],
            "a base language keeps its regional variants"
        );
        assert_eq!(ids("", "ar"), ["stats"]);
        assert_eq!(ids("open", "ar"), Vec::<&str>::new());
        assert_eq!(ids("u", "fr"), ["oer"], "the provider's name is searched");
        // Sorted by name: English, Español, Français, العربية, 中文（简体）.
        assert_eq!(catalog_languages(&c), ["en", "es", "fr", "ar", "zh-CN"]);
    }
}
