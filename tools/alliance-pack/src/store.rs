//! Where a package's files come from: a folder on disk or a web server. Paths inside the package are resolved
//! with the player's own `domain::url::resolve`; in a folder, against a virtual root ([`ROOT`]), so that a path
//! climbing out of the folder is seen as such.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fs;
use std::io::{self, Read};
use std::path::{Component, Path, PathBuf};
use std::time::Duration;

use alliance_player::domain::limits::human_bytes;
use sha2::{Digest, Sha256};

/// The URL of a package folder's root, as its files' URLs start.
pub const ROOT: &str = "/.package/";

/// What a file is: its size, SHA-256 (lower-case hex) and first bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    pub size: u64,
    pub sha256: String,
    /// At most the first 16 bytes (enough to recognise `WEBVTT`).
    pub head: Vec<u8>,
}

/// Where a URL of the package points, seen from the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A file the store can read: a path in the folder, or any http(s) URL when the package is on the web.
    Here,
    /// An http(s) URL named by a package in a folder: hosted elsewhere, not checked.
    Elsewhere,
    /// A path outside the package folder.
    Outside,
}

pub enum Store {
    Dir {
        root: PathBuf,
        facts: RefCell<HashMap<PathBuf, Result<Facts, String>>>,
    },
    Web {
        agent: ureq::Agent,
        facts: RefCell<HashMap<String, Result<Facts, String>>>,
    },
}

impl Store {
    pub fn dir(root: impl Into<PathBuf>) -> Store {
        Store::Dir {
            root: root.into(),
            facts: RefCell::default(),
        }
    }

    pub fn web() -> Store {
        let agent = ureq::Agent::config_builder()
            .timeout_connect(Some(Duration::from_secs(20)))
            .timeout_per_read(Some(Duration::from_secs(60)))
            .user_agent(concat!("alliance-pack/", env!("CARGO_PKG_VERSION")))
            .build()
            .new_agent();
        Store::Web {
            agent,
            facts: RefCell::default(),
        }
    }

    pub fn place(&self, url: &str) -> Place {
        match self {
            Store::Web { .. } => Place::Here,
            Store::Dir { .. } if is_web(url) => Place::Elsewhere,
            Store::Dir { .. } => match self.path(url) {
                Some(_) => Place::Here,
                None => Place::Outside,
            },
        }
    }

    /// The file of a folder URL (`/.package/open-education/course.json` → `<root>/open-education/course.json`).
    pub fn path(&self, url: &str) -> Option<PathBuf> {
        let Store::Dir { root, .. } = self else {
            return None;
        };
        let rel = url.split(['?', '#']).next()?.strip_prefix(ROOT)?;
        let mut path = root.clone();
        for segment in rel.split('/').filter(|s| !s.is_empty()) {
            let decoded = percent_decode(segment)?;
            // A decoded `..` or separator would leave the folder the resolved URL stayed in.
            if decoded == "." || decoded == ".." || decoded.contains(['/', '\\', '\0']) {
                return None;
            }
            path.push(decoded);
        }
        Some(path)
    }

    /// How a URL is shown in messages: the file's path in a folder, the URL itself on the web.
    pub fn display(&self, url: &str) -> String {
        match self.path(url) {
            Some(p) => p.display().to_string(),
            None => url.to_string(),
        }
    }

    /// The text of a package JSON file; from a server, at most `limit` bytes.
    pub fn text(&self, url: &str, limit: u64) -> Result<String, String> {
        let bytes = match self {
            Store::Dir { .. } => {
                let path = self.path(url).ok_or("outside the package folder")?;
                fs::read(&path).map_err(|e| read_error(&path, e))?
            }
            Store::Web { agent, .. } => {
                let mut response = agent.get(url).call().map_err(fetch_error)?;
                response
                    .body_mut()
                    .with_config()
                    .limit(limit + 1)
                    .read_to_vec()
                    .map_err(|e| match e {
                        ureq::Error::BodyExceedsLimit(_) => format!(
                            "the file is more than {}, the limit for it; split the package or shorten its texts",
                            human_bytes(limit)
                        ),
                        e => fetch_error(e),
                    })?
            }
        };
        String::from_utf8(bytes).map_err(|_| "not UTF-8 text; save the file as UTF-8".to_string())
    }

