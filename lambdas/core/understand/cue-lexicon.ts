import type { Category, Stance } from '../taxonomy.js';

/**
 * The words that carry a stance or name a kind of contribution. Every pattern runs on lower-cased text of the
 * same length as the sentence, so offsets line up with gazetteer mentions. Patterns are compiled once.
 */

export interface StanceCue {
  stance: Stance;
  /** The cue carries its own negation ("will not", "no plans"): a "not" before it is not read again. */
  negated?: boolean;
  /** A hedge lowers a firm stance ("most likely", "in one way or another") instead of stating one. */
  hedge?: boolean;
  re: RegExp;
}

/** A sum's number in words ("one billion dollars", "half a billion euros"), as the financing cue and its readers spell it. */
export const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|half a)';
const w = (source: string): RegExp => new RegExp(`\\b(?:${source})\\b`, 'g');

// "will stay out of any mission", "keeps out of the coalition": both a refusal and the kind refused (but troops
// that "stay away from the front line" are still sent); troops that "will stay at home" are refused.
const STAYS_OUT =
  '(?:stay|stays|stayed|staying|keep|keeps|keeping|kept) (?:well )?(?:out of|away from) (?:the |a |any )?(?:\\w+ )?(?:coalition|force|mission|effort|deployment|operation)|(?:stay|stays|stayed|staying) out(?! of)|(?:stay|stays|stayed|staying|remain|remains|remained) at home';

// "in June", "on Tuesday", "last week", "this month", "earlier this year" between a verb and its infinitive.
const WHEN_GAP =
  '(?: (?:in|on|last|this|earlier this|late last|early this) (?:\\d{1,2} )?(?:\\w+day|morning|afternoon|evening|week|month|year|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)(?: \\d{1,4})?)?';

/** The verbs (and the noun) of a decision, which "not to" turns into a refusal: "decided last month not to send". */
export const DECIDING =
  '(?:decided|decides|decision|agreed|agrees|chose|chosen|chooses|opted|opts|voted|votes)';

