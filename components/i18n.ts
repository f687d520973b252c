import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type MessageKey, type Translator, translator } from '@/lib/i18n';

export const I18nContext = createContext<Translator>(translator('en', {}));

export function useT(): Translator {
  return useContext(I18nContext);
}

/**
 * A message that says a count: `key` where the count is plural, `key` + "One" where the
 * language says it in the singular (1 in English; 0 and 1 in French).
 */
export function tCount(t: Translator, key: MessageKey, count: number): string {
  const one = new Intl.PluralRules(t.language).select(count) === 'one';
  return t(one ? (`${key}One` as MessageKey) : key, count);
}
