/**
 * The parts `Deferred` mounts after hydration, one per task, the most wanted first (lowest
 * `priority`; in the order they asked among equals): the charts before the filter bar, which is
 * on the page already and only needs to become live.
 */
interface Waiting {
	priority: number;
	show: () => void;
}

const waiting: Waiting[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;

function next() {
	timer = undefined;
	let best = 0;
	for (let i = 1; i < waiting.length; i++)
		if (waiting[i]!.priority < waiting[best]!.priority) best = i;
	const [part] = waiting.splice(best, 1);
	if (waiting.length) timer = setTimeout(next);
	part?.show();
}

/** Runs `show` in a task of its own; returns a function that takes it off the queue. */
export function enqueue(priority: number, show: () => void): () => void {
	const part = { priority, show };
	waiting.push(part);
	timer ??= setTimeout(next);
	return () => {
		const at = waiting.indexOf(part);
		if (at >= 0) waiting.splice(at, 1);
	};
}
