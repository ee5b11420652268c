//! Language tags: well-formedness, names in their own script, and picking the best text of a localized map.

use std::collections::BTreeMap;

/// A learner-visible string in several languages: BCP 47 tag → text.
pub type Localized = BTreeMap<String, String>;

/// Is `tag` a well-formed BCP 47 tag of the shapes course packages use (`en`, `zh-CN`, `sr-Latn-RS`, `es-419`)?
pub fn is_well_formed(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let Some(lang) = parts.next() else {
        return false;
    };
    let lang_ok = matches!(lang.len(), 2 | 3) && lang.bytes().all(|b| b.is_ascii_alphabetic());
    lang_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The language part of a tag: `zh-CN` → `zh`.
pub fn base(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
}

/// Names of languages in their own script, so a learner finds theirs without reading another language.
const AUTONYMS: &[(&str, &str)] = &[
    ("am", "አማርኛ"),
    ("ar", "العربية"),
    ("bn", "বাংলা"),
    ("de", "Deutsch"),
    ("en", "English"),
    ("es", "Español"),
    ("fa", "فارسی"),
    ("fil", "Filipino"),
    ("fr", "Français"),
    ("ha", "Hausa"),
    ("he", "עברית"),
    ("hi", "हिन्दी"),
    ("id", "Bahasa Indonesia"),
    ("it", "Italiano"),
    ("ja", "日本語"),
    ("kk", "Қазақ тілі"),
    ("km", "ខ្មែរ"),
    ("ko", "한국어"),
    ("mn", "Монгол"),
    ("mr", "मराठी"),
    ("ms", "Bahasa Melayu"),
    ("my", "မြန်မာ"),
    ("ne", "नेपाली"),
    ("nl", "Nederlands"),
    ("pl", "Polski"),
    ("pt", "Português"),
    ("pt-BR", "Português (Brasil)"),
    ("pt-PT", "Português (Portugal)"),
    ("ro", "Română"),
    ("ru", "Русский"),
    ("sw", "Kiswahili"),
    ("ta", "தமிழ்"),
    ("te", "తెలుగు"),
    ("th", "ไทย"),
    ("tr", "Türkçe"),
    ("uk", "Українська"),
    ("ur", "اردو"),
    ("uz", "Oʻzbekcha"),
    ("vi", "Tiếng Việt"),
    ("yo", "Yorùbá"),
    ("zh", "中文"),
    ("zh-CN", "中文（简体）"),
    ("zh-Hans", "中文（简体）"),
    ("zh-Hant", "中文（繁體）"),
    ("zh-TW", "中文（繁體）"),
];

/// The name of a language in its own script; the tag itself if unknown. Exact tag first, then its base language.
pub fn autonym(tag: &str) -> &str {
    let find = |t: &str| {
        AUTONYMS
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(t))
            .map(|(_, v)| *v)
    };
    find(tag).or_else(|| find(base(tag))).unwrap_or(tag)
}

/// Tags browsers send that mean one of our locales under another name (old codes, scripts, regions).
const ALIASES: &[(&str, &str)] = &[
    ("zh-HK", "zh-TW"),
    ("zh-MO", "zh-TW"),
    ("zh-Hant", "zh-TW"),
    ("zh-Hans", "zh-CN"),
    ("zh-SG", "zh-CN"),
    ("zh", "zh-CN"),
    // Portuguese of Africa, Asia and Europe is written to the European norm.
    ("pt-AO", "pt-PT"),
    ("pt-MZ", "pt-PT"),
    ("pt-CV", "pt-PT"),
    ("pt-GW", "pt-PT"),
    ("pt-ST", "pt-PT"),
    ("pt-TL", "pt-PT"),
    ("pt-MO", "pt-PT"),
    ("pt-LU", "pt-PT"),
    ("pt-CH", "pt-PT"),
    ("pt", "pt-BR"),
    ("no", "nb"),
    ("nn", "nb"),
    ("ku-Arab", "ckb"),
    ("iw", "he"),
    ("in", "id"),
    ("tl", "fil"),
    ("uz-Latn", "uz"),
    ("mn-Cyrl", "mn"),
    ("kk-Cyrl", "kk"),
];

