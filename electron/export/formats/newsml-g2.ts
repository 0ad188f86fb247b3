/**
 * NewsML-G2 2.35 newsItem (IPTC), valid against NewsML-G2_2.35-spec-All-Power.xsd. The guid stays the same across
 * re-exports and `@version` counts them (G2 §"Versioning": a new version of the same item). Subjects keep their
 * QCodes (`medtop:…`), the credit goes in `creditline`, the agency in `infoSource`, the dateline in `dateline`,
 * the embargo in `itemMeta/embargoed`; the body is NITF 3.6 inline, as in the IPTC guidelines' text example.
 */
import type { Article } from '../../domain/article.js';
import { articleGuid, isoDateTime, renderOptions, type RenderOptions } from '../export-options.js';
import {
  languageTag, printedByline, printedCredit, printedDateline, printedKeywords,
} from '../house-style.js';
import { confirmedSubjects, subjectLabel, subjectQcode } from '../subject-codes.js';
import { xmlAttr, xmlText } from '../xml.js';
import { NITF_NAMESPACE, nitfBody } from './nitf.js';

export const G2_NAMESPACE = 'http://iptc.org/std/nar/2006-10-01/';
const IPTC_CATALOG = 'http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml';

function itemMeta(article: Article, options: RenderOptions): string[] {
  const embargo = isoDateTime(article.embargo);
  const created = isoDateTime(article.created) ?? isoDateTime(article.createdAt);
  const note = article.ednote.trim();
  const pubstatus = article.status === 'spiked' ? 'withheld' : article.pubstatus;
  return [
    '<itemMeta>',
    '<itemClass qcode="ninat:text"/>',
    '<provider literal="copydesk"/>',
    `<versionCreated>${isoDateTime(article.updatedAt) ?? options.generatedAt}</versionCreated>`,
    ...(created === undefined ? [] : [`<firstCreated>${created}</firstCreated>`]),
    ...(embargo === undefined ? [] : [`<embargoed>${embargo}</embargoed>`]),
    `<pubStatus qcode="stat:${pubstatus}"/>`,
    '<generator versioninfo="1">Copydesk</generator>',
    ...(note === '' ? [] : [`<edNote>${xmlText(note)}</edNote>`]),
    '</itemMeta>',
  ];
}

function named(element: string, name: string, attrs = ''): string {
  return `<${element}${attrs}><name>${xmlText(name)}</name></${element}>`;
}

function contentMeta(article: Article): string[] {
  const place = article.dateline.place.trim();
  const sourceName = article.source.name.trim();
  const sourceCode = article.source.code?.trim() ?? '';
  const lang = languageTag(article);
  const dateline = printedDateline(article);
  const byline = printedByline(article);
  const credit = printedCredit(article);
  const abstract = article.abstract.trim();
  const slugline = article.slugline.trim();
  const urgency = article.urgency;
  return [
    '<contentMeta>',
    ...(urgency === null ? [] : [`<urgency>${Math.min(9, Math.max(1, urgency))}</urgency>`]),
    ...(isoDateTime(article.created) === undefined ? [] : [`<contentCreated>${isoDateTime(article.created)}</contentCreated>`]),
    ...(place === '' ? [] : [named('located', place)]),
    ...(sourceName === '' && sourceCode === ''
      ? []
      : [named('infoSource', sourceName || sourceCode, sourceCode === '' ? '' : ` literal="${xmlAttr(sourceCode)}"`)]),
    ...article.authors.filter((a) => a.name.trim() !== '').map((a) => named('creator', a.name.trim())),
    ...(lang === null ? [] : [`<language tag="${xmlAttr(lang)}"/>`]),
    ...printedKeywords(article).map((k) => `<keyword>${xmlText(k)}</keyword>`),
    ...confirmedSubjects(article.subjects).map((s) => {
      const qcode = subjectQcode(s);
      return named('subject', subjectLabel(s), qcode === null ? ` literal="${xmlAttr(subjectLabel(s))}"` : ` qcode="${xmlAttr(qcode)}"`);
    }),
    ...(slugline === '' ? [] : [`<slugline>${xmlText(slugline)}</slugline>`]),
    `<headline>${xmlText(article.headline.trim())}</headline>`,
    ...(dateline === '' ? [] : [`<dateline>${xmlText(dateline)}</dateline>`]),
    ...(byline === '' ? [] : [`<by>${xmlText(byline)}</by>`]),
    ...(credit === '' ? [] : [`<creditline>${xmlText(credit)}</creditline>`]),
    ...(abstract === '' ? [] : [`<description role="drol:summary">${xmlText(abstract)}</description>`]),
    '</contentMeta>',
  ];
}

export function renderNewsmlG2(article: Article, partial: Partial<RenderOptions> = {}): string {
  const options = renderOptions(partial);
  const lang = languageTag(article);
  const source = article.source.name.trim();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<newsItem xmlns="${G2_NAMESPACE}" guid="${xmlAttr(articleGuid(article))}" version="${options.version}"`
      + ` standard="NewsML-G2" standardversion="2.35" conformance="power"${lang === null ? '' : ` xml:lang="${xmlAttr(lang)}"`}>`,
    `<catalogRef href="${IPTC_CATALOG}"/>`,
    ...(source === '' ? [] : ['<rightsInfo>', named('copyrightHolder', source), '</rightsInfo>']),
    ...itemMeta(article, options),
    ...contentMeta(article),
    '<contentSet>',
    '<inlineXML contenttype="application/nitf+xml">',
    `<nitf xmlns="${NITF_NAMESPACE}">`,
    ...nitfBody(article),
    '</nitf>',
    '</inlineXML>',
    '</contentSet>',
    '</newsItem>',
    '',
  ].join('\n');
}
