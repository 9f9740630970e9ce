import { STANCES, type Stance } from '../taxonomy.js';
import { cuesWithin } from './sentence-cues.js';
import type { Span } from './sentence-reading.js';

interface CueMatch {
  start: number;
  end: number;
  stance: Stance;
  negated: boolean;
  hedge: boolean;
}

export interface ClauseStance {
  /** The clause's stance, or undefined when no word in it states one. */
  stance: Stance | undefined;
  /** The stance of the first cue: what a subject-less continuation ("focusing instead on") inherits. */
  head: Stance | undefined;
  /** Where the first stance word starts: the subject is looked for before it. */
  firstCueAt: number;
  /** Where that word ends: "prevents Austria from sending" names its country inside it. */
  firstCueEnd: number;
  /** The stance is a hedge's alone ("and possibly a ship"): no stance word of its own. */
  hedgeOnly: boolean;
}

// "Neither Oslo nor Helsinki has yet announced": neither and nor reach past the subject they stand before.
// "the decision did not mean Romanian soldiers would go": what a decision does not mean is ruled out.
// "We have no plans for Norwegian F-35s": "no" before the stance word itself.
const NEGATION_BEFORE =
  /\b(?:not|never|no longer|neither|nor)["\s]+(?:yet["\s]+)?(?:[\w-]+["\s]+){0,2}$|\bnot (?:mean|imply|signal|indicate)s? (?:that )?(?:[\w.'-]+\s+){1,4}$|\bno\s+(?:\w+\s+)?(?:troops|soldiers|forces|personnel|units|boots|\w+s)\s+$|\b(?:neither|nor)\s+(?:[\w.'-]+\s+){0,4}$|n't\s+(?:[\w-]+\s+)?$|\bno\s+$/;

// The lookahead first: the engine then runs the lookbehind only where " to " ends the text, not at every position.
const PURPOSE_TO =
  /(?=\s+to\s+$)(?<!\b(?:continu\w*|seek\w*|sought|tr(?:y|ies|ied|ying)|begin\w*|began|start\w*|need\w*|decid\w*|expect\w*|prepar\w*|mov\w*|appear\w*|seem\w*|aim\w*|set|options?|plans?|proposals?|decision|intention|readiness|willingness))\s+to\s+$/;

/** Whether text ends in " to ": PURPOSE_TO's lookbehind is costly, so it runs only on texts that pass this. */
function endsWithTo(text: string): boolean {
  const trimmed = text.trimEnd();
  return (
    trimmed.length < text.length && trimmed.endsWith('to') && /\s/.test(trimmed[trimmed.length - 3] ?? '')
  );
}

const isPurposeTo = (before: string): boolean => endsWithTo(before) && PURPOSE_TO.test(before);

const ARTICLE_BEFORE = /\b(?:the|a|an|this|that)\s+$/;

const NEGATED: Record<Stance, Stance> = {
  committed: 'ruled_out',
  willing: 'ruled_out',
  considering: 'ruled_out',
  reluctant: 'willing',
  ruled_out: 'considering',
};

/** Every cue in the span; where two overlap the longer wins ("would not" over "would"). */
function cuesIn(content: string, span: Span): CueMatch[] {
  const all: CueMatch[] = [];
  for (const hit of cuesWithin(content, span.start, span.end)) {
    if (hit.payload.kind !== 'stance') continue;
    const { cue } = hit.payload;
    // "we'll": the stance is the "'ll"; the pronoun before it is the subject.
    const contraction = content.indexOf("'", hit.start);
    all.push({
      start: contraction > hit.start && contraction < hit.end ? contraction : hit.start,
      end: hit.end,
      stance: cue.stance,
      negated: cue.negated === true,
      hedge: cue.hedge === true,
    });
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: CueMatch[] = [];
  for (const cue of all) {
    if (!kept.some((k) => cue.start < k.end && k.start < cue.end)) kept.push(cue);
  }
  return kept.sort((a, b) => a.start - b.start);
}

// Words that report a decision: negated ("has not confirmed") they state no position at all.
const REPORTS_DECISION = /^(?:confirm|announc|approv)/;

function effectiveStance(content: string, cue: CueMatch): Stance | undefined {
  if (cue.negated) return cue.stance;
  const before = content.slice(Math.max(0, cue.start - 40), cue.start);
  if (!NEGATION_BEFORE.test(before)) return cue.stance;
  if (REPORTS_DECISION.test(content.slice(cue.start, cue.end))) return undefined;
  if (/\bnot["\s]+yet["\s]+/.test(before)) return 'considering';
  return NEGATED[cue.stance];
}

const lessFirm = (a: Stance, b: Stance): Stance => (STANCES.indexOf(a) >= STANCES.indexOf(b) ? a : b);

/**
 * Composes the stance words of a clause: the least firm wins, because each later word narrows the one before
 * ("is considering withdrawing plans to send" is reluctant, "is ready to send" is willing). Hedges soften a
 * firm statement to an offer ("will participate in one way or another").
 */
export function stanceOf(content: string, span: Span): ClauseStance {
  const cues = cuesIn(content, span);
  // "attended the talks to explore U.S. involvement": an infinitive of purpose, not the subject's stance.
  // A verb that takes an infinitive ("continues to weigh") keeps it the subject's own.
  while (
    cues.length > 0 &&
    isPurposeTo(content.slice(Math.max(0, (cues[0]?.start ?? 0) - 30), cues[0]?.start))
  ) {
    cues.shift();
  }
  // "The pledge came after ...": a stance noun after an article is no verb, and the subject may follow it.
  const verbal = cues.find(
    (cue) => !ARTICLE_BEFORE.test(content.slice(Math.max(0, cue.start - 6), cue.start)),
  );
  const firstCueAt = (verbal ?? cues[0])?.start ?? span.end;
  const firstCueEnd = (verbal ?? cues[0])?.end ?? span.end;
  let stance: Stance | undefined;
  let head: Stance | undefined;
  let hedged = false;
  for (const cue of cues) {
    if (cue.hedge) {
      hedged = true;
      continue;
    }
    const effective = effectiveStance(content, cue);
    if (effective === undefined) continue;
    head ??= effective;
    stance = stance === undefined ? effective : lessFirm(stance, effective);
  }
  const hedgeOnly = hedged && stance === undefined;
  if (hedged) stance = stance === undefined || stance === 'committed' ? 'willing' : stance;
  return { stance, head, firstCueAt, firstCueEnd, hedgeOnly };
}
