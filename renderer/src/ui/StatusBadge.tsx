import { STATUS_LABELS, type ArticleStatus } from './status-labels';

export function StatusBadge({ status }: { readonly status: ArticleStatus }) {
  return <span className={`badge badge-${status}`}>{STATUS_LABELS[status]}</span>;
}
