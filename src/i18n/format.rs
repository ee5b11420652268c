//! Numbers, percentages, sizes, durations and language names formatted for the interface locale with the
//! browser's `Intl` (so Arabic gets its digits and separators, French its spaces). On the host, where there is no
//! `Intl`, plain Rust formatting stands in so logic tests run.

use std::cell::RefCell;

thread_local! {
    static LOCALE: RefCell<String> = RefCell::new("en".into());
}

pub(super) fn set_locale(locale: &str) {
    LOCALE.with(|l| *l.borrow_mut() = locale.to_string());
}

fn with_locale<T>(f: impl FnOnce(&str) -> T) -> T {
    LOCALE.with(|l| f(&l.borrow()))
}

#[cfg(target_arch = "wasm32")]
mod intl {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(inline_js = r#"
const cache = new Map();
function nf(locale, key, options) {
  const k = locale + '|' + key;
  let f = cache.get(k);
  if (!f) { f = new Intl.NumberFormat(locale, options); cache.set(k, f); }
  return f;
}
export function number(locale, n, maxFraction) {
  return nf(locale, 'n' + maxFraction, { maximumFractionDigits: maxFraction }).format(n);
}
export function percent(locale, fraction) {
  return nf(locale, 'p', { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}
export function unit(locale, n, unit, maxFraction) {
  return nf(locale, 'u' + unit + maxFraction, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: maxFraction }).format(n);
}
export function duration(locale, seconds) {
  const s = Math.round(seconds), parts = { minutes: Math.floor(s / 60), seconds: s % 60 };
  if (typeof Intl.DurationFormat === 'function') {
    return new Intl.DurationFormat(locale, { style: 'short', secondsDisplay: 'always' }).format(parts);
  }
  return parts.minutes + ':' + String(parts.seconds).padStart(2, '0');
}
export function date(locale, ms) {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(ms));
}
export function languageName(locale, tag) {
  try { return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) || ''; } catch (e) { return ''; }
}
"#)]
    extern "C" {
        pub fn number(locale: &str, n: f64, max_fraction: u32) -> String;
        pub fn percent(locale: &str, fraction: f64) -> String;
        pub fn unit(locale: &str, n: f64, unit: &str, max_fraction: u32) -> String;
        pub fn duration(locale: &str, seconds: f64) -> String;
        pub fn date(locale: &str, ms: f64) -> String;
        #[wasm_bindgen(js_name = languageName)]
        pub fn language_name(locale: &str, tag: &str) -> String;
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod intl {
    pub fn number(_: &str, n: f64, max_fraction: u32) -> String {
        let s = format!("{n:.*}", max_fraction as usize);
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s
        }
    }
    pub fn percent(_: &str, fraction: f64) -> String {
        format!("{}%", (fraction * 100.0).round())
    }
    pub fn unit(l: &str, n: f64, unit: &str, max_fraction: u32) -> String {
        let short = match unit {
            "gigabyte" => "GB",
            "megabyte" => "MB",
            "kilobyte" => "kB",
            "second" => "s",
            _ => "B",
        };
        format!("{} {short}", number(l, n, max_fraction))
    }
    pub fn duration(_: &str, seconds: f64) -> String {
        let s = seconds.round() as u64;
        format!("{}:{:02}", s / 60, s % 60)
    }
    pub fn language_name(_: &str, _: &str) -> String {
        String::new()
    }
    pub fn date(_: &str, ms: f64) -> String {
        crate::domain::xapi::iso8601(ms)[..10].to_string()
    }
}

/// A number for people: `1,234.5` (en), `1 234,5` (fr), `١٬٢٣٤٫٥` (ar-EG).
pub fn number(n: f64) -> String {
    with_locale(|l| intl::number(l, n, 2))
}

/// A share from 0 to 1 as a percentage: `45%`, `45 %`, `٤٥٪`.
pub fn percent(fraction: f64) -> String {
    with_locale(|l| intl::percent(l, fraction))
}

/// A byte count: `820 kB`, `1.4 MB`, `10.7 GB`.
pub fn size(bytes: u64) -> String {
    let b = bytes as f64;
    with_locale(|l| {
        if b >= 1e9 {
            intl::unit(l, b / 1e9, "gigabyte", 1)
        } else if b >= 1e6 {
            intl::unit(l, b / 1e6, "megabyte", 1)
        } else if b >= 1e3 {
            intl::unit(l, (b / 1e3).round(), "kilobyte", 0)
        } else {
            intl::unit(l, b, "byte", 0)
        }
    })
}

/// A media length: `1 min, 7 sec` where the browser has `Intl.DurationFormat`, else `1:07`.
pub fn duration(seconds: f64) -> String {
    with_locale(|l| intl::duration(l, seconds))
}

/// A calendar date for people: `27 Nov 2026`, `2026年11月27日`.
pub fn date(ms: f64) -> String {
    with_locale(|l| intl::date(l, ms))
}

/// The name of language `tag` in the interface language (`Arabic` in English, `arabe` in French); empty if the
/// browser does not know it.
pub fn language_name(tag: &str) -> String {
    with_locale(|l| intl::language_name(l, tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_stand_ins_read_naturally() {
        assert_eq!(number(3.0), "3");
        assert_eq!(number(2.5), "2.5");
        assert_eq!(percent(0.456), "46%");
        assert_eq!(size(512), "512 B");
        assert_eq!(size(82_000), "82 kB");
        assert_eq!(size(1_400_000), "1.4 MB");
        assert_eq!(size(10_738_200_000), "10.7 GB");
        assert_eq!(duration(67.2), "1:07");
    }
}
