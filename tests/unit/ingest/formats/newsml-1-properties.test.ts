/**
 * NewsML 1.2 §Property in DescriptiveMetadata (issue 12: a news agency's `Keyword` and `Topic` properties were
 * dropped). A Property is a name and value pair: `Keyword` values are the item's keywords, `Topic` values the
 * agency's own topics, kept as subjects in its scheme. Fixture typed here, words invented.
 */
import { describe, expect, it } from 'vitest';
import { importOne } from './import-fixture.js';

const item = (props: string): Uint8Array => new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>
<NewsML>
<NewsEnvelope><DateAndTime>20260410T081500+0100</DateAndTime><Priority FormalName="3"/></NewsEnvelope>
<NewsItem>
<Identification><NewsIdentifier><ProviderId>wire.example.test</ProviderId><DateId>20260410</DateId><NewsItemId>QX-Lantern</NewsItemId><RevisionId PreviousRevision="0" Update="N">1</RevisionId></NewsIdentifier></Identification>
<NewsManagement><NewsItemType FormalName="News"/><FirstCreated>20260410T081500+0100</FirstCreated><Status FormalName="Usable"/></NewsManagement>
<NewsComponent>
<NewsLines><HeadLine>LANTERN PARADE RETURNS TO HOLWICK</HeadLine></NewsLines>
<DescriptiveMetadata>${props}</DescriptiveMetadata>
<NewsComponent><ContentItem><MediaType FormalName="Text"/><DataContent><nitf><body><body.content>
<p>The Holwick lantern parade returns on Friday after a two-year pause.</p>
</body.content></body></nitf></DataContent></ContentItem></NewsComponent>
</NewsComponent>
</NewsItem>
</NewsML>`);

describe('NewsML 1.2 DescriptiveMetadata properties', () => {
  it('reads Keyword properties as keywords and Topic properties as the agency\'s subjects', () => {
    const a = importOne('props.xml', item(`
<Property FormalName="Topic" Value="FESTIVALS"/>
<Property FormalName="Topic" Value="NORTHMARCH"/>
<Property FormalName="Keyword" Value="Lanterns"/>
<Property FormalName="Keyword" Value="Holwick"/>`));
    expect(a.headline).toBe('LANTERN PARADE RETURNS TO HOLWICK');
    expect(a.keywords).toEqual(['Lanterns', 'Holwick']);
    expect(a.subjects.filter((s) => !s.suggested)).toEqual([
      { code: 'FESTIVALS', scheme: 'agency-topic', name: 'FESTIVALS' },
      { code: 'NORTHMARCH', scheme: 'agency-topic', name: 'NORTHMARCH' },
    ]);
  });

  it('names a topic\'s scheme by the Property\'s Vocabulary, and leaves other properties alone', () => {
    const a = importOne('props-vocab.xml', item(`
<Property FormalName="Topic" Vocabulary="urn:wire.example.test:topics" Value="FESTIVALS"/>
<Property FormalName="Category" Value="QQQ"/>`));
    expect(a.subjects.filter((s) => !s.suggested)).toEqual([{ code: 'FESTIVALS', scheme: 'urn:wire.example.test:topics', name: 'FESTIVALS' }]);
    expect(a.keywords).toEqual([]);
  });
});
