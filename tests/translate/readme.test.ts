// The README's one example per translation engine runs as written, with the
// program replaced by the fake translator and the URLs by a stub server on
// 127.0.0.1 (never a real service): docs that name a flag that does not
// exist, or an engine that no longer speaks the protocol shown, fail here.
import {spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildCli, cliPath, root} from '../cli/helpers.js';
import {datasetCopy, readDataset, sentencesOf} from './cli-helpers.js';
import {writeFake} from './fake-engine.js';
import {chatAnswer, libreAnswer, type Received, type Reply, startStub, type Stub} from './stub-server.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const block = /<!-- translate-examples:start -->\n```sh\n([\s\S]*?)```\n<!-- translate-examples:end -->/.exec(readme)?.[1] ?? '';
const examples = block.split('\n').filter(line => line.startsWith('crisis-explorer translate '));
const engineOf = (line: string) => /--engine (\S+)/.exec(line)?.[1];

let stub: Stub;
beforeAll(async () => {
	buildCli();
	// One stub for both protocols, by path.
	stub = await startStub((r: Received): Reply => (r.path === '/translate' ? libreAnswer(r) : chatAnswer(r)));
});
afterAll(() => stub.close());

function bash(line: string, env: NodeJS.ProcessEnv): Promise<{code: number | null; stderr: string}> {
	return new Promise(resolve => {
		const child = spawn('bash', ['-c', line], {env: {...process.env, ...env}, stdio: ['ignore', 'ignore', 'pipe']});
		let stderr = '';
		child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
		child.on('close', code => resolve({code, stderr}));
	});
}

describe('README translation examples', () => {
	it('has one example per engine', () => {
		expect(examples.map(engineOf)).toEqual(['command', 'libretranslate', 'openai']);
	});

	it.each(examples)('%s', async example => {
		const {data, cache} = datasetCopy();
		const fake = writeFake();
		const line = example
			.replace(/^crisis-explorer /, `node ${cliPath} `)
			.replace(' --data d.json ', ` --data ${data} --cache ${cache} `)
			.replace(/--command '[^']*'/, `--command '${fake.command}'`)
			.replace(/http:\/\/localhost:\d+/, stub.url);
		expect(line).not.toContain('localhost');
		const before = stub.requests.length;
		const r = await bash(line, {FAKE_LOG: fake.log, CRISIS_EXPLORER_TRANSLATE_API_KEY: 'test-key'});
		expect(r.stderr).toMatch(/^translate: \d+ sentences: \d+ translated, 0 from the cache, 0 already done, 0 failed/);
		expect(r.code).toBe(0);
		expect(sentencesOf(readDataset(data)).every(s => s.translation?.text === `EN: ${s.text}` && s.translation.engine === engineOf(example))).toBe(true);
		if (engineOf(example) === 'command') expect(fake.calls().length).toBeGreaterThan(0);
		else {
			const sent = stub.requests.slice(before);
			expect(sent.length).toBeGreaterThan(0);
			if (engineOf(example) === 'openai') expect(sent[0]!.headers.authorization).toBe('Bearer test-key');
			else expect((sent[0]!.body as {api_key?: string}).api_key).toBe('test-key');
		}
	});
});
