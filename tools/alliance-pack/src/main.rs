//! `alliance-pack`: the publisher's tool for Alliance Course Packages. `validate` checks a package as the player
//! reads it (the player's own `domain::package`) and against its files; `build` writes what a package states about
//! its files (`files`, the catalogue's `size`) and splits a large catalogue into pages; `generate-catalog` writes
//! made-up catalogues for benchmarks. Guide: docs/publishing.md.

mod build;
mod check;
mod cmi5;
mod generate;
mod json;
mod locales;
mod prerender;
mod search;
mod store;

use std::io::Write;
use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use store::{encode_path, is_web, Store, ROOT};

const HELP: &str = "\
alliance-pack: checks and prepares Alliance Course Packages for publishing

Usage:
  alliance-pack validate <FOLDER | FILE | URL>
  alliance-pack build <FOLDER | FILE> [--first N] [--page-size N]
  alliance-pack generate-catalog <OUT_FOLDER> [--courses N] [--languages N] [--sources N] [--seed N]
  alliance-pack prerender <PLAYER FOLDER> [--locale TAG]
  alliance-pack locales <PLAYER FOLDER>
  alliance-pack cmi5 <COURSE FOLDER | course.json> --player URL [--au course|unit] [--out FILE]
  alliance-pack --help | --version

validate  Reads the package as Alliance Player reads it: the catalogue (and its pages) and every course
          manifest it lists, then checks the files they name, `files` (sizes, SHA-256) and each course's
          `size` in the catalogue against the files, subtitles, document sizes, that every text has each of
          the course's languages, one IRI per course and unit, one id per course in the whole catalogue,
          and that each catalogue entry agrees with its manifest.
build     Writes into every course manifest its `files` (path, size and SHA-256 of each file in the
          course's folder) and into the catalogue each course's `size`; a catalogue of more than
          --first courses (48) is then split into catalog.json, keeping the first ones, and pages of
          --page-size courses (500) in catalog/ (format 1.2). Then validates. Only out-of-date files are
          written: a second run changes nothing.
generate-catalog  Writes made-up catalogues for benchmarks and demos (5000 courses in 14 languages
          and 3 sources by default), each built as `build` would. See docs/publishing.md.

prerender Writes the player's first screen (header and the catalogue's first courses, drawn by the
          player's own components, in the interface language TAG, default en) into the index.html of a
          built player, so it shows before the player's code has downloaded. Run it again when the
          catalogue changes.

locales   Writes the manifest of a built player's interface locales (every folder of locales/, each
          main.ftl naming its language and direction) into locales/index.json and index.html, where the
          player reads it: a language is added by adding its folder and running this (make build does).

cmi5      Writes the course as a cmi5 course package for an LMS to import: cmi5.xml (course structure,
          titles and descriptions in every language of the course) with its AUs launched from the
          player deployed at URL: one AU for the whole course (--au course, the default) or one per
          unit in a block per module (--au unit). masteryScore comes from the quizzes' pass marks.
          --out FILE.zip (default: <course id>-cmi5.zip) zips it; --out FILE.xml writes it alone.

FOLDER holds catalog.json (or a single course's course.json); FILE is a catalog.json or a course.json;
URL is where the package is published (http:// or https://), e.g. https://example.org/courses/.

Each problem is printed as `file: /json/pointer: message`.
Exit status: 0 valid, 1 problems found, 2 usage error.
Guide: docs/publishing.md in the Alliance Player repository.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = run(&args, &mut std::io::stdout(), &mut std::io::stderr());
    ExitCode::from(code)
}

/// A command line: its command, its one operand and its options (`--name value` or `--name=value`).
struct Command<'a> {
    name: &'a str,
    target: &'a str,
    options: Vec<(&'a str, &'a str)>,
}

