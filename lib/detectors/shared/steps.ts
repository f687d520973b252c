import { buttonName } from './dom';
import { NOT_SUBMIT_WORDS, SUBMIT_WORDS, wordsPattern } from './text';

/**
 * What a button of a multi-step form does: move to the next step, or send the whole thing.
 * Shared by surveys and report dialogs, whose steps are pages or panes of one dialog.
 */
export type Step = 'next' | 'finish' | 'back';

const NEXT_WORDS = wordsPattern([
  'next',
  'continue',
  'suivant',
  'continuer',
  'weiter',
  'siguiente',
  'continuar',
  'avanti',
  'successivo',
  'prossimo',
]);
const FINISH_WORDS = wordsPattern([
  'done',
  'finish',
  'complete',
  'report',
  'terminer',
  'signaler',
  'fertig',
  'abschliessen',
  'beenden',
  'melden',
  'finalizar',
  'terminar',
  'listo',
  'denunciar',
  'reportar',
  'fine',
  'termina',
  'segnala',
]);
const BACK_WORDS = wordsPattern(['back', 'previous', 'retour', 'precedent', 'zuruck', 'anterior', 'atras', 'indietro']);

/** The step a button takes, by its name or its form value (LimeSurvey's `movenext` / `movesubmit`); null for other buttons. */
export function stepOf(button: Element): Step | null {
  const value = button.getAttribute('value') ?? '';
  if (/^movesubmit$/i.test(value)) return 'finish';
  if (/^movenext$/i.test(value)) return 'next';
  if (/^moveprev$/i.test(value)) return 'back';
  const name = buttonName(button);
  if (!name || NOT_SUBMIT_WORDS.test(name)) return null;
  if (BACK_WORDS.test(name)) return 'back';
  if (NEXT_WORDS.test(name)) return 'next';
  if (FINISH_WORDS.test(name) || SUBMIT_WORDS.test(name)) return 'finish';
  return null;
}
