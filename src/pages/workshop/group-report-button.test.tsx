/**
 * The group report button with a stand-in PDF worker: the report is prepared once the workshop is quiet and the
 * page idle, a click then saves the prepared file without a second render, a changed group gets a fresh one, and
 * the button shows the same busy state and messages as the single report, in the group report's words.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnswersFile } from '../../../questionnaire/answers-file.ts';
import { loadShippedQuestionnaire } from '../../../questionnaire/shipped-questionnaire.ts';
import { createWorkshopParticipants } from '../../../tests/fixtures/workshop-participants.ts';
import '../../i18n/i18n.ts';
import { FakePdfWorker as FakeWorker } from '../../pdf/fake-pdf-worker.ts';
import type { PdfResponse } from '../../pdf/pdf-messages.ts';
import { GROUP_REPORT_QUIET_MS } from '../../pdf/use-prepared-report.ts';
import type { WorkshopParticipant } from '../../scan/workshop-store.ts';
import { GroupReportButton } from './group-report-button.tsx';

const loaded = loadShippedQuestionnaire();
if (!loaded.ok) throw new Error(loaded.issues.join('\n'));
const questionnaire = loaded.value;

vi.mock('../../scan/scan-context.tsx', () => ({ useQuestionnaire: () => questionnaire }));
const saved = vi.hoisted(() => [] as { blob: Blob; fileName: string }[]);
vi.mock('../../files/save-file.ts', () => ({
  saveFile: (blob: Blob, fileName: string) => saved.push({ blob, fileName }),
  today: () => '2026-12-07',
}));

// One worker for the whole file (the client keeps it).
function groupRenders() {
  return (FakeWorker.created[0]?.requests ?? []).flatMap((request) =>
    request.type === 'render' && request.job.kind === 'group'
      ? [{ id: request.id, model: request.job.model }]
      : [],
  );
}

async function answer(response: PdfResponse) {
  await act(async () => {
    FakeWorker.created[0]?.answer(response);
    await vi.advanceTimersByTimeAsync(0);
  });
}

/** Waits out the quiet time and the idle callback. */
async function waitForPreparation() {
  await act(() => vi.advanceTimersByTimeAsync(GROUP_REPORT_QUIET_MS + 10));
}

const asParticipants = (files: AnswersFile[]): WorkshopParticipant[] =>
  files.map((file, index) => ({ id: `p${index}`, source: 'file', file }));

function Button(props: {
  participants: WorkshopParticipant[];
  settled?: Record<string, string | null>;
  language?: 'nl' | 'en';
}) {
  return (
    <GroupReportButton
      participants={props.participants}
      settled={props.settled ?? {}}
      language={props.language ?? 'nl'}
      showSingleRoles={false}
    />
  );
}

const button = () => screen.getByRole('button', { name: /groepsrapport|Groepsrapport/ });

