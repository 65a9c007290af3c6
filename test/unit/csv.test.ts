// CSV exports: quoting by RFC 4180, and no cell a spreadsheet would run as a formula.
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../analysis/shared/csv';

describe('csv', () => {
  it('neutralises every formula prefix, keeps numbers as numbers', () => {
    expect(csvCell('=HYPERLINK("http://x","click")')).toBe(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe(`"'\rcmd"`);
    expect(csvCell(-2.5)).toBe('-2.5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
  });

  it('quotes commas, quotes and line breaks, and ends lines with CRLF', () => {
    expect(toCsv(['group', 'rate'], [['Black or African American, all', 0.12], ['Say "hi"', null], ['two\nlines', 3]])).toBe(
      'group,rate\r\n"Black or African American, all",0.12\r\n"Say ""hi""",\r\n"two\nlines",3\r\n',
    );
  });
});
