import { describe, it, expect } from 'vitest';
import { parsePlainText } from '../../../electron/ingest/formats/plain-text.js';

const blocks = (text: string): readonly string[] => parsePlainText(text).blocks;

describe('parsePlainText', () => {
  it('splits paragraphs on blank lines', () => {
    expect(blocks('Headline here\n\nFirst paragraph.\n\nSecond paragraph.\n')).toEqual([
      'Headline here',
      'First paragraph.',
      'Second paragraph.',
    ]);
  });

  it('treats several blank lines, and lines of spaces, tabs or non-breaking spaces, as one break', () => {
    expect(blocks('One.\n\n\n \t \n\u00a0\u00a0\nTwo.')).toEqual(['One.', 'Two.']);
  });

  it('joins hard-wrapped lines of a paragraph with a single space', () => {
    const text = 'The storm made landfall near the port\nshortly after midnight, the weather\nservice said.\n\nNext paragraph.';
    expect(blocks(text)).toEqual([
      'The storm made landfall near the port shortly after midnight, the weather service said.',
      'Next paragraph.',
    ]);
  });

  it('strips trailing spaces and tabs before joining', () => {
    expect(blocks('Wrapped line   \t\nends here.')).toEqual(['Wrapped line ends here.']);
  });

  it('handles CRLF line ends exactly like LF', () => {
    const lf = 'Headline\n\nLine one of the\nfirst paragraph.\n\nSecond.\n';
    expect(blocks(lf.replace(/\n/g, '\r\n'))).toEqual(blocks(lf));
    expect(blocks(lf.replace(/\n/g, '\r\n'))).toEqual(['Headline', 'Line one of the first paragraph.', 'Second.']);
  });

  it('handles bare CR (classic Mac) line ends', () => {
    expect(blocks('Line one\rline two\r\rPara two')).toEqual(['Line one line two', 'Para two']);
  });

  it('starts a new paragraph at each tab-indented line when there are no blank lines', () => {
    const text = 'Headline\n\tFirst paragraph starts here\nand wraps.\n\tSecond paragraph.\n\tThird paragraph.';
    expect(blocks(text)).toEqual(['Headline', 'First paragraph starts here and wraps.', 'Second paragraph.', 'Third paragraph.']);
  });

  it('starts a new paragraph at a line indented by two or more spaces, but not by one', () => {
    expect(blocks('One\n   Two\n Three')).toEqual(['One', 'Two Three']);
  });

  it('returns no blocks for empty or blank input', () => {
    expect(blocks('')).toEqual([]);
    expect(blocks('\n\n  \r\n\t')).toEqual([]);
  });

  it('keeps a very long single line as one block', () => {
    const line = 'word '.repeat(100_000).trim();
    expect(blocks(line)).toEqual([line]);
  });

  it('keeps ANPA control characters in the text (cleaning removes them later)', () => {
    expect(blocks('\u0002Headline\u0003')).toEqual(['\u0002Headline\u0003']);
  });

  // Known weakness: copy indented uniformly (every line, as some feeds send it) is split at every line.
  it('joins the lines of copy that is indented uniformly on every line', () => {
    expect(blocks('   The storm hit the\n   coast on Monday.')).toEqual(['The storm hit the coast on Monday.']);
  });

  // Known weakness: a word hyphenated across a hard wrap keeps a space after the hyphen.
  it('rejoins a word broken by a hyphen at the end of a hard-wrapped line', () => {
    expect(blocks('a long-\nawaited report')).toEqual(['a long-awaited report']);
  });

  it('keeps the header lines above a press release title apart from it, and still joins the wrapped title', () => {
    const text = 'Source: Lakeside Ferries Pty Ltd \nMEDIA RELEASE PR80431\nLakeside Ferries Adds Night Crossings Between \nTwo Harbours\n\nBody of the release.';
    expect(blocks(text)).toEqual(['Source: Lakeside Ferries Pty Ltd', 'MEDIA RELEASE PR80431', 'Lakeside Ferries Adds Night Crossings Between Two Harbours', 'Body of the release.']);
    expect(blocks('FOR IMMEDIATE RELEASE\nCity Opens New Library\n\nText.')).toEqual(['FOR IMMEDIATE RELEASE', 'City Opens New Library', 'Text.']);
  });

  it('reads header lines under debris left above them', () => {
    expect(blocks('| | |\n\nSource: Lakeside Ferries\nMEDIA RELEASE\nFerries Add Night Crossings\n\nText.')).toEqual([
      '| | |', 'Source: Lakeside Ferries', 'MEDIA RELEASE', 'Ferries Add Night Crossings', 'Text.',
    ]);
  });

  it('reads header lines only above the copy\'s first blank line', () => {
    const text = 'Harbour reopens\n\nThe harbour reopened on Monday, officials said, and\nSource: the port authority confirmed it later.';
    expect(blocks(text)).toEqual(['Harbour reopens', 'The harbour reopened on Monday, officials said, and Source: the port authority confirmed it later.']);
  });

  it('keeps each line of a bulletin\'s header stack under its product code apart', () => {
    const text = 'IDV36610\nAustralian Government Bureau of Meteorology\nVictoria\n\nFrost Warning for\nthe North East\n\nIssued at 3:00 pm.';
    expect(blocks(text)).toEqual(['IDV36610', 'Australian Government Bureau of Meteorology', 'Victoria', 'Frost Warning for the North East', 'Issued at 3:00 pm.']);
  });

  it('does not take a product-code-like word inside a line for a header', () => {
    expect(blocks('MH370 search resumes\nin the Indian Ocean\n\nText.')).toEqual(['MH370 search resumes in the Indian Ocean', 'Text.']);
  });

  it('keeps each row of a table (cells between bars) as a block of its own, and the lines around it apart', () => {
    const text = 'Results, Friday\nPL|TEAM|PTS\n1|NORTH|12\nRound 2|7PM\n2|SOUTH|9\nNotes follow here';
    expect(blocks(text)).toEqual(['Results, Friday', 'PL|TEAM|PTS', '1|NORTH|12', 'Round 2|7PM', '2|SOUTH|9', 'Notes follow here']);
  });

  it('keeps each list item apart, and the copy going on right below the list', () => {
    const text = [
      'Harbour traffic figures for the quarter',
      '',
      'Traffic changed in every part of the harbour compared with the same quarter a year earlier:',
      '* container ships fell by 0.4%',
      '• ferries rose by 2.1%',
      '* cruise calls fell by 12.5%.',
      'Passenger numbers by terminal',
      '',
      'The next report is due in January.',
    ].join('\n');
    expect(blocks(text)).toEqual([
      'Harbour traffic figures for the quarter',
      'Traffic changed in every part of the harbour compared with the same quarter a year earlier:',
      '* container ships fell by 0.4%',
      '• ferries rose by 2.1%',
      '* cruise calls fell by 12.5%.',
      'Passenger numbers by terminal',
      'The next report is due in January.',
    ]);
  });

  it('joins a list item wrapped onto a hanging indent, and a wrapped item that ran to the full width', () => {
    const text = [
      'The council approved the plan on Tuesday after a long debate that',
      'lasted most of the night, officials said, listing three conditions:',
      '* the first condition of the list is long enough that it wraps onto',
      '  the next line with a hanging indent',
      '* the second condition runs to the full width of the wrapped copy and',
      'goes on without an indent',
      '* third',
    ].join('\n');
    expect(blocks(text)).toEqual([
      'The council approved the plan on Tuesday after a long debate that lasted most of the night, officials said, listing three conditions:',
      '* the first condition of the list is long enough that it wraps onto the next line with a hanging indent',
      '* the second condition runs to the full width of the wrapped copy and goes on without an indent',
      '* third',
    ]);
  });

  it('ends a paragraph at a sentence ending well short of the wrap when the next line opens a sentence', () => {
    const text = [
      '    Four engineers who built the first harbour crane of its kind were',
      'honoured on Tuesday with the city\'s prize.',
      'Their crane lifted twice the load of any before it, the jury said in its',
      'citation, and it is still in use at the north quay today.',
      '    The prize has been awarded every year since 1950.',
    ].join('\n');
    expect(blocks(text)).toEqual([
      "Four engineers who built the first harbour crane of its kind were honoured on Tuesday with the city's prize.",
      'Their crane lifted twice the load of any before it, the jury said in its citation, and it is still in use at the north quay today.',
      'The prize has been awarded every year since 1950.',
    ]);
  });

  it('keeps joining a wrapped sentence whose line ends at full width, or a short line that ends mid-sentence', () => {
    const text = [
      'The council met on Tuesday to discuss the harbour plan, which officials said.',
      'Would cost more than expected, and a short line',
      'then goes on in lower case as wrapped copy does in the middle of a sentence.',
    ].join('\n');
    expect(blocks(text)).toEqual([text.replace(/\n/g, ' ')]);
  });

  it('does not take a dash opening a line for a list item (Nordic copy opens quotes with one)', () => {
    expect(blocks('The minister spoke at length about the new law and its effects on the\n- regional economy, he said.')).toEqual([
      'The minister spoke at length about the new law and its effects on the - regional economy, he said.',
    ]);
  });

  it('continues a paragraph at a line indented deeper than the indented line above it (a hanging indent)', () => {
    const text = 'Headline\n    -- First point of the release,\n       wrapped under its text\n    Second paragraph starts here.\n\n            A verse line\n            Another verse line';
    expect(blocks(text)).toEqual([
      'Headline',
      '-- First point of the release, wrapped under its text',
      'Second paragraph starts here.',
      // Lines indented alike are paragraphs of their own, as before.
      'A verse line',
      'Another verse line',
    ]);
  });

  it('stays fast on hostile input: a huge line of bars, and a huge stack of header lines', () => {
    const t = performance.now();
    expect(blocks(`${'|'.repeat(500_000)}\nText`)).toHaveLength(2);
    expect(blocks(`${'Source: x\n'.repeat(50_000)}Title\n\nBody.`)).toHaveLength(50_002);
    expect(performance.now() - t).toBeLessThan(2000);
  });

  describe('the top of agency copy, read by its structure', () => {
    it('ends the headline at the dateline line under it, with or without a blank line between', () => {
      const lead = 'WASHINGTON, Feb 26 - The U.S. Agriculture Department said\ncumulative sugar imports totaled 14,000 tons.';
      const expected = ['SUGAR QUOTA IMPORTS DETAILED -- USDA', 'WASHINGTON, Feb 26 - The U.S. Agriculture Department said cumulative sugar imports totaled 14,000 tons.'];
      expect(blocks(`SUGAR QUOTA IMPORTS DETAILED -- USDA\n${lead}`)).toEqual(expected);
      expect(blocks(`SUGAR QUOTA IMPORTS DETAILED -- USDA\n\n${lead}`)).toEqual(expected);
      expect(blocks(`TALKING POINT/BANK STOCKS\r\nNEW YORK, FEb 26 - Bank stocks rose today.\r\n`)).toEqual(['TALKING POINT/BANK STOCKS', 'NEW YORK, FEb 26 - Bank stocks rose today.']);
      // A mixed-case headline over a dateline in the AP style.
      expect(blocks('Iran cautions Iraq on secessionist approaches\nTehran, July 23, (IRNA) - Iran warned Iraq.')).toEqual([
        'Iran cautions Iraq on secessionist approaches',
        'Tehran, July 23, (IRNA) - Iran warned Iraq.',
      ]);
    });

    it('keeps a dateline alone on its line a block of its own, apart from the table or the copy below it', () => {
      expect(blocks('BROWN-FORMAN INC <BFD> 4TH QTR NET\nLOUISVILLE, Ky., Feb 26 - \n    Shr one dlr vs 73 cts\n    Net 12.6 mln vs 15.8 mln\n Reuter')).toEqual([
        'BROWN-FORMAN INC <BFD> 4TH QTR NET',
        'LOUISVILLE, Ky., Feb 26 -',
        'Shr one dlr vs 73 cts',
        'Net 12.6 mln vs 15.8 mln Reuter',
      ]);
      // Not indented, the lead paragraph under a dateline without a separator is not run into it either.
      expect(blocks('GOLD OUTPUT FALLS\nJOHANNESBURG, March 2\nGold Fields said output\nwould fall.')).toEqual(['GOLD OUTPUT FALLS', 'JOHANNESBURG, March 2', 'Gold Fields said output would fall.']);
    });

    it('ends a headline in capitals where the copy under it turns to upper and lower case, with no dateline', () => {
      expect(blocks('NEW YORK COFFEE FUTURES CLOSE LOWER\nCoffee futures closed lower in light\ntrading, dealers said.')).toEqual([
        'NEW YORK COFFEE FUTURES CLOSE LOWER',
        'Coffee futures closed lower in light trading, dealers said.',
      ]);
      expect(blocks('TALKING POINT/TEXACO\nAnalysts said the company would sell.')).toEqual(['TALKING POINT/TEXACO', 'Analysts said the company would sell.']);
      // Two lines in capitals are one wrapped headline; a capital word or two is no headline.
      expect(blocks('U.S. HOUSE PASSES TRADE BILL AFTER\nLONG DEBATE OVER TEXTILES\n\nText.')).toEqual(['U.S. HOUSE PASSES TRADE BILL AFTER LONG DEBATE OVER TEXTILES', 'Text.']);
      expect(blocks('OPEC ministers meet\nin Vienna today.')).toEqual(['OPEC ministers meet in Vienna today.']);
    });

    it('does not split a wrapped sentence at a line that opens with a weekday and a date, or below the top lines', () => {
      expect(blocks('The ministers will meet again on\nTuesday, March 3 - the day the talks resume.')).toEqual([
        'The ministers will meet again on Tuesday, March 3 - the day the talks resume.',
      ]);
      const deep = 'The bank said on Monday that its board\nhad met and that it would hold its rates\nsteady until the talks to be held at\nthe ministry in the capital, and then in\nLONDON, March 3 - when ministers meet.';
      expect(blocks(deep)).toHaveLength(1);
      // A line ending on a comma does not stand above a dateline as its headline.
      expect(blocks('Ministers from three countries,\nPARIS, March 3 - among them France, met.')).toHaveLength(1);
    });
  });
});
