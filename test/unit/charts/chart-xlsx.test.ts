// The chart workbook read back with exceljs: numbers are numeric cells, metadata is on its own sheet.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { chartXlsx } from '../../../analysis/service/handlers/chart-xlsx';

describe('chart XLSX', () => {
  it('writes a plain numeric Data sheet and an About sheet, neutralising formulas', async () => {
    const file = await chartXlsx({
      baseName: 'oss by race/ethnicity',
      metadata: [
        ['Place', 'Bayview Middle School'],
        ['N', '612 students'],
      ],
      columns: ['Group', 'Value (%)', 'Lower 95% (%)', 'Count', 'N', 'Withheld'],
      rows: [
        ['All students', 5.2, 4.1, 32, 612, null],
        ['Asian', null, null, null, 40, 'count < 10'],
        ['=HYPERLINK("x")', 1.5, 1.1, 11, 700, null],
      ],
      internal: false,
    });
    expect(file.fileName).toBe('oss-by-race-ethnicity.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes.buffer.slice(file.bytes.byteOffset, file.bytes.byteOffset + file.bytes.byteLength) as ArrayBuffer);
    const data = workbook.getWorksheet('Data')!;
    expect(data.getRow(1).values).toEqual([undefined, 'Group', 'Value (%)', 'Lower 95% (%)', 'Count', 'N', 'Withheld']);
    expect(data.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    expect(data.getCell('B2').value).toBe(5.2);
    expect(data.getCell('E2').value).toBe(612);
    expect(data.getCell('B3').value).toBeNull();
    expect(data.getCell('F3').value).toBe('count < 10');
    expect(data.getCell('A4').value).toBe('\'=HYPERLINK("x")');
    const about = workbook.getWorksheet('About')!;
    expect(about.getRow(1).values).toEqual([undefined, 'Place', 'Bayview Middle School']);
    expect(about.getCell('B2').value).toBe('612 students');
  });

  it('marks an internal export on both sheets', async () => {
    const file = await chartXlsx({ baseName: 'x', metadata: [], columns: ['Group'], rows: [['A']], internal: true });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes.buffer.slice(file.bytes.byteOffset, file.bytes.byteOffset + file.bytes.byteLength) as ArrayBuffer);
    expect(String(workbook.getWorksheet('Data')!.getCell('A1').value)).toMatch(/^INTERNAL VIEW/);
    expect(String(workbook.getWorksheet('About')!.getCell('B1').value)).toMatch(/^INTERNAL VIEW/);
  });
});
