//! Courses downloaded for offline use: one Cache Storage cache per course (`alliance-player-course-<id>`), which
//! the service worker (`web/sw.js`) answers from — byte ranges included, so a cached video seeks — for that course's
//! pages only. Files are fetched three at a time, checked against the manifest (`domain::offline::verify`: size,
//! SHA-256) before they are stored (with the SHA-256 they were checked against), and a marker entry written last
//! says the course is complete; a copy of the catalogue goes with it. Each time a course is opened, its stored files
//! are checked again against its current manifest (`domain::offline::recheck`): a file that changed is removed, so
//! it is fetched again and never answered in the meantime. A download that stops (cancelled, network gone, tab
//! closed) keeps every file it finished; the next one fetches only the rest. A package on another origin must send
//! CORS headers: its answers are checked the same way, and a host that sends none is named (`NoCors`).

use js_sys::{Array, Promise, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::offline::{
    announced, course_of_path, recheck, verify, Mismatch, OfflineFile, Recheck,
};

/// Cache-name prefix of downloaded courses; the service worker looks there (keep in step with `web/sw.js`).
pub const COURSE_CACHE_PREFIX: &str = "alliance-player-course-";
/// The entry that marks a course's download complete (never requested by anything else).
const MARKER: &str = "/.alliance-player/download-complete";
/// The header of a stored file that records the SHA-256 it was checked against when it was stored.
const DIGEST_HEADER: &str = "x-alliance-player-sha256";

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum OfflineError {
    #[error("this browser cannot store files for offline use ({0})")]
    Unsupported(String),
    #[error("cancelled")]
    Cancelled,
    #[error("{file} could not be downloaded ({detail})")]
    Fetch { file: String, detail: String },
    #[error("{file} did not arrive intact")]
    Mismatch { file: String, mismatch: Mismatch },
    /// The host (of another origin) answers without CORS headers: its files cannot be read, so neither checked.
    #[error("{0}: no CORS")]
    NoCors(String),
    #[error("no room left on this device")]
    Quota,
    #[error("{0}")]
    Storage(String),
}

fn describe(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| format!("{e:?}"))
}

fn error_name(e: &JsValue) -> String {
    js_sys::Reflect::get(e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default()
}

fn storage_error(e: JsValue) -> OfflineError {
    if error_name(&e) == "QuotaExceededError" {
        OfflineError::Quota
    } else {
        OfflineError::Storage(describe(&e))
    }
}

async fn wait(p: Promise) -> Result<JsValue, JsValue> {
    JsFuture::from(p).await
}

fn cache_name(course_id: &str) -> String {
    format!("{COURSE_CACHE_PREFIX}{course_id}")
}

/// The origin's Cache Storage (absent in insecure contexts).
fn caches() -> Result<web_sys::CacheStorage, OfflineError> {
    web_sys::window()
        .ok_or_else(|| OfflineError::Unsupported("no window".into()))?
        .caches()
        .map_err(|e| OfflineError::Unsupported(describe(&e)))
}

async fn open(course_id: &str) -> Result<web_sys::Cache, OfflineError> {
    let cache = wait(caches()?.open(&cache_name(course_id)))
        .await
        .map_err(storage_error)?;
    Ok(cache.unchecked_into())
}

/// The last path segment, for messages.
pub fn file_label(url: &str) -> &str {
    crate::domain::package::file_name(url)
}

/// What is stored of a course, checked against its current manifest.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stored {
    /// The stored size of each planned file (`None` = not stored, or removed because it changed).
    pub sizes: Vec<Option<u64>>,
    /// Whether the download was completed and nothing changed since.
    pub complete: bool,
    /// How many stored files were not what the current manifest says, and were removed to be fetched again.
    pub changed: usize,
}

/// What is stored of a course (see [`Stored`]). Every stored file is checked again against the current manifest
/// (`files` is its plan): one that changed is removed at once, with the completion marker, so the service worker
/// never answers with it and the next download fetches it again. A browser without Cache Storage (or with it
/// blocked) has nothing stored.
pub async fn stored(course_id: &str, files: &[OfflineFile]) -> Stored {
    let none = Stored {
        sizes: vec![None; files.len()],
        ..Stored::default()
    };
    let Ok(cache) = open(course_id).await else {
        return none;
    };
    let mut sizes = Vec::with_capacity(files.len());
    let mut changed = 0;
    for f in files {
        let hit = wait(cache.match_with_str(&f.url))
            .await
            .ok()
            .and_then(|r| r.dyn_into::<web_sys::Response>().ok());
        let Some(response) = hit else {
            sizes.push(None);
            continue;
        };
        let size = content_length(&response).unwrap_or(0);
        let recorded = response.headers().get(DIGEST_HEADER).ok().flatten();
        let check = match recheck(f, size, recorded.as_deref()) {
            Recheck::NeedsDigest => match stored_digest(&response).await {
                Some(digest) => recheck(f, size, Some(&digest)),
                None => Recheck::Changed,
            },
            check => check,
        };
        if check == Recheck::Changed {
            let _ = wait(cache.delete_with_str(&f.url)).await;
            changed += 1;
            sizes.push(None);
        } else {
            sizes.push(Some(size));
        }
    }
    if changed > 0 {
        let _ = wait(cache.delete_with_str(MARKER)).await;
    }
    let complete = changed == 0
        && wait(cache.match_with_str(MARKER))
            .await
            .is_ok_and(|r| !r.is_undefined());
    Stored {
        sizes,
        complete,
        changed,
    }
}

