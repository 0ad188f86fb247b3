/** The formats a story can be exported to. */
export const EXPORT_FORMATS = ['html', 'html-page', 'md', 'ninjs'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FORMAT_LABELS: Readonly<Record<ExportFormat, string>> = {
  html: 'HTML fragment',
  'html-page': 'HTML page',
  md: 'Markdown + YAML front matter',
  ninjs: 'ninjs 2.1 JSON',
};
