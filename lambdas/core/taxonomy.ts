import { z } from 'zod';

/** Kinds of contribution, as defined in TAXONOMY.md. */
export const CATEGORIES = [
  'ground_troops',
  'air',
  'air_defense',
  'maritime',
  'logistics',
  'training',
  'intelligence',
  'financing',
  'backstop',
  'participation',
] as const;
export type Category = (typeof CATEGORIES)[number];
export const CategorySchema = z.enum(CATEGORIES);

/** Stances, firmest first: the order is used to call a change firmer or softer. */
export const STANCES = ['committed', 'willing', 'considering', 'reluctant', 'ruled_out'] as const;
export type Stance = (typeof STANCES)[number];
export const StanceSchema = z.enum(STANCES);

/** ISO 3166-1 alpha-2, upper case. Which codes exist is the gazetteer's business. */
export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as GB');
export type CountryCode = string;

export const CommitmentSchema = z.object({
  country: CountryCodeSchema,
  category: CategorySchema,
  stance: StanceSchema,
  /** The sentence that states it. */
  evidence: z.string(),
});
export type Commitment = z.infer<typeof CommitmentSchema>;

export const CATEGORY_WORDS: Record<Category, string> = {
  ground_troops: 'ground troops',
  air: 'air patrols and air power',
  air_defense: 'air defense',
  maritime: 'maritime',
  logistics: 'logistics and transit',
  training: "training Ukraine's forces",
  intelligence: 'intelligence and monitoring',
  financing: 'financing',
  backstop: 'security backstop',
  participation: 'participation',
};
