import { z } from 'zod';
import { CountryCodeSchema } from '../lambdas/core/taxonomy.js';

/** Alerts carry the country as an ISO code in the `country` message attribute; `gb` is read as `GB`. */
const CountriesSchema = z.array(z.string().trim().toUpperCase().pipe(CountryCodeSchema)).min(1).optional();

const EmailSchema = z.email({
  error: (issue) => `must be an email address (got ${JSON.stringify(issue.input)})`,
});
const PhoneSchema = z.string().regex(/^\+[1-9]\d{6,14}$/, {
  error: (issue) =>
    `must be an E.164 phone number such as +447700900123 (got ${JSON.stringify(issue.input)})`,
});

/** An email subscriber: an address or `{address, countries}`, to get only alerts about those countries. */
export const EmailRecipientSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { address: value } : value),
  z.object({ address: EmailSchema, countries: CountriesSchema }).strict(),
);

/** An SMS subscriber: a number or `{number, countries}`, to get only alerts about those countries. */
export const PhoneRecipientSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { number: value } : value),
  z.object({ number: PhoneSchema, countries: CountriesSchema }).strict(),
);

export type EmailRecipient = z.output<typeof EmailRecipientSchema>;
export type PhoneRecipient = z.output<typeof PhoneRecipientSchema>;

/** SNS rejects a second subscription of one endpoint to one topic, so a repeated endpoint is a mistake. */
export function uniqueBy<T>(key: (item: T) => string, what: string) {
  return (items: readonly T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(key(item)))
        ctx.addIssue({ code: 'custom', path: [index], message: `duplicate ${what} ${key(item)}` });
      seen.add(key(item));
    });
  };
}

export const EmailRecipientListSchema = z
  .array(EmailRecipientSchema)
  .superRefine(uniqueBy((r: EmailRecipient) => r.address.toLowerCase(), 'email address'));
export const PhoneRecipientListSchema = z
  .array(PhoneRecipientSchema)
  .superRefine(uniqueBy((r: PhoneRecipient) => r.number, 'phone number'));

/** One line per problem, each naming where it is, e.g. `alertPhones[0].number: must be ...`. */
export function describeIssues(error: z.ZodError, prefix = ''): string {
  return error.issues
    .map((issue) => {
      const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
      return `${`${prefix}${where}`.replace(/^\./, '') || 'value'}: ${issue.message}`;
    })
    .join('; ');
}