/// The locale of `available` that best serves a learner whose browser asks for `requested` (most preferred
/// first): for each requested tag in turn, an exact match, then a known alias (`zh-HK` → `zh-TW`,
/// `pt` → `pt-BR`), then the same base language (`fr-CA` → `fr`); `en` if nothing matches.
pub fn negotiate<'a>(requested: &[String], available: &[&'a str]) -> &'a str {
    let find = |tag: &str| {
        available
            .iter()
            .copied()
            .find(|a| a.eq_ignore_ascii_case(tag))
    };
    for r in requested {
        let r = r.trim();
        if let Some(a) = find(r) {
            return a;
        }
        // Aliases match on the longest prefix of subtags: zh-Hant-HK → zh-Hant → zh-TW.
        let mut prefix = r;
        loop {
            if let Some((_, to)) = ALIASES
                .iter()
                .find(|(from, _)| from.eq_ignore_ascii_case(prefix))
            {
                if let Some(a) = find(to) {
                    return a;
                }
            }
            match prefix.rfind('-') {
                Some(i) => prefix = &prefix[..i],
                None => break,
            }
        }
        if let Some(a) = available
            .iter()
            .copied()
            .find(|a| base(a).eq_ignore_ascii_case(base(r)))
        {
            return a;
        }
    }
    find("en").or(available.first().copied()).unwrap_or("en")
}

/// The order in which course text is looked for: the learner's chosen course language (if any), then the
/// interface language, then the browser's languages, then English; without repeats.
pub fn content_chain(choice: Option<&str>, ui: &str, browser: &[String]) -> Vec<String> {
    let mut chain: Vec<String> = Vec::new();
    let candidates = choice
        .into_iter()
        .chain([ui])
        .chain(browser.iter().map(String::as_str))
        .chain(["en"]);
    for tag in candidates {
        if !tag.is_empty() && !chain.iter().any(|c| c.eq_ignore_ascii_case(tag)) {
            chain.push(tag.to_string());
        }
    }
    chain
}

/// Right-to-left scripts among the languages the player knows.
pub fn is_rtl(tag: &str) -> bool {
    matches!(
        base(tag),
        "ar" | "fa" | "he" | "ur" | "ps" | "sd" | "yi" | "ckb" | "dv" | "ug"
    )
}