/// The SHA-256 of a stored file's bytes.
async fn stored_digest(response: &web_sys::Response) -> Option<String> {
    let blob: web_sys::Blob = wait(response.blob().ok()?).await.ok()?.unchecked_into();
    sha256_hex(&blob).await.ok()
}

fn content_length(r: &web_sys::Response) -> Option<u64> {
    r.headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|v| v.trim().parse().ok())
}

/// Fetches every file not yet stored (`stored[i]` is `None`), checks it and stores it, three at a time (enough to
/// hide each file's round trips and checks, few enough that the first units are complete early), in plan order.
/// `on_progress(i, bytes)` is called as file `i` arrives (`bytes` so far); `on_stored(i, size)` when it is stored.
/// After a failure no new file is started; what is stored stays. `signal` cancels.
pub async fn download(
    course_id: &str,
    files: &[OfflineFile],
    stored: &[Option<u64>],
    signal: &web_sys::AbortSignal,
    on_progress: &dyn Fn(usize, u64),
    on_stored: &dyn Fn(usize, u64),
) -> Result<(), OfflineError> {
    let cache = open(course_id).await?;
    let next = std::cell::Cell::new(0);
    let failure = std::cell::RefCell::new(None::<OfflineError>);
    let lane = || async {
        loop {
            if failure.borrow().is_some() {
                return;
            }
            let i = next.get();
            if i >= files.len() {
                return;
            }
            next.set(i + 1);
            if stored.get(i).copied().flatten().is_some() {
                continue;
            }
            match fetch_into(&cache, &files[i], signal, &|n| on_progress(i, n)).await {
                Ok(size) => on_stored(i, size),
                Err(e) => {
                    failure.borrow_mut().get_or_insert(e);
                }
            }
        }
    };
    super::join2(lane(), super::join2(lane(), lane())).await;
    if let Some(e) = failure.into_inner() {
        return Err(e);
    }
    // A fresh copy of the catalogue's files of this site as well: the player opens on them, and a first visit
    // fetched them before the service worker was there to keep one. (The service worker prefers the network's copy
    // while there is one.)
    for url in crate::edge::catalog::read_here() {
        let file = OfflineFile {
            url,
            size: None,
            sha256: None,
            units: Vec::new(),
        };
        fetch_into(&cache, &file, signal, &|_| {}).await?;
    }
    let marker = web_sys::Response::new_with_opt_str(Some("{}")).map_err(storage_error)?;
    wait(cache.put_with_str(MARKER, &marker))
        .await
        .map_err(storage_error)?;
    Ok(())
}

async fn fetch_into(
    cache: &web_sys::Cache,
    file: &OfflineFile,
    signal: &web_sys::AbortSignal,
    on_progress: &dyn Fn(u64),
) -> Result<u64, OfflineError> {
    let name = file_label(&file.url).to_string();
    let failed = |e: JsValue| {
        if signal.aborted() || error_name(&e) == "AbortError" {
            OfflineError::Cancelled
        } else {
            OfflineError::Fetch {
                file: name.clone(),
                detail: describe(&e),
            }
        }
    };
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(signal));
    let window = web_sys::window().ok_or_else(|| failed("no window".into()))?;
    let response: web_sys::Response =
        match wait(window.fetch_with_str_and_init(&file.url, &init)).await {
            Ok(r) => r.unchecked_into(),
            Err(e) if signal.aborted() => return Err(failed(e)),
            Err(e) => return Err(without_cors(&window, &file.url).await.unwrap_or(failed(e))),
        };
    let cors = match response.type_() {
        web_sys::ResponseType::Opaque => {
            return Err(OfflineError::NoCors(other_host(&file.url).unwrap_or(name)))
        }
        kind => kind == web_sys::ResponseType::Cors,
    };
    if !response.ok() {
        return Err(OfflineError::Fetch {
            file: name,
            detail: format!("HTTP {}", response.status()),
        });
    }
    let compressed = response
        .headers()
        .get("content-encoding")
        .ok()
        .flatten()
        .is_some();
    let announced = announced(content_length(&response), compressed, cors);
    let mime = response
        .headers()
        .get("content-type")
        .ok()
        .flatten()
        .unwrap_or_default();
    let parts = Array::new();
    let mut got: u64 = 0;
    if let Some(body) = response.body() {
        let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
        loop {
            let chunk = wait(reader.read()).await.map_err(failed)?;
            let done = js_sys::Reflect::get(&chunk, &"done".into())
                .map(|d| d.is_truthy())
                .unwrap_or(true);
            if done {
                break;
            }
            let bytes: Uint8Array = js_sys::Reflect::get(&chunk, &"value".into())
                .map_err(failed)?
                .unchecked_into();
            got += bytes.length() as u64;
            parts.push(&bytes);
            on_progress(got);
        }
    }
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(&mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(storage_error)?;
    let digest = match &file.sha256 {
        Some(_) => Some(sha256_hex(&blob).await.map_err(storage_error)?),
        None => None,
    };
    verify(file, announced, got, digest.as_deref()).map_err(|mismatch| OfflineError::Mismatch {
        file: name.clone(),
        mismatch,
    })?;
    let headers = web_sys::Headers::new().map_err(storage_error)?;
    let _ = headers.set("content-type", &mime);
    let _ = headers.set("content-length", &got.to_string());
    if let Some(digest) = &digest {
        let _ = headers.set(DIGEST_HEADER, digest);
    }
    let init = web_sys::ResponseInit::new();
    init.set_headers(&headers);
    let stored =
        web_sys::Response::new_with_opt_blob_and_init(Some(&blob), &init).map_err(storage_error)?;
    wait(cache.put_with_str(&file.url, &stored))
        .await
        .map_err(storage_error)?;
    Ok(got)
}

