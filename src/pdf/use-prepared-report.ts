import { useCallback, useEffect, useRef } from 'react';
import type { Questionnaire, Language } from '../../questionnaire/schema.ts';
import { buildGroupReportModel, type GroupReportModel } from '../../templates/group-report-model.ts';
import type { ReportModel } from '../../templates/report-model.ts';
import { today } from '../files/save-file.ts';
import type { WorkshopParticipant } from '../scan/workshop-store.ts';
import { prepareGroupReportPdf, prepareReportPdf, warmUpPdf } from './pdf-client.ts';

/**
 * Runs `task` in idle time, at the latest after `timeoutMs` (or after a short delay without `requestIdleCallback`);
 * returns how to cancel it.
 */
function whenIdle(task: () => void, timeoutMs = 4000): () => void {
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(task, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 1500);
  return () => clearTimeout(handle);
}

/**
 * In idle time, loads the PDF code and prepares this report in the worker, so that a click on
 * "download" only saves the prepared file. Used on the review step (before the results are opened)
 * and on the results.
 */
export function usePreparedReportPdf(model: ReportModel | null) {
  useEffect(() => {
    if (!model) return;
    return whenIdle(() => prepareReportPdf(model, today()));
  }, [model]);
}

/** What the group report is made of; a new object whenever one of them changes. */
export interface GroupReportInputs {
  questionnaire: Questionnaire;
  participants: readonly WorkshopParticipant[];
  settled: Readonly<Record<string, string | null>>;
  language: Language;
  /** The advisor's choice to show a role held by one participant apart (see templates/role-privacy.ts). */
  showSingleRoles: boolean;
}

/**
 * How long the workshop must stay unchanged before its group report is prepared: participants arrive and answers
 * are settled in bursts, and each change would otherwise start a render of a group that is about to change again.
 */
export const GROUP_REPORT_QUIET_MS = 800;

/**
 * The longest wait for an idle moment after the quiet time. The workshop page is seldom idle in chromium's sense
 * while the room is open (measured: the idle callback ran at its timeout), and the group is about to click.
 */
const GROUP_REPORT_IDLE_TIMEOUT_MS = 1000;

function buildGroupReport(inputs: GroupReportInputs): GroupReportModel {
  return buildGroupReportModel(
    inputs.questionnaire,
    inputs.participants.map((p) => ({ file: p.file })),
    inputs.settled,
    inputs.language,
    { showSingleRoles: inputs.showSingleRoles },
  );
}

/**
 * Prepares the workshop's group report in the worker once the workshop has been quiet for a moment and the page is
 * idle, so that a click only saves the prepared file. The model is built in that idle moment, not while rendering.
 * Returns the model for the inputs of a click: the one built in idle time when nothing changed since, else a new one
 * (the prepared PDF is found by the model's content either way, so a changed group never gets a stale PDF).
 */
export function usePreparedGroupReportPdf(inputs: GroupReportInputs | null): {
  modelFor: (inputs: GroupReportInputs) => GroupReportModel;
  isBuiltFor: (inputs: GroupReportInputs) => boolean;
} {
  const built = useRef<{ inputs: GroupReportInputs; model: GroupReportModel } | null>(null);
  const modelFor = useCallback((current: GroupReportInputs) => {
    if (built.current?.inputs === current) return built.current.model;
    const model = buildGroupReport(current);
    built.current = { inputs: current, model };
    return model;
  }, []);
  const isBuiltFor = useCallback((current: GroupReportInputs) => built.current?.inputs === current, []);

  // The worker loads react-pdf and the fonts as soon as there is a group report to make, during the quiet time:
  // the first preparation then only renders (the workshop page, unlike the results page, starts no worker early).
  const hasInputs = inputs !== null;
  useEffect(() => {
    if (hasInputs) warmUpPdf();
  }, [hasInputs]);

  useEffect(() => {
    if (!inputs) return;
    let cancelIdle: (() => void) | undefined;
    const timer = setTimeout(() => {
      cancelIdle = whenIdle(
        () => prepareGroupReportPdf(modelFor(inputs), today()),
        GROUP_REPORT_IDLE_TIMEOUT_MS,
      );
    }, GROUP_REPORT_QUIET_MS);
    return () => {
      clearTimeout(timer);
      cancelIdle?.();
    };
  }, [inputs, modelFor]);

  return { modelFor, isBuiltFor };
}
