/**
 * NTB Info's press-release XML (issue 12: a format not read at all, refused as "not a news item"), on a fixture typed
 * in its shape. Expectations from the copy and the fields the file's own comments define: the title is the headline,
 * the lead text opens the story, the body's twice-encoded HTML reads as words, the issuer's boilerplate closes it,
 * the issuer is the credit through NTB Info, the publication time is Norwegian time (CET in November).
 */
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../../electron/ingest/detect.js';
import { fixture, importOne, texts } from './import-fixture.js';

describe('NTB Info release XML', () => {
  it('reads title, lead, body, boilerplate, issuer, language and time', () => {
    const a = importOne('ntb-release.xml');
    expect(a.original.format).toBe('ntb-release-xml');
    expect(a.headline).toBe('Ny elektrisk ferje over fjorden');
    expect(texts(a)).toEqual([
      'Kystferjer AS har kjøpt en ny elektrisk ferje til sambandet over fjorden.',
      '– Dette er en god dag for kysten, sier direktør Kari Nilsen.',
      'Ferja skal gå i rute fra mars neste år.',
      'Kystferjer AS driver ti ferjesamband langs kysten.',
    ]);
    expect(a.source).toMatchObject({ name: 'NTB Info', credit: 'Kystferjer AS' });
    expect(a.language).toBe('no');
    expect(a.created).toBe('2019-11-14T09:30:00+01:00');
    expect(a.subjects.filter((s) => !s.suggested).map((s) => s.name)).toEqual(['Samferdsel']);
    expect(a.ednote).toBe('Pressemelding');
  });

  it('is told from another XML document with a <release> root by its fields', () => {
    expect(detectFormat(fixture('ntb-release.xml').toString('utf8'))).toBe('ntb-release-xml');
    expect(detectFormat('<?xml version="1.0"?><release version="2"><artifact>app.zip</artifact></release>')).not.toBe('ntb-release-xml');
  });
});
