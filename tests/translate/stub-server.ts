// A stand-in for LibreTranslate and chat-completions servers on 127.0.0.1:
// each request is answered by the next scripted reply (then by the default),
// and every request is recorded with when it came, so a test can check what
// was sent, how often, and how long the client waited between tries.
import {createServer, type IncomingMessage, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';

export type Reply = {status?: number; headers?: Record<string, string>; body?: unknown; raw?: string; delayMs?: number};
export type Received = {path: string; headers: IncomingMessage['headers']; body: unknown; at: number};
export type Stub = {url: string; requests: Received[]; script(...replies: Array<Reply | ((r: Received) => Reply)>): void; close(): Promise<void>};

export async function startStub(fallback: (r: Received) => Reply): Promise<Stub> {
	const queue: Array<Reply | ((r: Received) => Reply)> = [];
	const requests: Received[] = [];
	const server: Server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const text = Buffer.concat(chunks).toString('utf8');
			let body: unknown = text;
			try {
				body = JSON.parse(text);
			} catch {
				// Kept as text.
			}
			const received: Received = {path: req.url ?? '', headers: req.headers, body, at: performance.now()};
			requests.push(received);
			const next = queue.shift() ?? fallback;
			const reply = typeof next === 'function' ? next(received) : next;
			const send = () => {
				if (res.destroyed) return;
				res.writeHead(reply.status ?? 200, {'content-type': 'application/json', ...reply.headers});
				res.end(reply.raw ?? JSON.stringify(reply.body ?? {}));
			};
			if (reply.delayMs) setTimeout(send, reply.delayMs);
			else send();
		});
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		requests,
		script: (...replies) => queue.push(...replies),
		close: () =>
			new Promise(resolve => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/** LibreTranslate's answer: each q prefixed "EN: ". */
export const libreAnswer = (r: Received): Reply => ({body: {translatedText: ((r.body as {q: string[]}).q ?? []).map(q => `EN: ${q}`)}});

/** A chat-completions answer: the user message prefixed "EN: " (a numbered list, line by line). */
export const chatAnswer = (r: Received): Reply => {
	const messages = (r.body as {messages: Array<{role: string; content: string}>}).messages;
	const user = messages.find(m => m.role === 'user')!.content;
	const content = user
		.split('\n')
		.map(line => line.replace(/^(\d+\.\s*)?/, (_, n: string | undefined) => `${n ?? ''}EN: `))
		.join('\n');
	return {body: {choices: [{message: {role: 'assistant', content}}]}};
};
