import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv, toCsv } from './csv';

describe('csvCell(value)', () => {
  it('quotes fields with commas, quotes or line breaks and doubles the quotes', () => {
    expect(csvCell('UAZ')).toBe('UAZ');
    expect(csvCell('Dalian, China')).toBe('"Dalian, China"');
    expect(csvCell('the "537 Lexus" reading')).toBe('"the ""537 Lexus"" reading"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('writes an unknown value as an empty cell and a list joined by semicolons', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(['asahi', 'sankei'])).toBe('asahi; sankei');
    expect(csvCell(0)).toBe('0');
  });
});

describe('toCsv(columns, rows) and parseCsv(text)', () => {
  it('write a header and CRLF-terminated rows that parse back to the same text', () => {
    const rows = [
      { make: 'UAZ', vehicles: 537, note: 'Counted by Asahi, "alone"' },
      { make: 'Mercedes-Benz', vehicles: null, note: 'No count,\nanywhere' },
    ];
    const csv = toCsv(['make', 'vehicles', 'note'], rows);
    expect(csv.startsWith('make,vehicles,note\r\nUAZ,537,"Counted by Asahi, ""alone"""\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual([
      { make: 'UAZ', vehicles: '537', note: 'Counted by Asahi, "alone"' },
      { make: 'Mercedes-Benz', vehicles: '', note: 'No count,\nanywhere' },
    ]);
  });
});
