/**
 * Page metadata from a saved page's head: `<title>`, Open Graph, `article:published_time`,
 * `<link rel=canonical>`, `<html lang>` and JSON-LD; and its mapping to a {@link PageMeta} row.
 */
import type { PageMeta } from '../types';
import { collapseWhitespace, type HtmlDocument } from './dom';
import { findJsonLdArticle, type JsonLdArticle } from './jsonLd';

/** Metadata found in a saved page. Every field is null when the page does not give it. */
export interface HtmlMeta {
  /** `<title>` text. */
  title: string | null;
  /** `og:title`. */
  ogTitle: string | null;
  /** `og:site_name`. */
  siteName: string | null;
  /** `og:url`. */
  ogUrl: string | null;
  /** `<link rel="canonical">` href. */
  canonical: string | null;
  /** `article:published_time` (or `og:published_time`, `datePublished` meta) as written. */
  publishedTime: string | null;
  /** `<html lang>` (or `content-language`, `og:locale`), as a BCP 47 tag. */
  language: string | null;
  /** The JSON-LD article record, or null. */
  jsonLd: JsonLdArticle | null;
}

/** Reads a `<meta>` content by `property` or `name`. */
function metaContent(doc: HtmlDocument, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"]`) ?? doc.querySelector(`meta[name="${key}"]`) ?? doc.querySelector(`meta[itemprop="${key}"]`);
  const v = el?.getAttribute('content');
  return v && v.trim() ? collapseWhitespace(v) : null;
}

/**
 * Reads the metadata of a parsed page.
 * @example extractHtmlMeta(parseHtmlDocument('<html lang="ar"><head><meta property="og:site_name" content="عرب 48"></head></html>'))
 * // { title: null, ogTitle: null, siteName: 'عرب 48', ogUrl: null, canonical: null, publishedTime: null, language: 'ar', jsonLd: null }
 */
export function extractHtmlMeta(doc: HtmlDocument): HtmlMeta {
  const titleEl = doc.querySelector('head title') ?? doc.querySelector('title');
  const title = titleEl ? collapseWhitespace(titleEl.textContent ?? '') || null : null;
  const canonicalHref = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const lang = doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang') ?? null;
  const locale = metaContent(doc, 'og:locale');
  const contentLanguage = doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ?? null;
  const language = [lang, contentLanguage, locale ? locale.replace('_', '-') : null]
    .map((v) => (v ?? '').trim()).find((v) => /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(v)) ?? null;
  return {
    title,
    ogTitle: metaContent(doc, 'og:title'),
    siteName: metaContent(doc, 'og:site_name'),
    ogUrl: metaContent(doc, 'og:url'),
    canonical: canonicalHref && canonicalHref.trim() ? canonicalHref.trim() : null,
    publishedTime: metaContent(doc, 'article:published_time') ?? metaContent(doc, 'og:published_time') ?? metaContent(doc, 'datePublished'),
    language,
    jsonLd: findJsonLdArticle(doc),
  };
}

/**
 * Cuts a timestamp to the date forms PageMeta accepts (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), keeping the
 * date as written (the publisher's local date; no time-zone conversion). Null when it is not a date.
 * @example toMetaDate('2023-04-25T23:30:00+03:00') // '2023-04-25'
 */
export function toMetaDate(value: string | null): string | null {
  if (!value) return null;
  const m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return null;
  return [m[1], m[2], m[3]].filter(Boolean).join('-');
}

/**
 * Maps page metadata to a metadata row. `outlet` stays null (the outlet detector maps domains
 * later); site and publisher names, the author and where each value came from go to `notes`.
 * @example htmlMetaToPageMeta(meta, { id: 'p1', file: 'p1.html' }).published // '2023-04-25'
 */
export function htmlMetaToPageMeta(meta: HtmlMeta, where: { id: string; file: string }): PageMeta {
  const notes: string[] = [];
  const ld = meta.jsonLd;
  let url: string | null = null;
  if (meta.canonical) { url = meta.canonical; notes.push('url: <link rel=canonical>'); }
  else if (meta.ogUrl) { url = meta.ogUrl; notes.push('url: og:url'); }
  else if (ld?.url) { url = ld.url; notes.push('url: JSON-LD'); }
  let published: string | null = null;
  if (toMetaDate(meta.publishedTime)) { published = toMetaDate(meta.publishedTime); notes.push(`published: article:published_time ${meta.publishedTime}`); }
  else if (toMetaDate(ld?.datePublished ?? null)) { published = toMetaDate(ld!.datePublished); notes.push(`published: JSON-LD datePublished ${ld!.datePublished}`); }
  if (meta.language) notes.push('language: <html lang>, content-language or og:locale');
  if (meta.siteName) notes.push(`site name: «${meta.siteName}»`);
  if (ld?.publisher) notes.push(`publisher: «${ld.publisher}»`);
  if (ld?.author) notes.push(`author: «${ld.author}»`);
  return {
    id: where.id,
    file: where.file,
    outlet: null,
    url,
    published,
    crawled: null,
    language: meta.language,
    notes: notes.length ? `from HTML: ${notes.join('; ')}` : null,
  };
}
