import { ARTICLE_STATUSES, type ArticleStatus } from '../../../electron/domain/article';

/** How each status reads on the desk. */
export const STATUS_LABELS: Readonly<Record<ArticleStatus, string>> = {
  new: 'new',
  'in-review': 'in review',
  ready: 'ready',
  exported: 'exported',
  spiked: 'spiked',
};

export { ARTICLE_STATUSES };
export type { ArticleStatus };
