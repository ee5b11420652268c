//! JSON that keeps its members in document order, written the way `json.dumps(value, ensure_ascii=False,
//! indent=2)` writes it: the format of the package files `build` rewrites, so an unchanged package stays
//! byte-identical. (serde_json's own map sorts its keys unless its `preserve_order` feature is on, and that feature
//! would reach the player's build too.)

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Number;

#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Json>),
    /// Members in document order; a repeated key keeps its first place and its last value.
    Object(Vec<(String, Json)>),
}

impl Json {
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Json> {
        match self {
            Json::Object(members) => members.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Sets member `key` of an object: in its place if present, else last.
    pub fn set(&mut self, key: &str, value: Json) {
        if let Json::Object(members) = self {
            match members.iter_mut().find(|(k, _)| k == key) {
                Some((_, v)) => *v = value,
                None => members.push((key.to_string(), value)),
            }
        }
    }

    /// Removes member `key` of an object, if present.
    pub fn remove(&mut self, key: &str) {
        if let Json::Object(members) = self {
            members.retain(|(k, _)| k != key);
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(a) => Some(a),
            _ => None,
        }
    }

    pub fn as_array_mut(&mut self) -> Option<&mut Vec<Json>> {
        match self {
            Json::Array(a) => Some(a),
            _ => None,
        }
    }

    pub fn from_u64(n: u64) -> Json {
        Json::Number(n.into())
    }

    /// The text of the file: two-space indent, `", "`-free separators, non-ASCII as is, a final newline.
    pub fn to_file_text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, 0);
        out.push('\n');
        out
    }

    fn write(&self, out: &mut String, depth: usize) {
        let indent = |out: &mut String, depth: usize| {
            out.push('\n');
            out.extend(std::iter::repeat_n("  ", depth));
        };
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) => match n.as_f64().filter(|_| n.is_f64()) {
                Some(x) => out.push_str(&float_repr(x)),
                None => out.push_str(&n.to_string()),
            },
            Json::String(s) => write_string(out, s),
            Json::Array(items) if items.is_empty() => out.push_str("[]"),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    indent(out, depth + 1);
                    item.write(out, depth + 1);
                }
                indent(out, depth);
                out.push(']');
            }
            Json::Object(members) if members.is_empty() => out.push_str("{}"),
            Json::Object(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    indent(out, depth + 1);
                    write_string(out, key);
                    out.push_str(": ");
                    value.write(out, depth + 1);
                }
                indent(out, depth);
                out.push('}');
            }
        }
    }
}

/// Escapes `"`, `\` and control characters (short forms for \b \f \n \r \t, else `\u00XX`), as both serde_json
/// and Python's `json` do; everything else is written as is.
fn write_string(out: &mut String, s: &str) {
    out.push_str(&serde_json::to_string(s).expect("a string always serializes"));
}

/// A float as Python's `repr` writes it: the shortest digits that read back the same number, in positional
/// notation when the decimal exponent is from -4 to 15 (`0.0001`, `67.0`), else scientific with a signed exponent
/// of at least two digits (`1e-05`, `1.5e+16`).
pub fn float_repr(x: f64) -> String {
    // Rust's `{:e}` gives the same shortest digits: `6.7e1`, `1e-5`, `-0e0`.
    let sci = format!("{x:e}");
    let (mantissa, exp) = sci.split_once('e').expect("`{:e}` writes an exponent");
    let exp: i32 = exp.parse().expect("`{:e}` writes an integer exponent");
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let n = digits.len() as i32;
    // The decimal point sits `point` digits from the left of `digits`.
    let point = exp + 1;
    let body = if -4 < point && point <= 16 {
        if point <= 0 {
            format!("0.{}{digits}", "0".repeat((-point) as usize))
        } else if point >= n {
            format!("{digits}{}.0", "0".repeat((point - n) as usize))
        } else {
            let (int, frac) = digits.split_at(point as usize);
            format!("{int}.{frac}")
        }
    } else {
        let (first, rest) = digits.split_at(1);
        let rest = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        let exp_sign = if exp < 0 { '-' } else { '+' };
        format!("{first}{rest}e{exp_sign}{:02}", exp.abs())
    };
    format!("{sign}{body}")
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Json, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_bool<E>(self, b: bool) -> Result<Json, E> {
        Ok(Json::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Json, E> {
        Ok(Json::Number(n.into()))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Json, E> {
        Ok(Json::Number(n.into()))
    }

    fn visit_f64<E: serde::de::Error>(self, x: f64) -> Result<Json, E> {
        Number::from_f64(x)
            .map(Json::Number)
            .ok_or_else(|| E::custom("a number JSON cannot hold"))
    }

    fn visit_str<E>(self, s: &str) -> Result<Json, E> {
        Ok(Json::String(s.to_string()))
    }

    fn visit_string<E>(self, s: String) -> Result<Json, E> {
        Ok(Json::String(s))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut object = Json::Object(Vec::new());
        while let Some((key, value)) = map.next_entry::<String, Json>()? {
            object.set(&key, value);
        }
        Ok(object)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Json {
        serde_json::from_str(text).unwrap()
    }

    #[test]
    fn floats_read_as_python_writes_them() {
        // Each pair was printed by Python 3's json.dumps.
        let cases = [
            (67.0, "67.0"),
            (0.6, "0.6"),
            (1e-05, "1e-05"),
            (0.0001, "0.0001"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (2.6667, "2.6667"),
            (1.5e-7, "1.5e-07"),
            (-0.0, "-0.0"),
            (123456789.125, "123456789.125"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e100, "1e+100"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (12345678901234567.0, "1.2345678901234568e+16"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(x), want, "{x:e}");
        }
    }

    #[test]
    fn files_are_written_like_json_dumps_with_indent_2() {
        let text = r#"{"b": [1, 2.50, {"x": null}], "a": {}, "e": [], "s": "é\u0001\"\\\t/\u2028", "t": true,
            "b2": -3, "b": "again"}"#;
        // Python: json.dumps(json.loads(text), ensure_ascii=False, indent=2)
        let want = "{\n  \"b\": \"again\",\n  \"a\": {},\n  \"e\": [],\n  \"s\": \"é\\u0001\\\"\\\\\\t/\u{2028}\",\n  \"t\": true,\n  \"b2\": -3\n}\n";
        assert_eq!(parse(text).to_file_text(), want);
        let nested = parse(r#"[1, [2.0, {"k": [ ]}]]"#).to_file_text();
        assert_eq!(
            nested,
            "[\n  1,\n  [\n    2.0,\n    {\n      \"k\": []\n    }\n  ]\n]\n"
        );
    }

    #[test]
    fn set_keeps_a_members_place_or_appends() {
        let mut v = parse(r#"{"version": "1.0", "id": "c"}"#);
        v.set("version", Json::String("1.1".into()));
        v.set("files", Json::Array(vec![]));
        assert_eq!(
            v.to_file_text(),
            "{\n  \"version\": \"1.1\",\n  \"id\": \"c\",\n  \"files\": []\n}\n"
        );
    }
}
