//! `alliance-pack prerender DIST`: writes the player's first screen (its header and the catalogue's first
//! courses) into a deployed player's `index.html`, rendered by the player's own components (`FirstScreen`), so a
//! learner on a slow link sees the catalogue before the player's wasm has arrived. The page's `web/head.js` shows it
//! only where it is what the app will show; the app takes over when it has drawn its own.

use std::path::Path;
use std::sync::Arc;

use alliance_player::domain::limits::Input;
use alliance_player::domain::package::{parse_catalog, Catalog};
use alliance_player::domain::sources::{merge, parse_config};
use alliance_player::edge::store::{StoreOp, StoreReply};
use alliance_player::i18n;
use alliance_player::ui::catalog::FirstScreen;
use alliance_player::ui::state::{Languages, Progress};
use leptos::prelude::*;

use crate::store::{is_web, Store};

const START: &str = "<!--first-screen-->";
const END: &str = "<!--/first-screen-->";
const META: &str = "<meta name=\"alliance-first-screen\"";

/// Writes the first screen, in `locale`, of the catalogue the player in `dist` shows into `dist/index.html` (again:
/// an earlier one is replaced). Returns what was done, for the publisher.
pub fn prerender(dist: &Path, locale: &str) -> Result<String, String> {
    let (index, html) = built_page(dist)?;
    // The site's catalogues, merged as the player merges them (a learner's own come after them in the app).
    let urls = site_catalogues(dist, &html)?;
    let merged = merge(
        urls.iter()
            .map(|url| (url.clone(), false, load(dist, url)))
            .collect(),
    );
    if merged.all_failed() {
        let why: Vec<String> = merged
            .sources
            .iter()
            .filter_map(|s| s.error.as_ref().map(|e| format!("{}: {e}", s.url)))
            .collect();
        return Err(format!("no catalogue could be read: {}", why.join("; ")));
    }
    let catalog = merged.catalog;
    let ftl = if locale == i18n::SOURCE_LOCALE {
        String::new()
    } else {
        let path = dist.join("locales").join(locale).join("main.ftl");
        std::fs::read_to_string(&path)
            .map_err(|e| format!("{}: {e}; the locale has no messages", path.display()))?
    };
    // The player's locales, as it will list them (its language picker names the interface language).
    i18n::set_locales(i18n::locales_of_folder(&dist.join("locales"))?);
    let count = catalog.courses.len();
    let screen = render(Arc::new(catalog), locale, &ftl)?;
    let written = insert(&html, locale, &screen)?;
    if written != html {
        std::fs::write(&index, &written).map_err(|e| format!("{}: {e}", index.display()))?;
        // Precompressed copies of the old page would be served instead of the new one.
        for stale in ["index.html.gz", "index.html.br"] {
            let _ = std::fs::remove_file(dist.join(stale));
        }
    }
    Ok(format!(
        "{}: first screen in {locale}, {} of {count} courses ({} bytes)",
        index.display(),
        count.min(alliance_player::ui::catalog::STEP),
        screen.len()
    ))
}

/// The page of the built player in `dist`: its path and text.
pub fn built_page(dist: &Path) -> Result<(std::path::PathBuf, String), String> {
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| {
        format!(
            "{}: {e}; expected a built player (make build)",
            index.display()
        )
    })?;
    Ok((index, html))
}

/// The first screen's HTML, by the player's components.
pub fn render(catalog: Arc<Catalog>, locale: &str, ftl: &str) -> Result<String, String> {
    // Rendered to HTML, effects never run: their tasks are dropped (as a server-side render does).
    let _ = any_spawner::Executor::init_custom_executor(NoTasks);
    i18n::set_locale(locale, ftl)?;
    let owner = Owner::new();
    owner.set();
    Languages::provide_for(locale.to_string(), None, vec![locale.to_string()]);
    // Nothing is read or written: no learner's progress is part of the first screen.
    Progress::provide(no_store, None);
    let html = view! { <FirstScreen catalog/> }.to_html();
    drop(owner);
    Ok(without_hooks(&html))
}

