/**
 * PNG from the exported SVG string: drawn onto a canvas at `scale`× (2× by default, so the
 * image stays sharp on high-density screens and in slides). Browser only.
 */

export async function svgToPng(
	svgString: string,
	width: number,
	height: number,
	scale = 2
): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svgString], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const image = new Image();
		image.decoding = 'async';
		const loaded = new Promise<void>((resolve, reject) => {
			image.onload = () => resolve();
			image.onerror = () =>
				reject(new Error('The chart image could not be rendered for PNG export.'));
		});
		image.src = url;
		await loaded;
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx)
			throw new Error('This browser cannot draw to a canvas, so PNG export is unavailable.');
		ctx.scale(scale, scale);
		ctx.drawImage(image, 0, 0, width, height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** width/height of an SVG document string (as written by `buildExportSvg`). */
export function svgStringSize(svgString: string): { width: number; height: number } {
	const root = /<svg\b[^>]*>/.exec(svgString)?.[0] ?? '';
	const attr = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? 0);
	return { width: attr('width'), height: attr('height') };
}
