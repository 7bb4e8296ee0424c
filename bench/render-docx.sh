#!/usr/bin/env bash
# Renders the Word export of a sample scan to PNG pages, to look at (not part of `npm test`):
# the CLI writes the mixed example with notes and evidence, exports it as .docx, LibreOffice converts
# it to PDF and pdftoppm makes one PNG per page.
#
#   bash bench/render-docx.sh [nl|en] [OUT_DIR]     (default: nl, /tmp/quickscan-render-docx)
set -euo pipefail

lang="${1:-nl}"
out="${2:-${TMPDIR:-/tmp}/quickscan-render-docx}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if ! command -v soffice >/dev/null 2>&1; then
  echo "render-docx: soffice (LibreOffice) is missing; run:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y libreoffice-writer-nogui" >&2
  exit 1
fi
if ! command -v pdftoppm >/dev/null 2>&1; then
  echo "render-docx: pdftoppm is missing; run:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y poppler-utils" >&2
  exit 1
fi

mkdir -p "$out"
rm -f "$out"/page-*.png
cd "$root"

npm run --silent quickscan -- example --profile mixed --organisation 'Zorg & Co "’t Hoekje"' >"$out/example.json"

# Notes with markup, quotes and a line break, and two pieces of evidence, as the app saves them.
node --input-type=module - "$out/example.json" <<'EOF'
import { readFileSync, writeFileSync } from 'node:fs';
const path = process.argv[2];
const file = JSON.parse(readFileSync(path, 'utf8'));
file.notes = {
  openness: 'Lunchlezing <b>"Werk & zorg"</b> in maart;\nsinds 2025 een mantelzorgcafé, elke eerste dinsdag.',
  embedding: 'OR-overleg 2025: =SUM(A1) blijft tekst.',
};
file.evidence = {
  'legal-calamity-written': { have: true, where: 'HR-handboek §4.2' },
  'legal-short-term-written': { have: true, where: '' },
};
writeFileSync(path, JSON.stringify(file, null, 2));
EOF

npm run --silent quickscan -- export "$out/example.json" --format docx -o "$out/report.docx" --lang "$lang"
# LibreOffice needs a writable profile; a throwaway one keeps the user's own untouched.
rm -f "$out/report.pdf"
soffice -env:UserInstallation="file://$out/lo-profile" --headless --convert-to pdf --outdir "$out" "$out/report.docx" \
  >"$out/soffice.log" 2>&1 || true
if [ ! -s "$out/report.pdf" ]; then
  echo "render-docx: LibreOffice did not convert $out/report.docx (see $out/soffice.log)" >&2
  exit 1
fi
pdftoppm -r 60 -png "$out/report.pdf" "$out/page"
ls "$out"/page-*.png