struct NoTasks;

impl any_spawner::CustomExecutor for NoTasks {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// `html` without its `data-testid` attributes: the hooks hosts and tests rely on belong to the live app, and the
/// first screen stays in the page (hidden) for a moment beside it.
fn without_hooks(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(" data-testid=\"") {
        out.push_str(&rest[..at]);
        let after = &rest[at + " data-testid=\"".len()..];
        rest = after.find('"').map_or("", |end| &after[end + 1..]);
    }
    out.push_str(rest);
    out
}

fn no_store(_: StoreOp) -> std::pin::Pin<Box<dyn std::future::Future<Output = StoreReply>>> {
    Box::pin(async { StoreReply::Done(Ok(())) })
}

/// The catalogues of the site: `config.json`'s, else the one the page names.
fn site_catalogues(dist: &Path, html: &str) -> Result<Vec<String>, String> {
    if let Ok(text) = std::fs::read_to_string(dist.join("config.json")) {
        if let Some(list) = parse_config("/config.json", &text).map_err(|e| e.to_string())? {
            return Ok(list);
        }
    }
    catalog_url(html).map(|url| vec![url]).ok_or_else(|| {
        "index.html: no config.json and no <meta name=\"alliance-catalog\" content=\"…\">; the page names no catalogue"
            .to_string()
    })
}

/// A catalogue of the site: a file of the player's folder, or fetched from its address.
fn load(dist: &Path, url: &str) -> Result<Catalog, String> {
    let text = if is_web(url) {
        Store::web().text(url, Input::Catalog.max_bytes())?
    } else {
        let file = local_file(dist, url)?;
        std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?
    };
    parse_catalog(url, &text).map_err(|e| e.to_string())
}

/// The catalogue the page names (`<meta name="alliance-catalog" content="…">`, its attributes quoted or not, in
/// any order: the build minifies the page).
fn catalog_url(html: &str) -> Option<String> {
    html.match_indices("<meta").find_map(|(at, _)| {
        let tag = &html[at..at + html[at..].find('>')?];
        (attribute(tag, "name")? == "alliance-catalog").then(|| attribute(tag, "content"))?
    })
}

/// The value of attribute `name` in `tag`.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    loop {
        let at = rest.find(&format!("{name}="))?;
        let before = rest[..at].chars().last();
        let value = &rest[at + name.len() + 1..];
        if before.is_some_and(char::is_whitespace) {
            return Some(match value.chars().next()? {
                q @ ('"' | '\'') => value[1..value[1..].find(q)? + 1].to_string(),
                _ => value
                    .split(|c: char| c.is_whitespace() || c == '>')
                    .next()?
                    .to_string(),
            });
        }
        rest = value;
    }
}

/// The file of `dist` a same-origin address names.
fn local_file(dist: &Path, url: &str) -> Result<std::path::PathBuf, String> {
    let path = url.strip_prefix('/').ok_or_else(|| {
        format!("the catalogue \"{url}\" is neither an address nor a path of the player's folder")
    })?;
    if path.split('/').any(|p| p == ".." || p.is_empty()) {
        return Err(format!(
            "the catalogue address \"{url}\" leaves the player's folder"
        ));
    }
    Ok(dist.join(path))
}

