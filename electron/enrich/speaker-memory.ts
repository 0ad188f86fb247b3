/**
 * What speaker tagging remembers as it reads a story (speaker-resolver.ts reads each attribution against it): who
 * spoke and was named last, the groups, organisations, documents and publications quoted, the short forms and
 * glossed abbreviations the story defined, and the full names surnames stand for.
 */
import type { Entities, PersonEntity } from '../domain/desk.js';
import type { Mention } from './entities.js';
import { personName, isPlural, byGivenName } from './speaker-names.js';
import { lastMasthead, shortForms } from './speaker-definitions.js';
import { COMPANY_END, PERSON_NOUNS } from './speaker-words.js';
import type { SpeakerTagged } from './speakers.js';

/** A subject of one to three lower-case words (the first may be capitalised), up to a preposition or an auxiliary. */
const NARRATED_GROUP = /^((?:\p{Lu}\p{Ll}+|\p{Ll}+)(?:\s+\p{Ll}+){0,2}?)\s+(?:(?:at|in|of|from|across)\s.{0,120}?\s)?(?:have|had|were|are|would|will|could|did|\p{Ll}+ed)\s/u;

/** A preposition and an article right before a name: the name modifies a phrase ("at a White House briefing"). */
const IN_PHRASE = /\b(?:[Ii]n|[Aa]t|[Oo]n|[Dd]uring|[Aa]fter|[Bb]efore|[Ff]rom|[Ww]ith|[Bb]y|[Ff]or|[Oo]f)\s+(?:a|an|the)\s+$/u;

export class SpeakerMemory {
  protected lastSpeakerPerson: string | null = null;
  /** People who have spoken, most recent first: "he added" goes to the last male (or unknown) speaker. */
  protected speakersByRecency: string[] = [];
  protected lastPerson: string | null = null;
  protected lastOrg: string | null = null;
  /** The first of two speakers joined in the last attribution ("X and his father said"): "they" after it. */
  protected lastPair: string | null = null;
  /** The organisation last named in a paragraph of narration only ("…a chip made by Vexon Corp."), when it is lastOrg. */
  protected narratedOrg: string | null = null;
  /** The organisation that last spoke: "It said" goes back to it, not to a company only mentioned since. */
  protected lastSpeakingOrg: string | null = null;
  /** Unnamed people last quoted ("fund managers"): "they added" is theirs. */
  protected lastUnnamed: string | null = null;
  /**
   * The people in the plural last quoted, kept while only one person speaks after them ("producer delegates said…,
   * one delegate said…. …, they said": the delegates); an organisation speaking ends it, being "they" itself.
   */
  protected groupBeforeOne: string | null = null;
  /** Every unnamed group quoted so far, latest first: "the traders" later is the "cotton traders" quoted before. */
  protected groups: string[] = [];
  /**
   * The last one person who spoke, named or not: after "a company official said", "he added" is that official's,
   * not a person the story named before him.
   */
  protected lastOne: SpeakerTagged | null = null;
  /** Names with the honorific the copy styles them with ("Sheikh", "Sir"). */
  protected readonly styles = new Map<string, string>();
  protected readonly people: readonly PersonEntity[];
  protected readonly orgs: readonly string[];

  constructor(entities: Entities) {
    this.people = entities.people;
    this.orgs = entities.organisations.map((o) => o.name);
  }

  /** The organisations named in the paragraphs where each person spoke: "the First Boston executive" is one of them. */
  protected readonly orgsBeside = new Map<string, Set<string>>();
  /** The person a paragraph of narration just named first: the "he" of the paragraph after it. */
  protected narratedPerson: string | null = null;
  /** The people in the plural a paragraph of narration opens with ("Local authorities at the plants had refused…"). */
  protected narratedGroup: string | null = null;
  /** The organisations that have spoken, by whatever the entities took them for ("U.S. Treasury"). */
  protected readonly spokenOrgs = new Set<string>();
  /** Who issued each document the story has quoted ("report" → "U.S. Embassy"): "the report said" later is theirs. */
  protected readonly issuers = new Map<string, string>();
  /** Documents quoted by a description of their own ("survey" → "a government economic survey"), issuer unnamed. */
  protected readonly describedDocuments = new Map<string, string>();
  /** The publication last quoted by name ("Carden Weekly magazine said"): "the magazine" later is it. */
  protected lastPublication: string | null = null;
  /** Short forms the story defined, to the full name ("HEL" → "Harbour Equity Ltd"). */
  protected readonly shortForms = new Map<string, string>();

