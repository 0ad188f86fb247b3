/** The WXR checker CI runs (scripts/wxr-rules.ts): it passes Copydesk's output and names what would break an import. */
import { describe, expect, it } from 'vitest';
import { renderWxr } from '../../../electron/export/formats/wxr.js';
import { checkWxrRules } from '../../../scripts/wxr-rules.js';
import { arabicStory, hostileStory, story } from './fixture.js';

describe('checkWxrRules', () => {
  const good = renderWxr([story, hostileStory, arabicStory]);

  it('passes a Copydesk WXR batch, hostile and RTL stories included', () => {
    expect(checkWxrRules(good)).toEqual([]);
  });

  it('names a DOCTYPE, a missing version, an unknown author, a bad status and an undeclared tag', () => {
    const bad = good
      .replace('<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE rss>')
      .replace('<wp:wxr_version>1.2</wp:wxr_version>', '')
      .replace('<dc:creator><![CDATA[lina-haddad]]></dc:creator>', '<dc:creator><![CDATA[nobody]]></dc:creator>')
      .replace('<wp:status><![CDATA[draft]]></wp:status>', '<wp:status><![CDATA[auto-draft]]></wp:status>')
      .replace('<wp:tag_slug><![CDATA[ports]]></wp:tag_slug>', '<wp:tag_slug><![CDATA[harbours]]></wp:tag_slug>');
    expect(checkWxrRules(bad)).toEqual([
      "contains a DOCTYPE: the importer's SimpleXML parser rejects it",
      'missing/invalid wp:wxr_version ("This does not appear to be a WXR file")',
      'item 1: dc:creator "nobody" is not a declared wp:author_login',
      'item 1: wp:status "auto-draft" is not one the importer keeps',
      'item 1: tag "ports" is not declared in the channel',
    ]);
  });
});