/// The host of `url` when it is of another origin than the player's.
fn other_host(url: &str) -> Option<String> {
    let here = web_sys::window()?.location();
    let url = web_sys::Url::new_with_base(url, &here.href().ok()?).ok()?;
    (url.origin() != here.origin().ok()?).then(|| url.host())
}

/// `NoCors` naming the host when `url`, which could not be fetched with CORS, is of another origin whose host
/// answers a request without CORS (its answer is opaque: nothing of it can be read or checked).
async fn without_cors(window: &web_sys::Window, url: &str) -> Option<OfflineError> {
    let host = other_host(url)?;
    let init = web_sys::RequestInit::new();
    init.set_method("HEAD");
    init.set_mode(web_sys::RequestMode::NoCors);
    wait(window.fetch_with_str_and_init(url, &init))
        .await
        .ok()?;
    Some(OfflineError::NoCors(host))
}

async fn sha256_hex(blob: &web_sys::Blob) -> Result<String, JsValue> {
    let buffer = wait(blob.array_buffer()).await?;
    let subtle = web_sys::window()
        .ok_or_else(|| JsValue::from_str("no window"))?
        .crypto()?
        .subtle();
    let digest = wait(subtle.digest_with_str_and_buffer_source(
        "SHA-256",
        &buffer.unchecked_into::<js_sys::Object>(),
    )?)
    .await?;
    Ok(Uint8Array::new(&digest)
        .to_vec()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// Removes a course's download (every stored file and the marker).
pub async fn remove(course_id: &str) -> Result<(), OfflineError> {
    wait(caches()?.delete(&cache_name(course_id)))
        .await
        .map_err(storage_error)?;
    Ok(())
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    super::navigator_member("storage")
}

/// Bytes this origin uses and may use (`navigator.storage.estimate()`).
pub async fn estimate() -> Option<(f64, f64)> {
    let estimate: web_sys::StorageEstimate = wait(storage_manager()?.estimate().ok()?)
        .await
        .ok()?
        .unchecked_into();
    Some((estimate.get_usage()?, estimate.get_quota()?))
}

/// Asks the browser to keep this origin's storage under pressure; `true` when it will.
pub async fn persist() -> bool {
    let Some(storage) = storage_manager() else {
        return false;
    };
    if let Ok(p) = storage.persisted() {
        if wait(p).await.is_ok_and(|v| v.is_truthy()) {
            return true;
        }
    }
    match storage.persist() {
        Ok(p) => wait(p).await.is_ok_and(|v| v.is_truthy()),
        Err(_) => false,
    }
}

/// Whether the browser already keeps this origin's storage under pressure.
pub async fn persisted() -> bool {
    match storage_manager().and_then(|s| s.persisted().ok()) {
        Some(p) => wait(p).await.is_ok_and(|v| v.is_truthy()),
        None => false,
    }
}

/// The text of `url` if the download of the course this page shows holds it (never another course's copy).
pub async fn downloaded_text(url: &str) -> Option<String> {
    let path = web_sys::window()?.location().pathname().ok()?;
    let name = cache_name(course_of_path(&path)?);
    let caches = caches().ok()?;
    if !wait(caches.has(&name)).await.ok()?.is_truthy() {
        return None;
    }
    let cache: web_sys::Cache = wait(caches.open(&name)).await.ok()?.unchecked_into();
    let hit = wait(cache.match_with_str(url)).await.ok()?;
    let response = hit.dyn_into::<web_sys::Response>().ok()?;
    wait(response.text().ok()?).await.ok()?.as_string()
}

/// Whether a service worker controls this page, waiting up to `ms` for one being installed (the worker claims the
/// pages it finds when it starts).
pub async fn worker_ready(ms: i32) -> bool {
    let Some(container) =
        crate::edge::navigator_member::<web_sys::ServiceWorkerContainer>("serviceWorker")
    else {
        return false;
    };
    for _ in 0..(ms / 100).max(1) {
        if container.controller().is_some() {
            return true;
        }
        crate::edge::sync::sleep(100.0).await;
    }
    container.controller().is_some()
}
