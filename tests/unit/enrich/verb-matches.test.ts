/**
 * verbMatches reads the reporting verbs by the text's words instead of running VERB's alternation at every position:
 * it must find exactly what `text.matchAll(VERB)` finds, offsets and matched text alike.
 */
import { describe, expect, it } from 'vitest';
import { VERB, verbMatches } from '../../../electron/enrich/speaker-words.js';

const byRegex = (text: string) => [...text.matchAll(VERB)].map((m) => [m.index, m[0]]);
const byWords = (text: string) => verbMatches(text).map((m) => [m.index, m[0]]);

const TEXTS = [
  'The minister said the talks would resume, he added.',
  '"We will not sell," said Hanne Lund, who told reporters the plan stands.',
  // Words that only start like a verb, and verbs joined to letters or digits, are not the verb.
  'Their sayings were said2 and XsaidX; said- and "said" are.',
  // A form of several words: any white space between them, but not none, and the last word whole.
  'She pointed  out the cost, pointed\nout the risk, pointedout nothing and pointed outward.',
  'Il a déclaré mardi que… Elle a  dit. Il a dit2 rien. Ha detto\tieri.',
  'They gave no details; he gave notice; she gave details.',
  // Letters outside the Basic Multilingual Plane join a word like any other letter.
  '𝐀said said𝐀 said 𝟏said',
  'Analysts were sceptical that the bid, forecast in the survey, would pass; they believe it, and expects more.',
  'dijo el ministro; säger Timmermans; sagte er; sanoi hän.',
  '',
  'said',
];

describe('verbMatches', () => {
  it('finds what VERB finds, at the same offsets', () => {
    for (const text of TEXTS) expect(byWords(text), text).toEqual(byRegex(text));
  });

  it('finds the verbs themselves', () => {
    expect(byWords('He said, then pointed  out, she gave no details.')).toEqual([
      [3, 'said'],
      [14, 'pointed  out'],
      [32, 'gave no details'],
    ]);
    expect(byWords('Their sayings, said2, XsaidX')).toEqual([]);
  });
});
