/**
 * The report as an editable Word document, for HR staff who work on from a document: the summary,
 * the action plan with empty "who" and "when" columns, the evidence folder, the draft for the
 * application, the organisation's own notes and the disclaimer. Everything it says comes from the
 * report model, in the model's language.
 *
 * Free text (notes, where evidence is kept, the organisation name) goes in as text runs exactly as
 * typed: markup stays visible text, line breaks become line breaks. No Node-only imports: the browser
 * loads this module lazily and packs the document with `Packer.toBlob`, the command line tool with
 * `Packer.toBuffer`.
 */
import {
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  AlignmentType,
  type ISectionOptions,
} from 'docx';
import type { ActionView, ReportModel, TipView } from '../report-model.ts';
import { formatDecimal } from '../format-decimal.ts';

/** Arial is on every Windows and Mac; LibreOffice shows it with the metric-compatible Liberation Sans. */
const FONT = 'Arial';
const ACCENT = '1F4E79';
const MUTED = '555555';
const HEADER_FILL = 'DCE6F0';

/** Font sizes in half points (Word's unit): 20 is 10 pt. */
const SIZE = { body: 20, small: 17, table: 17 } as const;

/** A4 in twentieths of a point (twips), with 2 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
const PORTRAIT_TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const LANDSCAPE_TEXT_WIDTH = PAGE.height - 2 * PAGE.margin;

/**
 * Characters XML 1.0 does not allow (control characters other than tab, line feed and carriage
 * return, and U+FFFE/U+FFFF): Word refuses a document that contains one. JSON can carry them, so they
 * are shown as U+FFFD instead of being written.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  color?: string;
}

/** Text as runs, exactly as written: each line break (LF, CRLF or CR) a Word line break, each tab a tab. */
function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  return text
    .replace(XML_ILLEGAL, '\uFFFD')
    .split(/\r\n|\r|\n/)
    .map(
      (line, index) =>
        new TextRun({
          ...style,
          ...(index > 0 ? { break: 1 } : {}),
          children: line.split('\t').flatMap((part, i) => (i === 0 ? [part] : [new Tab(), part])),
        }),
    );
}

function paragraph(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({ children: textRuns(text, style) });
}

function heading(
  text: string,
  level: (typeof HeadingLevel)[keyof typeof HeadingLevel],
  isNewPage = false,
): Paragraph {
  return new Paragraph({ heading: level, pageBreakBefore: isNewPage, children: textRuns(text) });
}

function bullets(items: readonly string[]): Paragraph[] {
  return items.map((item) => new Paragraph({ bullet: { level: 0 }, children: textRuns(item) }));
}

/** Bullets, or one sentence in italics when there are none. */
function bulletsOr(items: readonly string[], empty: string): Paragraph[] {
  return items.length > 0 ? bullets(items) : [paragraph(empty, { italics: true })];
}

/** The paragraphs of a table cell: tight spacing, the table's font size. */
function cellText(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({
    spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO },
    children: textRuns(text, { size: SIZE.table, ...style }),
  });
}

interface Column {
  header: string;
  /** In twips. */
  width: number;
}

/**
 * Columns that fill the text width of the page, each in proportion to its share; the last takes what
 * rounding leaves, so the table is exactly as wide as the text.
 */
function columnsOf(
  textWidth: number,
  shares: readonly (readonly [header: string, share: number])[],
): Column[] {
  const total = shares.reduce((sum, [, share]) => sum + share, 0);
  const columns = shares.map(([header, share]) => ({
    header,
    width: Math.floor((textWidth * share) / total),
  }));
  const last = columns.at(-1);
  if (last) last.width += textWidth - columns.reduce((sum, c) => sum + c.width, 0);
  return columns;
}

/**
 * A table with a header row that repeats on every page and rows that do not break across pages.
 * Fixed column widths, so Word and LibreOffice lay it out the same and it never runs off the page.
 */
function table(columns: readonly Column[], rows: readonly (readonly Paragraph[])[][]): Table {
  const cell = (children: readonly Paragraph[], width: number, isHeader: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      ...(isHeader ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } } : {}),
      children: children.length > 0 ? [...children] : [cellText('')],
    });
  return new Table({
    width: { size: columns.reduce((sum, c) => sum + c.width, 0), type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c) => cell([cellText(c.header, { bold: true })], c.width, true)),
      }),
      ...rows.map(
        (cells) =>
          new TableRow({
            cantSplit: true,
            children: columns.map((c, i) => cell(cells[i] ?? [], c.width, false)),
          }),
      ),
    ],
  });
}

