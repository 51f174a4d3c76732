import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { splitChoiceArg, splitOptionsOrReport } from '../../src/cli/splitChoiceArg';
import { loadSplitModel } from '../../src/split/model/splitModel';

afterEach(() => vi.restoreAllMocks());

describe('splitChoiceArg', () => {
  it('splitChoiceArg reads --labeller and --model into a split choice', () => {
    expect(splitChoiceArg(undefined, undefined)).toEqual({ labeller: 'model' });
    expect(splitChoiceArg('rules', undefined)).toEqual({ labeller: 'rules' });
    expect(splitChoiceArg(undefined, 'data/models/split-lines.json')).toEqual({ labeller: 'model', model: resolve('data/models/split-lines.json') });
    expect(splitChoiceArg('model', undefined)).toEqual({ labeller: 'model' });
    expect(splitChoiceArg('model', 'data/models/split-lines.json')).toEqual({ labeller: 'model', model: resolve('data/models/split-lines.json') });
  });

  it('splitChoiceArg refuses another labeller, a missing model file, or --model with --labeller rules', () => {
    expect(() => splitChoiceArg('crf', undefined)).toThrow("--labeller takes rules or model, not 'crf'");
    expect(() => splitChoiceArg('model', 'no/such/model.json')).toThrow('no such file: no/such/model.json');
    expect(() => splitChoiceArg('rules', 'data/models/split-lines.json')).toThrow('--model is for the trained labeller, not --labeller rules');
  });

  it('splitOptionsOrReport loads the model, or prints one line and gives null for a file that is no model', () => {
    expect(splitOptionsOrReport('split', { labeller: 'rules' })).toEqual({});
    expect(splitOptionsOrReport('split', { labeller: 'model' })?.model).toBe(loadSplitModel());
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(splitOptionsOrReport('analyze', { labeller: 'model', model: resolve('package.json') }, 'package.json')).toBeNull();
    expect(err.mock.calls[0][0]).toMatch(/^khitab analyze: cannot read the model package\.json: not a khitab-split-lines\/1 model file/);
  });
});
