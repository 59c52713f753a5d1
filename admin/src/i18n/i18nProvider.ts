import polyglotI18nProvider from 'ra-i18n-polyglot';
import en from './en';
import vi from './vi';
import type { Lang } from './vocabulary';

export const LOCALES: { locale: Lang; name: string }[] = [
  { locale: 'vi', name: 'Tiếng Việt' },
  { locale: 'en', name: 'English' },
];

const messages: Record<Lang, typeof vi> = { vi, en };

/** Vietnamese first; react-admin keeps the chosen locale in its store (localStorage). */
export const i18nProvider = polyglotI18nProvider((locale) => messages[locale as Lang] ?? vi, 'vi', LOCALES);

/** Intl locale for dates and numbers: vi-VN for Vietnamese, British English (day first) otherwise. */
export function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : 'vi-VN';
}

export function currentLang(): Lang {
  return i18nProvider.getLocale() === 'en' ? 'en' : 'vi';
}