/** An empty paragraph after a table, so that two tables or a table and a heading do not touch. */
const spacer = () => new Paragraph({ spacing: { after: 0 }, children: [] });

function titleSection(model: ReportModel): Paragraph[] {
  const t = model.texts;
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(model.title) }),
    ...(model.forOrganisation
      ? [new Paragraph({ children: textRuns(model.forOrganisation, { bold: true, size: 26 }) })]
      : []),
    paragraph(t.coverSubtitle, { italics: true, color: MUTED }),
  ];
}

function summarySection(model: ReportModel): (Paragraph | Table)[] {
  const t = model.texts;
  const strengths = [...model.strengths.items, ...(model.strengths.more ? [model.strengths.more] : [])];
  return [
    heading(t.summary, HeadingLevel.HEADING_1),
    paragraph(t.intro),
    new Paragraph({
      children: textRuns(`${t.level}: ${model.level.label}`, { bold: true, size: 26, color: ACCENT }),
    }),
    paragraph(model.level.description),
    paragraph(model.overallLine, { bold: true }),
    ...(model.readyNote ? [paragraph(model.readyNote)] : []),
    heading(t.scores, HeadingLevel.HEADING_2),
    table(
      columnsOf(PORTRAIT_TEXT_WIDTH, [
        [t.theme, 5],
        [t.score, 1.5],
        [t.band, 3],
      ]),
      model.themes.map((theme) => [
        [cellText(theme.title)],
        [cellText(String(theme.score), { bold: true })],
        [cellText(theme.band)],
      ]),
    ),
    spacer(),
    heading(model.blockersTitle, HeadingLevel.HEADING_2),
    ...(model.blockersIntro && model.blockers.length > 0 ? [paragraph(model.blockersIntro)] : []),
    ...(model.blockers.length > 0
      ? bullets(
          model.blockers.map((blocker) =>
            blocker.reason ? `${blocker.text} ${t.blockerReason}: ${blocker.reason}` : blocker.text,
          ),
        )
      : [paragraph(t.topLevelReached)]),
    heading(t.strengths, HeadingLevel.HEADING_2),
    ...bulletsOr(strengths, t.noStrengths),
  ];
}

/** The question, with the answer now and the answer to aim for. */
function actionCell(model: ReportModel, action: ActionView): Paragraph[] {
  const t = model.texts;
  return [
    cellText(action.question),
    cellText(`${t.now}: ${action.current} → ${t.goal}: ${action.target}`, { color: MUTED }),
  ];
}

function actionPlanSection(model: ReportModel): (Paragraph | Table)[] {
  const t = model.texts;
  if (model.actions.length === 0) return [heading(t.actions, HeadingLevel.HEADING_1), paragraph(t.noActions)];
  // Nine columns need the width of a landscape page.
  const columns = columnsOf(LANDSCAPE_TEXT_WIDTH, [
    [t.exportRank, 5],
    [t.theme, 16],
    [t.exportQuestion, 35],
    [t.exportTip, 22],
    [`${t.gain} (${t.points})`, 9],
    [t.quickWin, 9],
    [t.unblocks, 16],
    [t.exportOwner, 15],
    [t.exportDue, 13],
  ]);
  return [
    heading(t.actions, HeadingLevel.HEADING_1),
    paragraph(t.actionsIntro),
    paragraph(t.exportActionsFillIn),
    table(
      columns,
      model.actions.map((action) => [
        [cellText(String(action.rank))],
        [cellText(action.themeTitle)],
        actionCell(model, action),
        [cellText(action.tip?.title ?? '')],
        [cellText(`+${formatDecimal(action.gain, model.language)}`)],
        [cellText(action.isQuickWin ? t.exportYes : t.exportNo)],
        [cellText(action.neededFor ?? '')],
        [],
        [],
      ]),
    ),
  ];
}

/**
 * The legal check: the deviation note for this organisation with the date of the law and what each state means,
 * once; then per scheme its state, what is particular to it, and the dated rule.
 */