export const STANCE_CUES: StanceCue[] = [
  {
    stance: 'ruled_out',
    negated: true,
    re: w(
      [
        // "has now closed that door" (the considering cue "has not closed the door" is the longer match).
        '(?<!\\bnot (?:yet )?)clos(?:e|es|ed|ing) (?:that|the|this) door',
        'rul(?:e|es|ed|ing) (?:it |them |this |that )?out',
        // "would lead a mechanism to monitor a ceasefire, without putting American soldiers inside Ukraine".
        'without (?:putting|sending|deploying|stationing|committing)(?= (?:[\\w-]+ ){0,3}(?:soldiers|troops|boots|ground forces|personnel)\\b)',
        // "prepared to send minesweepers ..., but not soldiers to Ukrainian soil": the verb before, refused.
        '(?<=\\bbut )not(?= (?:any |its own |their own |a single )?(?:[\\w-]+ )?(?:soldiers|troops|boots|ground forces|combat troops|personnel|ships|warships|jets|aircraft|money)\\b)',
        'refus(?:e|es|ed|ing)',
        // "Italy's refusal to put soldiers on the ground was unchanged".
        'refusal(?= to\\b)',
        'reject(?:s|ed|ing)?',
        // "there was no question of New Zealand combat troops going to Ukraine".
        "(?:there (?:is|was|will be) )?no question of(?= (?:[\\w.'-]+ ){0,3}?(?:troops|soldiers|forces|boots|personnel|sending|deploying|putting)\\b)",
        'no (?:current )?(?:plans?|intention|intentions)',
        'out of the question',
        // "The dispatch of Polish soldiers to Ukraine, by contrast, remains excluded."
        '(?:remains?|remained|stays?|stayed|is|are|was|were) (?:still |firmly |completely |entirely )?(?:excluded|off the table)',
        // "Rome has excluded sending Italian troops": excluding an act, not being excluded from talks.
        '(?:has|have|had) (?:firmly |already |again |repeatedly )?excluded(?= \\w+ing\\b)|exclud(?:es|ing)(?= \\w+ing\\b)',
        '(?:keep|keeps|kept|keeping) (?:its |their |our )?(?:own )?(?:troops|soldiers|forces|army) out',
        `${DECIDING}${WHEN_GAP} not to`,
        "prevent(?:s|ed|ing)? (?:it|them|us|[\\w.'-]+) from (?:sending|deploying|contributing|taking part|joining|participating)",
        // "something U.S. officials would not confirm": declining to confirm is no refusal.
        '(?:will|would|shall|could|can) "?(?:still |also |simply |certainly |definitely )?not(?! yet)(?! only)(?! (?:confirm|comment|say|disclose|elaborate|specify|discuss)\\b)',
        // "Hungary would neither send soldiers nor pay for any guarantee".
        '(?:will|would|shall|could|can) neither',
        "won't|wouldn't|can't|cannot",
        'never',
        'declin(?:e|es|ed|ing) to (?:send|deploy|contribute|join|commit|take part|participate|provide)',
        'dismiss(?:es|ed|ing)? (?:calls|the idea|the prospect|suggestions|proposals)',
        'oppos(?:e|es|ed|ing)',
        'says? no|said no',
        'under no circumstances',
        STAYS_OUT,
        '(?:take|takes|taking|play|plays|playing) no (?:part|role)',
        // "The President has no role in foreign or defence policy": an office's powers, not a refusal.
        'no (?:military )?(?:part|role) in(?! (?:foreign|defen[cs]e|domestic|security)(?: (?:or|and) [\\w-]+)? polic)',
        'not (?:be )?(?:sending|send|deploying|deploy|contributing|contribute|participating|participate|joining|join|taking part|providing|going to)',
        // "has no fighter aircraft of its own" says what a country has, not what it will do.
        // "no New Zealand combat troops": a people's name may be two words.
        "no (?:(?!(?:decision|change|word|plans?|on|about|for|over|of|in)\\b)[\\w.'-]+ ){0,2}?(?:ground |combat |land |military )?(?:troops|soldiers?|boots|ground forces|personnel|servicemen|brigades?|battalions?|contingents?|units|aircraft|jets|warplanes|warships)(?! of (?:its|their|our) own\\b(?! (?:in|to|into|inside|on) ))",
        "not (?:a|one) (?:single )?(?:[\\w.'-]+ )?soldiers?",
        '(?:send|sends|sending|provide|provides|providing|contribute|contributes|contributing|offer|offers|offering|commit|commits|committing|deploy|deploys|deploying|pay|pays|paying) "?neither',
        '(?:is|are|was|were|remains?|remained) (?:not|no longer) on the table|off the table',
        'declin(?:e|es|ed|ing) (?:an |the |a )?(?:invitation|request)|turn(?:s|ed|ing)? down (?:an |the |a )?(?:invitation|request)|reject(?:s|ed|ing)? (?:an |the |a )?(?:invitation|request)',
      ].join('|'),
    ),
  },
  {
    stance: 'reluctant',
    re: w(
      [
        'reluctan\\w*',
        // 'stationing German soldiers in Ukraine would "probably overburden" the Bundeswehr'.
        'overburden\\w*|overstretch\\w*|overtax\\w*',
        'avoid(?:s|ed|ing)? (?:committing|pledging|sending|deploying|promising|any (?:firm )?commitment)',
        'hesita\\w*',
        // "has gone cold on providing the American backstop".
        '(?:gone|go|goes|going|went|grown|grew) cold on|cool(?:ed|ing) on|cold feet',
        // "He was more cautious about soldiers": a comparison with what was said before it, no stance of its own.
        '(?<!\\bmore )cautious\\w*',
        'wary',
        'skeptic\\w*',
        'sceptic\\w*',
        'resist\\w*',
        'cool(?:s|ed|ing)? (?:on|to|towards?)',
        'lukewarm',
        'back(?:ing|ed|s)? away',
        // "British planning ... shifts away from the large ground deployment first floated in the spring".
        '(?:shift|move|turn|step|drift)(?:s|ed|ing)? away from',
        'backtrack\\w*',
        'scal(?:e|es|ed|ing) back',
        '(?:reduc|cut|trim|shrink|lower)\\w* (?:the |its |their )?(?:number|size|scale|contribution|offer|contingent)',
        'not (?:eager|enthusiastic|in a hurry)|in no hurry',
        'abandon\\w*',
        'withdraw\\w*',
        'withdrew',
        'shelv\\w+',
        'drop(?:s|ped|ping)? (?:its |the |their )?plans?',
        'reconsider\\w*',
        'balk\\w*',
        'doubts? (?:about|over)',
        'unlikely to',
        'not keen',
        'reservations',
        'downgrad\\w+',
        'water(?:s|ed|ing)? down',
        'pull(?:s|ed|ing)? back',
        'step(?:s|ped|ping)? back',
        'less likely',
        'second thoughts',
        'cold feet',
      ].join('|'),
    ),
  },
  {
    stance: 'considering',
    re: w(
      [
        'consider(?:s|ed|ing)?',
        'review(?:s|ing)?',
        // "Riga, Vilnius weigh in": giving a view, not weighing a contribution.
        'weigh(?:s|ed|ing)?(?! in\\b)',
        // "would \"look carefully\" at any request": the adverb and the quotation marks between.
        // "flying from a partner country and looking into Ukraine" is a sensor's reach, not a question weighed.
        'look(?:s|ed|ing)? (?:\\w+ly"? |"? ?)?(?:into|at)(?! (?:ukraine|russia|belarus|ukrainian|russian)\\b)',
        // "Whether Norwegian soldiers would be deployed ... was a question we are still working through".
        '(?<=^\\W*whether (?:[\\w-]+ ){1,6})(?:would|will|could|should|can|might)(?: (?:also |ever )?(?:be|have))?',
        'analy[sz](?:e|es|ed|ing) (?:whether|if|how)',
        // "would discuss with allies whether to send troops": a question still open.
        '(?:discuss|debat)(?:e|es|ed|ing)? (?:with (?:[\\w-]+ ){1,3})?whether',
        // "We will take that question when we know the mandate": a decision put off.
        '(?:will|would|shall) (?:take|decide|answer|address|settle|look at|consider) (?:that|this|the) (?:question|decision|issue|matter) (?:when|once|after|later|in due course)',
        // "is still working out whether Canadian soldiers would be part of the force".
        'work(?:s|ed|ing)? (?:out|through) (?:whether|if|how|what)',
        'explor\\w+',
        'examin\\w+',
        'under (?:discussion|consideration|review|study)',
        'no (?:final |formal )?decision',
        "(?:not|haven't|hasn't|hadn't|didn't) (?:yet |still )?(?:made|taken|reached) (?:a|any|that|this|the) (?:final |formal )?decision",
        'no longer (?:rul(?:e|es|ed|ing) out|exclud\\w+)',
        'sound(?:s|ed|ing)? out',
        // "would take the question to the Bundestag's party leaders": put to others to decide.
        "(?:will|would|is to|are to) (?:take|put|bring|refer) (?:the|that|this) (?:question|issue|matter|decision)(?: (?:of|on|about|over) (?:[\\w'-]+ ){1,5}?)? to",
        // '"We\'ll see," Trump said', "wait and see": no answer yet.
        "(?:we|we'll|we will|you'll|you will|let's) (?:just )?(?:wait and )?see\\b(?! (?:what|how|whether|if)\\b)",
        'wait and see',
        // "Canberra would wait for the detail from London and Paris", "will wait until the mandate is known": a
        // decision put off. ("will not wait for Washington" is no such thing.)
        "(?<!\\b(?:not|never|cannot) |n't )(?:will|would|shall|to|is going to|are going to) wait (?:for|until|on)\\b",
        // "stopped short of saying whether Spanish soldiers would be deployed", "leaving open whether Turkish
        // soldiers would serve": the question is still open.
        'st(?:op|ops|opped|opping) short of (?:saying|stating|announcing|deciding|committing to) whether',
        '(?:leave|leaves|left|leaving) open (?:whether|if)',
        '(?:has|have|had|does|do|did) not (?:yet )?clos(?:e|ed) the door|(?:is|are|was|were) not closing (?:any|the) doors?|(?:not|never) clos(?:e|es|ed|ing) (?:any|the) doors?|(?:keep|keeps|kept|keeping|leave|leaves|left|leaving) the door open|door (?:remains|is|was) (?:still )?open',
        '(?:too|still too) early to (?:say|decide|tell|commit)',
        // "was not ruling anything out", "would decide once the mandate is known", "a decision on whether to send
        // soldiers would be taken in the coming weeks".
        'not ruling (?:anything|it|them|this|that)? ?out',
        '(?:will|would) decide',
        // "We are discussing it with the Ukrainians. Nothing has been decided yet."
        '(?:are|is|were|was) (?:still )?discussing (?:it|this|that|the (?:question|issue|idea|option))',
        'nothing (?:has|had) (?:yet )?been decided|nothing is (?:yet )?decided',
        // "whether Latvian soldiers would also take part is still being discussed", "is something we are discussing
        // with our partners", "any decision on sending Dutch soldiers will be left to the next government", "a decision on
        // Dutch ground troops will have to wait".
        '(?:is|are|was|were) (?:still )?being (?:discussed|considered|studied|examined|weighed|assessed|evaluated|explored|reviewed)',
        'something (?:we|they|it|the government) (?:are|is|were|was) (?:still )?(?:discussing|considering|weighing|looking at|examining|studying|assessing)',
        "decision (?:on|about|over) (?:[\\w'-]+ ){1,6}?(?:will|would) (?:be (?:left|deferred|postponed) to|have to wait|fall to|be (?:for|up to) the next)",
        // "no decision had yet been made, and that would be for the next government": left to it.
        '(?:will|would|is|was) be (?:(?:a decision|a matter|a question|something) )?(?:for|up to) (?:the|a) (?:next|new|incoming|future) (?:government|cabinet|parliament)|(?:belongs?|fall|falls) to (?:the|a) (?:next|new|incoming|future) (?:government|cabinet|parliament)',
        // "the caretaker cabinet will leave the question of Dutch ground troops to the next government".
        "(?:will|would) leave (?:the|that|this|any) (?:question|decision|issue|matter)s? (?:of|on|about|over) (?:[\\w'-]+ ){1,6}?to (?:(?:the|a|its) (?:next|new|incoming|future)|the (?:government|cabinet|parliament) (?:formed|elected|that))\\b",
        // "The caretaker cabinet will not take a decision on sending Dutch soldiers": put off, not refused.
        '(?:will|would) not (?:take|make) (?:a|any) decision',
        // "Erdogan would take the final decision", "the question was \"on the table\"": not taken yet.
        '(?:will|would) (?:take|make) the (?:final |ultimate )?decision',
        '(?:question|issue|idea|option|matter) (?:is|was|remains|remained) (?:still )?"?on the table',
        'decision (?:on|about) whether\\b[^;]{0,80}?\\b(?:will|would) be (?:taken|made)',
        // "has not ruled it out", "is not going to rule it in or rule it out today".
        'not (?:been |be |going to )?(?:excluded?|ruled? (?:it |them |this |that )?(?:in,? or (?:rule )?(?:it |them |this |that )?)?out)',
        'not (?:yet )?(?:decided|been decided|been taken|been made|been finali[sz]ed)',
        'yet to (?:decide|be decided)',
        'undecided',
        'stud(?:y|ies|ied|ying)',
        'assess\\w*',
        'evaluat\\w+',
        'mull\\w*',
        'debat(?:e|es|ed|ing)',
        'discuss(?:es|ed|ing)? whether',
        'open question',
        // "sending Australian troops was \"a decision we haven't made\"".
        "decision (?:we|it|they|the government) (?:haven't|hasn't|have not|has not) (?:yet )?(?:made|taken)",
        // "whether Dutch soldiers would be sent remains unresolved", "Zuna said the question was \"open\"".
        'unresolved',
        '(?:remains?|remained|is|was|are|were) (?:still )?"?open(?!"? to\\b|"? for\\b)',
        'decision (?:would|will) (?:follow|come)',
        'will decide',
        '(?:will|would) be (?:clarified|determined|decided|discussed|finali[sz]ed)',
        'expected to',
        'in talks (?:about|on)',
        'deliberat\\w+',
        'thinking about',
        'ponder\\w*',
        'unclear whether',
        // "She was less definite on whether Danish soldiers would join": the question left open.
        '(?:less|not|far from) (?:definite|clear|specific|forthcoming|certain|explicit) (?:on|about|over|as to) whether',
        '(?:non-?committal|coy|vague|cagey) (?:on|about|over|as to) whether',
        // "will not rule it out", "won't rule them out".
        "(?:does|do|did|is|are|was|has|have|would|will)?(?: not|n't) (?:rul(?:e|es|ing|ed) (?:it |them |this |that )?out|exclud\\w+)",
        // "declining to rule it out", "refused to rule out sending soldiers": not ruling it out is no refusal.
        '(?:declin|refus)(?:e|es|ed|ing) to (?:rule (?:it |them |this |that )?out|exclude)',
        // Not the month: "first made in May", "since May 2025", "on May 5".
        '(?<!\\b(?:in|since|until|by|from|of|early|late|mid|last|this|next|before|after|during|through|throughout|between|on) )may(?! \\d)(?!,? 20\\d\\d)|might',
      ].join('|'),
    ),
  },
  {
    stance: 'willing',
    re: w(
      [
        'willing(?:ness)?',
        'ready|readiness',
        // "its airports and railways would be available as transit routes": put at the force's disposal, an offer.
        '(?:would|will) be (?:made )?available',
        // "The offer of navy ships made last autumn still stands".
        'still (?:stands|stood|holds|held)|remains (?:valid|on the table)',
        // "Intelligence sharing and satellite surveillance, by contrast, remain on offer".
        '(?:remains?|remained|is|are|was|were|still) on offer',
        // "What Sweden has put forward is its GlobalEye aircraft".
        '(?:has|have|had) put forward',
        // "Portugal was available to send military instructors".
        '(?:is|are|was|were|be|remains?) available to',
        // "the guarantees being prepared for Ukraine": made ready by someone, nobody's readiness.
        '(?<!\\bbeing )prepared',
        // "the task force that keeps the Black Sea open to commercial shipping": a sea kept open, not an offer.
        // 'is "open" to sending soldiers': the word quoted, the offer the same.
        '(?<!\\bkeep(?:s|ing)? (?:[\\w-]+ ){0,4}|\\bkept (?:[\\w-]+ ){0,4})open"? to',
        'openness',
        // "turning last autumn's offer into a formal commitment": the offer is what the pledge replaces.
        'offer(?:s|ed|ing)?(?! into (?:a |an )?(?:formal |firm |binding )?(?:commitment|pledge|decision))',
        // "parliament approved the government's proposal to contribute": approved, it is decided.
        "(?<!\\b(?:approv|endors|adopt|back)\\w* (?:the |a |an )?(?:[\\w'’-]+ ){0,2})proposal(?:s)?",
        'propos(?:e|es|ed|ing)',
        'suggest(?:s|ed|ing)?',
        'could',
        'can',
        'able to',
        'keen',
        'eager\\w*',
        'happy to',
        'wants? to|would like to',
        'volunteer(?:s|ed|ing)?',
        'in principle',
        'signal(?:l)?(?:s|ed|ing)? (?:its |their )?support',
      ].join('|'),
    ),
  },
  {
    stance: 'willing',
    hedge: true,
    re: w(
      [
        'in one (?:way|form) or another',
        'in some (?:other )?(?:form|way)',
        // "will not send soldiers but will take part in other ways".
        'in (?:other|different) (?:ways|forms)',
        'in (?:a )?forms? (?:still )?to be (?:defined|determined|decided|agreed)',
        'most likely',
        'probably',
        'possibly',
        '(?:play|do) (?:its|their|our|a) part',
        'in whatever (?:form|format|way)|in (?:other )?ways? (?:that |which )?(?:remain|remains|are|is|still)? ?(?:still )?to be (?:defined|determined|decided|agreed)',
      ].join('|'),
    ),
  },
  {
    stance: 'committed',
    re: w(
      [
        'pledg\\w+',
        // "the declaration commits Britain and France to set up hubs": the committed are named inside. Before the
        // bare verb: alternatives of one pattern are tried in order.
        "commit(?:s|ted)? (?!to\\b)(?:(?:[\\w.'-]+|and) ){1,5}?to\\b",
        'commit(?:s|ted|ting|ment|ments)?',
        // "Warsaw's role as the force's logistics hub is settled".
        '(?:is|are|has been|have been|was|were) (?:now |already )?(?:settled|agreed|finali[sz]ed)',
        // "U.S. tankers would be essential if a European air mission were to be credible": a need others see, no pledge.
        '(?:will|would)(?! be (?:essential|crucial|vital|indispensable|necessary|needed|required)\\b)|shall',
        "(?:we|i|they|it|you|he|she)'ll",
        // "agreed in June to provide": a time phrase may stand between the verb and its infinitive.
        `agree(?:s|d|ing)?${WHEN_GAP} to`,
        'announc(?:e|es|ed|ing)',
        'confirm(?:s|ed|ing)?',
        `decided${WHEN_GAP} to`,
        // "has criticised plans for defence funds to be opened": someone else's plan, opposed.
        '(?<!\\b(?:criticis|criticiz|oppos|reject|attack|denounc|condemn|question)\\w* (?:the )?)plan(?:s|ned|ning)? (?:to|for)',
        'the plan to',
        'intend(?:s|ed)? to',
        'vow\\w*',
        'promis\\w+',
        'set to',
        '(?:is|are) to',
        'approv\\w+',
        // "Lithuania's parliament authorised the government to send up to 150 soldiers".
        // (Authorising a ship's transit through the straits is no contribution.)
        'authori[sz](?:e|es|ed|ing)(?= (?:the |its |their |a |an |any )?(?:[\\w-]+ ){0,2}(?:government|cabinet|deployments?|dispatch|sending|mission|contributions?|participation|troops|soldiers|forces|contingent)\\b)',
        // "voted 78 to 6 to approve sending a company".
        'vot(?:ed|es|ing)(?: on \\w+| \\d+ to \\d+| \\d+-\\d+)? to',
        'earmark\\w*',
        // "by seconding staff officers to the force headquarters": officers lent to a headquarters are sent.
        'second(?:s|ed|ing)(?= (?:[\\w-]+ ){0,3}(?:officers|staff|personnel|planners)\\b)',
        // "set aside 200 million euros for the fund", "set aside €1 billion a year from 2026 to pay for its part":
        // money put apart for the force is money given.
        'set(?:s|ting)? aside(?= (?:[\\w€$£.,-]+ ){0,7}(?:for|to)\\b)',
        'sign(?:s|ed)? up',
        'sign(?:s|ed|ing)? off on',
        'green-?light(?:s|ed|ing)?|green-lit',
        'sign(?:s|ed|ing)? (?:a |an |the )?(?:joint )?(?:declarations?|letters?|memorand(?:um|a)|agreements?|accords?|pacts?)',
      ].join('|'),
    ),
  },
];