impl Command<'_> {
    /// The whole number given to option `name` (if given), within `range`.
    fn number(&self, name: &str, range: RangeInclusive<usize>) -> Result<Option<usize>, String> {
        let Some((_, value)) = self.options.iter().rev().find(|(n, _)| *n == name) else {
            return Ok(None);
        };
        match value.parse::<usize>() {
            Ok(n) if range.contains(&n) => Ok(Some(n)),
            _ => Err(format!(
                "`--{name}` takes a whole number from {} to {}, not `{value}`",
                range.start(),
                range.end()
            )),
        }
    }

    fn layout(&self) -> Result<build::Layout, String> {
        let default = build::Layout::default();
        Ok(build::Layout {
            first: self
                .number("first", build::LAYOUT_RANGE)?
                .unwrap_or(default.first),
            page_size: self
                .number("page-size", build::LAYOUT_RANGE)?
                .unwrap_or(default.page_size),
        })
    }
}

/// Reads the command line; `Err` is the usage error to print.
fn command<'a>(args: &[&'a str]) -> Result<Command<'a>, String> {
    let (name, rest) = match args.split_first() {
        None => {
            return Err(
                "a command is needed: validate, build, prerender or generate-catalog".into(),
            )
        }
        Some((name, rest)) => (*name, rest),
    };
    let allowed: &[&str] = match name {
        "validate" => &[],
        "cmi5" => &["player", "au", "out"],
        "build" => &["first", "page-size"],
        "generate-catalog" => &[
            "courses",
            "languages",
            "sources",
            "seed",
            "sample",
            "first",
            "page-size",
        ],
        other => return Err(format!("unknown command `{other}`")),
    };
    let mut operands = Vec::new();
    let mut options = Vec::new();
    let mut rest = rest.iter();
    while let Some(arg) = rest.next() {
        let Some(option) = arg.strip_prefix("--").filter(|_| arg.len() > 2) else {
            if arg.starts_with('-') {
                return Err(format!("unknown option `{arg}` for `{name}`"));
            }
            operands.push(*arg);
            continue;
        };
        let (option, value) = match option.split_once('=') {
            Some((option, value)) => (option, value),
            None => (option, rest.next().copied().unwrap_or("")),
        };
        if !allowed.contains(&option) {
            return Err(format!("unknown option `--{option}` for `{name}`"));
        }
        options.push((option, value));
    }
    match operands.as_slice() {
        [target] => Ok(Command {
            name,
            target,
            options,
        }),
        _ if name == "generate-catalog" => {
            Err("`generate-catalog` takes one folder to write".into())
        }
        _ => Err(format!("`{name}` takes one folder, file or URL")),
    }
}

