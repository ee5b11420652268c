//! A cursor over a `serde_json::Value` that knows its JSON Pointer, so every validation error can name the field.

use serde_json::{Map, Value};

use super::package::PackageError;

/// A JSON value together with the file it came from and its JSON Pointer inside that file.
#[derive(Clone, Copy)]
pub struct At<'a> {
    pub file: &'a str,
    pub value: &'a Value,
    pointer: &'a Ptr<'a>,
}

/// A JSON Pointer built as a linked list while descending, so cursors stay cheap and `Copy`.
pub enum Ptr<'a> {
    Root,
    Key(&'a Ptr<'a>, &'a str),
    Index(&'a Ptr<'a>, usize),
}

impl Ptr<'_> {
    fn render(&self, out: &mut String) {
        match self {
            Ptr::Root => {}
            Ptr::Key(parent, key) => {
                parent.render(out);
                out.push('/');
                out.push_str(&key.replace('~', "~0").replace('/', "~1"));
            }
            Ptr::Index(parent, i) => {
                parent.render(out);
                out.push('/');
                out.push_str(&i.to_string());
            }
        }
    }
}

pub type Result<T> = std::result::Result<T, PackageError>;

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

impl<'a> At<'a> {
    pub fn root(file: &'a str, value: &'a Value) -> Self {
        static ROOT: Ptr<'static> = Ptr::Root;
        At {
            file,
            value,
            pointer: &ROOT,
        }
    }

    /// The JSON Pointer of this value, e.g. `/modules/2/units/0/kind`.
    pub fn pointer(&self) -> String {
        let mut s = String::new();
        self.pointer.render(&mut s);
        if s.is_empty() {
            s.push('/');
        }
        s
    }

    /// An error about this value.
    pub fn error(&self, message: impl Into<String>) -> PackageError {
        PackageError {
            file: self.file.to_string(),
            pointer: self.pointer(),
            message: message.into(),
        }
    }

    fn expected(&self, what: &str) -> PackageError {
        self.error(format!("expected {what}, found {}", type_name(self.value)))
    }

    pub fn object(&self) -> Result<&'a Map<String, Value>> {
        self.value
            .as_object()
            .ok_or_else(|| self.expected("an object"))
    }

    /// Calls `f` with the cursor of member `key` (an error names the missing field if absent).
    pub fn field<T>(&self, key: &str, f: impl FnOnce(At<'_>) -> Result<T>) -> Result<T> {
        match self.object()?.get(key) {
            Some(v) if !v.is_null() => {
                let ptr = Ptr::Key(self.pointer, key);
                f(At {
                    file: self.file,
                    value: v,
                    pointer: &ptr,
                })
            }
            _ => {
                let ptr = Ptr::Key(self.pointer, key);
                Err(At {
                    file: self.file,
                    value: &Value::Null,
                    pointer: &ptr,
                }
                .error("missing required field"))
            }
        }
    }

    /// Like [`At::field`], but an absent (or null) member gives `None`.
    pub fn opt_field<T>(
        &self,
        key: &str,
        f: impl FnOnce(At<'_>) -> Result<T>,
    ) -> Result<Option<T>> {
        match self.object()?.get(key) {
            Some(v) if !v.is_null() => self.field(key, f).map(Some),
            _ => Ok(None),
        }
    }

    /// Maps every element of an array through `f`.
    pub fn items<T>(&self, mut f: impl FnMut(At<'_>) -> Result<T>) -> Result<Vec<T>> {
        let arr = self
            .value
            .as_array()
            .ok_or_else(|| self.expected("an array"))?;
        arr.iter()
            .enumerate()
            .map(|(i, v)| {
                let ptr = Ptr::Index(self.pointer, i);
                f(At {
                    file: self.file,
                    value: v,
                    pointer: &ptr,
                })
            })
            .collect()
    }

    /// Maps every member of an object through `f(key, value)`.
    pub fn entries<T>(&self, mut f: impl FnMut(&str, At<'_>) -> Result<T>) -> Result<Vec<T>> {
        self.object()?
            .iter()
            .map(|(k, v)| {
                let ptr = Ptr::Key(self.pointer, k);
                f(
                    k,
                    At {
                        file: self.file,
                        value: v,
                        pointer: &ptr,
                    },
                )
            })
            .collect()
    }

    pub fn str(&self) -> Result<&'a str> {
        self.value.as_str().ok_or_else(|| self.expected("a string"))
    }

    pub fn string(&self) -> Result<String> {
        self.str().map(str::to_string)
    }

    pub fn bool(&self) -> Result<bool> {
        self.value
            .as_bool()
            .ok_or_else(|| self.expected("a boolean"))
    }

    pub fn f64(&self) -> Result<f64> {
        self.value.as_f64().ok_or_else(|| self.expected("a number"))
    }

    pub fn u64(&self) -> Result<u64> {
        self.value
            .as_u64()
            .ok_or_else(|| self.expected("a whole number ≥ 0"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn pointer_names_nested_fields_and_escapes() {
        let v = json!({"a": [{"b/c": 1}]});
        let err = At::root("x.json", &v)
            .field("a", |a| {
                a.items(|i| i.field("b/c", |b| b.str().map(|_| ())))
            })
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "x.json: /a/0/b~1c: expected a string, found a number"
        );
    }

    #[test]
    fn missing_field_is_named() {
        let v = json!({"a": {}});
        let err = At::root("x.json", &v)
            .field("a", |a| a.field("title", |t| t.string()))
            .unwrap_err();
        assert_eq!(err.to_string(), "x.json: /a/title: missing required field");
    }
}
