import { describe, expect, it } from 'vitest';
import { assessRelevance, DEFAULT_RELEVANCE_THRESHOLD } from '../../../lambdas/core/understand/relevance.js';

describe('assessRelevance', () => {
  it.each([
    [
      'Norway ready to send frigate to Black Sea mission',
      'Norway is prepared to send a frigate to the maritime component of the coalition of the willing once a ceasefire holds.',
    ],
    [
      'Belgium weighs troops for Ukraine force',
      'Belgium is weighing whether to send soldiers to a multinational force in Ukraine after a peace deal, officials said.',
    ],
    [
      'US offers backstop for European troops',
      'The United States is ready to provide a backstop to European troops deployed in Ukraine after a ceasefire.',
    ],
    [
      'Japan to fund security guarantees for Kyiv',
      'Japan will fund demining as its contribution to the security guarantees for Ukraine, the government said.',
    ],
    [
      'Spain sets out limits of Ukraine deployment',
      'Any European troops sent to Ukraine would stay far from the front line and would not fight, the Spanish prime minister said.\n\nHe said the mission would only begin once a truce had been signed by both sides.',
    ],
  ])('keeps an article about the arrangement: %s', (title, body) => {
    const result = assessRelevance(title, body);
    expect(result.relevant).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(DEFAULT_RELEVANCE_THRESHOLD);
    expect(result.signals.length).toBeGreaterThan(0);
  });

  it.each([
    [
      'battlefield news',
      'Russian troops advance near Kupiansk',
      'Russian forces captured two villages near Kupiansk on Tuesday, Ukraine’s general staff said, as drones hit Kharkiv.',
    ],
    [
      'a prisoner exchange',
      'Ukraine and Russia swap 300 prisoners',
      'Ukraine and Russia exchanged 300 prisoners of war on Friday in a swap mediated by the United Arab Emirates.',
    ],
    [
      'sanctions',
      'EU agrees new sanctions on Russian oil',
      'EU governments agreed new sanctions on Russian oil exports on Monday; Ukraine welcomed the move.',
    ],
    [
      "NATO's own missions elsewhere",
      'Spanish jets join Baltic air policing',
      'Spanish fighter jets arrived in Lithuania to take part in NATO’s Baltic air policing mission for four months.',
    ],
    [
      'defence spending targets',
      'Allies agree 5% defence spending target',
      'NATO allies agreed to spend 5% of GDP on defence by 2035, including troops and air defence.',
    ],
    [
      'a government coalition',
      'Coalition talks in Prague stall over budget',
      'Coalition talks between Andrej Babiš and two smaller parties stalled on Tuesday over the budget.',
    ],
    [
      'the Iraq coalition of the willing',
      'The coalition of the willing, 22 years on',
      'In 2003 Britain, Australia and Poland joined the US-led invasion of Iraq as a coalition of the willing.',
    ],
    [
      'a stabilisation force elsewhere',
      'Azerbaijan ready to send troops to Gaza force',
      'Azerbaijan is ready to send troops to the international stabilisation force in Gaza after the ceasefire there.',
    ],
    [
      'peacekeeping in Kosovo',
      'Italy sends more troops to KFOR',
      'Italy will send 200 more troops to the NATO peacekeeping force in Kosovo after clashes in the north.',
    ],
  ])('drops %s', (_kind, title, body) => {
    expect(assessRelevance(title, body).relevant).toBe(false);
  });

  it('drops a story whose only word of the arrangement is one background sentence deep in the text', () => {
    const body = [
      'Defence ministers of the Ukraine Defense Contact Group pledged new money for air-defence missiles on Thursday.',
      'The Netherlands announced a package of 300 million euros, and Sweden said it would buy more interceptors.',
      'Germany said it would deliver two more IRIS-T systems by the spring.',
      'Officials said the strikes on the power grid made air defence the most urgent need of the winter.',
      'The post-war security guarantees being prepared by the coalition of the willing are handled separately, ministers said, and several countries have offered troops for the force after a ceasefire.',
    ].join('\n\n');
    const result = assessRelevance('Allies pledge air-defence money for Ukraine', body);
    expect(result.relevant).toBe(false);
    expect(result.signals.some((s) => s.startsWith('background-only'))).toBe(true);
    // The same sentence in the lede is what the story is about.
    const lede = assessRelevance(
      'Allies pledge air-defence money for Ukraine',
      body.split('\n\n').reverse().join('\n\n'),
    );
    expect(lede.relevant).toBe(true);
  });

  it("drops a story whose headline is another conflict's force, however many countries weigh troops in it", () => {
    const body = [
      'Governments asked to contribute troops to the stabilisation force in Gaza were still weighing the risks.',
      'Indonesia has said it is ready to send up to 20,000 troops, and Azerbaijan said it would consider sending soldiers after a ceasefire.',
      'Several members of the coalition of the willing for Ukraine said the two missions would compete for the same units.',
    ].join('\n\n');
    const result = assessRelevance(
      "Who will serve in Gaza's stabilisation force? Countries weigh troops",
      body,
    );
    expect(result.relevant).toBe(false);
    expect(result.signals).toContain('other-conflict-headline-10');
  });

  it('drops a story about EU accession, though its headline calls membership a security guarantee', () => {
    const result = assessRelevance(
      'Hungary blocks Ukraine accession talks; Kyiv calls membership "a security guarantee"',
      'Hungary again blocked the opening of the first negotiating cluster of the accession talks with Ukraine on Tuesday.',
    );
    expect(result.relevant).toBe(false);
    expect(result.signals).toContain('eu-accession-headline-3');
    const membership = assessRelevance(
      "Kos calls EU membership Ukraine's 'ultimate security guarantee' as Hungary keeps talks frozen",
      'EU membership would be the ultimate security guarantee for Ukraine, the enlargement commissioner said.',
    );
    expect(membership.relevant).toBe(false);
    expect(membership.signals).toContain('eu-accession-headline-3');
  });

  it('drops weapons bought for the war now, and keeps a headline that refuses soldiers but offers ammunition money', () => {
    const body =
      'The four countries announced new contributions to a NATO-run scheme that buys American weapons for Ukraine.\n\nThe same governments are also discussing security guarantees for Ukraine after a ceasefire.';
    const aid = assessRelevance(
      'Nordic and Dutch money buys more Patriot missiles for Ukraine under NATO scheme',
      body,
    );
    expect(aid.signals).toContain('current-aid-headline-4');
    expect(aid.relevant).toBe(false);
    const refusal = assessRelevance('Czech PM: no Czech soldiers, but money for ammunition', body);
    expect(refusal.signals).not.toContain('current-aid-headline-4');
  });

  it('keeps a naval offer for after a ceasefire, with no word of the coalition', () => {
    const result = assessRelevance(
      'Turkey ready to take on Black Sea security after a ceasefire',
      'Turkey is ready to take responsibility for maritime security in the Black Sea under any ceasefire between Russia and Ukraine, the foreign minister said.',
    );
    expect(result.relevant).toBe(true);
  });

  it("drops a story about a government at home that borrows the coalition's name", () => {
    const result = assessRelevance(
      "Jetten's minority 'coalition of the willing' faces first test over defence budget",
      'The government he is assembling will be a minority cabinet that must find new partners for every vote.',
    );
    expect(result.relevant).toBe(false);
    expect(result.signals).toContain('domestic-coalition-4');
  });

  it('drops a party leader assembling a "coalition of the willing" to form the next government', () => {
    const result = assessRelevance(
      "Jetten's 'coalition of the willing': D66 leader sounds out partners for next Dutch government",
      'Rob Jetten has begun assembling what commentators have dubbed his own "coalition of the willing" – a set of parties prepared to govern together. Dutch military aid to Kyiv should continue at its current level, all four parties have said.',
    );
    expect(result.relevant).toBe(false);
    expect(result.signals).toContain('domestic-coalition-4');
  });

  it('drops a full story on another "coalition of the willing" that never names Ukraine, and keeps a brief that does not', () => {
    const paragraph =
      'Navies of the region have begun boarding tankers of the shadow fleet that sail without a valid flag, officials said, and coastguards will share radar tracks of suspect ships as they pass through the straits. ';
    const story = assessRelevance(
      "North Sea 'coalition of the willing' steps up checks on shadow fleet tankers",
      `Diplomats call it a maritime "coalition of the willing". ${paragraph.repeat(5)}`,
    );
    expect(story.relevant).toBe(false);
    expect(story.signals).toContain('no-ukraine-6');
    const brief = assessRelevance(
      'Nordic countries offer ships to the coalition of the willing',
      'Norway and Denmark said they were prepared to contribute naval vessels to the coalition of the willing.',
    );
    expect(brief.relevant).toBe(true);
  });

  it('explains itself and takes a threshold', () => {
    const title = 'Coalition of the willing meets in London';
    const body = 'Leaders of the coalition of the willing met in London.';
    const result = assessRelevance(title, body);
    expect(result.signals.some((s) => s.startsWith('coalition-of-the-willing'))).toBe(true);
    expect(assessRelevance(title, body, { threshold: result.score + 1 }).relevant).toBe(false);
  });

  it("drops a story about officers for NATO's current Ukraine aid command (NSATU), not the post-war force", () => {
    const title =
      "Sabor approves Croatian officers for NATO's Ukraine aid command over Milanović's objections";
    const body =
      "ZAGREB — Croatia's parliament on Wednesday approved the deployment of up to five Croatian officers to NATO's Security Assistance and Training for Ukraine (NSATU) command in Wiesbaden, Germany. The officers will help coordinate the delivery of equipment and training for Ukrainian forces, as part of the contribution Croatia makes to the multinational mission for Ukraine.";
    const result = assessRelevance(title, body);
    expect(result.signals).toContain('nato-ukraine-command-4');
    expect(result.relevant).toBe(false);
  });
  it('reads "a European-led force to secure Ukraine" and a "Ukraine peace force" in the headline as the force', () => {
    const title = "Trump says Japan will 'pay a lot' for Ukraine peace force";
    const body = [
      'WASHINGTON — President Donald Trump said on Monday that Japan would pay a large share of the cost of a European-led force to secure Ukraine after a ceasefire, a claim the Japanese government quickly played down.',
      'In Tokyo, the chief cabinet secretary said no decision had been made on a Japanese financial contribution to the force.',
    ].join('\n\n');
    const result = assessRelevance(title, body);
    expect(result.signals).toContain('force-for-ukraine(title)+3');
    expect(result.relevant).toBe(true);
  });
  it('drops an interview about "the 2003 coalition of the willing", the one that went to war in Iraq', () => {
    const title = "'They joined to be seen joining': a historian on the 2003 coalition of the willing";
    const body =
      'Twenty-three years on, a historian has written the first full account of the "coalition of the willing" that went to war alongside the United States. The phrase is back, now for security guarantees for Ukraine, and she sees parallels in how countries offer contributions.';
    const result = assessRelevance(title, body);
    expect(result.signals).toContain('other-conflict-headline-10');
    expect(result.relevant).toBe(false);
  });
  it("drops a story about EUFOR Althea, the EU's stabilisation force in Bosnia", () => {
    const title = "Q&A: Why Bosnia's EU stabilisation force still matters, thirty years after Dayton";
    const body =
      'As the UN Security Council prepares to renew the mandate of EUFOR Althea, we asked a senior fellow what the force does and who contributes to it after the war. Several countries offered troops to the mission once the ceasefire held.';
    const result = assessRelevance(title, body);
    expect(result.signals).toContain('other-conflict-headline-10');
    expect(result.relevant).toBe(false);
  });
  it('does not count a force or a coalition denied ("not a mission in Ukraine", "not a coalition of the willing"), and reads NATO\'s Eastern Sentry in a headline as NATO\'s own mission', () => {
    const sentry = assessRelevance(
      "Jonson tells Riksdag Swedish Gripens are ready for NATO's Eastern Sentry",
      'Sweden will make Gripen jets available to the Eastern Sentry operation. "It is not a mission in Ukraine," Jonson said. Asked about security guarantees for Ukraine after a ceasefire, he declined to be drawn.',
    );
    expect(sentry.signals.some((s) => s.startsWith('force-for-ukraine'))).toBe(false);
    expect(sentry.signals).toContain('other-topic-headline-3');
    expect(sentry.relevant).toBe(false);
    const accession = assessRelevance(
      "Kos presses capitals to unblock Ukraine's accession talks",
      '"Enlargement is not a coalition of the willing. It requires unanimity," the commissioner said of Ukraine\'s membership talks.',
    );
    expect(accession.signals.some((s) => s.startsWith('coalition-of-the-willing'))).toBe(false);
  });
  it('counts "the maritime component of the multinational force" as the force\'s mission at sea', () => {
    const briefing = assessRelevance(
      'South-east Europe briefing: Ankara to lead Black Sea task force',
      'Our correspondents on the moves around the multinational force for Ukraine. Turkey will lead the maritime component of the multinational force in the Black Sea, Defence Minister Yasar Guler said.',
    );
    expect(briefing.signals).toContain('black-sea-mission+3');
    expect(briefing.relevant).toBe(true);
  });
  it("drops a story on guarantees for Armenia's peace deal, another conflict", () => {
    const caucasus = assessRelevance(
      "Who guarantees the Trump Route? Armenia's peace deal and the monitoring question",
      'Armenia and Azerbaijan signed a peace deal, and the question is who offers a security guarantee for the road. The US speaks of a commercial presence, not a backstop.',
    );
    expect(caucasus.signals).toContain('other-conflict-headline-10');
    expect(caucasus.relevant).toBe(false);
  });
  it('counts minehunters sent to a Ukraine mission and "a mission off Ukraine\'s coast" as a force for Ukraine', () => {
    const minehunters = assessRelevance(
      'Belgium to send minehunters to Ukraine mission, minister tells MPs',
      "Belgium will send two minehunters to a future maritime mission off Ukraine's coast, the defence minister told the Chamber. They will take part as soon as there is a ceasefire.",
    );
    expect(minehunters.signals).toContain('force-for-ukraine(title)+3');
    expect(minehunters.relevant).toBe(true);
  });
  it('drops a regional election that borrows "coalition of the willing", where guarantees come up only as a rival\'s jibe', () => {
    const campania = assessRelevance(
      'Campania race: Fico\'s "coalition of the willing" tests the centre-left',
      'NAPLES — Roberto Fico, the joint candidate of the centre-left, has a slogan: "a coalition of the willing for the South," he told a rally. "They borrowed the language of the war in Ukraine. They promise security guarantees to everyone," his rival said.',
    );
    expect(campania.signals).toContain('domestic-election-6');
    expect(campania.relevant).toBe(false);
    const czech = assessRelevance(
      'Czech election: Babis says no Czech troops for Ukraine reassurance force',
      'PRAGUE — The candidate who leads the polls said at a rally that Czech soldiers would not join the coalition of the willing in Ukraine.',
    );
    expect(czech.relevant).toBe(true);
  });
  it('drops a full story that never names Ukraine and borrows only "coalition of the willing" and "backstop"', () => {
    const filler =
      ' Party leaders spent the afternoon counting votes, and aides said the final text could still change before the weekend, when the chamber is due to sit late into the night.';
    const senate = assessRelevance(
      "Senate holdouts form 'coalition of the willing', win rural hospital backstop",
      `WASHINGTON — A group of Republican senators who took to calling themselves a "coalition of the willing" secured a last-minute backstop for rural hospitals on Tuesday as party leaders pushed the tax and spending bill toward a final vote.${filler.repeat(6)}`,
    );
    expect(senate.signals).toContain('no-ukraine-6');
    expect(senate.relevant).toBe(false);
    // Without Ukraine's name, the arrangement's unborrowed words still make the story.
    const guarantees = assessRelevance(
      'Coalition of the willing agrees on backstop for reassurance force',
      `PARIS — Leaders of the coalition of the willing agreed on Tuesday on a US backstop for the reassurance force that would deploy after a ceasefire.${filler.repeat(6)}`,
    );
    expect(guarantees.relevant).toBe(true);
  });
  it('drops a story of a few paragraphs that never names Ukraine and borrows only "coalition of the willing", and keeps a brief', () => {
    const harbour = assessRelevance(
      "Baltic ports form 'coalition of the willing' against drone incursions",
      'RIGA — Port authorities in Riga, Klaipeda and Tallinn will pool radar data and share the cost of drone detectors, forming what a Latvian official called "a coalition of the willing on the coast." The first detectors will be installed at container terminals in March, and customs officers will be trained to use them. Shipping companies welcomed the plan but asked who would pay for the upgrades after the pilot year ends. Lithuania said it would extend the scheme to its inland waterways if it worked, and Estonia\'s port authority said a joint tender for the detectors would open in January.',
    );
    expect(harbour.signals).toContain('no-ukraine-6');
    expect(harbour.relevant).toBe(false);
    const brief = assessRelevance(
      'Coalition of the willing leaders to meet by video',
      'LONDON — Leaders of the coalition of the willing will meet by video on Thursday, Downing Street said.',
    );
    expect(brief.relevant).toBe(true);
  });
  it('reads "once the guns fall silent" as after the war: a contribution promised for then makes the story', () => {
    const silent = assessRelevance(
      'Q&A: the sea and the security guarantees',
      'What about the sea? The security guarantees for Ukraine would include a naval part. Greece says it is ready to send minehunters to the mission once the guns fall silent.',
    );
    expect(silent.signals).toContain('post-war-contribution+3');
    expect(silent.relevant).toBe(true);
  });

  it('keeps a story on "the security arrangements for Ukraine" whose only other signal is one post-war offer', () => {
    const body = [
      'ATHENS - Greece is ready to contribute frigates to secure shipping once a ceasefire between Russia and Ukraine has been reached, ministry sources said.',
      'Whether Greek soldiers would be part of a land component has not been decided, the sources added.',
      'Foreign Minister Giorgos Gerapetritis had said in September that Greece was open to taking part in the security arrangements for Ukraine.',
      'Since 2024, Greece has run joint mine countermeasures exercises with its neighbours.',
    ].join('\n\n');
    const result = assessRelevance('Athens signals readiness to secure shipping after a truce', body);
    expect(result.signals).toContain('security-arrangements-for-ukraine+2');
    expect(result.relevant).toBe(true);
  });
});
