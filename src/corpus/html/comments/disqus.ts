/**
 * Disqus comment markup as "save page complete" tools keep it inside `#disqus_thread`
 * (`li.post` items with `.post-byline .author`, `.post-meta time`/`.time-ago`, `.post-message`).
 */
import type { CommentMarkup } from './types';

/**
 * Selectors of an embedded Disqus thread.
 * @example DISQUS_MARKUP.body // '.post-message'
 */
export const DISQUS_MARKUP: CommentMarkup = {
  system: 'disqus',
  container: '#disqus_thread',
  item: '.post',
  author: '.post-byline .author, .author',
  time: '.post-meta time, .post-meta .time-ago, .time-ago',
  body: '.post-message',
};
