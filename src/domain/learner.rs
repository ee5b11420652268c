//! The learners of one device (a family laptop, a study centre): a roster of names, each with a record of their
//! own. The rules here are pure; `service::learners` keeps the roster, `edge::learners` in `localStorage`.
//!
//! Every record belongs to a learner's *owner key* ([`owner`]): the learner's id, with the embedding host's origin
//! when the player runs inside another site. Everything stored (progress, outbox, journal, the LRS connection,
//! preferences) is found under its owner key only, so nothing of one learner can be read as another's. The device's
//! first learner ([`FIRST`]) owns what was stored before there were learners.
//!
//! A PIN keeps siblings out of each other's record by accident; it is privacy, not security (anyone with the
//! browser's developer tools can read every record on the device).

use serde::Serialize;
use serde_json::Value;

pub use crate::domain::quiz::Lowercase;

/// The id of the device's first learner: it owns the record kept before learners existed.
pub const FIRST: &str = "first";
/// At most this many learners on one device.
pub const MAX_LEARNERS: usize = 50;
/// A display name is at most this many characters.
pub const MAX_NAME_CHARS: usize = 60;
/// The longest roster read back (bytes of JSON).
pub const MAX_ROSTER_BYTES: usize = 64 * 1024;

/// One learner on the device.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Learner {
    /// `first`, or `l` and hex digits.
    pub id: String,
    /// The display name; empty for the device's first learner until it is given one.
    pub name: String,
    /// The PIN's check value ([`pin_check`]), if the learner set one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pin: Option<String>,
    /// Who this learner is to an LRS (`launch::identity` of the xAPI actor): a launch for that actor picks them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
}

impl Learner {
    /// Whether nobody has made this learner theirs yet: no name, no PIN, no LRS identity.
    pub fn pristine(&self) -> bool {
        self.name.is_empty() && self.pin.is_none() && self.actor.is_none()
    }
}

/// The device's learners and who is using the player now. Written with serde; read by [`Roster::parse`], through
/// `serde_json::Value` (the page reads it at start, and the first load already holds that parser).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Roster {
    pub v: u32,
    pub learners: Vec<Learner>,
    pub active: String,
}

impl Default for Roster {
    /// A device's roster before anyone was added: the first learner alone.
    fn default() -> Self {
        Roster {
            v: 1,
            learners: vec![Learner {
                id: FIRST.into(),
                name: String::new(),
                pin: None,
                actor: None,
            }],
            active: FIRST.into(),
        }
    }
}

/// Why a change to the roster was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RosterError {
    #[error("a learner's name cannot be empty")]
    EmptyName,
    #[error("a learner's name is at most {MAX_NAME_CHARS} characters")]
    LongName,
    #[error("another learner on this device is already called \"{0}\"")]
    TakenName(String),
    #[error("a PIN is exactly 4 digits")]
    BadPin,
    #[error("this device already has {MAX_LEARNERS} learners")]
    Full,
    #[error("no such learner")]
    Unknown,
    #[error("the PIN is not right")]
    WrongPin,
}

/// Whether `id` is a learner id the player makes (it is used in storage keys and database names).
pub fn valid_id(id: &str) -> bool {
    id == FIRST
        || (id.len() > 1
            && id.len() <= 24
            && id.starts_with('l')
            && id[1..].bytes().all(|b| b.is_ascii_hexdigit()))
}

/// A new learner id from 64 random bits.
pub fn new_id(random: u64) -> String {
    format!("l{random:016x}")
}

/// A name as kept: trimmed, control characters removed, bounded.
pub fn clean_name(name: &str) -> Result<String, RosterError> {
    let name: String = name.trim().chars().filter(|c| !c.is_control()).collect();
    if name.is_empty() {
        Err(RosterError::EmptyName)
    } else if name.chars().count() > MAX_NAME_CHARS {
        Err(RosterError::LongName)
    } else {
        Ok(name)
    }
}

