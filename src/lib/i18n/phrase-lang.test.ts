// Which phrases carry their own lang: Hangul inside en/de/fr text, Latin words inside Korean text (English unless
// a known German or French name), known names inside any other language; the runs always join back to the text.
import { describe, expect, it } from 'vitest';
import { LOCALES, translator } from '$lib/i18n';
import { langRuns, nameLang } from './phrase-lang';

const marked = (text: string, context: string) =>
	langRuns(text, context)
		.filter((r) => r.lang)
		.map((r) => [r.text, r.lang]);

describe('langRuns', () => {
	it('marks Hangul names inside English, German and French text as Korean', () => {
		expect(marked('Suwon 수원시, mayor Lee Jae-joon (이재준)', 'en')).toEqual([
			['수원시', 'ko'],
			['이재준', 'ko']
		]);
		expect(marked('광주광역시 서구 liegt im Süden', 'de')).toEqual([['광주광역시 서구', 'ko']]);
		expect(marked('Address: 서울 은평구 은평로 195 (Nokbeon-dong)', 'fr')).toEqual([['서울 은평구 은평로', 'ko']]);
	});

	it('marks Latin words inside Korean text: German and French names as such, the rest English', () => {
		expect(marked('단체장들은 시청(Hôtel de ville)을 방문했다', 'ko')).toEqual([['Hôtel de ville', 'fr']]);
		expect(marked('옛 시청사 알테스 라트하우스(Altes Rathaus)에서', 'ko')).toEqual([['Altes Rathaus', 'de']]);
		expect(marked('부시장 우르줄라 자우터 박사(Bürgermeisterin Dr. Ursula Sautter)가', 'ko')).toEqual([
			['Bürgermeisterin', 'de'],
			['Dr. Ursula Sautter', 'de']
		]);
		expect(marked('러닝 플래닛 인스티튜트(Learning Planet Institute)를', 'ko')).toEqual([['Learning Planet Institute', 'en']]);
		expect(marked('기사는 안양시장을 ‘Won Cheol Choi’(최원철)로 적었습니다.', 'ko')).toEqual([['Won Cheol Choi', 'en']]);
		expect(marked('함부르크 ESD 마스터플랜 2030', 'ko')).toEqual([['ESD', 'en']]);
	});

	it('leaves units after numbers and Korean text inside Korean text alone', () => {
		expect(marked('9,040km 중 1,200km 비행', 'ko')).toEqual([]);
		expect(marked('작은 스크립트(2KB 미만)', 'ko')).toEqual([]);
		expect(marked('2022년 11월 13일', 'ko')).toEqual([]);
	});

	it('marks a known German or French name inside English text, not the same language', () => {
		expect(marked('Old Town Hall (Altes Rathaus), Bonn', 'en')).toEqual([['Altes Rathaus', 'de']]);
		expect(marked('Altes Rathaus, Bonn', 'de')).toEqual([]);
		expect(marked('the Senator met the Senat', 'en')).toEqual([['Senat', 'de']]);
		expect(marked('Hôtel de ville', 'fr-FR')).toEqual([]);
	});

	it('prefers the longest known phrase ("Altes Rathaus" over "Rathaus")', () => {
		expect(marked('Bonn Old Town Hall (Altes Rathaus) and Hamburg City Hall (Rathaus)', 'en')).toEqual([
			['Altes Rathaus', 'de'],
			['Rathaus', 'de']
		]);
	});

	it('joins back to the text exactly, for every catalog message in every locale', async () => {
		const { default: en } = await import('./messages/en.json');
		for (const locale of LOCALES) {
			const t = translator(locale);
			for (const key of Object.keys(en)) {
				const text = t(key, {});
				expect(
					langRuns(text, locale)
						.map((r) => r.text)
						.join(''),
					`${locale} ${key}`
				).toBe(text);
			}
		}
	});

	it('finds no foreign run in plain text of the context language', () => {
		expect(langRuns('Seven mayors, four cities', 'en')).toEqual([{ text: 'Seven mayors, four cities' }]);
		expect(langRuns('단체장 7명, 도시 4곳', 'ko')).toEqual([{ text: '단체장 7명, 도시 4곳' }]);
		expect(langRuns('', 'en')).toEqual([]);
	});
});

describe('nameLang', () => {
	it('gives a whole name its language, or none where it is the context language', () => {
		expect(nameLang('수원시', 'en')).toBe('ko');
		expect(nameLang('수원시', 'ko')).toBeUndefined();
		expect(nameLang('Suwon', 'ko')).toBe('en');
		expect(nameLang('Hôtel de ville', 'ko')).toBe('fr');
		expect(nameLang('Hôtel de ville', 'en')).toBe('fr');
		expect(nameLang('Suwon', 'en')).toBeUndefined();
		// A name of mixed parts gets no single lang (its runs do).
		expect(nameLang('Suwon 수원시', 'en')).toBeUndefined();
	});
});
