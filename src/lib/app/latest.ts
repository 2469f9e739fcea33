/**
 * "Only the newest answer counts": when filters change faster than the worker answers, an
 * older response must not overwrite a newer one. Each `run` supersedes the previous ones.
 */
export class Latest {
	#generation = 0;

	run<T>(work: Promise<T>, apply: (value: T) => void, onError: (error: unknown) => void): void {
		const generation = ++this.#generation;
		work.then(
			(value) => {
				if (generation === this.#generation) apply(value);
			},
			(error: unknown) => {
				if (generation === this.#generation) onError(error);
			}
		);
	}

	/** Forget whatever is in flight (the page is going away). */
	cancel(): void {
		this.#generation++;
	}
}
