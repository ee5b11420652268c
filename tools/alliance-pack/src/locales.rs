//! `alliance-pack locales DIST`: the manifest of a built player's interface locales, from its `locales/` folders
//! (each `main.ftl` names its language and direction: `domain::locales`). Written to `locales/index.json` and into
//! `index.html`'s `<meta name="alliance-locales">`, where the player reads it before its first screen: adding a
//! language is adding its folder and building again.

use std::path::Path;

use alliance_player::i18n;

const META: &str = "<meta name=\"alliance-locales\"";

/// Writes the manifest of `dist/locales/` into `dist/locales/index.json` and `dist/index.html`. Returns what was done.
pub fn write(dist: &Path) -> Result<String, String> {
    let locales = i18n::locales_of_folder(&dist.join("locales"))?;
    let json = locales.to_json();
    let (index, html) = crate::prerender::built_page(dist)?;
    let html = insert(&html, &json)?;
    std::fs::write(dist.join("locales/index.json"), &json)
        .map_err(|e| format!("{}: {e}", dist.join("locales/index.json").display()))?;
    std::fs::write(&index, html).map_err(|e| format!("{}: {e}", index.display()))?;
    let rtl = locales.iter().filter(|l| l.rtl).count();
    Ok(format!(
        "{}: {} interface locales ({rtl} right to left), {} bytes of manifest",
        dist.join("locales/index.json").display(),
        locales.len(),
        json.len()
    ))
}

/// `html` with its `<meta name="alliance-locales">` (exactly one, with or without content; quoted or, as Trunk's
/// minifier leaves it, not) carrying `json`.
pub fn insert(html: &str, json: &str) -> Result<String, String> {
    let mut starts: Vec<usize> = html
        .match_indices(META)
        .chain(html.match_indices("<meta name=alliance-locales"))
        .map(|(i, _)| i)
        .collect();
    starts.sort_unstable();
    let [start] = starts.as_slice() else {
        return Err(format!(
            "index.html must have one `<meta name=\"alliance-locales\">`, it has {}",
            starts.len()
        ));
    };
    let end = html[*start..]
        .find('>')
        .map(|e| start + e + 1)
        .ok_or("index.html: the `<meta name=\"alliance-locales\"` is not closed")?;
    let content = json
        .replace('&', "&amp;")
        .replace('\'', "&#39;")
        .replace('<', "&lt;");
    Ok(format!(
        "{}{META} content='{content}'>{}",
        &html[..*start],
        &html[end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_manifest_goes_into_the_one_meta_and_is_read_back() {
        let html = "<head><meta name=\"alliance-locales\" /><title>x</title></head>";
        let json = r#"[["en","English"],["x","L'a<b&"]]"#;
        let once = insert(html, json).unwrap();
        assert_eq!(
            once,
            "<head><meta name=\"alliance-locales\" content='[[\"en\",\"English\"],[\"x\",\"L&#39;a&lt;b&amp;\"]]'><title>x</title></head>"
        );
        // Again (a second build step, a publisher running it twice): replaced, not added.
        assert_eq!(insert(&once, json).unwrap(), once);
        // As Trunk's minifier writes it.
        assert_eq!(
            insert("<head><meta name=alliance-locales><title>", json).unwrap(),
            insert("<head><meta name=\"alliance-locales\"><title>", json).unwrap()
        );
        assert!(insert("<head></head>", json)
            .unwrap_err()
            .contains("it has 0"));
    }

    #[test]
    fn a_built_players_locales_folder_gives_every_locale() {
        let dir = std::env::temp_dir().join(format!("alliance-locales-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("locales/en")).unwrap();
        std::fs::create_dir_all(dir.join("locales/ckb")).unwrap();
        std::fs::write(
            dir.join("locales/en/main.ftl"),
            "locale-name = English\nlocale-direction = ltr\n",
        )
        .unwrap();
        std::fs::write(
            dir.join("locales/ckb/main.ftl"),
            "locale-name = کوردی\nlocale-direction = rtl\n",
        )
        .unwrap();
        std::fs::write(
            dir.join("index.html"),
            "<head><meta name=\"alliance-locales\"></head>",
        )
        .unwrap();
        let said = write(&dir).unwrap();
        assert!(
            said.ends_with("2 interface locales (1 right to left), 45 bytes of manifest"),
            "{said}"
        );
        let json = std::fs::read_to_string(dir.join("locales/index.json")).unwrap();
        assert_eq!(json, r#"[["en","English"],["ckb","کوردی","rtl"]]"#);
        assert!(std::fs::read_to_string(dir.join("index.html"))
            .unwrap()
            .contains(&json.replace('\'', "&#39;")));
        // A folder whose language does not name itself stops the build, saying which and what to add.
        std::fs::create_dir_all(dir.join("locales/xx")).unwrap();
        std::fs::write(dir.join("locales/xx/main.ftl"), "app-title = X\n").unwrap();
        assert!(write(&dir)
            .unwrap_err()
            .contains("locales/xx/main.ftl: add the message `locale-name`"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
