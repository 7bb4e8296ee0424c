/**
 * `npm run fonts`: writes the PDF report fonts, subsets of DejaVu Sans regular and bold, into
 * `templates/pdf/font-files/` (committed; decision 0008). Run it after a text gains a character the fonts do not
 * have yet: the test "the committed subset fonts keep exactly the documented characters" says when.
 *
 * harfbuzz (subset-font) keeps the glyph outlines, widths, kerning and accent positioning of the characters in
 * `listSubsetCodePoints`, and drops the TrueType hinting instructions: they only snap outlines to the pixel grid in
 * some screen renderers and were about a third of the subset.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import subsetFont from 'subset-font';
import { loadShippedQuestionnaire } from '../questionnaire/shipped-questionnaire.ts';
import { listSubsetCodePoints, SUBSET_FONT_FILES } from '../templates/pdf/font-subset.ts';

const require = createRequire(import.meta.url);
const sourceDir = dirname(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
const targetDir = join(import.meta.dirname, '..', 'templates', 'pdf', 'font-files');

const loaded = loadShippedQuestionnaire();
if (!loaded.ok) throw new Error(`the shipped questionnaire is invalid:\n${loaded.issues.join('\n')}`);
const text = String.fromCodePoint(...listSubsetCodePoints(loaded.value));

for (const { source, subset } of Object.values(SUBSET_FONT_FILES)) {
  const original = readFileSync(join(sourceDir, source));
  const bytes = await subsetFont(original, text, { targetFormat: 'truetype', noHinting: true });
  writeFileSync(join(targetDir, subset), bytes);
  const kB = (n: number) => `${Math.round(n / 1024)} kB`;
  console.log(
    `${subset}: ${kB(bytes.length)} (gzip ${kB(gzipSync(bytes).length)}), from ${source}: ${kB(original.length)} (gzip ${kB(gzipSync(original).length)})`,
  );
}
// The DejaVu licence asks that its notices go with every copy of the fonts.
copyFileSync(join(sourceDir, '..', 'LICENSE'), join(targetDir, 'LICENSE'));
