import { textLength, watchComposers } from './shared/composer';
import { matchesSites } from './shared/sites';
import { defineDetector } from './types';

/**
 * Map edits uploaded to OpenStreetMap from the iD editor (openstreetmap.org/edit, which
 * embeds iD from /id). iD counts the edits waiting to be saved on its top-bar Save button
 * (button.save .count); its upload panel (.save-section) asks for a changeset comment and
 * sends with its action button. Drawing on the map and with its tools is the work; the
 * Save button only opens the panel. Counted once iD shows its success panel (.save-success) or
 * its count of unsaved edits falls back to zero. Measures the edits uploaded and the
 * comment's characters.
 */
const SITES = ['*://*.openstreetmap.org/*'] as const;

const onSites = matchesSites(SITES);
const EDITOR = '.ideditor, #id-container';

function unsavedEdits(editor: Element): number {
  const count = Number.parseInt(editor.querySelector('button.save .count')?.textContent ?? '', 10);
  return Number.isFinite(count) ? count : 0;
}

export default defineDetector({
  id: 'openstreetmap-edit',
  category: 'content',
  sites: SITES,
  matches: (url) => onSites(url) && /^\/(edit|id)\b/.test(url.pathname),
  start(ctx) {
    return watchComposers(ctx, {
      composerOf: (el) => el.closest(EDITOR),
      isWork: (el) => el.closest('.main-map, .top-toolbar') !== null && !el.closest('button.save'),
      isSendButton: (button) => button.matches('.save-section button.action'),
      measure(editor) {
        const edits = unsavedEdits(editor);
        return edits > 0 ? { kind: 'map.edited', units: { fields: edits, chars: textLength(editor) } } : null;
      },
      accepted: (editor) =>
        !editor.isConnected || editor.querySelector('.save-success') !== null || unsavedEdits(editor) === 0,
    });
  },
});

// Made for: https://www.openstreetmap.org/edit and https://www.openstreetmap.org/edit?editor=id
// (iD in a frame from https://www.openstreetmap.org/id).
