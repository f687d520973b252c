import * as v from 'valibot';
import { describeIssues, type WorkEvent, WorkEventSchema } from './event';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export';

/** What is wrong with a file offered for import, precisely enough to tell the person. */
export type ImportProblem =
  | { code: 'not-json' }
  | { code: 'wrong-format' }
  | { code: 'bad-version' }
  | { code: 'newer-version'; version: number }
  | { code: 'bad-file'; detail: string }
  /** `position` counts from 1, as a person counts the events of a file. */
  | { code: 'bad-event'; position: number; detail: string }
  | { code: 'duplicate-id'; position: number; first: number };

export type ParsedImport = { ok: true; version: number; events: WorkEvent[] } | { ok: false; problem: ImportProblem };

/** The largest file accepted: a message to the background must stay under Chrome's 64 MiB (about 150,000 events). */
export const MAX_IMPORT_CHARS = 60 * 1024 * 1024;

/**
 * The envelope of every version so far. Fields it does not name are ignored, so that a
 * file may carry a "$schema" or comments; its events are checked one by one below.
 */
const EnvelopeSchema = v.object({
  exportedAt: v.pipe(v.string(), v.isoTimestamp('exportedAt: an ISO date and time')),
  events: v.array(v.unknown(), 'events: a list'),
  settings: v.looseObject({}, 'settings: an object'),
});

/** English, for logs; the pages say the same in the person's language. */
export function describeProblem(problem: ImportProblem): string {
  switch (problem.code) {
    case 'not-json':
      return 'the file is not JSON';
    case 'wrong-format':
      return `the file is not a Shadow Work export ("format" is not "${EXPORT_FORMAT}")`;
    case 'bad-version':
      return 'the file has no valid "version"';
    case 'newer-version':
      return `the file is of version ${problem.version}; this Shadow Work reads versions up to ${EXPORT_VERSION}`;
    case 'bad-file':
      return `the file is damaged: ${problem.detail}`;
    case 'bad-event':
      return `event ${problem.position} is invalid: ${problem.detail}`;
    case 'duplicate-id':
      return `event ${problem.position} has the same id as event ${problem.first}`;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads an export file (README "Export format") and checks all of it before anything is
 * written. Every version up to the current one is read: a later version that changes the
 * format adds its upgrade from the previous one here, and test/fixtures/exports/ keeps a
 * file of every released version that the tests import.
 */
export function parseExport(text: string): ParsedImport {
  let file: unknown;
  try {
    file = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  if (!isObject(file) || file.format !== EXPORT_FORMAT) return { ok: false, problem: { code: 'wrong-format' } };
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: { code: 'bad-version' } };
  }
  if (version > EXPORT_VERSION) return { ok: false, problem: { code: 'newer-version', version } };

  const envelope = v.safeParse(EnvelopeSchema, file);
  if (!envelope.success) return { ok: false, problem: { code: 'bad-file', detail: describeIssues(envelope.issues) } };

  const events: WorkEvent[] = [];
  const positions = new Map<string, number>();
  for (const [index, raw] of envelope.output.events.entries()) {
    const position = index + 1;
    const parsed = v.safeParse(WorkEventSchema, raw);
    if (!parsed.success) {
      return { ok: false, problem: { code: 'bad-event', position, detail: describeIssues(parsed.issues) } };
    }
    const first = positions.get(parsed.output.id);
    if (first !== undefined) return { ok: false, problem: { code: 'duplicate-id', position, first } };
    positions.set(parsed.output.id, position);
    events.push(parsed.output);
  }
  return { ok: true, version, events };
}
