//! How a learner likes video and audio: the caption style (size, text colour, background — the options of the FCC's
//! caption display standard and WCAG's "Captions (Prerecorded)" understanding), the playback speed, and the keyboard
//! shortcuts of the media player. Stored per learner as short text (`edge::settings`), read back hostile.

/// Playback speeds offered, slowest first.
pub const SPEEDS: [f64; 8] = [0.5, 0.75, 0.9, 1.0, 1.25, 1.5, 1.75, 2.0];

/// The speed after `current` one step `faster` (or slower), within [`SPEEDS`].
pub fn step_speed(current: f64, faster: bool) -> f64 {
    if faster {
        SPEEDS
            .iter()
            .copied()
            .find(|s| *s > current + 1e-9)
            .unwrap_or(SPEEDS[SPEEDS.len() - 1])
    } else {
        SPEEDS
            .iter()
            .rev()
            .copied()
            .find(|s| *s < current - 1e-9)
            .unwrap_or(SPEEDS[0])
    }
}

/// A stored speed, if it is one of [`SPEEDS`] (anything else: the normal speed).
pub fn parse_speed(stored: &str) -> f64 {
    stored
        .trim()
        .parse::<f64>()
        .ok()
        .and_then(|x| SPEEDS.iter().copied().find(|s| (s - x).abs() < 1e-9))
        .unwrap_or(1.0)
}

/// Caption text sizes, in percent of the normal size.
pub const SIZES: [u32; 5] = [75, 100, 125, 150, 200];
/// Caption text colours: (name, CSS colour). White and yellow on black are the broadcast defaults.
pub const COLOURS: [(&str, &str); 6] = [
    ("white", "#ffffff"),
    ("yellow", "#ffff00"),
    ("cyan", "#00ffff"),
    ("green", "#00ff00"),
    ("magenta", "#ff00ff"),
    ("black", "#000000"),
];
/// Caption backgrounds: (name, CSS colour).
pub const BACKGROUNDS: [(&str, &str); 5] = [
    ("black", "rgb(0 0 0 / 0.8)"),
    ("solid-black", "#000000"),
    ("white", "rgb(255 255 255 / 0.85)"),
    ("transparent", "transparent"),
    ("blue", "rgb(0 0 160 / 0.85)"),
];

/// How captions look for this learner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaptionStyle {
    /// Percent of the normal size, one of [`SIZES`].
    pub size: u32,
    /// Index into [`COLOURS`].
    pub colour: usize,
    /// Index into [`BACKGROUNDS`].
    pub background: usize,
}

impl Default for CaptionStyle {
    fn default() -> Self {
        CaptionStyle {
            size: 100,
            colour: 0,
            background: 0,
        }
    }
}

impl CaptionStyle {
    /// Reads a stored style (`size colour background`, e.g. `150 yellow black`); what is not understood keeps its
    /// default, so a damaged or older setting still shows captions.
    pub fn parse(stored: &str) -> CaptionStyle {
        let mut style = CaptionStyle::default();
        let mut parts = stored.split_whitespace().take(3);
        if let Some(size) = parts
            .next()
            .and_then(|s| s.parse::<u32>().ok())
            .filter(|s| SIZES.contains(s))
        {
            style.size = size;
        }
        if let Some(i) = parts
            .next()
            .and_then(|c| COLOURS.iter().position(|(n, _)| *n == c))
        {
            style.colour = i;
        }
        if let Some(i) = parts
            .next()
            .and_then(|b| BACKGROUNDS.iter().position(|(n, _)| *n == b))
        {
            style.background = i;
        }
        style
    }

    /// The stored form ([`CaptionStyle::parse`] reads it back).
    pub fn to_setting(self) -> String {
        format!(
            "{} {} {}",
            self.size, COLOURS[self.colour].0, BACKGROUNDS[self.background].0
        )
    }

    pub fn colour_name(self) -> &'static str {
        COLOURS[self.colour].0
    }

    pub fn background_name(self) -> &'static str {
        BACKGROUNDS[self.background].0
    }

    /// CSS custom properties for the captions' box (the player's cues and the browser's own `::cue`).
    pub fn css(self) -> String {
        let (fg, bg) = (COLOURS[self.colour].1, BACKGROUNDS[self.background].1);
        // Black text on a see-through background needs a halo to be read over a dark picture; light text a shadow.
        let edge = if self.colour == 5 {
            "0 0 3px #fff, 0 0 3px #fff"
        } else {
            "0 0 3px #000, 0 0 3px #000"
        };
        format!(
            "--cue-scale: {}; --cue-colour: {fg}; --cue-background: {bg}; --cue-edge: {edge}",
            self.size as f64 / 100.0
        )
    }

    /// Does the text stand out from its own background (WCAG 1.4.3's 4.5:1 for the opaque and nearly opaque
    /// backgrounds)? The settings screen says so when a learner picks a pair that does not.
    pub fn readable(self) -> bool {
        let bg = match self.background_name() {
            "transparent" => return true, // over the picture: the edge shadow carries it
            "black" | "solid-black" => (0, 0, 0),
            "white" => (255, 255, 255),
            _ => (0, 0, 160),
        };
        let fg = hex(COLOURS[self.colour].1);
        contrast(fg, bg) >= 4.5
    }
}

