import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';

/**
 * Reads outlet display names from the outlet registry (data/outlets.yaml), tolerating its absence
 * and several shapes, so charts can show «Orient News» instead of `orient_news`.
 *
 * Accepted shapes: a list of outlets, `{outlets: [...]}`, or a map `{id: {...}}`; per outlet the
 * name is the first present of `displayName`, `name`, `nameEn`, `name_en`, `nameAr`, `name_ar`.
 * A missing or unreadable file gives `{}` (charts then show ids).
 * @param file Registry path. Default: `<repo>/data/outlets.yaml`.
 * @example loadOutletNames() // { orient_news: 'Orient News', al_bawsala: 'Al-Bawsala', … }
 */
export function loadOutletNames(file: string = path.resolve(__dirname, '../../data/outlets.yaml')): Record<string, string> {
  let doc: unknown;
  try {
    doc = parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
  return outletNamesOf(doc);
}

const NAME_FIELDS = ['displayName', 'display_name', 'name', 'nameEn', 'name_en', 'nameAr', 'name_ar'];

/**
 * Outlet id → display name from a parsed registry document (see `loadOutletNames` for shapes).
 * @example outletNamesOf([{id: 'arab48', name: 'Arab48'}]) // { arab48: 'Arab48' }
 */
export function outletNamesOf(doc: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const nameOf = (o: Record<string, unknown>): string | null => {
    for (const f of NAME_FIELDS) {
      const v = o[f];
      if (typeof v === 'string' && v.trim() !== '') return v.trim();
    }
    return null;
  };
  let list: unknown = doc;
  if (isObj(doc) && Array.isArray(doc.outlets)) list = doc.outlets;
  else if (isObj(doc) && isObj(doc.outlets)) list = doc.outlets;
  if (Array.isArray(list)) {
    for (const o of list) {
      if (!isObj(o) || typeof o.id !== 'string') continue;
      const name = nameOf(o);
      if (name) out[o.id] = name;
    }
  } else if (isObj(list)) {
    for (const [id, o] of Object.entries(list)) {
      if (typeof o === 'string') out[id] = o;
      else if (isObj(o)) {
        const name = nameOf(o);
        if (name) out[id] = name;
      }
    }
  }
  return out;
}