/** A reporter's forecast ("are likely to play a leading part") is not a government's position. */
export const FORECAST = w(
  // "Warsaw should offer to extend its air-defence umbrella": a columnist's advice, not the government's offer.
  '(?<!\\bwhether (?:[\\w-]+ ){0,6})should (?:also |instead |now |then |not )?(?:offer|propose|extend|pledge|commit|contribute|provide|host|train|be (?:ready|prepared|willing)|play|do (?:its|their|our) (?:part|share|bit)|take part|join|participate|stay out|keep out)|' +
    // "Berlin will probably end up leading the air defence component": the writer's guess.
    '(?:will|would) (?:probably|almost certainly|inevitably|eventually|most likely|very likely|likely) |(?:will|would) (?:\\w+ ){0,2}end up|' +
    // "She previously wrote that Denmark and Estonia would be the first to commit troops": a writer's guess.
    '(?:will|would) be (?:the|among the) (?:first|last|next) to|' +
    // "We expect Zagreb to follow Rome's lead": the writer's expectation.
    "\\b(?:we|i) (?:fully |would )?expect (?:[\\w.'-]+ ){1,3}to\\b|(?:natural|obvious|logical|good) fit|" +
    '(?:is|are|was|were|seem|seems|appear|appears) (?:\\w+ )?likely to|(?:most|more|least|less) likely to|(?:seems?|appears?|looks?) set to|poised to|(?:could|can) only|would (?:become|have to|be left|find itself|need to)|(?:is|are|was|were) (?:widely |generally |broadly |also )expected to|(?:is|are|was|were) not (?:widely |generally |broadly )?expected to|(?:natural|obvious|logical|likely) (?:candidates?|choices?|contributors?)|in all likelihood|(?:is|are|was|were) expected to (?:set out|announce|present|unveil|detail|outline|make public|publish|discuss|raise|address|attend|provide|contribute|send|lead|deploy|supply|form|make up|join|take part|participate|play|sail|operate|patrol|fly|command|head|host|handle|serve as|act as|take on|work alongside|work with|serve alongside|serve with)',
);
/** Words FORECAST cannot match without: a text with none of them is spared the expression. Keep in step. */
export const FORECAST_NEEDS = [
  'probably',
  'set to',
  'be the first',
  'be the last',
  'be the next',
  'among the first',
  'among the last',
  'among the next',
  'likely',
  'almost certainly',
  'inevitably',
  'eventually',
  'end up',
  'should ',
  'likely to',
  'poised to',
  'expected to',
  'we expect',
  'i expect',
  'we fully expect',
  'we would expect',
  'natural fit',
  'obvious fit',
  'logical fit',
  'good fit',
  'would ',
  'only',
  'candidate',
  'choice',
  'contributor',
  'likelihood',
];

