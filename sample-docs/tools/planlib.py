"""Building blocks of the test plans (plans.py): amounts, table layouts, HTML and truth rows.

A plan is written as data: prose blocks and tables whose parts are given and whose printed totals
(소계, 합계, 증감, 증감률) are computed here while the plan is written, so every printed total is exact.
The same data gives the HTML (the source of every rendering) and the truth rows of FACT-CONTRACT.md:
what an analyst reads off the printed plan, written by the plan's author, never by planetl.
Standard library only.
"""
import html
import unicodedata
from decimal import Decimal, ROUND_HALF_UP

import seed2html

UNIT_WON = {"원": 1, "천원": 10 ** 3, "만원": 10 ** 4, "백만원": 10 ** 6, "십억원": 10 ** 9, "억원": 10 ** 8,
            "조원": 10 ** 12}
SEP = " › "


def D(x):
    return Decimal(str(x))


def fmt(value, decimals=0):
    """1234.5 -> '1,234.5'; negatives with the triangle Korean tables print (△1,234)."""
    if value is None:
        return "-"
    q = D(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = "{:,.{}f}".format(abs(q), decimals)
    return ("△" + text) if q < 0 else text


def rate(before, after):
    """증감률 in percent, one decimal; '순증' for a project without an earlier budget."""
    if before is None or before == 0:
        return "순증"
    return fmt((D(after) - D(before)) * 100 / D(before), 1)


def diff(before, after):
    return D(after) - D(before or 0)


def won(value, unit):
    v = D(value) * UNIT_WON[unit]
    return int(v) if v == v.to_integral_value() else v


def collapse(text):
    return " ".join(text.split())


class Cell:
    def __init__(self, text, rowspan=1, colspan=1, num=False, head=False):
        self.text, self.rowspan, self.colspan, self.num, self.head = text, rowspan, colspan, num, head


def num(value, decimals=0):
    return Cell(fmt(value, decimals), num=True)


# Bodies renamed on 2025-10-01 (정부조직법, vocab/ministries.tsv): the canonical ministry of a fiscal year is the
# body in force on 31 December of that year, so a 2025 line of 환경부 is one of 기후에너지환경부 (as printed: 환경부).
RENAMED_2025_10_01 = {"환경부": "기후에너지환경부", "산업통상자원부": "산업통상부", "여성가족부": "성평등가족부"}


def in_force(ministry, fiscal_year):
    """The canonical name of a ministry for a fiscal year: the body in force at the end of that year."""
    return RENAMED_2025_10_01.get(ministry, ministry) if ministry and int(fiscal_year) >= 2025 else ministry


class Table:
    """A printed table: header rows and body rows of Cells (cells covered by a span are left out, as in
    HTML), and the truth it carries: facts, lines and totals, each a dict in the contract's columns."""

    def __init__(self, caption, widths=None):
        self.caption = caption
        self.head = []
        self.body = []
        self.widths = widths
        self.facts = []
        self.lines = []
        self.totals = []

    def fact(self, row_path, column_path, fiscal_year, measure, amount, unit, is_total):
        self.facts.append({"table_caption": self.caption, "row_path": SEP.join(collapse(p) for p in row_path),
                           "column_path": SEP.join(collapse(p) for p in column_path),
                           "fiscal_year": fiscal_year, "measure": measure, "currency": "KRW",
                           "amount": won(amount, unit), "is_total": "true" if is_total else "false"})

    def line(self, program, ministry, fiscal_year, measure, amount, unit, is_new="", code="", area=""):
        self.lines.append({"program": collapse(program), "ministry": in_force(ministry, fiscal_year),
                           "fiscal_year": fiscal_year,
                           "measure": measure, "amount_krw": won(amount, unit), "is_new": is_new,
                           "policy_area_code": code, "policy_area": area})

    def total(self, kind, code, ministry, fiscal_year, measure, amount, unit):
        self.totals.append({"kind": kind, "policy_area_code": code, "ministry": in_force(ministry, fiscal_year),
                            "fiscal_year": fiscal_year, "measure": measure, "amount_krw": won(amount, unit)})


def esc(text):
    return html.escape(text, quote=False)


def display_width(text):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def table_html(table, border):
    ncols = sum(c.colspan for c in table.head[0]) if table.head else sum(c.colspan for c in table.body[0])
    if table.widths:
        widths_pt = [w * seed2html.PAGE_WIDTH_PT / sum(table.widths) for w in table.widths]
    else:
        widths_pt = [seed2html.PAGE_WIDTH_PT / ncols] * ncols
    px = [round(w * 96 / 72) for w in widths_pt]
    out = ['<table border="%s" cellspacing="0" cellpadding="4" width="%d">' % (border, sum(px)),
           "<colgroup>" + "".join('<col width="%d">' % w for w in px) + "</colgroup>"]
    for part, rows, tag in (("thead", table.head, "th"), ("tbody", table.body, "td")):
        if not rows:
            continue
        out.append("<%s>" % part)
        for row in rows:
            cells = []
            for c in row:
                attrs = ' valign="top"'
                if c.colspan > 1:
                    attrs += ' colspan="%d"' % c.colspan
                if c.rowspan > 1:
                    attrs += ' rowspan="%d"' % c.rowspan
                if c.num:
                    attrs += ' class="num" align="right"'
                elif tag == "th":
                    attrs += ' align="center"'
                cells.append("<%s%s>%s</%s>" % (tag, attrs, esc(c.text), tag))
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</%s>" % part)
    out.append("</table>")
    return out


class Plan:
    def __init__(self, stem, title_lines, date, issuer):
        self.stem, self.title_lines, self.date, self.issuer = stem, title_lines, date, issuer
        self.blocks = []

    def h1(self, number, text):
        self.blocks.append(("h1", number, text))

    def h2(self, number, text):
        self.blocks.append(("h2", number, text))

    def p(self, text, indent=0):
        self.blocks.append(("p", text, indent))

    def caption(self, text):
        self.blocks.append(("caption", text))

    def unit(self, text):
        self.blocks.append(("unit", text))

    def table(self, table):
        self.blocks.append(("table", table))
        return table

    def tables(self):
        return [b[1] for b in self.blocks if b[0] == "table"]

    def html(self, rules):
        css = seed2html.CSS_COMMON + (seed2html.CSS_RULED if rules == "ruled" else seed2html.CSS_NONE)
        border = "1" if rules == "ruled" else "0"
        title = " ".join(self.title_lines)
        out = ['<!DOCTYPE html>', '<html lang="ko">', "<head>", '<meta charset="utf-8">',
               "<title>%s</title>" % esc(title), "<style>%s</style>" % css, "</head>", "<body>"]
        for t in self.title_lines:
            out.append('<p class="title" align="center">%s</p>' % esc(t))
        out.append('<p class="title" align="center">%s</p>' % esc(self.date))
        out.append('<p class="title" align="center">%s</p>' % esc(self.issuer))
        first = True
        previous_table = False
        for b in self.blocks:
            kind = b[0]
            if kind == "table":
                if previous_table:
                    out.append("<p>&nbsp;</p>")
                out.extend(table_html(b[1], border))
                previous_table = True
                continue
            previous_table = False
            if kind in ("h1", "h2"):
                level = 1 if kind == "h1" else 2
                style = ' style="page-break-before: always"' if first and level == 1 else ""
                first = False
                out.append('<h%d%s><span class="num">%s</span> %s</h%d>' % (level, style, esc(b[1]), esc(b[2]),
                                                                           level))
            elif kind == "p":
                cls = ' class="i%d"' % b[2] if b[2] else ""
                out.append("<p%s>%s</p>" % (cls, esc(b[1])))
            elif kind == "caption":
                out.append('<p class="caption" align="center">%s</p>' % esc(b[1]))
            elif kind == "unit":
                out.append('<p class="unit" align="right">%s</p>' % esc(b[1]))
        out.append("</body></html>")
        return unicodedata.normalize("NFC", "\n".join(out) + "\n")


def write_tsv(path, columns, rows, comments):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for c in comments:
            f.write("# " + c + "\n")
        f.write("\t".join(columns) + "\n")
        for r in rows:
            f.write("\t".join(str(r[c]) for c in columns) + "\n")


LINE_COLUMNS = ["program", "ministry", "fiscal_year", "measure", "amount_krw", "is_new", "policy_area_code",
                "policy_area"]
TOTAL_COLUMNS = ["kind", "policy_area_code", "ministry", "fiscal_year", "measure", "amount_krw"]
FACT_COLUMNS = ["table_caption", "row_path", "column_path", "fiscal_year", "measure", "currency", "amount",
                "is_total"]


def distinct_totals(totals):
    """A figure two tables both print is one total (v_budget_total keeps it once)."""
    seen = {}
    for t in totals:
        key = (t["kind"], t["policy_area_code"], t["ministry"], t["fiscal_year"], t["measure"])
        if key in seen:
            if seen[key]["amount_krw"] != t["amount_krw"]:
                raise ValueError("two tables print different totals for %s" % (key,))
            continue
        seen[key] = t
    return list(seen.values())
