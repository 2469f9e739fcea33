/**
 * `d3.line().curve(d3.curveMonotoneX)` for one run of points, written out: the same path string
 * (numbers rounded to 3 decimals, as d3-path does), without shipping all of d3-shape's curves,
 * which its single-file bundle keeps from being tree-shaken. Steffen's monotone cubic: the line
 * never overshoots between two values, so a count never appears to dip below zero.
 */

const r3 = (v: number) => Math.round(v * 1000) / 1000;
const sign = (v: number) => (v < 0 ? -1 : 1);

/** Path data through `points` (x ascending), or null when there are none. */
export function monotoneXPath(points: readonly (readonly [number, number])[]): string | null {
	let out = '';
	let x0 = NaN;
	let y0 = NaN;
	let x1 = NaN;
	let y1 = NaN;
	let t0 = NaN;
	let n = 0;

	/** Slope at (x1, y1) from both neighbours. */
	function slope3(x2: number, y2: number): number {
		const h0 = x1 - x0;
		const h1 = x2 - x1;
		const s0 = (y1 - y0) / (h0 || (h1 < 0 ? -0 : 0));
		const s1 = (y2 - y1) / (h1 || (h0 < 0 ? -0 : 0));
		const p = (s0 * h1 + s1 * h0) / (h0 + h1);
		return (sign(s0) + sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(p)) || 0;
	}
	/** One-sided slope at an end. */
	const slope2 = (t: number) => {
		const h = x1 - x0;
		return h ? ((3 * (y1 - y0)) / h - t) / 2 : t;
	};
	/** The Bézier from (x0, y0) to (x1, y1) with tangents t0 and t1. */
	function segment(ta: number, tb: number) {
		const dx = (x1 - x0) / 3;
		out += `C${r3(x0 + dx)},${r3(y0 + dx * ta)},${r3(x1 - dx)},${r3(y1 - dx * tb)},${r3(x1)},${r3(y1)}`;
	}

	for (const [px, py] of points) {
		const x = +px;
		const y = +py;
		if (x === x1 && y === y1) continue; // coincident points add nothing
		let t1 = NaN;
		if (n === 0) out += `M${r3(x)},${r3(y)}`;
		else if (n === 2) segment(slope2((t1 = slope3(x, y))), t1);
		else if (n > 2) segment(t0, (t1 = slope3(x, y)));
		n = Math.min(n + 1, 3);
		[x0, x1, y0, y1, t0] = [x1, x, y1, y, t1];
	}
	if (n === 1)
		out += 'Z'; // d3 closes a one-point line, which draws its round cap
	else if (n === 2) out += `L${r3(x1)},${r3(y1)}`;
	else if (n === 3) segment(t0, slope2(t0));
	return out || null;
}
