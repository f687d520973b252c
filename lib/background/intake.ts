import type { Detector } from '../detectors/types';
import type { DraftEvent, WorkEvent } from '../event';
import { recordingOffReason, type Settings } from '../settings';
import { beneficiaryOf, siteOf } from '../site';

/** Reduces what a detector saw to the stored facts: the host becomes a registrable domain. */
export function toWorkEvent(draft: DraftEvent): WorkEvent {
  const { host, via, ...facts } = draft;
  const site = siteOf(host);
  return { ...facts, site, beneficiary: beneficiaryOf(via ? siteOf(via) : site) };
}

export interface IntakeContext {
  settings: Settings;
  detectors: readonly Pick<Detector, 'id' | 'category'>[];
  /** Whether the sending tab is in a private window, when the sender is known. */
  privateWindow: boolean;
  now: number;
}

/** Why a valid draft must not be recorded, or null when it may. */
export function refusal(draft: DraftEvent, context: IntakeContext): string | null {
  const { settings } = context;
  const detector = context.detectors.find((d) => d.id === draft.detector);
  if (!detector) return `unknown detector "${draft.detector}"`;
  if (detector.category !== draft.category) return `detector "${draft.detector}" does not report ${draft.category}`;
  if (settings.disabledCategories.includes(draft.category)) return `category ${draft.category} is off`;
  if (settings.disabledDetectors.includes(draft.detector)) return `detector ${draft.detector} is off`;
  return recordingOffReason(settings, { host: draft.host, privateWindow: context.privateWindow }, context.now);
}
