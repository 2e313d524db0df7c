// Issue 21's reference for key → frame: a program that answers the explorer's
// PTY protocol (bench/lib/explorer.ts) with the least work a terminal program
// can do per key: read the key in raw mode, write one short frame. The time a
// key takes to come back through it is the terminal's and the PTY's share.
// Protocol: "Days" at start; 3 → "Sources › 1000"; Enter → " 1/1000"; j → the
// next " i/1000"; / → the search line; any other key → "N matches: …".
const total = 1000;
let at = 1;
let typed = 0;
const out = process.stdout;
const frame = text => out.write(`\u001B[H\u001B[2K${text}\r\n`);
if (process.stdin.isTTY) process.stdin.setRawMode(true);
frame('Days · Actors · Sources');
process.stdin.on('data', data => {
	for (const ch of data.toString('utf8')) {
		if (ch === '\u0003' || ch === 'q') process.exit(0);
		else if (ch === '3') frame(`Sources › ${total}`);
		else if (ch === '\r') frame(` ${(at = 1)}/${total}`);
		else if (ch === 'j') frame(` ${++at}/${total}`);
		else if (ch === '/') frame(`Search —\r\nType at least two letters (${(typed = 0)}).`);
		else frame(++typed < 2 ? 'Type at least two letters.' : `${typed} matches: Sentences ${typed}`);
	}
});
