/** Phone numbers and e-mail addresses the agency left in the body are found; figures in story text are not. */
import { describe, expect, it } from 'vitest';
import { contactDetails } from '../../../electron/enrich/contact-details.js';
import { compileGlossary, lintParagraphs } from '../../../electron/enrich/flags.js';

describe('contact details', () => {
  it.each([
    ['Editing by: Bill Heaney, +49 30 2852 31472, <international@dpa.com>', ['international@dpa.com', '+49 30 2852 31472']],
    ['Autor: Takis Tsafos (Athen), +30 6944 33 24 77, <tsafos.takis@dpa.com>', ['tsafos.takis@dpa.com', '+30 6944 33 24 77']],
    ['Kontakt: redaktionen 033 12 34 56 78', ['033 12 34 56 78']],
    ['For more, call the press office, tel. 2125551234.', ['2125551234']],
    ['Contact: 0044 20 7946 0958 or desk@agency.example', ['desk@agency.example', '0044 20 7946 0958']],
  ])('finds them in %s', (text, expected) => {
    expect(contactDetails(text).map((c) => c.text)).toEqual(expected);
  });

  it.each([
    'The budget rose to 12 500 000 euros in 2015 and 2016.',
    'Between 1990 and 2000, 1 234 567 people left the region.',
    'The vote was 52-48, on 09-12-18.',
    'Population: 83,200,000. GDP grew 2.5 per cent.',
    'Tag the post with @agency on social media.',
  ])('leaves story figures alone: %s', (text) => {
    expect(contactDetails(text)).toEqual([]);
  });

  it('flags them in the linter under their own kind, one flag each', () => {
    const flags = lintParagraphs(['Call the desk on +1 212 555 0100 or mail news@example.org.'], [], compileGlossary([]));
    const contacts = flags.filter((f) => f.kind === 'contact-details');
    expect(contacts.map((f) => f.text)).toEqual(['news@example.org', '+1 212 555 0100']);
    expect(contacts[0]?.reason).toContain('e-mail address');
  });
});
