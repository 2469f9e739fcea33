/**
 * Colours of the export frame (background, title, caption) per theme. They mirror the tokens of
 * src/lib/styles/app.css; in the browser the live tokens win so an export matches the screen.
 */
export type ThemeName = 'light' | 'dark';

export interface FrameColors {
	background: string;
	text: string;
	muted: string;
}

export const FRAME_COLORS: Record<ThemeName, FrameColors> = {
	light: { background: '#ffffff', text: '#1b1f24', muted: '#57606a' },
	dark: { background: '#15181d', text: '#e6e9ee', muted: '#a2abb7' }
};

/** The theme on screen now: `data-theme` on <html>, else the system preference. */
export function currentTheme(): ThemeName {
	if (typeof document === 'undefined') return 'light';
	const set = document.documentElement.dataset.theme;
	if (set === 'light' || set === 'dark') return set;
	const dark =
		typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
	return dark ? 'dark' : 'light';
}

/** Live CSS tokens when the page shows the requested theme; the table above otherwise. */
export function frameColors(theme: ThemeName): FrameColors {
	const fallback = FRAME_COLORS[theme];
	if (typeof document === 'undefined' || currentTheme() !== theme) return fallback;
	const css = getComputedStyle(document.documentElement);
	const token = (name: string, def: string) => {
		const v = css.getPropertyValue(name).trim();
		return v && !v.includes('var(') ? v : def;
	};
	return {
		background: token('--color-bg', fallback.background),
		text: token('--color-text', fallback.text),
		muted: token('--color-muted', fallback.muted)
	};
}
