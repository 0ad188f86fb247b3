/**
 * NITF 3.6 (IPTC News Industry Text Format), in the namespace of the 3.6 XML Schema
 * (http://iptc.org/std/NITF/2006-10-18/) so that it validates against nitf-3-6.xsd. The credit travels in
 * `body.end/tagline` and `body.head/distributor`, the source code in `doc-id/@regsrc`, subject codes in
 * `tobject.subject/@tobject.subject.refnum`, keywords in `key-list`, the embargo in `date.release`.
 */
import type { Article } from '../../domain/article.js';
import { articleGuid, isoDateTime, renderOptions, storyDateTime, type RenderOptions } from '../export-options.js';
import {
  bodyParagraphs, creditLine, languageTag, printedByline, printedCredit, printedDateline, printedKeywords,
} from '../house-style.js';
import { confirmedSubjects, subjectLabel, subjectQcode } from '../subject-codes.js';
import { xmlAttr, xmlText } from '../xml.js';

export const NITF_NAMESPACE = 'http://iptc.org/std/NITF/2006-10-18/';

/** NITF's `norm` dates: ISO 8601 basic format, e.g. 20250304T104530Z. */
export function nitfDate(iso: string): string {
  return iso.replace(/\.\d+/, '').replace(/[-:]/g, '');
}

function docdata(article: Article, options: RenderOptions): string[] {
  const source = article.source.code?.trim() || article.source.name.trim();
  const release = isoDateTime(article.embargo);
  const keywords = printedKeywords(article);
  const note = article.ednote.trim();
  return [
    '<docdata>',
    `<doc-id id-string="${xmlAttr(articleGuid(article))}"${source === '' ? '' : ` regsrc="${xmlAttr(source)}"`}/>`,
    ...(article.urgency === null ? [] : [`<urgency ed-urg="${Math.min(9, Math.max(1, article.urgency))}"/>`]),
    `<date.issue norm="${nitfDate(storyDateTime(article))}"/>`,
    ...(release === undefined ? [] : [`<date.release norm="${nitfDate(release)}"/>`]),
    ...(note === '' ? [] : [`<ed-msg info="${xmlAttr(note)}"/>`]),
    `<du-key version="${options.version}" key="${xmlAttr(articleGuid(article))}"/>`,
    ...(article.source.name.trim() === '' ? [] : [`<doc.copyright holder="${xmlAttr(article.source.name.trim())}"/>`]),
    ...(keywords.length === 0 ? [] : ['<key-list>', ...keywords.map((k) => `<keyword key="${xmlAttr(k)}"/>`), '</key-list>']),
    '</docdata>',
  ];
}

function tobject(article: Article): string[] {
  const subjects = confirmedSubjects(article.subjects);
  const lines = subjects.map((s) => {
    const code = subjectQcode(s);
    return `<tobject.subject${code === null ? '' : ` tobject.subject.refnum="${xmlAttr(code)}"`} tobject.subject.matter="${xmlAttr(subjectLabel(s))}"/>`;
  });
  return lines.length === 0 ? [] : ['<tobject tobject.type="News">', ...lines, '</tobject>'];
}

/** `<body>` alone: NewsML-G2 carries it inline too. */
export function nitfBody(article: Article): string[] {
  const byline = printedByline(article);
  const dateline = printedDateline(article);
  const credit = printedCredit(article);
  const abstract = article.abstract.trim();
  const date = article.dateline.date;
  const paragraphs = bodyParagraphs(article);
  const tagline = creditLine(article);
  return [
    '<body>',
    '<body.head>',
    `<hedline><hl1>${xmlText(article.headline.trim())}</hl1></hedline>`,
    ...(byline === '' ? [] : [`<byline>${xmlText(byline)}</byline>`]),
    ...(credit === '' ? [] : [`<distributor>${xmlText(credit)}</distributor>`]),
    ...(dateline === ''
      ? []
      : [
          `<dateline>${xmlText(dateline)}${
            date === null ? '' : `<story.date norm="${date.replace(/-/g, '')}">${xmlText(date)}</story.date>`
          }</dateline>`,
        ]),
    ...(abstract === '' ? [] : [`<abstract><p>${xmlText(abstract)}</p></abstract>`]),
    '</body.head>',
    '<body.content>',
    ...paragraphs.map((p) => `<p>${xmlText(p)}</p>`),
    '</body.content>',
    ...(tagline === '' ? [] : ['<body.end>', `<tagline>${xmlText(tagline)}</tagline>`, '</body.end>']),
    '</body>',
  ];
}

export function renderNitf(article: Article, partial: Partial<RenderOptions> = {}): string {
  const options = renderOptions(partial);
  const lang = languageTag(article);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<nitf xmlns="${NITF_NAMESPACE}"${lang === null ? '' : ` xml:lang="${xmlAttr(lang)}"`}>`,
    '<head>',
    `<title>${xmlText(article.headline.trim())}</title>`,
    ...tobject(article),
    ...docdata(article, options),
    '</head>',
    ...nitfBody(article),
    '</nitf>',
    '',
  ].join('\n');
}
