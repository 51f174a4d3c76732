import { describe, expect, it } from 'vitest';
import { findJsonLdArticle } from '../../../src/corpus/html/jsonLd';
import { parseHtmlDocument } from '../../../src/corpus/html/dom';

describe('findJsonLdArticle', () => {
  it('reads an article out of arrays nested 100,000 deep (no recursion), authors in order', () => {
    const deep = `${'['.repeat(100_000)}{"@type":"NewsArticle","headline":"عنوان","author":[[{"name":"أحمد"}],"سارة"]}${']'.repeat(100_000)}`;
    const doc = parseHtmlDocument(`<script type="application/ld+json">${deep}</script>`);
    expect(findJsonLdArticle(doc)).toMatchObject({ type: 'NewsArticle', headline: 'عنوان', author: 'أحمد، سارة' });
  });

  it('finds an article inside @graph after the objects before it', () => {
    const doc = parseHtmlDocument('<script type="application/ld+json">[{"@type":"WebSite","@graph":[{"@type":"Article","headline":"أ"}]},{"@type":"NewsArticle","headline":"ب"}]</script>');
    expect(findJsonLdArticle(doc)?.headline).toBe('أ');
  });
});