/// `Ok` for exactly four ASCII digits.
pub fn check_pin(pin: &str) -> Result<(), RosterError> {
    if pin.len() == 4 && pin.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(RosterError::BadPin)
    }
}

/// What is kept of a PIN: a check value bound to the learner (FNV-1a, 64 bits). Not a secret: ten thousand PINs
/// are tried in no time; it only keeps the digits themselves out of sight.
pub fn pin_check(learner: &str, pin: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in learner.bytes().chain([0x1f]).chain(pin.bytes()) {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The key every record of `learner` is stored under: the id, and when the player is embedded, `@` and the host
/// page's origin (the same learner's record in another site's player is another record).
pub fn owner(learner: &str, host: Option<&str>) -> String {
    match host {
        Some(h) => format!("{learner}@{h}"),
        None => learner.to_string(),
    }
}

/// The IndexedDB database of an owner: the first learner's (not embedded) is the one kept before learners
/// existed, so a device's record from then is theirs without moving a byte.
pub fn database(owner: &str, base: &str) -> String {
    if owner == FIRST {
        base.to_string()
    } else {
        format!("{base}@{owner}")
    }
}

/// The name of a learner's setting in `localStorage` (after the player's prefix): the first learner's settings
/// keep the names they had before learners existed.
pub fn setting_key(learner: &str, key: &str) -> String {
    if learner == FIRST {
        key.to_string()
    } else {
        format!("{learner}.{key}")
    }
}

/// The learner name a launch's actor suggests: its `name`, else its address or account name.
pub fn actor_name(actor: &Value) -> String {
    let name = actor
        .get("name")
        .and_then(Value::as_str)
        .map(str::to_string)
        .or_else(|| {
            actor
                .get("mbox")
                .and_then(Value::as_str)
                .map(|m| m.trim_start_matches("mailto:").to_string())
        })
        .or_else(|| {
            actor
                .get("account")
                .and_then(|a| a.get("name"))
                .and_then(Value::as_str)
                .map(str::to_string)
        })
        .unwrap_or_default();
    clean_name(&name.chars().take(MAX_NAME_CHARS).collect::<String>()).unwrap_or_default()
}

impl Roster {
    /// A roster read back from storage, with everything that does not hold up dropped: bad ids, duplicates, names
    /// out of bounds, learners past [`MAX_LEARNERS`]. Never empty; the active learner is one of them.
    pub fn parse(json: &str) -> Roster {
        if json.len() > MAX_ROSTER_BYTES || crate::domain::limits::too_deep(json).is_some() {
            return Roster::default();
        }
        let Ok(v) = serde_json::from_str::<Value>(json) else {
            return Roster::default();
        };
        // An optional string field: absent or null → None; a string within `max` bytes → Some; else the learner
        // does not hold up.
        fn optional(
            l: &Value,
            field: &str,
            ok: impl Fn(&str) -> bool,
        ) -> Result<Option<String>, ()> {
            match l.get(field) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::String(s)) if ok(s) => Ok(Some(s.clone())),
                _ => Err(()),
            }
        }
        let mut learners: Vec<Learner> = vec![];
        for l in v
            .get("learners")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let id = l.get("id").and_then(Value::as_str).unwrap_or_default();
            let name = match l.get("name") {
                None | Some(Value::Null) => "",
                Some(n) => n.as_str().unwrap_or("\u{0}"),
            };
            let (Ok(pin), Ok(actor)) = (
                optional(l, "pin", |p| p.len() == 16),
                optional(l, "actor", |a| a.len() <= 4096),
            ) else {
                continue;
            };
            if !valid_id(id)
                || learners.iter().any(|x| x.id == id)
                // Bytes, not characters: a name of at most 60 characters is at most 240 bytes (counting characters
                // here would put that code in the first load).
                || name.len() > 4 * MAX_NAME_CHARS
                || name.chars().any(char::is_control)
            {
                continue;
            }
            learners.push(Learner {
                id: id.to_string(),
                name: name.to_string(),
                pin,
                actor,
            });
            if learners.len() == MAX_LEARNERS {
                break;
            }
        }
        if learners.is_empty() {
            return Roster::default();
        }
        let active = v
            .get("active")
            .and_then(Value::as_str)
            .filter(|a| learners.iter().any(|l| l.id == *a))
            .unwrap_or(&learners[0].id)
            .to_string();
        Roster {
            v: 1,
            learners,
            active,
        }
    }

    pub fn get(&self, id: &str) -> Option<&Learner> {
        self.learners.iter().find(|l| l.id == id)
    }

    pub fn active(&self) -> &Learner {
        self.get(&self.active).unwrap_or(&self.learners[0])
    }

    /// The learner a launch's actor belongs to, if one of them has it.
    pub fn by_actor(&self, identity: &str) -> Option<&Learner> {
        self.learners
            .iter()
            .find(|l| l.actor.as_deref() == Some(identity))
    }

    /// `Ok` unless another learner has `name`, ignoring case (`lowercase`: the browser's, see `i18n::lowercase`).
    fn name_free(&self, name: &str, except: &str, lowercase: Lowercase) -> Result<(), RosterError> {
        let folded = lowercase(name);
        match self
            .learners
            .iter()
            .find(|l| l.id != except && lowercase(&l.name) == folded)
        {
            Some(l) => Err(RosterError::TakenName(l.name.clone())),
            None => Ok(()),
        }
    }

    /// Adds a learner; returns their id (`random` makes it).
    pub fn add(
        &mut self,
        name: &str,
        pin: Option<&str>,
        random: u64,
        lowercase: Lowercase,
    ) -> Result<String, RosterError> {
        if self.learners.len() >= MAX_LEARNERS {
            return Err(RosterError::Full);
        }
        let name = clean_name(name)?;
        self.name_free(&name, "", lowercase)?;
        if let Some(p) = pin {
            check_pin(p)?;
        }
        let mut id = new_id(random);
        while self.get(&id).is_some() {
            id = new_id(random.wrapping_add(self.learners.len() as u64 + 1));
        }
        self.learners.push(Learner {
            pin: pin.map(|p| pin_check(&id, p)),
            id: id.clone(),
            name,
            actor: None,
        });
        Ok(id)
    }

    pub fn rename(
        &mut self,
        id: &str,
        name: &str,
        lowercase: Lowercase,
    ) -> Result<(), RosterError> {
        let name = clean_name(name)?;
        self.name_free(&name, id, lowercase)?;
        let l = self
            .learners
            .iter_mut()
            .find(|l| l.id == id)
            .ok_or(RosterError::Unknown)?;
        l.name = name;
        Ok(())
    }

    /// Sets (or with `None` removes) a learner's PIN.
    pub fn set_pin(&mut self, id: &str, pin: Option<&str>) -> Result<(), RosterError> {
        if let Some(p) = pin {
            check_pin(p)?;
        }
        let l = self
            .learners
            .iter_mut()
            .find(|l| l.id == id)
            .ok_or(RosterError::Unknown)?;
        l.pin = pin.map(|p| pin_check(id, p));
        Ok(())
    }

    /// Whether `pin` opens `id` (always, for a learner without a PIN).
    pub fn unlocks(&self, id: &str, pin: Option<&str>) -> Result<(), RosterError> {
        let l = self.get(id).ok_or(RosterError::Unknown)?;
        match (&l.pin, pin) {
            (None, _) => Ok(()),
            (Some(check), Some(p)) if *check == pin_check(id, p) => Ok(()),
            _ => Err(RosterError::WrongPin),
        }
    }

    /// Makes `id` the learner using the player, if `pin` opens them.
    pub fn switch(&mut self, id: &str, pin: Option<&str>) -> Result<(), RosterError> {
        self.unlocks(id, pin)?;
        self.active = id.to_string();
        Ok(())
    }

    /// Removes a learner (their record is removed by the caller). The roster is never empty: removing the last
    /// learner leaves a new first learner; removing the active one makes the first remaining one active.
    pub fn remove(&mut self, id: &str) -> Result<(), RosterError> {
        let before = self.learners.len();
        self.learners.retain(|l| l.id != id);
        if self.learners.len() == before {
            return Err(RosterError::Unknown);
        }
        if self.learners.is_empty() {
            *self = Roster::default();
        } else if self.active == id {
            self.active = self.learners[0].id.clone();
        }
        Ok(())
    }

    /// Binds an LRS identity to a learner (a launch or a connection made in the settings); no other learner keeps
    /// it, so one identity always leads to one record.
    pub fn bind_actor(&mut self, id: &str, identity: &str) {
        for l in &mut self.learners {
            if l.id == id {
                l.actor = Some(identity.to_string());
            } else if l.actor.as_deref() == Some(identity) {
                l.actor = None;
            }
        }
    }

    /// The learner a launch for `identity` is for: the one bound to it, else a new one named after the actor
    /// (`None` when the device is full). Returns the id and whether it was added.
    pub fn for_launch(
        &mut self,
        identity: &str,
        actor: &Value,
        random: u64,
        lowercase: Lowercase,
    ) -> Option<(String, bool)> {
        if let Some(l) = self.by_actor(identity) {
            return Some((l.id.clone(), false));
        }
        let base = match actor_name(actor) {
            n if n.is_empty() => identity.chars().take(MAX_NAME_CHARS).collect(),
            n => n,
        };
        let mut name = base.clone();
        let mut n = 2;
        while self.name_free(&name, "", lowercase).is_err() {
            let suffix = format!(" ({n})");
            name = format!(
                "{}{suffix}",
                base.chars()
                    .take(MAX_NAME_CHARS - suffix.chars().count())
                    .collect::<String>()
            );
            n += 1;
        }
        let id = self.add(&name, None, random, lowercase).ok()?;
        self.bind_actor(&id, identity);
        Some((id, true))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn lower(s: &str) -> String {
        s.to_lowercase()
    }

    #[test]
    fn a_device_without_a_roster_has_its_first_learner_owning_todays_record() {
        let r = Roster::parse("");
        assert_eq!(r.active, FIRST);
        assert_eq!(r.learners.len(), 1);
        assert!(r.active().pristine());
        // The first learner's storage is where the player kept everything before learners existed.
        assert_eq!(
            database(&owner(FIRST, None), "alliance-player"),
            "alliance-player"
        );
        assert_eq!(setting_key(FIRST, "lang"), "lang");
    }

    #[test]
    fn every_other_owner_has_storage_of_its_own() {
        let a = owner("l00000000000000aa", None);
        let embedded = owner(FIRST, Some("https://uni.example"));
        assert_eq!(database(&a, "ap"), "ap@l00000000000000aa");
        assert_eq!(database(&embedded, "ap"), "ap@first@https://uni.example");
        assert_ne!(database(&embedded, "ap"), database(FIRST, "ap"));
        assert_eq!(setting_key("l1", "lrs"), "l1.lrs");
    }

    #[test]
    fn adding_renaming_switching_removing() {
        let mut r = Roster::default();
        let a = r.add(" Amina ", None, 1, lower).unwrap();
        let b = r.add("Bo", Some("1234"), 2, lower).unwrap();
        assert_ne!(a, b);
        assert_eq!(r.get(&a).unwrap().name, "Amina");
        assert_eq!(
            r.add("amina", None, 3, lower),
            Err(RosterError::TakenName("Amina".into()))
        );
        assert_eq!(r.add("  ", None, 3, lower), Err(RosterError::EmptyName));
        assert_eq!(
            r.add(&"x".repeat(61), None, 3, lower),
            Err(RosterError::LongName)
        );
        assert_eq!(
            r.add("Cy", Some("12a4"), 3, lower),
            Err(RosterError::BadPin)
        );
        r.rename(&a, "Amina K.", lower).unwrap();
        assert_eq!(
            r.rename(&a, "bo", lower),
            Err(RosterError::TakenName("Bo".into()))
        );
        // A PIN is asked before switching to its learner.
        assert_eq!(r.switch(&b, None), Err(RosterError::WrongPin));
        assert_eq!(r.switch(&b, Some("4321")), Err(RosterError::WrongPin));
        r.switch(&b, Some("1234")).unwrap();
        assert_eq!(r.active, b);
        r.switch(&a, None).unwrap();
        r.remove(&a).unwrap();
        assert_eq!(r.active, FIRST);
        r.remove(FIRST).unwrap();
        r.remove(&b).unwrap();
        assert_eq!(r, Roster::default());
        assert_eq!(r.remove("l99"), Err(RosterError::Unknown));
    }

    #[test]
    fn the_pin_is_not_kept_in_the_clear_and_is_bound_to_its_learner() {
        let mut r = Roster::default();
        let a = r.add("A", Some("0000"), 1, lower).unwrap();
        let kept = r.get(&a).unwrap().pin.clone().unwrap();
        assert!(!kept.contains("0000"));
        assert_ne!(pin_check(&a, "0000"), pin_check("l2", "0000"));
        r.bind_actor(&a, "mailto:a@example.org");
        // What is written is read back as it was.
        assert_eq!(Roster::parse(&serde_json::to_string(&r).unwrap()), r);
        r.set_pin(&a, None).unwrap();
        assert!(r.unlocks(&a, None).is_ok());
    }

    #[test]
    fn a_launch_picks_the_learner_of_its_actor_or_adds_one() {
        let mut r = Roster::default();
        let ada = json!({"mbox": "mailto:ada@example.org", "name": "Ada"});
        let (id, added) = r
            .for_launch("mailto:ada@example.org", &ada, 7, lower)
            .unwrap();
        assert!(added);
        assert_eq!(r.get(&id).unwrap().name, "Ada");
        assert_eq!(
            r.for_launch("mailto:ada@example.org", &ada, 8, lower),
            Some((id.clone(), false))
        );
        // Another actor with the same display name is another learner.
        let other = json!({"mbox": "mailto:ada@other.example", "name": "Ada"});
        let (id2, added) = r
            .for_launch("mailto:ada@other.example", &other, 9, lower)
            .unwrap();
        assert!(added);
        assert_ne!(id, id2);
        assert_eq!(r.get(&id2).unwrap().name, "Ada (2)");
        // An identity is bound to one learner only.
        r.bind_actor(FIRST, "mailto:ada@example.org");
        assert_eq!(r.by_actor("mailto:ada@example.org").unwrap().id, FIRST);
        assert_eq!(r.get(&id).unwrap().actor, None);
        assert_eq!(actor_name(&json!({"mbox": "mailto:x@y.z"})), "x@y.z");
    }

    #[test]
    fn a_tampered_roster_is_cut_down_to_what_holds() {
        let json = json!({
            "v": 1,
            "active": "../../etc",
            "learners": [
                {"id": "../../etc", "name": "evil"},
                {"id": "l00ff", "name": "ok"},
                {"id": "l00ff", "name": "duplicate"},
                {"id": "l01", "name": "x".repeat(500)},
                {"id": "l02", "name": "p", "pin": "short"},
            ]
        })
        .to_string();
        let r = Roster::parse(&json);
        assert_eq!(r.learners.len(), 1);
        assert_eq!(r.active, "l00ff");
        assert_eq!(Roster::parse("{not json"), Roster::default());
        assert_eq!(Roster::parse(&"[".repeat(100_000)), Roster::default());
        let many: Vec<_> = (0..80)
            .map(|i| json!({"id": new_id(i), "name": format!("n{i}")}))
            .collect();
        let r = Roster::parse(&json!({"v":1,"active":"first","learners":many}).to_string());
        assert_eq!(r.learners.len(), MAX_LEARNERS);
        assert!(valid_id(&r.active));
    }
}
