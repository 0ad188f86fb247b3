/** The formats a story can be exported to. */
export const EXPORT_FORMATS = [
  'html', 'html-page', 'md', 'md-hugo', 'md-jekyll', 'md-astro', 'text', 'ninjs', 'ninjs3', 'nitf', 'newsml-g2', 'wxr',
  'jsonfeed',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FORMAT_LABELS: Readonly<Record<ExportFormat, string>> = {
  html: 'HTML fragment',
  'html-page': 'HTML page (meta tags + JSON-LD)',
  md: 'Markdown + YAML front matter',
  'md-hugo': 'Markdown for Hugo',
  'md-jekyll': 'Markdown for Jekyll',
  'md-astro': 'Markdown for Astro',
  text: 'Plain text',
  ninjs: 'ninjs 2.1 JSON',
  ninjs3: 'ninjs 3.1 JSON',
  nitf: 'NITF 3.6 XML',
  'newsml-g2': 'NewsML-G2 2.35 newsItem',
  wxr: 'WordPress WXR 1.2',
  jsonfeed: 'JSON Feed 1.1',
};

/** Formats that hold a whole batch in one file (a WordPress import, a feed): one file per export, not per story. */
export const BATCH_FORMATS: readonly ExportFormat[] = ['wxr', 'jsonfeed'];

export function isBatchFormat(format: ExportFormat): boolean {
  return BATCH_FORMATS.includes(format);
}

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}
