/** Save a blob under a file name, the way every browser supports: a temporary anchor. */

export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.rel = 'noopener';
	a.style.display = 'none';
	document.body.append(a);
	a.click();
	a.remove();
	// Revoking at once can cancel the download in Safari and old Firefox.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
