// Errors the CLI turns into one line on stderr and an exit code. Anything
// else that escapes is a bug, reported in one line too (stack only with
// CRISIS_EXPLORER_DEBUG=1), so users never see a stack trace for bad input.

/** A mistake in how the tool was called: exit 2. */
export class UsageError extends Error {
	readonly exitCode = 2;
	override name = 'UsageError';
}

/** A problem with the dataset file (missing, not JSON, wrong version, invalid): exit 1. */
export class DataError extends Error {
	readonly exitCode = 1;
	override name = 'DataError';
}

/** Any other expected failure (output file exists, disk full, nothing to ingest): exit 1 unless told. */
export class CliError extends Error {
	override name = 'CliError';
	constructor(
		message: string,
		readonly exitCode = 1,
	) {
		super(message);
	}
}

export type ExitingError = UsageError | DataError | CliError;

export function isExitingError(error: unknown): error is ExitingError {
	return error instanceof UsageError || error instanceof DataError || error instanceof CliError;
}

/** One line, whatever the message holds: line breaks would split a log entry. */
export function oneLine(message: string): string {
	return message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** What a system error means, in plain words: the user's disk or file, not a bug in the tool. */
const SYSTEM_ERRORS: Record<string, string> = {
	ENOSPC: 'no space left on device; the output is incomplete',
	EDQUOT: 'disk quota exceeded; the output is incomplete',
	EIO: 'input/output error on the disk; the output is incomplete',
	EFBIG: 'file too large for the file system; the output is incomplete',
	EEXIST: 'already exists',
	EACCES: 'permission denied',
	EPERM: 'operation not permitted',
	EROFS: 'read-only file system',
	ENOENT: 'no such file or directory',
	ENOTDIR: 'not a directory',
	EISDIR: 'is a directory',
	EMFILE: 'too many open files',
};

/** A system error (it has a known code) as one plain line: the path it names, then what went wrong. */
export function describeSystemError(error: NodeJS.ErrnoException): string | null {
	const plain = error.code ? SYSTEM_ERRORS[error.code] : undefined;
	if (!plain) return null;
	const path = typeof error.path === 'string' ? error.path : undefined;
	// The path is untrusted text bound for a terminal: controls shown as \u escapes, not obeyed.
	const shown = path?.replace(/[\u0000-\u001f\u007f-\u009f]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
	return shown ? `${shown}: ${plain}` : plain;
}

/** Exit code and message for anything thrown; unknown errors exit 1. */
export function describeError(error: unknown): {code: number; message: string} {
	if (isExitingError(error)) return {code: error.exitCode, message: oneLine(error.message)};
	const node = error as NodeJS.ErrnoException | undefined;
	const system = node && typeof node === 'object' ? describeSystemError(node) : null;
	if (system) return {code: 1, message: oneLine(system)};
	if (node && typeof node === 'object' && typeof node.message === 'string') {
		return {code: 1, message: oneLine(`internal error: ${node.message}`)};
	}
	return {code: 1, message: `internal error: ${oneLine(String(error))}`};
}
