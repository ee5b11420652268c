//! `alliance-pack`: the publisher's tool for Alliance Course Packages. `validate` checks a package as the player
//! reads it (the player's own `domain::package`) and against its files; `build` writes what a package states about
//! its files (`files`, the catalogue's `size`). Guide: docs/publishing.md.

mod build;
mod check;
mod json;
mod prerender;
mod store;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use store::{encode_path, is_web, Store, ROOT};

const HELP: &str = "\
alliance-pack: checks and prepares Alliance Course Packages for publishing

Usage:
  alliance-pack validate <FOLDER | FILE | URL>
  alliance-pack build <FOLDER | FILE>
  alliance-pack prerender <PLAYER FOLDER> [--locale TAG]
  alliance-pack --help | --version

validate  Reads the package as Alliance Player reads it: the catalogue and every course manifest it lists,
          then checks the files they name, `files` (sizes, SHA-256) and each course's `size` in the
          catalogue against the files, subtitles, document sizes, that every text has each of the course's
          languages, one IRI per course and unit, and that each catalogue entry agrees with its manifest.
build     Writes into every course manifest its `files` (path, size and SHA-256 of each file in the
          course's folder) and into the catalogue each course's `size`, then validates. Only out-of-date
          files are written: a second run changes nothing.

prerender Writes the player's first screen (header and the catalogue's first courses, drawn by the
          player's own components, in the interface language TAG, default en) into the index.html of a
          built player, so it shows before the player's code has downloaded. Run it again when the
          catalogue changes.

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
    let (command, target) = match args.as_slice() {
        [] => return usage(err, "a command is needed: validate, build or prerender"),
        [command @ ("validate" | "build"), target] if !target.starts_with('-') => {
            (*command, *target)
        }
        [command @ ("validate" | "build"), ..] => {
            return usage(err, &format!("`{command}` takes one folder, file or URL"))
        }
        [other, ..] => return usage(err, &format!("unknown command `{other}`")),
    };
    let (store, url) = match locate(target) {
        Ok(found) => found,
        Err(message) => return usage(err, &message),
    };
    if command == "build" {
        if let Store::Web { .. } = store {
            return usage(
                err,
                "`build` writes files, so it takes a folder or file on this computer",
            );
        }
        let built = build::build(&store, &url);
        for path in &built.updated {
            let _ = writeln!(out, "updated {}", path.display());
        }
        if built.updated.is_empty() && built.problems.is_empty() {
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
mod tests;
