//! Resolving the relative paths of a course package against the file that contains them.

/// Why a path in a package was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathError {
    Empty,
    Scheme(String),
}

impl std::fmt::Display for PathError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PathError::Empty => write!(f, "empty path; expected a relative path or an http(s) URL"),
            PathError::Scheme(s) => write!(
                f,
                "links with the scheme \"{s}:\" are not allowed; expected a relative path or an http(s) URL"
            ),
        }
    }
}

/// The scheme of `url` (lowercased), if it has one. Whitespace and control characters, which browsers ignore
/// inside schemes (`java\nscript:`), are removed first so they cannot hide one.
pub fn scheme(url: &str) -> Option<String> {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .collect();
    let end = cleaned.find([':', '/', '?', '#'])?;
    if cleaned[end..].starts_with(':') && end > 0 {
        Some(cleaned[..end].to_ascii_lowercase())
    } else {
        None
    }
}

/// Resolves `path` (as written in a package file) against `base`, the URL of that file
/// (`/courses/stats/course.json` or `https://cdn.example/stats/course.json`).
/// Only relative paths and http(s) URLs are accepted.
pub fn resolve(base: &str, path: &str) -> Result<String, PathError> {
    let path = path.trim();
    if path.is_empty() {
        return Err(PathError::Empty);
    }
    if let Some(s) = scheme(path) {
        return match s.as_str() {
            "http" | "https" => Ok(path.to_string()),
            _ => Err(PathError::Scheme(s)),
        };
    }
    if path.starts_with("//") {
        return Err(PathError::Scheme("//".into()));
    }
    // Split base into origin ("https://host" or "") and its path.
    let (origin, base_path) = match base.find("://") {
        Some(i) => {
            let rest = &base[i + 3..];
            let slash = rest.find('/').map(|j| i + 3 + j).unwrap_or(base.len());
            (&base[..slash], &base[slash..])
        }
        None => ("", base),
    };
    let (path_part, suffix) = match path.find(['?', '#']) {
        Some(i) => (&path[..i], &path[i..]),
        None => (path, ""),
    };
    let joined = if path_part.starts_with('/') {
        path_part.to_string()
    } else {
        let dir = match base_path.rfind('/') {
            Some(i) => &base_path[..=i],
            None => "/",
        };
        format!("{dir}{path_part}")
    };
    let mut segments: Vec<&str> = Vec::new();
    for seg in joined.split('/').skip(1) {
        match seg {
            "." => {}
            ".." => {
                segments.pop();
            }
            s => segments.push(s),
        }
    }
    Ok(format!("{origin}/{}{suffix}", segments.join("/")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_like_a_browser() {
        let cases = [
            (
                "/courses/catalog.json",
                "stats/course.json",
                "/courses/stats/course.json",
            ),
            (
                "/courses/stats/course.json",
                "media/a.webm",
                "/courses/stats/media/a.webm",
            ),
            (
                "/courses/stats/course.json",
                "./a.pdf",
                "/courses/stats/a.pdf",
            ),
            (
                "/courses/stats/course.json",
                "../shared/x.png",
                "/courses/shared/x.png",
            ),
            ("/courses/stats/course.json", "../../../../x", "/x"),
            ("/courses/stats/course.json", "/other/y.vtt", "/other/y.vtt"),
            (
                "/courses/stats/course.json",
                "page.html?x=1#top",
                "/courses/stats/page.html?x=1#top",
            ),
            (
                "https://cdn.example/c/course.json",
                "v.webm",
                "https://cdn.example/c/v.webm",
            ),
            (
                "https://cdn.example/c/course.json",
                "/v.webm",
                "https://cdn.example/v.webm",
            ),
            (
                "/c/course.json",
                "https://other.example/v.webm",
                "https://other.example/v.webm",
            ),
        ];
        for (base, path, want) in cases {
            assert_eq!(resolve(base, path).as_deref(), Ok(want), "{base} + {path}");
        }
    }

    #[test]
    fn refuses_other_schemes() {
        for bad in [
            "javascript:alert(1)",
            "JaVa\nScRiPt:alert(1)",
            "data:text/html,x",
            "file:///etc/passwd",
            "//evil.example/x",
        ] {
            assert!(
                resolve("/c/course.json", bad).is_err(),
                "{bad:?} must be refused"
            );
        }
        assert_eq!(resolve("/c/course.json", "  "), Err(PathError::Empty));
    }

    #[test]
    fn finds_schemes() {
        assert_eq!(scheme("mailto:a@b").as_deref(), Some("mailto"));
        assert_eq!(scheme(" javascript :x").as_deref(), Some("javascript"));
        assert_eq!(scheme("a/b:c"), None);
        assert_eq!(scheme("#x:y"), None);
    }
}
