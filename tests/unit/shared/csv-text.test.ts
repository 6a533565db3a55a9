import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, detectSeparator, parseCsv } from '../../../src/shared/csv-text';

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe('decoding a CSV file', () => {
  it('reads UTF-8 with a byte-order mark, the mark not part of the first cell', () => {
    const text = decodeCsvBytes(withBytes([0xef, 0xbb, 0xbf], utf8('姓名,电话\r\n张三,13800001234\r\n')));
    expect(text).toBe('姓名,电话\r\n张三,13800001234\r\n');
    expect(parseCsv(text)[0]?.[0]).toBe('姓名');
  });

  it('reads UTF-8 without a mark', () => {
    expect(decodeCsvBytes(utf8('楼栋,房号\n1号楼,101\n'))).toBe('楼栋,房号\n1号楼,101\n');
  });

  it("reads UTF-16 LE with its mark (Excel's Unicode text), and UTF-16 BE", () => {
    const text = '姓名\t身份证号\r\n李秀英\t42010619850615054X\r\n';
    expect(decodeCsvBytes(withBytes([0xff, 0xfe], utf16(text, true)))).toBe(text);
    expect(decodeCsvBytes(withBytes([0xfe, 0xff], utf16(text, false)))).toBe(text);
  });

  it('reads GB18030 (Excel on a Chinese Windows), its two- and four-byte characters', () => {
    // python3 -c "print('姓名,张三\r\n'.encode('gb18030').hex())", '㐀' (U+3400, a rare name character) is 81 39 EE 39.
    const bytes = Uint8Array.from([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xd5, 0xc5, 0xc8, 0xfd, 0x0d, 0x0a, 0x81, 0x39, 0xee, 0x39, 0x2c, 0xa1, 0xa4]);
    const text = decodeCsvBytes(bytes);
    expect(text).toBe('姓名,张三\r\n㐀,·');
    expect(parseCsv(text)).toEqual([
      ['姓名', '张三'],
      ['㐀', '·'],
    ]);
  });
});

describe('detecting the separator', () => {
  it('takes the most frequent of comma, semicolon and tab on the first line, a comma on a tie', () => {
    expect(detectSeparator('楼栋,单元,房号\n')).toBe(',');
    expect(detectSeparator('楼栋;单元;房号\n1,5;2;501')).toBe(';');
    expect(detectSeparator('楼栋\t单元\t房号')).toBe('\t');
    expect(detectSeparator('姓名')).toBe(',');
  });

  it('does not count separators inside quoted cells', () => {
    expect(detectSeparator('"a,b,c";d;e\n')).toBe(';');
  });

  it('finds the separator when a quoted header cell on the first line has a line break', () => {
    expect(detectSeparator('"身份证号\n（必填）"\t姓名\t楼栋\r\n1\t2\t3')).toBe('\t');
  });
});

describe('parsing CSV rows', () => {
  it('keeps commas, doubled quotes and line breaks inside quoted cells', () => {
    const rows = parseCsv('姓名,备注\r\n张三,"独居, 需每日探访"\r\n李四,"他说""明天回来"""\r\n王五,"1号楼\r\n2单元"\r\n');
    expect(rows).toEqual([
      ['姓名', '备注'],
      ['张三', '独居, 需每日探访'],
      ['李四', '他说"明天回来"'],
      ['王五', '1号楼\r\n2单元'],
    ]);
  });

  it('ends rows at CRLF, LF or CR alike, and gives no row for the last line end', () => {
    expect(parseCsv('a,b\r\nc,d\ne,f\rg,h\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
    expect(parseCsv('a,b')).toEqual([['a', 'b']]);
  });

  it('keeps empty cells, blank rows and a quoted empty cell, so columns and row numbers stay as in the sheet', () => {
    expect(parseCsv('title,,\r\n,,\r\n"",x,\r\n')).toEqual([
      ['title', '', ''],
      ['', '', ''],
      ['', 'x', ''],
    ]);
  });

  it('splits semicolon- and tab-separated files, a comma inside a cell kept', () => {
    expect(parseCsv('楼栋;备注\r\n1号楼;a,b\r\n')).toEqual([
      ['楼栋', '备注'],
      ['1号楼', 'a,b'],
    ]);
    expect(parseCsv('楼栋\t备注\n1号楼\t"a\tb"\n')).toEqual([
      ['楼栋', '备注'],
      ['1号楼', 'a\tb'],
    ]);
  });

  it('keeps the digits of a long ID number and a leading zero as written', () => {
    expect(parseCsv('42010619850615054X,0571-88001234\n')).toEqual([['42010619850615054X', '0571-88001234']]);
  });

  it('reads a decoded UTF-16 tab file end to end', () => {
    const text = decodeCsvBytes(withBytes([0xff, 0xfe], utf16('姓名\t电话\r\n"周, 大爷"\t13400004444\r\n', true)));
    expect(parseCsv(text)).toEqual([
      ['姓名', '电话'],
      ['周, 大爷', '13400004444'],
    ]);
  });
});