/** Current aid ("will continue to fund ... as we do today") is not a commitment to the future force. */
export const CURRENT_AID = w(
  "continu(?:e|es|ed|ing) to (?:fund|send|deliver|supply|train|provide|support|arm|finance|help|give|pay)|(?:keep|keeps|kept|continu(?:e|es|ed)) (?:on )?(?:supplying|sending|delivering|funding|providing|training|arming|financing)|(?:keep|keeps|kept|continu(?:e|es|ed)) (?:on )?sharing (?:\\S+ ){0,3}with (?:ukraine|kyiv)|(?:military |financial )?(?:aid|assistance|support) (?:package )?(?:for|in) 20\\d\\d|(?:deployed|stationed|based) (?:in|to|at) \\w+ since|(?:promis|pledg|giv|deliver|sen|donat|suppl|provid)\\w* (?:ukraine|kyiv) (?:with )?(?:\\d|more|another|an additional|additional|dozens)|(?:aid|assistance|support) (?:to (?:ukraine|kyiv) )?(?:this|next) year|(?:is|are|was|were|remains?) (?:entirely |quite )?(?:separate|distinct) from (?:the |any )?(?:post-?war|future|planned|multinational|reassurance)|(?:military|financial) (?:aid|support|assistance) (?:to|for) (?:ukraine|kyiv)|(?:defen[cs]e|military) spending|(?:keep|keeps|kept|keeping) up (?:its |their |the )?(?:contributions?|support|aid|deliveries|supplies)|(?:military|financial) (?:aid|assistance)|(?:military|financial|humanitarian),? (?:(?:and )?(?:military|financial|humanitarian|reconstruction|economic|development),? )+(?:aid|assistance|support)|support (?:programme|program|package)s?|in (?:military|financial) (?:aid|support|assistance)|deliver(?:y|ies|ed|ing)?\\b(?: \\S+){0,8} to (?:ukraine|kyiv)|(?:for|to) (?:ukraine|kyiv) this year|rotational (?:brigades?|deployments?|forces?|presence)|(?:(?:in|from) )?(?:its|the|their|[\\w-]+.s) 20\\d\\d (?:\\w+ )?budget|speed(?:s|ing)? up (?:the )?deliver(?:y|ies)|reinforce (?:nato.s )?eastern flank|(?:biggest|largest) (?:military |financial )?(?:backer|donor|supporter)|to be delivered (?:in|by|within|over|this|next)|war effort|(?:for|to|in|toward|towards) (?:ukraine.s |the country.s |the )?(?:economic |civilian )?(?:reconstruction|recovery)\\b(?! of (?:its|the|ukraine.s) (?:army|armed forces|military|forces))|(?:plans? to buy|(?:ready|willing|prepared|agreed|offered|offers) to buy|to purchase|the purchase of|purchases of|procur(?:e|es|ed|ing|ement) of)|hand(?:s|ed|ing)? (?:them|it|these|those) (?:over )?to (?:ukraine|kyiv)\\b|(?:eu|european|reparations) loan|(?:russian|russia.s) (?:central bank |frozen |sovereign |immobili[sz]ed )?assets|frozen (?:russian )?assets|euroclear|(?:european union|eu).s (?:[\\w-]+ ){0,2}loan|loan to (?:kyiv|ukraine)|ammunition (?:initiative|deliveries|purchases)|artillery shells|(?:is|are|was|were) (?:\\w+ )?delivering|(?:is|are) being (?:delivered|handed over)|(?:due|set|scheduled) to be handed over|(?:promis|pledg|giv)\\w* (?:ukraine|kyiv|it) (?:\\S+ ){0,4}(?:jets|fighters|tanks|missiles|systems|ammunition|shells|vehicles|howitzers)\\b|\\d[\\d.,]* (?:billion|million|bn|m) in (?:aid|assistance)|arrived in ukraine|(?:\\w+th|first|second|third|new|latest|next) (?:military |aid |weapons |arms )?(?:aid )?package|factory|factories|production lines?|co-production|joint production|already (?:handed over|delivered)|(?:started|starts|began|begun|begins) (?:delivering|sending|supplying|handing over)|(?:pledg|promis|sen|donat|suppl|provid|giv)\\w* (?:a total of |up to |some |about )?(?:\\d[\\d,.]*|dozens of|several|more) (?:[\\w,-]+ ){0,6}to (?:ukraine|kyiv)|(?:percent|per cent|%) of gdp|currently|as (?:we|it|they) do today|already committed(?! (?:\\w+ ){0,2}(?:troops|forces|soldiers|personnel)| (?:[\\w-]+ ){0,3}to (?:the|a|an|any) (?:[\\w-]+ )?(?:force|coalition|mission|component|contingent|operation|task force))|already (?:deployed|stationed|engaged)|(?:to|for|in|over) (?:a |the )?(?:new |separate )?nato(?:'s)? (?:duties|missions?|tasks|air policing|eastern flank)|" +
    // "its contribution to NATO's forward presence in Estonia": the alliance's eastern flank now, not Ukraine.
    '(?:contribut\\w*|commitments?|deploy\\w*|troops|battle ?groups?) (?:\\w+ ){0,2}(?:to|in) (?:nato.s )?(?:enhanced )?forward (?:presence|land forces)|' +
    // "has earmarked billions of euros for weapons deliveries next year": money for arms delivered now.
    '(?:euros?|dollars?|pounds?|kron(?:er|or|a|e)|crowns|billions?|millions?|funds?|funding|money) (?:\\S+ ){0,3}for (?:weapons?|arms|ammunition|military) deliver(?:y|ies)\\b|' +
    // "a further 1.5 billion kroner for Ukrainian drone production this year": the war effort now.
    '(?:for|into|in) (?:ukrainian |ukraine.s |kyiv.s )?(?:drone|arms|weapons|ammunition) (?:production|manufacturing)|' +
    // "has refused to let weapons bound for Ukraine cross its territory since the start of the full-scale invasion",
    // "has sent air defence missiles in packages approved by parliament": the war now.
    'since the start of the (?:full-scale )?(?:invasion|war)|bound for (?:ukraine|kyiv)|in (?:aid |military |weapons |arms )?packages|' +
    // "would fund long-range drones for Ukraine worth hundreds of millions of euros": arms for the war now.
    'fund\\w* (?:\\S+ ){0,4}(?:drones|missiles|weapons|ammunition|shells|interceptors) for (?:ukraine|kyiv)\\b|' +
    // "a letter of intent on the sale of up to 150 Gripen E fighters to Ukraine": arms sold to Ukraine now.
    '(?:sale|sales|sell|sells|selling|sold) (?:of )?(?:\\S+ ){0,6}to (?:ukraine|kyiv)\\b|' +
    // "Romania donated a Patriot air defence system to Ukraine last year": a gift to Ukraine's forces.
    'donat(?:ed|es) (?:a|an|the|its|their|\\d[\\d,.]*|two|three|four|several) (?:\\S+ ){0,5}to (?:ukraine|kyiv)\\b|' +
    // "has pledged 3.5 billion euros for this year", "has set aside a further 40 billion kronor for 2026": the
    // year's aid.
    '(?:pledg|promis|earmark)\\w* (?:\\S+ ){1,6}for (?:(?:this|next) year|20\\d\\d)\\b|(?:aid|assistance|support) (?:package )?for (?:this|next) year\\b|set(?:s|ting)? aside (?:\\S+ ){1,6}for (?:(?:this|next) year|20\\d\\d)\\b|' +
    // "under the so-called Danish model": buying arms from Ukraine's makers for its forces now.
    'danish model|' +
    // "the minehunters that Britain had promised Ukraine": arms given to Ukraine's own forces.
    "(?:that|which) (?:[\\w.'-]+ ){1,3}(?:had |has |have )?(?:promised|pledged|given|donated|sold|transferred) (?:to )?(?:ukraine|kyiv)\\b|" +
    // "has delivered all 24 of the F-16 fighter jets it promised": the war now.
    'deliver(?:ed|s|ing)? all (?:\\d+|of)\\b|' +
    // "has committed more than $1.5 billion in support to Ukraine": aid now.
    'in (?:military |financial )?support (?:to|for) (?:ukraine|kyiv)|' +
    // "has refused to hand over its S-300 systems": a transfer of arms now.
    '(?:hand(?:s|ed|ing)? over|transfer(?:s|red|ring)?) (?:its|their|our) (?:[\\w-]+ ){0,6}(?:systems|jets|tanks|missiles|batteries|launchers|aircraft|fighters|helicopters)\\b|' +
    // "would not spend Czech budget money on weapons for Ukraine": arms now.
    'spend\\w* (?:\\S+ ){0,4}on (?:weapons|arms|ammunition|shells|drones)\\b|' +
    // "pledged F-16 fighter jets to Ukraine's air force": arms for Ukraine's own forces now.
    '(?:pledg|deliver|sen|transferr|giv|donat|promis)\\w* (?:[\\w-]+ ){0,4}to ukraine.s (?:air force|armed forces|army|navy)\\b|' +
    // "decided to end the rotation of a U.S. brigade combat team through Romania": NATO's eastern flank too.
    'rotation of (?:a |the |its )?(?:[\\w.-]+ ){0,4}(?:brigade|battalion|troops|forces)\\b[^,;]{0,30}? through (?!ukraine\\b)|' +
    // "would cut back its rotational troop presence in Romania": NATO's eastern flank, not Ukraine.
    'rotational (?:[\\w.-]+ ){0,3}(?:brigade|battalion|troops?|forces|presence)\\b(?! (?:in|to|inside|into) ukraine\\b)|' +
    // "would not replace a US Army brigade rotating through Romania", "would scale back a U.S. Army brigade rotating
    // through Romania": NATO's eastern flank, not Ukraine.
    '(?:replace|withdraw|reduce|pull out|scale back|scale down|draw down|cut) (?:a |the |its |their )?(?:[\\w.-]+ ){0,3}(?:troops|forces|soldiers|battlegroup|brigade|battalion) (?:rotating through|stationed in|based in) (?!ukraine\\b)|' +
    // "would keep its troops in Estonia at current levels": NATO's eastern flank now, not Ukraine.
    'keep(?:s|ing)? (?:its |their |our )?(?:\\w+ )?(?:troops|forces|soldiers|battlegroup|brigade) in (?!ukraine\\b)(?:estonia|latvia|lithuania|poland|romania|slovakia|finland|bulgaria|hungary)\\b|' +
    // "what officials say will become NATO's largest base in Europe": NATO's own build-up.
    'nato.s (?:\\w+ ){0,2}(?:bases?|scheme|purl)\\b|\\bpurl\\b|under (?:the )?existing (?:programmes?|programs?|arrangements?)|' +
    // "would fund the delivery of thousands more air-defence missiles this winter".
    'deliver(?:y|ies) of (?:\\S+ ){0,5}(?:missiles|shells|weapons|ammunition|interceptors|drones|tanks)\\b|' +
    // "agreed to pay for two more Patriot launchers": buying arms for Ukraine now.
    '(?:pay|pays|paid|paying) for (?:\\S+ ){0,5}(?:launchers?|systems|missiles|weapons|interceptors|ammunition|shells|drones)\\b|' +
    // "would finance additional Patriot systems to help Ukraine withstand Russia's summer air offensive".
    'financ(?:e|es|ed|ing) (?:\\S+ ){0,4}(?:patriot|iris-t|nasams|samp/t)\\b|to (?:help )?(?:ukraine|kyiv) withstand\\b|' +
    // What has been given through the war so far: "has committed $4 billion in military aid since 2022".
    '(?:has|have|had) (?:\\w+ )?(?:committed|given|provided|delivered|sent|pledged|trained|spent)\\b.{0,120}\\bsince (?:20(?:1\\d|2[0-5])|the (?:start|beginning) of the (?:war|invasion)|(?:the |russia.s )(?:full-scale )?invasion)|military aid to ukraine since',
);
/** Words CURRENT_AID cannot match without. Keep in step with it. */
export const CURRENT_AID_NEEDS = [
  // Arms sold or given "to Ukraine" are found by ' to ukraine' below; funded "for Ukraine", by these.
  'drones for',
  'missiles for',
  'weapons for',
  'ammunition for',
  'shells for',
  'interceptors for',
  'danish model',
  'transfer',
  'since the start',
  'bound for',
  'packages',
  'hand',
  'continu',
  'currently',
  'today',
  'already',
  'nato',
  'since',
  'keep',
  'kept',
  ' for 20',
  'aid in 20',
  'support in 20',
  'assistance in 20',
  'package in 20',
  // "promised Ukraine 30 jets", "aid to Kyiv this year", "military support for Ukraine"
  'ed ukraine',
  'es ukraine',
  'nt ukraine',
  'en ukraine',
  'ed kyiv',
  'es kyiv',
  'nt kyiv',
  'en kyiv',
  's this year',
  'for this year',
  'for next year',
  's next year',
  'd this year',
  'e this year',
  'e next year',
  'military ',
  'financial ',
  'spending',
  'gdp',
  'support program',
  'rotational',
  'delivering',
  'already',
  'support package',
  'deliver',
  ' to ukraine',
  ' to kyiv',
  'war effort',
  'patriot',
  'iris-t',
  'nasams',
  'samp/t',
  'withstand',
  'reconstruction',
  'recovery',
  'buy',
  'purchase',
  'pay for',
  'existing',
  'speed',
  'eastern flank',
  'spend',
  'pays for',
  'paid for',
  'paying for',
  'procur',
  ' loan',
  'ammunition',
  'artillery shells',
  ' budget',
  'backer',
  'donor',
  'to be delivered',
  'ed it ',
  ' in aid',
  ' in assistance',
  'arrived in',
  'package',
  'factor',
  'production',
  'rotating through',
  'stationed in',
  'based in',
  'rotation of',
  'forward presence',
];
/**
 * What goes on after the war is a post-war pledge, though it continues aid given now; but not in the words that
 * set aid apart from it ("separate from whatever comes after a ceasefire", "separate from any post-war mission").
 */