    /// Size, SHA-256 and first bytes of a file, each file read once; `Err` says why it cannot be read.
    pub fn facts(&self, url: &str) -> Result<Facts, String> {
        match self {
            Store::Dir { facts, .. } => {
                let path = self.path(url).ok_or("outside the package folder")?;
                facts
                    .borrow_mut()
                    .entry(path.clone())
                    .or_insert_with(|| {
                        let file = fs::File::open(&path).map_err(|e| read_error(&path, e))?;
                        if !file.metadata().map_err(|e| read_error(&path, e))?.is_file() {
                            return Err(format!("{} is a folder, not a file", path.display()));
                        }
                        digest(file).map_err(|e| read_error(&path, e))
                    })
                    .clone()
            }
            Store::Web { agent, facts } => {
                let url = url.split('#').next().unwrap_or(url);
                facts
                    .borrow_mut()
                    .entry(url.to_string())
                    .or_insert_with(|| {
                        let mut response = agent.get(url).call().map_err(fetch_error)?;
                        digest(response.body_mut().as_reader())
                            .map_err(|e| format!("cannot fetch it: {e}"))
                    })
                    .clone()
            }
        }
    }

    /// Every file in the folder of URL `dir` (ending in `/`) and below, as [`walk`] lists them; `None` on the web,
    /// where folders cannot be listed.
    pub fn listing(&self, dir: &str) -> Option<io::Result<Vec<(PathBuf, u64)>>> {
        let folder = self.path(dir)?;
        Some(walk(&folder).map(|files| {
            files
                .into_iter()
                .map(|(rel, size)| (folder.join(rel), size))
                .collect()
        }))
    }
}

/// The URL of the folder holding the file at `url` (up to its last `/`).
pub fn folder_of(url: &str) -> &str {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    &path[..path.rfind('/').map_or(0, |i| i + 1)]
}

pub fn is_web(url: &str) -> bool {
    matches!(
        alliance_player::domain::url::scheme(url).as_deref(),
        Some("http" | "https")
    )
}

/// Size, SHA-256 and first bytes of a file on disk, read now.
pub fn file_facts(path: &Path) -> io::Result<Facts> {
    digest(fs::File::open(path)?)
}

fn digest(mut reader: impl Read) -> io::Result<Facts> {
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    let (mut size, mut head) = (0u64, Vec::new());
    loop {
        let n = match reader.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if head.len() < 16 {
            head.extend_from_slice(&buf[..n.min(16 - head.len())]);
        }
        hasher.update(&buf[..n]);
        size += n as u64;
    }
    Ok(Facts {
        size,
        sha256: hex(&hasher.finalize()),
        head,
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn read_error(path: &Path, e: io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => format!("no such file: {}", path.display()),
        _ => format!("cannot read {}: {e}", path.display()),
    }
}

fn fetch_error(e: ureq::Error) -> String {
    match e {
        ureq::Error::StatusCode(code) => {
            format!("cannot fetch it: the server answered HTTP {code}")
        }
        e => format!("cannot fetch it: {e}"),
    }
}

fn percent_decode(segment: &str) -> Option<String> {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = segment.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// A file name as a package path: `%`, space, `#`, `?` and control characters percent-encoded, so that the
/// player's URL resolution reads back the same name. Other characters (non-ASCII included) are kept.
pub fn encode_path(rel: &str) -> String {
    let mut out = String::with_capacity(rel.len());
    for c in rel.chars() {
        if c == '%' || c == ' ' || c == '#' || c == '?' || c.is_control() {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The files under `folder`, as relative paths with their sizes: each folder's files by name, then its
/// sub-folders by name; names starting with `.` and links to folders are left out.
pub fn walk(folder: &Path) -> io::Result<Vec<(PathBuf, u64)>> {
    let mut out = Vec::new();
    walk_into(folder, Path::new(""), &mut out)?;
    Ok(out)
}

fn walk_into(folder: &Path, rel: &Path, out: &mut Vec<(PathBuf, u64)>) -> io::Result<()> {
    let mut files = Vec::new();
    let mut dirs = Vec::new();
    for entry in fs::read_dir(folder.join(rel))? {
        let entry = entry?;
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        let meta = fs::metadata(&path)?;
        if meta.is_dir() {
            if !entry.file_type()?.is_symlink() {
                dirs.push(name);
            }
        } else {
            files.push((name, meta.len()));
        }
    }
    files.sort();
    dirs.sort();
    for (name, size) in files {
        out.push((rel.join(name), size));
    }
    for name in dirs {
        walk_into(folder, &rel.join(name), out)?;
    }
    Ok(())
}

/// A relative path with `/` separators, as in a package.
pub fn slash_path(rel: &Path) -> String {
    rel.components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("/")
}
