//! A course's search data (`search.json`, format 1.2): the cues of every subtitle file of the course in one file,
//! read by the player's search inside a course in one request instead of one per subtitle track (a course of 2,000
//! videos in three languages would otherwise fetch 6,000 files). `build` writes it; `validate` checks it still says
//! what the subtitle files say. The cues are the player's own reading of WebVTT (`domain::course_search`).

use alliance_player::domain::course_search::{parse_vtt, SubtitleText, SEARCH_DATA_FORMAT};
use alliance_player::domain::limits::Input;
use alliance_player::domain::package::{Course, UnitBody};

use crate::store::{folder_of, Place, Store};

/// The file's name, beside the course manifest.
pub const SEARCH_FILE: &str = "search.json";

/// The search data the subtitle files in the course's folder give, in outline order (like `files`, it speaks of the
/// course's folder: subtitles elsewhere are fetched by the player as they are); `Err` names a subtitle file that
/// cannot be read.
pub fn expected(store: &Store, course: &Course) -> Result<Vec<SubtitleText>, String> {
    let folder = folder_of(&course.url);
    let mut texts = Vec::new();
    for unit in course.units() {
        if let UnitBody::Video(m) | UnitBody::Audio(m) = &unit.body {
            for s in &m.subtitles {
                if store.place(&s.src) != Place::Here || !s.src.starts_with(folder) {
                    continue;
                }
                let vtt = store
                    .text(&s.src, Input::Subtitles.max_bytes())
                    .map_err(|e| format!("{}: {e}", store.display(&s.src)))?;
                texts.push(SubtitleText {
                    unit: unit.id.clone(),
                    lang: s.lang.clone(),
                    cues: parse_vtt(&vtt)
                        .into_iter()
                        .map(|c| (c.start_ms, c.text))
                        .collect(),
                });
            }
        }
    }
    Ok(texts)
}

/// The file's text: compact JSON (it is read by the player, not by people), one line per subtitle file.
pub fn to_text(texts: &[SubtitleText]) -> String {
    let mut out = format!(
        "{{\"format\":{},\"version\":\"1.0\",\"subtitles\":[",
        serde_json::Value::from(SEARCH_DATA_FORMAT)
    );
    for (i, t) in texts.iter().enumerate() {
        let value = serde_json::json!({"unit": t.unit, "lang": t.lang, "cues": t.cues});
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        out.push_str(&value.to_string());
    }
    out.push_str("\n]}\n");
    out
}
