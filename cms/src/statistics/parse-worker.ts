import { parseSource, SourceFileError, type SourceKind } from './parse-source';
import type { DatasetTable } from './table';

export type ParseOutcome = { ok: true; table: DatasetTable } | { ok: false; message: string };

/** The worker thread's task (source-file.ts): parse one file, answer what it found or why not. */
export default async ({ bytes, kind }: { bytes: Uint8Array; kind: SourceKind }): Promise<ParseOutcome> => {
  try {
    return { ok: true, table: await parseSource(Buffer.from(bytes), kind) };
  } catch (error) {
    if (error instanceof SourceFileError) return { ok: false, message: error.message };
    return { ok: false, message: 'Không đọc được tệp nguồn: tệp bị hỏng hoặc không đúng định dạng CSV, XLSX.' };
  }
};
