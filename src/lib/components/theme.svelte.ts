/**
 * Light / dark / system theme. The choice persists in localStorage and is written to
 * `<html data-theme>` as the resolved theme, so CSS tokens and the chart palette (which key off
 * that attribute) recolour together, and canvas renderers can read `theme.resolved`.
 */
export type ThemePreference = 'light' | 'dark' | 'system';
export type ResolvedTheme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'atlas-theme';

/**
 * Inline this in <head> (before the CSS paints) so a stored choice applies without a flash, and
 * the system's otherwise: the attribute is then already what `ThemeState.start` resolves, and
 * hydration leaves `<html>` alone (setting it then restyled the whole page mid-hydration).
 * Kept tiny and dependency-free on purpose.
 */
export const THEME_BOOT_SCRIPT = `try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');document.documentElement.dataset.theme=t==='light'||t==='dark'?t:matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}catch(e){}`;

function systemDark(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

function stored(): ThemePreference {
	try {
		const v = globalThis.localStorage?.getItem(THEME_STORAGE_KEY);
		return v === 'light' || v === 'dark' ? v : 'system';
	} catch {
		// Storage can be blocked (privacy modes): fall back to the system theme.
		return 'system';
	}
}

class ThemeState {
	preference = $state<ThemePreference>('system');
	#systemDark = $state(false);
	readonly resolved: ResolvedTheme = $derived(
		this.preference === 'system' ? (this.#systemDark ? 'dark' : 'light') : this.preference
	);
	#started = false;

	/** Read the stored choice and follow the system; call once in the browser (idempotent). */
	start(): void {
		if (this.#started || typeof document === 'undefined') return;
		this.#started = true;
		this.preference = stored();
		this.#systemDark = systemDark();
		if (typeof matchMedia === 'function') {
			matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (e) => {
				this.#systemDark = e.matches;
				this.#apply();
			});
		}
		this.#apply();
	}

	set(preference: ThemePreference): void {
		this.preference = preference;
		try {
			if (preference === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
			else localStorage.setItem(THEME_STORAGE_KEY, preference);
		} catch {
			// Not persisted, still applied.
		}
		this.#apply();
	}

	#apply(): void {
		if (typeof document === 'undefined') return;
		const root = document.documentElement;
		if (root.dataset.theme !== this.resolved) root.dataset.theme = this.resolved;
	}
}

export const theme = new ThemeState();
