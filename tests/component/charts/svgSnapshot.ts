/**
 * SVG snapshots in the manner of Observable Plot's tests: serialise a chart's <svg>, normalise it
 * (numbers rounded to 3 decimals, generated ids renumbered, Svelte's comment anchors and scoped
 * class hashes stripped, one tag per line), and compare it with a committed file in tests/svg.
 * A missing file is written (commit it; under CI that also fails); a mismatch writes
 * `<name>-changed.svg` beside it to look at. To accept a change, replace the file with it.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SVG_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../svg');

const round = (s: string) => String(Math.round(parseFloat(s) * 1000) / 1000).replace(/^-0$/, '0');

export function normalizeSvg(svg: string): string {
	let out = svg
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\s*\bsvelte-[a-z0-9]+\b/g, '')
		.replace(/ class=""/g, '')
		.replace(/-?\d*\.\d+(?:e-?\d+)?/g, round);
	const ids = [...out.matchAll(/(?<![\w-])id="([^"]+)"/g)].map((m) => m[1]!);
	ids.forEach((id, i) => {
		const esc = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		out = out.replace(new RegExp(`(["# ])${esc}(?=[" )])`, 'g'), `$1id${i}`);
	});
	return (
		out
			.replace(/>\s*</g, '>\n<')
			// An empty element stays on one line.
			.replace(/(<([a-zA-Z]+)\b[^>]*>)\n(<\/\2>)/g, '$1$3')
			.trim() + '\n'
	);
}

/** Compares `svg` with tests/svg/<name>.svg; returns null when equal, else a short message. */
export function checkSnapshot(name: string, svg: Element): string | null {
	mkdirSync(SVG_DIR, { recursive: true });
	const actual = normalizeSvg(svg.outerHTML);
	const file = resolve(SVG_DIR, `${name}.svg`);
	const changed = resolve(SVG_DIR, `${name}-changed.svg`);
	if (!existsSync(file)) {
		writeFileSync(file, actual);
		// Locally a new snapshot is written for review; in CI a missing one is a failure.
		return process.env.CI ? `${name}.svg was missing (written now; commit it)` : null;
	}
	const expected = readFileSync(file, 'utf8');
	if (expected === actual) {
		rmSync(changed, { force: true });
		return null;
	}
	writeFileSync(changed, actual);
	return `${name}.svg differs; see tests/svg/${name}-changed.svg`;
}