export const POST_WAR = w(
  "(?<!\\b(?:separate|distinct|apart) from (?:the |any |a |whatever comes |what comes |anything )?)(?:after (?:the|a|any) (?:war|ceasefire|truce|fighting|peace deal|peace agreement|peace settlement|cessation of hostilities)|(?:once|when|as soon as) (?:there is |there's )?(?:the|a) (?:ceasefire|truce|peace|war|fighting|guns)|post-?war|after the guns|for the long term|as part of (?:the |any |its )?(?:post-?war |security )?(?:guarantees?|force|mission))",
);

export interface CategoryCue {
  category: Category;
  re: RegExp;
}

/** Most specific first: a span taken by one cue is not read again ("surveillance aircraft" is not air). */
export const CATEGORY_CUES: CategoryCue[] = [
  // Officers sent to plan and command the force at its headquarters take part in it without being one of the named
  // kinds; first, so that "personnel to the headquarters" is not read as troops.
  {
    category: 'participation',
    re: w(
      "(?:staff|liaison|planning) officers|(?:officers?|personnel|staff|planners) (?:to|at|in) (?:the |its |a |the force's |the coalition's )?(?:[\\w-]+ ){0,2}(?:headquarters|hq|command staff)",
    ),
  },
  {
    category: 'air_defense',
    re: w(
      'air shield|protect\\w* (?:the |a |an |any )?(?:[\\w-]+ ){0,2}(?:force|troops|bases|cities|hubs?) (?:from|against) (?:the air|air (?:attacks?|strikes?|threats?)|missiles?|drones?)|(?<!\\b(?:national|domestic|own|home|territorial) )(?:ground-based |short-range |long-range )?air[- ]defen[cs]es?(?: (?:systems?|batteries|battery|units?|crews?))?|missile[- ]defen[cs]es?|anti-(?:aircraft|missile|drone)|patriots?|samp/t|iris-t|nasams',
    ),
  },
  {
    category: 'intelligence',
    re: w(
      'eyes? in the sky|(?<!maritime )patrol (?:aircraft|planes?)|watch(?:es|ing)? (?:over )?(?:the |a |any )?(?:(?:future|eventual|agreed) )?(?:ceasefire|truce|contact line|demarcation line|(?:[\\w-]+ )?airspace)|wedgetails?|e-7a?|globaleyes?|(?:airborne )?(?:surveillance|reconnaissance|spy|awacs|early[- ]warning)(?: aircraft| planes?| drones?| flights?| satellites?)?|intelligence|isr|verif(?:y|ies|ied|ying|ication)(?= (?:of )?(?:a |the |any )?(?:ceasefire|truce))|monitor(?:s|ing|ed)?(?: and verify)?(?="? (?:of |the |a |any )?(?:[\\w-]+ )?(?:ceasefire|truce|line|contact|border|front|deal|agreement|peace))|(?:ceasefire |truce |the )?monitoring (?:mission|mechanism|role|activities|team|operation|force|effort)|the monitoring\\b|ceasefire monitor\\w*|satellite\\w*',
    ),
  },
  {
    // "a logistics support vessel" is a ship, whatever it carries.
    category: 'maritime',
    re: w('(?:logistics|logistic|supply|support|replenishment) (?:support )?(?:vessels?|ships?)'),
  },
  {
    // Hosting others' jets or troops is a staging base: logistics, whatever is hosted.
    category: 'logistics',
    re: w(
      // "has agreed to host the coalition's air component at the Kogalniceanu air base": a base for it.
      "host(?:s|ed|ing)? (?:the |allied |foreign |partner |coalition |their |rotating |[\\w'-]+ ){0,2}(?:jets|aircraft|troops|ships|forces|soldiers|warships|(?:fighter |air |naval )?(?:detachments|squadrons|rotations)|(?:air|naval|maritime) component)|" +
        // "Romania has offered its air and naval bases": bases to stage from, not an air or naval role.
        '(?:offer\\w*|provid\\w*|open\\w*|mak\\w* available) (?:its |their |the )?(?:air|naval|military|army)(?: and (?:air|naval|sea|army))? bases',
    ),
  },
  {
    category: 'logistics',
    re: w(
      '(?:contribut\\w*|help\\w*|support\\w*|assist\\w*) from (?:its|their|our) (?:own )?territory|(?:fly|flies|flying|flown|land|lands|landing) (?:into|to|at|in) (?:the )?(?:[\\w-]+ ){0,2}?(?:airports?|air ?bases?|airfields?|hubs?)\\b|(?:fly|flies|flying|flown|land|lands|landing) (?:into|to|at|in) rzesz[oó]w|corridor for (?:\\S+ ){0,3}(?:troops|soldiers|forces|weapons|supplies)|(?:gateway|entry point|route) for (?:\\S+ ){0,3}(?:troops|soldiers|forces|weapons|supplies)|(?:territory|airspace|roads|railways?) (?:\\S+ ){0,4}(?:used )?for (?:moving|transporting|the transit of|the movement of) (?:\\S+ ){0,2}(?:troops|soldiers|forces|weapons|equipment)|(?<!\\bprotect\\w* (?:\\S+ ){0,5})logistic\\w*|transport\\w*|airlift\\w*|(?:move|moving|ferry|ferrying) (?:people|troops|personnel|soldiers|equipment|supplies|materiel)(?: and (?:people|equipment|supplies|materiel))?|sealift|staging(?: areas?| bases?| grounds?)?|transit|(?<!\\b(?:near|next to|beside|close to|around) (?:the |a |its |their )?(?:[\\w-]+ ){0,2})hubs?|(?<!\\bprotect\\w* (?:\\S+ ){0,8})supply (?:lines?|routes?|chains?)|rail (?:lines?|links?)|(?:staging|logistics|logistical|supply|transit|forward|rear) bases?|bases? for (?:the )?(?:\\w+ )?(?:force|coalition|troops|mission|aircraft)|as a (?:\\w+ )?base|port of (?!ukrain|odesa|odessa)\\w+|(?:its|their) (?:\\w+ )?ports?|fuel|refuel\\w*|medical evacuation|medevac|heavy equipment|(?:cross|crossing|pass through|passing through|transit through) (?:its|their|our|the country.s) (?:territory|airspace)|(?:move|moving|carry|carrying|ferry|ferrying|fly|flying) (?:the )?(?:force.s )?(?:troops|equipment|supplies|personnel|soldiers|cargo)',
    ),
  },
  {
    category: 'training',
    re: w(
      // "the trains carrying it will not pass through Hungary": railway trains.
      // "barracks, training areas and housing for German soldiers": a host's sites, nobody trained.
      "train(?:ed|ers?)?|training(?! (?:areas?|grounds?|ranges?|sites?)\\b)|(?<!\\b(?:the|freight|cargo|supply|goods) )trains(?! (?:carrying|loaded|bound|will|would|pass))|retrain\\w*|instructors?|re-?arm\\w*|regenerat\\w*|mentor\\w*|military academ\\w*|rebuild\\w*(?= (?:and \\w+ )?(?:of )?(?:the |its |their |a |an )?(?:ukrain\\w+(?:'s)? |kyiv's )?(?:army|armed forces|military|forces|defen[cs]e forces|brigades|units))",
    ),
  },
  {
    category: 'air',
    re: w(
      "air forces?|air (?:patrols?|policing|power|cover|support|components?|contributions?|element|detachment|role|assets?|capabilit(?:y|ies)|protection|shield|operations?|mission|contingent|wing)|fighter(?:s| jets?| planes?| aircraft)?|raf (?:jets|patrols|typhoons|aircraft|squadrons?)|jets?|warplanes?|combat aircraft|aircraft|f-16s?|f-35s?|gripens?|rafales?|eurofighters?|typhoons?|mirages?|by air|from the air|in the air|(?:ukrainian|ukraine's|its|their|the country's) skies|(?:limited|restricted|confined) to the air|in the sky|the skies|airspace|(?:fly|flies|flying|flown|fly patrols) over (?:ukraine|western ukraine|ukrainian (?:territory|cities|soil))|air(?= and (?:sea|naval|maritime))",
    ),
  },
  {
    category: 'maritime',
    re: w(
      'naval(?! infantry)|navy|navies|warships?|ships?|vessels?|frigates?|corvettes?|destroyers?|submarines?|minehunters?|minesweepers?|mine[- ]?countermeasures?|mine[- ]clearance (?:at sea|(?:in|off|along) (?:the )?(?:black sea|sea|coast))|clear(?:ing)? (?:the )?(?:sea|black sea|sea lanes|shipping lanes|ports?) of (?:sea )?mines|clear(?:ing)? (?:sea )?mines (?:from|in|off) (?:the )?(?:black sea|sea|ports?|shipping|coast|(?:sea |maritime )?approaches)|clear(?:ing)? (?:the )?(?:sea |maritime )?approaches to (?:odesa|odessa|mykolaiv|ukraine.s ports|the ports?)|demining (?:at sea|in the black sea|of the black sea|the black sea|black sea (?:waters|ports|shipping lanes))|sea mines|maritime|coast ?guard|coastline|sea (?:lanes?|protection|component|routes?|corridor)|black sea (?:security|mission|shipping|corridor|demining|mine\\w*|naval|maritime)|(?<=\\bcontribut\\w* )(?:in|to|at) the black sea|(?:black sea |naval |maritime )task (?:force|group)|at sea|by sea|shipping lanes|(?:clearance|clearing|removal) of (?:sea )?mines(?! and (?:other )?(?:unexploded|explosive)| (?:on|from) (?:land|farmland|fields))|(?:secur\\w+|protect\\w*|escort\\w*) (?:commercial |merchant |civilian )?shipping|(?:security|safety|protection) of (?:commercial |merchant |civilian )?shipping|(?:security|safety|protection) of the black sea|(?:safety|freedom|security) of navigation|(?:safe|free) navigation|(?:role|responsibility|presence|contribution|mission|operations?)(?: (?:it|they|[\\w-]+) (?:could|would|might|may|can|will) (?:play|take on|have))? in the black sea',
    ),
  },
  {
    category: 'ground_troops',
    re: w(
      // "willing to contribute a company": an army unit.
      // "but that its army would stay at home": the army kept out is troops refused.
      '(?:its|their|our) (?:own )?army(?= (?:would|will|is to|shall|must) (?:stay|remain) (?:at )?home\\b)|' +
        '(?<=\\b(?:contribute|send|deploy|offer|provide|commit|pledge|pledged|offered|sending|deploying) )(?:a|one|two|an infantry|a mechani[sz]ed|an engineer|an engineering|a sapper|a military police|a security|a protection) compan(?:y|ies)\\b(?! (?:to (?!(?:the|a|an|ukraine|kyiv|its|their)\\b)|that|which|of (?:firms|businesses)))|troops|troop (?:deployment|contribution|contingent|presence)|soldiers?|(?:deploy\\w*|send\\w*|station\\w*) (?:the )?bundeswehr|bundeswehr(?= (?:could|would|will|might|to) (?:take part|participate|join|help secure|secure))|(?:secure|securing|police|policing|patrol\\w*) (?:a |the )?(?:demilitari[sz]ed|buffer) zone|bundeswehr (?:soldiers|troops|units|personnel)|deployment of the bundeswehr|sdf (?:units|personnel|troops)|(?:dispatch\\w*|send\\w*|deploy\\w*) (?:the |its |japan.s )?(?:ground )?self-defen[cs]e forces?|(?:(?:not|never) |(?<=\\bno (?:[\\w-]+ ){1,2}(?:will|would|shall|are to|is to) (?:ever )?))(?:be |been )?(?:sent|deployed|stationed) (?:to|in|into|inside) (?:the (?:war )?front(?: ?lines?)?(?: in ukraine)?|ukraine)|intent to deploy\\b(?! (?:jets|aircraft|ships|warships|minehunters|frigates|air|naval))|on (?:ukrainian|ukraine.s) soil|boots on the ground|battle ?groups?|brigades?|battalions?|contingents?|land (?:component|contribution)|ground (?:forces?|troops|component|units?|deployment|contribution|role|presence)|land forces?|personnel|servicemen|service ?members|peacekeepers|infantry|(?:a |the )?force on the ground|forces on the ground|people on the ground|on the ground|combat units?|military units?|(?:mechani[sz]ed|armou?red|infantry|engineering|sapper) units?|(?:company|battalion|brigade|platoon)[- ]sized (?:unit|contingent|force)|(?:contribut\\w+|send\\w*|deploy\\w*|commit\\w*|offer\\w*) (?:a |an |one |two |its |their )?(?:small |large |[\\w-]+-sized |combat |military )?units?\\b|(?<=\\b(?:a|an|one|two) (?:[\\w-]+ )?)units? (?:(?:could|would|will|might|may|can) (?:also )?be |(?:is|are|was|were) (?:to be )?)(?:sent|deployed|stationed)\\b|on land|(?:members|units|elements) of (?:the|its|their|our) (?:[\\w-]+ )?(?:armed forces|army|(?:self-)?defen[cs]e forces)|(?:infantry |mechani[sz]ed |rifle )compan(?:y|ies)|compan(?:y|ies) of (?:[\\w-]+ )?(?:soldiers|troops|infantry|its own|their own)|units? of troops|(?:military |combat )engineers|sappers|(?:send|sending|deploy|deploying|contribute|contributing|commit|committing) (?:a |an |"a |"an )(?:[\\w"-]+ ){0,2}force\\b(?! (?:in|on|for|to) the)|(?:send|sends|sending|sent|deploy|deploys|deploying|deployed|station|stationing|commit|committing) (?:[\\w-]+ (?:and )?){0,3}?forces\\b(?! (?:officers?|personnel|staff|instructors|trainers|medics|engineers|aircraft|jets|ships|vessels|planes))',
    ),
  },
  {
    category: 'financing',
    re: w(
      // "to be funded from the defence budget" says where a country's own costs come from: not financing; nor does
      // "will seek funding for it in the spring budget".
      // "would publish the cost of the mission" tells what it costs, not who pays.
      // "would not contribute "a single euro"".
      '(?:a single|one single) (?:euro|dollar|cent|penny|pound|krona|krone|koruna|zloty|forint)|' +
        // "has pledged billions of euros to rebuild Ukraine's army": a sum without a figure.
        '(?:billions|millions|hundreds of millions|tens of millions) of (?:euros|dollars|pounds|kroner|kronor|crowns|yen|zlotys|francs)|' +
        '(?<!short of |lack of |out of )money (?:for|to pay for)|(?<!eu |european |european union |nato |cohesion |structural |(?:seek|seeks|seeking|sought|request|requests|requested|requesting) (?:the |new |additional |extra )?)fund(?:s|ed|ing)?(?! (?:from|out of|through) (?:the|its|their|an?) )|financ(?:e|es|ed|ing|ier|ially)\\b|in financial terms|(?<!(?:publish|disclos|estimat|reveal|calculat|assess|set out|spell out|detail)(?:e|es|ed|ing|s)? (?:the |an? |its |their )?(?:full |likely |estimated |expected )?)(?:running )?costs? of (?:the |a )?(?:force|mission|deployment|operation)|common (?:costs|funding|budget|fund)|(?:bear|bears|bearing|cover|covers|covering|shoulder|shoulders|shouldering|share|shares|sharing|split|splits|splitting) (?:\\S+ ){0,4}costs?\\b|foot(?:s|ed|ing)? the bill|share of the costs?|(?:force|mission|operation).s (?:running |common )?costs|financial (?:support|aid|contributions?|help|assistance|backing|package|commitment)|(?<!short of |lack of |more )money|pay(?:s|ing)?|payments?|(?<!eu |european |reparations )loans?|grants?|(?:€|\\$|£) ?\\d[\\d.,]*(?: ?(?:million|billion|bn|m))?|(?:\\d[\\d.,]* ?|' +
        NUMBER_WORD +
        ' )(?:million|billion|bn) (?:(?:swedish|danish|norwegian|icelandic|czech|us|u\\.s\\.|canadian|australian|new zealand) )?(?:euros?|dollars?|pounds?|kroner|kronor|kronur|krónur|crowns|yen|zloty|zlotys|forint|lei|koruna|korun|francs)|budget(?:ed|s)? (?:for|to cover)|budgeted|cash',
    ),
  },
  {
    category: 'backstop',
    // Not a guarantee of loans: "will not guarantee any new EU borrowing".
    re: w(
      // "any mechanism that guarantees a just peace": the verb of what is joined, not a guarantee offered.
      'backstop\\w*|(?<!\\b(?:that|which) )(?:security )?guarantees?(?! (?:for |on |of )?(?:any |the |a |new |its |their )*(?:new )?(?:eu |joint |european )?(?:borrowing|loans?|debt|bonds?))|guarantor',
    ),
  },
  {
    category: 'participation',
    re: w(
      [
        'participat\\w+',
        '(?:tak(?:e|es|ing)|took) (?:no )?part',
        'no (?:military )?(?:part|role) in',
        'join(?:s|ed|ing)? (?:the |a |any )?(?:\\w+ )?(?:coalition|force|mission|effort|deployment|operation)',
        'join(?:s|ed|ing)? it\\b',
        STAYS_OUT,
        '(?:be|become|being|is|are) (?:a )?part of (?:the |a |any )?(?:\\w+ )?(?:coalition|force|mission|deployment|operation|effort)',
        '(?:military |any |a |no )?role in (?:the |a |any )?(?:\\w+ )?(?:\\w+ )?(?:force|mission|coalition|deployment|operation)',
        'role (?:it|they|the country) (?:could|would|might|will|can) play',
        // "what role, if any, it could play": the aside blanked leaves its commas.
        'what role,? *(?:, *)?(?:it|they|the country) (?:could|would|might|will|can) play',
        // "will decide what role, if any, Spain plays".
        "what role,? *(?:if any,? *)?(?:, *)?(?:[\\w.'-]+ ){1,2}plays\\b",
        'military role',
        // "Orban has refused any role for his country".
        'any (?:military )?role\\b',
        // "Ireland has said it will consider a role once the triple lock is gone".
        '(?<=\\b(?:consider\\w*|weigh\\w*|explor\\w*|seek\\w*|want\\w*|offer\\w*|find) )(?:a|some) (?:\\w+ )?role\\b',
        // "was considering what it could offer", "looking at what, if anything, New Zealand could offer".
        '(?<=\\b(?:consider\\w*|look\\w* at|weigh\\w*|examin\\w*) )what[, ]*(?:if anything[, ]*)?(?:[\\w-]+ ){1,2}(?:could|can|might|would) (?:offer|provide|bring|give)',
        // "Wellington would consider any request": a request to take part.
        '(?<=\\b(?:consider\\w*|weigh\\w*|examin\\w*) )(?:any|a|every) request\\b',
        'play (?:its|a|their|our|his|her) (?:\\w+ )?(?:part|role)',
        'do (?:its|their|our) (?:\\w+ )?part',
        'contribut\\w+',
        // "could not rule out Russian involvement" in the sabotage: Russia's part in something else.
        "(?<!\\b(?:russian|russia's|moscow's|kremlin|iranian|chinese|belarusian) )involvement",
        'involved',
        'in one way or another',
        'in any form',
        'help with the mission',
        // "Sweden would not lead the mission, but would fly alongside British jets": not leading is no refusal.
        "(?<!\\b(?:not|never) |n't )lead (?:the |a )?(?:\\w+ )?(?:force|mission|coalition)",
        'support(?:s|ed|ing)? (?:the |a )?(?:coalition|force|mission)',
      ].join('|'),
    ),
  },
];

