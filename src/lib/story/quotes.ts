// The two quotes of the seed article, verbatim (spelling, "[UNESCO]" insertion and all), without the single
// quotation marks the article prints around them. They stay in English in every locale because they are
// quotes; a translation may be offered beside them, never instead of them. Roles are catalog keys.
import type { Quote } from './types';

export const QUOTES: readonly Quote[] = [
	{
		id: 'nienstedt',
		chapterId: 'hamburg',
		text: 'The Global Network of Learning Cities, coordinated by the UNESCO Institute for Lifelong Learning here in Hamburg city, is essential for us here in Hamburg to learn from others and share our own expertise.',
		lang: 'en',
		speaker: 'Corinna Nienstedt',
		roleKey: 'quote.nienstedt.role',
		placeId: 'hamburg',
		sourceIds: ['uil-news-2022-11-30']
	},
	{
		id: 'chatagnon',
		chapterId: 'evry',
		text: 'Lifelong learning for all is the future of our cities. I was very honored to welcome the group of mayors from seven South Korean cities that are members of the UNESCO learning cities world network, accompanied by a team from the [UNESCO] Institute for Lifelong Learning. Our meeting was full of presentations, exchanges of practices, links to build and projects to develop.',
		lang: 'en',
		speaker: 'Pascal Chatagnon',
		roleKey: 'quote.chatagnon.role',
		placeId: 'evry',
		sourceIds: ['uil-news-2022-11-30'],
		// He calls all seven cities members of the UNESCO network; in November 2022 four were (decision 3).
		noteKey: 'note.quote.chatagnonMembers'
	}
];
