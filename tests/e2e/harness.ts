/**
 * Browser-test harness: serves build/ with scripts/serve.js on a free port and drives Debian's
 * Chromium through playwright-core (a test tool's own browser download fails on our machines).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium in a container: no sandbox, no GPU, nothing phoning home. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

async function freePort(): Promise<number> {
	const server = createServer();
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	const address = server.address();
	server.close();
	if (!address || typeof address === 'string') throw new Error('no free port');
	return address.port;
}

export interface Site {
	url: string;
	stop(): Promise<void>;
}

/** Serves a folder (build/ by default) the way any static file server would. */
export async function serveSite(root = 'build'): Promise<Site> {
	const port = await freePort();
	const child: ChildProcess = spawn(process.execPath, ['scripts/serve.js', root], {
		env: { ...process.env, PORT: String(port) },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((resolve, reject) => {
		child.once('exit', (code) => reject(new Error(`serve.js exited with ${code}`)));
		child.stdout?.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('http://')) resolve();
		});
	});
	return {
		url: `http://localhost:${port}`,
		async stop() {
			child.kill();
			await once(child, 'exit').catch(() => undefined);
		}
	};
}

/**
 * A throwaway copy of build/ changed by `mutate` (a corrupt or missing database, say), served
 * like the real one; `stop()` also deletes the copy.
 */
export async function serveCopy(mutate: (root: string) => void, from = 'build'): Promise<Site> {
	const root = mkdtempSync(join(tmpdir(), 'atlas-site-'));
	cpSync(from, root, { recursive: true });
	mutate(root);
	const site = await serveSite(root);
	return {
		url: site.url,
		async stop() {
			await site.stop();
			rmSync(root, { recursive: true, force: true });
		}
	};
}

export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export interface PageProblems {
	errors: string[];
}

/** A fresh context + page that records console errors/warnings and page errors. */
export async function openPage(
	browser: Browser,
	options: { colorScheme?: 'light' | 'dark'; width?: number; height?: number } = {}
): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
	const context = await browser.newContext({
		colorScheme: options.colorScheme ?? 'light',
		viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
		acceptDownloads: true,
		serviceWorkers: 'block'
	});
	// tsx (the bench) compiles helpers with esbuild's keepNames, which wraps functions passed to
	// page.evaluate in a `__name` call the page does not have.
	await context.addInitScript('globalThis.__name = (f) => f');
	const page = await context.newPage();
	const problems: PageProblems = { errors: [] };
	page.on('console', (message) => {
		// Playwright's own note about `serviceWorkers: 'block'`, not the site's.
		if (message.text().includes('blocked by Playwright')) return;
		if (message.type() === 'error' || message.type() === 'warning') {
			problems.errors.push(`${message.type()}: ${message.text()}`);
		}
	});
	page.on('pageerror', (error) => problems.errors.push(`pageerror: ${error.message}`));
	return { context, page, problems };
}
