#!/usr/bin/env python3
"""Writes a small, real PDF (PDF 1.4, standard fonts only, no third-party packages) from a JSON page spec.

    python3 make-pdf.py SPEC.json

The spec lists pages of blocks: banner, h (heading), p (paragraph), bullets, table, note, footer. Inline markup in
text: **bold**, *italic* and [label](https://link). Characters outside Windows-1252 that the Symbol font has
(σ Σ μ √ ≈ ≤ ≥ − Δ) are set in Symbol; "x̄" (x + U+0304) is drawn as an x with a bar. Output is deterministic.
"""
import json
import re
import sys
import zlib

# Glyph widths (1/1000 em) of the standard PDF fonts, from the Adobe AFM metrics (via groff's devps files).
HELVETICA = {
    ' ': 278, '!': 278, '"': 355, '#': 556, '$': 556, '%': 889, '&': 667, "'": 191, '(': 333, ')': 333, '*': 389,
    '+': 584, ',': 278, '-': 333, '.': 278, '/': 278, '0': 556, '1': 556, '2': 556, '3': 556, '4': 556, '5': 556,
    '6': 556, '7': 556, '8': 556, '9': 556, ':': 278, ';': 278, '<': 584, '=': 584, '>': 584, '?': 556, '@': 1015,
    'A': 667, 'B': 667, 'C': 722, 'D': 722, 'E': 667, 'F': 611, 'G': 778, 'H': 722, 'I': 278, 'J': 500, 'K': 667,
    'L': 556, 'M': 833, 'N': 722, 'O': 778, 'P': 667, 'Q': 778, 'R': 722, 'S': 667, 'T': 611, 'U': 722, 'V': 667,
    'W': 944, 'X': 667, 'Y': 667, 'Z': 611, '[': 278, '\\': 278, ']': 278, '^': 469, '_': 556, '`': 333, 'a': 556,
    'b': 556, 'c': 500, 'd': 556, 'e': 556, 'f': 278, 'g': 556, 'h': 556, 'i': 222, 'j': 222, 'k': 500, 'l': 222,
    'm': 833, 'n': 556, 'o': 556, 'p': 556, 'q': 556, 'r': 333, 's': 500, 't': 278, 'u': 556, 'v': 500, 'w': 722,
    'x': 500, 'y': 500, 'z': 500, '{': 334, '|': 260, '}': 334, '~': 584, '\xa0': 278, '¡': 333, '©': 737, '«': 556,
    '°': 400, '±': 584, '²': 333, '³': 333, '·': 278, '»': 556, '½': 834, '¿': 611, 'À': 667, 'Ç': 722, 'È': 667,
    'É': 667, '×': 584, 'à': 556, 'á': 556, 'â': 556, 'ç': 500, 'è': 556, 'é': 556, 'ê': 556, 'ë': 556, 'í': 278,
    'î': 278, 'ï': 278, 'ñ': 556, 'ó': 556, 'ô': 556, '÷': 584, 'ù': 556, 'ú': 556, 'û': 556, 'ü': 556, 'Œ': 1000,
    'œ': 944, '–': 556, '—': 1000, '‘': 222, '’': 222, '“': 333, '”': 333, '•': 350, '…': 1000, '€': 556,
}
HELVETICA_BOLD = {
    ' ': 278, '!': 333, '"': 474, '#': 556, '$': 556, '%': 889, '&': 722, "'": 238, '(': 333, ')': 333, '*': 389,
    '+': 584, ',': 278, '-': 333, '.': 278, '/': 278, '0': 556, '1': 556, '2': 556, '3': 556, '4': 556, '5': 556,
    '6': 556, '7': 556, '8': 556, '9': 556, ':': 333, ';': 333, '<': 584, '=': 584, '>': 584, '?': 611, '@': 975,
    'A': 722, 'B': 722, 'C': 722, 'D': 722, 'E': 667, 'F': 611, 'G': 778, 'H': 722, 'I': 278, 'J': 556, 'K': 722,
    'L': 611, 'M': 833, 'N': 722, 'O': 778, 'P': 667, 'Q': 778, 'R': 722, 'S': 667, 'T': 611, 'U': 722, 'V': 667,
    'W': 944, 'X': 667, 'Y': 667, 'Z': 611, '[': 333, '\\': 278, ']': 333, '^': 584, '_': 556, '`': 333, 'a': 556,
    'b': 611, 'c': 556, 'd': 611, 'e': 556, 'f': 333, 'g': 611, 'h': 611, 'i': 278, 'j': 278, 'k': 556, 'l': 278,
    'm': 889, 'n': 611, 'o': 611, 'p': 611, 'q': 611, 'r': 389, 's': 556, 't': 333, 'u': 611, 'v': 556, 'w': 778,
    'x': 556, 'y': 556, 'z': 500, '{': 389, '|': 280, '}': 389, '~': 584, '\xa0': 278, '¡': 333, '©': 737, '«': 556,
    '°': 400, '±': 584, '²': 333, '³': 333, '·': 278, '»': 556, '½': 834, '¿': 611, 'À': 722, 'Ç': 722, 'È': 667,
    'É': 667, '×': 584, 'à': 556, 'á': 556, 'â': 556, 'ç': 556, 'è': 556, 'é': 556, 'ê': 556, 'ë': 556, 'í': 278,
    'î': 278, 'ï': 278, 'ñ': 611, 'ó': 611, 'ô': 611, '÷': 584, 'ù': 611, 'ú': 611, 'û': 611, 'ü': 611, 'Œ': 1000,
    'œ': 944, '–': 556, '—': 1000, '‘': 278, '’': 278, '“': 500, '”': 500, '•': 350, '…': 1000, '€': 556,
}
HELVETICA_OBLIQUE = {
    ' ': 278, '!': 278, '"': 355, '#': 556, '$': 556, '%': 889, '&': 667, "'": 191, '(': 333, ')': 333, '*': 389,
    '+': 584, ',': 278, '-': 333, '.': 278, '/': 278, '0': 556, '1': 556, '2': 556, '3': 556, '4': 556, '5': 556,
    '6': 556, '7': 556, '8': 556, '9': 556, ':': 278, ';': 278, '<': 584, '=': 584, '>': 584, '?': 556, '@': 1015,
    'A': 667, 'B': 667, 'C': 722, 'D': 722, 'E': 667, 'F': 611, 'G': 778, 'H': 722, 'I': 278, 'J': 500, 'K': 667,
    'L': 556, 'M': 833, 'N': 722, 'O': 778, 'P': 667, 'Q': 778, 'R': 722, 'S': 667, 'T': 611, 'U': 722, 'V': 667,
    'W': 944, 'X': 667, 'Y': 667, 'Z': 611, '[': 278, '\\': 278, ']': 278, '^': 469, '_': 556, '`': 333, 'a': 556,
    'b': 556, 'c': 500, 'd': 556, 'e': 556, 'f': 278, 'g': 556, 'h': 556, 'i': 222, 'j': 222, 'k': 500, 'l': 222,
    'm': 833, 'n': 556, 'o': 556, 'p': 556, 'q': 556, 'r': 333, 's': 500, 't': 278, 'u': 556, 'v': 500, 'w': 722,
    'x': 500, 'y': 500, 'z': 500, '{': 334, '|': 260, '}': 334, '~': 584, '\xa0': 278, '¡': 333, '©': 737, '«': 556,
    '°': 400, '±': 584, '²': 333, '³': 333, '·': 278, '»': 556, '½': 834, '¿': 611, 'À': 667, 'Ç': 722, 'È': 667,
    'É': 667, '×': 584, 'à': 556, 'á': 556, 'â': 556, 'ç': 500, 'è': 556, 'é': 556, 'ê': 556, 'ë': 556, 'í': 278,
    'î': 278, 'ï': 278, 'ñ': 556, 'ó': 556, 'ô': 556, '÷': 584, 'ù': 556, 'ú': 556, 'û': 556, 'ü': 556, 'Œ': 1000,
    'œ': 944, '–': 556, '—': 1000, '‘': 222, '’': 222, '“': 333, '”': 333, '•': 350, '…': 1000, '€': 556,
}
# Symbol font: character -> (code in the font's built-in encoding, width)
SYMBOL = {'σ': (115, 603), 'Σ': (83, 592), 'μ': (109, 576), '√': (214, 549), '≈': (187, 549), '≤': (163, 549), '≥': (179, 549), '−': (45, 549), 'Δ': (68, 612), '∑': (229, 713)}