  /**
   * A surname ("Shamkhani") as the story first gave it in full. A name of two words or more is a full name already:
   * it is not lengthened to a longer entity that ends with it ("Contact Benjamin Wu", a heading run into a name).
   */
  protected fullName(name: string): string {
    const exact = this.people.find((p) => p.name === name);
    // "Du Plessis in disclosing…" after "Barend du Plessis": a particle and the surname, capitalised to open the
    // sentence, are the person named in full.
    if (/^(?:Du|De|Da|Dos|Van|Von|Le|La|Al|El)\s+\p{Lu}[\p{L}'’-]+$/u.test(name)) {
      const tail = ` ${name.toLowerCase()}`;
      const full = [...this.speakersByRecency, ...this.people.map((p) => personName(p.name))].find((n) => n.toLowerCase().endsWith(tail) && n.length > tail.length);
      if (full) return full;
    }
    if (exact && /\s/u.test(name)) return personName(exact.name);
    if (/\s/u.test(name)) return name;
    const surname = name.toLowerCase();
    const known = [...this.speakersByRecency, ...this.people.map((p) => personName(p.name))];
    // The family name last (Raul Baglini → Baglini), or first where the given name is hyphenated or the name goes on
    // with particles (Wang Chao-Ming → Wang, Ali al-Khalifa al-Sabah → Ali).
    const byFirst = (n: string) => {
      const [first, ...rest] = n.split(/\s+/u);
      return first?.toLowerCase() === surname && rest.some((w) => w.includes('-'));
    };
    // "Sheikh Ali", found as a person "Ali" of its own, is still the Ali named in full before.
    return (
      known.find((n) => /\s/u.test(n) && n.split(/\s+/u).at(-1)?.toLowerCase() === surname) ??
      known.find((n) => /\s/u.test(n) && byFirst(n)) ??
      byGivenName(known, surname) ??
      // "Chacin told reporters" after "Juan Chacin Guzman": the first of two family names (the Spanish and Portuguese
      // order: father's, then mother's) is the name by itself.
      known.find((n) => n.split(/\s+/u).length === 3 && n.split(/\s+/u)[1]?.toLowerCase() === surname && /^\p{Lu}\p{Ll}{2,}$/u.test(name)) ??
      (exact ? personName(exact.name) : name)
    );
  }

  /** One person unnamed, brought in by an organisation's name and a role ("an OFTEL spokeswoman"), as tagged. */
  protected readonly describedOnes: string[] = [];

  /** Notes an attribution's subject that brings in one person unnamed for an organisation ("An OFTEL spokeswoman"). */
  noteOne(subject: string): void {
    const m = /^(?:A|An|a|an)\s+((?:\p{Lu}[\p{L}.&'’-]*\s+){1,3})(\p{Ll}+)$/u.exec(subject.trim());
    if (!m?.[2] || !PERSON_NOUNS.has(m[2])) return;
    const one = subject.trim().replace(/^A(n?)\s/u, 'a$1 ');
    if (!this.describedOnes.includes(one)) this.describedOnes.push(one);
  }

  /**
   * What a paragraph defines, read before its speaker: the short forms it gives names ("Harbour Equity Ltd (HEL)",
   * so that "HEL said" is that company, not a unit whose name starts with HEL).
   */
  noteDefinitions(text: string): void {
    for (const [short, name] of shortForms(text)) if (!this.shortForms.has(short)) this.shortForms.set(short, name);
  }

  /**
   * A paragraph of narration whose subject is people in the plural, described in lower case ("Local authorities at
   * the plants … had refused"): the "they" of the paragraph after it, before any organisation named in between.
   */
  noteNarration(text: string, tag: SpeakerTagged): void {
    const opening = tag.speaker ? null : NARRATED_GROUP.exec(text);
    this.narratedGroup = opening?.[1] && isPlural(opening[1]) && !/\s(?:and|or)\s/u.test(opening[1]) ? opening[1].toLowerCase() : null;
  }

  /** Publications a paragraph names by their masthead ("was quoted by the China Daily"): "the paper" later is it. */
  notePublications(text: string): void {
    this.lastPublication = lastMasthead(text) ?? this.lastPublication;
  }

  /**
   * `cueAt`: where the paragraph's verb of attribution is. An organisation a person names after it, in the words
   * reported ("Staubli told a news conference the planes would have General Electric Co engines"), is not "the airline"
   * that has been speaking, as one named in narration is not.
   */
  afterParagraph(tag: SpeakerTagged, mentions: readonly Mention[], text = '', cueAt?: number): void {
    // A name inside a phrase of place or occasion ("In a White House briefing Greenspan was asked…") is not who the
    // paragraph is about.
    const person = mentions.find((m) => m.kind === 'person' && !COMPANY_END.test(m.name) && !IN_PHRASE.test(text.slice(Math.max(0, m.start - 24), m.start)));
    this.narratedPerson = !tag.speaker && person && /\s/u.test(person.name) ? this.fullName(person.name) : null;
    const before = this.lastOrg;
    let inWords: string | null = null;
    for (const m of mentions) {
      if (m.kind === 'person' && COMPANY_END.test(m.name)) {
        this.lastOrg = m.name;
        if (tag.kind === 'person' && cueAt !== undefined && m.start > cueAt) inWords = m.name;
      } else if (m.kind === 'person') this.lastPerson = this.fullName(m.name);
      // A stock code after a company's name (<HWHH.HK>, "Intel Corp <INTC>") is not another organisation "it" could
      // be: in the wire's angle brackets, a code in capitals is a ticker, never a name of its own.
      const ticker = /^\p{Lu}{1,6}\.\p{Lu}{1,2}$/u.test(m.name) || (text[m.start - 1] === '<' && text[m.end] === '>' && /^\p{Lu}[\p{Lu}\p{N}]*$/u.test(m.name));
      if (m.kind === 'organisation' && !ticker) {
        this.lastOrg = m.name;
        if (tag.kind === 'person' && cueAt !== undefined && m.start > cueAt) inWords = m.name;
      }
    }
    const named = this.lastOrg !== before;
    this.narratedOrg = tag.speaker ? (named && inWords === this.lastOrg ? inWords : null) : named ? this.lastOrg : this.narratedOrg;
    if (tag.kind === 'person' && tag.speaker) {
      const beside = this.orgsBeside.get(tag.speaker) ?? new Set<string>();
      for (const m of mentions) if (m.kind === 'organisation') beside.add(m.name);
      this.orgsBeside.set(tag.speaker, beside);
      this.lastSpeakerPerson = tag.speaker;
      this.speakersByRecency = [tag.speaker, ...this.speakersByRecency.filter((s) => s !== tag.speaker)];
    }
    if (tag.kind === 'organisation') {
      this.groupBeforeOne = null;
      if (tag.speaker) this.spokenOrgs.add(tag.speaker);
      this.lastOrg = tag.speaker;
      this.lastSpeakingOrg = tag.speaker;
    }
    const plural = tag.kind === 'unnamed' && tag.speaker !== null && isPlural(tag.speaker);
    if (plural && tag.speaker) {
      this.lastUnnamed = tag.speaker;
      this.groupBeforeOne = tag.speaker;
      this.groups = [tag.speaker, ...this.groups.filter((g) => g !== tag.speaker)];
    } else if (tag.speaker) this.lastUnnamed = null;
    // A source is no one's "he": copy keeps an unnamed source sexless, so "he noted" after one goes back to the
    // person before.
    if (tag.kind === 'person' || (tag.kind === 'unnamed' && !plural && !/\bsource\b/u.test(tag.speaker ?? ''))) this.lastOne = tag;
  }
}
