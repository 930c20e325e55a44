#!/usr/bin/env python3
"""Render a seed text (sample-docs/NNN_*.txt) as structured HTML.

The seed texts are what converters left of the original HWP/PDF documents: headings, bullets and
tables as tab-separated lines. This script rebuilds the structure a real document has, so that the
other renderings (DOCX, PDF, HWP, HWPX) can be produced from one HTML file:

* headings with their numbering (I., 1., 가, 1 / 1-1 printed on a line of their own and joined to
  the title that follows), as <h1>..<h3>;
* captions "< ... >" and unit lines "(단위 : ...)" as paragraphs with their own class;
* every run of tab-separated lines as a <table> with a <thead>; merged cells where the seed shows
  them: a header cell followed by empty header cells spans them (colspan), a header cell above an
  empty cell of a second header row spans down (rowspan), a first-column body cell followed by rows
  whose first cell is empty spans down (rowspan), a body row with text in its first cell only spans
  the row (colspan);
* a table continued after a blank line with its header line printed again (the seed's page break)
  is one table: the repeated header is dropped, the renderer repeats the <thead> on the next page.
* table-of-contents lines ("title<TAB>page") become contents paragraphs, not a table.

The text is kept exactly as the seed prints it, traps included (966.11.00, 쏠분야, 서 비스, short
ministry names, HTML fragments left by a converter): the renderings test the pipeline, they do not
fix the source. Standard library only.

usage: seed2html.py SEED.txt OUT.html [--rules ruled|none]
"""
import html
import re
import sys
import unicodedata

ROMAN = r"(?:[IVX]+|[\u2160-\u216b]+)"
RE_H1 = re.compile(r"^(" + ROMAN + r"\.)\s+(\S.*)$")
RE_H2_DOT = re.compile(r"^(\d{1,2}\.)\s+(\S.*)$")
RE_H2_SPACE = re.compile(r"^(\d{1,2})\s+(\S.{0,40})$")
RE_H3_DASH = re.compile(r"^(\d{1,2}-\d{1,2})\s+(\S.*)$")
RE_H3_HANGUL = re.compile(r"^([가나다라마바사아자차카타파하])\s+(\S.{0,60})$")
RE_BARE_NUMBER = re.compile(r"^(\d{1,2}|\d{1,2}-\d{1,2})$")
RE_DATE = re.compile(r"^\d{4}\.\s*\d{1,2}\.")
RE_CAPTION = re.compile(r"^<\s.*\s>$")
RE_UNIT = re.compile(r"^\(\s*단위\s*:.*\)$")
RE_NUMERIC = re.compile(r"^[-+]?[\d,.]+(?:\s*\([\d,.]+\))?%?$")
RE_TOC_PAGE = re.compile(r"^\d{1,3}$")

CSS_COMMON = """
@page { size: 210mm 297mm; margin: 18mm 15mm 18mm 15mm; }
body { font-family: 'NanumGothic', sans-serif; font-size: 10pt; line-height: 1.35; }
h1, h2, h3, th, td, p { font-family: 'NanumGothic', sans-serif; }
h1 { font-size: 15pt; margin: 14pt 0 6pt 0; }
h2 { font-size: 12.5pt; margin: 12pt 0 5pt 0; }
h3 { font-size: 11pt; margin: 10pt 0 4pt 0; }
p { margin: 0 0 3pt 0; }
p.title { font-size: 18pt; font-weight: bold; text-align: center; margin: 30pt 0 12pt 0; }
p.caption { font-weight: bold; text-align: center; margin-top: 8pt; }
p.unit { text-align: right; font-size: 9pt; }
p.toc { margin-left: 12pt; }
p.i1 { margin-left: 12pt; }
p.i2 { margin-left: 24pt; }
table { border-collapse: collapse; margin: 4pt 0 10pt 0; }
th, td { font-size: 8pt; vertical-align: top; text-align: left; padding: 3pt 4pt 3pt 4pt; }
th { font-weight: bold; }
td.num { text-align: right; }
"""
CSS_RULED = "table, th, td { border: 0.75pt solid #000000; }\n"
CSS_NONE = "table, th, td { border: none; }\n"

# Printable width of the A4 page above, in points; column widths are shared out of it.
PAGE_WIDTH_PT = (210 - 30) / 25.4 * 72


def is_numeric(cell):
    return bool(RE_NUMERIC.match(cell.strip()))


