#!/usr/bin/env python3
"""The Python reference pipeline of `khitab bench` (issue 21): what a researcher would write
instead of khitab to count lexicon terms per outlet, on one core.

Regular-expression normalization and tokenizing, a dict lookup of the lexicon's words and
phrases (after stripping the clitics khitab strips), pandas to count per outlet and category,
one CSV out. The terms come from the JSON that khitab exports from its own lexicon
(`khitab bench --export-terms FILE`), so both sides look up the same words. It does NOT split
pages into body and comments, resolve overlaps, negation, quotation or sense guards, and it
writes one table, not khitab's nine: it is a yardstick for speed, not a second implementation.

Input: a folder of text files (read recursively; the outlet is the first outlet cue found in
the text) or of JSON-lines files (`*.jsonl`, records {id, outlet?, text}).
Output: CSV with outlet, category, hits, pages, tokens, hits_per_1000_tokens.
Last line on stdout: REFERENCE {"pages", "bytes", "hits", "seconds", "cpuSeconds", "maxRssMb"}
(seconds and CPU seconds from reading the first file to the CSV written; imports not counted).

usage: reference.py CORPUS_DIR --terms TERMS.json --out COUNTS.csv
Needs pandas (Debian: python3-pandas).
"""
import argparse
import json
import os
import re
import resource
import sys
import time
from collections import Counter

import pandas as pd

MARKS = re.compile('[\u064b-\u0652\u0670\u0640]')
FOLD = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه'})
TOKEN = re.compile(r'#[\w\u0621-\u064a]+|[\u0621-\u064a]+')
MIN_STEM = 2


def normalize(text):
    """Removes diacritics and tatweel, folds alef forms, alef maqsura and taa marbuta."""
    return MARKS.sub('', text).translate(FOLD)


class Matcher:
    """Dict lookup of the exported terms, indexed by their first word."""

    def __init__(self, terms):
        self.conjunctions = terms['conjunctions']
        self.particles = terms['particles']
        self.suffixes = terms['suffixes']
        self.first = {}
        for t in terms['terms']:
            self.first.setdefault(t['words'][0], []).append(t)
        self.cache = {}
        self.starts_cache = {}

    def readings(self, tok):
        """(stem, had_article, had_suffix) readings of a token: [و|ف]? [ب|ك|ل|س]? [ال]? stem [suffix]?"""
        r = self.cache.get(tok)
        if r is not None:
            return r
        pre = [(tok, False)]
        for c in [''] + [c for c in self.conjunctions if tok.startswith(c)]:
            r1 = tok[len(c):]
            if c:
                pre.append((r1, False))
            if r1.startswith('ال'):
                pre.append((r1[2:], True))
            if r1.startswith('لل'):
                pre.append((r1[2:], True))
            for p in self.particles:
                if r1.startswith(p):
                    pre.append((r1[1:], False))
                    if p != 'س' and r1[1:].startswith('ال'):
                        pre.append((r1[3:], True))
        r = set()
        for stem, art in pre:
            if len(stem) < MIN_STEM:
                continue
            r.add((stem, art, False))
            for s in self.suffixes:
                if stem.endswith(s) and len(stem) - len(s) >= MIN_STEM:
                    base = stem[:-len(s)]
                    if s in ('تين', 'تان', 'ات'):  # dual and plural of a noun in ة: مصالحات -> مصالحه
                        r.add((base + 'ه', art, True))
                    if s not in ('تين', 'تان'):
                        r.add((base, art, True))
                    if base.endswith('ت') and s != 'ات':  # ة written ت before a pronoun: مصالحتها
                        r.add((base[:-1] + 'ه', art, True))
        r = list(r)
        self.cache[tok] = r
        return r

    def word_ok(self, tok, word, article, last, suffixes):
        for stem, art, suf in self.readings(tok):
            if stem == word and (art or not article) and (not suf or (last and suffixes)):
                return True
        return False

    def starts(self, tok):
        """The terms whose first word a token can be (memoized: most tokens start none)."""
        r = self.starts_cache.get(tok)
        if r is None:
            r = []
            for stem, art, suf in self.readings(tok):
                for t in self.first.get(stem, ()):
                    if not (t['article'][0] and not art) and not (suf and not (len(t['words']) == 1 and t['suffixes'])):
                        r.append(t)
            self.starts_cache[tok] = r
        return r

    def count(self, tokens):
        """Counter of category -> hits (one hit per marker and start token)."""
        hits = Counter()
        n = len(tokens)
        for i, tok in enumerate(tokens):
            terms = self.starts(tok)
            if not terms:
                continue
            seen = set()
            for t in terms:
                words = t['words']
                k = len(words)
                if t['marker'] not in seen and i + k <= n and all(self.word_ok(tokens[i + j], words[j], t['article'][j], j == k - 1, t['suffixes']) for j in range(1, k)):
                    seen.add(t['marker'])
                    hits[t['category']] += 1
        return hits


def read_corpus(folder):
    """Yields (outlet or None, text, bytes) for every page of a folder, files in path order."""
    paths = []
    for root, _dirs, files in os.walk(folder):
        paths.extend(os.path.join(root, f) for f in files)
    for path in sorted(paths):
        if path.endswith('.jsonl'):
            with open(path, encoding='utf-8') as fh:
                for line in fh:
                    if line.strip():
                        rec = json.loads(line)
                        yield rec.get('outlet'), rec['text'], len(line.encode('utf-8'))
        elif path.endswith('.txt'):
            with open(path, 'rb') as fh:
                data = fh.read()
            yield None, data.decode('utf-8'), len(data)


def outlet_of_text(text, outlets):
    for o in outlets:
        for cue in o['cues']:
            if cue in text:
                return o['id']
    return None


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('corpus')
    ap.add_argument('--terms', required=True)
    ap.add_argument('--out', required=True)
    a = ap.parse_args(argv)
    with open(a.terms, encoding='utf-8') as fh:
        terms = json.load(fh)
    t0, c0 = time.perf_counter(), time.process_time()
    matcher = Matcher(terms)
    rows, pages, total_bytes = [], 0, 0
    for outlet, text, size in read_corpus(a.corpus):
        outlet = outlet or outlet_of_text(text, terms['outlets']) or '(unknown)'
        tokens = TOKEN.findall(normalize(text))
        pages += 1
        total_bytes += size
        rows.append((outlet, '(tokens)', len(tokens)))
        rows.extend((outlet, cat, n) for cat, n in matcher.count(tokens).items())
    df = pd.DataFrame(rows, columns=['outlet', 'category', 'n'])
    tokens = df[df.category == '(tokens)'].groupby('outlet').n.agg(pages='count', tokens='sum')
    hits = df[df.category != '(tokens)'].groupby(['outlet', 'category']).n.sum().rename('hits').reset_index()
    table = hits.join(tokens, on='outlet')
    table['hits_per_1000_tokens'] = (1000 * table.hits / table.tokens).round(3)
    table.sort_values(['outlet', 'category']).to_csv(a.out, index=False)
    report = {
        'pages': pages, 'bytes': total_bytes, 'hits': int(hits.hits.sum()),
        'seconds': time.perf_counter() - t0, 'cpuSeconds': time.process_time() - c0,
        'maxRssMb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    print('REFERENCE ' + json.dumps(report))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
