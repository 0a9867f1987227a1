// Vitest setup: load every locale's catalog, as each page's layout does for its own locale.
import { LOCALES, loadLocale } from './index';

await Promise.all(LOCALES.map((locale) => loadLocale(locale)));
