import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

/**
 * The UI's words come from the same messages.json files the browser uses for the
 * manifest, so a language is added by adding one file. Pages load only the language in
 * use, chosen in the options or else the browser's.
 */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
export type MessageKey = keyof typeof en;
type Messages = Record<string, { message: string }>;

const loaders: Record<Language, () => Promise<{ default: Messages }>> = {
  en: () => import('../public/_locales/en/messages.json'),
  fr: () => import('../public/_locales/fr/messages.json'),
};

export function resolveLanguage(choice: 'auto' | Language, uiLanguage = browser.i18n.getUILanguage()): Language {
  if (choice !== 'auto') return choice;
  const base = uiLanguage.slice(0, 2).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
}

export interface Translator {
  language: Language;
  /** The message for `key`, with $1, $2… replaced by `substitutions` as in the browser's i18n API. */
  (key: MessageKey, ...substitutions: (string | number)[]): string;
}

export function translator(language: Language, messages: Messages): Translator {
  const t = ((key: MessageKey, ...substitutions: (string | number)[]) => {
    const template = messages[key]?.message ?? key;
    return template.replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
  }) as Translator;
  t.language = language;
  return t;
}

export async function loadTranslator(choice: 'auto' | Language): Promise<Translator> {
  const language = resolveLanguage(choice);
  const messages = (await loaders[language]()).default;
  return translator(language, messages);
}
