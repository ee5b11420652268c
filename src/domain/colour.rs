//! Colours and their contrast (WCAG 2.2 relative luminance), so a host's theme colour never makes text unreadable:
//! the text on a coloured button is white or near-black, whichever contrasts more, and a colour used for text (links,
//! the focus ring) is darkened or lightened until it reaches the 4.5 : 1 that WCAG AA asks of body text.

use std::fmt;

/// The contrast WCAG 2.2 AA asks of normal text (1.4.3).
pub const AA_TEXT: f64 = 4.5;

/// An sRGB colour, 8 bits a channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// The near-black of the player's text.
pub const TEXT: Rgb = Rgb(0x1c, 0x1c, 0x1c);
pub const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

impl Rgb {
    /// `#rgb`, `#rrggbb`, or the browser's computed form `rgb(r, g, b)` / `rgba(r, g, b, a)`; `None` for anything
    /// else (named colours are turned into `rgb()` by the browser first; see `edge::embed`).
    pub fn parse(colour: &str) -> Option<Rgb> {
        let c = colour.trim();
        if let Some(hex) = c.strip_prefix('#') {
            let digits: Vec<u8> = match hex.len() {
                3 => hex
                    .chars()
                    .map(|c| c.to_digit(16).map(|d| (d * 17) as u8))
                    .collect::<Option<_>>()?,
                6 => (0..3)
                    .map(|i| u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok())
                    .collect::<Option<_>>()?,
                _ => return None,
            };
            return Some(Rgb(digits[0], digits[1], digits[2]));
        }
        let inner = c
            .strip_prefix("rgba(")
            .or_else(|| c.strip_prefix("rgb("))?
            .strip_suffix(')')?;
        let parts: Vec<&str> = inner
            .split([',', ' ', '/'])
            .filter(|p| !p.is_empty())
            .collect();
        if parts.len() < 3 {
            return None;
        }
        let channel = |p: &str| {
            p.parse::<f64>()
                .ok()
                .filter(|v| (0.0..=255.0).contains(v))
                .map(|v| v.round() as u8)
        };
        Some(Rgb(
            channel(parts[0])?,
            channel(parts[1])?,
            channel(parts[2])?,
        ))
    }

    /// WCAG relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// The contrast ratio with `other`, 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// This colour moved a fraction `t` (0–1) of the way towards `to`.
    fn mix(self, to: Rgb, t: f64) -> Rgb {
        let m = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
        Rgb(m(self.0, to.0), m(self.1, to.1), m(self.2, to.2))
    }
}

/// The text colour for a background `colour`: white or the player's near-black, whichever contrasts more; for the
/// mid-greys where neither reaches 4.5 : 1, white or pure black (one of those two always reaches 4.58 : 1).
pub fn readable_on(background: Rgb) -> Rgb {
    let best = |a: Rgb, b: Rgb| {
        if background.contrast(a) >= background.contrast(b) {
            a
        } else {
            b
        }
    };
    let text = best(WHITE, TEXT);
    if background.contrast(text) >= AA_TEXT {
        text
    } else {
        best(WHITE, Rgb(0, 0, 0))
    }
}

/// `colour` used as text on every one of `backgrounds`: itself if it reaches `min` contrast on all of them, else the
/// nearest shade that does (mixed towards black on light backgrounds, towards white on dark ones). The second value
/// tells whether it had to be changed.
pub fn legible_on(colour: Rgb, backgrounds: &[Rgb], min: f64) -> (Rgb, bool) {
    let ok = |c: Rgb| backgrounds.iter().all(|b| c.contrast(*b) >= min);
    if ok(colour) {
        return (colour, false);
    }
    let light = backgrounds.iter().map(|b| b.luminance()).sum::<f64>()
        / backgrounds.len().max(1) as f64
        > 0.18;
    let towards = if light { Rgb(0, 0, 0) } else { WHITE };
    let shade = (1..=20)
        .map(|step| colour.mix(towards, f64::from(step) * 0.05))
        .find(|c| ok(*c))
        .unwrap_or(if light { TEXT } else { WHITE });
    (shade, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rgb(s: &str) -> Rgb {
        Rgb::parse(s).unwrap()
    }

    #[test]
    fn colours_are_read_in_hex_and_in_the_browsers_computed_form() {
        assert_eq!(rgb("#0b6e4f"), Rgb(11, 110, 79));
        assert_eq!(rgb("#0a6"), Rgb(0, 0xaa, 0x66));
        assert_eq!(rgb(" rgb(102, 51, 153) "), Rgb(102, 51, 153));
        assert_eq!(rgb("rgba(255, 204, 0, 0.5)"), Rgb(255, 204, 0));
        assert_eq!(rgb("rgb(255 204 0 / 50%)"), Rgb(255, 204, 0));
        assert_eq!(rgb("#0b6e4f").to_string(), "#0b6e4f");
        for bad in [
            "rebeccapurple",
            "#12345",
            "#gggggg",
            "rgb(1, 2)",
            "rgb(300, 0, 0)",
            "hsl(0 0% 0%)",
            "",
        ] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn contrast_ratios_match_wcag() {
        assert!((WHITE.contrast(Rgb(0, 0, 0)) - 21.0).abs() < 1e-9);
        assert!((WHITE.contrast(WHITE) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic 4.54 : 1.
        assert!((rgb("#767676").contrast(WHITE) - 4.54).abs() < 0.01);
    }

    #[test]
    fn text_on_a_host_colour_keeps_its_contrast() {
        assert_eq!(readable_on(rgb("#0b6e4f")), WHITE, "the default green");
        assert_eq!(
            readable_on(rgb("#0a6")),
            TEXT,
            "a light green needs dark text"
        );
        assert_eq!(readable_on(rgb("#FFD700")), TEXT);
        assert_eq!(readable_on(rgb("#003366")), WHITE);
        let page = [WHITE, rgb("#f7f7f5")];
        for r in (0..=255u8).step_by(15) {
            for g in (0..=255u8).step_by(15) {
                for b in (0..=255u8).step_by(15) {
                    let c = Rgb(r, g, b);
                    assert!(readable_on(c).contrast(c) >= AA_TEXT, "text on {c}");
                    let (shade, _) = legible_on(c, &page, AA_TEXT);
                    assert!(
                        page.iter().all(|p| shade.contrast(*p) >= AA_TEXT),
                        "{c} as text: {shade}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_light_host_colour_is_darkened_for_text_and_a_dark_one_kept() {
        let page = [WHITE, rgb("#f7f7f5")];
        assert_eq!(
            legible_on(rgb("#0b6e4f"), &page, AA_TEXT),
            (rgb("#0b6e4f"), false)
        );
        let (gold, changed) = legible_on(rgb("#ffcc00"), &page, AA_TEXT);
        assert!(changed);
        assert!(page.iter().all(|b| gold.contrast(*b) >= AA_TEXT), "{gold}");
        // Still a gold, not black: the nearest shade that passes.
        assert!(gold.0 > gold.2 && gold.0 > 60, "{gold}");
        let dark = [rgb("#141414"), rgb("#1e1e1e")];
        let (navy, changed) = legible_on(rgb("#003366"), &dark, AA_TEXT);
        assert!(
            changed && dark.iter().all(|b| navy.contrast(*b) >= AA_TEXT),
            "{navy}"
        );
    }
}