def parse_blocks(lines):
    """Split the seed into ('text', line) and ('table', rows) blocks, in order."""
    blocks = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        if "\t" not in line:
            blocks.append(("text", line))
            i += 1
            continue
        rows = []
        while i < n and "\t" in lines[i]:
            rows.append(lines[i].split("\t"))
            i += 1
        # A blank line then the same header line again: the seed's page break inside one table.
        while i < n and lines[i].strip() == "":
            j = i
            while j < n and lines[j].strip() == "":
                j += 1
            if j < n and "\t" in lines[j] and lines[j].split("\t") == rows[0]:
                j += 1
                while j < n and "\t" in lines[j]:
                    rows.append(lines[j].split("\t"))
                    j += 1
                i = j
            else:
                break
        blocks.append(("table", rows))
    return blocks


def is_toc(rows):
    return all(len(r) == 2 and RE_TOC_PAGE.match(r[1].strip()) for r in rows)


def heading_of(line, next_line):
    """(level, numbering, text, consumes_next) or None."""
    s = line.strip()
    if RE_DATE.match(s):
        return None
    m = RE_H1.match(s)
    if m:
        return 1, m.group(1), m.group(2), False
    m = RE_H3_DASH.match(s)
    if m:
        return 3, m.group(1), m.group(2), False
    m = RE_H2_DOT.match(s)
    if m:
        return 2, m.group(1), m.group(2), False
    m = RE_H3_HANGUL.match(s)
    if m:
        return 3, m.group(1), m.group(2), False
    m = RE_H2_SPACE.match(s)
    if m and not is_numeric(m.group(2).split()[0]):
        return 2, m.group(1), m.group(2), False
    m = RE_BARE_NUMBER.match(s)
    if m and next_line is not None:
        nxt = next_line.strip()
        if nxt and len(nxt) <= 60 and "\t" not in nxt and not RE_BARE_NUMBER.match(nxt) \
                and not nxt.startswith(("-", "*", "<", "(", "□", "○")):
            level = 3 if "-" in s else 2
            return level, s, nxt, True
    return None


def esc(text):
    return html.escape(text, quote=False)


def render_text_blocks(items, out, state):
    """items: raw lines (blank lines included) between tables; state carries whether the title is out."""
    idx = 0
    while idx < len(items):
        line = items[idx]
        if line.strip() == "":
            idx += 1
            continue
        # next non-blank line, for headings printed as a bare number above their title
        k = idx + 1
        while k < len(items) and items[k].strip() == "":
            k += 1
        nxt = items[k] if k < len(items) else None
        h = heading_of(line, nxt)
        stripped = line.strip()
        if not state["title_done"]:
            out.append('<p class="title">%s</p>' % esc(stripped))
            state["title_done"] = True
            idx += 1
            continue
        if h:
            level, numbering, text, consumes = h
            out.append('<h%d><span class="num">%s</span> %s</h%d>' % (level, esc(numbering), esc(text), level))
            idx = (k + 1) if consumes else idx + 1
            continue
        if RE_CAPTION.match(stripped):
            out.append('<p class="caption">%s</p>' % esc(stripped))
        elif RE_UNIT.match(stripped):
            out.append('<p class="unit">%s</p>' % esc(stripped))
        else:
            indent = len(line) - len(line.lstrip(" "))
            cls = ' class="i%d"' % min(indent, 2) if indent else ""
            out.append("<p%s>%s</p>" % (cls, esc(stripped)))
        idx += 1


def column_widths(rows, ncols):
    """Share the page width out by each column's longest cell, so short columns stay narrow."""
    longest = [1] * ncols
    for r in rows:
        for c, cell in enumerate(r):
            w = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in cell.strip())
            longest[c] = max(longest[c], min(w, 60))
    # a floor so headers and numbers are not squeezed into one glyph per line; short columns
    # (numbers, ministry names) keep what they need, long text columns share the rest of the page
    need = [max(8, x) * 4.4 + 12 for x in longest]
    fixed = [x <= 20 for x in longest]
    if sum(need) <= PAGE_WIDTH_PT:
        return [round(x) for x in need]
    fixed_total = sum(w for w, f in zip(need, fixed) if f)
    flexible_total = sum(w for w, f in zip(need, fixed) if not f)
    if flexible_total == 0 or fixed_total >= PAGE_WIDTH_PT:
        return [round(x * PAGE_WIDTH_PT / sum(need)) for x in need]
    scale = (PAGE_WIDTH_PT - fixed_total) / flexible_total
    return [round(w if f else w * scale) for w, f in zip(need, fixed)]


