/**
 * Ctrl-C (SIGINT) and SIGTERM for a long command: the first aborts an `AbortSignal` the command's
 * run checks, so it can stop cleanly (`analyzeStream` removes its temporary folder, whose spill
 * files can be gigabytes); a second exits at once (the next run into the same folder removes what
 * is left). Node's default — exit on the spot — is restored by `dispose`.
 */

/** The signals handled. */
export type StopSignal = 'SIGINT' | 'SIGTERM';

/** What `stopOnSignals` returns. */
export interface SignalStop {
  /** Aborted by the first signal. */
  signal: AbortSignal;
  /** The first signal received, or null. */
  readonly received: StopSignal | null;
  /** Removes the handlers. */
  dispose(): void;
}

/**
 * Exit status of a command stopped by a signal, as shells report it (128 + the signal's number).
 * @example exitCodeOf('SIGINT') // 130
 */
export function exitCodeOf(signal: StopSignal): number {
  return signal === 'SIGINT' ? 130 : 143;
}

/**
 * Handles SIGINT and SIGTERM until `dispose`: the first is written to stderr (`<command>: SIGINT:
 * stopping …`) and aborts `signal`; a second ends the process at once (re-raised with the default
 * action, so a shell sees `exitCodeOf`; `process.exit` with it when something else listens).
 * @example
 * const stop = stopOnSignals('khitab analyze');
 * try { await analyzeFolder(dir, {signal: stop.signal}); } finally { stop.dispose(); }
 */
export function stopOnSignals(command: string): SignalStop {
  const controller = new AbortController();
  let received: StopSignal | null = null;
  const handler = (sig: StopSignal): void => {
    if (received) {
      // At once: the signal again with the default action (the process ends, status 128 + n, even
      // while worker threads start, which process.exit waits for), unless others listen to it.
      dispose();
      if (process.listenerCount(sig) === 0) process.kill(process.pid, sig);
      process.exit(exitCodeOf(sig));
    }
    received = sig;
    process.stderr.write(`\n${command}: ${sig}: stopping and removing the temporary files (once more to stop at once)\n`);
    controller.abort();
  };
  function dispose(): void {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  }
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    signal: controller.signal,
    get received() { return received; },
    dispose,
  };
}