/// `html` with the first screen `screen` (in `locale`) as the body's first element, and its locale in the head,
/// replacing an earlier one.
fn insert(html: &str, locale: &str, screen: &str) -> Result<String, String> {
    let mut html = html.to_string();
    if let (Some(a), Some(b)) = (html.find(START), html.find(END)) {
        html.replace_range(a..b + END.len(), "");
    }
    if let Some(a) = html.find(META) {
        let b = a
            + html[a..]
                .find('>')
                .ok_or("index.html: an unclosed first-screen <meta>")?
            + 1;
        html.replace_range(a..b, "");
    }
    let charset = html
        .find("<meta charset")
        .and_then(|a| html[a..].find('>').map(|b| a + b + 1))
        .ok_or("index.html: no <meta charset>")?;
    html.insert_str(charset, &format!("{META} content=\"{}\">", escape(locale)));
    let body = html
        .find("<body")
        .and_then(|a| html[a..].find('>').map(|b| a + b + 1))
        .ok_or("index.html: no <body>")?;
    html.insert_str(
        body,
        &format!(
            "{START}<div id=\"first-screen\" data-locale=\"{}\">{screen}</div>{END}",
            escape(locale)
        ),
    );
    Ok(html)
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn samples() -> Arc<Catalog> {
        let text = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/courses/catalog.json"),
        )
        .unwrap();
        Arc::new(parse_catalog("/courses/catalog.json", &text).unwrap())
    }

    #[test]
    fn the_first_screen_is_the_catalogue_as_the_player_draws_it() {
        let html = render(samples(), "en", "").unwrap();
        assert!(
            !html.contains("data-testid"),
            "the hooks are the live app's"
        );
        assert!(html.contains("type=\"search\""));
        assert!(html.contains("href=\"/learners\""));
        assert_eq!(html.matches("class=\"course-card\"").count(), 3);
        assert!(html.contains(
            "<a href=\"/course/statistics\" class=\"course-card-link\">Statistics in Short</a>"
        ));
        assert!(!html.contains("<script"), "no script in the first screen");
    }

    #[test]
    fn course_text_is_escaped_and_the_locale_chooses_the_words() {
        let mut catalog = (*samples()).clone();
        catalog.courses[0]
            .title
            .insert("en".into(), "<img src=x onerror=alert(1)>".into());
        let html = render(Arc::new(catalog), "en", "").unwrap();
        assert!(!html.contains("<img src=x"));
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        let ftl = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/locales/fr/main.ftl"),
        )
        .unwrap();
        let html = render(samples(), "fr", &ftl).unwrap();
        assert!(
            html.contains("Introduction à l'éducation ouverte")
                || html.contains("Introduction à l&#x27;éducation ouverte")
        );
        assert!(html.contains("Rechercher des cours"));
        i18n::set_locale("en", "").unwrap();
    }

    #[test]
    fn writing_it_twice_leaves_one_first_screen() {
        let page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\" /><title>x</title></head><body><div id=\"skeleton\"></div></body></html>";
        let once = insert(page, "en", "<p>one</p>").unwrap();
        let twice = insert(&once, "fr", "<p>two</p>").unwrap();
        assert_eq!(twice.matches("id=\"first-screen\"").count(), 1);
        assert_eq!(twice.matches("alliance-first-screen").count(), 1);
        assert!(twice.contains("<meta name=\"alliance-first-screen\" content=\"fr\">"));
        assert!(twice.contains("<body><!--first-screen--><div id=\"first-screen\" data-locale=\"fr\"><p>two</p></div><!--/first-screen--><div id=\"skeleton\">"));
        assert_eq!(insert(&twice, "fr", "<p>two</p>").unwrap(), twice);
        assert!(local_file(Path::new("/d"), "/../etc/passwd").is_err());
        assert!(local_file(Path::new("/d"), "https://cdn.example/catalog.json").is_err());
        for page in [
            "<meta name=\"alliance-catalog\" content=\"/courses/catalog.json\" />",
            "<meta content=/courses/catalog.json name=alliance-catalog>",
            "<meta name=description content=x><meta content='/courses/catalog.json' name=alliance-catalog>",
        ] {
            assert_eq!(catalog_url(page).as_deref(), Some("/courses/catalog.json"), "{page}");
        }
        assert_eq!(catalog_url("<meta name=description content=x>"), None);
    }
}
