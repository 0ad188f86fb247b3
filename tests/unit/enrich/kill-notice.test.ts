/** Kills, withdrawals and cancellations, written here in each agency's style; story text that only looks like one. */
import { describe, expect, it } from 'vitest';
import { readKillNotice, type KillEvidence } from '../../../electron/enrich/kill-notice.js';

const story = (over: Partial<KillEvidence>): KillEvidence => ({ pubstatus: 'usable', headline: 'Council approves embankment plan', lead: [], ...over });

describe('kill notices', () => {
  it('reads IPTC pubstatus canceled, with the reason from the editorial note', () => {
    expect(readKillNotice(story({ pubstatus: 'canceled', ednote: 'Withdrawn for legal reasons. Do not use.' }))).toEqual({
      signal: 'pubstatus canceled', reason: 'Withdrawn for legal reasons. Do not use.',
    });
    expect(readKillNotice(story({ pubstatus: 'canceled' }))).toEqual({ signal: 'pubstatus canceled', reason: '' });
  });

  it.each([
    ['AP, in the headline', { headline: 'MANDATORY KILL - Argentina-Cancer Beauty', lead: ['Eds: The story is withdrawn because it was based on a false report.'] }, 'MANDATORY KILL', 'Eds: The story is withdrawn because it was based on a false report.'],
    ['Reuters, as a prefix', { headline: 'WITHDRAWN-Company X results', lead: ['The story was withdrawn due to an error in the figures.'] }, 'WITHDRAWN', 'The story was withdrawn due to an error in the figures.'],
    ['AFP French', { headline: 'ÉLIMINATION: Incendie à Lyon', lead: ['Merci de ne pas utiliser cette dépêche pour raisons juridiques.'] }, 'ÉLIMINATION', 'Merci de ne pas utiliser cette dépêche pour raisons juridiques.'],
    ['EFE Spanish', { headline: 'ANULACIÓN - Accidente en Madrid', lead: ['La noticia contiene un error en las cifras.'] }, 'ANULACIÓN', 'La noticia contiene un error en las cifras.'],
    ['dpa German', { headline: 'STORNO: Unfall auf der A7', lead: ['Die Meldung wird wegen rechtlicher Bedenken zurückgezogen.'] }, 'STORNO', 'Die Meldung wird wegen rechtlicher Bedenken zurückgezogen.'],
    ['ANSA Italian', { headline: 'ANNULLAMENTO', lead: [] }, 'ANNULLAMENTO', ''],
    ['NTB Norwegian', { headline: 'STRYK: Brann i Bergen', lead: [] }, 'STRYK', ''],
    ['a kill in the first line of plain text', { headline: 'Floods in Kessel', lead: ['KILL KILL KILL', 'Editors: please kill this story.'] }, 'KILL', ''],
    ['a kill in the slug', { headline: 'Floods in Kessel', slugline: 'KILL-Floods', lead: [] }, 'KILL', ''],
    ['ANPA take key', { headline: 'Floods in Kessel', takeKey: 'KILL', lead: [] }, 'KILL', ''],
  ])('%s', (_what, over, signal, reason) => {
    expect(readKillNotice(story(over))).toEqual({ signal, reason });
  });

  it.each([
    'Kill switch ordered for drones after crash',
    'KILL SWITCH ORDERED FOR DRONES AFTER CRASH',
    'Withdrawn troops return home',
    'Storno-Welle bei Versicherern',
    'Killed soldiers honoured in Kyiv',
    'US withdrawal from Syria to start in May',
  ])('story text is not a kill: %s', (headline) => {
    expect(readKillNotice(story({ headline, lead: [headline] }))).toBeNull();
  });
});