/**
 * Security guarantees as the destination of a contribution ("contribute X to the security guarantees") are
 * the arrangement as a whole, not a guarantee offered: taking part, at most.
 */
export const GUARANTEE_AS_DESTINATION = w(
  '(?:(?:connected|linked|related|tied) )?(?:to|for|of|in|on|about|into|with|under) (?:the |any |its |their |these |those |such |the coalition.s )?(?:full )?(?:post-?war |western |future |multinational |international |european |allied )?(?:security )?guarantees?',
);

/**
 * Troops someone else supports or protects are the beneficiary, not the contribution: "support European
 * soldiers with intelligence" is intelligence, "protect allied troops on the ground" is not ground troops.
 */
export const FOR_BENEFICIARY = w(
  // "hesitant to give an open-ended guarantee to European troops stationed in Ukraine": the troops are guaranteed.
  '(?<=\\bguarantees? (?:(?!without\\b|[\\w-]+ing\\b)[\\w-]+ ){0,2})to (?:the |any )?(?:european |allied |coalition |multinational |western |partner )*(?:troops|soldiers|forces|contingents?|personnel)\\b|' +
    // "committing Washington to come to the aid of allied troops if Russia attacks them": the troops are guaranteed.
    '(?:come|comes|coming|came) to the (?:aid|defen[cs]e|assistance|rescue) of (?:the |any )?(?:european |allied |coalition |multinational |western |partner )*(?:troops|soldiers|forces|contingents?|personnel)\\b|' +
    '(?:the )?(?:troops|soldiers|forces|contingents) of (?:partner|allied|other|coalition|european|western) (?:countries|nations|states|allies|governments)|for (?:the |allied |partner |western |european |coalition |their |its |other )+(?:aircraft|jets|warplanes|ships|vessels|troops|soldiers|forces|force|hubs?|bases?|supply lines|headquarters)|(?:protection|defen[cs]e|security|safety) of (?:the )?(?:european |allied |coalition |multinational |western |partner )*(?:troops|soldiers|forces|contingents?|personnel)|for (?:the |a )?(?:force|coalition|mission).s (?:[\\w-]+ (?:and )?){0,3}(?:units|troops|aircraft|ships|jets|vessels|forces)',
);

