// Arabic contextual shaping into presentation forms. Terminals that draw
// characters in stored order do not shape either, so without this the letters
// of a word stand apart. Shaping works on logical order, before reordering.
import {joiningType, lamAlef, presentationForms, type JoiningType} from './arabic-forms.js';

export interface Shaped {
	text: string;
	// map[i] is the input index of the character behind output code unit i.
	// A lam-alef ligature maps to the lam; the alef has no output of its own.
	map: number[];
}

const arabicRange = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/;

function joinsForward(type: JoiningType | undefined): boolean {
	return type === 'D' || type === 'L' || type === 'C';
}

function joinsBackward(type: JoiningType | undefined): boolean {
	return type === 'D' || type === 'R' || type === 'C';
}

export function shapeWithMap(text: string): Shaped {
	if (!arabicRange.test(text)) {
		return {text, map: Array.from({length: text.length}, (_, i) => i)};
	}

	// Work on code points; Arabic is all in the BMP but the text may not be.
	const points: number[] = [];
	const starts: number[] = [];
	for (let i = 0; i < text.length; ) {
		const code = text.codePointAt(i)!;
		points.push(code);
		starts.push(i);
		i += code > 0xffff ? 2 : 1;
	}

	const types = points.map(joiningType);
	// Nearest non-transparent neighbour on each side.
	const previous: Array<number | undefined> = [];
	let last: number | undefined;
	for (let k = 0; k < points.length; k++) {
		previous.push(last);
		if (types[k] !== 'T') last = k;
	}
	const next: Array<number | undefined> = new Array(points.length);
	last = undefined;
	for (let k = points.length - 1; k >= 0; k--) {
		next[k] = last;
		if (types[k] !== 'T') last = k;
	}

	let out = '';
	const map: number[] = [];
	const emit = (code: number, source: number) => {
		const s = String.fromCodePoint(code);
		out += s;
		for (let u = 0; u < s.length; u++) map.push(source);
	};

	const skip = new Set<number>();
	for (let k = 0; k < points.length; k++) {
		if (skip.has(k)) continue;
		const code = points[k]!;
		const type = types[k]!;
		const before = previous[k];
		const after = next[k];
		const joinsPrevious = joinsBackward(type) && before !== undefined && joinsForward(types[before]);

		// Lam followed (through any harakat) by an alef becomes one ligature
		// glyph; the harakat between them follow it.
		if (code === 0x0644 && after !== undefined && lamAlef.has(points[after]!)) {
			const [isolated, final] = lamAlef.get(points[after]!)!;
			emit(joinsPrevious ? final : isolated, starts[k]!);
			skip.add(after);
			continue;
		}

		const f = presentationForms(code);
		if (!f) {
			emit(code, starts[k]!);
			continue;
		}

		const joinsNext = joinsForward(type) && after !== undefined && joinsBackward(types[after]);
		let form = f[0];
		if (joinsPrevious && joinsNext) form = f[3] || f[1] || f[0];
		else if (joinsPrevious) form = f[1] || f[0];
		else if (joinsNext) form = f[2] || f[0];
		emit(form, starts[k]!);
	}

	return {text: out, map};
}

export function shape(text: string): string {
	return shapeWithMap(text).text;
}
