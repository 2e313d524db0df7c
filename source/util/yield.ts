// Lets the event loop run inside a long loop of synchronous work (writing a
// file, parsing articles), so that SIGINT and SIGTERM stop it instead of
// waiting for its end. Two turns: an immediate scheduled from a callback of
// the poll phase runs before the next poll, where signals are read; the
// second one runs after it.
export const yieldToEventLoop = (): Promise<void> => new Promise(done => setImmediate(() => setImmediate(done)));
