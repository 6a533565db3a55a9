/**
 * A CSV file's rows of text cells, as rosters come out of Excel, WPS and older office systems: UTF-8
 * with or without a byte-order mark, UTF-16 (Excel's "Unicode text"), or GB18030/GBK (what Excel on a
 * Chinese Windows writes as "CSV"); comma, semicolon or tab separated; quoted cells with "" escapes
 * and line breaks inside; CRLF or LF line ends.
 */

/** The file's text in the encoding it most likely has. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8: a Chinese Windows' ANSI code page.
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * The separator of the first record: the most frequent of comma, semicolon and tab outside quotes (comma on a
 * tie). The record ends at the first line end outside quotes, so a header cell with a line break ("身份证号
 * ↵（必填）") does not cut it short.
 */
export function detectSeparator(text: string): ',' | ';' | '\t' {
  let outside = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted) outside += char;
  }
  const count = (char: string) => outside.split(char).length - 1;
  const candidates = [',', ';', '\t'] as const;
  return candidates.reduce((best, char) => (count(char) > count(best) ? char : best), ',');
}

/** RFC 4180 rows; a trailing empty line gives no row. */
export function parseCsv(text: string, separator: string = detectSeparator(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += char;
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
