//! The interface locales as data: the manifest of `public/locales/` (`locales/index.json`, written at build time
//! by `alliance-pack locales` and carried in the page's `<meta name="alliance-locales">`), so adding a language is
//! adding its folder — no code changes, and the wasm does not grow with the number of locales.
//!
//! Each locale's `main.ftl` names itself (`locale-name`, in its own script) and its direction (`locale-direction`,
//! `ltr` or `rtl`); the manifest is `[["en","English"],["ar","العربية","rtl"],…]`, `en` first.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
use fluent_syntax::parser;

use super::lang;

/// One interface locale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Locale {
    /// BCP 47 tag, the folder's name: `pt-BR`.
    pub tag: String,
    /// The language's name in its own script: `Português (Brasil)`.
    pub name: String,
    /// Written right to left.
    pub rtl: bool,
}

/// The interface locales, the source locale (`en`) first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Locales(Vec<Locale>);

/// At most this many locales in a manifest (a page's manifest is read before anything is shown).
pub const MAX_LOCALES: usize = 300;
/// At most this many bytes of manifest.
pub const MAX_MANIFEST_BYTES: usize = 64 * 1024;
const MAX_NAME_CHARS: usize = 60;

impl Locales {
    /// Only the source locale, built into the app: what a page without a (readable) manifest can offer.
    pub fn source_only() -> Self {
        Locales(vec![Locale {
            tag: "en".into(),
            name: "English".into(),
            rtl: false,
        }])
    }

    /// Reads a manifest, as hostile as any input: bounded in size and count, every tag well formed and once,
    /// names of a sane length, directions `ltr`/`rtl`, `en` present (it is built in). The error names the entry.
    pub fn parse(json: &str) -> Result<Self, String> {
        if json.len() > MAX_MANIFEST_BYTES {
            return Err(format!(
                "the locales manifest is {} bytes, over the {MAX_MANIFEST_BYTES} a player reads",
                json.len()
            ));
        }
        // Walked as a `serde_json::Value` (as package files are): no deserializer of its own in the first load.
        let value: serde_json::Value = serde_json::from_str(json).map_err(|e| {
            format!("the locales manifest is not a list of [tag, name, direction?]: {e}")
        })?;
        let Some(rows) = value.as_array() else {
            return Err("the locales manifest is not a list of [tag, name, direction?]".into());
        };
        if rows.len() > MAX_LOCALES {
            return Err(format!(
                "the locales manifest lists {} locales, over {MAX_LOCALES}",
                rows.len()
            ));
        }
        let mut out: Vec<Locale> = Vec::with_capacity(rows.len());
        for (i, row) in rows.iter().enumerate() {
            let fields: Option<Vec<&str>> = row
                .as_array()
                .map(|r| {
                    r.iter()
                        .map(serde_json::Value::as_str)
                        .collect::<Option<Vec<_>>>()
                })
                .unwrap_or_default();
            let (tag, name, dir) = match fields.as_deref() {
                Some([tag, name]) => (*tag, *name, "ltr"),
                Some([tag, name, dir]) => (*tag, *name, *dir),
                _ => {
                    return Err(format!(
                        "locales manifest entry {i}: [tag, name, direction?] expected"
                    ))
                }
            };
            let locale = Locale::new(tag, name, dir)
                .map_err(|e| format!("locales manifest entry {i}: {e}"))?;
            if out.iter().any(|l| l.tag.eq_ignore_ascii_case(tag)) {
                return Err(format!(
                    "locales manifest entry {i}: `{tag}` is listed twice"
                ));
            }
            out.push(locale);
        }
        let Some(en) = out.iter().position(|l| l.tag == "en") else {
            return Err("the locales manifest does not list `en`, the source locale".into());
        };
        let en = out.remove(en);
        out.insert(0, en);
        Ok(Locales(out))
    }