PAGE_W, PAGE_H = 595.28, 841.89  # A4
MARGIN = 48
CONTENT_W = PAGE_W - 2 * MARGIN
FONTS = {"regular": ("F1", "Helvetica", HELVETICA), "bold": ("F2", "Helvetica-Bold", HELVETICA_BOLD),
         "italic": ("F3", "Helvetica-Oblique", HELVETICA_OBLIQUE)}
MACRON = "\u0304"
# Drawn with lines rather than taken from the Symbol font, whose glyphs some viewers substitute badly.
DRAWN = {"−": 0.584, "≈": 0.584, "√": 0.52}
INK = (0.13, 0.15, 0.20)
ACCENT = (0.08, 0.27, 0.50)
LINK = (0.05, 0.33, 0.75)
RULE = (0.78, 0.82, 0.88)
SHADE = (0.92, 0.95, 0.98)


def rgb(c, op):
    return f"{c[0]:.3f} {c[1]:.3f} {c[2]:.3f} {op}"


def pdf_string(data):
    return b"(" + data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


# --- inline text: runs -> glyph pieces --------------------------------------------------------------------------

def parse_inline(text, base="regular"):
    """Returns [(text, style, link)] for **bold**, *italic* and [label](url)."""
    runs = []
    pos = 0
    for m in re.finditer(r"\[([^\]]+)\]\((https?://[^)\s]+)\)", text):
        runs += _emphasis(text[pos:m.start()], base, None)
        runs += _emphasis(m.group(1), base, m.group(2))
        pos = m.end()
    return runs + _emphasis(text[pos:], base, None)


