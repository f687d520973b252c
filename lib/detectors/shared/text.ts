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

/** Tells whether a normalized text holds one of its words; a RegExp is one too. */
export interface WordMatcher {
  test(text: string): boolean;
}

const NOT_WORD = /[^a-z0-9]+/;
/** In a phrase, the place of any number ("give # get #"). */
const ANY_NUMBER = '#';
const NOT_LISTED_WORD = /[^a-z0-9#]+/;
const NUMBER = /^[0-9]+$/;

/**
 * A matcher for whole words, phrases and word stems in normalized text: `words` match whole
 * words or runs of words ("save review", "j'aime": any separators between them), `stems` any
 * word that starts with them. Not a regular expression: on each page, the first uses of a long
 * alternation cost V8 about a millisecond to compile (interpreted, then compiled again to
 * native code), and a form's first fields meet a dozen of them; a split and a set lookup cost
 * microseconds.
 */
export function wordsPattern(words: readonly string[], stems: readonly string[] = []): WordMatcher {
  const single = new Set<string>();
  /** Phrases of several words, by their first word. */
  const phrases = new Map<string, string[][]>();
  for (const word of words) {
    const [first = '', ...rest] = word.split(NOT_LISTED_WORD);
    if (rest.length === 0) single.add(first);
    else phrases.set(first, [...(phrases.get(first) ?? []), rest]);
  }
  const matchesAt = (tokens: readonly string[], start: number, rest: readonly string[]) =>
    rest.every((word, i) => {
      const token = tokens[start + i + 1] ?? '';
      return word === ANY_NUMBER ? NUMBER.test(token) : token === word;
    });
  return {
    test(text) {
      const tokens = text.split(NOT_WORD);
      return tokens.some(
        (token, i) =>
          single.has(token) ||
          stems.some((stem) => token.startsWith(stem)) ||
          (phrases.get(token)?.some((rest) => matchesAt(tokens, i, rest)) ?? false),
      );
    },
  };
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
