// The engine a `translate` run uses, from its flags and the environment
// (flags win). A key is never a flag (it would show in `ps` and the shell's
// history): it is read from the variable --api-key-env names.
import {UsageError} from '../errors.js';
import {didYouMean} from '../util/did-you-mean.js';
import type {Engine} from './engine.js';
import {commandEngine} from './engines/command.js';
import {libreTranslateEngine} from './engines/libretranslate.js';
import {openAiEngine} from './engines/openai.js';

export const ENGINES = ['command', 'libretranslate', 'openai'] as const;
export type EngineName = (typeof ENGINES)[number];

export const ENV = {
	command: 'CRISIS_EXPLORER_TRANSLATE_COMMAND',
	url: 'CRISIS_EXPLORER_TRANSLATE_URL',
	model: 'CRISIS_EXPLORER_TRANSLATE_MODEL',
	apiKey: 'CRISIS_EXPLORER_TRANSLATE_API_KEY',
} as const;

export const DEFAULT_URL: Record<Exclude<EngineName, 'command'>, string> = {
	libretranslate: 'http://localhost:5000',
	openai: 'http://localhost:11434',
};

export type EngineFlags = {engine?: string; command?: string; url?: string; model?: string; apiKeyEnv?: string};

export function makeEngine(flags: EngineFlags, env: NodeJS.ProcessEnv): Engine {
	const named = flags.engine ?? (flags.command !== undefined ? 'command' : undefined);
	if (named === undefined)
		throw new UsageError(`translate needs an engine: --engine ${ENGINES.join('|')} (nothing is sent anywhere without one; see crisis-explorer help translate)`);
	if (!(ENGINES as readonly string[]).includes(named))
		throw new UsageError(`unknown --engine '${named}'${didYouMean(named, ENGINES)} (valid: ${ENGINES.join(', ')})`);
	const engine = named as EngineName;
	const value = (flag: string | undefined, variable: string) => (flag !== undefined && flag !== '' ? flag : env[variable] || undefined);
	const model = value(flags.model, ENV.model);
	const keyVariable = flags.apiKeyEnv ?? ENV.apiKey;
	if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(keyVariable)) throw new UsageError(`--api-key-env takes the name of an environment variable, got '${keyVariable}'`);
	const apiKey = env[keyVariable] || undefined;
	if (flags.apiKeyEnv !== undefined && apiKey === undefined) throw new UsageError(`--api-key-env ${keyVariable}: that variable is not set`);
	switch (engine) {
		case 'command': {
			const command = value(flags.command, ENV.command);
			if (!command)
				throw new UsageError(
					`--engine command needs --command CMD (or ${ENV.command}): a program that reads {id, text, from, to} lines and writes {id, text} lines`,
				);
			return commandEngine({command, model: model ?? null, env});
		}
		case 'libretranslate':
			return libreTranslateEngine({url: checkUrl(value(flags.url, ENV.url) ?? DEFAULT_URL.libretranslate), apiKey});
		case 'openai': {
			if (!model) throw new UsageError(`--engine openai needs --model M (or ${ENV.model}), e.g. --model llama3.1:8b for Ollama`);
			return openAiEngine({url: checkUrl(value(flags.url, ENV.url) ?? DEFAULT_URL.openai), model, apiKey});
		}
	}
}

function checkUrl(url: string): string {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		throw new UsageError(`--url '${url}' is not a URL (e.g. http://localhost:5000)`);
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UsageError(`--url '${url}': only http and https`);
	return url;
}

/** A whole number flag within bounds, or the default. */
export function intFlag(name: string, value: string | undefined, fallback: number | undefined, min: number): number | undefined {
	if (value === undefined) return fallback;
	if (!/^\d+$/.test(value.trim()) || Number(value) < min)
		throw new UsageError(`${name} takes a whole number${min > 0 ? ` of at least ${min}` : ''}, got '${value}'`);
	return Number(value);
}
