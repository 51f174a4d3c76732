import { describe, expect, it, vi } from 'vitest';
import { run as runBenchCommand } from '../../src/cli/bench';

describe('khitab bench', () => {
  it('rejects a bad option value', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await runBenchCommand(['--size-mb', 'lots'])).toBe(2);
      expect(err).toHaveBeenCalledWith(expect.stringMatching(/^khitab bench: --size-mb takes a number ≥ 0\.01, not 'lots'/));
    } finally {
      err.mockRestore();
    }
  });

  it('rejects an unknown corpus kind', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await runBenchCommand(['--corpus', 'huge'])).toBe(2);
      expect(err).toHaveBeenCalledWith(expect.stringMatching(/^khitab bench: --corpus takes realistic or seeds, not 'huge'/));
    } finally {
      err.mockRestore();
    }
  });
});
