/**
 * Who a reporting verb's subject is (speakers.ts finds the verbs and their subjects): pronouns, surnames and
 * descriptions resolved to the person or organisation the story named before, titles and possessives off a name.
 */
import type { Mention } from './entities.js';
import { ORG_HEADS, TITLES } from './proper-names.js';
import { isKnownPlace } from './gazetteer.js';
import { personName, isFemale, acronymOf, isRoleOnly, ROLE_WORDS, HONORIFICS, withoutHomePlace, isPlural, oneEditApart, fullFormOf } from './speaker-names.js';
import { SpeakerMemory } from './speaker-memory.js';
import { UNNAMED, UNNAMED_OPENING, isGroupNoun, isOneNoun, UNNAMED_ONE, DOCUMENTS, ORG_NOUNS, PERSON_NOUNS, PUBLICATIONS, MASTHEAD_END, ROLE_THEN_NAME, PERSON_OF, COMPANY_END, NOT_SPEAKERS, LOWER_STOPS } from './speaker-words.js';
import type { Cue, SpeakerTagged } from './speakers.js';
import { RELATIVE_DESCRIPTION, GROUP_OF_BODY } from './speaker-clauses.js';

/** The nouns of bodies that are not companies: "the union" is never a company named by its legal form. */
const BODIES = new Set(['union', 'ministry', 'government', 'council', 'court', 'committee', 'party', 'commission', 'department', 'army', 'military', 'police', 'parliament', 'embassy', 'cabinet', 'administration', 'university', 'federation', 'association', 'coalition', 'movement', 'regulator', 'authority']);

/** A party's claim, a document whose maker is not its speaker unless named ("the complaint", "the petition"). */
const CLAIMS = new Set(['complaint', 'petition', 'lawsuit', 'suit', 'indictment', 'affidavit']);

export class Resolver extends SpeakerMemory {
  resolve(cue: Cue, paragraph: readonly Mention[]): SpeakerTagged {
    const tag = this.resolveTag(cue, paragraph);
    if (cue.document && tag.kind === 'organisation' && tag.speaker) this.issuers.set(cue.document, tag.speaker);
    // "according to a government economic survey", then "said the survey": the document first described, not an
    // organisation only named since.
    const described = tag.kind === 'document' && tag.speaker && /^an?\s/u.test(tag.speaker) ? tag.speaker.split(/\s+/u).at(-1) : undefined;
    if (described && DOCUMENTS.has(described) && !this.issuers.has(described)) this.describedDocuments.set(described, tag.speaker ?? '');
    // "X, …, and his father, …, said. They said…": the pair is "they" until someone else speaks.
    if (cue.pair && tag.speaker) this.lastPair = tag.speaker;
    else if (tag.speaker && cue.subject !== 'they') this.lastPair = null;
    return tag;
  }