export const BENEFICIARY = w(
  "(?:protect\\w*|defend\\w*|shield\\w*|(?<!(?:air|logistical|logistics|intelligence|naval|medical|financial|military|training) )support\\w*|(?<!(?:scale|scaled|scales|scaling|cut|cuts|cutting|pull|pulls|pulled|pulling|draw|draws|drawing|drew|bring|brings|brought|bringing|roll|rolls|rolled|rolling|hold|holds|held|holding) )back(?:ing|s|ed)?(?: up)?|backstop\\w*|help(?:ing|s)?|assist\\w*|(?<!air )cover(?:ing)?|reinforc\\w*|secur(?:e|ing))(?: (?:to|for))? (?:(?:the|a|any|allied|european|western|those|these|their|its|multinational|reassurance|proposed|european-led|europe-led|peacekeeping|ukraine's|ukrainian|partner|logistics|coalition|key|main|planned|future|forward|force's|coalition's)\\s+){0,4}(?:troops|soldiers|forces|force|personnel|contingents?|peacekeepers|mission|coalition|hubs?|bases?|ports?|headquarters|convoys|infrastructure)(?: on the ground)?" +
    // "protect the bases and logistics hubs of the force": both are what is protected.
    '(?:,? and (?:the |its |their )?(?:[\\w-]+ ){0,2}(?:hubs?|bases?|ports?|headquarters|convoys|infrastructure|supply lines|sites|facilities))?',
);

