/**
 * NewsML 1.2 NewsLines as an agency's multimedia and correction feeds send them: an advisory NewsLine (a note to
 * the desk, never copy) and a DateLine giving the town, its country in brackets and the agency. Fixture typed
 * here, words invented.
 */
import { describe, expect, it } from 'vitest';
import { importOne, texts } from './import-fixture.js';

const item = (lines: string): Uint8Array => new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>
<NewsML Version="1.2">
<NewsEnvelope><DateAndTime>20260410T081500Z</DateAndTime><Priority FormalName="4"/></NewsEnvelope>
<NewsItem>
<Identification><NewsIdentifier><ProviderId>wire.example.test</ProviderId><DateId>20260410</DateId><NewsItemId>QX-Ferry</NewsItemId><RevisionId PreviousRevision="0" Update="N">1</RevisionId></NewsIdentifier></Identification>
<NewsManagement><NewsItemType FormalName="News"/><FirstCreated>20260410T081500Z</FirstCreated><Status FormalName="Usable"/></NewsManagement>
<NewsComponent>
<NewsLines><HeadLine>Ferry service resumes after storm</HeadLine>${lines}</NewsLines>
<DescriptiveMetadata><Language FormalName="en"/></DescriptiveMetadata>
<NewsComponent><ContentItem><MediaType FormalName="Text"/><DataContent><nitf><body><body.content>
<p>The island ferry sailed again on Friday after three days in port.</p>
<p>The operator said timetables would be normal by Sunday.</p>
</body.content></body></nitf></DataContent></ContentItem></NewsComponent>
</NewsComponent>
</NewsItem>
</NewsML>`);

describe('NewsML 1.2 NewsLines', () => {
  it('takes an advisory NewsLine as the editorial note, not as copy', () => {
    const a = importOne('ferry.xml', item(
      '<NewsLine><NewsLineType FormalName="AdvisoryLine"/><NewsLineText xml:lang="en">CORRECTS day in para 2</NewsLineText></NewsLine>' +
        '<NewsLine><NewsLineType FormalName="ProductLine"/><NewsLineText xml:lang="en">Coastal digest</NewsLineText></NewsLine>',
    ));
    expect(a.ednote).toBe('CORRECTS day in para 2');
    expect(texts(a).join('\n')).not.toContain('CORRECTS');
  });

  it('reads a DateLine of town, country in brackets and agency in brackets, in any script', () => {
    const latin = importOne('ferry.xml', item('<DateLine>Kirkwall (Scotland) (QXA)</DateLine>'));
    expect(latin.dateline).toMatchObject({ place: 'Kirkwall', region: 'Scotland' });
    const arabic = importOne('ferry.xml', item('<DateLine>صور (لبنان) (و ك)</DateLine>'));
    expect(arabic.dateline).toMatchObject({ place: 'صور', region: 'لبنان' });
  });
});