    /// The manifest text of these locales (what [`Locales::parse`] reads).
    pub fn to_json(&self) -> String {
        let rows: Vec<Vec<&str>> = self
            .0
            .iter()
            .map(|l| {
                let mut row = vec![l.tag.as_str(), l.name.as_str()];
                if l.rtl {
                    row.push("rtl");
                }
                row
            })
            .collect();
        serde_json::to_string(&rows).unwrap_or_else(|_| "[]".into())
    }

    /// The manifest of a locales folder: `(folder name, main.ftl text)` of each locale, in any order. Every file
    /// must name itself and its direction; the error names the locale and the message to add.
    pub fn from_folders<'a>(
        folders: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Self, String> {
        let mut list: Vec<Locale> = Vec::new();
        for (tag, ftl) in folders {
            let message = |id: &str| {
                plain_message(ftl, id).ok_or_else(|| {
                    format!(
                        "locales/{tag}/main.ftl: add the message `{id}` (see locales/en/main.ftl)"
                    )
                })
            };
            let (name, dir) = (message("locale-name")?, message("locale-direction")?);
            list.push(
                Locale::new(tag, &name, &dir)
                    .map_err(|e| format!("locales/{tag}/main.ftl: {e}"))?,
            );
        }
        list.sort_by(|a, b| a.tag.cmp(&b.tag));
        Locales::parse(&Locales(list).to_json())
    }

    pub fn iter(&self) -> impl Iterator<Item = &Locale> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn tags(&self) -> Vec<&str> {
        self.0.iter().map(|l| l.tag.as_str()).collect()
    }

    pub fn get(&self, tag: &str) -> Option<&Locale> {
        self.0.iter().find(|l| l.tag.eq_ignore_ascii_case(tag))
    }

    /// The locale that best serves a learner asking for `requested` (most preferred first): [`lang::negotiate`].
    pub fn negotiate(&self, requested: &[String]) -> String {
        lang::negotiate(requested, &self.tags()).to_string()
    }

    /// A language's name in its own script: the manifest's for an interface locale, else [`lang::autonym`].
    pub fn name<'a>(&'a self, tag: &'a str) -> &'a str {
        self.get(tag)
            .map_or_else(|| lang::autonym(tag), |l| l.name.as_str())
    }

    /// Is `tag` written right to left? The manifest says for its locales; [`lang::is_rtl`] for other languages.
    pub fn is_rtl(&self, tag: &str) -> bool {
        self.get(tag).map_or_else(|| lang::is_rtl(tag), |l| l.rtl)
    }
}

impl Locale {
    fn new(tag: &str, name: &str, dir: &str) -> Result<Self, String> {
        if !lang::is_well_formed(tag) {
            return Err(format!("`{tag}` is not a language tag such as `pt-BR`"));
        }
        let name = name.trim();
        if name.is_empty()
            || name.chars().count() > MAX_NAME_CHARS
            || name.chars().any(char::is_control)
        {
            return Err(format!(
                "the name of `{tag}` must be 1 to {MAX_NAME_CHARS} characters of text"
            ));
        }
        let rtl = match dir.trim() {
            "ltr" => false,
            "rtl" => true,
            other => return Err(format!("the direction of `{tag}` is `{other}`: ltr or rtl")),
        };
        Ok(Locale {
            tag: tag.to_string(),
            name: name.to_string(),
            rtl,
        })
    }
}

