// Strings of the embed (/embed), its code page (/embed-code) and the drawn map. Plain text only.
export const embed = {
	'map.fallback': 'A drawn map of the journey: the interactive map needs WebGL, which this browser does not offer.',
	'embed.open': 'Open the full story',
	'embed.newTab': '(opens in a new tab)',
	'embed.stepper': 'Chapters of the journey',
	'embed.count': '{n} of {total}',
	'embed.iframeTitle': 'Learning Cities Journey: an animated map of the Korean mayors’ trip to Europe, November 2022',
	'embed.link': 'Embed this story',
	'embedCode.title': 'Embed the Learning Cities Journey',
	'embedCode.intro':
		'Put the map story on your own page. The embed fits any width from 300 px, tells your page its height, never takes over your page’s scrolling, and loads nothing from third parties.',
	'embedCode.iframe.title': 'A responsive iframe',
	'embedCode.iframe.body':
		'Paste this where the map should go. Add ?chapter=hamburg (korea, flight, hamburg, bonn, evry, paris) to open on a chapter, and autoplay=1 to play the journey; it pauses when the reader touches it or scrolls it out of view.',
	'embedCode.script.title': 'Let the iframe size itself',
	'embedCode.script.body':
		'Add our small script (under 2 KB, no dependencies) once per page: it listens for the height messages our iframes send and sets their height, so the embed never shows a scroll bar or a gap.',
	'embedCode.pym.title': 'Already using Pym.js?',
	'embedCode.pym.body':
		'The embed also speaks Pym.js’s child protocol: a pym.Parent pointed at the embed address sizes it with no extra code.',
	'embedCode.messages.title': 'Messages',
	'embedCode.messages.body':
		'The embed posts {type: "lcj:height", height} when its height changes and {type: "lcj:chapter", id} when the chapter changes. Your page can post {type: "lcj:goto", id} to the iframe to open a chapter; anything else is ignored.',
	'embedCode.oembed.title': 'oEmbed and link previews',
	'embedCode.oembed.body':
		'CMSes that support oEmbed can discover the iframe from the story’s address: it links to an oEmbed document of type “rich”. Shared links show a preview image of the drawn map.',
	'embedCode.security.title': 'Security',
	'embedCode.security.csp':
		'Every page ships a Content Security Policy that allows only its own origin (plus blob: for the map’s worker and data: images) and posts only size and chapter messages to its host.',
	'embedCode.security.sandbox':
		'If you sandbox the iframe, allow scripts, same-origin (the map’s worker and offline data need it) and popups (for “Open the full story”):',
	'embedCode.security.frameAncestors':
		'If you host the site yourself and want to limit who may frame it, send a frame-ancestors directive as an HTTP header (browsers ignore it in a meta tag), for example:',
	'embedCode.copy': 'Copy',
	'embedCode.copied': 'Copied',
	'embedCode.preview': 'Preview',
	'embedCode.back': 'Back to the story'
} satisfies Record<string, string>;
