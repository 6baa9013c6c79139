import ExcelJS from 'exceljs';
import { parseFigure, parseSource, SourceFileError } from './parse-source';
import { checkTable, isEmptyTable } from './table';

describe('sections: statistics tables and source files (unit)', () => {
  it('reads figures written the Vietnamese way and the plain way, and nothing else', () => {
    expect(['1.234.567', '18.402,5', '12,5', '1234.5', '12 430', '-3', ' 7 '].map(parseFigure)).toEqual([
      1234567, 18402.5, 12.5, 1234.5, 12430, -3, 7,
    ]);
    expect(['', 'mười', '1e400', '0x10', '1,2,3', null, Infinity].map(parseFigure)).toEqual([null, null, null, null, null, null, null]);
  });

  it('explains every refusal in Vietnamese, under `table`', () => {
    const base = { labelHeader: 'Năm', columns: ['Thu'], rows: [{ label: 'Năm 2025', values: [1] }] };
    const problems = (value: unknown) =>
      'problems' in checkTable(value) ? (checkTable(value) as { problems: Array<{ path: string[]; message: string }> }).problems : [];
    expect(problems(base)).toEqual([]);
    expect(problems({ ...base, extra: 1 })[0].message).toContain('chỉ có tiêu đề cột nhãn');
    expect(problems({ ...base, rows: [{ label: 'x', values: [1], note: 'a' }] })[0]).toEqual({
      path: ['table', 'rows', '0'],
      message: 'Mỗi dòng chỉ có nhãn (label) và số liệu (values).',
    });
    expect(problems({ ...base, rows: [{ label: 'x', values: ['1'] }] })[0].message).toBe('Mỗi ô số liệu phải là một số.');
    expect(problems('bảng')[0].message).toContain('Bảng số liệu phải có');
    expect([null, undefined, '', {}, { rows: [] }].every(isEmptyTable)).toBe(true);
    expect(isEmptyTable(base)).toBe(false);
  });

  it('reads an XLSX sheet with a formula cell and blank rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Số liệu');
    sheet.addRow(['Cấp học', 'Trường']);
    sheet.addRow([]);
    sheet.addRow(['Tiểu học', { formula: '30+1', result: 31 }]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await parseSource(bytes, 'xlsx')).toEqual({
      labelHeader: 'Cấp học',
      columns: ['Trường'],
      rows: [{ label: 'Tiểu học', values: [31] }],
    });
  });

  it('refuses a CSV that is not UTF-8 and a row without a label', async () => {
    await expect(parseSource(Buffer.from([0x4e, 0xe3, 0x6d, 0x2c, 0x31, 0x0a, 0x61, 0x2c, 0x32]), 'csv')).rejects.toThrow('UTF-8');
    await expect(parseSource(Buffer.from('Năm,Thu\n,5\n'), 'csv')).rejects.toThrow(
      new SourceFileError('Dòng 2 của tệp nguồn không có nhãn ở cột đầu.')
    );
  });
});