describe('GroupReportButton', () => {
  beforeAll(() => {
    vi.stubGlobal('Worker', FakeWorker);
    // Idle at once (after the quiet time), as on a page with nothing else to do.
    vi.stubGlobal('requestIdleCallback', (task: () => void) => setTimeout(task, 0));
    vi.stubGlobal('cancelIdleCallback', (handle: number) => clearTimeout(handle));
  });
  afterAll(() => vi.unstubAllGlobals());
  beforeEach(() => {
    vi.useFakeTimers();
    saved.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('prepares the group report once the workshop is quiet, and a click saves it without rendering again', async () => {
    const files = createWorkshopParticipants(questionnaire, 4, 1);
    const before = groupRenders().length;
    const warmUps = () => FakeWorker.created[0]?.requests.filter((r) => r.type === 'warm-up').length ?? 0;
    const warmedBefore = warmUps();
    const { rerender } = render(<Button participants={asParticipants(files.slice(0, 2))} />);
    // The worker starts loading react-pdf and the fonts at once, while the group still changes.
    expect(warmUps()).toBe(warmedBefore + 1);
    // Participants arrive one by one, faster than the quiet time: nothing is prepared yet.
    await act(() => vi.advanceTimersByTimeAsync(GROUP_REPORT_QUIET_MS / 2));
    rerender(<Button participants={asParticipants(files.slice(0, 3))} />);
    await act(() => vi.advanceTimersByTimeAsync(GROUP_REPORT_QUIET_MS / 2));
    const four = asParticipants(files);
    rerender(<Button participants={four} />);
    expect(groupRenders()).toHaveLength(before);
    await waitForPreparation();
    // One preparation, of the group of four.
    expect(groupRenders()).toHaveLength(before + 1);
    const prepared = groupRenders().at(-1);
    expect(prepared?.model.participants).toHaveLength(4);
    await answer({ type: 'done', id: prepared?.id ?? -1, buffer: new ArrayBuffer(44) });

    await act(async () => {
      fireEvent.click(button());
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(saved).toHaveLength(1);
    expect(saved[0]?.blob.size).toBe(44);
    expect(saved[0]?.fileName).toBe('quickscan-groepsrapport-zorgzaam-b-v-2026-12-07.pdf');
    expect(groupRenders()).toHaveLength(before + 1);
    expect(screen.getByRole('status')).toHaveTextContent('Het groepsrapport is gedownload.');
  });

  it('a settled answer or another language after the preparation gets a fresh PDF on click', async () => {
    const files = createWorkshopParticipants(questionnaire, 4, 2);
    const four = asParticipants(files);
    const before = groupRenders().length;
    const { rerender } = render(<Button participants={four} />);
    await waitForPreparation();
    const first = groupRenders().at(-1);
    await answer({ type: 'done', id: first?.id ?? -1, buffer: new ArrayBuffer(10) });

    const question = Object.keys(files[0]?.answers ?? {}).find((id) => !id.startsWith('intake')) ?? '';
    rerender(<Button participants={four} settled={{ [question]: null }} />);
    await waitForPreparation();
    expect(groupRenders()).toHaveLength(before + 2);
    const second = groupRenders().at(-1);
    expect(second?.model).not.toEqual(first?.model);
    await answer({ type: 'done', id: second?.id ?? -1, buffer: new ArrayBuffer(20) });
    await act(async () => {
      fireEvent.click(button());
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(saved.at(-1)?.blob.size).toBe(20);

    // Clicked in English before the quiet time is over: rendered on click, not the Dutch one.
    rerender(<Button participants={four} settled={{ [question]: null }} language="en" />);
    await act(async () => {
      fireEvent.click(button());
      await vi.advanceTimersByTimeAsync(50);
    });
    expect(groupRenders()).toHaveLength(before + 3);
    const english = groupRenders().at(-1);
    expect(english?.model.language).toBe('en');
    await answer({ type: 'done', id: english?.id ?? -1, buffer: new ArrayBuffer(30) });
    expect(saved.at(-1)?.blob.size).toBe(30);
    // And the quiet time that follows does not render it a second time.
    await waitForPreparation();
    expect(groupRenders()).toHaveLength(before + 3);
  });

  it("shows the single report's busy state at once, in the group report's words, and says when it failed", async () => {
    const files = createWorkshopParticipants(questionnaire, 3, 3);
    render(<Button participants={asParticipants(files)} />);
    const before = groupRenders().length;
    act(() => {
      fireEvent.click(button());
    });
    // Within the click's own task: no timer has run.
    expect(button()).toHaveAttribute('aria-busy', 'true');
    expect(button()).toBeDisabled();
    expect(button()).toHaveTextContent('Groepsrapport wordt gemaakt…');
    expect(button().querySelector('.spinner')).not.toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Het groepsrapport wordt gemaakt. Dit duurt een paar seconden.',
    );
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(groupRenders()).toHaveLength(before + 1);
    await answer({ type: 'error', id: groupRenders().at(-1)?.id ?? -1, message: 'font missing' });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Het groepsrapport kon niet worden gemaakt. Probeer het opnieuw.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('font missing');
    expect(button()).not.toBeDisabled();
  });
});
