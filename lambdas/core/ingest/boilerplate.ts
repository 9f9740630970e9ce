import { literalAlternation } from '../text/literal-alternation.js';
import { longestWholeMatch, topLevelAlternatives } from '../text/longest-match.js';
import { isRowOf, type PositionColumns, positionColumns } from '../text/pipe-table.js';
import { requiredCharacter } from '../text/required-character.js';
import { requiredWords } from '../text/required-words.js';
import { countWords, lettersAndDigits, lettersAndDigitsHeadHash } from '../text/word-scan.js';

/**
 * Removes what a scraped page or a feed item carries besides the article: navigation crumbs,
 * repeated headlines, bylines and author bios, photo captions and credits, "appeared first on"
 * footers, newsletter prompts, and everything after a "Related articles"/"Read more"-style heading.
 * Rules look at the shape of a line, never at a particular site's sentences, and work on one line
 * (= one paragraph) at a time; paragraph breaks are kept.
 */
export function stripBoilerplate(text: string): string {
  const lines = (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text)
    .split('\n')
    .map((line) => line.trim());
  // The first substantial line settles both where a tail may begin and whether the text has a real paragraph
  // (the tail begins after it): no later line is asked.
  const firstSubstantial = lines.findIndex(isSubstantial);
  const cut = lines.slice(0, tailStart(lines, firstSubstantial));
  const substantial = firstSubstantial >= 0;
  // Lines kept so far, by the hash of their first letters and digits: a repeated paragraph or headline goes.
  const seen = new Map<number, string[]>();
  const kept: string[] = [];
  // Under a live blog's "Key events" heading, its list of headlines runs to the next blank line.
  let inKeyEvents = false;
  // The rows of a table of positions are short and unpunctuated, like headings, and are the article.
  let table: PositionColumns | undefined;
  for (const [index, trimmed] of cut.entries()) {
    table = positionColumns(trimmed) ?? (table && isRowOf(trimmed, table) ? table : undefined);
    if (table) {
      kept.push(trimmed);
      continue;
    }
    // A blank line is a paragraph break and stays; a removed line leaves nothing behind.
    if (trimmed === '') {
      inKeyEvents = false;
      kept.push('');
      continue;
    }
    if (KEY_EVENTS_HEADING.test(trimmed)) {
      inKeyEvents = true;
      continue;
    }
    if (inKeyEvents && /^[-•*–·]\s/.test(trimmed)) continue;
    inKeyEvents = false;
    if (isJunkLine(trimmed)) continue;
    // Without one real paragraph the text is a teaser, and a short unpunctuated line is all there is.
    // A subheading in capitals inside the article ("POLAND AND ROMANIA") names what the next paragraph is about.
    if (
      substantial &&
      isHeadlineLike(trimmed) &&
      !(index > firstSubstantial && isCapitalsSubheading(trimmed))
    )
      continue;
    const hash = lettersAndDigitsHeadHash(trimmed, HASHED_POINTS);
    const sameHash = seen.get(hash);
    if (sameHash?.some((line) => lettersAndDigits(line) === lettersAndDigits(trimmed))) continue;
    if (sameHash) sameHash.push(trimmed);
    else seen.set(hash, [trimmed]);
    kept.push(trimmed);
  }
  const joined = kept.join('\n');
  // Most texts have no run of blank lines to close up: one search spares them the replace.
  return (joined.includes('\n\n\n') ? joined.replace(/\n{3,}/g, '\n\n') : joined).trim();
}

const KEY_EVENTS = 'key (?:events|points|moments|developments)';
const KEY_EVENTS_HEADING = new RegExp(`^${KEY_EVENTS}\\s*:?$`, 'i');

/** Letters and digits a line is hashed by: enough to tell paragraphs apart, few enough to spare reading them. */
const HASHED_POINTS = 40;

/**
 * Headings after which a page lists other stories, comments or widgets. Matched against the whole
 * line (case and a trailing colon, arrow or ellipsis ignored), so "Read more: Kyiv says..." inside
 * an article is not a cut.
 */
const TAIL_HEADINGS = new RegExp(
  '^(?:related(?: articles?| content| stories| news| coverage| posts| links| topics)?|' +
    'read (?:more|next|also)|show more|load more|see more|more (?:stories|news|on this story|from [\\p{L} ]+)|' +
    'comments?|no comments yet|leave a (?:comment|reply)|join the conversation|' +
    'try our ai features?|recommended(?: for you| stories| articles)?|you (?:may|might) also like|' +
    'most (?:read|popular|viewed)|trending(?: now)?|latest (?:news|stories)|top stories|see also|' +
    'share this (?:article|story)|what to read next|editor.s picks|about the authors?|author|avatar)' +
    '\\s*(?:[:.…>»→]+|\\(\\d+\\))?$',
  'iu',
);

