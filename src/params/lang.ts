// The optional first path segment: a locale other than the default (which lives at the root).
// Anything else does not match, so /xx/ is a 404 rather than a page in an unknown language.
import type { ParamMatcher } from '@sveltejs/kit';
import { DEFAULT_LOCALE, isLocale } from '$lib/i18n/locales';

export const match: ParamMatcher = (param) => isLocale(param) && param !== DEFAULT_LOCALE;
