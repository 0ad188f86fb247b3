import { describe, expect, it } from 'vitest';
import { importOne, texts } from './import-fixture.js';

// Invented copy in the shape of Lusa's NewsML 1: the text in a ContentItem whose MediaType is HTML, a CDATA of
// <P> paragraphs closed by the writer's and editor's initials and the agency's end mark, the file in ISO-8859-1.
const LUSA_STYLE = `<?xml version="1.0" encoding="ISO-8859-1"?>
<NewsML>
  <NewsEnvelope><DateAndTime>20240305T091500</DateAndTime><Priority FormalName="3" /></NewsEnvelope>
  <NewsItem>
    <Identification><NewsIdentifier><ProviderId>lusa.pt</ProviderId><DateId>20240305</DateId><NewsItemId>1234</NewsItemId><RevisionId>1</RevisionId></NewsIdentifier></Identification>
    <NewsManagement><NewsItemType FormalName="News" /><FirstCreated>20240305T091500</FirstCreated><Status FormalName="Usable" /></NewsManagement>
    <NewsComponent>
      <NewsLines>
        <HeadLine><![CDATA[Comboio volta a ligar Évora a Lisboa]]></HeadLine>
        <ByLine>Rui Sousa</ByLine>
      </NewsLines>
      <AdministrativeMetadata><Source><Party FormalName="Lusa" /></Source></AdministrativeMetadata>
      <DescriptiveMetadata><Language FormalName="PT" /></DescriptiveMetadata>
      <ContentItem>
        <MediaType FormalName="HTML" />
        <DataContent><![CDATA[<P>Évora, 05 mar 2024 (Lusa) -- A ligação ferroviária entre Évora e Lisboa reabre hoje.</P>
<P></P>
<P>A obra custou 30 milhões de euros.</P>
<P></P>
<P>RS // JP</P>
<P>Lusa/Fim</P>]]></DataContent>
      </ContentItem>
    </NewsComponent>
  </NewsItem>
</NewsML>`;

describe('NewsML 1 text sent as HTML', () => {
  it('reads a ContentItem of MediaType HTML as the story, without the initials and the end mark', () => {
    const a = importOne('lusa.xml', Buffer.from(LUSA_STYLE, 'latin1'));
    expect(a.headline).toBe('Comboio volta a ligar Évora a Lisboa');
    expect(texts(a)).toEqual(['A ligação ferroviária entre Évora e Lisboa reabre hoje.', 'A obra custou 30 milhões de euros.']);
    expect(a.dateline.place).toBe('Évora');
    expect(a.byline).toBe('Rui Sousa');
  });
});
