//! Embedding in a host page: the iframe URL's parameters and the versioned postMessage protocol, as pure data.
//! Every message is an object `{"type": "alliance-player", "version": 1, ...}`; the player sends events
//! (`"event": "ready"`, …) and accepts commands (`"command": "navigate"`, `"set-language"`). The browser side (which
//! origin may talk to the player, posting, listening) is in `edge::embed`.

use serde_json::{json, Map, Value};

pub const MESSAGE_TYPE: &str = "alliance-player";
pub const PROTOCOL_VERSION: u64 = 1;

/// An origin as the browser writes it (`https://host.example`, `http://127.0.0.1:8080`): a scheme of http or https,
/// a host, an optional port, nothing else. Returns it normalised (lower-case scheme and host, no default port), or
/// `None` for anything else (a path, credentials, `null`, `*`).
pub fn parse_origin(text: &str) -> Option<String> {
    let text = text.trim();
    let (scheme, rest) = text.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    if rest.is_empty() || rest.contains(['/', '?', '#', '@', '\\', ' ']) {
        return None;
    }
    // An IPv6 host is bracketed; the port, if any, follows the last colon outside the brackets.
    let host_end = if rest.starts_with('[') {
        rest.find(']')? + 1
    } else {
        rest.find(':').unwrap_or(rest.len())
    };
    let (host, port) = rest.split_at(host_end);
    let port = match port.strip_prefix(':') {
        None if port.is_empty() => None,
        None => return None,
        Some(p) if !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()) => {
            Some(p.parse::<u32>().ok().filter(|p| (1..=65535).contains(p))?)
        }
        Some(_) => return None,
    };
    if host.is_empty() || host == "[]" {
        return None;
    }
    let default = if scheme == "https" { 443 } else { 80 };
    let host = host.to_ascii_lowercase();
    Some(match port {
        Some(p) if p != default => format!("{scheme}://{host}:{p}"),
        _ => format!("{scheme}://{host}"),
    })
}

/// A command from the host page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Open a course, or one of its units.
    Navigate {
        course: String,
        unit: Option<String>,
    },
    /// Switch the interface language.
    SetLanguage { lang: String },
}

/// Reads a message from the host page: `None` for anything that is not a well-formed command of this protocol
/// version (other tools post messages too; they are ignored, not errors).
pub fn parse_command(data: &Value) -> Option<Command> {
    let o = data.as_object()?;
    if o.get("type")?.as_str()? != MESSAGE_TYPE || o.get("version")?.as_u64()? != PROTOCOL_VERSION {
        return None;
    }
    let text = |k: &str| {
        o.get(k)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty() && s.len() <= 200)
            .map(str::to_string)
    };
    match o.get("command")?.as_str()? {
        "navigate" => Some(Command::Navigate {
            course: text("course")?,
            unit: text("unit"),
        }),
        "set-language" => Some(Command::SetLanguage {
            lang: text("lang")?,
        }),
        _ => None,
    }
}

/// A message from the player to the host: `{"type", "version", "event", ...fields}`.
pub fn event(name: &str, fields: Value) -> Value {
    let mut o = Map::new();
    o.insert("type".into(), json!(MESSAGE_TYPE));
    o.insert("version".into(), json!(PROTOCOL_VERSION));
    o.insert("event".into(), json!(name));
    if let Value::Object(f) = fields {
        for (k, v) in f {
            o.entry(k).or_insert(v);
        }
    }
    Value::Object(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_normalised_and_anything_else_refused() {
        let ok = [
            ("https://uni.example", "https://uni.example"),
            ("HTTPS://Uni.Example:443/", "https://uni.example"),
            ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
            ("http://[::1]:9000", "http://[::1]:9000"),
            ("http://[::1]", "http://[::1]"),
            ("http://localhost:80", "http://localhost"),
        ];
        for (input, want) in ok {
            assert_eq!(parse_origin(input).as_deref(), Some(want), "{input}");
        }
        for bad in [
            "",
            "*",
            "null",
            "uni.example",
            "ftp://uni.example",
            "https://uni.example/page",
            "https://user@uni.example",
            "https://uni.example:99999",
            "https://uni.example:",
            "javascript://x",
            "https://uni.example?x",
            "https://a:b:c",
        ] {
            assert_eq!(parse_origin(bad), None, "{bad}");
        }
    }

    #[test]
    fn commands_of_this_protocol_version_only() {
        let nav = json!({"type": "alliance-player", "version": 1, "command": "navigate", "course": "statistics", "unit": "mean"});
        assert_eq!(
            parse_command(&nav),
            Some(Command::Navigate {
                course: "statistics".into(),
                unit: Some("mean".into())
            })
        );
        let lang = json!({"type": "alliance-player", "version": 1, "command": "set-language", "lang": "ar"});
        assert_eq!(
            parse_command(&lang),
            Some(Command::SetLanguage { lang: "ar".into() })
        );
        for ignored in [
            json!({"type": "alliance-player", "version": 2, "command": "set-language", "lang": "ar"}),
            json!({"type": "other", "version": 1, "command": "set-language", "lang": "ar"}),
            json!({"type": "alliance-player", "version": 1, "command": "delete-everything"}),
            json!({"type": "alliance-player", "version": 1, "command": "navigate"}),
            json!({"type": "alliance-player", "version": 1, "command": "set-language", "lang": ""}),
            json!("alliance-player"),
            json!(null),
        ] {
            assert_eq!(parse_command(&ignored), None, "{ignored}");
        }
    }

    #[test]
    fn events_carry_the_envelope_first() {
        let e = event(
            "completed",
            json!({"course": "c", "unit": "u", "type": "spoofed"}),
        );
        assert_eq!(e["type"], "alliance-player");
        assert_eq!(e["version"], 1);
        assert_eq!(e["event"], "completed");
        assert_eq!(e["unit"], "u");
    }
}
