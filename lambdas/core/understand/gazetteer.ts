import { z } from 'zod';
import { type Category, CategorySchema, type CountryCode, CountryCodeSchema } from '../taxonomy.js';
import { isWordUnit } from '../text/word-scan.js';
import gazetteerData from './gazetteer.json' with { type: 'json' };

/** How a country is named: the kind decides whether the mention can be the one acting. */
export type MentionKind = 'name' | 'adjective' | 'seat' | 'person';

/** Only contributors ever get a commitment: Ukraine receives, Russia (and Belarus) oppose. */
export const COUNTRY_ROLES = ['contributor', 'recipient', 'adversary'] as const;
export type CountryRole = (typeof COUNTRY_ROLES)[number];

const surfaceList = z.array(z.string().trim().min(1, 'an empty name')).default([]);

const CountryEntrySchema = z.object({
  code: CountryCodeSchema,
  names: surfaceList,
  adjectives: surfaceList,
  seats: surfaceList,
  people: surfaceList,
  role: z.enum(COUNTRY_ROLES).default('contributor'),
  unspecifiedContribution: CategorySchema.optional(),
});

const GazetteerFileSchema = z.object({
  about: z.string().optional(),
  countries: z.array(CountryEntrySchema).min(1, 'at least one country'),
});

export type CountryEntry = z.infer<typeof CountryEntrySchema>;
export type GazetteerFile = z.infer<typeof GazetteerFileSchema>;

export interface Mention {
  code: CountryCode;
  kind: MentionKind;
  /** Offsets into the searched text, end exclusive. */
  start: number;
  end: number;
  text: string;
}

export interface Gazetteer {
  country(code: CountryCode): CountryEntry | undefined;
  isContributor(code: CountryCode): boolean;
  /** The category a contribution of no named kind means for this country (participation unless the data says). */
  unspecifiedCategory(code: CountryCode): Category;
  /** Every mention, left to right, longest first where two overlap ("Luís Montenegro" is PT, not ME). */
  findMentions(text: string): Mention[];
  /** The countries whose positions are kept: every contributor, shipped or added by an extension. */
  contributorCodes(): CountryCode[];
  /**
   * The gazetteer as one article reads: once it names "Prime Minister Luís Montenegro", a bare "Montenegro"
   * ("..., Montenegro said") is him, not the country whose name his surname is.
   */
  forArticle(text: string): Gazetteer;
}

export class GazetteerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GazetteerError';
  }
}

/**
 * Validates a gazetteer document; the error names each bad field by its path so a user can fix the file.
 * `name` says which document it is in the message ("gazetteer extension").
 */
export function parseGazetteer(raw: unknown, name = 'gazetteer'): GazetteerFile {
  const parsed = GazetteerFileSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new GazetteerError(`invalid ${name}: ${problems.join('; ')}`);
  }
  const conflict = surfaceConflict(parsed.data.countries);
  if (conflict) throw new GazetteerError(`invalid ${name}: ${conflict}`);
  return parsed.data;
}

/** A name given to two countries ('"France" names both FR and GB'), or undefined when there is none. */
function surfaceConflict(entries: readonly CountryEntry[]): string | undefined {
  const seen = new Map<string, CountryCode>();
  for (const entry of entries) {
    for (const surface of allSurfaces(entry)) {
      const owner = seen.get(surface.text);
      if (owner !== undefined && owner !== entry.code) {
        return `"${surface.text}" names both ${owner} and ${entry.code}`;
      }
      seen.set(surface.text, entry.code);
    }
  }
  return undefined;
}

function allSurfaces(entry: CountryEntry): { text: string; kind: MentionKind }[] {
  return [
    ...entry.names.map((text) => ({ text, kind: 'name' as const })),
    ...entry.adjectives.map((text) => ({ text, kind: 'adjective' as const })),
    ...entry.seats.map((text) => ({ text, kind: 'seat' as const })),
    ...entry.people.map((text) => ({ text, kind: 'person' as const })),
  ];
}

/** Entries repeating a code add to the first, so a user file can extend a shipped country. */
function mergeEntries(entries: CountryEntry[]): Map<CountryCode, CountryEntry> {
  const byCode = new Map<CountryCode, CountryEntry>();
  for (const entry of entries) {
    const known = byCode.get(entry.code);
    if (!known) {
      byCode.set(entry.code, { ...entry });
      continue;
    }
    byCode.set(entry.code, {
      ...known,
      names: [...known.names, ...entry.names],
      adjectives: [...known.adjectives, ...entry.adjectives],
      seats: [...known.seats, ...entry.seats],
      people: [...known.people, ...entry.people],
      role: entry.role === 'contributor' ? known.role : entry.role,
      unspecifiedContribution: entry.unspecifiedContribution ?? known.unspecifiedContribution,
    });
  }
  return byCode;
}

function prefixKey(text: string, at: number): number {
  return text.charCodeAt(at) * 65536 + (text.charCodeAt(at + 1) || 0);
}

