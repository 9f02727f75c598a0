#!/bin/sh
# Regenerates the example exports of the demo plan and a PNG of every PDF page (pdftoppm, from
# poppler-utils). Run from the repository root: sh docs/examples/make-examples.sh
set -e
out=docs/examples
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fsp() { .venv/bin/family-safety-planner "$@" --plan "$work/demo.plan" --data-dir "$work/data"; }
.venv/bin/family-safety-planner demo --plan "$work/demo.plan" --data-dir "$work/data" </dev/null
rm -f "$out"/*.png
fsp export --format pdf --out "$out/family.pdf" --force 2>/dev/null
fsp export --format html --out "$out/family.html" --force 2>/dev/null
for child in maya leo; do
  fsp export --format pdf --audience youth --child "$child" --out "$out/youth-$child.pdf" --force 2>/dev/null
  fsp export --format html --audience youth --child "$child" --out "$out/youth-$child.html" --force 2>/dev/null
done
rm -f "$out/youth-maya-es.pdf"
for pdf in "$out"/*.pdf; do
  pdftoppm -png -r 60 "$pdf" "${pdf%.pdf}-page"
done