def _emphasis(text, base, link):
    out, style = [], base
    for i, part in enumerate(re.split(r"(\*\*|\*)", text)):
        if part == "**":
            style = base if style == "bold" else "bold"
        elif part == "*":
            style = base if style == "italic" else "italic"
        elif part:
            out.append((part, style, link))
    return out


def glyphs(text, style):
    """Splits text into pieces (font key, bytes, width in em, overline?) for one style."""
    pieces = []
    i = 0
    while i < len(text):
        ch = text[i]
        over = i + 1 < len(text) and text[i + 1] == MACRON
        if ch in DRAWN:
            pieces.append(("draw", ch, DRAWN[ch], False))
        elif ch in SYMBOL:
            code, w = SYMBOL[ch]
            pieces.append(("symbol", bytes([code]), w / 1000, False))
        else:
            table = FONTS[style][2]
            if ch not in table:
                raise SystemExit(f"make-pdf: character {ch!r} (U+{ord(ch):04X}) is not available in the PDF fonts")
            pieces.append((style, ch.encode("cp1252"), table[ch] / 1000, over))
        i += 2 if over else 1
    return pieces


def words(runs):
    """Splits runs into words: each word is a list of (text, style, link); spaces are kept as separate words."""
    out = []
    for text, style, link in runs:
        for tok in re.split(r"( +)", text):
            if not tok:
                continue
            if tok.startswith(" "):
                out.append([(" ", style, link)])
            elif out and out[-1][-1][0] != " " and not out[-1][-1][0].endswith(" "):
                out[-1].append((tok, style, link))  # a style change inside a word
            else:
                out.append([(tok, style, link)])
    return out


def word_width(word, size):
    return sum(g[2] for t, s, _ in word for g in glyphs(t, s)) * size


def wrap(text, size, width, base="regular"):
    lines, line, line_w = [], [], 0.0
    for word in words(parse_inline(text, base)):
        w = word_width(word, size)
        is_space = word[0][0] == " "
        if line and not is_space and line_w + w > width:
            while line and line[-1][0][0] == " ":
                line_w -= word_width(line.pop(), size)
            lines.append(line)
            line, line_w = [], 0.0
        if is_space and not line:
            continue
        line.append(word)
        line_w += w
    if line:
        lines.append(line)
    return lines