fn hex(c: &str) -> (u8, u8, u8) {
    let v = u32::from_str_radix(c.trim_start_matches('#'), 16).unwrap_or(0);
    ((v >> 16) as u8, (v >> 8) as u8, v as u8)
}

fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let lum = |(r, g, b): (u8, u8, u8)| {
        let c = |x: u8| {
            let x = x as f64 / 255.0;
            if x <= 0.039_28 {
                x / 12.92
            } else {
                ((x + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b)
    };
    let (la, lb) = (lum(a), lum(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// What a key does in the media player.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaKey {
    PlayPause,
    Back,
    Forward,
    Slower,
    Faster,
    Captions,
    Fullscreen,
}

/// Seconds a "back" or "forward" key moves.
pub const SEEK_STEP: f64 = 5.0;

/// The action of a key pressed while focus is in the media player (never on the whole page: screen readers use
/// single letters to move through a page, and their browse mode takes keys before the page sees them). `key` is
/// `KeyboardEvent.key`; keys with Ctrl, Alt or Meta belong to the browser and the screen reader, and keys pressed in
/// a button, a menu or a field (`in_control`) to that control.
pub fn media_key(key: &str, ctrl_alt_meta: bool, in_control: bool) -> Option<MediaKey> {
    if ctrl_alt_meta || in_control {
        return None;
    }
    Some(match key {
        "k" | "K" | " " => MediaKey::PlayPause,
        "j" | "J" | "ArrowLeft" => MediaKey::Back,
        "l" | "L" | "ArrowRight" => MediaKey::Forward,
        "<" | "," => MediaKey::Slower,
        ">" | "." => MediaKey::Faster,
        "c" | "C" => MediaKey::Captions,
        "f" | "F" => MediaKey::Fullscreen,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speeds_step_within_the_offered_ones_and_stored_ones_are_checked() {
        assert_eq!(step_speed(1.0, true), 1.25);
        assert_eq!(step_speed(1.0, false), 0.9);
        assert_eq!(step_speed(2.0, true), 2.0);
        assert_eq!(step_speed(0.5, false), 0.5);
        assert_eq!(
            step_speed(1.1, true),
            1.25,
            "a speed set elsewhere steps to the next offered one"
        );
        assert_eq!(parse_speed("1.5"), 1.5);
        for hostile in ["16", "-1", "NaN", "", "1.5e300", "abc"] {
            assert_eq!(parse_speed(hostile), 1.0, "{hostile:?}");
        }
    }

    #[test]
    fn a_caption_style_round_trips_and_a_damaged_one_keeps_its_defaults() {
        let s = CaptionStyle {
            size: 150,
            colour: 1,
            background: 3,
        };
        assert_eq!(s.to_setting(), "150 yellow transparent");
        assert_eq!(CaptionStyle::parse(&s.to_setting()), s);
        assert_eq!(CaptionStyle::parse(""), CaptionStyle::default());
        assert_eq!(
            CaptionStyle::parse("9999 <script> black"),
            CaptionStyle::default(),
            "an unknown size and colour keep the defaults; the background is read"
        );
        assert_eq!(CaptionStyle::parse("200").size, 200);
        let css = s.css();
        assert!(
            css.contains("--cue-scale: 1.5") && css.contains("--cue-colour: #ffff00"),
            "{css}"
        );
        assert!(css.contains("--cue-background: transparent"), "{css}");
    }

    #[test]
    fn unreadable_pairs_are_told_apart() {
        let style = |c: &str, b: &str| CaptionStyle::parse(&format!("100 {c} {b}"));
        assert!(style("white", "black").readable());
        assert!(style("yellow", "solid-black").readable());
        assert!(style("black", "white").readable());
        assert!(!style("white", "white").readable());
        assert!(!style("yellow", "white").readable());
        assert!(!style("black", "black").readable());
        assert!(style("white", "blue").readable());
    }

    #[test]
    fn media_keys_only_without_modifiers_and_outside_controls() {
        assert_eq!(media_key("k", false, false), Some(MediaKey::PlayPause));
        assert_eq!(media_key(" ", false, false), Some(MediaKey::PlayPause));
        assert_eq!(media_key("ArrowLeft", false, false), Some(MediaKey::Back));
        assert_eq!(media_key("L", false, false), Some(MediaKey::Forward));
        assert_eq!(media_key(">", false, false), Some(MediaKey::Faster));
        assert_eq!(media_key("<", false, false), Some(MediaKey::Slower));
        assert_eq!(media_key("c", false, false), Some(MediaKey::Captions));
        assert_eq!(media_key("f", false, false), Some(MediaKey::Fullscreen));
        // The screen reader's and the browser's own keys, and keys typed into a control.
        assert_eq!(media_key("k", true, false), None);
        assert_eq!(media_key("ArrowLeft", false, true), None);
        assert_eq!(media_key("h", false, false), None);
        assert_eq!(media_key("Tab", false, false), None);
    }
}