/// The best entry of `text` for a learner who prefers `prefs` (most preferred first):
/// exact tag, then same base language, for each preference in turn; then `fallback` (the course's default
/// language); then the first entry. Returns `(tag, text)`, or `None` for an empty map.
pub fn pick<'a>(
    text: &'a Localized,
    prefs: &[String],
    fallback: &str,
) -> Option<(&'a str, &'a str)> {
    let exact = |t: &str| text.iter().find(|(k, _)| k.eq_ignore_ascii_case(t));
    let same_base = |t: &str| {
        text.iter()
            .find(|(k, _)| base(k).eq_ignore_ascii_case(base(t)))
    };
    prefs
        .iter()
        .find_map(|p| exact(p).or_else(|| same_base(p)))
        .or_else(|| exact(fallback))
        .or_else(|| same_base(fallback))
        .or_else(|| text.iter().next())
        .map(|(k, v)| (k.as_str(), v.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(pairs: &[(&str, &str)]) -> Localized {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn well_formed_tags() {
        for good in [
            "en",
            "zh-CN",
            "pt-BR",
            "sr-Latn-RS",
            "es-419",
            "fil",
            "zh-Hant",
        ] {
            assert!(is_well_formed(good), "{good} should be well formed");
        }
        for bad in [
            "",
            "e",
            "english!",
            "zh_CN",
            "en-",
            "-en",
            "en-toolongsubtag",
            "12",
        ] {
            assert!(!is_well_formed(bad), "{bad} should be rejected");
        }
    }

    #[test]
    fn autonyms_in_own_script() {
        assert_eq!(autonym("ar"), "العربية");
        assert_eq!(autonym("zh-CN"), "中文（简体）");
        assert_eq!(autonym("fr-CA"), "Français");
        assert_eq!(autonym("xx"), "xx");
    }

    #[test]
    fn pick_follows_the_preference_chain() {
        let t = text(&[("en", "Hello"), ("fr", "Bonjour"), ("zh-CN", "你好")]);
        let prefs = |p: &[&str]| p.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let cases: &[(&[&str], &str, &str)] = &[
            (&["fr"], "en", "Bonjour"),
            (&["fr-CA"], "en", "Bonjour"),
            (&["zh-TW"], "en", "你好"),
            (&["ar", "fr"], "en", "Bonjour"),
            (&["ar"], "en", "Hello"),
            (&["ar"], "fr", "Bonjour"),
            (&[], "de", "Hello"),
        ];
        for (p, fallback, want) in cases {
            assert_eq!(
                pick(&t, &prefs(p), fallback).map(|x| x.1),
                Some(*want),
                "prefs {p:?}"
            );
        }
        assert_eq!(pick(&Localized::new(), &[], "en"), None);
    }

    /// Interface locales as a player may have them (the real list is data: `domain::locales`).
    const LOCALES: &[&str] = &[
        "en", "zh-CN", "zh-TW", "fr", "ar", "pt-BR", "pt-PT", "de", "he", "id", "fil", "uz", "es",
        "nb",
    ];

    #[test]
    fn negotiation_follows_browser_preferences_and_aliases() {
        let cases: &[(&[&str], &str)] = &[
            (&["fr-CA", "en"], "fr"),
            (&["zh-HK"], "zh-TW"),
            (&["zh-Hant-HK"], "zh-TW"),
            (&["zh-MO"], "zh-TW"),
            (&["zh"], "zh-CN"),
            (&["zh-SG"], "zh-CN"),
            (&["zh-Hans-CN"], "zh-CN"),
            (&["pt"], "pt-BR"),
            (&["pt-PT"], "pt-PT"),
            (&["pt-AO"], "pt-PT"),
            (&["pt-US"], "pt-BR"),
            (&["no-NO"], "nb"),
            (&["iw-IL"], "he"),
            (&["in"], "id"),
            (&["tl-PH"], "fil"),
            (&["ar-EG"], "ar"),
            (&["en-GB"], "en"),
            (&["xx", "de-AT"], "de"),
            (&["xx-YY"], "en"),
            (&[], "en"),
            (&["ES-mx"], "es"),
            (&["uz-Latn-UZ"], "uz"),
        ];
        for (requested, want) in cases {
            let r: Vec<String> = requested.iter().map(|s| s.to_string()).collect();
            assert_eq!(negotiate(&r, LOCALES), *want, "{requested:?}");
        }
    }

    #[test]
    fn content_language_chain_and_fallback() {
        let t = text(&[
            ("en", "Statistics"),
            ("fr", "Statistiques"),
            ("zh-CN", "统计学"),
        ]);
        let browser = |b: &[&str]| b.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        // (course-language choice, interface, browser, expected chain, text shown)
        type Case<'a> = (
            Option<&'a str>,
            &'a str,
            &'a [&'a str],
            &'a [&'a str],
            &'a str,
        );
        let cases: &[Case] = &[
            (
                Some("fr"),
                "ar",
                &["ar-EG"],
                &["fr", "ar", "ar-EG", "en"],
                "Statistiques",
            ),
            (None, "ar", &["ar-EG"], &["ar", "ar-EG", "en"], "Statistics"),
            (None, "zh-TW", &[], &["zh-TW", "en"], "统计学"),
            (
                Some("de"),
                "ja",
                &["ja", "fr"],
                &["de", "ja", "fr", "en"],
                "Statistiques",
            ),
            (None, "en", &["en-US", "EN"], &["en", "en-US"], "Statistics"),
        ];
        for (choice, ui, b, want_chain, want_text) in cases {
            let chain = content_chain(*choice, ui, &browser(b));
            assert_eq!(chain, *want_chain, "{choice:?} {ui} {b:?}");
            assert_eq!(pick(&t, &chain, "en").map(|x| x.1), Some(*want_text));
        }
    }

    #[test]
    fn rtl_languages() {
        assert!(is_rtl("ar") && is_rtl("fa-IR") && is_rtl("he") && is_rtl("ur"));
        assert!(!is_rtl("en") && !is_rtl("zh-CN"));
    }
}