class Page:
    def __init__(self):
        self.ops = []
        self.links = []
        self.y = PAGE_H - MARGIN

    def rect(self, x, y, w, h, color):
        self.ops.append(f"{rgb(color, 'rg')} {x:.2f} {y:.2f} {w:.2f} {h:.2f} re f")

    def line(self, x1, y1, x2, y2, color, width=0.6):
        self.ops.append(f"{rgb(color, 'RG')} {width:.2f} w {x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S")

    def text_line(self, line, x, y, size, color):
        """Draws one wrapped line (list of words) with its baseline at y."""
        for word in line:
            for text, style, link in word:
                start = x
                col = LINK if link else color
                pieces = glyphs(text, style)
                for k, (font, data, w, over) in enumerate(pieces):
                    if font == "draw":
                        radicand = 0.0
                        for p in pieces[k + 1:]:
                            if p[1] == b" ":
                                break
                            radicand += p[2]
                        self.drawn(data, x, y, size, col, radicand * size)
                        x += w * size
                        continue
                    fname = "F4" if font == "symbol" else FONTS[font][0]
                    self.ops.append(f"BT {rgb(col, 'rg')} /{fname} {size:.1f} Tf {x:.2f} {y:.2f} Td ")
                    self.ops.append(pdf_string(data))
                    self.ops.append(" Tj ET")
                    if over:
                        self.line(x + 0.08 * size, y + 0.66 * size, x + w * size - 0.04 * size, y + 0.66 * size,
                                  col, 0.055 * size)
                    x += w * size
                if link:
                    self.line(start, y - 1.5, x, y - 1.5, LINK, 0.4)
                    self.links.append((start, y - 3, x, y + size * 0.8, link))
        return x

    def drawn(self, ch, x, y, size, col, radicand):
        """Draws a minus, an approximately-equal or a radical sign (with its bar over the radicand)."""
        def pt(px, py):
            return f"{x + px * size:.2f} {y + py * size:.2f}"
        stroke = f"{rgb(col, 'RG')} {0.065 * size:.2f} w 1 J 1 j "
        # invisible text (render mode 3) so that copying and screen readers still get the character
        plain = {"−": b"-", "≈": b"~", "√": b"sqrt "}[ch]
        self.ops += [f"BT 3 Tr /F1 {size:.1f} Tf {x:.2f} {y:.2f} Td ", pdf_string(plain), " Tj ET"]
        if ch == "−":
            self.ops.append(stroke + f"{pt(0.09, 0.32)} m {pt(0.495, 0.32)} l S")
        elif ch == "≈":
            for h in (0.23, 0.43):
                self.ops.append(stroke + f"{pt(0.08, h - 0.01)} m {pt(0.22, h + 0.13)} {pt(0.36, h - 0.13)} "
                                         f"{pt(0.50, h + 0.01)} c S")
        elif ch == "√":
            top = 0.86
            self.ops.append(stroke + f"{pt(0.04, 0.36)} m {pt(0.14, 0.42)} l {pt(0.26, 0.0)} l {pt(0.48, top)} l "
                                     f"{x + 0.50 * size + radicand:.2f} {y + top * size:.2f} l S")

    def paragraph(self, text, x, width, size, color=INK, leading=1.32, base="regular"):
        for line in wrap(text, size, width, base):
            self.y -= size * leading
            self.text_line(line, x, self.y + size * (leading - 1) * 0.5, size, color)

    def stream(self):
        out = b""
        for op in self.ops:
            out += op if isinstance(op, bytes) else op.encode("ascii")
            if isinstance(op, str) and not op.endswith("Td "):
                out += b"\n"
        return out


# --- blocks -----------------------------------------------------------------------------------------------------

def block_banner(page, b):
    h = 64 if b.get("subtitle") else 44
    page.rect(0, PAGE_H - h - 28, PAGE_W, h + 28, ACCENT)
    page.y = PAGE_H - 28
    page.y -= 10
    page.paragraph(b["title"], MARGIN, CONTENT_W, 20, (1, 1, 1), base="bold")
    if b.get("subtitle"):
        page.y -= 4
        page.paragraph(b["subtitle"], MARGIN, CONTENT_W, 10.5, (0.85, 0.91, 1.0))
    page.y = PAGE_H - h - 28 - 10


def block_h(page, b):
    page.y -= 7
    page.paragraph(b["text"], MARGIN, CONTENT_W, 12, ACCENT, base="bold")
    page.line(MARGIN, page.y - 2, MARGIN + CONTENT_W, page.y - 2, RULE, 0.8)
    page.y -= 6


def block_p(page, b):
    page.paragraph(b["text"], MARGIN, CONTENT_W, b.get("size", 9.5))
    page.y -= 4


def block_note(page, b):
    size = b.get("size", 9.5)
    lines = wrap(b["text"], size, CONTENT_W - 20)
    h = len(lines) * size * 1.32 + 10
    page.rect(MARGIN, page.y - h, CONTENT_W, h, SHADE)
    page.rect(MARGIN, page.y - h, 3, h, ACCENT)
    page.y -= 5
    page.paragraph(b["text"], MARGIN + 12, CONTENT_W - 20, size)
    page.y -= 9


def block_bullets(page, b):
    size = b.get("size", 9.5)
    for item in b["items"]:
        top = page.y
        page.paragraph(item, MARGIN + 14, CONTENT_W - 14, size)
        page.text_line([[("•", "regular", None)]], MARGIN + 3, top - size * 1.32 + size * 0.16, size, ACCENT)
        page.y -= 1
    page.y -= 3


