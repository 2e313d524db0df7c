// Joining types and presentation forms for the Arabic letters that have them,
// following the semantics of Unicode's ArabicShaping.txt:
// R = joins only to the preceding letter (right-joining), D = joins both ways,
// C = join-causing (tatweel, ZWJ), U = never joins, T = transparent (harakat).
// Forms are [isolated, final, initial, medial]; 0 where none exists.

export type JoiningType = 'R' | 'D' | 'C' | 'U' | 'T' | 'L';

type Forms = readonly [number, number, number, number];

// Letters in U+0621–U+064A whose forms are laid out in order in FE80–FEFC:
// right-joining letters take two slots (isolated, final), dual-joining four.
const basic: Array<[number, 'R' | 'D' | 'U']> = [
	[0x0621, 'U'], // hamza: one isolated form
	[0x0622, 'R'],
	[0x0623, 'R'],
	[0x0624, 'R'],
	[0x0625, 'R'],
	[0x0626, 'D'],
	[0x0627, 'R'],
	[0x0628, 'D'],
	[0x0629, 'R'],
	[0x062a, 'D'],
	[0x062b, 'D'],
	[0x062c, 'D'],
	[0x062d, 'D'],
	[0x062e, 'D'],
	[0x062f, 'R'],
	[0x0630, 'R'],
	[0x0631, 'R'],
	[0x0632, 'R'],
	[0x0633, 'D'],
	[0x0634, 'D'],
	[0x0635, 'D'],
	[0x0636, 'D'],
	[0x0637, 'D'],
	[0x0638, 'D'],
	[0x0639, 'D'],
	[0x063a, 'D'],
	[0x0641, 'D'],
	[0x0642, 'D'],
	[0x0643, 'D'],
	[0x0644, 'D'],
	[0x0645, 'D'],
	[0x0646, 'D'],
	[0x0647, 'D'],
	[0x0648, 'R'],
	[0x0649, 'D'], // alef maksura: dual-joining, but FEEF/FEF0 only (see below)
	[0x064a, 'D'],
];

const forms = new Map<number, Forms>();
const joining = new Map<number, JoiningType>();

{
	let slot = 0xfe80;
	for (const [code, type] of basic) {
		joining.set(code, type);
		if (type === 'D' && code !== 0x0649) {
			forms.set(code, [slot, slot + 1, slot + 2, slot + 3]);
			slot += 4;
		} else if (type === 'U') {
			// Hamza's only form, FE80, looks the same as U+0621; like FriBidi we
			// leave the letter itself, which every Arabic font has.
			slot += 1;
		} else {
			// alef maksura's initial/medial forms live in Form-A (FBE8/FBE9)
			forms.set(code, code === 0x0649 ? [slot, slot + 1, 0xfbe8, 0xfbe9] : [slot, slot + 1, 0, 0]);
			slot += 2;
		}
	}

	// Persian letters and alef wasla that the news also uses (Form-A block).
	const extra: Array<[number, JoiningType, Forms]> = [
		[0x0671, 'R', [0xfb50, 0xfb51, 0, 0]],
		[0x067e, 'D', [0xfb56, 0xfb57, 0xfb58, 0xfb59]],
		[0x0686, 'D', [0xfb7a, 0xfb7b, 0xfb7c, 0xfb7d]],
		[0x0698, 'R', [0xfb8a, 0xfb8b, 0, 0]],
		[0x06a9, 'D', [0xfb8e, 0xfb8f, 0xfb90, 0xfb91]],
		[0x06af, 'D', [0xfb92, 0xfb93, 0xfb94, 0xfb95]],
		[0x06cc, 'D', [0xfbfc, 0xfbfd, 0xfbfe, 0xfbff]],
	];
	for (const [code, type, f] of extra) {
		joining.set(code, type);
		forms.set(code, f);
	}

	// Letters that join but have no presentation forms: they still make their
	// neighbours take joining forms.
	for (const code of [0x0620, 0x063b, 0x063c, 0x063d, 0x063e, 0x063f, 0x066e, 0x066f]) joining.set(code, 'D');
	joining.set(0x0640, 'C'); // tatweel
	joining.set(0x200d, 'C'); // zero-width joiner
	joining.set(0x200c, 'U'); // zero-width non-joiner
}

// Lam followed by an alef: [isolated, final] ligature.
export const lamAlef = new Map<number, readonly [number, number]>([
	[0x0622, [0xfef5, 0xfef6]],
	[0x0623, [0xfef7, 0xfef8]],
	[0x0625, [0xfef9, 0xfefa]],
	[0x0627, [0xfefb, 0xfefc]],
]);

const transparent = /^[\p{Mn}\p{Me}\p{Cf}]$/u;

// Unlisted code points met so far (Latin letters, digits, spaces…): the
// property test below is a Unicode-class regex, too slow to run per character.
const unlisted = new Map<number, JoiningType>();

export function joiningType(code: number): JoiningType {
	const known = joining.get(code) ?? unlisted.get(code);
	if (known) return known;
	// ArabicShaping.txt: unlisted characters of category Mn, Me or Cf are
	// transparent, everything else is non-joining.
	const type = transparent.test(String.fromCodePoint(code)) ? 'T' : 'U';
	if (unlisted.size < 4096) unlisted.set(code, type);
	return type;
}

export function presentationForms(code: number): Forms | undefined {
	return forms.get(code);
}