function legalCheckSection(model: ReportModel): Paragraph[] {
  const { legalCheck, texts } = model;
  return [
    heading(texts.legalCheck, HeadingLevel.HEADING_1),
    paragraph(legalCheck.intro),
    paragraph(`${legalCheck.deviation} (${legalCheck.asOf})`, { italics: true }),
    heading(texts.legalMeaning, HeadingLevel.HEADING_3),
    ...bullets(legalCheck.legend.map((entry) => `${entry.label}: ${entry.meaning}`)),
    ...(legalCheck.caoNote ? [paragraph(legalCheck.caoNote)] : []),
    ...legalCheck.items.flatMap((item) => [
      heading(
        `${item.name}: ${item.statusLabel}${item.followsCao ? ` (${texts.legalPerCaoMark})` : ''}`,
        HeadingLevel.HEADING_2,
      ),
      ...(item.reason ? [paragraph(item.reason)] : []),
      paragraph(`${texts.legalRule}: ${item.rule} (${legalCheck.asOf})`, { color: MUTED }),
    ]),
  ];
}

function tipParagraphs(model: ReportModel, tip: TipView): Paragraph[] {
  const t = model.texts;
  const example = tip.example;
  return [
    paragraph(tip.text),
    ...(example
      ? [
          new Paragraph({
            indent: { left: 360 },
            children: [
              ...textRuns(`${t.example}: ${example.organisation} (${example.period}). `, {
                bold: true,
                size: SIZE.small,
              }),
              ...textRuns(example.text, { size: SIZE.small }),
            ],
          }),
          new Paragraph({
            indent: { left: 360 },
            children: textRuns(`${t.source}: ${example.source}`, { size: SIZE.small, color: MUTED }),
          }),
        ]
      : []),
  ];
}

/** The tips of the action plan in full, each once, under the rank of its first action. */
function tipsSection(model: ReportModel): Paragraph[] {
  const seen = new Set<string>();
  const tips = model.actions.flatMap((action) => {
    if (!action.tip || seen.has(action.tip.title)) return [];
    seen.add(action.tip.title);
    return [{ rank: action.rank, tip: action.tip }];
  });
  if (tips.length === 0) return [];
  const t = model.texts;
  const hasLegal = tips.some(({ tip }) => tip.hasLegalNote);
  const hasExample = tips.some(({ tip }) => tip.example !== null);
  return [
    heading(t.tips, HeadingLevel.HEADING_2),
    ...tips.flatMap(({ rank, tip }) => [
      heading(`${rank}. ${tip.title}`, HeadingLevel.HEADING_3),
      ...tipParagraphs(model, tip),
    ]),
    // Said once for the section, not under every tip.
    ...(hasLegal ? [paragraph(`${t.legalNote}: ${model.legalNote}`, { italics: true })] : []),
    ...(hasExample ? [paragraph(t.examplesNote, { italics: true, color: MUTED })] : []),
  ];
}

function evidenceSection(model: ReportModel): (Paragraph | Table)[] {
  const t = model.texts;
  const folder = model.evidence;
  const columns = columnsOf(PORTRAIT_TEXT_WIDTH, [
    [t.exportEvidence, 36],
    [t.exportQuestion, 28],
    [t.exportStatus, 15],
    [t.exportWhere, 17],
  ]);
  return [
    heading(t.evidence, HeadingLevel.HEADING_1, true),
    paragraph(folder.intro),
    paragraph(folder.countLine, { bold: true }),
    ...folder.groups
      .filter((group) => group.items.length > 0)
      .flatMap((group) => [
        heading(group.themeTitle, HeadingLevel.HEADING_2),
        table(
          columns,
          group.items.map((item) => [
            [cellText(item.evidence)],
            [cellText(item.finding, { color: MUTED })],
            [cellText(item.statusLabel, { bold: item.status === 'collected' })],
            [cellText(item.where ?? '')],
          ]),
        ),
        spacer(),
      ]),
  ];
}

/** The text of a draft as Word paragraphs: a blank line starts a new paragraph; a single line break stays one. */
function draftParagraphs(text: string): Paragraph[] {
  return text.split(/\r?\n[ \t]*\r?\n/).map((part) => paragraph(part));
}

