#!/bin/sh
# Regenerate the six test plans of other series (sample-docs/tools/plans.py): their truth under
# sample-docs/truth/, and each plan as HTML, DOCX, PDF with ruled tables, PDF without any rule, HWP and HWPX
# under src/test/resources/plans/. Needs python3, LibreOffice Writer with the Nanum fonts, and a JDK (the HWP
# and HWPX renderings are written by the test class dev.planetl.samples.HwpRenderingGenerator).
# usage: sample-docs/tools/render-plans.sh [STEM ...]   (run from anywhere; default: every plan)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
out="$repo/src/test/resources/plans"
truth="$repo/sample-docs/truth"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
profile="file://$work/profile"
lo() {
  LC_ALL=C.UTF-8 LANG=ko_KR.UTF-8 libreoffice -env:UserInstallation="$profile" --headless "$@" >"$work/lo.log" 2>&1 \
    || { cat "$work/lo.log" >&2; exit 1; }
}
mkdir -p "$work/ruled" "$work/unruled" "$out"
python3 "$here/plans.py" "$work/ruled" "$work/unruled" "$truth" "$@"
stems=$(cd "$work/ruled" && ls *.html | sed 's/\.html$//')
for stem in $stems; do
  cp "$work/ruled/$stem.html" "$out/$stem.html"
  lo --convert-to 'docx:MS Word 2007 XML' --outdir "$work/ruled" "$work/ruled/$stem.html"
  lo --convert-to 'docx:MS Word 2007 XML' --outdir "$work/unruled" "$work/unruled/$stem.html"
  lo --convert-to pdf:writer_pdf_Export --outdir "$work/ruled" "$work/ruled/$stem.docx"
  lo --convert-to pdf:writer_pdf_Export --outdir "$work/unruled" "$work/unruled/$stem.docx"
  cp "$work/ruled/$stem.docx" "$out/$stem.docx"
  cp "$work/ruled/$stem.pdf" "$out/$stem.ruled.pdf"
  cp "$work/unruled/$stem.pdf" "$out/$stem.unruled.pdf"
  echo "$stem: html docx ruled.pdf unruled.pdf"
done
cd "$repo"
./mvnw -B -o -q test-compile
# The generator needs jsoup, hwplib and hwpxlib only; they are taken from the local Maven repository in the
# versions the pom names (the dependency plugin is not needed, so this works offline).
m2=${MAVEN_REPO:-$HOME/.m2/repository}
version() { sed -n "s:.*<$1.version>\(.*\)</$1.version>.*:\1:p" pom.xml; }
cp="target/test-classes:target/classes:$m2/org/jsoup/jsoup/$(version jsoup)/jsoup-$(version jsoup).jar"
cp="$cp:$m2/kr/dogfoot/hwplib/$(version hwplib)/hwplib-$(version hwplib).jar"
cp="$cp:$m2/kr/dogfoot/hwpxlib/$(version hwpxlib)/hwpxlib-$(version hwpxlib).jar"
java -cp "$cp" dev.planetl.samples.HwpRenderingGenerator --dir src/test/resources/plans $stems