/// Runs the command line `args`; returns the exit status.
fn run(args: &[String], out: &mut impl Write, err: &mut impl Write) -> u8 {
    let usage = |err: &mut dyn Write, message: &str| {
        let _ = writeln!(err, "alliance-pack: {message}\nTry `alliance-pack --help`.");
        2
    };
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    if args.iter().any(|a| matches!(*a, "-h" | "--help")) || args.first() == Some(&"help") {
        let _ = write!(out, "{HELP}");
        return 0;
    }
    if args.iter().any(|a| matches!(*a, "-V" | "--version")) {
        let _ = writeln!(out, "alliance-pack {}", env!("CARGO_PKG_VERSION"));
        return 0;
    }
    if args.first() == Some(&"locales") {
        let [_, dist] = args.as_slice() else {
            return usage(err, "`locales` takes a player folder");
        };
        return match locales::write(Path::new(dist)) {
            Ok(done) => {
                let _ = writeln!(out, "{done}");
                0
            }
            Err(e) => {
                let _ = writeln!(err, "alliance-pack locales: {e}");
                1
            }
        };
    }
    if args.first() == Some(&"prerender") {
        let (dist, locale) = match args.as_slice() {
            [_, dist] => (*dist, "en"),
            [_, dist, "--locale", locale] => (*dist, *locale),
            _ => {
                return usage(
                    err,
                    "`prerender` takes a player folder and, optionally, --locale TAG",
                )
            }
        };
        return match prerender::prerender(Path::new(dist), locale) {
            Ok(done) => {
                let _ = writeln!(out, "{done}");
                0
            }
            Err(e) => {
                let _ = writeln!(err, "alliance-pack prerender: {e}");
                1
            }
        };
    }
    let command = match command(&args) {
        Ok(command) => command,
        Err(message) => return usage(err, &message),
    };
    let layout = match command.layout() {
        Ok(layout) => layout,
        Err(message) => return usage(err, &message),
    };
    if command.name == "generate-catalog" {
        return generate_catalog(&command, layout, out, err);
    }
    if command.name == "cmi5" {
        return export_cmi5(&command, out, err);
    }
    let target = command.target;
    let (store, url) = match locate(target) {
        Ok(found) => found,
        Err(message) => return usage(err, &message),
    };
    if command.name == "build" {
        if let Store::Web { .. } = store {
            return usage(
                err,
                "`build` writes files, so it takes a folder or file on this computer",
            );
        }
        let built = build::build(&store, &url, layout);
        for path in &built.updated {
            let _ = writeln!(out, "updated {}", path.display());
        }
        for path in &built.removed {
            let _ = writeln!(out, "removed {}", path.display());
        }
        if built.updated.is_empty() && built.removed.is_empty() && built.problems.is_empty() {
            let _ = writeln!(out, "nothing changed");
        }
        if !built.problems.is_empty() {
            return problems(out, err, &built.problems);
        }
    }
    // `build` ends with a validation on fresh reads.
    let store = match store {
        Store::Dir { root, .. } => Store::dir(root),
        web => web,
    };
    let report = check::validate(&store, &url);
    if !report.problems.is_empty() {
        return problems(out, err, &report.problems);
    }
    let _ = writeln!(
        out,
        "{target}: valid ({} course{}, {} file{} checked)",
        report.courses,
        if report.courses == 1 { "" } else { "s" },
        report.files,
        if report.files == 1 { "" } else { "s" },
    );
    0
}

/// `cmi5`: the course in `command.target` as a cmi5 course package.
fn export_cmi5(command: &Command, out: &mut impl Write, err: &mut impl Write) -> u8 {
    let usage = |err: &mut dyn Write, message: &str| {
        let _ = writeln!(err, "alliance-pack: {message}\nTry `alliance-pack --help`.");
        2
    };
    let option = |name: &str| {
        command
            .options
            .iter()
            .rev()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| *v)
    };
    let Some(player) = option("player") else {
        return usage(
            err,
            "`cmi5` needs --player URL: the address where learners open the player",
        );
    };
    let player = match cmi5::player_address(player) {
        Ok(p) => p,
        Err(m) => return usage(err, &m),
    };
    let per = match cmi5::Per::parse(option("au").unwrap_or("course")) {
        Ok(p) => p,
        Err(m) => return usage(err, &m),
    };
    let target = Path::new(command.target);
    let manifest = if target.is_dir() {
        target.join("course.json")
    } else {
        target.to_path_buf()
    };
    let text = match std::fs::read_to_string(&manifest) {
        Ok(t) => t,
        Err(e) => {
            let _ = writeln!(err, "alliance-pack cmi5: {}: {e}", manifest.display());
            return 1;
        }
    };
    let url = format!("{ROOT}course.json");
    let course = match alliance_player::domain::package::parse_course(&url, &text) {
        Ok(c) => c,
        Err(e) => return problems(out, err, &[e]),
    };
    let xml = cmi5::course_structure(&course, &player, per);
    let file = option("out")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(format!("{}-cmi5.zip", course.id)));
    if let Err(e) = cmi5::write(&xml, &file) {
        let _ = writeln!(err, "alliance-pack cmi5: {e}");
        return 1;
    }
    let aus = xml.matches("<au ").count();
    let _ = writeln!(
        out,
        "{}: {aus} AU{} launched from {player}",
        file.display(),
        if aus == 1 { "" } else { "s" }
    );
    0
}

