#!/bin/sh
# Regenerate the renderings of the table-rich seeds: HTML (committed, also the source of the
# HWP/HWPX renderings), DOCX, PDF with ruled tables and PDF without any table rules.
# Needs python3 and LibreOffice Writer with the Nanum fonts (Debian: libreoffice-writer fonts-nanum).
# usage: sample-docs/tools/render.sh [STEM ...]   (default: the three table-rich seeds)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
docs=$(dirname "$here")
stems=${*:-"000_c6a735280eeffe22 001_69b5d0863f4d8d05 003_ec70c1f9ee5d3b28"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A profile of our own, so a user's LibreOffice settings cannot change the output; A4 from the locale.
profile="file://$work/profile"
lo() {
  LC_ALL=C.UTF-8 LANG=ko_KR.UTF-8 libreoffice -env:UserInstallation="$profile" --headless "$@" >"$work/lo.log" 2>&1 \
    || { cat "$work/lo.log" >&2; exit 1; }
}
for stem in $stems; do
  seed="$docs/$stem.txt"
  python3 "$here/seed2html.py" "$seed" "$docs/$stem.html" --rules ruled
  mkdir -p "$work/ruled" "$work/unruled"
  cp "$docs/$stem.html" "$work/ruled/$stem.html"
  python3 "$here/seed2html.py" "$seed" "$work/unruled/$stem.html" --rules none
  # HTML -> DOCX -> PDF: the Writer (not Writer/Web) route keeps the A4 page and repeats <thead> rows.
  lo --convert-to 'docx:MS Word 2007 XML' --outdir "$work/ruled" "$work/ruled/$stem.html"
  lo --convert-to 'docx:MS Word 2007 XML' --outdir "$work/unruled" "$work/unruled/$stem.html"
  lo --convert-to pdf:writer_pdf_Export --outdir "$work/ruled" "$work/ruled/$stem.docx"
  lo --convert-to pdf:writer_pdf_Export --outdir "$work/unruled" "$work/unruled/$stem.docx"
  cp "$work/ruled/$stem.docx" "$docs/$stem.docx"
  cp "$work/ruled/$stem.pdf" "$docs/$stem.ruled.pdf"
  cp "$work/unruled/$stem.pdf" "$docs/$stem.unruled.pdf"
  echo "$stem: html docx ruled.pdf unruled.pdf"
done
