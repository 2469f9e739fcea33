/** What the tooltip layer shows: an anchor in chart-area coordinates and lines of text. */
export interface Tip {
	x: number;
	y: number;
	lines: string[];
}
