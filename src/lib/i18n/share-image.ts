// The link-preview image of each language (Open Graph, Twitter card, oEmbed thumbnail): the drawn map with the
// title in that language. English keeps /share.png (links already shared point there); the others are
// /share-ko.png, /share-de.png, /share-fr.png. scripts/share-image.ts renders them all from the built pages.
import { DEFAULT_LOCALE, type Locale } from './locales';

/** 1200 x 630, the size every link-preview consumer accepts at full width. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The root-relative path of a locale's share image. */
export function shareImagePath(locale: Locale): string {
	return locale === DEFAULT_LOCALE ? '/share.png' : `/share-${locale}.png`;
}