/** Builds the matcher once; matching is case-sensitive, so "Turkey" matches and "turkey" does not. */
export function createGazetteer(raw: unknown): Gazetteer {
  const file = parseGazetteer(raw);
  const byCode = mergeEntries(file.countries);
  const bySurface = new Map<string, { code: CountryCode; kind: MentionKind }>();
  for (const entry of byCode.values()) {
    for (const surface of allSurfaces(entry))
      bySurface.set(surface.text, { code: entry.code, kind: surface.kind });
  }
  // Surfaces grouped by their first two characters, longest first: a scan of word starts then tries only a
  // handful of candidates, which keeps the matcher linear in the text whatever the size of the data.
  const byPrefix = new Map<number, string[]>();
  for (const surface of [...bySurface.keys()].sort((a, b) => b.length - a.length)) {
    const key = prefixKey(surface, 0);
    byPrefix.set(key, [...(byPrefix.get(key) ?? []), surface]);
  }
  // The same lists narrowed by the third character, so a capital pair that opens many names ("Ma", "Pr") is
  // followed by the few that can match there; a third character no name has leaves the names of two or fewer.
  // Maps of maps, not one key of three characters: such a key is too large for the engine's small integers.
  const byThree = new Map<number, Map<number, string[]>>();
  const shortByPrefix = new Map<number, string[]>();
  for (const [key, surfaces] of byPrefix) {
    shortByPrefix.set(
      key,
      surfaces.filter((s) => s.length < 3),
    );
    const byThird = new Map<number, string[]>();
    for (const third of new Set(surfaces.filter((s) => s.length >= 3).map((s) => s.charCodeAt(2))))
      byThird.set(
        third,
        surfaces.filter((s) => s.length < 3 || s.charCodeAt(2) === third),
      );
    byThree.set(key, byThird);
  }
  // Where a surface can open: one of their first characters, not after an ASCII letter or digit. The engine
  // finds these natively, far faster than a loop over every character; the exact word test is made after. The
  // character comes first and the look back after it (at the two characters ending with it): the engine then
  // looks back only where such a character is, not at every position.
  const openingUnits = [...new Set([...bySurface.keys()].map((surface) => surface.charCodeAt(0)))];
  const opening = new RegExp(
    `[${openingUnits.map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('')}](?<![A-Za-z0-9].)`,
    'g',
  );
  // People whose surname is another country's name or seat: "Luís Montenegro" (PT) and "Montenegro" (ME).
  const surnameClashes: { fullName: string; surname: string; code: CountryCode }[] = [];
  for (const [surface, found] of bySurface) {
    const surname = surface.split(' ').pop() ?? '';
    const clash = surname !== surface ? bySurface.get(surname) : undefined;
    if (found.kind === 'person' && clash && clash.code !== found.code && clash.kind !== 'person')
      surnameClashes.push({ fullName: surface, surname, code: found.code });
  }
  const gazetteer: Gazetteer = {
    country: (code) => byCode.get(code),
    isContributor: (code) => (byCode.get(code)?.role ?? 'contributor') === 'contributor',
    unspecifiedCategory: (code) => byCode.get(code)?.unspecifiedContribution ?? 'participation',
    contributorCodes: () => [...byCode.values()].filter((c) => c.role === 'contributor').map((c) => c.code),
    findMentions(text) {
      const mentions: Mention[] = [];
      opening.lastIndex = 0;
      // A test (no match array) per opening: the opening is the one character before lastIndex.
      while (opening.test(text)) {
        const start = opening.lastIndex - 1;
        if (isWordUnit(text.charCodeAt(start - 1))) continue;
        const key = prefixKey(text, start);
        const candidates = byThree.get(key)?.get(text.charCodeAt(start + 2) || 0) ?? shortByPrefix.get(key);
        if (candidates === undefined) continue;
        let surface: string | undefined;
        for (const candidate of candidates) {
          if (text.startsWith(candidate, start) && !isWordUnit(text.charCodeAt(start + candidate.length))) {
            surface = candidate;
            break;
          }
        }
        const found = surface === undefined ? undefined : bySurface.get(surface);
        if (surface === undefined || !found) continue;
        mentions.push({
          code: found.code,
          kind: found.kind,
          start,
          end: start + surface.length,
          text: surface,
        });
        opening.lastIndex = start + surface.length;
      }
      return mentions;
    },
    forArticle(text) {
      const named = surnameClashes.filter((clash) => text.includes(clash.fullName));
      if (named.length === 0) return gazetteer;
      const person = new Map(named.map((clash) => [clash.surname, clash.code]));
      return {
        ...gazetteer,
        findMentions: (sentence) =>
          gazetteer.findMentions(sentence).map((m) => {
            const code = person.get(m.text);
            return code === undefined ? m : { ...m, code, kind: 'person' as const };
          }),
      };
    },
  };
  return gazetteer;
}

const shipped = parseGazetteer(gazetteerData);

export const defaultGazetteer: Gazetteer = createGazetteer(shipped);

/**
 * The shipped gazetteer with a user's extension file added, in the same format: an entry with a shipped
 * code adds names, people or seats to that country (a new minister), one with a new code adds a country.
 * The extension is validated on its own first, so an error names the field of the user's file.
 */
export function extendGazetteer(extension: unknown): Gazetteer {
  const added = parseGazetteer(extension, 'gazetteer extension');
  const countries = [...shipped.countries, ...added.countries];
  const conflict = surfaceConflict(countries);
  if (conflict)
    throw new GazetteerError(`gazetteer extension conflicts with the shipped gazetteer: ${conflict}`);
  return createGazetteer({ countries });
}
