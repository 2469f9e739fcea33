import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import PassageList from '$lib/components/PassageList.svelte';
import PassageListHarness from './PassageListHarness.svelte';
import type { PassageHit } from '$lib/db/types';

const text = 'We moved from Prometheus to Cortex; eBPF <script>alert(1)</script> helps.';
const hit = (over: Partial<PassageHit> = {}): PassageHit => ({
	id: 1,
	text,
	eventId: 'kubecon-eu-2018',
	eventName: 'KubeCon EU 2018',
	sourceId: 7,
	sourceTitle: 'My KubeCon recap',
	sourceAuthor: 'Ada',
	sourceUrl: 'https://example.org/recap',
	sectionHeading: 'Day 1',
	mentions: [
		{ start: 14, end: 24, projectId: 'prometheus' },
		{ start: 28, end: 34, projectId: 'cortex' }
	],
	...over
});

describe('PassageList', () => {
	it('names the section, but not a second time when it is titled like the source', () => {
		const { container } = render(PassageList, {
			props: {
				rows: [hit(), hit({ id: 2, sectionHeading: 'My KubeCon recap' })],
				total: 2
			}
		});
		const metas = [...container.querySelectorAll('.meta')].map((m) => m.textContent);
		expect(metas[0]).toContain('Day 1');
		expect(metas[1]!.match(/My KubeCon recap/g)).toHaveLength(1);
	});

	it('marks mentions and search hits with <mark>, and script text stays text', () => {
		const { container } = render(PassageList, {
			props: { rows: [hit()], total: 1, query: 'ebpf' }
		});
		const marks = [...container.querySelectorAll('mark')];
		expect(
			marks.map((m) => [
				m.textContent,
				m.className.split(' ').filter((c) => !c.startsWith('svelte-'))
			])
		).toEqual([
			['Prometheus', ['mention']],
			['Cortex', ['mention']],
			['eBPF', ['hit']]
		]);
		expect(marks[0]).toHaveAttribute('data-project', 'prometheus');
		expect(container.querySelector('script')).toBeNull();
		expect(container.querySelector('blockquote')!.textContent).toBe(text);
	});

	it('leaves the text alone when a filter changes but the search does not', () => {
		let change!: (filters: { q: string; themes: string[] }) => void;
		const { container } = render(PassageListHarness, {
			props: { rows: [hit()], control: (c: typeof change) => (change = c) }
		});
		const quote = container.querySelector('blockquote')!;
		const marks = [...quote.childNodes];
		expect(quote.querySelector('mark.hit')?.textContent).toBe('eBPF');
		// A theme chosen: these passages are about to be replaced, not highlighted again.
		change({ q: 'ebpf', themes: ['observability'] });
		flushSync();
		expect([...quote.childNodes]).toEqual(marks);
		expect(quote.childNodes[0]).toBe(marks[0]);
		// A new search does highlight again.
		change({ q: 'cortex', themes: ['observability'] });
		flushSync();
		expect(quote.querySelector('mark.hit')?.textContent).toBe('Cortex');
	});

	it('draws its first list a few rows per task, busy meanwhile, and the lists after it whole', async () => {
		const page = (from: number) => Array.from({ length: 12 }, (_, i) => hit({ id: from + i }));
		const { container, rerender } = render(PassageList, { props: { rows: page(1), total: 40 } });
		const list = container.querySelector('section')!;
		const items = () => container.querySelectorAll('li').length;
		expect(items()).toBeGreaterThan(0);
		expect(items()).toBeLessThan(12);
		expect(list).toHaveAttribute('aria-busy', 'true');
		await waitFor(() => expect(items()).toBe(12));
		expect(list).toHaveAttribute('aria-busy', 'false');
		expect(screen.getByRole('status')).toHaveTextContent('Showing 12 of 40 passages');
		await rerender({ rows: page(100), total: 40 });
		expect(items()).toBe(12);
		expect(list).toHaveAttribute('aria-busy', 'false');
	});

	it('shows event, source title, author and a safe link', () => {
		render(PassageList, { props: { rows: [hit()], total: 1 } });
		expect(screen.getByText('KubeCon EU 2018')).toBeInTheDocument();
		const link = screen.getByRole('link', { name: /My KubeCon recap/ });
		expect(link).toHaveAttribute('href', 'https://example.org/recap');
		expect(link).toHaveAttribute('rel', 'noopener noreferrer');
		expect(screen.getByText(/by Ada/)).toBeInTheDocument();
	});

	it('never links a javascript: URL', () => {
		render(PassageList, { props: { rows: [hit({ sourceUrl: 'javascript:alert(1)' })], total: 1 } });
		expect(screen.queryByRole('link')).toBeNull();
		expect(screen.getByText('My KubeCon recap')).toBeInTheDocument();
	});

	it('counts and pages with "Show more"', async () => {
		const onmore = vi.fn();
		render(PassageList, {
			props: { rows: [hit(), hit({ id: 2 })], total: 25, onmore }
		});
		expect(screen.getByRole('status')).toHaveTextContent('Showing 2 of 25 passages');
		await fireEvent.click(screen.getByRole('button', { name: /Show more/ }));
		expect(onmore).toHaveBeenCalledOnce();
	});

	it('has an empty state', () => {
		render(PassageList, { props: { rows: [], total: 0 } });
		expect(screen.getByRole('status')).toHaveTextContent('No passages match');
		expect(screen.getByText(/No passages for this view/)).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: /Show more/ })).toBeNull();
	});
});

describe('PassageList while loading', () => {
	it('says it is loading rather than that nothing matches', () => {
		render(PassageList, { props: { rows: [], total: 0, loading: true } });
		expect(screen.getByRole('status')).toHaveTextContent('Loading passages…');
		expect(screen.queryByText(/No passages for this view/)).toBeNull();
	});
});