/** Where the tail begins: the first tail heading after some article text (a heading on top is nav). */
function tailStart(lines: readonly string[], firstSubstantial: number): number {
  if (firstSubstantial < 0) return lines.length;
  for (let i = firstSubstantial + 1; i < lines.length; i++)
    if (TAIL_HEADINGS.test(lines[i] as string)) return i;
  return lines.length;
}

const JUNK_LINES: readonly RegExp[] = [
  // Syndication footers.
  /^the post .+ appeared first on .+$/i,
  /^(?:this (?:article|story|piece|post)|it) (?:was )?(?:first|originally) (?:appeared|published|ran)\b.*$/i,
  /^(?:this (?:article|story) )?(?:was )?originally published (?:on|by|in|at) .+$/i,
  /^.{0,80}\bappeared first on\b.{0,80}$/i,
  // A labelled line of links to other stories: "Read more: ... | ...", "RELATED NEWS - ...".
  /^(?:related(?: articles?| stories| news| coverage| content)?|read (?:more|also|next)|see also|more on this(?: story)?|further reading|most read|citește și|citeste si|czytaj (?:także|też|również)|čtěte také|čítajte aj|lees ook|lesen sie auch|lire aussi|leggi anche|lee también|leia também|recommended(?: for you| stories| reading| articles)?|also read|you (?:may|might) also like)\s*[:\-–—|]\s*\S.*$/i,
  // A live blog's list of headlines: "Key events: Starmer: ... · Dutch offer F-35s · ...".
  new RegExp(`^${KEY_EVENTS}\\s*[:\\-–—•·]`, 'i'),
  // A newsletter's footer: "Enjoyed this issue? Forward it to a colleague."
  /\b(?:enjoyed this (?:issue|newsletter|edition|briefing)|forward (?:it|this) to a (?:friend|colleague)|not subscribed yet)\b/i,
  // A newsletter's teaser for its next issue.
  /^(?:(?:also |inside )?in (?:next|this|tomorrow's|next week's|next month's) (?:issue|edition)|inside this (?:issue|edition)|coming up(?: next)?|next (?:week|time)|(?:last|previous|past|earlier) (?:issues?|editions?|week)|in case you missed it)\s*:.*$/i,
  // "Subscriber extra: \"Spain announces air defence battery\" and three more stories are in today's premium edition."
  /^(?:subscribers?(?: extra| exclusive| only)|for subscribers|premium(?: extra)?|members only|paywall)\s*:.*$/i,
  /\b(?:in|from) (?:today's|this week's|our|the) premium (?:edition|section)\b/i,
  // "You are receiving Coalition Watch because you subscribed ... | Unsubscribe": a newsletter's footer.
  /\byou(?: are|'re) receiving\b.{0,120}\bbecause you\b/i,
  // Newsletter and subscription prompts.
  /^(?:sign up|subscribe|register|join) (?:for|to|now|here|today)\b.{0,200}$/i,
  /^.{0,120}\b(?:newsletter|sign up|subscribe)\b.{0,120}\b(?:inbox|email|e-mail|newsletter|free)\b.{0,60}$/i,
  // "About the author: Katarzyna Wrona is a senior fellow at the Centre. She previously reported from ...".
  /^(?:about the authors?|about the writer|the author)\s*:\s*\S.*$/i,
  // Photo captions and credits.
  /^[[(]?(?:photo|image|picture|photograph|video|illustration|caption|credit|images? source)s?(?: (?:credits?|caption))?\s*[:|]/i,
  /^photo (?:for illustrative purposes|by|courtesy|credit)\b/i,
  // "... with his Swedish counterpart. Photograph: Leon Neal/Getty Images": a caption ending in its credit.
  /\b(?:photograph|photo|picture|image)\s*:\s*[^.:]{0,60}$/i,
  // "Norway's Tore O. Sandvik (second left) told reporters ...": a caption placing people in a picture.
  /\((?:(?:second|third|far|front|back|top|bottom) )?(?:left|right|centre|center)\)/i,
  /^(?:from left|left to right|from l to r|pictured|above|top|main image)\b[,:]/i,
  /\((?:[^()]*\b(?:getty images|afp|reuters|ap photo|associated press|epa|shutterstock|anadolu|pa images|pool|ukrinform)\b[^()]*|photo[^()]*)\)\s*$/i,
  /^.{0,80}©.{0,80}$/,
  // Reading time, dates and widget labels (never a sentence: no closing punctuation).
  /^\d+\s*(?:min|mins|minutes?)\.?\s*read$/i,
  /^(?:posted|updated|published|actions|share|advertisement|listen|listen to this article|print|email)\b.{0,40}(?<![.!?"”])$/i,
  /^\d+ (?:seconds?|minutes?|hours?|days?|weeks?) ago$/i,
  // Author bios: "Jane Doe is a reporter/the Head of ... desk at ...".
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} is (?:a|an|the)\b.{0,200}\b(?:reporter|correspondent|editor|journalist|writer|columnist|desk|contributor|producer|analyst|fellow|author)\b/u,
];

// Rules anchored at the start that open on words, a digit or a bracket fail within the first characters of
// almost every line. With the same flags they are one pattern, one alternative each (such an alternation matches
// where one of them would), so a line is asked once for all of them instead of once per rule.
const OPENING_RULES = JUNK_LINES.filter(
  (rule) =>
    rule.flags === 'i' &&
    rule.source.startsWith('^') &&
    !/^\^(?:\.|\\p)/.test(rule.source) &&
    !/\\[1-9k]/.test(rule.source) &&
    topLevelAlternatives(rule.source)?.length === 1,
);
const OPENING_RULE = new RegExp(
  `^(?:${OPENING_RULES.map((rule) => `(?:${rule.source.slice(1)})`).join('|')})`,
  'i',
);
const OTHER_RULES = JUNK_LINES.filter((rule) => !OPENING_RULES.includes(rule));

interface JunkRule {
  rule: RegExp;
  /**
   * The longest line the rule can match, for the rules anchored at both ends with counted parts
   * ("^.{0,80}©.{0,80}$"), Infinity for the others: such a rule, tried on a long paragraph, backs off through
   * every length it allows before it fails.
   */
  longest: number;
  /**
   * A mark the rule cannot match without ("(" of a credit in brackets, ":" of a caption): a line lacking it is
   * spared a rule that would be tried at every position.
   */
  mark: string | undefined;
}

const asJunkRule = (rule: RegExp): JunkRule => ({
  rule,
  longest: longestWholeMatch(rule),
  mark: requiredCharacter(rule),
});

// Rules with no mark but words they cannot match without ("appeared first on", "newsletter", the " is " of an
// author bio) back off through counted parts or are tried at every position of almost every line. Their words,
// joined per flags into one pattern, are looked for once: a line holding none of them is spared all those rules.
const WORD_GATED = OTHER_RULES.filter(
  (rule) => requiredCharacter(rule) === undefined && requiredWords(rule) !== undefined,
);
const WORD_GATES = [...new Set(WORD_GATED.map((rule) => rule.flags))].map((flags) => {
  const rules = WORD_GATED.filter((rule) => rule.flags === flags);
  const gate = new RegExp(literalAlternation(rules.flatMap((rule) => requiredWords(rule) ?? [])), flags);
  return { gate, rules: rules.map(asJunkRule) };
});
const UNGATED = OTHER_RULES.filter((rule) => !WORD_GATED.includes(rule)).map(asJunkRule);

function isJunkLine(line: string): boolean {
  return (
    OPENING_RULE.test(line) ||
    UNGATED.some((junk) => matchesJunk(junk, line)) ||
    WORD_GATES.some(({ gate, rules }) => gate.test(line) && rules.some((junk) => matchesJunk(junk, line)))
  );
}

function matchesJunk({ rule, longest, mark }: JunkRule, line: string): boolean {
  return line.length <= longest && (mark === undefined || line.includes(mark)) && rule.test(line);
}

/** A line that ends like prose. Headlines, crumbs, bylines and captions without a period do not. */
function endsLikeProse(line: string): boolean {
  // The last character, looked up: the pattern /[...]$/ was tried at every position of every line.
  const last = line[line.length - 1];
  return last !== undefined && PROSE_ENDINGS.includes(last);
}
const PROSE_ENDINGS = '.!?:;"\'”’»…';

function isSubstantial(line: string): boolean {
  return endsLikeProse(line) && countWords(line, 20) >= 20;
}

/** A few words in capitals, as a subheading inside an article is printed ("POLAND AND ROMANIA", "THE BIG TWO"). */
function isCapitalsSubheading(line: string): boolean {
  return /^[\p{Lu}][\p{Lu}\s&,'’-]{2,50}$/u.test(line) && countWords(line, 6) <= 5;
}

/** Up to 20 words without closing punctuation: a headline, crumb, byline, label or promo link. */
function isHeadlineLike(line: string): boolean {
  return !endsLikeProse(line) && countWords(line, 21) <= 20;
}
