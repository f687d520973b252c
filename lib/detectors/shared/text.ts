/**
 * Word matching for detectors that work on any site, in English, French, German and
 * Spanish (and Italian where it costs nothing). Text is compared lower-case and without
 * accents, so "Évaluer" and "evaluer" are the same word.
 */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A matcher for whole words or word stems; `stems` match any word that starts with them. */
export function wordsPattern(words: readonly string[], stems: readonly string[] = []): RegExp {
  const parts = [...words.map((w) => `${w}\\b`), ...stems.map((s) => `${s}[a-z]*`)];
  return new RegExp(`(?:^|[^a-z0-9])(?:${parts.join('|')})`);
}

/** Buttons that send what the person wrote. */
export const SUBMIT_WORDS = wordsPattern([
  'submit',
  'post',
  'publish',
  'send',
  'save review',
  'publier',
  'envoyer',
  'valider',
  'soumettre',
  'poster',
  'deposer',
  'absenden',
  'senden',
  'abschicken',
  'veroffentlichen',
  'einreichen',
  'enviar',
  'publicar',
  'invia',
  'pubblica',
]);

/** Buttons that obviously do not send anything. */
export const NOT_SUBMIT_WORDS = wordsPattern([
  'cancel',
  'annuler',
  'abbrechen',
  'cancelar',
  'preview',
  'apercu',
  'vorschau',
  'delete',
  'supprimer',
  'loschen',
  'edit',
  'modifier',
]);

/** A field or form about reviewing something. */
export const REVIEW_WORDS = wordsPattern(
  ['avis', 'critique', 'opinion', 'temoignage', 'testimonial', 'resena', 'valoracion'],
  ['review', 'rating', 'evaluat', 'bewert', 'rezension', 'erfahrungsbericht', 'recension', 'recensione', 'valutazion'],
);

/** A control that gives a rating. */
export const RATING_WORDS = wordsPattern(
  [
    'rate',
    'note',
    'notation',
    'score',
    'grade',
    'stern',
    'sterne',
    'voto',
    'puntuacion',
    'estrellas',
    'estrella',
    'stelle',
  ],
  ['rating', 'star', 'etoile', 'bewert', 'valoracion', 'calificacion'],
);
