//! Markdown from course packages rendered to HTML that is safe to insert: raw HTML is shown as text, links and
//! images may only point to http(s), mailto or relative addresses (resolved against the course).

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag, TagEnd};

use super::url::{resolve, scheme};

/// A safe target for a link or image in `base`'s course, or `None` to drop it.
fn safe_url(base: &str, url: &str, allow_mailto: bool) -> Option<String> {
    if url.starts_with('#') {
        return Some(url.to_string());
    }
    match scheme(url).as_deref() {
        Some("mailto") if allow_mailto => Some(url.to_string()),
        _ => resolve(base, url).ok(),
    }
}

/// Renders `markdown` to safe HTML. Relative links are resolved against `base` (the course manifest URL).
pub fn render(markdown: &str, base: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    // For each open link: was it kept? (so its end tag is dropped with it).
    let mut links: Vec<bool> = Vec::new();
    let mut in_dropped_image = 0usize;
    let events = Parser::new_ext(markdown, options).filter_map(|event| match event {
        Event::Html(s) | Event::InlineHtml(s) => Some(Event::Text(s)),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => match safe_url(base, &dest_url, true) {
            Some(url) => {
                links.push(true);
                Some(Event::Start(Tag::Link {
                    link_type,
                    dest_url: CowStr::from(url),
                    title,
                    id,
                }))
            }
            None => {
                links.push(false);
                None
            }
        },
        Event::End(TagEnd::Link) => links
            .pop()
            .unwrap_or(false)
            .then_some(Event::End(TagEnd::Link)),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => match safe_url(base, &dest_url, false) {
            Some(url) if in_dropped_image == 0 => Some(Event::Start(Tag::Image {
                link_type,
                dest_url: CowStr::from(url),
                title,
                id,
            })),
            _ => {
                in_dropped_image += 1;
                None
            }
        },
        Event::End(TagEnd::Image) if in_dropped_image > 0 => {
            in_dropped_image -= 1;
            None
        }
        // The alt text of a dropped image is kept as text.
        e => Some(e),
    });
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events);
    out
}

#[cfg(test)]
mod tests {
    use super::render;

    const BASE: &str = "/courses/demo/course.json";

    #[test]
    fn renders_common_markdown() {
        let cases = [
            ("# Title", "<h1>Title</h1>\n"),
            (
                "*a* **b** ~~c~~",
                "<p><em>a</em> <strong>b</strong> <del>c</del></p>\n",
            ),
            ("- x\n- y", "<ul>\n<li>x</li>\n<li>y</li>\n</ul>\n"),
            (
                "[site](https://example.org)",
                "<p><a href=\"https://example.org\">site</a></p>\n",
            ),
            (
                "[pdf](sheet.pdf)",
                "<p><a href=\"/courses/demo/sheet.pdf\">pdf</a></p>\n",
            ),
            (
                "[mail](mailto:a@b.org)",
                "<p><a href=\"mailto:a@b.org\">mail</a></p>\n",
            ),
            (
                "![chart](img/c.png)",
                "<p><img src=\"/courses/demo/img/c.png\" alt=\"chart\" /></p>\n",
            ),
        ];
        for (md, want) in cases {
            assert_eq!(render(md, BASE), want, "{md}");
        }
        assert!(render("| a | b |\n|---|---|\n| 1 | 2 |", BASE).contains("<table>"));
    }

    #[test]
    fn untrusted_content_cannot_inject() {
        let cases = [
            ("<script>alert(1)</script>", "&lt;script&gt;"),
            (
                "hi <img src=x onerror=alert(1)>",
                "&lt;img src=x onerror=alert(1)&gt;",
            ),
            ("[click](javascript:alert(1))", "<p>click</p>"),
            ("[click](JAVASCRIPT:alert(1))", "<p>click</p>"),
            ("[x](data:text/html;base64,PHNjcmlwdD4=)", "<p>x</p>"),
            ("![pic](javascript:alert(1))", "<p>pic</p>"),
            (
                "<a href=\"javascript:alert(1)\">x</a>",
                "&lt;a href=\"javascript:alert(1)\"&gt;",
            ),
        ];
        for (md, want) in cases {
            let html = render(md, BASE);
            assert!(html.contains(want), "{md} → {html}");
            assert!(
                !html.contains("<script")
                    && !html.contains("<a href=\"javascript")
                    && !html.contains("<img src=x"),
                "{md} → {html}"
            );
        }
    }
}