/** Per open question one text, the organisation's own as edited or the scan's suggestion, and what to take up first. */
function applicationSection(model: ReportModel): Paragraph[] {
  const t = model.texts;
  const draft = model.application;
  const hasSuggestion = draft.questions.some((q) => !q.isEdited);
  return [
    heading(draft.title, HeadingLevel.HEADING_1, true),
    paragraph(draft.intro),
    paragraph(draft.notice, { italics: true }),
    ...(hasSuggestion ? [paragraph(t.applicationSuggestedNote, { italics: true })] : []),
    ...draft.questions.flatMap((q) => [
      heading(`${q.label}: ${q.question}`, HeadingLevel.HEADING_2),
      paragraph(`${q.themesLine} · ${q.isEdited ? t.applicationEdited : t.applicationSuggested}`, {
        italics: true,
        color: MUTED,
      }),
      ...(q.text.trim() === ''
        ? [paragraph(t.applicationEmptyDraft, { italics: true })]
        : draftParagraphs(q.text)),
      ...(q.gaps.length > 0 ? [heading(t.applicationGaps, HeadingLevel.HEADING_3), ...bullets(q.gaps)] : []),
    ]),
  ];
}

/** What the organisation wrote per theme; left out when it wrote nothing. */
function notesSection(model: ReportModel): Paragraph[] {
  const t = model.texts;
  if (model.notes.length === 0) return [];
  return [
    heading(t.notes, HeadingLevel.HEADING_1),
    paragraph(t.notesIntro),
    ...model.notes.flatMap((note) => [
      heading(note.themeTitle, HeadingLevel.HEADING_2),
      paragraph(note.text),
    ]),
  ];
}

/** For an organisation that does not prepare an application: one line that says where to do it. */
function applicationPointer(model: ReportModel): Paragraph[] {
  return [heading(model.texts.application, HeadingLevel.HEADING_1), paragraph(model.applicationPointer)];
}

function disclaimerSection(model: ReportModel): Paragraph[] {
  return [heading(model.texts.disclaimerTitle, HeadingLevel.HEADING_1), paragraph(model.disclaimer)];
}

/** "Pagina 2 van 9", with Word fields for the numbers. */
function pageFooter(model: ReportModel): Footer {
  const fields: Record<string, (typeof PageNumber)[keyof typeof PageNumber]> = {
    '{page}': PageNumber.CURRENT,
    '{total}': PageNumber.TOTAL_PAGES,
  };
  const parts = model.texts.page.split(/(\{page\}|\{total\})/).filter((part) => part !== '');
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({
            size: SIZE.small,
            color: MUTED,
            children: parts.map((part) => fields[part] ?? part),
          }),
        ],
      }),
    ],
  });
}

function section(
  model: ReportModel,
  orientation: (typeof PageOrientation)[keyof typeof PageOrientation],
  children: (Paragraph | Table)[],
): ISectionOptions {
  const m = PAGE.margin;
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation },
        margin: { top: m, right: m, bottom: m, left: m },
      },
    },
    footers: { default: pageFooter(model) },
    children,
  };
}

/**
 * Builds the report as a Word document (the `docx` library's `Document`; pack it with `Packer`).
 * Three sections: the title and summary on portrait pages, the action plan table on landscape pages,
 * then the tips, evidence folder, application draft, notes and disclaimer on portrait pages again.
 * Section titles are real Word headings, so the navigation pane lists them.
 */
export function buildReportDocx(model: ReportModel): Document {
  const heading = { font: FONT, color: ACCENT, bold: true };
  return new Document({
    title: model.title,
    subject: model.organisationName ?? '',
    creator: 'Quickscan zorgvriendelijk werkgeverschap',
    description: model.forOrganisation ?? model.title,
    styles: {
      default: {
        document: {
          run: {
            font: FONT,
            size: SIZE.body,
            language: { value: model.language === 'nl' ? 'nl-NL' : 'en-GB' },
          },
          paragraph: { spacing: { after: 100, line: 276, lineRule: LineRuleType.AUTO } },
        },
        title: { run: { ...heading, size: 40 }, paragraph: { spacing: { after: 160 } } },
        heading1: {
          run: { ...heading, size: 30 },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { ...heading, size: 25 },
          paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
        },
        heading3: {
          run: { ...heading, color: '222222', size: 21 },
          paragraph: { spacing: { before: 160, after: 60 }, keepNext: true },
        },
      },
    },
    sections: [
      section(model, PageOrientation.PORTRAIT, [
        ...titleSection(model),
        ...summarySection(model),
        ...legalCheckSection(model),
      ]),
      section(model, PageOrientation.LANDSCAPE, actionPlanSection(model)),
      section(model, PageOrientation.PORTRAIT, [
        ...tipsSection(model),
        ...(model.preparesApplication
          ? [...evidenceSection(model), ...applicationSection(model), ...notesSection(model)]
          : applicationPointer(model)),
        ...disclaimerSection(model),
      ]),
    ],
  });
}
