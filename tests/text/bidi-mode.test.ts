import {describe, expect, it} from 'vitest';
import {detectBidiMode} from '../../source/text/bidi-mode.js';

describe('detectBidiMode', () => {
	it('turns reordering off in terminals that reorder by themselves', () => {
		for (const env of [{VTE_VERSION: '7200'}, {KONSOLE_VERSION: '230805'}, {MLTERM: '3.9.3'}, {TERM: 'putty-256color'}, {TERM_PROGRAM: 'Apple_Terminal'}]) {
			const mode = detectBidiMode(env);
			expect(mode, JSON.stringify(env)).toMatchObject({reorder: false, shape: false, mode: 'off'});
			expect(mode.reason).toMatch(/auto/);
		}
	});

	it('reorders and shapes elsewhere', () => {
		expect(detectBidiMode({TERM: 'xterm-256color'})).toMatchObject({reorder: true, shape: true, mode: 'on'});
		expect(detectBidiMode({TERM_PROGRAM: 'iTerm.app'})).toMatchObject({reorder: true, shape: true});
	});

	it('lets the flag beat the variable, and the variable beat detection', () => {
		expect(detectBidiMode({VTE_VERSION: '7200'}, 'on')).toMatchObject({reorder: true, reason: '--bidi on'});
		expect(detectBidiMode({CRISIS_EXPLORER_BIDI: 'on'}, 'off')).toMatchObject({reorder: false});
		expect(detectBidiMode({CRISIS_EXPLORER_BIDI: 'on', VTE_VERSION: '1'})).toMatchObject({
			reorder: true,
			reason: 'CRISIS_EXPLORER_BIDI=on',
		});
		expect(detectBidiMode({CRISIS_EXPLORER_BIDI: 'off'}, 'auto')).toMatchObject({reorder: false});
		expect(detectBidiMode({CRISIS_EXPLORER_BIDI: 'auto', KONSOLE_VERSION: '1'})).toMatchObject({reorder: false});
	});

	it('supports reordering without shaping (--no-shape)', () => {
		const mode = detectBidiMode({}, 'on', {shape: false});
		expect(mode).toMatchObject({reorder: true, shape: false, mode: 'on'});
		expect(mode.reason).toMatch(/no-shape/);
	});
});
