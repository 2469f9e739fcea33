/**
 * Reading a Chrome trace: per thread, the busy time and long tasks (RunTask events) and the self
 * time of each function from the V8 CPU samples (Profile / ProfileChunk events).
 */

export interface TraceEvent {
	name: string;
	ph: string;
	pid: number;
	tid: number;
	ts: number;
	dur?: number;
	id?: string;
	args?: Record<string, unknown>;
}

interface CallFrame {
	functionName: string;
	url: string;
	lineNumber: number;
	columnNumber: number;
}

interface ChunkData {
	cpuProfile?: {
		nodes?: { id: number; callFrame: CallFrame }[];
		samples?: number[];
	};
	timeDeltas?: number[];
}

interface ThreadStats {
	name: string;
	busy: number;
	tasks: number;
	long: number[];
	self: Map<string, { us: number; frame: CallFrame }>;
	/** Renderer work by trace event (style, layout, paint, script, GC…), in µs. */
	phases: Map<string, number>;
}

/** Renderer phases worth naming (nested ones are listed too, so they overlap). */
const PHASES = new Set([
	'UpdateLayoutTree',
	'Layout',
	'PrePaint',
	'Paint',
	'Layerize',
	'Commit',
	'HitTest',
	'FunctionCall',
	'EvaluateScript',
	'v8.compile',
	'MajorGC',
	'MinorGC',
	'V8.GC_SCAVENGER',
	'ParseHTML',
	'TimerFire',
	'FireAnimationFrame',
	'EventDispatch',
	'RunMicrotasks',
	'V8.GCFinalizeMC'
]);

const file = (url: string) => url.replace(/^.*\//, '') || '(native)';

export function summariseTrace(
	events: TraceEvent[],
	top: number,
	source: (url: string) => string
): string {
	const names = new Map<string, string>();
	for (const e of events) {
		if (e.ph === 'M' && e.name === 'thread_name')
			names.set(`${e.pid}:${e.tid}`, String((e.args as { name?: string })?.name));
	}
	const threads = new Map<string, ThreadStats>();
	const thread = (key: string) => {
		let t = threads.get(key);
		if (!t) {
			t = {
				name: names.get(key) ?? key,
				busy: 0,
				tasks: 0,
				long: [],
				self: new Map(),
				phases: new Map()
			};
			threads.set(key, t);
		}
		return t;
	};
	for (const e of events) {
		if (e.ph === 'X' && e.dur && PHASES.has(e.name)) {
			const t = thread(`${e.pid}:${e.tid}`);
			t.phases.set(e.name, (t.phases.get(e.name) ?? 0) + e.dur);
		}
		if (e.name !== 'RunTask' || e.ph !== 'X' || !e.dur) continue;
		const t = thread(`${e.pid}:${e.tid}`);
		t.busy += e.dur;
		t.tasks++;
		if (e.dur > 50_000) t.long.push(e.dur / 1000);
	}
	// Chunks come from the sampler thread; the Profile event with the same id names the thread.
	const owner = new Map<string, string>();
	const frames = new Map<string, Map<number, CallFrame>>();
	for (const e of events) {
		if (e.name === 'Profile' && e.id) owner.set(`${e.pid}:${e.id}`, `${e.pid}:${e.tid}`);
	}
	for (const e of events) {
		if (e.name !== 'ProfileChunk' || !e.id) continue;
		const key = `${e.pid}:${e.id}`;
		const t = thread(owner.get(key) ?? `${e.pid}:${e.tid}`);
		const data = (e.args as { data?: ChunkData })?.data;
		const nodes = frames.get(key) ?? new Map<number, CallFrame>();
		frames.set(key, nodes);
		for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n.callFrame);
		const samples = data?.cpuProfile?.samples ?? [];
		const deltas = data?.timeDeltas ?? [];
		samples.forEach((id, i) => {
			const frame = nodes.get(id);
			if (!frame) return;
			const name = frame.functionName || '(anonymous)';
			const where = frame.url
				? ` ${file(frame.url)}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`
				: '';
			const label = `${name}${where}`;
			const entry = t.self.get(label) ?? { us: 0, frame };
			entry.us += Math.max(0, deltas[i + 1] ?? deltas[i] ?? 0);
			t.self.set(label, entry);
		});
	}
	const out: string[] = [];
	const ordered = [...threads.values()]
		.filter((t) => t.busy > 20_000 || t.self.size)
		.sort((a, b) => b.busy - a.busy);
	for (const t of ordered) {
		out.push(
			`\n== ${t.name}: busy ${(t.busy / 1000).toFixed(0)} ms in ${t.tasks} tasks; over 50 ms: ${
				t.long.length ? t.long.map((d) => d.toFixed(0)).join(', ') : 'none'
			}`
		);
		const phases = [...t.phases.entries()].sort((a, b) => b[1] - a[1]);
		if (phases.length)
			out.push(
				`  by phase (nested phases overlap): ${phases
					.map(([name, us]) => `${name} ${(us / 1000).toFixed(0)}`)
					.join(', ')} ms`
			);
		const rows = [...t.self.entries()]
			.filter(([label]) => !label.startsWith('(idle)'))
			.sort((a, b) => b[1].us - a[1].us)
			.slice(0, top);
		for (const [label, { us, frame }] of rows) {
			const code = frame.url ? (source(frame.url).split('\n')[frame.lineNumber] ?? '') : '';
			const snippet = code.slice(frame.columnNumber, frame.columnNumber + 70).replace(/\s+/g, ' ');
			out.push(
				`${(us / 1000).toFixed(1).padStart(8)} ms  ${label}${snippet ? `\n             ${snippet}` : ''}`
			);
		}
	}
	return out.join('\n');
}

/**
 * The thread CPU time (the trace's `tdur`) of the page's main-thread task that ran at each of
 * `tasks` (ms since navigation start, as the page's long-task observer reports them): a task
 * long in wall-clock but short in CPU time waited for a core (the machine's other work, or the
 * page's own workers, on two cores), it did not compute for long. Null where no task matches.
 */
export function cpuOfTasks(
	events: TraceEvent[],
	tasks: { start: number; duration: number }[]
): (number | null)[] {
	const names = new Map<string, string>();
	for (const e of events)
		if (e.ph === 'M' && e.name === 'thread_name')
			names.set(`${e.pid}:${e.tid}`, String((e.args as { name?: string })?.name));
	// The page's main thread: the renderer main thread that navigated last.
	const navs = events
		.filter(
			(e) => e.name === 'navigationStart' && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain'
		)
		.sort((a, b) => a.ts - b.ts);
	const nav = navs.at(-1);
	if (!nav) return tasks.map(() => null);
	const runs = events.filter(
		(e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === nav.pid && e.tid === nav.tid
	);
	return tasks.map(({ start, duration }) => {
		const from = nav.ts + start * 1000;
		const to = from + duration * 1000;
		let best: TraceEvent | null = null;
		let overlap = 0;
		for (const e of runs) {
			const o = Math.min(to, e.ts + (e.dur ?? 0)) - Math.max(from, e.ts);
			if (o > overlap) [best, overlap] = [e, o];
		}
		const tdur = (best as { tdur?: number } | null)?.tdur;
		return tdur === undefined ? null : tdur / 1000;
	});
}
