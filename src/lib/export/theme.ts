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
	light: { background: '#ffffff', text: '#1f2328', muted: '#59636e' },
	dark: { background: '#0d1117', text: '#e6edf3', muted: '#9198a1' }
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
		for (const prefix of ['--color-', '--atlas-']) {
			const v = css.getPropertyValue(prefix + name).trim();
			if (v && !v.includes('var(')) return v;
		}
		return def;
	};
	return {
		background: token('bg', fallback.background),
		text: token('text', fallback.text),
		muted: token('muted', fallback.muted)
	};
}
