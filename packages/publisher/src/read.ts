// Reading a court's export from disk: CSV (UTF-8 with or without BOM, GB18030/GBK detected or given)
// streamed through csv-parse, and .xlsx through read-excel-file.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import readXlsxFile from 'read-excel-file/node';
import type { CellValue } from './cells.js';

/** A CSV file's text encoding. */
export type Encoding = 'utf8' | 'gb18030' | 'gbk' | 'utf16le';

/** A table as read: its file and sheet, its first rows (for the header search) and all its rows. */
export interface Table {
  file: string;
  sheet?: string;
  /** Every row with its 1-based row number as the spreadsheet shows it. */
  rows: AsyncIterable<{ cells: CellValue[]; rowNumber: number }>;
}

/**
 * Guesses the encoding of the first bytes of a file: a BOM decides; otherwise valid UTF-8 is UTF-8,
 * anything else is taken as GB18030 (a superset of GBK and GB2312, what Chinese Excel writes).
 */
export function detectEncoding(sample: Uint8Array): Encoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf8';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf16le';
  try {
    // `stream: true` tolerates a character cut at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return 'utf8';
  } catch {
    return 'gb18030';
  }
}

async function sampleOf(path: string, bytes = 65536): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Options of {@link readTables}: encoding and sheet. */
export interface ReadOptions {
  /** Force an encoding instead of detecting it. */
  encoding?: Encoding | string;
  /** Only this sheet of an .xlsx (name or 1-based number). */
  sheet?: string;
  /** Called with bytes read so far (CSV) or rows read (xlsx), for a progress bar. */
  onProgress?: (done: number) => void;
}

/** What the progress of reading a file is measured in, and its total. */
export async function progressTotal(path: string): Promise<{ unit: 'bytes' | 'rows'; total: number }> {
  return { unit: 'bytes', total: (await stat(path)).size };
}

function normalizeEncoding(name: string): Encoding {
  const n = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (n === 'utf8' || n === 'utf8bom') return 'utf8';
  if (n === 'gb18030') return 'gb18030';
  if (n === 'gbk' || n === 'gb2312' || n === 'cp936') return 'gbk';
  if (n === 'utf16le' || n === 'utf16') return 'utf16le';
  throw new TypeError(`不支持的编码 ${name}（可用 utf8、gb18030、gbk）/ unsupported encoding ${name} (use utf8, gb18030 or gbk)`);
}

/** Reads a CSV file as a stream of rows (records with their line numbers). */
export async function readCsv(path: string, options: ReadOptions = {}): Promise<Table & { encoding: Encoding }> {
  const encoding = options.encoding ? normalizeEncoding(options.encoding) : detectEncoding(await sampleOf(path));
  const file = basename(path);
  async function* rows() {
    let bytes = 0;
    const input = createReadStream(path, { highWaterMark: 1 << 20 });
    if (options.onProgress) input.on('data', (chunk) => options.onProgress!((bytes += chunk.length)));
    const decoded = input.pipe(iconv.decodeStream(encoding, { stripBOM: true }));
    const parser = decoded.pipe(
      parse({ relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true, info: true, trim: false }),
    );
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { cells: item.record as CellValue[], rowNumber: item.info.lines };
    }
  }
  return { file, encoding, rows: rows() };
}

/** Reads the sheets of an .xlsx file (all, or the one asked for). Numbers are kept as their text. */
export async function readXlsx(path: string, options: ReadOptions = {}): Promise<Table[]> {
  const file = basename(path);
  const sheets = await readXlsxFile(path, { parseNumber: (text: string) => text } as never);
  const wanted = options.sheet;
  const chosen = wanted === undefined ? sheets : sheets.filter((s, i) => s.sheet === wanted || String(i + 1) === wanted);
  if (wanted !== undefined && chosen.length === 0) throw new TypeError(`${file}: 没有名为 ${wanted} 的工作表 / no sheet ${wanted}`);
  return chosen.map((s) => ({
    file,
    sheet: s.sheet,
    rows: (async function* () {
      let n = 0;
      for (const row of s.data) {
        n++;
        options.onProgress?.(n);
        yield { cells: row as unknown as CellValue[], rowNumber: n };
      }
    })(),
  }));
}

/** Reads a .csv or .xlsx file into tables. */
export async function readTables(path: string, options: ReadOptions = {}): Promise<Table[]> {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') return readXlsx(path, options);
  if (ext === '.xls') throw new TypeError(`${basename(path)}: 旧版 .xls 格式不支持，请在 Excel 中另存为 .xlsx 或 CSV / the old .xls format is not supported: save as .xlsx or CSV`);
  return [await readCsv(path, options)];
}

/** Splits a table into its first `n` rows (for the header search) and an iterator over the rest. */
export async function headAndRest(rows: AsyncIterable<{ cells: CellValue[]; rowNumber: number }>, n = 30): Promise<{ head: Array<{ cells: CellValue[]; rowNumber: number }>; rest: AsyncIterator<{ cells: CellValue[]; rowNumber: number }> }> {
  const iterator = rows[Symbol.asyncIterator]();
  const head: Array<{ cells: CellValue[]; rowNumber: number }> = [];
  while (head.length < n) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
  }
  return { head, rest: iterator };
}
