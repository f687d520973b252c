import * as v from 'valibot';
import type { FlowProgress } from './detectors/types';
import { DetectorIdSchema, DraftEventSchema, FlowProgressSchema, idSchema } from './event';
import { type ImportProblem, MAX_IMPORT_CHARS } from './import';
import { ManualEntrySchema } from './manual';
import { SelectionSchema } from './store/changes';
import type { RecordOutcome } from './store/record';

/**
 * Every message a content script or page sends to the background, with its validator.
 * The background trusts nothing that has not passed `MessageSchema`.
 */
export const MessageSchema = v.variant('type', [
  /** A content script reports completed work. */
  v.strictObject({ type: v.literal('record'), event: DraftEventSchema }),
  /** The sentinel saw the person act on a page: inject the detectors into its frame. */
  v.strictObject({ type: v.literal('start-detectors') }),
  /** A detector's task that spans pages: load, save or end its progress for the sender's tab and site. */
  v.strictObject({ type: v.literal('flow-load'), detector: DetectorIdSchema }),
  v.strictObject({ type: v.literal('flow-save'), detector: DetectorIdSchema, progress: FlowProgressSchema }),
  v.strictObject({ type: v.literal('flow-end'), detector: DetectorIdSchema }),
  /** A part of the task done in another frame (a CAPTCHA's challenge): added to what the flow holds. */
  v.strictObject({ type: v.literal('flow-add'), detector: DetectorIdSchema, progress: FlowProgressSchema }),
  /** The options page: import an export file (its text), all or nothing. */
  v.strictObject({ type: v.literal('import'), json: v.pipe(v.string(), v.maxLength(MAX_IMPORT_CHARS)) }),
  /** The options or report page: delete everything, a site, a company, a range of days, or one event. */
  v.strictObject({ type: v.literal('delete'), selection: SelectionSchema }),
  /** The options page: work done offline, entered by hand; edited by its id. */
  v.strictObject({ type: v.literal('manual-add'), entry: ManualEntrySchema }),
  v.strictObject({ type: v.literal('manual-edit'), id: idSchema, entry: ManualEntrySchema }),
  /** An extension page adds the sample weeks (lib/sample.ts), or removes every sample event. */
  v.strictObject({ type: v.literal('sample-add') }),
  v.strictObject({ type: v.literal('sample-remove') }),
]);
export type Message = v.InferOutput<typeof MessageSchema>;

/** An event waiting in the outbox (lib/outbox.ts), with what the background needs to judge it. */
export const OutboxEntrySchema = v.strictObject({ event: DraftEventSchema, privateWindow: v.boolean() });
export type OutboxEntry = v.InferOutput<typeof OutboxEntrySchema>;

export type Failure = { ok: false; error: string };
export type Replies = {
  record: { ok: true; outcome: RecordOutcome } | Failure;
  'start-detectors': { ok: true } | Failure;
  'flow-load': { ok: true; progress: FlowProgress | null } | Failure;
  'flow-save': { ok: true } | Failure;
  'flow-end': { ok: true } | Failure;
  'flow-add': { ok: true } | Failure;
  import: { ok: true; added: number; present: number } | (Failure & { problem?: ImportProblem });
  delete: { ok: true; deleted: number } | Failure;
  'manual-add': { ok: true; id: string } | Failure;
  'manual-edit': { ok: true } | Failure;
  'sample-add': { ok: true; added: number; week: string } | Failure;
  'sample-remove': { ok: true; removed: number } | Failure;
};
export type ReplyTo<M extends Message> = Replies[M['type']];
