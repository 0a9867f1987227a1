// The kiosk's screen: fullscreen on the first touch and a screen wake lock, both best effort. Browsers refuse
// fullscreen without a user gesture, in iframes or by policy, and the wake lock on battery saver or without user
// activation: the kiosk runs fine windowed, and the screen's own power settings then apply.
export class KioskScreen {
	#fullscreenAsked = false;
	#wakeLock: WakeLockSentinel | null = null;

	/** Once per page: the first input asks for fullscreen (a later exit by the operator is respected). */
	requestFullscreenOnce(): void {
		if (this.#fullscreenAsked) return;
		this.#fullscreenAsked = true;
		const root = document.documentElement;
		if (!document.fullscreenEnabled || document.fullscreenElement || !root.requestFullscreen) return;
		root.requestFullscreen({ navigationUI: 'hide' }).catch(() => {});
	}

	/** Keeps the screen on while the page is visible; call again when it becomes visible (the lock is released). */
	async keepAwake(): Promise<void> {
		if (!('wakeLock' in navigator) || document.visibilityState !== 'visible') return;
		if (this.#wakeLock && !this.#wakeLock.released) return;
		try {
			this.#wakeLock = await navigator.wakeLock.request('screen');
		} catch {
			// Denied: see above.
		}
	}

	release(): void {
		void this.#wakeLock?.release().catch(() => {});
	}
}
