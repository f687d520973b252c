import { watchComposers } from './shared/composer';
import { matchesSites } from './shared/sites';
import { defineDetector } from './types';

/**
 * Edits saved on Wikipedia, in every language edition and with either editor. The source
 * editor is a form (#editform) posted by its "Publish changes" button (#wpSave; "Show
 * preview" and "Show changes" post the same form to look, not to save). The visual editor
 * edits the article in place (.ve-init-target) and publishes from the primary action of its
 * save dialog (.ve-ui-mwSaveDialog); it closes once the edit is saved. Measures the
 * characters the person typed or pasted, the edit summary included: editing an article is
 * rewriting it, not writing it from scratch.
 */
const SITES = ['*://*.wikipedia.org/*'] as const;

const VISUAL_EDITOR = '.ve-init-target';

function composerOf(el: Element): Element | null {
  const form = el.closest('#editform');
  if (form) return form;
  const editor = el.closest(VISUAL_EDITOR);
  if (editor) return editor;
  return el.closest('.ve-ui-mwSaveDialog') ? el.ownerDocument.querySelector(VISUAL_EDITOR) : null;
}

export default defineDetector({
  id: 'wikipedia-edit',
  category: 'content',
  sites: SITES,
  matches: matchesSites(SITES),
  start(ctx) {
    return watchComposers(ctx, {
      composerOf,
      isSendButton: (button) =>
        button.matches('#wpSave, [name="wpSave"]') ||
        button.closest('.ve-ui-mwSaveDialog .oo-ui-processDialog-actions-primary') !== null,
      measure: (_editor, draft) =>
        draft.fields.size > 0 ? { kind: 'wiki.edited', units: { chars: draft.typed } } : null,
    });
  },
});

// Made for: https://en.wikipedia.org/w/index.php?title=<page>&action=edit (source editor),
// https://fr.wikipedia.org/wiki/<page>?veaction=edit (visual editor), and every other edition.