fn generate_options(command: &Command) -> Result<generate::Options, String> {
    let defaults = generate::Options::default();
    Ok(generate::Options {
        courses: command
            .number("courses", generate::COURSES)?
            .unwrap_or(defaults.courses),
        languages: command
            .number("languages", generate::LANGUAGES)?
            .unwrap_or(defaults.languages),
        sources: command
            .number("sources", generate::SOURCES)?
            .unwrap_or(defaults.sources),
        seed: command
            .number("seed", 0..=usize::MAX)?
            .map_or(defaults.seed, |s| s as u64),
        sample: command
            .options
            .iter()
            .rev()
            .find(|(n, _)| *n == "sample")
            .map_or(defaults.sample, |(_, v)| PathBuf::from(v)),
    })
}

/// `generate-catalog`: writes the catalogues, then runs `build` on each.
fn generate_catalog(
    command: &Command,
    layout: build::Layout,
    out: &mut impl Write,
    err: &mut impl Write,
) -> u8 {
    let usage = |err: &mut dyn Write, message: &str| {
        let _ = writeln!(err, "alliance-pack: {message}\nTry `alliance-pack --help`.");
        2
    };
    let options = generate_options(command);
    let options = match options {
        Ok(options) if options.sources > options.courses => {
            return usage(err, "`--sources` cannot be more than `--courses`")
        }
        Ok(options) => options,
        Err(message) => return usage(err, &message),
    };
    let started = Instant::now();
    let written = match generate::write(Path::new(command.target), &options) {
        Ok(written) => written,
        Err(message) => {
            let _ = writeln!(err, "alliance-pack: {message}");
            return 1;
        }
    };
    for source in &written.sources {
        let store = Store::dir(source);
        let built = build::build(&store, &format!("{ROOT}catalog.json"), layout);
        if !built.problems.is_empty() {
            return problems(out, err, &built.problems);
        }
        let pages = built
            .updated
            .iter()
            .filter(|p| p.parent().is_some_and(|d| d.ends_with("catalog")))
            .count();
        let _ = writeln!(out, "{}: catalog.json and {pages} pages", source.display());
    }
    let _ = writeln!(
        out,
        "{} courses ({} listed by two sources) in {} sources, written and built in {:.2} s",
        options.courses,
        written.shared,
        written.sources.len(),
        started.elapsed().as_secs_f64()
    );
    0
}

fn problems(
    out: &mut impl Write,
    err: &mut impl Write,
    problems: &[alliance_player::domain::package::PackageError],
) -> u8 {
    for p in problems {
        let _ = writeln!(out, "{p}");
    }
    let n = problems.len();
    let _ = writeln!(err, "{n} problem{} found", if n == 1 { "" } else { "s" });
    1
}

/// The store and the URL of the catalogue (or course manifest) the command names.
fn locate(target: &str) -> Result<(Store, String), String> {
    if is_web(target) {
        let url = if target.ends_with('/') {
            format!("{target}catalog.json")
        } else {
            target.to_string()
        };
        return Ok((Store::web(), url));
    }
    if target.contains("://") {
        return Err(format!(
            "{target}: only http:// and https:// addresses can be fetched"
        ));
    }
    let path = Path::new(target);
    let (root, name): (PathBuf, String) = if path.is_dir() {
        let name = ["catalog.json", "course.json"]
            .into_iter()
            .find(|n| path.join(n).is_file())
            .ok_or_else(|| format!("{target}: no catalog.json or course.json in this folder"))?;
        (path.to_path_buf(), name.to_string())
    } else if path.is_file() {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        (
            path.parent().unwrap_or(Path::new("")).to_path_buf(),
            name.into_owned(),
        )
    } else {
        return Err(format!("{target}: no such file or folder"));
    };
    Ok((Store::dir(root), format!("{ROOT}{}", encode_path(&name))))
}

#[cfg(test)]
mod split_tests;
#[cfg(test)]
mod tests;
