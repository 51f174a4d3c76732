/**
 * WordPress comment markup (core themes, Jannah, Newspaper…): `ol.commentlist`/`ol.comment-list`
 * of `li.comment` items (replies nested in `ul.children`).
 */
import type { CommentMarkup } from './types';

/**
 * Selectors of WordPress comment lists.
 * @example WORDPRESS_MARKUP.item // 'li.comment'
 */
export const WORDPRESS_MARKUP: CommentMarkup = {
  system: 'wordpress',
  container: 'ol.commentlist, ol.comment-list, ul.commentlist, ul.comment-list',
  item: 'li.comment',
  author: '.comment-author .fn, .comment-author cite, .comment-author',
  time: '.comment-metadata time[datetime], .comment-meta time[datetime], .comment-metadata time, .comment-meta time, .comment-metadata a, .comment-meta a',
  body: '.comment-content, .comment-text, .comment-body > p',
};