def render_table(rows, out):
    ncols = max(len(r) for r in rows)
    rows = [r + [""] * (ncols - len(r)) for r in rows]
    header_rows = 1 if len(rows) > 1 else 0
    if (len(rows) > 2 and rows[1][0].strip() == "" and rows[0][0].strip() != ""
            and any(c.strip() == "" for c in rows[0]) and not any(is_numeric(c) for c in rows[1] if c.strip())):
        header_rows = 2
    covered = set()
    widths = column_widths(rows, ncols)
    # LibreOffice reads HTML widths as CSS pixels (96 per inch), the plan above is in points
    px = [round(w * 96 / 72) for w in widths]
    out.append('<table width="%d">' % sum(px))
    out.append("<colgroup>" + "".join('<col width="%d">' % w for w in px) + "</colgroup>")
    for r, row in enumerate(rows):
        if r == 0 and header_rows:
            out.append("<thead>")
        if r == header_rows:
            out.append("<tbody>")
        cells = []
        is_head = r < header_rows
        tag = "th" if is_head else "td"
        c = 0
        while c < ncols:
            if (r, c) in covered:
                c += 1
                continue
            text = row[c].strip()
            colspan = 1
            rowspan = 1
            if is_head and text:
                # header cell followed by empty header cells: it spans them
                while c + colspan < ncols and row[c + colspan].strip() == "" and (r, c + colspan) not in covered:
                    if header_rows == 2 and r == 0 and rows[1][c + colspan].strip() == "" and colspan == 1 \
                            and rows[1][c].strip() == "":
                        break
                    colspan += 1
                if header_rows == 2 and r == 0 and colspan == 1 and rows[1][c].strip() == "":
                    rowspan = 2
            elif not is_head and text:
                if c == 0 and ncols > 1 and all(x.strip() == "" for x in row[1:]):
                    colspan = ncols
                elif c == 0:
                    k = r + 1
                    while k < len(rows) and rows[k][0].strip() == "" and any(x.strip() for x in rows[k][1:]):
                        k += 1
                    rowspan = k - r
            for rr in range(r, r + rowspan):
                for cc in range(c, c + colspan):
                    if (rr, cc) != (r, c):
                        covered.add((rr, cc))
            # attributes, not CSS: LibreOffice's HTML import ignores vertical-align and text-align in CSS.
            # Top-aligned merged cells keep their text on the first row they cover.
            attrs = ' valign="top"'
            if colspan > 1:
                attrs += ' colspan="%d"' % colspan
            if rowspan > 1:
                attrs += ' rowspan="%d"' % rowspan
            if not is_head and is_numeric(text):
                attrs += ' class="num" align="right"'
            cells.append("<%s%s>%s</%s>" % (tag, attrs, esc(text), tag))
            c += colspan
        out.append("<tr>" + "".join(cells) + "</tr>")
        if r == header_rows - 1:
            out.append("</thead>")
    out.append("</tbody></table>")


def convert(seed_path, out_path, rules):
    with open(seed_path, encoding="utf-8") as f:
        text = unicodedata.normalize("NFC", f.read())
    lines = text.split("\n")
    title = next(l.strip() for l in lines if l.strip())
    css = CSS_COMMON + (CSS_RULED if rules == "ruled" else CSS_NONE)
    border = "1" if rules == "ruled" else "0"
    out = ['<!DOCTYPE html>', '<html lang="ko">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % esc(title), "<style>%s</style>" % css, "</head>", "<body>"]
    pending = []
    state = {"title_done": False}
    previous_was_table = False
    for kind, payload in parse_blocks(lines):
        if kind == "text":
            pending.append(payload)
            if payload.strip():
                previous_was_table = False
            continue
        if previous_was_table and not any(l.strip() for l in pending):
            # the seed separates the two tables by a blank line only; without a paragraph between them a
            # word processor draws them as one ruled block
            out.append("<p>&nbsp;</p>")
        render_text_blocks(pending, out, state)
        pending = []
        previous_was_table = not is_toc(payload)
        if is_toc(payload):
            for row in payload:
                out.append('<p class="toc">%s <span class="page">%s</span></p>' % (esc(row[0].strip()), esc(row[1].strip())))
        else:
            render_table(payload, out)
    render_text_blocks(pending, out, state)
    out.append("</body></html>")
    html_text = "\n".join(out) + "\n"
    html_text = html_text.replace("<table ", '<table border="%s" cellspacing="0" cellpadding="4" ' % border)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(html_text)


def main(argv):
    if len(argv) not in (3, 5) or (len(argv) == 5 and argv[3] != "--rules"):
        sys.stderr.write(__doc__)
        return 2
    rules = argv[4] if len(argv) == 5 else "ruled"
    if rules not in ("ruled", "none"):
        sys.stderr.write("--rules must be ruled or none\n")
        return 2
    convert(argv[1], argv[2], rules)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