/** A contribution that only supports ("support the force") is taking part, or for the US the backstop. */
export const SUPPORTING_VERB = /^(?:support|back|help|assist)/;

/** Ukraine's own forces, named as the object of training or protection, are never a contribution. */
export const UKRAINE_OWNED =
  /(?:ukrain\w*|kyiv's|russia\w*)\s+(?:(?!with|and|or|to|in|for|by|from|at|on)\w+\s+)?$/;

/** Nouns after a country adjective that make it the government acting ("Dutch officials", "Polish troops"). */
export const AGENT_HEAD = w(
  "boots|eurofighters|typhoons|rafales|gripens|f-35s|fighters|warplanes|aircraft|pilots|corvettes|patriots|government|governments|officials?|officers?|ministers?|ministry|ministries|president|presidency|prime|premier|chancellor|leaders?|leadership|diplomats?|spokes\\w+|sources|authorities|administration|cabinet|parliament|lawmakers|mps|foreign|defen[cs]e|army|navy|air force|military|armed forces|forces|troops|soldiers|trainers|instructors|ships|frigates?|jets|warships|vessels|minehunters|minesweepers|contingent|units?|battalion|brigade|personnel|f-16s|side|embassy|counterpart|secretary|negotiators|delegation|envoy|chief|chiefs|general|generals|commanders?|taxpayers?|funding|money|contribution|offer|plan|plans|proposal|proposals|pledge|support|role|involvement|participation|king|state|navy's|engineers|pilots|air|naval|special|staff|team|teams|company|companies|defence|defense",
);

/** Places named only as the venue of a meeting ("a Paris summit", "the White House meeting"). */
export const VENUE_HEAD = w(
  'summit|meeting|meetings|talks|conference|declaration|format|process|visit|gathering|session|pledges|agreement|accords?|communiqu\\w*',
);

/** Media outlets and the like: "German newspaper Spiegel" is not Germany speaking. */
export const MEDIA_HEAD = w(
  'newspaper|media|daily|outlet|broadcaster|press|tv|television|radio|magazine|agency|journalists?|reporters?|public|voters|opinion|people',
);

/** "France might consider a similar move": the stance and kind are the previous sentence's. */
export const ANAPHORIC_MOVE = w(
  'a similar (?:move|step|decision|approach|course)|follow(?:s|ed|ing)? suit|(?:do|does|did|doing) the same|the same (?:move|step)|likewise',
);
/** Words ANAPHORIC_MOVE cannot match without. Keep in step with it. */
export const ANAPHORIC_MOVE_NEEDS = ['similar', 'suit', 'same', 'likewise'];
