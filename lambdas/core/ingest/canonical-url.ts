/**
 * The equality key of an article address: two links a reader would call "the same page" map to one
 * string. It is a key, not a link to show: items keep their original `url` for that.
 *
 * - scheme: http and https serve the same article, so the key always says https;
 * - host: lower case, default port and trailing dot dropped, and `www.` dropped too: a news site
 *   never publishes different articles under its apex and its www host, while feeds and shares mix
 *   both freely, so keeping them apart would only split one story into two identities;
 * - AMP: the Google AMP cache, the `amp.` host, the `/amp` segment, `.amp(.html)` and the `amp` /
 *   `outputType=amp` parameters all lead back to the article;
 * - query: tracking parameters dropped, the rest sorted; fragment and trailing slash dropped.
 *
 * Returns null for anything that is not an absolute http(s) URL.
 */
export function canonicalUrl(raw: string | undefined | null): string | null {
  const parsed = parseHttpUrl(raw?.trim());
  if (!parsed) return null;
  const url = unwrapAmpCache(parsed) ?? parsed;
  const host = canonicalHost(url.hostname);
  if (!host) return null;
  // 80 and 443 are the defaults of the two schemes we merge, whichever one the link used.
  const port = url.port === '' || url.port === '80' || url.port === '443' ? '' : `:${url.port}`;
  const path = canonicalPath(url.pathname);
  const query = canonicalQuery(url.searchParams);
  return `https://${host}${port}${path}${query ? `?${query}` : ''}`;
}

function parseHttpUrl(raw: string | undefined): URL | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * `https://example-com.cdn.ampproject.org/c/s/example.com/a` and Google's `/amp/s/example.com/a`
 * viewer both hold the publisher's address in their path (`s/` marks https).
 */
function unwrapAmpCache(url: URL): URL | null {
  const host = url.hostname.toLowerCase();
  const segments = url.pathname.split('/').filter(Boolean);
  let rest: string[] | null = null;
  if (host.endsWith('.cdn.ampproject.org') || host === 'cdn.ampproject.org') {
    rest = ['c', 'v', 'i'].includes(segments[0] ?? '') ? segments.slice(1) : null;
  } else if (/^(www\.)?google\.[a-z.]+$/.test(host) && segments[0] === 'amp') {
    rest = segments.slice(1);
  }
  if (!rest || rest.length === 0) return null;
  const secure = rest[0] === 's';
  const target = secure ? rest.slice(1) : rest;
  if (target.length === 0) return null;
  return parseHttpUrl(`${secure ? 'https' : 'http'}://${target.join('/')}${url.search}`);
}

function canonicalHost(hostname: string): string | null {
  let host = hostname.toLowerCase().replace(/\.$/, '');
  // Only strip a prefix when a registrable-looking name (with a dot) remains: `amp.dev` stays.
  for (const prefix of ['amp.', 'www.']) {
    if (host.startsWith(prefix) && host.slice(prefix.length).includes('.')) host = host.slice(prefix.length);
  }
  return host || null;
}

function canonicalPath(pathname: string): string {
  // Empty segments are how trailing and doubled slashes show up; neither names a different page.
  const segments = pathname.split('/').filter((segment) => segment !== '' && segment.toLowerCase() !== 'amp');
  const last = segments.at(-1);
  if (last !== undefined) {
    segments[segments.length - 1] = last.replace(/\.amp(\.html?)?$/i, '$1');
  }
  return `/${segments.join('/')}`;
}

/** Names compared in lower case; the prefixes cover families (utm_source, at_medium, ns_campaign...). */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  'ocid',
  'cmpid',
  'cmp',
  'icid',
  'ito',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'ref',
  'ref_src',
  'ref_url',
  'smid',
  'smtyp',
  'rss',
  'xtor',
  'spm',
  's_cid',
  'sr_share',
  'vero_id',
  'wt.mc_id',
  'wt_mc',
  'wt_zmc',
  'guccounter',
  'amp',
  '_amp',
]);
const TRACKING_PREFIXES = ['utm_', 'at_', 'ns_', 'pk_', 'mtm_', 'hsa_'];

function isTracking(name: string, value: string): boolean {
  const key = name.toLowerCase();
  if (key === 'outputtype') return value.toLowerCase() === 'amp';
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix));
}

function canonicalQuery(params: URLSearchParams): string {
  const kept = [...params].filter(([name, value]) => !isTracking(name, value));
  kept.sort(([a, av], [b, bv]) => (a === b ? compare(av, bv) : compare(a, b)));
  return new URLSearchParams(kept).toString();
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
