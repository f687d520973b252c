import { buttonName } from './dom';
import { SUBMIT_WORDS, type WordMatcher, wordsPattern } from './text';

/**
 * The words on the buttons that send a post, a reply or a comment, in English, French,
 * German and Spanish (and Italian where it costs nothing), compared with normalized
 * button names ("Répondre" and "repondre" are the same word).
 */
export const POST_WORDS = wordsPattern(
  ['post', 'publish', 'share', 'tweet', 'poster', 'publier', 'partager', 'posten', 'teilen', 'publicar', 'compartir'],
  ['veroffentlich', 'pubblic', 'condivid'],
);

export const REPLY_WORDS = wordsPattern([
  'reply',
  'answer',
  'respond',
  'repondre',
  'reponse',
  'antworten',
  'antwort',
  'beantworten',
  'responder',
  'respuesta',
  'rispondi',
  'risposta',
]);

export const COMMENT_WORDS = wordsPattern([
  'comment',
  'commenter',
  'commentaire',
  'kommentieren',
  'kommentar',
  'comentar',
  'comentario',
  'commenta',
  'commento',
]);

/** Buttons next to a send button that keep the text where it is. */
export const KEEP_WORDS = wordsPattern(
  [
    'cancel',
    'annuler',
    'abbrechen',
    'cancelar',
    'annulla',
    'preview',
    'apercu',
    'vorschau',
    'draft',
    'brouillon',
    'entwurf',
    'borrador',
    'bozza',
  ],
  ['discard', 'abandon', 'verwerf', 'descart'],
);

/** Whether an element's accessible name, or its text, matches `words` and none of the words that keep a draft. */
export function namedLike(el: Element, words: WordMatcher): boolean {
  const name = buttonName(el);
  return words.test(name) && !KEEP_WORDS.test(name);
}

/** A button that sends a reply or an answer: "Reply", "Post", "Submit", "Répondre", "Antworten"… */
export const sendsReply = (button: Element) => namedLike(button, REPLY_WORDS) || namedLike(button, SUBMIT_WORDS);
