/**
 * Articles for the export tests. The story text is written for these tests; the agency is fictional.
 * `hostileStory` carries markup, entities, quotes, Markdown syntax and control characters in every text field.
 */
import { EMPTY_DESK_FIELDS, EMPTY_WIRE_FIELDS, type Article } from '../../../electron/domain/article.js';

const STORY_ID = '3f2a9c1e-7b4d-4e8a-9c21-5d6f0a1b2c3d';

export const story: Article = {
  ...EMPTY_WIRE_FIELDS,
  ...EMPTY_DESK_FIELDS,
  id: STORY_ID,
  revision: 4,
  createdAt: '2025-03-04T09:12:00.000Z',
  updatedAt: '2025-03-04T10:45:30.000Z',
  importedAt: '2025-03-04T09:12:00.000Z',
  status: 'ready',
  headline: 'Northern port reopens to cargo ships after storm repairs',
  slugline: 'PORT-REOPENS',
  byline: 'By Lina Haddad',
  abstract: 'Cargo traffic resumes at the northern port two weeks after a storm damaged its quays.',
  dateline: {
    text: 'SALALAH, March 4 (CWA) —',
    place: 'SALALAH',
    date: '2025-03-04',
    yearInferred: false,
    agency: 'CWA',
  },
  source: { name: 'Coastal Wire Agency', code: 'CWA', credit: 'Coastal Wire Agency' },
  language: 'en',
  keywords: ['ports', 'shipping', 'weather'],
  paragraphs: [
    { id: 'p0', text: 'The northern port reopened to cargo ships on Tuesday, two weeks after a storm tore through its outer quays.' },
    { id: 'p1', text: 'Harbour engineers finished rebuilding the damaged berths overnight, the transport ministry said.' },
    { id: 'p2', text: 'Three container vessels waiting offshore were cleared to dock before noon.' },
  ],
  original: {
    fileName: 'cwa-port-reopens.txt',
    format: 'plain-text',
    encoding: 'utf-8',
    sha256: 'c0ffee00'.repeat(8),
    size: 512,
    text: 'SALALAH, March 4 - The northern port reopened to cargo ships on Tuesday...',
  },
  changes: [],
  edited: [],
  exports: [],
};

export function withChanges(changes: Partial<Article>): Article {
  return { ...story, ...changes };
}

export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '<img src=x onerror=alert(1)>';

export const hostileStory: Article = withChanges({
  id: 'BAD/../ID:"<x>"-0001',
  headline: `Ministers ${SCRIPT} & "friends" meet at O'Brien's`,
  slugline: '',
  byline: 'By "Sam" <b>Bold</b> & Co',
  abstract: `Line one\nline two\ttabbed \u0007bell ${IMG} \\ backslash`,
  dateline: {
    text: 'GAZA <i>CITY</i>, March 4 (CWA) —',
    place: 'GAZA <i>CITY</i>',
    date: '2025-03-04',
    yearInferred: true,
    agency: 'CWA',
  },
  source: { name: 'Agency "X" & <Co>', code: '<X>', credit: `Credit ${SCRIPT}` },
  keywords: ['a "quoted" word', 'back\\slash', 'yes', '', 'yes'],
  paragraphs: [
    { id: 'p0', text: `Opening ${SCRIPT} with ${IMG} & friends.` },
    { id: 'p1', text: '# not a heading' },
    { id: 'p2', text: '- not a list item' },
    { id: 'p3', text: '1. not an ordered item' },
    { id: 'p4', text: '> not a quote' },
    { id: 'p5', text: '*not emphasis* and [a link](javascript:alert(1)) and `code`' },
    { id: 'p6', text: '<div onmouseover="alert(1)">raw html</div> &amp; entity' },
    { id: 'p7', text: 'Title line\n===' },
    { id: 'p8', text: '    indented four spaces' },
  ],
});

export const arabicStory: Article = withChanges({
  id: '9b1c2d3e-0000-4000-8000-000000000001',
  headline: 'إعادة فتح الميناء الشمالي أمام سفن الشحن',
  slugline: '',
  byline: '',
  abstract: 'استئناف حركة الشحن في الميناء الشمالي بعد أسبوعين من العاصفة.',
  dateline: {
    text: 'صلالة، 4 مارس (وكالة الساحل) —',
    place: 'صلالة',
    date: '2025-03-04',
    yearInferred: false,
    agency: 'وكالة الساحل',
  },
  source: { name: 'وكالة الساحل للأنباء', code: null, credit: 'وكالة الساحل للأنباء' },
  language: 'ar',
  keywords: ['موانئ'],
  paragraphs: [
    { id: 'p0', text: 'أعلنت وزارة النقل اليوم إعادة فتح الميناء الشمالي أمام سفن الشحن بعد أسبوعين من الإغلاق.' },
    { id: 'p1', text: 'وقال متحدث باسم الوزارة إن الفرق الفنية أنهت إصلاح الأرصفة المتضررة خلال الليل.' },
  ],
});

/** No dateline, no byline, no credit (so the source name is the credit), nothing optional. */
export const bareStory: Article = withChanges({
  slugline: '',
  headline: 'Café prices rise',
  byline: '',
  abstract: '',
  dateline: { text: '', place: '', date: null, yearInferred: false, agency: null },
  source: { name: 'Coastal Wire Agency', code: null, credit: '' },
  keywords: [],
  status: 'spiked',
});