/// The text of message `id` in `ftl` when it is plain text (no placeables).
fn plain_message(ftl: &str, id: &str) -> Option<String> {
    let resource = parser::parse(ftl).unwrap_or_else(|(r, _)| r);
    resource.body.iter().find_map(|entry| match entry {
        Entry::Message(m) if m.id.name == id => {
            let mut text = String::new();
            for el in &m.value.as_ref()?.elements {
                match el {
                    PatternElement::TextElement { value } => text.push_str(value),
                    PatternElement::Placeable {
                        expression: Expression::Inline(InlineExpression::StringLiteral { value }),
                    } => text.push_str(value),
                    PatternElement::Placeable { .. } => return None,
                }
            }
            Some(text)
        }
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_is_read_with_en_first_and_directions() {
        let l = Locales::parse(
            r#"[["ar","العربية","rtl"],["en","English"],["pt-PT","Português (Portugal)","ltr"]]"#,
        )
        .unwrap();
        assert_eq!(l.tags(), ["en", "ar", "pt-PT"]);
        assert!(l.is_rtl("ar") && !l.is_rtl("pt-PT") && !l.is_rtl("en"));
        assert_eq!(l.name("pt-pt"), "Português (Portugal)");
        // Not an interface locale: the language's own name all the same, and its script's direction.
        assert_eq!(l.name("fa"), "فارسی");
        assert!(l.is_rtl("fa"));
        assert_eq!(Locales::parse(&l.to_json()).unwrap(), l);
        assert_eq!(l.negotiate(&["pt-PT".into()]), "pt-PT");
        assert_eq!(l.negotiate(&["ar-EG".into()]), "ar");
        assert_eq!(l.negotiate(&["de".into()]), "en");
    }

    #[test]
    fn a_hostile_manifest_is_refused_with_the_entry_named() {
        let cases: &[(&str, &str)] = &[
            ("{}", "not a list"),
            (r#"[["en"]]"#, "entry 0"),
            (
                r#"[["en","English"],["../x","X"]]"#,
                "entry 1: `../x` is not a language tag",
            ),
            (
                r#"[["en","English"],["fr",""]]"#,
                "entry 1: the name of `fr`",
            ),
            (r#"[["en","English"],["fr","Fr\u0000"]]"#, "entry 1"),
            (
                r#"[["en","English"],["fr","Français","up"]]"#,
                "entry 1: the direction of `fr` is `up`",
            ),
            (r#"[["en","English"],["EN","English"]]"#, "listed twice"),
            (r#"[["fr","Français"]]"#, "does not list `en`"),
        ];
        for (json, want) in cases {
            let e = Locales::parse(json).unwrap_err();
            assert!(e.contains(want), "{json}: {e}");
        }
        let many: Vec<String> = (0..=MAX_LOCALES)
            .map(|i| format!(r#"["x{i:03}","X"]"#))
            .collect();
        let e = Locales::parse(&format!("[{}]", many.join(","))).unwrap_err();
        assert!(e.contains("over 300"), "{e}");
        let long = format!(r#"[["en","{}"]]"#, "a".repeat(MAX_MANIFEST_BYTES));
        assert!(Locales::parse(&long).unwrap_err().contains("bytes"));
        let long_name = format!(r#"[["en","{}"]]"#, "a".repeat(61));
        assert!(Locales::parse(&long_name).is_err());
    }

    #[test]
    fn the_manifest_of_folders_comes_from_each_locale_naming_itself() {
        let en = "locale-name = English\nlocale-direction = ltr\napp-title = Alliance Player\n";
        let ps = "# Pashto\nlocale-name = پښتو\nlocale-direction = rtl\n";
        let l = Locales::from_folders([("ps", ps), ("en", en)]).unwrap();
        assert_eq!(l.to_json(), r#"[["en","English"],["ps","پښتو","rtl"]]"#);
        let e = Locales::from_folders([("en", en), ("xx", "locale-name = X\n")]).unwrap_err();
        assert_eq!(
            e,
            "locales/xx/main.ftl: add the message `locale-direction` (see locales/en/main.ftl)"
        );
        let e = Locales::from_folders([
            ("en", en),
            ("xx", "locale-name = { $a }\nlocale-direction = ltr\n"),
        ])
        .unwrap_err();
        assert!(e.contains("`locale-name`"), "{e}");
        let e = Locales::from_folders([
            ("en", en),
            ("xx", "locale-name = X\nlocale-direction = sideways\n"),
        ])
        .unwrap_err();
        assert!(
            e.contains("locales/xx/main.ftl: the direction of `xx` is `sideways`"),
            "{e}"
        );
    }
}
