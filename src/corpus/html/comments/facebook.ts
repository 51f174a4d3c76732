/**
 * Facebook comments plugin markup as saved pages keep it inside `.fb-comments` (legacy `UFI`
 * classes, obfuscated `_3-8y` item class, or `data-testid="UFI2Comment/…"`).
 */
import type { CommentMarkup } from './types';

/**
 * Selectors of an embedded Facebook comments plugin.
 * @example FACEBOOK_MARKUP.time // 'abbr.livetimestamp, .UFISutroCommentTimestamp, abbr[data-utime]'
 */
export const FACEBOOK_MARKUP: CommentMarkup = {
  system: 'facebook',
  container: '.fb-comments, .fb_comments, [data-testid="UFI2CommentsList"]',
  item: '.UFIComment, ._3-8y, [data-testid="UFI2Comment/root_depth_0"], [data-testid="UFI2Comment/root_depth_1"]',
  author: '.UFICommentActorName, [data-testid="UFI2Comment/actorName"], ._6qw4',
  time: 'abbr.livetimestamp, .UFISutroCommentTimestamp, abbr[data-utime]',
  body: '.UFICommentBody, [data-testid="UFI2Comment/body"], ._3-8m',
};
