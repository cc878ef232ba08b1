import { describe, expect, it } from 'vitest';
import { readCsvFile, writeCsvFile } from './csv-file.ts';

describe('writeCsvFile and readCsvFile', () => {
  it('round-trips cells a spreadsheet would run as formulas, leaving negative numbers alone', () => {
    const text = writeCsvFile(['a', 'b'], [['=SUM(A1)', '-2']]);
    expect(text).toBe("\uFEFFa,b\r\n'=SUM(A1),-2\r\n");
    const read = readCsvFile(text, ['a', 'b']);
    expect(read.rows.map((r) => [r.cell('a'), r.cell('b')])).toEqual([['=SUM(A1)', '-2']]);
  });

  it('names each row by the line it starts on, after quoted cells spanning lines with CRLF or LF and blank lines', () => {
    const text = 'a,b\r\n1,"x\r\ny"\r\n\r\n2,"p\nq"\r\n3,z\r\n';
    expect(readCsvFile(text, ['a', 'b']).rows.map((r) => [r.cell('a'), r.line])).toEqual([
      ['1', 2],
      ['2', 5],
      ['3', 7],
    ]);
  });

  it('objects to the whole file once: not CSV, empty, or a header without its columns', () => {
    expect(readCsvFile('a,b\n1,"open\n', ['a', 'b']).errors[0]!.message).toMatch(/^Line \d+: the file is not valid CSV/);
    expect(readCsvFile('', ['a']).errors).toEqual([{ line: 1, field: 'file', message: 'The selected file is empty' }]);
    expect(readCsvFile('a\n1\n', ['a', 'b']).errors[0]!.message).toBe('Line 1: the header row must name the columns a, b (missing: b)');
  });
});
