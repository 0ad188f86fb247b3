import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../../electron/ingest/detect.js';
import { refusal } from './import-fixture.js';

describe('detectFormat: from the content, never the name', () => {
  it.each([
    ['<?xml version="1.0"?>\n<!-- note -->\n<nitf><head/></nitf>', 'nitf'],
    ['<x:nitf xmlns:x="urn:nitf"/>', 'nitf'],
    ['<?xml version="1.0"?><!DOCTYPE NewsML SYSTEM "x.dtd"><NewsML Version="1.2"/>', 'newsml-1'],
    ['<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"/>', 'newsml-g2'],
    ['<newsItem guid="a"/>', 'newsml-g2'],
    ['{"uri": "a", "headlines": []}', 'ninjs'],
    ['[{"uri": "a", "headline": "x"}]', 'ninjs'],
    ['<rss version="2.0"><channel/></rss>', 'feed'],
    ['<feed xmlns="http://www.w3.org/2005/Atom"/>', 'feed'],
    ['<rdf:RDF xmlns:rdf="x"/>', 'feed'],
    ['<!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
    ['\u0016\u0016\u0001a0123 r i BC-X 0100\u0002Text\u0003', 'anpa-1312'],
    ['ZCZC\nTI#Headline\n', 'iptc-7901'],
    ['From: a@b.c\nSubject: Hello\n\nBody', 'email'],
    ['PARIS, July 23 (AFP) - The story.', 'plain-text'],
    ['From the start, the plan: Subject to change.', 'plain-text'],
  ])('%s → %s', (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });

  it('names NewsML-G2 items that are not news', () => {
    expect(refusal('plan.xml', Buffer.from('<planningItem xmlns="http://iptc.org/std/nar/2006-10-01/"/>'))).toBe(
      'a NewsML-G2 planning item (coverage planned), which carries no story',
    );
  });
});
