/* Learning Cities Journey: sizes our embeds on your page. Load it from our site:
   <script src="https://OUR-SITE/embed.js" async></script>
   It only listens for {type:"lcj:height", height} messages from iframes of the origin it was loaded from,
   and sets that iframe's height. No dependencies, no cookies, no other requests. ES5. */
(function () {
	'use strict';
	var script = document.currentScript;
	var a = document.createElement('a');
	a.href = (script && script.getAttribute('data-origin')) || (script && script.src) || '';
	var origin = a.protocol + '//' + a.host;
	if (!a.host) return;
	window.addEventListener('message', function (event) {
		var data = event.data;
		if (event.origin !== origin || !data || typeof data !== 'object') return;
		if (data.type !== 'lcj:height' || typeof data.height !== 'number') return;
		var height = Math.ceil(data.height);
		if (!(height > 0 && height < 20000)) return;
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow === event.source) {
				frames[i].style.height = height + 'px';
				frames[i].setAttribute('height', String(height));
				return;
			}
		}
	});
})();
