import { afterEach, describe, expect, it, vi } from 'vitest';
import { exitCodeOf, stopOnSignals } from '../../src/cli/stopOnSignals';

describe('stopOnSignals', () => {
  afterEach(() => vi.restoreAllMocks());

  it('aborts on the first signal, says so, and ends the process at once on a second', () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const kill = vi.spyOn(process, 'kill').mockImplementation((() => true) as never);
    const before = process.listenerCount('SIGTERM');
    const stop = stopOnSignals('khitab analyze');
    try {
      expect(process.listenerCount('SIGTERM')).toBe(before + 1);
      expect([stop.signal.aborted, stop.received]).toEqual([false, null]);
      process.emit('SIGTERM', 'SIGTERM');
      expect([stop.signal.aborted, stop.received]).toEqual([true, 'SIGTERM']);
      expect(String(stderr.mock.calls[0][0])).toBe('\nkhitab analyze: SIGTERM: stopping and removing the temporary files (once more to stop at once)\n');
      expect(exit).not.toHaveBeenCalled();
      const others = process.listenerCount('SIGINT') - 1;
      process.emit('SIGINT', 'SIGINT');
      // Re-raised with the default action when nothing else listens; process.exit as the fallback.
      if (others === 0) expect(kill).toHaveBeenCalledWith(process.pid, 'SIGINT');
      expect(exit).toHaveBeenCalledWith(130);
      expect(process.listenerCount('SIGINT')).toBe(others);
    } finally {
      stop.dispose();
    }
    expect(process.listenerCount('SIGTERM')).toBe(before);
  });
});

describe('exitCodeOf', () => {
  it('is 128 + the signal number', () => {
    expect([exitCodeOf('SIGINT'), exitCodeOf('SIGTERM')]).toEqual([128 + 2, 128 + 15]);
  });
});
