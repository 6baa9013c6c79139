import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import type { Tally } from '../../shared/contracts';
import { TOTAL_LABEL } from './sheet';

/**
 * Building blocks of the board's Word documents, after Nghị định 30/2020/NĐ-CP's layout of
 * administrative documents: Times New Roman, 14 pt body and 13 pt tables, justified paragraphs
 * with a first-line indent, real Word tables whose header row repeats on every page.
 */

export const BODY_SIZE = 28; // half-points: 14 pt
export const TABLE_SIZE = 26; // 13 pt

/** "1.705", "790.000.000": Vietnamese digit grouping, as the board writes numbers. */
export const vnNumber = (value: number): string => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(value);

// eslint-disable-next-line no-control-regex -- it removes the control characters XML cannot hold
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

/** Text as Word holds it: NFC, without the control characters XML 1.0 cannot carry. */
export const wordText = (value: string): string => value.normalize('NFC').replace(CONTROL, '');

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
}

export const run = (text: string, style: RunStyle = {}): TextRun => new TextRun({ text: wordText(text), ...style });

/** A body paragraph: justified, first line indented 1.27 cm, 6 pt after. */
export const para = (text: string | TextRun[], options: IParagraphOptions = {}, style: RunStyle = {}): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 720 },
    spacing: { after: 120, line: 300 },
    ...options,
    children: typeof text === 'string' ? [run(text, style)] : text,
  });

/** A heading of the report ("I. CÔNG TÁC CHỈ ĐẠO, QUẢN LÝ", "1. Ưu điểm"): bold, not indented. */
export const heading = (text: string): Paragraph =>
  new Paragraph({ spacing: { before: 180, after: 120 }, indent: { firstLine: 720 }, children: [run(text, { bold: true })] });

/** Plain text the board wrote, one paragraph per blank-line-separated block (single line ends kept as breaks). */
export const textBlock = (text: string, missing: string): Paragraph[] => {
  const blocks = wordText(text)
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  if (blocks.length === 0) return [para(missing, {}, { italics: true })];
  return blocks.map((block) => para(block.split('\n').map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined }))));
};

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

const cell = (text: string, options: { bold?: boolean; number?: boolean; header?: boolean; width?: number }) =>
  new TableCell({
    verticalAlign: VerticalAlign.CENTER,
    shading: options.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'DDEBF7' } : undefined,
    width: options.width ? { size: options.width, type: WidthType.PERCENTAGE } : undefined,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    children: [
      new Paragraph({
        alignment: options.header ? AlignmentType.CENTER : options.number ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [run(text, { bold: options.bold || options.header, size: TABLE_SIZE })],
      }),
    ],
  });

export interface WordColumn {
  header: string;
  number?: boolean;
  width?: number;
}

/**
 * A real Word table: a header row repeated on each page, one row per data row, and a bold total
 * row when given; with no rows, one row that says so, spanning the columns.
 */
export const table = (columns: WordColumn[], rows: string[][], options: { total?: string[]; empty: string }): Table =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c) => cell(c.header, { header: true, width: c.width })) }),
      ...(rows.length === 0
        ? [
            new TableRow({
              children: [
                new TableCell({
                  columnSpan: columns.length,
                  children: [new Paragraph({ children: [run(options.empty, { italics: true, size: TABLE_SIZE })] })],
                }),
              ],
            }),
          ]
        : rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, { number: columns[i]?.number })) }))),
      ...(options.total
        ? [
            new TableRow({
              cantSplit: true,
              children: options.total.map((text, i) => cell(text, { bold: true, number: columns[i]?.number })),
            }),
          ]
        : []),
    ],
  });

/** A tally as a Word table: label, count and (for money) amount, with the total row. */
export const tallyTable = (
  first: string,
  tally: Tally,
  options: { count: string; amount?: string; empty: string; limit?: number }
): Table => {
  const columns: WordColumn[] = [
    { header: 'TT', number: true, width: 8 },
    { header: first },
    { header: options.count, number: true, width: 18 },
  ];
  if (options.amount) columns.push({ header: options.amount, number: true, width: 24 });
  const shown = options.limit ? tally.rows.slice(0, options.limit) : tally.rows;
  const rows = shown.map((row, index) => {
    const cells = [String(index + 1), row.label, vnNumber(row.count)];
    if (options.amount) cells.push(vnNumber(row.amount));
    return cells;
  });
  // A shortened table (the top units) has no total: its rows would not add up to it.
  const total = options.limit && tally.rows.length > options.limit ? undefined : ['', TOTAL_LABEL, vnNumber(tally.total.count)];
  if (total && options.amount) total.push(vnNumber(tally.total.amount));
  return table(columns, rows, { total, empty: options.empty });
};
