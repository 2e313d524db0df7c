// Which terminals reorder right-to-left text themselves. For those, text that
// the app has already reordered would be reversed a second time, so `auto`
// passes logical text through; everywhere else the app reorders and shapes.

export type BidiFlag = 'auto' | 'on' | 'off';

export interface BidiMode {
	reorder: boolean;
	shape: boolean;
	mode: 'on' | 'off';
	reason: string;
}

interface SelfReorderingTerminal {
	name: string;
	detect: (env: NodeJS.ProcessEnv) => string | undefined;
}

const selfReordering: SelfReorderingTerminal[] = [
	{name: 'VTE (GNOME Terminal, Tilix…)', detect: env => (env.VTE_VERSION ? `VTE_VERSION=${env.VTE_VERSION}` : undefined)},
	{name: 'Konsole', detect: env => (env.KONSOLE_VERSION ? `KONSOLE_VERSION=${env.KONSOLE_VERSION}` : undefined)},
	{
		name: 'mlterm',
		detect: env => (env.MLTERM ? `MLTERM=${env.MLTERM}` : env.TERM?.startsWith('mlterm') ? `TERM=${env.TERM}` : undefined),
	},
	// PuTTY sets no variable of its own; TERM=putty* only when the user chose it.
	{name: 'PuTTY', detect: env => (env.TERM?.startsWith('putty') ? `TERM=${env.TERM}` : undefined)},
	{
		name: 'Apple Terminal',
		detect: env => (env.TERM_PROGRAM === 'Apple_Terminal' ? 'TERM_PROGRAM=Apple_Terminal' : undefined),
	},
];

function parseFlag(value: string | undefined): BidiFlag | undefined {
	const v = value?.trim().toLowerCase();
	if (v === 'on' || v === 'off' || v === 'auto') return v;
	if (v === '1' || v === 'true' || v === 'yes') return 'on';
	if (v === '0' || v === 'false' || v === 'no') return 'off';
	return undefined;
}

// flag (from --bidi) beats CRISIS_EXPLORER_BIDI beats detection.
// options.shape === false is --no-shape: reorder but leave letters unjoined.
export function detectBidiMode(env: NodeJS.ProcessEnv, flag?: BidiFlag, options: {shape?: boolean} = {}): BidiMode {
	const shapeWanted = options.shape !== false;
	const finish = (on: boolean, reason: string): BidiMode => ({
		reorder: on,
		shape: on && shapeWanted,
		mode: on ? 'on' : 'off',
		reason: on && !shapeWanted ? `${reason}; shaping off (--no-shape)` : reason,
	});

	if (flag === 'on' || flag === 'off') return finish(flag === 'on', `--bidi ${flag}`);

	const fromEnv = parseFlag(env.CRISIS_EXPLORER_BIDI);
	if (fromEnv === 'on' || fromEnv === 'off') {
		return finish(fromEnv === 'on', `CRISIS_EXPLORER_BIDI=${env.CRISIS_EXPLORER_BIDI}`);
	}

	for (const terminal of selfReordering) {
		const evidence = terminal.detect(env);
		if (evidence) {
			return finish(false, `auto: ${evidence}, ${terminal.name} reorders right-to-left text itself`);
		}
	}

	return finish(true, 'auto: terminal draws text in stored order, so the app reorders and shapes');
}
