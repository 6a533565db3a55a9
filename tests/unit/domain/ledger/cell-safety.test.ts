import { describe, expect, it } from 'vitest';
import { maskIdNumber } from '../../../../src/domain/id-number';
import { restoreSafeText, safeText } from '../../../../src/shared/spreadsheet/formula-text';
import { maskPhone } from '../../../../src/domain/phone';
import { makeIdNumber } from '../../../fixtures/id-number-factory';

describe('safeText', () => {
  it('puts a quote before text a spreadsheet would run as a formula', () => {
    expect(safeText('=HYPERLINK("http://x","点我")')).toBe('\'=HYPERLINK("http://x","点我")');
    expect(safeText('+86 138')).toBe("'+86 138");
    expect(safeText('-2+3')).toBe("'-2+3");
    expect(safeText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(safeText('\t=1')).toBe("'\t=1");
    expect(safeText('\r=1')).toBe("'\r=1");
  });

  it('leaves ordinary text and Chinese names as they are', () => {
    expect(safeText('张三')).toBe('张三');
    expect(safeText('欧阳娜娜')).toBe('欧阳娜娜');
    expect(safeText('3号楼-2-501')).toBe('3号楼-2-501');
    expect(safeText('a=b')).toBe('a=b');
    expect(safeText('')).toBe('');
  });

  it('is undone by restoreSafeText, and only where it added the quote', () => {
    for (const value of ['=1+1', '@x', '-5', '张三', "'quoted", "'"]) expect(restoreSafeText(safeText(value))).toBe(value);
    expect(restoreSafeText("'abc")).toBe("'abc");
  });
});

describe('masking', () => {
  it('keeps the first 6 and last 4 characters of an ID number', () => {
    expect(maskIdNumber('110102199001011234')).toBe('110102********1234');
    const withX = makeIdNumber({ region: '110102', birthDate: '1990-01-01', sequence: 5, sex: 'male' });
    expect(withX).toBe('11010219900101053X');
    expect(maskIdNumber(withX)).toBe('110102********053X');
    expect(maskIdNumber('110102199001011234')).toHaveLength(18);
  });

  it('hides most of a short value', () => {
    expect(maskIdNumber('12345678')).toBe('****5678');
    expect(maskIdNumber('123')).toBe('****');
  });

  it('masks a mobile as 138****1234 and keeps a landline’s last 4 digits', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone('138 1234 1234')).toBe('138****1234');
    expect(maskPhone('010-62751234')).toBe('********1234');
  });
});
