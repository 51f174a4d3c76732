import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { choiceOfProvenance, splitOptionsOf, splitProvenance } from '../../src/split/splitChoice';
import { DEFAULT_SPLIT_MODEL, loadSplitModel } from '../../src/split/model/splitModel';

describe('splitChoice', () => {
  it('splitOptionsOf gives no options for the rules and the loaded model for model', () => {
    expect(splitOptionsOf(undefined)).toEqual({});
    expect(splitOptionsOf({ labeller: 'rules' })).toEqual({});
    const o = splitOptionsOf({ labeller: 'model' });
    expect(o.labeller).toBe('model');
    expect(o.model).toBe(loadSplitModel(DEFAULT_SPLIT_MODEL));
  });

  it('splitProvenance records the model file relative to the khitab folder, its SHA-256 and its training set', () => {
    expect(splitProvenance({ labeller: 'rules' })).toEqual({ labeller: 'rules', model: null, modelSha256: null, trainingSha256: null });
    const p = splitProvenance({ labeller: 'model' });
    expect(p.model).toBe('data/models/split-lines.json');
    expect(p.modelSha256).toBe(createHash('sha256').update(readFileSync(DEFAULT_SPLIT_MODEL)).digest('hex'));
    expect(p.trainingSha256).toBe(JSON.parse(readFileSync(DEFAULT_SPLIT_MODEL, 'utf8')).training.sha256);
  });

  it('choiceOfProvenance reads a recorded choice back to the same model file', () => {
    expect(choiceOfProvenance(null)).toEqual({ labeller: 'rules' });
    const back = choiceOfProvenance(splitProvenance({ labeller: 'model' }));
    expect(back).toEqual({ labeller: 'model', model: resolve(DEFAULT_SPLIT_MODEL) });
  });
});
