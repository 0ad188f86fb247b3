/**
 * Who says what in real agency copy in ../shared, paragraph by paragraph, written by reading the copy (never by
 * copying what the tagger prints). `npm run accuracy -- speakers` scores the import path against it. Conventions:
 *   - a paragraph is found by a few words it holds (`has`), so that a change in how a format's paragraphs are split
 *     or its dateline is cleaned does not move an expectation to another paragraph;
 *   - speaker: the person or organisation the paragraph's words are attributed to, named as the story names them in
 *     full (several accepted forms where the copy uses them alike); null: the agency's own narration;
 *   - a paragraph whose attribution is not plain from the copy (two speakers, an unnamed group) is left out.
 */
export interface SpeakerExpectation {
  readonly file: string;
  readonly paragraphs: readonly { readonly has: string; readonly speaker: string | readonly string[] | null }[];
}

export const SPEAKER_EXPECTATIONS: readonly SpeakerExpectation[] = [
  {
    file: 'wire-samples/belga/dpa.txt',
    paragraphs: [
      { has: 'The decision to reverse Brexit', speaker: ['European Court of Justice', 'ECJ'] },
      { has: "I think it's irrelevant", speaker: 'Jeremy Hunt' },
      { has: 'I think people would be shocked', speaker: 'Jeremy Hunt' },
      { has: 'Smith said taking the case', speaker: 'Alyn Smith' },
      { has: 'A bright light has switched on', speaker: 'Alyn Smith' },
      { has: 'Joanna Cherry, an SNP member', speaker: 'Joanna Cherry' },
      { has: 'spokesman Tom Brake, who helped bring the case', speaker: 'Tom Brake' },
      { has: 'The petitioners, who initially brought the case', speaker: null },
      { has: 'Britain is due to leave the EU on March 29', speaker: null },
      { has: 'But the Luxembourg-based judges', speaker: null },
    ],
  },
  {
    file: 'wire-samples/ntb/afp.xml',
    paragraphs: [
      { has: 'Burkina Faso is banning imports', speaker: ['government', 'the government'] },
      { has: 'The decision comes after an inquiry', speaker: null },
      { has: 'Following this inquiry, we conducted', speaker: 'Alpha Barry' },
      { has: 'Instructions have been give to the two ministries', speaker: 'Alpha Barry' },
      { has: 'The ban applies to both Burkina Faso citizens', speaker: 'Alpha Barry' },
      { has: 'In September, a United Nations resolution', speaker: null },
    ],
  },
  {
    file: 'wire-samples/aap/reuters_with_byline.xml',
    paragraphs: [
      { has: 'Nicole Kidman and Alexander Skarsgard won', speaker: null },
      { has: 'William H. Macy repeated as winner', speaker: null },
      { has: 'Truth is power and women are stepping', speaker: 'Gabrielle Carteris' },
    ],
  },
  {
    file: 'wire-samples-more/aap/reuters_byline_in_body.xml',
    paragraphs: [
      { has: 'The Statue of Liberty will reopen on Monday', speaker: 'Andrew Cuomo' },
      { has: 'Not all parks are fully open', speaker: 'Ryan Zinke' },
      { has: 'I had planned to do some tide pool repeats', speaker: 'Shelley Zimmerman' },
      { has: 'The National Parks Conservation Association, an advocacy group, estimated', speaker: 'National Parks Conservation Association' },
      { has: 'Xanterra Parks & Resorts, a private company', speaker: 'Xanterra Parks & Resorts' },
      { has: 'In a tweet, the Smithsonian said', speaker: ['Smithsonian', 'the Smithsonian'] },
    ],
  },
  {
    file: 'wire-samples-more/aap/reuters_byline_startswith_by.xml',
    paragraphs: [
      { has: "It's hard to be a man these days", speaker: 'William H. Macy' },
      { has: 'In what we do for a living', speaker: 'William H. Macy' },
      { has: 'Noting that he has two daughters', speaker: 'William H. Macy' },
    ],
  },
  {
    file: 'wire-samples-more/cp/ap/item.json',
    paragraphs: [
      { has: 'We need to bring the tech community', speaker: 'Eric Trowbridge' },
      { has: 'This absolutely felt like something we had to do', speaker: 'Tyler Kerr' },
      { has: 'Kerr said they have to be cautious', speaker: 'Tyler Kerr' },
      { has: 'Anything were producing is what the medical community', speaker: 'Tyler Kerr' },
    ],
  },
  {
    file: 'wire-samples/aap/asianet_1.tst',
    paragraphs: [
      { has: 'Mohd Khairil Abdullah says', speaker: 'Mohd Khairil Abdullah' },
      { has: 'In countries where credit cards are less prevalent', speaker: 'Jon Mooney' },
      { has: 'By delivering unique technology platforms', speaker: 'Bill Stone' },
      { has: 'For more information, visit', speaker: null },
    ],
  },
  {
    file: 'wire-samples-more/aap/asianet_8.tst',
    paragraphs: [
      { has: 'This transaction represents our first investment in Guam', speaker: 'Paul Huntsman' },
      { has: 'Advantage Partners has been an exceptional partner', speaker: 'Robert Haulbrook' },
      { has: 'Guam plays a critical role', speaker: 'Benjamin Wu' },
    ],
  },
  {
    file: 'wire-samples-more/aap/asianet_10.tst',
    paragraphs: [{ has: 'Commenting on the quarterly results and developments', speaker: 'Pratik Agarwal' }],
  },
  {
    file: 'wire-samples-more/aap/ED_867485_4_2.tst',
    paragraphs: [
      { has: "Today's release sheds light", speaker: 'Wilhelm Harnisch' },
      { has: 'The data underscores the importance', speaker: 'Wilhelm Harnisch' },
    ],
  },
  {
    file: 'wire-samples-more/belga/tass_belga.xml',
    paragraphs: [
      { has: 'The Kremlin does not support the EU', speaker: 'Dmitry Peskov' },
      { has: 'We are all familiar with the infamous photographs', speaker: 'Dmitry Peskov' },
    ],
  },
  {
    file: 'wire-samples-more/aap/tag:reuters.com,0000:newsml_L4N1FL0N0:1132689232',
    paragraphs: [
      { has: 'There are talks that the ban could affect', speaker: 'Barnabas Gan' },
      { has: 'as it has pierced resistance at $1,197', speaker: 'Wang Tao' },
    ],
  },
  {
    file: 'wire-samples/ntb/tt_newsml_test.xml',
    paragraphs: [
      { has: 'Tyvärr har vår oro fördjupats', speaker: 'Frans Timmermans' },
      { has: 'Vi har gett tre rekommendationer', speaker: 'Frans Timmermans' },
      { has: 'Det här beslutet har inget värde', speaker: 'Beata Mazurek' },
    ],
  },
  {
    file: 'wire-samples/belga/efe_belga.xml',
    paragraphs: [
      { has: 'El hombre, cuya identidad', speaker: 'Roshan Sunkaria' },
      { has: 'El equipo se adentró con un vehículo', speaker: 'Roshan Sunkaria' },
      { has: 'No sé lo que estaba haciendo', speaker: 'Roshan Sunkaria' },
    ],
  },
  {
    file: 'wire-samples/belga/ats.txt',
    paragraphs: [
      { has: "C'est une catastrophe pour le commerce", speaker: 'Bruno Le Maire' },
      { has: 'De son côté, Ségolène Royal', speaker: 'Ségolène Royal' },
    ],
  },
];
