const regions = new Intl.DisplayNames(['en'], { type: 'region' });

/**
 * The English name of an ISO 3166-1 alpha-2 code (GB -> United Kingdom), or the code itself when the
 * runtime knows no name for it: an alert must still go out for a code the gazetteer knows and ICU doesn't.
 */
export function countryName(code: string): string {
  const normalized = code.trim().toUpperCase();
  try {
    const name = regions.of(normalized);
    // ICU answers ZZ ("unknown or invalid territory") with a name that would read as a country.
    if (!name || name === 'Unknown Region') return code;
    return name;
  } catch {
    return code;
  }
}
