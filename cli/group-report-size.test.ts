/**
 * `quickscan group-report` for a large workshop, run as a real process as a user does: 100 answers
 * files in, a PDF out that holds every participant's row and the lowest/highest/difference rows, with
 * the table's header above the rows on every page.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  expectHeaderAboveRows,
  findTable,
  participantNumbers,
  readPages,
} from '../tests/fixtures/group-report-pages.ts';
import { loadShipped } from '../tests/fixtures/shipped.ts';
import { createWorkshopParticipants } from '../tests/fixtures/workshop-participants.ts';
import { runQuickscanProcess } from '../tests/fixtures/cli-process.ts';

const workDir = mkdtempSync(join(tmpdir(), 'quickscan-group-size-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Runs the tool as a real process, exactly as a user does. */
const quickscanProcess = (...args: string[]) => runQuickscanProcess(workDir, ...args);

describe('quickscan group-report for a large workshop', () => {
  it('writes a group report of 100 participants with every row, the summary rows and the header on every page', async () => {
    const files = createWorkshopParticipants(loadShipped(), 100).map((file, index) => {
      const path = join(workDir, `p${index + 1}.json`);
      writeFileSync(path, JSON.stringify(file, null, 2));
      return path;
    });
    const pdf = join(workDir, 'group-100.pdf');
    const run = await quickscanProcess('group-report', ...files, '-o', pdf);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/group-100\.pdf: group report written \(\d+ KiB, 100 participants, /);

    const pages = await readPages(new Uint8Array(readFileSync(pdf)));
    const numbers = Array.from({ length: 100 }, (_, i) => i + 1);
    const summaryLabels = ['Laagste', 'Hoogste', 'Verschil'];
    const scores = findTable(
      pages,
      /^(\d+)\. P(\d+)\b/,
      { first: 'Deelnemer', last: 'Totaalscore' },
      { summaryLabels },
    );
    expect(participantNumbers(scores)).toEqual(numbers);
    expect(scores.flatMap((table) => table.summary.map((s) => s.label))).toEqual(summaryLabels);
    expectHeaderAboveRows(scores);
    const participants = findTable(pages, /^(\d+)$/, { first: '#', last: 'Totaalscore' }, { maxX: 78 });
    expect(participantNumbers(participants)).toEqual(numbers);
    expectHeaderAboveRows(participants);
    const text = pages.flat().map((piece) => piece.text);
    expect(text).toContain('Aantal deelnemers: 100');
    expect(text.join(' ')).toContain('Er zijn 100 deelnemers.');
  }, 180_000);
});