  private resolveTag(cue: Cue, paragraph: readonly Mention[]): SpeakerTagged {
    // "Health Research said" after "<Health Research and Management Group> said", "Reynolds and Reynolds said" after
    // "Reynolds and Reynolds Co said": the first words of a name the story gave in full with "and" inside are that
    // name, whatever pieces of it the names found (a person's name, a company's last words).
    const whole = cue.subject.replace(/[<>]/gu, '').replace(/^(?:But|And|However|The)\s+/u, '').trim();
    if (JOINED_NAME.test(whole)) {
      const joined = fullFormOf(whole, [...this.spokenOrgs, ...this.orgs], (rest) => COMPANY_END.test(rest) && JOINED_REST.test(rest) && (/^(?:and|&|of)\s/u.test(rest) || /\s(?:and|&)\s/u.test(whole)));
      if (joined) return { speaker: joined, kind: 'organisation' };
    }
    const resolved = this.resolveSubject(cue, paragraph);
    // "Montreal-based Noverco Inc": the home city is no part of the name, however the names found it.
    const found = resolved.speaker && BASED_IN.test(resolved.speaker) ? { ...resolved, speaker: resolved.speaker.replace(BASED_IN, '') } : resolved;
    if (!found.speaker) return found;
    // "the official Saudi Press Agency SPA said": the initials after a name are the name again.
    const initials = /^(.+)\s+(\p{Lu}{2,6})$/u.exec(found.speaker);
    const tag: { speaker: string; kind: SpeakerTagged['kind'] } = initials?.[1] && initials[2] === acronymOf(initials[1]) ? { speaker: initials[1], kind: 'organisation' } : { speaker: found.speaker, kind: found.kind };
    // "HEL said" after "Harbour Equity Ltd (HEL)": the name the story defined the short form for, before any longer
    // name that merely starts with it ("HEL Finance Ltd", a unit).
    const defined = this.shortForms.get(tag.speaker);
    if (defined) return { speaker: defined, kind: 'organisation' };
    // "ATT said" after "American Telephone and Telegraph Co said", "the CAC said" after "The Victorian Corporate
    // Affairs Commission, CAC, said": capitals that the initials of an organisation that spoke spell, in order, are
    // its short form.
    const spelt = /^\p{Lu}{2,6}$/u.test(tag.speaker) ? [...this.spokenOrgs].reverse().find((o) => o !== tag.speaker && spells(tag.speaker, o)) : undefined;
    if (spelt) return { speaker: spelt, kind: 'organisation' };
    // "Computer Terminal" read as a person's name is the short form of a company the story named in full (as a name
    // found, or as a company that spoke: "Norland Westbridge Bank Plc said…. Norland Westbridge said…").
    // "Hutton said" after "E.F. Hutton and Co Inc said": "and Co" closes the firm's name too.
    // "Continental said" after "Continental Bank of Canada said": a bank's or a trust's name with its country too.
    // "Reynolds said" after "Reynolds and Reynolds Co said": the company that spoke under a name its word opens and
    // "and" goes on.
    const spokenJoined = fullFormOf(/^\p{Lu}[\p{L}.'’-]*$/u.test(whole) ? whole : tag.speaker, this.spokenOrgs, (rest) => COMPANY_END.test(rest) && /^(?:and|&)\s/u.test(rest) && JOINED_REST.test(rest));
    if (spokenJoined && !this.people.some((p) => !COMPANY_END.test(p.name) && p.name.split(/\s+/u).includes(whole))) return { speaker: spokenJoined, kind: 'organisation' };
    // "Reynolds and Reynolds said" where the names found only "Reynolds Co": the whole subject, then the legal form.
    const tail = /^(.*\s(?:and|&)\s+(\p{Lu}[\p{L}.'’-]*))$/u.exec(whole);
    const legal = tail?.[2] && tag.speaker.startsWith(`${tail[2]} `) ? tag.speaker.slice(tail[2].length + 1) : '';
    if (tail?.[1] && legal && COMPANY_END.test(legal) && JOINED_REST.test(legal) && JOINED_NAME.test(whole)) return { speaker: `${tail[1]} ${legal}`, kind: 'organisation' };
    const company = fullFormOf(tag.speaker, [...this.orgs, ...this.spokenOrgs], (rest) => (COMPANY_END.test(rest) && (/^(?:\p{Lu}[\p{L}.&-]*\s*)+$/u.test(rest) || /^(?:and|&)\s+Co\.?(?:\s+\p{Lu}[\p{L}.]*)?$/u.test(rest))) || BANK_REST.test(rest));
    if (company) return { speaker: company, kind: 'organisation' };
    // "The Loan Board said" after "the Federal Home Loan Board": a name of two words or more that ends the full name
    // the story gave is its short form (an owner's possessive before it, "Harbour Holdings Inc's Corvo Lines", is not
    // part of the name).
    const fuller = tag.speaker.includes(' ') ? this.orgs.find((o) => o.endsWith(` ${tag.speaker}`) && /^(?:\p{Lu}[\p{L}.&-]*\s+)+$/u.test(o.slice(0, -tag.speaker.length)) && !BASED_IN.test(o)) : undefined;
    if (fuller) return { speaker: fuller, kind: 'organisation' };
    // "the U.S. Embassy's report said": a name ending in an institution's noun is an organisation, so "it" is it.
    if (tag.kind === 'person' && ORG_NOUNS.has(tag.speaker.split(/\s+/u).at(-1)?.toLowerCase() ?? '')) return { speaker: tag.speaker, kind: 'organisation' };
    // "Ohio Mattress Co said" read as a person's name: a legal form closing a name makes it a company, so that
    // "the company" and "it" later are that company.
    if (tag.kind === 'person' && COMPANY_END.test(tag.speaker)) return { speaker: tag.speaker, kind: 'organisation' };
    // "The Treasury said", read by its word: a name the story knows as an organisation and as no person is one, so
    // that "it" and "the statement" later are its.
    if (tag.kind === 'person' && this.orgs.includes(tag.speaker) && !this.people.some((p) => p.name === tag.speaker)) return { speaker: tag.speaker, kind: 'organisation' };
    // "Radical Party Deputy Raul Baglini", "Bank of Japan Governor Satoshi Sumita": a title, then the person.
    const titled = /\s(\p{Lu}[\p{L}.]*)\s+\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’.-]+$/u.exec(tag.speaker);
    // "Encor Energy Corp Inc": a name closed by a legal form is no title and a person ("Energy" is a portfolio's word).
    if (tag.kind === 'organisation' && (!(titled?.[1] && TITLES.has(titled[1])) || COMPANY_END.test(tag.speaker))) return tag;
    if (tag.kind !== 'person' && tag.kind !== 'organisation') return tag;
    // A person by name alone: no title before it ("Radical Party Deputy Raul Baglini"), no employer's possessive
    // ("First Chicago's Johnson"), and a surname as the story first gave it in full.
    return { speaker: this.styled(this.fullName(personName(tag.speaker)), cue.subject), kind: 'person' };
  }

  /**
   * A name as the copy styles it: an honorific that the copy keeps on every reference ("Sheikh Ali al-Khalifa
   * al-Sabah", then "Sheikh Ali") is part of the name, unlike a job title; once seen, it stays on the name.
   */
  private styled(name: string, subject: string): string {
    const first = name.split(/\s+/u)[0] ?? '';
    const words = subject.split(/\s+/u);
    const at = words.findIndex((w, i) => HONORIFICS.has(w) && words[i + 1] === first);
    if (at >= 0 && !this.styles.has(name)) this.styles.set(name, `${words[at] ?? ''} ${name}`);
    return this.styles.get(name) ?? name;
  }

  private resolveSubject(cue: Cue, paragraph: readonly Mention[]): SpeakerTagged {
    // "<Nippon Telegraph and Telephone Corp>": the wire's brackets round an unlisted company are not its name.
    const subject = cue.subject.replace(/[<>]/gu, '').trim().replace(BASED_IN, '');
    const lower = subject.toLowerCase();
    if (cue.lowerName) {
      const person = this.fullName(subject);
      return person !== subject ? { speaker: person, kind: 'person' } : { speaker: null, kind: null };
    }
    if (/^(he|she)$/u.test(lower)) {
      if (this.lastOne?.kind === 'unnamed') return this.lastOne;
      // "Republicans told Gray…. He said": a capitalised plural that spoke before ("Republicans", "Liberals") is a
      // group, never the "he" of a paragraph after it.
      const group = (name: string) => !name.includes(' ') && /[^s'’]s$/u.test(name) && !this.people.some((p) => p.name.split(/\s+/u).includes(name));
      const fits = (name: string | null) => name !== null && (lower === 'she') === isFemale(name) && !group(name);
      const earlier = paragraph.filter((m) => m.kind === 'person' && m.end <= cue.at).map((m) => this.fullName(m.name));
      // A paragraph of narration whose subject is a person ("But the head of the union, Edmond Maire, renewed union
      // demands…") makes that person the "he" of the paragraph after it, before anyone who spoke earlier.
      const narrated = this.narratedPerson ? [this.narratedPerson] : [];
      const candidates = [...narrated, ...this.speakersByRecency, ...earlier.reverse(), this.lastPerson];
      const last = this.lastSpeakerPerson && !group(this.lastSpeakerPerson) ? this.lastSpeakerPerson : null;
      const name = candidates.find(fits) ?? last ?? earlier[0] ?? this.lastPerson;
      return name ? { speaker: name, kind: 'person' } : { speaker: null, kind: null };
    }
    // "the sources said" after "Finance Ministry sources said": the same people.
    const again = /^the\s+(?:[\p{L}-]+\s+)?(\p{L}+)$/u.exec(lower);
    if (again?.[1] && this.lastUnnamed?.endsWith(again[1])) return { speaker: this.lastUnnamed, kind: 'unnamed' };
    // "The traders said" after "cotton traders said" and someone else: the definite article points back to them.
    const group = again?.[1] && isPlural(again[1]) ? this.groups.find((g) => g === lower.slice(4) || g.endsWith(` ${again[1] ?? ''}`)) : undefined;
    if (group) return { speaker: group, kind: 'unnamed' };
    // "they added" after "fund managers said": the people last quoted; else the organisation last named.
    if (lower === 'they' && this.lastPair) return { speaker: this.lastPair, kind: 'person' };
    if (lower === 'they' && this.lastUnnamed) return { speaker: this.lastUnnamed, kind: 'unnamed' };
    if (lower === 'they' && this.narratedGroup) return { speaker: this.narratedGroup, kind: 'unnamed' };
    if (lower === 'they' && this.groupBeforeOne) return { speaker: this.groupBeforeOne, kind: 'unnamed' };
    // "One said" after "analysts said": one of them, credited to the group; with no group before, nobody named.
    if (lower === 'one') return this.lastUnnamed ? { speaker: this.lastUnnamed, kind: 'unnamed' } : this.groupBeforeOne ? { speaker: this.groupBeforeOne, kind: 'unnamed' } : { speaker: null, kind: null };
    if (lower === 'it' && this.lastSpeakingOrg) return { speaker: this.lastSpeakingOrg, kind: 'organisation' };
    if (/^(they|it)$/u.test(lower)) return this.lastOrg ? { speaker: this.lastOrg, kind: 'organisation' } : { speaker: null, kind: null };
    // "A group of Norland governors and members of Parliament": the group speaks, not the last name inside it.
    const groupOf = /^an?\s+group\s+of\s+(.+)$/iu.exec(subject);
    if (groupOf?.[1] && groupOf[1].toLowerCase().split(/\s+/u).some(isGroupNoun)) return { speaker: subject.replace(/^A(n?)\s/u, 'a$1 '), kind: 'unnamed' };
    // "an aide to USDA Secretary Richard Lyng": the aide speaks, unnamed, not the person he works for.
    const aide = /^(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?(?:[Aa]n?|[Tt]he)\s+((?:[\p{Ll}-]+\s+)?(?:aide|adviser|advisor|assistant))\s+(?:to|of|for)\s+(.+)$/u.exec(subject);
    if (aide?.[1]) return { speaker: `${aide[1]} to ${aide[2] ?? ''}`.trim(), kind: 'unnamed' };
    // "Aides to Roberts said": the aides, in the plural, unnamed.
    const aides = /^(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?(?:(?:[Tt]he|[Ss]ome|[Tt]wo|[Ss]everal)\s+)?((?:[\p{Ll}-]+\s+)?(?:[Aa]ides|[Aa]dvisers|[Aa]dvisors|[Aa]ssistants))\s+(?:to|of|for)\s+(.+)$/u.exec(subject);
    if (aides?.[1]) return { speaker: `${aides[1].toLowerCase()} to ${aides[2] ?? ''}`.trim(), kind: 'unnamed' };
    // "a senior official of Kestrel Brothers Inc": one unnamed, described with the organisation they work for, which
    // keeps its capitals (a spokesman of one speaks for it, read below).
    // "An unidentified Alberta member of Parliament": a place or a party among the words before the role too.
    const ofOrg = /^(?:[Aa]n?|[Oo]ne)\s+(?:(?:[\p{Ll}-]+|\p{Lu}\p{Ll}+)\s+){0,3}([\p{Ll}-]+)\s+(?:of|at|with)\s+(?:the\s+)?\p{Lu}/u.exec(subject);
    if (ofOrg?.[1] && isOneNoun(ofOrg[1]) && !/^spokes/u.test(ofOrg[1])) return { speaker: subject.replace(/^A(n?)\s/u, 'a$1 ').replace(/^One\s/u, 'one '), kind: 'unnamed' };
    // "says Detroit analyst Arvid Jauppi of Arvid Jauppi and Associates": a role in lower case, the name, then whom they
    // work for: the name.
    const roleNameOf = /^(?:(?:\p{Lu}[\p{L}.'’-]*\s+){0,2})(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+)\s+((?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’.-]+)\s+(?:of|at|with|from)\s+(?:the\s+)?\p{Lu}/u.exec(subject);
    if (roleNameOf?.[1] && roleNameOf[2] && (PERSON_NOUNS.has(roleNameOf[1]) || isOneNoun(roleNameOf[1])) && !COMPANY_END.test(roleNameOf[2])) return { speaker: this.fullName(roleNameOf[2]), kind: 'person' };
    // "Minister of Energy and Mines Arturo Hernandez Grisanti": the portfolio after the title is not the name.
    const portfolio = PORTFOLIO_THEN_NAME.exec(subject);
    if (portfolio?.[2] && (portfolio[1] || portfolio[2].split(/\s+/u).length === 2)) return { speaker: this.fullName(portfolio[2]), kind: 'person' };
    // "Finance Ministry sources", "Goldman Sachs analysts": people unnamed, described by where they work.
    // "Monetary Authority of Fenmark sources": the employer's name may have "of" inside it.
    const described_ = /^((?:\p{Lu}[\p{L}&.'’-]*\s+){1,3}(?:(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}&.'’-]*\s+){1,3})?)(\p{Ll}+)$/u.exec(subject);
    if (described_?.[2] && isGroupNoun(described_[2]) && described_[2].endsWith('s')) return { speaker: subject.toLowerCase(), kind: 'unnamed' };
    // "Several members of Parliament from Ohio": people unnamed, headed by the plural noun opening the subject; the
    // body and the place after it describe them and do not speak.
    const members = /^(?:(?:Several|Some|Many|Two|Three|Four|Five|A few|Dozens of)\s+)?(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+(?:of|from|in)\s+(?:the\s+)?\p{Lu}[^,;:]*$/u.exec(subject);
    if (members?.[1] && isGroupNoun(members[1]) && members[1].endsWith('s')) return { speaker: lower, kind: 'unnamed' };
    if (UNNAMED.test(subject) && !/\p{Lu}/u.test(subject.replace(/^U\.S\./u, ''))) return { speaker: lower, kind: 'unnamed' };
    // "Dealers said", "Traders said" at the start of a sentence: people unnamed, not a name.
    if (isGroupNoun(lower.split(/\s+/u).at(-1) ?? '') && !/\s\p{Lu}/u.test(subject)) return { speaker: lower, kind: 'unnamed' };
    // "a joint statement by the army": whoever issued it speaks.
    const issued = /^(?:an?|the)\s+(?:[\p{Ll}-]+\s+)?(?:statement|report|letter|communique|communiqué)\s+(?:by|from|of)\s+(?:the\s+)?(.+)$/iu.exec(subject);
    if (issued?.[1]) {
      const by = issued[1].trim();
      return { speaker: this.orgs.find((o) => o === by || o.toLowerCase().endsWith(by.toLowerCase())) ?? by, kind: 'organisation' };
    }
    // "an arbitrageur", "one Republican strategist": one of the unnamed.
    // "a company spokesman" too: the annotated agency copy credits the spokesman, unnamed, not the company.
    if (/^(?:a|an|one|another)\s/iu.test(subject) && (UNNAMED_ONE.has(lower.split(/\s+/u).at(-1) ?? '') || (isOneNoun(lower.split(/\s+/u).at(-1) ?? '') && !/\s\p{Lu}/u.test(subject))) && subject.split(/\s+/u).length <= 5) return { speaker: lower, kind: 'unnamed' };
    // "A union spokesman in Rio de Janeiro told Reuters": one unnamed, described by where they are; the place, kept as
    // written, does not speak.
    const onePlaced = /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)\s+(?:in|from|at)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:de|da|do|du|del)\s+)?\p{Lu}[\p{L}.'’-]*){0,3})$/u.exec(subject);
    if (onePlaced?.[1] && onePlaced[2] && isOneNoun(onePlaced[1]) && isKnownPlace(onePlaced[2])) return { speaker: subject.replace(/^A(n?|nother)\s/u, 'a$1 ').replace(/^One\s/u, 'one '), kind: 'unnamed' };
    // "a senior official", "sources", "two diplomats": unnamed; "the official" refers back to someone named.
    if (UNNAMED_OPENING.test(subject) && !/^the\b/iu.test(subject)) return { speaker: lower, kind: 'unnamed' };
    // "Carden Weekly magazine said", "the Norland daily Vecer said": the publication, by its name.
    const publication = /^(?:[Tt]he\s+)?(?!(?:The|A|An)\s)((?:\p{Lu}[\p{L}.&'’-]*\s+){0,3}\p{Lu}[\p{L}.&'’-]*)\s+(\p{Ll}+)$/u.exec(subject);
    if (publication?.[1] && PUBLICATIONS.has(publication[2] ?? '')) {
      this.lastPublication = publication[1];
      return { speaker: publication[1], kind: 'organisation' };
    }
    // "A Los Angeles Times poll showed", "the NAPM report found": the document speaks for whoever it is named after.
    const namedDocument = /^(?:[Tt]he|[Aa]n?)\s+((?:\p{Lu}[\p{L}.&'’-]*\s+){1,4})(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+)$/u.exec(subject);
    if (namedDocument?.[1] && DOCUMENTS.has(namedDocument[2] ?? '')) {
      const by = this.byWord(namedDocument[1].trim().replace(/['’]s?$/u, ''));
      if (by.speaker) return { speaker: by.speaker, kind: 'organisation' };
    }
    // "The Indonesian government said", "the Norland board": an organisation by its head noun and the name or
    // nationality before it, as the story names it or as written (not the adjective alone).
    const nationalOrg = /^[Tt]he\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,3})(\p{Ll}+)$/u.exec(subject);
    if (nationalOrg?.[1] && ORG_NOUNS.has(nationalOrg[2] ?? '') && !DOCUMENTS.has(nationalOrg[2] ?? '')) {
      const name = `${nationalOrg[1].trim()} ${nationalOrg[2] ?? ''}`;
      return { speaker: this.orgs.find((o) => o.toLowerCase() === name.toLowerCase() || o.toLowerCase().endsWith(` ${name.toLowerCase()}`)) ?? name, kind: 'organisation' };
    }
    // "many Italian experts", "Senior U.S. arms control officials": people unnamed, described by where they are from
    // or what they do, capitals or not, with no "of" or "for" naming an employer.
    const groupWords = subject.split(/\s+/u);
    if (groupWords.length <= 6 && isGroupNoun(groupWords.at(-1) ?? '') && /s$/u.test(groupWords.at(-1) ?? '') && !/^the$/iu.test(groupWords[0] ?? '') && groupWords.every((w) => /^[\p{L}.&'’-]+$/u.test(w) && !/^(?:of|for|from|at|in|with|to|by|on)$/iu.test(w))) {
      return { speaker: lower, kind: 'unnamed' };
    }
    // "a BankAmerica spokesman": someone new, unnamed, who speaks for the organisation named in the description. The
    // annotated agency copy (five sets) credits "bankamerica spokesman", not BankAmerica, so it is kept as written,
    // and "he" and "the spokesman" after it are that spokesman's.
    // "the Kepco spokesman" with no one before it: the organisation speaks through its spokesman.
    // "Another Xerox spokesman said": someone new the same way.
    const forOrg = /^([Tt]he|[Aa]n?|[Aa]nother)\s+((?:\p{Lu}[\p{L}&.'’-]*\s+){1,3})(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)$/u.exec(subject);
    if (forOrg?.[2] && PERSON_NOUNS.has(forOrg[3] ?? '')) {
      const org = forOrg[2].trim();
      const people = this.people.find((p) => p.name === org);
      if (!people && /^(?:an?|another)$/iu.test(forOrg[1] ?? '')) return { speaker: subject.replace(/^A(n?|nother)\s/u, 'a$1 '), kind: 'unnamed' };
      // "the OFTEL spokeswoman" after "An OFTEL spokeswoman said" anywhere before: the same one, unnamed.
      const same = /^the$/iu.test(forOrg[1] ?? '') ? this.describedOnes.find((o) => o.replace(/^an?\s+/u, '').toLowerCase() === subject.replace(/^the\s+/iu, '').toLowerCase()) : undefined;
      if (same) return { speaker: same, kind: 'unnamed' };
      // "the Merrell spokesman" after "a company spokesman said": the same one.
      if (!people && this.lastOne?.kind === 'unnamed' && this.lastOne.speaker?.toLowerCase().split(/\s+/u).includes(forOrg[3] ?? '')) return this.lastOne;
      // "the First Boston executive" after "said Anthony Dub, who heads First Boston Corp's group": the person who
      // spoke last, named beside that organisation.
      const last = this.lastOne?.kind === 'person' ? this.lastOne : null;
      if (last?.speaker && [...(this.orgsBeside.get(last.speaker) ?? [])].some((o) => o === org || o.startsWith(`${org} `))) return last;
      // "the Kansas senator" right after Senator Dole spoke: a modifier that names no organisation of the story (a
      // place, a party) describes the person who spoke last.
      const knownOrg = this.orgs.some((o) => o === org || o.startsWith(`${org} `));
      if (/^the$/iu.test(forOrg[1] ?? '') && !knownOrg && last?.speaker && PERSON_NOUNS.has(forOrg[3] ?? '') && !/^spokes/u.test(forOrg[3] ?? '')) return last;
      // A place is no organisation with a spokesman; the description points back (below).
      if (!people && !isKnownPlace(org)) return { speaker: this.orgs.find((o) => o === org || o.startsWith(`${org} `)) ?? org, kind: 'organisation' };
    }
    // "Argentina's chief debt negotiator": someone unnamed, described by a role and whose they are.
    const owned = /^(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)$/u.exec(subject);
    if (owned?.[1] && isOneNoun(owned[1]) && !/^spokes/u.test(owned[1])) return { speaker: subject, kind: 'unnamed' };
    // "Talmor Corp's Talmor Data Systems Inc said": a company's unit speaks, not its owner before the "'s".
    // The owner is a company by its legal form ("Moody's Investors Service Inc" is one name, not Moody's unit).
    const unitOf = /^((?:\p{Lu}[\p{L}&.-]*\s+){0,4}\p{Lu}[\p{L}&.-]*)['’]s\s+((?:\p{Lu}[\p{L}&.-]*\s+){0,5}\p{Lu}[\p{L}&.-]*)$/u.exec(subject);
    if (unitOf?.[1] && unitOf[2] && COMPANY_END.test(unitOf[1]) && COMPANY_END.test(unitOf[2])) return { speaker: unitOf[2].replace(/\.$/u, ''), kind: 'organisation' };
    // "Moody's said", "McDonald's said": a possessive with nothing after it is the name itself.
    const possessive = /^((?:\p{Lu}[\p{L}&.-]*\s+){0,3}\p{Lu}[\p{L}&.-]*['’]s)$/u.exec(subject);
    if (possessive?.[1]) {
      const name = possessive[1];
      return { speaker: this.orgs.find((o) => o === name || o.startsWith(`${name} `)) ?? name, kind: 'organisation' };
    }
    // "The Exchange said", "the trust said": the organisation the story named whose name ends in that word.
    const head = /^the\s+([\p{L}-]+)$/iu.exec(subject)?.[1]?.toLowerCase();
    // The head is the last word, or the last before "of" ("the guild": Writers Guild of America).
    const headOf = (o: string) => o.split(/\s+of\s+/u)[0]?.split(/\s+/u).at(-1)?.toLowerCase();
    const headed = head ? [...(this.lastOrg ? [this.lastOrg] : []), ...[...this.orgs].reverse()].find((o) => o.includes(' ') && (o.split(/\s+/u).at(-1)?.toLowerCase() === head || headOf(o) === head)) : undefined;
    if (headed) return { speaker: headed, kind: 'organisation' };
    // "the analyst said", "the senior bank official said" after "one banking analyst said": the definite article
    // points back to the one quoted before, named or not ("the Kansas senator" after Senator Dole).
    const definiteOne = /^[Tt]he\s+((?:[\p{L}-]+\s+){0,3}?)([\p{Ll}-]+)$/u.exec(subject);
    if (definiteOne?.[2] && isOneNoun(definiteOne[2]) && this.lastOne?.speaker) {
      const modifiers = (definiteOne[1] ?? '').trim();
      const capital = /\p{Lu}/u.test(modifiers);
      const sameOne = this.lastOne.kind === 'unnamed' && this.lastOne.speaker.toLowerCase().split(/\s+/u).includes(definiteOne[2]);
      const orgModifier = capital && this.orgs.some((o) => o === modifiers || o.startsWith(`${modifiers} `));
      // "the First Boston executive" after "said Anthony Dub, who heads First Boston Corp's group": the person who
      // spoke last, named beside that organisation.
      if (sameOne || (this.lastOne.kind === 'person' && capital && !orgModifier && PERSON_NOUNS.has(definiteOne[2]))) return this.lastOne;
    }
    // "The investor group seeking to acquire GenCorp Inc said": a body described by what it is after, not the company
    // it is after; kept whole, so that "the group" and "the takeover partnership" later are it.
    const body = DESCRIBED_BODY.exec(subject);
    if (body?.[1]) return { speaker: subject.replace(/^The\s/u, 'the '), kind: 'organisation' };
    // "officials of the organization": people unnamed, of a body described in lower case, kept whole.
    const ofBody = GROUP_OF_BODY.exec(subject);
    if (ofBody?.[1] && isGroupNoun(ofBody[1]) && ORG_NOUNS.has(lower.split(/\s+/u).at(-1) ?? '')) return { speaker: lower, kind: 'unnamed' };
    // "a member of the board which regulates the farm credit system": one unnamed, the description kept whole.
    const relative = RELATIVE_DESCRIPTION.exec(subject);
    if (relative?.[1] && isOneNoun(relative[1])) return { speaker: subject.replace(/^A(n?)\s/u, 'a$1 ').replace(/^One\s/u, 'one '), kind: 'unnamed' };
    // "the director general of the U.N.'s Food and Agriculture Organisation (FAO) said": a role of an organisation
    // named in capitals is the person the story gave that role, else someone described, the description kept whole
    // (not a piece of the organisation's name the names took for a person).
    const roleOfOrg = /^[Tt]he\s+((?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+))\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+(?:(?:and|of|for|&)\s+)?){0,6}\p{Lu}[\p{L}.'’-]*)$/u.exec(subject);
    if (roleOfOrg?.[1] && roleOfOrg[3] && PERSON_NOUNS.has(roleOfOrg[2] ?? '') && !TITLES.has(roleOfOrg[3].split(/\s+/u)[0] ?? '')) {
      const roleWords = roleOfOrg[1];
      const holder = this.people.find((p) => p.role?.toLowerCase().includes(roleWords));
      if (holder) return { speaker: this.fullName(holder.name), kind: 'person' };
      const last = this.lastOne?.kind === 'person' ? this.lastOne : null;
      const org = roleOfOrg[3];
      if (last?.speaker && [...(this.orgsBeside.get(last.speaker) ?? [])].some((o) => o === org || o.startsWith(`${org} `) || org.startsWith(`${o} `))) return last;
      return { speaker: subject.replace(/^The\s/u, 'the '), kind: 'unnamed' };
    }
    // "a regional manager for one of the major oil companies": someone unnamed, described by a role and where they
    // work, in lower case (a name after "for" is the organisation's, read below).
    // After an indefinite article, whom they work for is unnamed whatever its capitals ("at a U.S. securities house").
    const role = /^(?:[Tt]he|[Aa]n?|[Oo]ne)\s+((?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+)\s+(?:for|of|at|with|from)\s+(?:[\p{Ll}\p{N}\s'’-]+|(?:an?|one)\s+[\p{L}\p{N}\s.'’&-]*\p{Ll}))$/u.exec(subject);
    // With "the", only where what follows identifies nobody known ("for one of the major companies"); "the governor
    // of the central bank" is someone the story named.
    const anyone = !/^the\s/iu.test(subject) || /\s(?:one of|a|an|some)\s/u.test(role?.[1] ?? '');
    if (role?.[1] && anyone && isOneNoun(role[2] ?? '')) return { speaker: role[1], kind: 'unnamed' };
    const described = /^(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+)$/u.exec(subject);
    // "A military communique said": a document new to the story, not the one quoted before.
    if (described && DOCUMENTS.has(described[1] ?? '') && /^an?\s/iu.test(subject)) return { speaker: subject.replace(/^A(n?)\s/u, 'a$1 '), kind: 'document' };
    if (described) return this.describe(described[1] ?? '', subject.replace(/^(?:the|a|an)\s+/iu, ''));
    // "Martin Bachem of Morgan Guaranty": the person speaks, for the organisation after "of".
    // "Liberal Democrat Brexit spokesman Tom Brake", "Reuters technical analyst Wang Tao": the name after the role noun.
    const afterRole = ROLE_THEN_NAME.exec(subject);
    if (afterRole?.[1]) return { speaker: this.fullName(withoutHomePlace(afterRole[1])), kind: 'person' };
    // "Philips of the Netherlands said": a place after "of" says where the speaker is from, not who speaks (a head
    // before it, "Bank of Japan", "Mayor of Lisbon", makes the whole a name or a role).
    const fromPlace = /^(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3})\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})$/u.exec(subject);
    const before = fromPlace?.[1]?.split(/\s+/u).at(-1) ?? '';
    if (fromPlace?.[1] && fromPlace[2] && isKnownPlace(fromPlace[2]) && !ORG_HEADS.has(before) && !TITLES.has(before) && !NOT_SPEAKERS.has(fromPlace[1])) return this.byWord(fromPlace[1]);
    // "said Bourdain of BankAmerica" after "said Chris Bourdain of BankAmerica Corp": a surname alone before "of" a
    // firm is the person the story named in full.
    const surnameOf = /^(\p{Lu}[\p{L}'’-]+)\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}/u.exec(subject)?.[1];
    if (surnameOf && !NOT_SPEAKERS.has(surnameOf) && this.fullName(surnameOf) !== surnameOf) return { speaker: this.fullName(surnameOf), kind: 'person' };
    const personOf = PERSON_OF.exec(subject);
    // "Assistant Secretary of Defence for … Richard Perle": a title alone before "of" is nobody's name.
    if (personOf?.[1] && !ORG_HEADS.has(personOf[1].split(/\s+/u).at(-1) ?? '') && !isRoleOnly(personOf[1])) {
      // "Wilhelm Harnisch CEO of Master Builders Australia": the role between the name and "of" is not the name.
      const name = personOf[1].split(/\s+/u);
      while (name.length > 2 && ROLE_WORDS.has(name.at(-1) ?? '')) name.pop();
      return { speaker: this.fullName(name.join(' ')), kind: 'person' };
    }
    // "New Jersey-based overnight messenger Purolator Courier Corp said": a description, then the company it describes.
    // "the state news agency Tanjug said", "the research board Irvam said": a description headed by an institution's
    // noun, then the name it describes, is that organisation (so that "it" later is it).
    const institutionNamed = /^(?:[Tt]he\s+|[Aa]n?\s+)?(?:[\p{L}-]+\s+){0,6}?(\p{Ll}+)\s+((?:\p{Lu}[\p{L}'’.&-]*\s+){0,3}\p{Lu}[\p{L}'’.&-]*)$/u.exec(subject);
    if (institutionNamed?.[2] && ORG_NOUNS.has(institutionNamed[1] ?? '') && !DOCUMENTS.has(institutionNamed[1] ?? '') && !this.people.some((p) => p.name === institutionNamed[2])) {
      const name = institutionNamed[2];
      return { speaker: this.orgs.find((o) => o === name) ?? name, kind: 'organisation' };
    }
    // "sole manager E.F. Hutton and Co Inc said": the name may join its words with "and" or "&".
    const describedCompany = /\s(?!(?:of|at|for|from|with|by|and|to)\s)\p{Ll}[\p{L}-]*\s+((?:\p{Lu}[\p{L}'’.&-]*,?\s+(?:(?:and|&)\s+)?){0,4}\p{Lu}[\p{L}'’.&-]*)$/u.exec(subject)?.[1];
    if (describedCompany && COMPANY_END.test(describedCompany)) return { speaker: describedCompany, kind: 'organisation' };
    // "the Kansas Republican said": a definite description in capitals (a modifier and a head, unlike "the
    // Smithsonian") that names no organisation of the story
    // points back to the person who spoke last.
    const definite = /^the\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*)$/u.exec(subject)?.[1];
    if (definite && this.lastOne?.kind === 'person' && !ORG_HEADS.has(definite.split(/\s+/u).at(-1) ?? '') && !COMPANY_END.test(definite) && !this.orgs.some((o) => o.includes(definite))) return this.lastOne;
    // "Nippon Telegraph and Telephone Corp": a whole name closed by a legal form is the company, whatever pieces of
    // it were found as names.
    // A country in brackets inside the name ("Fenwick (Scotland) Holdings Ltd") is part of it.
    if (COMPANY_END.test(subject) && /^\p{Lu}[\p{L}'’.&-]*(?:,?\s+(?:(?:and|of|&)\s+)?(?:\(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\)\s+)?\p{Lu}[\p{L}'’.&-]*)*$/u.test(subject)) return { speaker: subject.replace(/\.$/u, ''), kind: 'organisation' };
    // "Mine owners in Malaysia": people unnamed, described by where they are; the place does not speak.
    // "Several members of Parliament from Fenmark": the body they belong to ("of Parliament") stays in the description.
    const located = /^((?:\p{Lu}\p{Ll}+\s+)?(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*)?)\s+(?:in|from|at|across)\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})$/u.exec(subject);
    if (located?.[2] && located[3] && isGroupNoun(located[2]) && isKnownPlace(located[3])) return { speaker: lower, kind: 'unnamed' };
    // "The Institute for Fiscal Studies", "the Organisation for Economic Cooperation and Development, OECD": an
    // institution named by its head noun with "for" or "of" inside (and maybe its initials after it) speaks whole,
    // whatever capitalised piece of it the names found.
    const institution = /(?:^|\s)((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}?(\p{Lu}[\p{L}'’.-]*)\s+(?:for|of|on)\s+(?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:(?:and|of|for)\s+(?:the\s+)?|&\s+)?\p{Lu}[\p{L}'’.&-]*)*)(?:,?\s+\(?\p{Lu}{2,8}\)?,?)?$/u.exec(subject);
    if (institution?.[1] && ORG_HEADS.has(institution[2] ?? '')) {
      const name = institution[1].replace(/^(?:The|But|And|However)\s+/u, '');
      return { speaker: this.orgs.find((o) => o === name) ?? name, kind: 'organisation' };
    }
    // A name closing the subject is its head ("former Nevada Sen. and Reagan confidant Paul Laxalt").
    const closing = cue.mentions.at(-1);
    const headName = closing?.kind === 'person' && subject.trimEnd().endsWith(closing.name) ? closing : undefined;
    const named = headName ?? cue.mentions.find((m) => m.kind === 'person') ?? cue.mentions.find((m) => m.kind === 'organisation') ?? cue.mentions.at(-1);
    if (named) return this.byMention(named);
    if (UNNAMED.test(subject)) return { speaker: lower, kind: 'unnamed' };
    // The whole run of capitalised words before the verb, not its last word: "Morgan Guaranty Trust Co", not "Co".
    // A word that opens a clause ("The Writers Guild of America") is not part of the name; a name with "of" inside
    // that is no person's (PERSON_OF above) is an organisation's.
    const run = /((?:\p{Lu}[\p{L}'’.&-]*)(?:\s+(?:of\s+(?:the\s+)?|and\s+|&\s+)?\p{Lu}[\p{L}'’.&-]*)*)$/u.exec(subject)?.[1]?.replace(/^(?:The|But|And|In|At|On)\s+(?=\p{Lu})/u, '');
    const home = run ? withoutHomePlace(run) : '';
    if (run && home !== run && !ORG_HEADS.has(home.split(/\s+/u).at(-1) ?? '') && !COMPANY_END.test(home)) return { speaker: this.fullName(home), kind: 'person' };
    if (run && /^\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*)*\s+of\s+(?:the\s+)?\p{Lu}/u.test(run)) return { speaker: this.orgs.find((o) => o === run) ?? run, kind: 'organisation' };
    if (run && (COMPANY_END.test(run) || ORG_HEADS.has(run.split(/\s+/u)[0] ?? ''))) return { speaker: run, kind: 'organisation' };
    if (run && run.includes(' ') && !NOT_SPEAKERS.has(run.split(/\s+/u)[0] ?? '')) return this.byWord(run);
    const word = /(\p{Lu}[\p{L}'’.-]*)$/u.exec(subject)?.[1];
    if (word && !NOT_SPEAKERS.has(word)) return this.byWord(word);
    // Lower-case copy: the words themselves.
    if (!/\p{Lu}/u.test(subject) && /^\p{Ll}[\p{Ll}'’ .-]*$/u.test(subject) && !LOWER_STOPS.has(subject)) return { speaker: subject, kind: 'person' };
    return { speaker: null, kind: null };
  }

  private describe(noun: string, description: string): SpeakerTagged {
    // "the report said": whoever issued the report quoted before, else the organisation that spoke last (not one only
    // named since: "…, the U.S. Embassy said in its annual report. The Indonesian government said CPO output…").
    if (DOCUMENTS.has(noun)) {
      const issuer = this.issuers.get(noun);
      if (issuer) return { speaker: issuer, kind: 'organisation' };
      const document = this.describedDocuments.get(noun);
      if (document) return { speaker: document, kind: 'document' };
      const org = this.lastSpeakingOrg ?? this.lastOrg;
      return org ? { speaker: org, kind: 'organisation' } : { speaker: `the ${noun}`, kind: 'document' };
    }
    // "according to the complaint": a party's claim is its maker's only when the story said who made it; else the
    // document itself, not whoever spoke last.
    if (CLAIMS.has(noun)) {
      const maker = this.issuers.get(noun);
      return maker ? { speaker: maker, kind: 'organisation' } : { speaker: `the ${noun}`, kind: 'document' };
    }
    // "the paper said": the publication the story named last, never a person quoted before it.
    if (PUBLICATIONS.has(noun)) {
      const named = this.lastPublication ?? [...this.orgs].reverse().find((o) => MASTHEAD_END.test(o)) ?? null;
      return named ? { speaker: named, kind: 'organisation' } : { speaker: `the ${noun}`, kind: 'document' };
    }
    // "the bourse announced" after "The Amsterdam Stock Exchange … said": the exchange that has spoken, before one
    // only named since ("the London Stock Exchange known as Big Bang").
    if (noun === 'bourse' || noun === 'exchange') {
      const exchange = [...this.spokenOrgs].reverse().find((o) => /\s(?:Exchange|Bourse)$/u.test(o));
      if (exchange) return { speaker: exchange, kind: 'organisation' };
    }
    if (ORG_NOUNS.has(noun)) {
      // "the central bank" is not "Bank of America": every word of the description must be in the name.
      const described = description.toLowerCase().split(/\s+/u);
      // Word for word: "the bank" is not the "House Banking Committee".
      // A company by its legal form ("Harbour Mining Union Corp Ltd") is no union, ministry or court, whatever word of
      // its name the description shares.
      const kindFits = (o: string) => !(BODIES.has(noun) && COMPANY_END.test(o));
      // The organisations the names found, then those that spoke under a name they missed ("The Fenmark Union of
      // Miners said").
      const match = [...[...this.orgs].reverse(), ...[...this.spokenOrgs].reverse()].find((o) => {
        const words = o.toLowerCase().split(/[^\p{L}\p{N}]+/u);
        return kindFits(o) && described.every((w) => words.includes(w));
      });
      // "the mining company said", "the minerals and energy company said" after "Vexon Inc said": a company described
      // by its trade in lower case is the company that has been speaking (a bank described so, "the central bank", is
      // not a commercial bank named before).
      if (!match && (noun === 'company' || noun === 'firm') && described.length > 1 && this.lastSpeakingOrg && COMPANY_END.test(this.lastSpeakingOrg)) return { speaker: this.lastSpeakingOrg, kind: 'organisation' };
      // "the group said", "the takeover partnership said" after "The investor group seeking to acquire X said": the
      // body described that has been speaking.
      const describedBody = [...this.spokenOrgs].reverse().find((o) => /^the\s/u.test(o) && DESCRIBED_BODY.test(o));
      if (BODY_NOUNS.has(noun) && describedBody) return { speaker: describedBody, kind: 'organisation' };
      // "the electric utility trade association said" after "the Edison Electric Institute (EEI) said": a trade body
      // described by its trade is the trade body that has been speaking.
      const lastBody = this.lastSpeakingOrg?.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
      if (!match && described.length > 1 && TRADE_BODIES.has(noun) && TRADE_BODIES.has(lastBody) && this.lastSpeakingOrg) return { speaker: this.lastSpeakingOrg, kind: 'organisation' };
      if (!match && described.length > 1) return { speaker: description, kind: 'organisation' };
      // "the government" is not the "U.S. Embassy" named last: a name headed by another institution's noun is not
      // what the description describes ("the company" still is "Norland Corp").
      // A company named with "Group" (or "Trust", "Bank") for its legal form is still "the company".
      const fits = (o: string | null) => {
        const head = o?.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
        const company = (noun === 'company' || noun === 'firm') && COMPANY_END.test(o ?? '');
        return o && !(ORG_NOUNS.has(head) && head !== noun && !company) && kindFits(o) ? o : null;
      };
      // An organisation merely named in narration since ("…uses a chip made by Vexon Corp.") is not "the company"
      // that has been speaking.
      const recent = this.lastOrg === this.narratedOrg && this.lastSpeakingOrg ? this.lastSpeakingOrg : this.lastOrg;
      const name = match ?? fits(recent) ?? fits(this.lastSpeakingOrg);
      return name ? { speaker: name, kind: 'organisation' } : { speaker: description, kind: 'organisation' };
    }
    // "a company spokesman", "a ministry spokeswoman": the spokesperson speaks for the organisation described.
    const orgNoun = description.toLowerCase().split(/\s+/u).find((w) => ORG_NOUNS.has(w) && !DOCUMENTS.has(w));
    if (orgNoun && /^spokes(?:man|woman|person)$/u.test(noun)) return this.describe(orgNoun, orgNoun);
    // "the guild said" with no guild named: a thing, not a role, points back to no person.
    if (!isOneNoun(noun)) return { speaker: null, kind: null };
    const byRole = this.people.find((p) => p.role?.toLowerCase().includes(noun));
    const name = byRole?.name ?? this.lastSpeakerPerson ?? this.lastPerson;
    return name ? { speaker: name, kind: 'person' } : { speaker: null, kind: null };
  }

  private byMention(m: Mention): SpeakerTagged {
    if (m.kind === 'person') return { speaker: this.fullName(m.name), kind: 'person' };
    // "Computer Terminal said": the company the story named in full before.
    if (m.kind === 'organisation') return { speaker: this.shortForms.get(m.name) ?? fullFormOf(m.name, this.orgs, (rest) => /^(?:\p{Lu}[\p{L}.&-]*\s*)+$/u.test(rest)) ?? m.name, kind: 'organisation' };
    return this.byWord(m.name);
  }

  private byWord(word: string): SpeakerTagged {
    // "Amsterdam, which feels…, said" after "The Amsterdam Stock Exchange … said": the first word of an organisation
    // that spoke is it, unless it is a person's surname (not a name that merely opens with it).
    const capitalsOnly = (rest: string) => /^(?:\p{Lu}[\p{L}.&-]*\s*)+$/u.test(rest);
    const spoken = fullFormOf(word, [...this.spokenOrgs].reverse(), capitalsOnly);
    if (spoken && !this.people.some((p) => !COMPANY_END.test(p.name) && p.name.split(/\s+/u).at(-1) === word)) return { speaker: spoken, kind: 'organisation' };
    const person = this.fullName(word);
    if (person !== word || this.people.some((p) => p.name === word)) return { speaker: person, kind: 'person' };
    // "Computer Terminal said", "Coleco said": the short form of a company the story named in full.
    const org = this.orgs.find((o) => o === word || acronymOf(o) === word) ?? fullFormOf(word, this.orgs, capitalsOnly);
    if (org) return { speaker: org, kind: 'organisation' };
    if (ORG_HEADS.has(word)) return { speaker: word, kind: 'organisation' };
    // "the Treassury statement": a name the story misspells once is the organisation it names rightly elsewhere.
    const misspelt = word.length >= 6 ? [...this.spokenOrgs, ...this.orgs].find((o) => o.split(/\s+/u).some((w) => w !== word && w[0] === word[0] && oneEditApart(w, word))) : undefined;
    if (misspelt) return { speaker: misspelt, kind: 'organisation' };
    return { speaker: word, kind: 'person' };
  }
}

/** A body described by what it is after: "the investor group seeking to acquire X", "the consortium bidding for X". */
const DESCRIBED_BODY = /^[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}(group|partnership|consortium|coalition)\s+(?:seeking|trying|planning|bidding|hoping|wanting|formed|set up)\s+\S.*$/u;
/** The nouns such a body is called by later ("the group", "the takeover partnership"). */
const BODY_NOUNS = new Set(['group', 'partnership', 'consortium', 'coalition']);
/** A title, its portfolio ("of Energy", "of Energy and Mines"), then the name. */
const PORTFOLIO_THEN_NAME = /^(?:\p{Lu}\p{Ll}+\s+){0,2}(?:Minister|Secretary|Commissioner)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}\p{Ll}+(\s+and\s+\p{Lu}\p{Ll}+)?\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*)$/u;
/** "Montreal-based ", "New Jersey-based " before a name. */
const BASED_IN = /^(?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*-based\s+(?=\p{Lu})/u;
/** The trade bodies, which a description of their trade in lower case ("the electric utility trade association") is. */
const TRADE_BODIES = new Set(['association', 'institute', 'federation', 'society', 'league', 'council', 'chamber', 'confederation']);

/** Capitalised words, maybe joined by "and", "&" or "of": the opening words of a name. */
const JOINED_NAME = /^\p{Lu}[\p{L}.&'’-]*(?:\s+(?:(?:and|&|of)\s+)?\p{Lu}[\p{L}.&'’-]*)+$/u;
/** The rest of such a name: capitalised words, the first maybe after "and", "&" or "of". */
const JOINED_REST = /^(?:(?:and|&|of)\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s*)+$/u;

/** The rest of a bank's name after its first word: "Bank of Canada", "Trust", "Savings Bank". */
const BANK_REST = /^(?:Savings\s+)?(?:Bank|Trust|Bancorp|Bancorporation)(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)?$/u;

/** Whether a short form's letters are, in order, the initials of a name's capitalised words, its legal form aside. */
function spells(short: string, name: string): boolean {
  const initials = name.replace(/\s+(?:Co|Cos|Corp|Inc|Ltd|Plc|PLC|AG|SA|NV)\.?$/u, '').split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  if (initials.length < short.length || initials.length > short.length + 1) return false;
  let i = 0;
  for (const c of initials) if (c === short[i]) i++;
  return i === short.length && initials.endsWith(short.slice(-1));
}
