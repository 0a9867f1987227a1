// The English catalog, the source every other locale is translated from. Translators edit
// src/lib/i18n/messages/<locale>.json (flat key -> message, `{name}` placeholders).
import en_ from '../messages/en.json';

export const en = en_;