def block_table(page, b):
    size = b.get("size", 8.5)
    fracs = b["columns"]
    widths = [f * CONTENT_W / sum(fracs) for f in fracs]
    pad = 3
    rows = ([(b["header"], True)] if b.get("header") else []) + [(r, False) for r in b["rows"]]
    for n, (cells, header) in enumerate(rows):
        wrapped = [wrap(c, size, w - 2 * pad, "bold" if header or (i == 0 and b.get("firstColumnBold")) else "regular")
                   for i, (c, w) in enumerate(zip(cells, widths))]
        h = max(len(l) for l in wrapped) * size * 1.25 + 2 * pad
        if header:
            page.rect(MARGIN, page.y - h, CONTENT_W, h, ACCENT)
        elif n % 2 == 0:
            page.rect(MARGIN, page.y - h, CONTENT_W, h, SHADE)
        x = MARGIN
        for lines, w in zip(wrapped, widths):
            y = page.y - pad
            for line in lines:
                y -= size * 1.25
                page.text_line(line, x + pad, y + size * 0.3, size, (1, 1, 1) if header else INK)
            x += w
        page.y -= h
    page.line(MARGIN, page.y, MARGIN + CONTENT_W, page.y, RULE, 0.8)
    page.y -= 8


def block_footer(page, b):
    page.line(MARGIN, 46, MARGIN + CONTENT_W, 46, RULE, 0.6)
    saved = page.y
    page.y = 44
    page.paragraph(b["text"], MARGIN, CONTENT_W, 8, (0.4, 0.44, 0.5))
    page.y = saved


BLOCKS = {"banner": block_banner, "h": block_h, "p": block_p, "note": block_note, "bullets": block_bullets,
          "table": block_table, "footer": block_footer}


# --- file structure ---------------------------------------------------------------------------------------------

def info_string(s):
    try:
        return pdf_string(s.encode("ascii"))
    except UnicodeEncodeError:
        return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def build(spec):
    pages = []
    for p in spec["pages"]:
        page = Page()
        for b in p["blocks"]:
            BLOCKS[b["type"]](page, b)
        if page.y < 50:
            raise SystemExit(f"make-pdf: page {len(pages) + 1} overflows by {50 - page.y:.0f} pt")
        pages.append(page)

    objects = {}  # number -> bytes
    n_fonts = 4
    font_base = 3
    for i, (key, (_, name, _)) in enumerate(FONTS.items()):
        objects[font_base + i] = (f"<< /Type /Font /Subtype /Type1 /BaseFont /{name} "
                                  f"/Encoding /WinAnsiEncoding >>").encode()
    objects[font_base + 3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Symbol >>"
    fonts = " ".join(f"/F{i + 1} {font_base + i} 0 R" for i in range(n_fonts))
    next_obj = font_base + n_fonts
    kids = []
    for page in pages:
        page_no, content_no = next_obj, next_obj + 1
        next_obj += 2
        annots = []
        for (x1, y1, x2, y2, url) in page.links:
            objects[next_obj] = (f"<< /Type /Annot /Subtype /Link /Rect [{x1:.2f} {y1:.2f} {x2:.2f} {y2:.2f}] "
                                 f"/Border [0 0 0] /A << /S /URI /URI ").encode() + pdf_string(url.encode()) + b" >> >>"
            annots.append(f"{next_obj} 0 R")
            next_obj += 1
        data = zlib.compress(page.stream(), 9)
        objects[content_no] = (f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n").encode() + data + \
            b"\nendstream"
        objects[page_no] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
                            f"/Resources << /Font << {fonts} >> >> /Contents {content_no} 0 R"
                            + (f" /Annots [{' '.join(annots)}]" if annots else "") + " >>").encode()
        kids.append(f"{page_no} 0 R")
    info_no = next_obj
    objects[info_no] = (b"<< /Title " + info_string(spec["title"]) + b" /Author " + info_string(spec["author"])
                        + b" /Subject " + info_string(spec.get("subject", "")) + b" /Producer (make-pdf.py) >>")
    objects[1] = (f"<< /Type /Catalog /Pages 2 0 R /Lang ({spec.get('lang', 'en')}) "
                  f"/ViewerPreferences << /DisplayDocTitle true >> >>").encode()
    objects[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()

    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += f"{num} 0 obj\n".encode() + objects[num] + b"\nendobj\n"
    xref = len(out)
    count = max(objects) + 1
    out += f"xref\n0 {count}\n0000000000 65535 f \n".encode()
    for num in range(1, count):
        out += f"{offsets[num]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {count} /Root 1 0 R /Info {info_no} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        spec = json.load(f)
    data = build(spec)
    with open(spec["output"], "wb") as f:
        f.write(data)
    print(f"pdf: {spec['output']} ({len(spec['pages'])} page(s), {len(data)} bytes)")


if __name__ == "__main__":
    main()
