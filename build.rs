//! Writes the source locale's messages without their comments (notes for translators, section headings) for
//! `include_str!` in `src/i18n`: the English messages ride in the first load, their comments need not.

fn main() {
    let source = "public/locales/en/main.ftl";
    println!("cargo:rerun-if-changed={source}");
    let ftl = std::fs::read_to_string(source).expect("public/locales/en/main.ftl is readable");
    let mut out = String::with_capacity(ftl.len());
    for line in ftl.lines() {
        // Fluent comments start at the beginning of a line; a `#` inside a message's text is indented or follows
        // `=`. Blank lines separate messages only cosmetically.
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    let dest =
        std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("en.ftl");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
