// The text of each page of a PDF (what page.pdf() printed), read with pdf.js: for print tests that need to know
// what landed on which page, compared through `squash`.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Whitespace dropped, lower case and one apostrophe: the PDF places words as separate runs, prints CSS
 * text-transform, and maps a shared glyph back to one code point (the page's ‘ comes back from Noto as ʻ). */
export const squash = (text: string) =>
	text
		.replace(/\s+/g, '')
		.replace(/[\u2018\u2019\u02bb\u02bc']/g, "'")
		.toLowerCase();

export async function pdfPageTexts(pdf: Buffer): Promise<string[]> {
	const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: false }).promise;
	const pages: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const content = await (await doc.getPage(n)).getTextContent();
		pages.push(squash(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
	}
	await doc.destroy();
	return pages;
}
