import { describe, expect, it } from 'vitest';
import { stripBoilerplate } from '../../../lambdas/core/ingest/boilerplate.js';
import { extractCommitments } from '../../../lambdas/core/understand/extract-commitments.js';

const read = (body: string, title = ''): string[] =>
  extractCommitments(title, body)
    .map((c) => `${c.country} ${c.category} ${c.stance}`)
    .sort();

describe('extractCommitments: the reading rules', () => {
  it('1. reads several triples from one sentence with coordinated countries', () => {
    expect(
      read(
        'Latvia and Lithuania have ruled out sending combat troops but are ready to provide transport and logistics.',
      ),
    ).toEqual([
      'LT ground_troops ruled_out',
      'LT logistics willing',
      'LV ground_troops ruled_out',
      'LV logistics willing',
    ]);
  });

  it('2. keeps negation with the verb it governs', () => {
    expect(
      read('Norway will not send soldiers to Ukraine, but it is willing to deploy two minehunters.'),
    ).toEqual(['NO ground_troops ruled_out', 'NO maritime willing']);
    expect(
      read('Canada has no plans to deploy troops in Ukraine and stands ready to train Ukrainian pilots.'),
    ).toEqual(['CA ground_troops ruled_out', 'CA training willing']);
  });

  it('3. counts reported and anonymously sourced positions, with their hedges', () => {
    expect(
      read(
        'Denmark might scale back its plan to send a battalion to Ukraine, two people familiar with the talks said.',
      ),
    ).toEqual(['DK ground_troops reluctant']);
    expect(
      read(
        'No decision has been made on Swedish air defence for the force, the Swedish defence ministry said.',
      ),
    ).toEqual(['SE air_defense considering']);
    expect(read('Berlin said it would fund the rebuilding of Ukrainian forces after a peace deal.')).toEqual([
      'DE financing committed',
    ]);
    expect(
      read(
        'The Dutch defence minister said the Netherlands was weighing sending F-35 jets to police Ukraine’s skies.',
      ),
    ).toEqual(['NL air considering']);
  });

  it('4. ignores conditions: every contribution hangs on a ceasefire', () => {
    expect(
      read('If a ceasefire holds, Belgium will send a company of soldiers to the reassurance force.'),
    ).toEqual(['BE ground_troops committed']);
  });

  it('8. lets the first statement of a pair win within an article', () => {
    const body = [
      'Spain may abandon plans to send troops to Ukraine, officials said.',
      'The defence ministry still officially maintains the plan to deploy troops.',
    ].join('\n');
    expect(read(body)).toEqual(['ES ground_troops reluctant']);
  });

  it('9. gives no triple for mentions, venues, other governments, forecasts and praise', () => {
    expect(
      read('Leaders met in Paris and London to discuss the force; 26 countries have pledged troops.'),
    ).toEqual([]);
    expect(read('Turkish officials said the task force would include Greek and Italian frigates.')).toEqual(
      [],
    );
    expect(read('Britain and France are likely to play a leading part in the force.')).toEqual([]);
    expect(read('Macron praised the coalition of the willing as "a historic achievement".')).toEqual([]);
    expect(
      read(
        'The Kremlin rejected any deployment of Western troops, and Ukraine said it was ready to host them.',
      ),
    ).toEqual([]);
    expect(
      read('Several allies are willing to send troops, and around 10 countries have offered jets.'),
    ).toEqual([]);
  });

  it("9. reads a quoted minister's own country, not the one spoken of", () => {
    expect(
      read('"We will send two frigates," the Greek defence minister said of the Black Sea mission.'),
    ).toEqual(['GR maritime committed']);
    expect(
      read(
        'Lithuanian Defence Minister Robertas Kaunas said Washington must show it is serious about the backstop.',
      ),
    ).toEqual([]);
  });

  it('9. gives no triple for what the opposition or commentators say', () => {
    expect(read('Opposition leader Jan Novak said the Czech government should send engineers.')).toEqual([]);
    expect(read('Analysts said Denmark would probably send a frigate.')).toEqual([]);
    expect(read('Denmark will send a frigate, Defence Minister Troels Lund Poulsen said.')).toEqual([
      'DK maritime committed',
    ]);
  });

  it('9. gives no triple from any sentence of a quotation whose speaker, named with an apposition, is a commentator', () => {
    const body = [
      '"Logistics is the easy part," said Jonas Berg, a researcher at a Stockholm institute.',
      '"In the end, Sweden will also send a frigate to the Black Sea."',
    ].join(' ');
    expect(read(body)).toEqual([]);
    expect(read('"In the end, Sweden will also send a frigate," Defence Minister Pal Jonson said.')).toEqual([
      'SE maritime committed',
    ]);
  });

  it('reads a country named after a fronted time phrase, and a time phrase between a verb and its infinitive', () => {
    expect(
      read('In March, Portugal ruled out sending soldiers but said it was ready to pay for demining.'),
    ).toEqual(['PT financing willing', 'PT ground_troops ruled_out']);
    expect(read('Washington agreed last week to provide a security guarantee for the force.')).toEqual([
      'US backstop committed',
    ]);
    expect(read('Oslo decided on Tuesday to send two minehunters to the Black Sea mission.')).toEqual([
      'NO maritime committed',
    ]);
  });

  it('reads the speakers named after a fronted phrase that ends in a place, not the place', () => {
    expect(
      read(
        'After talks at the Elysee, Dutch and Belgian officials said their countries were ready to send minehunters.',
      ),
    ).toEqual(['BE maritime willing', 'NL maritime willing']);
  });

  it('reads a relative clause past a number written with a thousands comma', () => {
    expect(
      read(
        'Italy, which pledged last month to send up to 2,500 soldiers and four F-35 jets, praised the plan.',
      ),
    ).toEqual(['IT air committed', 'IT ground_troops committed']);
  });

  it("reads a reporter's question as nobody's answer, and an answer about 'the question' as the speaker's", () => {
    expect(
      read(
        'Asked whether Greece would also send frigates, Defence Minister Nikos Dendias said the question was being studied and that no decision had been taken.',
      ),
    ).toEqual(['GR maritime considering']);
    expect(read('Asked whether Austria would send troops, the chancellor spoke of neutrality.')).toEqual([]);
  });

  it('reads "no U.S. troops" as the country named on the troops, like an adjective', () => {
    expect(
      read('There will be no U.S. troops stationed inside Ukraine, the secretary of state said.'),
    ).toEqual(['US ground_troops ruled_out']);
  });

  it('gives an undecided question to the country it names, or else to the speaker', () => {
    expect(
      read('The minister said no decision had been taken on whether Norway would send a frigate.'),
    ).toEqual(['NO maritime considering']);
    expect(
      read('No final decision has been made on a naval role, Portuguese Defence Minister Nuno Melo said.'),
    ).toEqual(['PT maritime considering']);
  });

  it("reads 'the cabinet' in a country's press as that country's cabinet", () => {
    const body =
      'Finland has asked for clarity on the mandate. Danish media reported on Monday that the government was weighing whether to send two frigates.';
    expect(read(body)).toEqual(['DK maritime considering']);
  });

  it('splits reported speech at "and that", and ends a relative clause at a colon', () => {
    expect(
      read(
        'The premier said Slovak soldiers would not go to Ukraine and that Bratislava had no plans to pay for the force.',
      ),
    ).toEqual(['SK financing ruled_out', 'SK ground_troops ruled_out']);
    expect(
      read(
        'Details emerged from the communique, which we have seen: Norway and Sweden will also set up logistics hubs in Poland.',
      ),
    ).toEqual(['NO logistics committed', 'SE logistics committed']);
  });

  it('reads "neither ... nor" as negating the verb after both subjects', () => {
    expect(read('Neither Lisbon nor Madrid has yet announced a naval contribution.')).toEqual([]);
    expect(read('Neither Austria nor Ireland will take part in the mission.')).toEqual([
      'AT participation ruled_out',
      'IE participation ruled_out',
    ]);
  });

  it('gives "he said" the last named speaker when the sentence between names nobody', () => {
    const body = [
      '"Belgian soldiers will go to Ukraine," Defence Minister Theo Francken told reporters.',
      'On whether a frigate could follow, the minister was more careful.',
      '"We are studying it, but no decision has been made on ships," he said.',
    ].join(' ');
    expect(read(body)).toEqual(['BE ground_troops committed', 'BE maritime considering']);
  });

  it('10. ignores aid that goes on or is budgeted for a year, and a deployment in place since a date', () => {
    expect(read('Italy would keep supplying air defence systems to Ukraine, the minister said.')).toEqual([]);
    expect(read('Belgium has pledged 1 billion euros in military aid for 2026.')).toEqual([]);
    expect(
      read('Marles said the surveillance aircraft deployed to Germany since August would stay until March.'),
    ).toEqual([]);
  });

  it('9. gives no triple for a forecast, for who supports a force, or for what a pledge builds on', () => {
    expect(read('Greece is widely expected to play a part in securing shipping.')).toEqual([]);
    expect(
      read('Leaders said a European-led force, supported by the United States, would help secure the skies.'),
    ).toEqual([]);
    expect(
      read(
        'Norway is prepared to send trainers, building on the work its soldiers have done in Britain since 2023.',
      ),
    ).toEqual(['NO training willing']);
  });

  it("reads signed declarations, doing one's part, ground deployments and air defence for the skies", () => {
    expect(
      read('The Netherlands and Belgium signed a declaration of intent to deploy forces to Ukraine.'),
    ).toEqual(['BE ground_troops committed', 'NL ground_troops committed']);
    expect(read('Leaving the Elysee, the premier said Lisbon would "do its part" in other ways.')).toEqual([
      'PT participation willing',
    ]);
    expect(read('Officials describe Slovenia as hesitant about a ground deployment.')).toEqual([
      'SI ground_troops reluctant',
    ]);
    expect(read('Sweden is prepared to provide air defence to protect Ukrainian airspace.')).toEqual([
      'SE air_defense willing',
    ]);
  });

  it('reads countries after "at which" and inside a "where" relative that states a position', () => {
    expect(
      read(
        'The pledge came after the Rome summit, at which Spain and Portugal signed a declaration of intent to deploy forces.',
      ),
    ).toEqual(['ES ground_troops committed', 'PT ground_troops committed']);
    expect(
      read(
        'The move puts Prague beside Vienna, where Chancellor Christian Stocker has said Austria will not take part in the mission.',
      ),
    ).toEqual(['AT participation ruled_out']);
  });

  it('reads a single soldier refused, and what is not on the table', () => {
    expect(read('The president said no Slovenian soldier would be sent to Ukraine.')).toEqual([
      'SI ground_troops ruled_out',
    ]);
    expect(read('Maltese troops, however, are not on the table, the government said.')).toEqual([
      'MT ground_troops ruled_out',
    ]);
  });

  it('10. reads help that goes on after the war as a post-war pledge', () => {
    expect(read('Slovakia would be willing to continue training Ukrainian soldiers after the war.')).toEqual([
      'SK training willing',
    ]);
  });

  it('11. reads the task, not the bare carrier: personnel to monitor, aircraft to move troops', () => {
    expect(read('Irish personnel would help monitor a future ceasefire, the minister said.')).toEqual([
      'IE intelligence committed',
    ]);
    expect(
      read('Canada is prepared to use its transport aircraft to move troops and equipment for the force.'),
    ).toEqual(['CA logistics willing']);
  });

  it('reads "do so" as the act of the clause before, with its own stance', () => {
    expect(
      read('Norway has said it will not send ground troops, while Denmark has said it is prepared to do so.'),
    ).toEqual(['DK ground_troops willing', 'NO ground_troops ruled_out']);
  });

  it('reads "the government" after a fronted capital as that capital\'s government', () => {
    expect(read('In Vilnius, the government has said it is ready to send troops.')).toEqual([
      'LT ground_troops willing',
    ]);
  });

  it('9. gives no triple for what one government would like or welcomes of another', () => {
    expect(
      read('Dutch officials have said they would like Poland to take charge of air defence for the force.'),
    ).toEqual([]);
    expect(read('Danish officials said they would welcome a Norwegian contingent in the force.')).toEqual([]);
  });

  it('gives no triple to a group named by a regional adjective or an indefinite pronoun', () => {
    expect(
      read(
        'Italy is ready to deploy troops, but European navies cannot easily send large warships through the straits.',
      ),
    ).toEqual(['IT ground_troops willing']);
    expect(read('"We have no signals that anyone will ask for Slovak jets," the minister said.')).toEqual([]);
  });

  it('10. ignores military support for Ukraine, however long it is promised', () => {
    expect(
      read('Denmark has pledged 1 billion euros a year in military support for Ukraine until 2029.'),
    ).toEqual([]);
  });

  it('reads the Bundeswehr and refusals of "neither ... nor"', () => {
    expect(read('Merz said the Bundeswehr would not be deployed on Ukrainian soil.')).toEqual([
      'DE ground_troops ruled_out',
    ]);
    expect(read('Hungary has said it will send neither soldiers nor money.')).toEqual([
      'HU financing ruled_out',
      'HU ground_troops ruled_out',
    ]);
  });

  it('looks past how a speaker spoke, and past a question asked on a day', () => {
    expect(
      read(
        'Croatian Prime Minister Andrej Plenkovic, speaking to reporters as he arrived, said no Croatian troops would be sent.',
      ),
    ).toEqual(['HR ground_troops ruled_out']);
    expect(
      read(
        'Asked on Tuesday whether Slovak engineers might help, Fico said that was a question for the army.',
      ),
    ).toEqual([]);
  });

  it('gives no triple for what would have been, what was so until a date, or how a contribution is described', () => {
    expect(read('Diplomats said the Austrian contribution would in any case have been small.')).toEqual([]);
    expect(
      read('Until October, the Greek government had said only that it was considering a contribution.'),
    ).toEqual([]);
    expect(read("Carney said Canada's contribution would reflect what the country is good at.")).toEqual([]);
  });

  it('reads troops a body unknown to the gazetteer approves, not troops others serve alongside', () => {
    expect(
      read('The Saeima on Wednesday approved the participation of up to 120 Latvian soldiers in the force.'),
    ).toEqual(['LV ground_troops committed']);
    expect(
      read('The unit would serve alongside British troops, with whom Estonian units already train.'),
    ).toEqual([]);
  });

  it('skips a wire dateline with its date, and reads an apposition as no subject', () => {
    expect(
      read(
        'OSLO, Mar 3 (NTB) — Prime Minister Jonas Gahr Store said no Norwegian soldier would be sent to Ukraine.',
      ),
    ).toEqual(['NO ground_troops ruled_out']);
    expect(read('Estonia, a country of 1.3 million people, has pledged a company of soldiers.')).toEqual([
      'EE ground_troops committed',
    ]);
    expect(
      read('In The Hague, the cabinet has decided to deploy a Patriot battery to protect the force.'),
    ).toEqual(['NL air_defense committed']);
  });

  it('9. gives no triple for the make-up of a force as another government describes it', () => {
    expect(read('Turkish officials said the task force would include Romanian ships.')).toEqual([]);
    expect(
      read(
        'Greek officials said the mission would build on existing work and would include Bulgarian minehunters.',
      ),
    ).toEqual([]);
  });

  it('reads "the two countries" as the pair just named, and a bar on sending as a refusal', () => {
    const body = 'Spain and Portugal are the core. The two countries have pledged to deploy troops.';
    expect(read(body)).toEqual(['ES ground_troops committed', 'PT ground_troops committed']);
    expect(read('Austria has said its neutrality prevents it from sending soldiers.')).toEqual([
      'AT ground_troops ruled_out',
    ]);
    expect(read('The constitution prevents Ireland from sending soldiers.')).toEqual([
      'IE ground_troops ruled_out',
    ]);
    expect(read('Austria said the constitution prevents it from sending soldiers.')).toEqual([
      'AT ground_troops ruled_out',
    ]);
  });

  it('9. gives no triple for what parties outside government say, or what others expect of a country', () => {
    expect(read('The Left Party said Sweden should stay out of any mission.')).toEqual([]);
    expect(
      read(
        'Sumar, which sits outside the government, said it would oppose any deployment of Spanish troops.',
      ),
    ).toEqual([]);
    expect(
      read(
        'European officials say they expect the U.S. contribution to consist of air power and intelligence.',
      ),
    ).toEqual([]);
    expect(
      read("Canada's defence spending will reach two percent of GDP after Carney announced $9 billion."),
    ).toEqual([]);
  });

  it("9. gives no triple for what one government's officials say another will provide, but keeps a reported deliberation", () => {
    expect(
      read('French officials say Belgium and the Netherlands will provide most of the minehunters.'),
    ).toEqual([]);
    expect(read('Lecornu said Greece was looking into a role in the maritime component.')).toEqual([
      'GR maritime considering',
    ]);
  });

  it('reads a country with a verb of its own after ", and", and past an apposition of "both"', () => {
    expect(
      read(
        'Fico said Slovak soldiers will not go to Ukraine, and Hungary has refused to take part in any mission.',
      ),
    ).toEqual(['HU participation ruled_out', 'SK ground_troops ruled_out']);
    expect(read('Ireland and Malta, both militarily neutral, have said they will not send troops.')).toEqual([
      'IE ground_troops ruled_out',
      'MT ground_troops ruled_out',
    ]);
  });

  it('reads "it" as the country named before it in the same clause', () => {
    const body =
      'Norway will send a frigate. Russia has given no sign that it would accept European troops in Ukraine.';
    expect(read(body)).toEqual(['NO maritime committed']);
  });

  it('gives no triple for an open question of details, a challenger, or deliveries of arms to Ukraine', () => {
    expect(read('He gave no details on whether that would involve U.S. personnel in Ukraine.')).toEqual([]);
    expect(
      read(
        'His challenger, the opposition candidate, has said a new government would not send Czech troops.',
      ),
    ).toEqual([]);
    expect(read('Britain would bring forward deliveries of air-defence interceptors to Ukraine.')).toEqual(
      [],
    );
    expect(read('Belgium has pledged 30 F-16 fighter jets to Kyiv.')).toEqual([]);
  });

  it('reads a list of governments that have all said they will stay out, and a clause cut short by "but warned that"', () => {
    expect(read('The governments of Austria, Ireland and Malta have all said they will stay out.')).toEqual([
      'AT participation ruled_out',
      'IE participation ruled_out',
      'MT participation ruled_out',
    ]);
    expect(
      read(
        'Crosetto said Italy remained ready to take part in air patrols but warned that it could not act alone.',
      ),
    ).toEqual(['IT air willing']);
  });

  it('gives no triple for hearsay, for what others were announced to do, or for a plan drafted by an envoy', () => {
    expect(
      read('"As I understand it, Sweden will send Gripens, and Norway will bring ships," the minister said.'),
    ).toEqual([]);
    expect(read('Macron announced that 26 countries had committed to contribute to the force.')).toEqual([]);
    expect(
      read('The plan, drafted by US envoy Steve Witkoff, would bar NATO troops from the country.'),
    ).toEqual([]);
    expect(
      read(
        'Belgium refused to back the plan without guarantees that it would not carry the financial risk alone.',
      ),
    ).toEqual([]);
  });

  it("reads a declared decision without a country subject as the declarer's, and an air force taking part as air", () => {
    expect(
      read(
        'Romania has offered transport, and Poland has confirmed that the airport at Rzeszow will be the logistics hub.',
      ),
    ).toEqual(['PL logistics committed', 'RO logistics willing']);
    expect(
      read('Italy has not decided whether its air force will take part in patrols over Ukraine.'),
    ).toEqual(['IT air considering']);
    expect(read('Britain and France have signed declarations of intent to deploy troops.')).toEqual([
      'FR ground_troops committed',
      'GB ground_troops committed',
    ]);
  });

  it('reads past a frame around what is said, and "told partners it"', () => {
    expect(
      read(
        '"What I can tell you today is that the Dutch armed forces are ready to train Ukrainian brigades," Brekelmans said.',
      ),
    ).toEqual(['NL training willing']);
    expect(
      read('Norway has told partners it is ready to send soldiers, according to two diplomats.'),
    ).toEqual(['NO ground_troops willing']);
  });

  it('keeps "air cover for a force" as air, and gives "it" or "they" of a group speaker to nobody', () => {
    expect(
      read('The United States is reluctant to provide air cover for a European-led force, officials said.'),
    ).toEqual(['US air reluctant']);
    const group =
      'Norway will send a frigate. The coalition has said it will not publish the list of contributions.';
    expect(read(group)).toEqual(['NO maritime committed']);
  });

  it('reads "we" in an interview as the last named speaker, and a headline speaker before a colon', () => {
    const interview = [
      'President Alexander Stubb said last year that Finland would take part in one way or another.',
      'Will Finnish soldiers go to Ukraine?',
      'No. We are not sending Finnish ground troops to Ukraine.',
    ].join(' ');
    expect(read(interview)).toEqual(['FI ground_troops ruled_out', 'FI participation willing']);
    expect(read("15:20 GMT — Slovakia: 'we will not take part'")).toEqual(['SK participation ruled_out']);
  });

  it('treats a forecast of an announcement as no position, and "in whatever form" as a hedge', () => {
    expect(
      read('Canada and Norway are expected to set out their contributions in the coming weeks.'),
    ).toEqual([]);
    expect(read('Spain will play its part in whatever form is agreed.')).toEqual([
      'ES participation willing',
    ]);
    expect(read('The White House agreed on March 5 to backstop the force.')).toEqual([
      'US backstop committed',
    ]);
  });

  it('reads a people named in the plural as the subject, a declaration of intent to deploy, and a refusal of transit', () => {
    expect(read('Stubb repeated that Finns would not be sent to Ukraine.')).toEqual([
      'FI ground_troops ruled_out',
    ]);
    expect(read('Starmer and Macron signed a declaration of intent to deploy.')).toEqual([
      'FR ground_troops committed',
      'GB ground_troops committed',
    ]);
    expect(read('Austria will not allow troops of the force to cross its territory.')).toEqual([
      'AT logistics ruled_out',
    ]);
  });

  it('reads an interview\'s "we" as the country the story is about, and drops a quoted minister\'s account of another country', () => {
    const interview = [
      "HELSINKI — Finland's defence minister spoke to us about the coalition.",
      'Q: Will Finnish soldiers be part of the force?',
      'A: "No. We are not sending Finnish troops to Ukraine."',
    ].join('\n\n');
    expect(read(interview)).toEqual(['FI ground_troops ruled_out']);
    expect(read('"Poland will host the hub," Dutch Defence Minister Ruben Brekelmans said.')).toEqual([]);
    expect(read('"The UK and France will establish military hubs across Ukraine," Starmer said.')).toEqual([
      'FR logistics committed',
      'GB logistics committed',
    ]);
  });

  it('reads passives with their agent, inverted negation, and decisions not to act', () => {
    expect(read('The maritime component will be led by Greece, the ministry confirmed.')).toEqual([
      'GR maritime committed',
    ]);
    expect(read('Latvia will send troops. Nor will Riga contribute money to the fund.')).toEqual([
      'LV financing ruled_out',
      'LV ground_troops committed',
    ]);
    expect(
      read('The government of Prime Minister Sanae Takaichi has decided not to dispatch troops to Ukraine.'),
    ).toEqual(['JP ground_troops ruled_out']);
  });

  it('reads the translated press: "stated", datelines closed by a period, what is no longer excluded', () => {
    expect(read('Guler stated that the participation of Turkish land forces was being evaluated.')).toEqual([
      'TR ground_troops considering',
    ]);
    expect(
      read('BERLIN. The government has agreed to train two Ukrainian brigades after a ceasefire.'),
    ).toEqual(['DE training committed']);
    expect(read('Merz no longer excluded a German presence on the ground.')).toEqual([
      'DE ground_troops considering',
    ]);
    expect(read('Jonson has said a Swedish land contribution is "not excluded".')).toEqual([
      'SE ground_troops considering',
    ]);
  });

  it('reads what a declaration commits its signatories to, and no triple from a correction of a wrong report', () => {
    expect(
      read('The declaration also commits Britain and France to set up military hubs across Ukraine.'),
    ).toEqual(['FR logistics committed', 'GB logistics committed']);
    expect(
      read('An earlier version of this article incorrectly stated that Norway would send soldiers.'),
    ).toEqual([]);
  });

  it('looks past who signed a declaration to whom it commits', () => {
    expect(
      read(
        'The declaration, signed in Rome by Meloni, Sanchez and Zelenskyy, also commits Italy and Spain to set up logistics hubs.',
      ),
    ).toEqual(['ES logistics committed', 'IT logistics committed']);
  });

  it('reads new verbs of the wires: green-lighted, signed off on, sounding out, not closed the door, too early to say', () => {
    expect(read('The Dutch cabinet green-lighted the deployment of two minehunters after the war.')).toEqual([
      'NL maritime committed',
    ]);
    expect(read('Crosetto has signed off on Italian participation in air patrols over Ukraine.')).toEqual([
      'IT air committed',
    ]);
    expect(read('Stockholm is sounding out partners about a Swedish air contribution.')).toEqual([
      'SE air considering',
    ]);
    expect(read('Canada has not closed the door to sending soldiers to Ukraine.')).toEqual([
      'CA ground_troops considering',
    ]);
    expect(read('Merz said it was still too early to say whether German troops would take part.')).toEqual([
      'DE ground_troops considering',
    ]);
    expect(read('Finnish soldiers would still not be deployed in Ukraine, Hakkanen said.')).toEqual([
      'FI ground_troops ruled_out',
    ]);
  });

  it('gives no triple for hypotheses by inversion, consequences, examples of a group, or a contribution described', () => {
    expect(read('Were Berlin to commit a brigade, it would have to draw on its units in Lithuania.')).toEqual(
      [],
    );
    expect(
      read('If Britain reduces its contingent, France would become the largest contributor on the ground.'),
    ).toEqual([]);
    expect(
      read('Warships from non-littoral states such as Britain or France would remain subject to Montreux.'),
    ).toEqual([]);
    expect(read('A German contribution of that size would change the arithmetic for the coalition.')).toEqual(
      [],
    );
  });

  it('reads air defence in protecting the force from the air, two offers side by side, and a "where" clause with its own subject', () => {
    expect(read('"Germany will protect the force from the air," Pistorius said.')).toEqual([
      'DE air_defense committed',
    ]);
    expect(read("Merz's government has offered money and air defence for the force.")).toEqual([
      'DE air_defense willing',
      'DE financing willing',
    ]);
    expect(
      read(
        'The shift leaves a gap in Central Europe, where Poland and Romania have ruled out sending troops.',
      ),
    ).toEqual(['PL ground_troops ruled_out', 'RO ground_troops ruled_out']);
  });

  it('reads keeping troops out as a refusal, and no triple for declining to say or for military aid and support programmes', () => {
    expect(read('Norway said it would keep its troops out of the country and offer ships instead.')).toEqual([
      'NO ground_troops ruled_out',
      'NO maritime willing',
    ]);
    expect(read('Healey declined to say how large any British land contribution would be.')).toEqual([]);
    expect(
      read(
        'The £4.5bn of military aid that London has committed to Kyiv this year runs through the contact group.',
      ),
    ).toEqual([]);
    expect(read("Norway's Nansen support programme will provide 85 billion kroner in 2026.")).toEqual([]);
    expect(
      read(
        'Norway is ready to help finance the Ukrainian army after a peace agreement, on top of the military aid it provides.',
      ),
    ).toEqual(['NO financing willing']);
  });

  it('keeps a refusal of any part beside a refusal of money, and reads an undecided answer as about what was asked', () => {
    expect(
      read('"Hungary will not take part in any mission and will not pay for one," Szijjarto said.'),
    ).toEqual(['HU financing ruled_out', 'HU participation ruled_out']);
    const answer =
      'Asked about Belgian soldiers, Francken said: "First we need a ceasefire. We have not made a decision."';
    expect(read(answer)).toEqual(['BE ground_troops considering']);
  });

  it('gives "the Government" in a clause after a country to that country, and nothing for what is yet to be spelled out', () => {
    expect(
      read('Ireland will not send troops, but the Government has approved €20 million for demining.'),
    ).toEqual(['IE financing committed', 'IE ground_troops ruled_out']);
    expect(read('Washington has yet to spell out what a U.S. backstop would look like.')).toEqual([]);
    expect(
      read(
        'Austria is open to taking part in a mission with a UN mandate, as Austrian soldiers have done for decades in Lebanon.',
      ),
    ).toEqual(['AT participation willing']);
  });

  it('gives no triple for what was never spelled out, not drawn on, understood, called, praised or asked over which', () => {
    expect(
      read('The role of the United States, often described as a backstop, has never been spelled out.'),
    ).toEqual([]);
    expect(read('He would not be drawn on whether Dutch troops could serve on the ground.')).toEqual([]);
    expect(
      read('My understanding from my conversations is that the Americans will provide air support.'),
    ).toEqual([]);
    expect(
      read(
        'The ambassador welcomed the move, calling Poland "the gateway without which no guarantee can work".',
      ),
    ).toEqual([]);
    expect(read('French officials praised the Belgian commitment as a concrete contribution.')).toEqual([]);
    expect(read('Turkey has a decisive say over which foreign warships can enter the Black Sea.')).toEqual(
      [],
    );
  });

  it('reads taking part in these guarantees as taking part, an air shield as air defence, and current aid however worded', () => {
    expect(read('"Germany is ready to play its full part in these guarantees," he said.')).toEqual([
      'DE participation willing',
    ]);
    expect(
      read('Germany will contribute Patriot systems to the air shield over Ukraine after the war.'),
    ).toEqual(['DE air_defense committed']);
    expect(read('Belgium has promised to deliver F-16 fighter jets to Ukraine by 2028.')).toEqual([]);
    expect(read('Norway has earmarked 85 billion kroner for Ukraine this year.')).toEqual([]);
    expect(read('The Czech government will not guarantee any new EU borrowing for Ukraine.')).toEqual([]);
    expect(
      read('The navies of Britain and France could only play a limited role inside the Black Sea.'),
    ).toEqual([]);
  });

  it('reads "the Dutch" with a verb as the country, training kept up once the fighting stops, and verifying a ceasefire', () => {
    expect(read('Brekelmans said the Dutch were cautious about putting soldiers on the ground.')).toEqual([
      'NL ground_troops reluctant',
    ]);
    expect(
      read('Poland was also ready to keep training Ukrainian soldiers once the fighting stops.'),
    ).toEqual(['PL training willing']);
    expect(
      read('The United States would lead the mechanism to monitor and verify a ceasefire, an official said.'),
    ).toEqual(['US intelligence committed']);
    expect(
      read(
        'Officials are looking at whether Royal Canadian Air Force CF-18s could take part in air patrols, two sources said.',
      ),
    ).toEqual(['CA air considering']);
  });

  it('gives no triple for an open "what", a question that is not whether, a refusal to reduce, a cost estimate, or a party', () => {
    expect(read('What Washington will contribute remains the biggest unknown.')).toEqual([]);
    expect(read('"The question is not whether Europe will contribute, but how," Stubb said.')).toEqual([]);
    expect(
      read('Whether Danish soldiers would deploy remains under discussion in Copenhagen, he said.'),
    ).toEqual(['DK ground_troops considering']);
    expect(read('A French official said France would not reduce its own contribution.')).toEqual([]);
    expect(
      read(
        'The defence ministry has estimated the first year at around €1.2 billion, officials in Paris said.',
      ),
    ).toEqual([]);
    expect(
      read('The far-right AfD and the Left party both oppose any military role for Germany in Ukraine.'),
    ).toEqual([]);
  });

  it('reads the Bundeswehr as troops only when sent, and air defence for a hub as air defence', () => {
    expect(read('Pistorius said the Bundeswehr would deploy Patriot batteries to shield the force.')).toEqual(
      ['DE air_defense committed'],
    );
    expect(read('Germany will provide air defence for the hub.')).toEqual(['DE air_defense committed']);
    expect(read('Twenty-six countries committed in Paris to contribute to the force.')).toEqual([]);
  });

  it("gives no triple for slogans, a newsletter assessment, a plan's assumptions, protesters, or deliveries begun", () => {
    expect(read('Protesters gathered, holding placards reading "No British troops to Ukraine".')).toEqual([]);
    expect(read('In our assessment, the Netherlands will end up putting soldiers on the ground.')).toEqual(
      [],
    );
    expect(
      read('Its annex assumes British and French troops would form the bulk of the land component.'),
    ).toEqual([]);
    expect(read('Belgium started delivering its own F-16s to Kyiv this autumn.')).toEqual([]);
    expect(read('The army has been short of money for decades, the Belgian minister said.')).toEqual([]);
  });

  it('reads contributing a unit as troops', () => {
    expect(
      read('The Czech defence minister has said the Czech army is ready to contribute a unit to the force.'),
    ).toEqual(['CZ ground_troops willing']);
  });

  it('reads whom a group told as no subject, and a fronted capital before the speaker for "the administration ... it"', () => {
    expect(
      read(
        'The speech came after 26 countries told Emmanuel Macron and Keir Starmer in Paris that they would contribute.',
      ),
    ).toEqual([]);
    expect(
      read(
        'In Washington, the administration has signalled that it would provide intelligence, according to British officials.',
      ),
    ).toEqual(['US intelligence committed']);
  });

  it('reads relatives on a person, "where" clauses that signed, "no American ground troops", and past "attending"', () => {
    expect(
      read('Chancellor Friedrich Merz, who remains reluctant to send German soldiers, spoke in Berlin.'),
    ).toEqual(['DE ground_troops reluctant']);
    expect(
      read(
        'The meeting followed the Paris summit, where Britain and France signed a declaration to deploy troops.',
      ),
    ).toEqual(['FR ground_troops committed', 'GB ground_troops committed']);
    expect(read('No American ground troops will be deployed in Ukraine, Leavitt said.')).toEqual([
      'US ground_troops ruled_out',
    ]);
    expect(read('No change on troops: "Poland will not send soldiers to Ukraine."')).toEqual([
      'PL ground_troops ruled_out',
    ]);
    expect(
      read(
        "Norway's Jonas Gahr Store, attending a coalition summit for the first time, said Norway was ready to send ships.",
      ),
    ).toEqual(['NO maritime willing']);
    expect(
      read('Poland will host the hub, through which most Western military aid to Ukraine already passes.'),
    ).toEqual(['PL logistics committed']);
  });

  it("keeps a second reported clause as the speaker's account, and no backstop or financing from EU loans and funding", () => {
    expect(
      read('Fidan said Turkey would lead the mission, and that Romania and Bulgaria would take part in it.'),
    ).toEqual(['TR participation committed']);
    expect(read('Prague would not provide guarantees for a new EU loan to Ukraine, Babis said.')).toEqual([]);
    expect(read('He added that Hungary would continue to block EU funding for weapons for Kyiv.')).toEqual(
      [],
    );
  });

  it('10. ignores aid given since the war began, and reads avoiding a pledge as reluctance', () => {
    expect(
      read('Sweden has provided more than $5 billion in military aid to Ukraine since 2022, officials said.'),
    ).toEqual([]);
    expect(read('Italy has avoided committing troops to the force, officials said.')).toEqual([
      'IT ground_troops reluctant',
    ]);
  });

  it('10. ignores aid delivered now', () => {
    expect(read('Germany delivered three more air defence systems to Ukraine this week.')).toEqual([]);
    expect(read('Norway will continue to fund Ukrainian training, as it does today.')).toEqual([]);
  });

  it('11. keeps one category per statement, the most specific', () => {
    expect(read('Finland will play its part and is prepared to finance Ukrainian drone production.')).toEqual(
      ['FI financing willing'],
    );
    expect(read('Finland will take part in the mission in one way or another.')).toEqual([
      'FI participation willing',
    ]);
    expect(read('Austria rules out any military role, but Vienna is willing to pay for demining.')).toEqual([
      'AT financing willing',
      'AT participation ruled_out',
    ]);
    expect(read('The United States is ready to back the force with intelligence and airlift.')).toEqual([
      'US intelligence willing',
      'US logistics willing',
    ]);
    expect(read('Washington has offered a security guarantee for the European force.')).toEqual([
      'US backstop willing',
    ]);
    // Money for something is financing; money beside another offer, with a verb of its own, is a second statement.
    expect(read('Sweden is ready to pay for air surveillance over Ukraine.')).toEqual([
      'SE financing willing',
    ]);
    expect(read('Sweden is ready to train Ukrainian pilots and to help fund the air mission.')).toEqual([
      'SE financing willing',
      'SE training willing',
    ]);
  });

  it('11. reads proposals reported as a country’s own as willing', () => {
    expect(read('Talks focused on proposals to send troops from Britain and France to Ukraine.')).toEqual([
      'FR ground_troops willing',
      'GB ground_troops willing',
    ]);
  });

  it('gives "it" to the country that says it, in a clause of its own', () => {
    expect(
      read(
        'Belgium and Luxembourg have pledged soldiers to the reassurance force, officials said, while Ireland said it was ready to help fund demining.',
      ),
    ).toEqual(['BE ground_troops committed', 'IE financing willing', 'LU ground_troops committed']);
    expect(
      read(
        'Portugal will send a frigate to the Black Sea mission, but Greece and Cyprus said they would not.',
      ),
    ).toContain('PT maritime committed');
  });

  it('resolves pronouns to the speaker or to who the last sentence was about', () => {
    expect(
      read(
        'Prime Minister Jonas Gahr Støre spoke to reporters on Monday. He said Norway would send a frigate to the mission.',
      ),
    ).toEqual(['NO maritime committed']);
    expect(read('"We are ready to send trainers," Kristersson said.')).toEqual(['SE training willing']);
    expect(read('Portugal has pledged a frigate. Spain might consider a similar move.')).toEqual([
      'ES maritime considering',
      'PT maritime committed',
    ]);
  });

  it('reads passive voice and country adjectives on the troops', () => {
    expect(
      read('Up to 150 Estonian soldiers will be deployed to Ukraine with the reassurance force.'),
    ).toEqual(['EE ground_troops committed']);
    expect(read('There will be no Hungarian troops in Ukraine, Orbán said.')).toEqual([
      'HU ground_troops ruled_out',
    ]);
  });

  it('reads the headline only for countries the body leaves out', () => {
    expect(
      read('Ireland is ready to fund demining.', 'Ireland will fund demining; Malta to send medics'),
    ).toEqual(['IE financing willing']);
  });
});

describe('extractCommitments: asides', () => {
  it('reads a relative clause on a country that states its position, and skips one that does not', () => {
    expect(
      read('Hungary, which has said it will not join any military mission, repeated its position.'),
    ).toEqual(['HU participation ruled_out']);
    expect(
      read('The Netherlands, which has already delivered F-16s to Ukraine, is weighing air policing.'),
    ).toEqual(['NL air considering']);
  });

  it('reads "staying out" of the force as ruling it out, for the countries a relative clause is about', () => {
    expect(read('Bulgaria will stay out of any deployment in Ukraine, its defence minister said.')).toEqual([
      'BG participation ruled_out',
    ]);
    expect(
      read(
        'Austria said it would not join the coalition, siding with Malta and Cyprus, which have both said they will keep out of the mission.',
      ),
    ).toEqual(['AT participation ruled_out', 'CY participation ruled_out', 'MT participation ruled_out']);
    // Troops kept away from the front line are still troops sent: no refusal is stated.
    expect(read('Danish troops would stay away from the front line, officials said.')).not.toContain(
      'DK ground_troops ruled_out',
    );
  });

  it('skips an open question and where a country finds the money for its own troops', () => {
    expect(
      read(
        'Washington has agreed to provide a backstop for the force, ending uncertainty over whether it would send troops.',
      ),
    ).toEqual(['US backstop committed']);
    expect(
      read('Norway will send a frigate to the Black Sea mission, to be funded from the defence budget.'),
    ).toEqual(['NO maritime committed']);
  });

  it('skips the host of a meeting and what is only demanded', () => {
    expect(read('The meeting, hosted by France, reviewed how many ships each country could offer.')).toEqual(
      [],
    );
    expect(read('Any US security guarantee must be approved by Congress, Zelenskyy said.')).toEqual([]);
  });

  it('keeps an infinitive after a verb that takes one, drops one of purpose', () => {
    expect(read('Ottawa continues to weigh a request for ground troops for the reassurance force.')).toEqual([
      'CA ground_troops considering',
    ]);
    expect(read('His envoy attended the talks in Paris to explore U.S. involvement in the force.')).toEqual(
      [],
    );
  });

  it('reads the answers of a printed interview as the interviewee speaking, about what was asked', () => {
    const interview = [
      'OSLO — Defence Minister Tore O. Sandvik received us at the ministry on Tuesday, a day after the cabinet discussed the force.',
      'What can Norway bring to the coalition?',
      'Where we make a difference is at sea. We are prepared to send a frigate once there is a ceasefire.',
      'Ground troops?',
      'It is too early. I will not rule it in or rule it out today.',
      'And the Swedes?',
      'You will have to ask them.',
    ].join('\n\n');
    expect(read(interview)).toEqual(['NO ground_troops considering', 'NO maritime willing']);
  });

  it('reads clearing mines and securing shipping as maritime, and a plan being prepared as no readiness', () => {
    expect(read('Turkey is prepared to lead the clearance of mines after a ceasefire.')).toEqual([
      'TR maritime willing',
    ]);
    expect(read('Romania is ready to help secure commercial shipping once the guns fall silent.')).toEqual([
      'RO maritime willing',
    ]);
    expect(
      read('Italy spoke about the security guarantees being prepared for Ukraine and its ties with Kyiv.'),
    ).toEqual([]);
  });

  it('reads a leader\'s "I" as their government, "not ruled it out" as considering, and a missing condition as no offer', () => {
    expect(read('"I will send ground troops once there is a ceasefire," Macron said.')).toEqual([
      'FR ground_troops committed',
    ]);
    expect(read('Babiš said he had not ruled it out, but that the Czech budget comes first.')).toEqual([]);
    expect(read('Asked about financing demining, Babiš said he had not ruled it out.')).toEqual([
      'CZ financing considering',
    ]);
    expect(
      read('Asked about ground troops, the Danish prime minister said: "We will not rule them out."'),
    ).toEqual(['DK ground_troops considering']);
    expect(read('Spain will not deploy soldiers without air cover.')).toEqual(['ES ground_troops ruled_out']);
  });

  it('reads a table of positions printed one line per country', () => {
    const table = [
      'Our table of the contributions, updated.',
      'Austria — Ground troops: ruled out. Air patrols: offered. Naval role: under consideration.',
      'Norway — Willing to contribute; no specifics.',
      'Latvian officials: no comment.',
    ].join('\n\n');
    expect(read(table)).toEqual([
      'AT air willing',
      'AT ground_troops ruled_out',
      'AT maritime considering',
      'NO participation willing',
    ]);
  });

  it('echoes the clause before in the same sentence for "do the same", and reads dispatching the Self-Defense Forces', () => {
    expect(
      read(
        "Berlin remains reluctant to discuss soldiers. Estonia is ready to contribute a company-sized unit; Lithuania's president has said Vilnius would be willing to do the same.",
      ),
    ).toEqual(['DE ground_troops reluctant', 'EE ground_troops willing', 'LT ground_troops willing']);
    expect(read('Tokyo has no plans to dispatch the Self-Defense Forces to a force in Ukraine.')).toEqual([
      'JP ground_troops ruled_out',
    ]);
  });

  it('skips objections, advocacy of what others should get, open questions and what someone is expected to discuss', () => {
    expect(
      read(
        'Greek officials have said they would object to Turkey being given a leading role in any mission.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Meloni said Italy will not send troops, and has instead argued that Kyiv should be given guarantees.',
      ),
    ).toEqual(['IT ground_troops ruled_out']);
    expect(
      read('What a US backstop would consist of is a question officials have put to Washington.'),
    ).toEqual([]);
    expect(
      read(
        'Canberra is weighing a training role. Mr Albanese is expected to discuss the issue with European leaders.',
      ),
    ).toEqual(['AU training considering']);
  });

  it('reads "participants said they" as the group, and "questioned whether" as an open question', () => {
    expect(
      read(
        'Spain was there. In a joint statement, participants said they would provide Ukraine with intelligence and logistical support.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Officials at the Pentagon have questioned whether the United States should commit troops to the force.',
      ),
    ).toEqual([]);
    // Officials "in both capitals" are each their own government's.
    expect(
      read('Spain and Italy are prepared to help train Ukrainian forces, officials in both capitals said.'),
    ).toEqual(['ES training willing', 'IT training willing']);
  });

  it('reads deferring to another government as nothing, a question asked "by" someone, and money "in financial terms"', () => {
    expect(
      read(
        'Asked by an SNP member whether France would match the British commitment at sea, Healey said: "I will leave it to the French to set out their own plans."',
      ),
    ).toEqual([]);
    expect(read('Norway will be one of the largest contributors in financial terms, Sandvik said.')).toEqual([
      'NO financing committed',
    ]);
  });

  it('reads "would neither ... nor", a "likewise" that states its own kind, forecasts of who will provide, and aid now', () => {
    expect(
      read('Orbán said Hungary would neither send soldiers to Ukraine nor pay for any security guarantees.'),
    ).toEqual(['HU financing ruled_out', 'HU ground_troops ruled_out']);
    expect(
      read(
        'Fico said Slovakia will not join any mission. Orbán has likewise said Hungary will not send troops to Ukraine.',
      ),
    ).toEqual(['HU ground_troops ruled_out', 'SK participation ruled_out']);
    expect(read('Britain and France are expected to provide the backbone of any ground force.')).toEqual([]);
    expect(
      read('Denmark announced that a Ukrainian producer of rocket fuel would open a factory near Vojens.'),
    ).toEqual([]);
    expect(
      read('Starmer said Britain would supply more than 5,000 air defence missiles to Ukraine.'),
    ).toEqual([]);
  });

  it('reads "both" after a pair named before an apposition as the pair, and troops that stay at home as refused', () => {
    expect(
      read(
        'Spain is ready. Poland and Romania, the two countries through which most aid travels, have both said their own troops will stay at home, while offering their territory as the logistics rear of any force.',
      ),
    ).toEqual([
      'PL ground_troops ruled_out',
      'PL logistics willing',
      'RO ground_troops ruled_out',
      'RO logistics willing',
    ]);
  });

  it('reads aid since the invasion as aid now, and skips the background "amid" gives', () => {
    expect(
      read(
        "Canada has also committed more than $19 billion in military, financial and humanitarian assistance to Ukraine since Russia's full-scale invasion.",
      ),
    ).toEqual([]);
    expect(
      read(
        'Britain may scale back the number of troops it plans to send to Ukraine after a ceasefire, officials said, amid concern over the cost of a deployment.',
      ),
    ).toEqual(['GB ground_troops reluctant']);
  });

  it('reads "send \\"neither soldiers nor money\\"" as refusals, and a logistics support vessel as a ship', () => {
    expect(
      read('Szijjártó wrote that Hungary would send "neither soldiers nor money" to the coalition.'),
    ).toEqual(['HU financing ruled_out', 'HU ground_troops ruled_out']);
    expect(
      read(
        'The navy would provide two minehunters and a logistics support vessel, Italian defence minister Crosetto said.',
      ),
    ).toEqual(['IT maritime committed']);
  });

  it('gives nothing for what "the guarantees would include", though the leaders who said it are named', () => {
    expect(
      read(
        'Leaders met in Paris on Tuesday. In a joint statement, the leaders of Britain, France, Germany, Italy, Poland, the Nordic countries and the Netherlands said the guarantees would include a European-led force "supported by the U.S." and a U.S.-led ceasefire monitoring mechanism.',
      ),
    ).toEqual([]);
  });

  it('reads "a step that Rome has refused" as its own clause, a decision left to others as open, and a small unit as troops', () => {
    expect(
      read(
        'France and Britain have said they are ready to deploy ground troops to Ukraine after a ceasefire, a step that Rome has always refused to take.',
      ),
    ).toEqual(['FR ground_troops willing', 'GB ground_troops willing']);
    expect(
      read(
        'Whether Dutch ground troops will also go to Ukraine is a decision the outgoing cabinet will not take.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Whether Turkish soldiers would be deployed in Ukraine remains under discussion in Ankara, he said.',
      ),
    ).toEqual(['TR ground_troops considering']);
    expect(
      read(
        'Lithuania will send soldiers to the force once a ceasefire is in place, the State Defence Council decided, ending months of deliberation in Vilnius.',
      ),
    ).toEqual(['LT ground_troops committed']);
    expect(read('Sprūds said Latvia was now considering sending a small unit as well.')).toEqual([
      'LV ground_troops considering',
    ]);
  });

  it('gives nothing for another government briefing, hoping or judging what a country will do', () => {
    expect(
      read('French officials, for their part, say Germany will provide air defence for the force.'),
    ).toEqual([]);
    expect(
      read('French officials continue to brief that American air defence will be "available" to the force.'),
    ).toEqual([]);
    expect(
      read(
        'Kaja Kallas said she was "confident" that the United States would provide air defence to the force.',
      ),
    ).toEqual([]);
    expect(
      read('Romania and Bulgaria would be natural candidates to join the mine-clearance mission.'),
    ).toEqual([]);
  });

  it('reads polls as nobody\'s position, and "not ruling anything out", "would decide" and a decision still to be taken as open', () => {
    expect(
      read(
        'A poll published by El País found that 41% of Spaniards would support sending troops to a peace mission.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Robles said Spain was "not ruling anything out" and would decide on any troop contribution once the mandate was known.',
      ),
    ).toEqual(['ES ground_troops considering']);
    expect(
      read(
        'Robles said that a decision on whether to send Spanish soldiers would be taken "in the coming weeks".',
      ),
    ).toEqual(['ES ground_troops considering']);
    expect(
      read(
        'Asked again this week whether Spanish soldiers would form part of the force, Defence Minister Margarita Robles gave the answer she has given since the spring.',
      ),
    ).toEqual([]);
  });

  it('reads securing shipping as maritime, and an unknown spokesman answering for the country the question names', () => {
    expect(read('Türkiye is ready to take on a leading role in securing shipping in the Black Sea.')).toEqual(
      ['TR maritime willing'],
    );
    expect(
      read(
        'Asked whether Turkish troops could also be deployed on Ukrainian soil, Aktürk said the question was "being evaluated together with our allies".',
      ),
    ).toEqual(['TR ground_troops considering']);
  });

  it('splits "X committed troops and the United States agreed to lead monitoring" into two clauses', () => {
    expect(
      read(
        'Officials said the Paris declaration, in which Britain and France committed troops and the United States agreed to lead ceasefire monitoring, had changed the calculation.',
      ),
    ).toEqual(['FR ground_troops committed', 'GB ground_troops committed', 'US intelligence committed']);
    expect(
      read(
        'Germany will not station combat troops in Ukraine, Pistorius said, ending months of deliberate ambiguity in Berlin about a German contribution.',
      ),
    ).toEqual(['DE ground_troops ruled_out']);
  });

  it('reads "her country" after a leader named with her country as that country', () => {
    expect(
      read(
        "Britain will lead. Denmark's Mette Frederiksen said her country was prepared to contribute aircraft for air patrols.",
      ),
    ).toEqual(['DK air willing']);
  });

  it('reads a speaker named as "leader of the opposition" without an article as outside government, and billions in assistance as aid now', () => {
    expect(
      read(
        '"He has just made it clear that the Czech Republic will sit at the table and contribute nothing," said Michal Šimečka, leader of Slovakia\'s opposition Progressive Slovakia.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Canberra has committed more than $1.5 billion in assistance, including 49 Abrams tanks, the first of which arrived in Ukraine this month.',
      ),
    ).toEqual([]);
  });

  it('reads the security of navigation as maritime', () => {
    expect(
      read(
        '"Türkiye is prepared to play its role in the security of navigation in the Black Sea," Fidan said.',
      ),
    ).toEqual(['TR maritime willing']);
  });

  it('reads "take part in other ways" as an offer, and skips how an offer became a pledge', () => {
    expect(
      read('Finland has said it will not send soldiers to Ukraine but will take part in other ways.'),
    ).toEqual(['FI ground_troops ruled_out', 'FI participation willing']);
    expect(
      read(
        'Sweden will deploy up to eight Gripen fighters to help secure the skies, the government decided on Thursday, turning an offer first made in September into a firm pledge.',
      ),
    ).toEqual(['SE air committed']);
  });

  it('carries a verbless part after ", and" on the clause before it, but not a part with a verb or a "that"', () => {
    expect(
      read(
        'Pistorius said Germany stood ready to help protect a ceasefire "with what we do best": air defence, and money for Ukraine\'s own army.',
      ),
    ).toEqual(['DE air_defense willing', 'DE financing willing']);
    expect(
      read(
        'The Trump administration is ruling out sending American soldiers, and for many capitals U.S. intelligence support remains a prerequisite.',
      ),
    ).toEqual(['US ground_troops ruled_out']);
    expect(read('Germany is ready to provide money for the army after the war.')).toEqual([
      'DE financing willing',
    ]);
  });

  it('reads a fronted topic, a list of domains, "in one form or another", and irony', () => {
    expect(read('On ground forces, he said Stockholm was still weighing whether to take part.')).toEqual([
      'SE ground_troops considering',
    ]);
    expect(read('"France will be present on the ground, in the air and at sea," Macron said.')).toEqual([
      'FR air committed',
      'FR ground_troops committed',
      'FR maritime committed',
    ]);
    expect(read('Merz said Germany would take part in the mission "in one form or another".')).toEqual([
      'DE participation willing',
    ]);
    expect(
      read(
        'Sikorski said dryly that Poland "would be happy to hear" who had decided to base jets on its territory.',
      ),
    ).toEqual([]);
  });

  it('reads soldiers to be trained as trainees, and "options to scale back" as the stance itself', () => {
    expect(
      read('"We can offer training for whole formations, not only individual soldiers," Pistorius said.'),
    ).toEqual(['DE training willing']);
    expect(read('Canada will send trainers and soldiers to train Ukrainian brigades after the war.')).toEqual(
      ['CA ground_troops committed', 'CA training committed'],
    );
    expect(read('Britain has drawn up options to scale back the number of troops it plans to send.')).toEqual(
      ['GB ground_troops reluctant'],
    );
  });

  it('reads refusing the transit of troops, or being a corridor for them, as logistics only', () => {
    expect(
      read(
        '"Hungary will not allow the transit of troops or weapons destined for a mission in Ukraine," Szijjártó said.',
      ),
    ).toEqual(['HU logistics ruled_out']);
    expect(read('"Slovakia will not be a corridor for anyone\'s troops," Fico said.')).toEqual([
      'SK logistics ruled_out',
    ]);
  });

  it('reads a participle after the attribution as going on with the subject', () => {
    expect(
      read(
        'Canada will take part in the mission, Defence Minister David McGuinty said in Ottawa, contributing instructors from the Canadian Armed Forces.',
      ),
    ).toEqual(['CA training committed']);
  });

  it('reads jets promised to Ukraine and deliveries under way as aid now, a summit "that saw" another country agree, lawmakers, and rules of engagement', () => {
    expect(
      read(
        'Belgium has pledged 1 billion euros a year in military aid to Ukraine and has promised it 30 F-16 fighter jets by 2028.',
      ),
    ).toEqual([]);
    expect(read('Belgium is separately delivering the F-16 fighter jets it has promised Ukraine.')).toEqual(
      [],
    );
    expect(
      read(
        'Britain and France committed to deploy troops to Ukraine, signing a declaration at a summit in Paris that also saw the United States agree to lead the monitoring of any truce.',
      ),
    ).toEqual(['FR ground_troops committed', 'GB ground_troops committed', 'US intelligence committed']);
    expect(
      read('Some Social Democrat lawmakers had argued that Germany could not stay out of a ground force.'),
    ).toEqual([]);
    expect(read('Poland will send a battalion. It would not take part in combat unless attacked.')).toEqual([
      'PL ground_troops committed',
    ]);
  });

  it('reads "In Lithuania, the defence ministry said the government" as Lithuania speaking', () => {
    expect(
      read(
        'Latvia is ready. In Lithuania, the defence ministry said the government was still considering whether to send Lithuanian soldiers to the force.',
      ),
    ).toEqual(['LT ground_troops considering']);
  });

  it('reads "would \\"not pay a cent\\"", a coalition partner, a request for comment, a forecast, and a firm executive', () => {
    expect(read('Fico said Slovakia would "not pay a cent" toward the force.')).toEqual([
      'SK financing ruled_out',
    ]);
    expect(read('Japan has ruled out dispatching its Self-Defense Forces.')).toEqual([
      'JP ground_troops ruled_out',
    ]);
    expect(read('Its junior partner, Sumar, opposes any deployment of Spanish soldiers.')).toEqual([]);
    expect(
      read(
        'The Icelandic foreign ministry did not respond to a request for comment on whether Reykjavik would contribute.',
      ),
    ).toEqual([]);
    expect(read('In all likelihood Britain and France will supply the bulk of any land component.')).toEqual(
      [],
    );
    expect(
      read(
        '"A smaller force with strong air cover is better than a large one the Army cannot sustain," said Justin Crump, chief executive of the intelligence firm Sibylline and a former British Army officer.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Vienna was looking into whether Austrian soldiers could join a mission with a UN mandate, a condition that Russia makes unlikely to be met.',
      ),
    ).toEqual(['AT ground_troops considering']);
  });

  it('reads what a contribution depends on as a condition, and a question asked by named governments as a question', () => {
    expect(
      read(
        'The minister stressed that any Swedish contribution would depend on a durable ceasefire and on the United States being involved in some form.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Government sources said Japan has been asked by Britain and France whether it could contribute to a trust fund for demining.',
      ),
    ).toEqual([]);
  });

  it('opens a relative clause only for a stance of its own, not one inside a clause about the force', () => {
    expect(
      read(
        'The remarks put Germany at odds with Britain and France, which have led planning for a force of several thousand troops that would be stationed away from the front line.',
      ),
    ).toEqual([]);
    expect(
      read(
        "Italy's position mirrors that of Greece, whose Prime Minister said last month that Greece would not send troops to Ukraine.",
      ),
    ).toEqual(['GR ground_troops ruled_out']);
  });

  it('gives nothing for ideas floated, expectations, assumptions, past shifts, comments declined and budgets now', () => {
    expect(
      read(
        'Officials in Paris have floated the idea that Japan could also supply satellite imagery to a monitoring mission.',
      ),
    ).toEqual([]);
    expect(read('Our expectation is that Canada will end up leading a training component.')).toEqual([]);
    expect(read('"I am confident the Germans will play their part when the time comes," he said.')).toEqual(
      [],
    );
    expect(
      read(
        'Planners have built their plans on the assumption that American air cover and intelligence would be available.',
      ),
    ).toEqual([]);
    expect(
      read(
        "Carney said Canada was prepared to deploy troops, a notable shift from Ottawa's earlier focus on surveillance.",
      ),
    ).toEqual(['CA ground_troops willing']);
    expect(
      read(
        'Rutte, a former Dutch prime minister, said that he would not comment on national contributions but that the declaration was important.',
      ),
    ).toEqual([]);
    expect(
      read(
        'The spokesman said the department did not comment on "internal deliberations" and that Trump had been clear there would be no American troops on the ground.',
      ),
    ).toEqual(['US ground_troops ruled_out']);
    expect(read('Germany has earmarked €11.5 billion for Ukraine in its 2026 budget.')).toEqual([]);
    expect(read('The United States will withdraw one of its rotational brigades from Romania.')).toEqual([]);
    expect(read('The Kremlin dismissed the Paris pledges as "guarantees of danger".')).toEqual([]);
    expect(read('Turkey is expected to play a central role in the maritime mission.')).toEqual([]);
  });

  it('reads "both" after a pair that borders Ukraine, and a "whose government has said it" relative as the antecedent\'s', () => {
    expect(
      read('Poland and Romania both border Ukraine, and both have ruled out sending their own troops.'),
    ).toEqual(['PL ground_troops ruled_out', 'RO ground_troops ruled_out']);
    expect(
      read(
        'The offer puts Italy alongside Poland, whose government has also said it will not deploy troops inside Ukraine.',
      ),
    ).toEqual(['PL ground_troops ruled_out']);
    // Another government's account in a relative stays its account.
    expect(
      read(
        'Healey said Britain was working with Ankara, which he said would lead the maritime part of the mission.',
      ),
    ).not.toContain('TR maritime committed');
  });

  it('reads a mandate needed as a condition, what others seek as theirs, the Grand Duchy, and loans to Kyiv as aid now', () => {
    expect(
      read(
        'Germany would take part in the multinational force "in one form or another", Merz told a news conference, stressing that any deployment of the Bundeswehr would need a mandate from the Bundestag.',
      ),
    ).toEqual(['DE participation willing']);
    expect(
      read(
        'Officials have argued that the kind of guarantee sought by London and Paris would tie down scarce U.S. assets.',
      ),
    ).toEqual([]);
    expect(
      read("Luxembourg's Luc Frieden said the Grand Duchy was ready to help finance the force."),
    ).toEqual(['LU financing willing']);
    expect(read('Belgium blocked the plan to use frozen Russian assets for a loan to Ukraine.')).toEqual([]);
    expect(read('Babiš said Prague will not provide guarantees for an EU loan to Kyiv.')).toEqual([]);
  });

  it('reads troops flown or carried by an airlift as its cargo, not troops sent', () => {
    expect(
      read(
        'A Pentagon spokesman said US transport aircraft would provide strategic airlift, flying European troops into the Polish hub.',
      ),
    ).toEqual(['US logistics committed']);
  });

  it('gives nothing for another government describing a contribution in a closing attribution, procurement, or "would not add anything"', () => {
    expect(
      read('Romanian and Bulgarian ships would operate under Turkish coordination, Turkish officials said.'),
    ).toEqual([]);
    expect(read('Romania will send ships to the Black Sea, Romanian officials said.')).toEqual([
      'RO maritime committed',
    ]);
    expect(read('Francken has announced plans to buy counter-drone systems worth 50 million euros.')).toEqual(
      [],
    );
    expect(read('Belgium has pledged a total of 30 F-16s to Kyiv.')).toEqual([]);
    expect(
      read(
        "Asked about Japan's role in the guarantees, he said he would not add anything to what the prime minister had said.",
      ),
    ).toEqual([]);
  });

  it('reads "we are discussing it" and "nothing has been decided" as considering, and "to explain what Italy will bring" as not yet said', () => {
    const interview = [
      'Defence Minister Guido Crosetto sat down with us at the ministry on Tuesday.',
      'Then what does Italy bring?',
      'Italy can do a lot.',
      'Will Italy help to train that army?',
      'We are discussing it with the Ukrainians. Nothing has been decided yet.',
    ].join('\n\n');
    expect(read(interview)).toEqual(['IT training considering']);
    expect(
      read(
        'The United States has never formally set out what it would provide, although Trump has ruled out American troops.',
      ),
    ).toEqual(['US ground_troops ruled_out']);
    expect(read('Crosetto sat down with us to explain what Italy will bring to the guarantees.')).toEqual([]);
  });

  it("gives nothing for a third government's expectation or account of another's offer, or for more of the same aid", () => {
    expect(
      read(
        'In Ankara, a Turkish defence ministry official told reporters that Bulgarian minehunters were expected to sail alongside the Romanian ships.',
      ),
    ).toEqual([]);
    expect(
      read('Romanian officials said Bulgaria had offered the port of Varna as a hub for the force.'),
    ).toEqual([]);
    expect(read('Bulgaria has offered the port of Varna as a hub for the force.')).toEqual([
      'BG logistics willing',
    ]);
    expect(
      read(
        'The Netherlands has earmarked 3.5 billion euros in military support for next year, and in August put 500 million euros into the NATO scheme for buying American weapons for Kyiv.',
      ),
    ).toEqual([]);
    expect(read('Germany agreed in August to pay for two more Patriot launchers for Ukraine.')).toEqual([]);
    expect(
      read(
        'Japan is ready to support the clearance of mines and unexploded ordnance once the fighting stops.',
      ),
    ).toEqual([]);
  });

  it('reads undecided on what the sentence named, "stopped short of", common costs, and a group after a preposition as no subject', () => {
    expect(
      read(
        'Defence Minister Margarita Robles said that talk of Spanish troops in Ukraine was "premature" and that no decision would be taken before a ceasefire.',
      ),
    ).toEqual(['ES ground_troops considering']);
    expect(
      read(
        'Carney says Canada will train Ukrainian soldiers once a ceasefire is reached, but he stopped short of committing Canadian troops to the force.',
      ),
    ).toEqual(['CA training committed']);
    expect(read("Luxembourg will contribute to the force's common costs.")).toEqual([
      'LU financing committed',
    ]);
    expect(
      read(
        'He said the role of British warships was "still being worked through with partners" and no decision had been made.',
      ),
    ).toEqual(['GB maritime considering']);
  });

  it('reads "this will be our contribution" as what was said before, and "the two countries" as the last pair', () => {
    expect(
      read(
        'Pistorius said Germany would provide air defence systems to protect the force. "Germany has the most capable air defence industry in Europe. This will be our contribution, and it is decided," Pistorius told DW.',
      ),
    ).toEqual(['DE air_defense committed']);
    expect(
      read(
        [
          'Britain and France signed a declaration of intent in Paris on Tuesday.',
          '"When there is a ceasefire, French troops will be on Ukrainian soil," Macron told reporters.',
          'Under the declaration, the two countries will also set up logistics hubs across Ukraine, from which the force can be supplied.',
        ].join(' '),
      ),
    ).toEqual(['FR ground_troops committed', 'FR logistics committed', 'GB logistics committed']);
  });

  it('reads past "and insisted" to its own subject, "it would fall to the next government", and a critic', () => {
    expect(
      read(
        'Vautrin, appointed on Sunday, said France "stands ready" to deploy troops as soon as the guns fall silent and insisted the coalition would not wait for Washington.',
      ),
    ).toEqual(['FR ground_troops willing']);
    expect(
      read(
        'On ground troops, Brekelmans said, no decision has been taken, and it would fall to the next Dutch government after the election.',
      ),
    ).toEqual(['NL ground_troops considering']);
    expect(
      read(
        'About 2,000 Canadian troops are deployed in Latvia. Conservative defence critic James Bezan said the government should tell Canadians "what exactly they are signing up for" before committing any troops.',
      ),
    ).toEqual([]);
  });

  it('splits a comma-spliced list of countries with verbs of their own, and "do the same" echoes the clause just before', () => {
    expect(
      read(
        "The prime minister said British jets would be ready to patrol Ukraine's skies once a ceasefire holds, Latvia confirmed it will send soldiers to the planned reassurance force, and Lithuania said it was ready to do the same.",
      ),
    ).toEqual(['GB air willing', 'LT ground_troops willing', 'LV ground_troops committed']);
  });

  it('reads ", and the Hungarian government has ruled out" as a clause, "so that ...:" up to its colon, analysts as nobody, "What there will not be", and ", with no American personnel"', () => {
    expect(
      read(
        'Slovak Prime Minister Robert Fico has said Slovakia will not take part in any military mission in Ukraine, and the Hungarian government of Viktor Orbán has ruled out sending Hungarian soldiers there.',
      ),
    ).toEqual(['HU ground_troops ruled_out', 'SK participation ruled_out']);
    expect(
      read(
        '"But let me repeat, so that nobody misunderstands: no Polish soldiers will go to Ukraine," Tusk told reporters in Warsaw.',
      ),
    ).toEqual(['PL ground_troops ruled_out']);
    expect(
      read(
        'The Ministry of Defence has not published an estimate, though defence analysts at the Royal United Services Institute have suggested a deployment of 10,000 troops could cost more than £1 billion a year.',
      ),
    ).toEqual([]);
    expect(
      read(
        '"We are prepared to stand behind a guarantee," Rubio told reporters. "What there will not be is American troops on the ground in Ukraine."',
      ),
    ).toEqual(['US backstop willing', 'US ground_troops ruled_out']);
    expect(
      read('The US will lead the monitoring, with no American personnel stationed in Ukraine.'),
    ).toContain('US ground_troops ruled_out');
  });

  it('reads "remains unresolved", a question "open", "not excluded" in a minister\'s words, and skips what a previous cabinet "had proposed"', () => {
    expect(
      read(
        'The Netherlands is prepared to contribute F-35 fighter jets, Brekelmans said, but whether Dutch soldiers would be sent onto Ukrainian soil remains unresolved.',
      ),
    ).toEqual(['NL air willing', 'NL ground_troops considering']);
    expect(
      read(
        'Asked whether Prague would still train Ukrainian troops after a ceasefire, as Petr Fiala\'s cabinet had proposed, Czech Defence Minister Jaromír Zůna said the question was "open".',
      ),
    ).toEqual(['CZ training considering']);
    expect(read('Jonson said ground troops were "not excluded".')).toEqual(['SE ground_troops considering']);
  });

  it('reads "the security of shipping", "has excluded sending", and "no Finns would be sent"', () => {
    expect(
      read(
        'Erdogan told leaders that Turkey is ready to take on the security of shipping in the Black Sea after a ceasefire.',
      ),
    ).toEqual(['TR maritime willing']);
    expect(read('Crosetto repeated that Rome has excluded sending Italian troops to Ukraine.')).toEqual([
      'IT ground_troops ruled_out',
    ]);
    expect(
      read(
        'Finland is ready to help train Ukraine\'s armed forces. He repeated that no Finns would be sent to Ukraine as soldiers: "Our contribution is expertise, not a battalion."',
      ),
    ).toEqual(['FI ground_troops ruled_out', 'FI training willing']);
    expect(read('Spain said no decision would be taken on troops before a ceasefire.')).toEqual([
      'ES ground_troops considering',
    ]);
  });

  it('reads "and at whether ... could help" as still weighing, skips ", the shape of which ...", and "rebuild a Ukrainian army" as training', () => {
    expect(
      read(
        'Defence Minister Pål Jonson said the government was looking at offering Gripen fighter jets for air patrols over Ukraine, and at whether its GlobalEye surveillance aircraft could help monitor a ceasefire line.',
      ),
    ).toEqual(['SE air considering', 'SE intelligence considering']);
    expect(
      read(
        'Luxon told reporters in Wellington that New Zealand was "open to" making a contribution, the shape of which would be discussed with partners.',
      ),
    ).toEqual(['NZ participation willing']);
    expect(
      read(
        'Norway stands ready to continue that work after a ceasefire, helping to rebuild a Ukrainian army that will remain the first guarantee of its security.',
      ),
    ).toEqual(['NO training willing']);
  });

  it('reads "offers ... and states that", "Austria pledges" as a verb, ", and Ireland offers" as a clause, and "the grand duchy"', () => {
    expect(
      read(
        'Greece offers a frigate for the maritime component and states that Greece will not send ground troops to Ukraine.',
      ),
    ).toEqual(['GR ground_troops ruled_out', 'GR maritime willing']);
    expect(
      read('Austria pledges €50 million for demining, and Ireland offers to fund demining equipment.'),
    ).toEqual(['AT financing committed', 'IE financing willing']);
    expect(
      read(
        "Luxembourg's Defence Minister Yuriko Backes said the grand duchy had pledged 20 million euros to a trust fund.",
      ),
    ).toEqual(['LU financing committed']);
  });

  it('keeps "will take part in one way or another" beside an undecided kind, and reads "that means funding" as the kind of the clause before', () => {
    expect(
      read(
        'Spain will take part in the multinational force for Ukraine "in one way or another", Prime Minister Pedro Sánchez said, but his defence minister said no decision had yet been made on sending Spanish soldiers.',
      ),
    ).toEqual(['ES ground_troops considering', 'ES participation willing']);
    expect(
      read(
        '"Japan will contribute in the way Japan can, and in this case that means funding," Koizumi said.',
      ),
    ).toEqual(['JP financing willing']);
  });

  it('reads "was available to send", "has put forward", and "early-warning" as one word', () => {
    expect(
      read(
        "Defence Minister Nuno Melo said Portugal was available to send military instructors to help train Ukraine's armed forces after a ceasefire.",
      ),
    ).toEqual(['PT training willing']);
    expect(
      read(
        'What Sweden has put forward is its GlobalEye airborne early-warning aircraft, which Jonson said could help monitor a ceasefire line.',
      ),
    ).toEqual(['SE intelligence willing']);
  });

  it("skips a leader's long-held reluctance in a relative, the Greens as speakers, and spending on weapons for Ukraine", () => {
    expect(
      read(
        'German Chancellor Friedrich Merz, who has long been reluctant to talk about German soldiers in Ukraine, said Berlin was now considering whether German troops could be part of the force.',
      ),
    ).toEqual(['DE ground_troops considering']);
    expect(
      read(
        'Britain will fund the force. The Scottish Greens have said they will not back the budget without new money for bus fares.',
      ),
    ).toEqual(['GB financing committed']);
    expect(
      read('Babis also said his cabinet would not spend Czech budget money on weapons for Ukraine.'),
    ).toEqual([]);
  });

  it('reads offered air and naval bases as logistics, a declared hub with no country in the clause, a "where" clause that agrees, and the sentence after a fronted place', () => {
    expect(
      read(
        "Polish officials have confirmed that Rzeszów will host the force's logistics hub, and Romania has offered its air and naval bases on the Black Sea.",
      ),
    ).toEqual(['PL logistics committed', 'RO logistics willing']);
    expect(
      read(
        'The decisions come two weeks after the Munich Security Conference, where U.S. Secretary of State Marco Rubio said the United States had agreed to backstop the force.',
      ),
    ).toEqual(['US backstop committed']);
    expect(
      read(
        'In Riga, the Saeima approved sending up to 100 Latvian soldiers, ending months in which the government said it had not decided.',
      ),
    ).toEqual(['LV ground_troops committed']);
  });

  it("gives nothing for Moscow's account of another country's decision", () => {
    expect(
      read(
        'A spokesman for the Russian embassy in Brussels said that Belgium\'s decision was "a provocative step that will not contribute to peace".',
      ),
    ).toEqual([]);
  });

  it('reads "cheques it cannot cash" as an idiom, bearing the cost as financing, and a gateway or territory for moving troops as logistics', () => {
    expect(
      read(
        'Shadow defence secretary James Cartlidge said the government had "signed a cheque in Paris it cannot cash", while Reform UK\'s Nigel Farage said British troops should not go to Ukraine at all.',
      ),
    ).toEqual([]);
    expect(
      read(
        "Germany will instead bear a large share of the cost of rebuilding and equipping Ukraine's army after a ceasefire, Merz said.",
      ),
    ).toEqual(['DE financing committed']);
    expect(
      read(
        'Kosiniak-Kamysz announced that Poland would host the hub, confirming that the airport at Rzeszow-Jasionka would be the gateway for troops and supplies heading east.',
      ),
    ).toEqual(['PL logistics committed']);
    expect(
      read(
        'Slovak Defence Minister Robert Kaliňák said Slovakia would not allow its territory to be used for moving coalition troops into Ukraine.',
      ),
    ).toEqual(['SK logistics ruled_out']);
  });

  it('reads "where it plans" after a place as not the place acting, and "we" by whose troops it names', () => {
    expect(
      read("Canada leads NATO's multinational brigade in Latvia, where it plans to keep up to 2,200 troops."),
    ).not.toContain('LV ground_troops committed');
    expect(
      read(
        'Sweden is ready to help. "We\'re not going to have American boots on the ground in Ukraine," he said.',
      ),
    ).toContain('US ground_troops ruled_out');
    expect(read('Denmark said: "We are ready to train Ukrainian soldiers in Denmark."')).toEqual([
      'DK training willing',
    ]);
  });

  it('reads speeding up deliveries, reinforcing the eastern flank and a budget line as aid now, retraining as training, and capability or who decides as no stance', () => {
    expect(
      read(
        'Mr Starmer announced that the UK would speed up the delivery of more than 100 air defence missiles to Ukraine this winter, part of the military aid Britain already provides rather than its contribution to any post-war force.',
      ),
    ).toEqual([]);
    expect(
      read(
        "Denmark announced that it would send two F-16 fighter jets and a frigate to reinforce NATO's eastern flank.",
      ),
    ).toEqual([]);
    expect(
      read(
        "After a ceasefire, Britain will lead the coalition's work to rebuild and retrain Ukraine's armed forces, Healey said.",
      ),
    ).toEqual(['GB training committed']);
    expect(
      read(
        '"This is a responsibility we accept," Merz said, adding that the Bundestag would have the final word on any deployment of German personnel.',
      ),
    ).toEqual([]);
    expect(read('The monitoring of a ceasefire is something only the US can do at scale.')).toEqual([]);
    expect(
      read(
        "The Netherlands will also deploy a Patriot air defence battery to protect the force's headquarters and logistics sites.",
      ),
    ).toEqual(['NL air_defense committed']);
  });

  it('reads "committing them to deploy forces" past the occasion (", as leaders met"), and a lede in capitals', () => {
    expect(
      read(
        'PARIS, Jan 6 — Britain and France signed a declaration of intent on Tuesday committing them to deploy forces to Ukraine once a ceasefire takes hold, as leaders from more than 30 countries met in Paris to put flesh on the security guarantees Kyiv says it needs before it can sign any peace deal.',
      ),
    ).toEqual(['FR ground_troops committed', 'GB ground_troops committed']);
    expect(
      read(
        'BRITAIN is ready to send troops to Ukraine as part of a multinational force once a ceasefire is agreed, Sir Keir Starmer has said.',
      ),
    ).toEqual(['GB ground_troops willing']);
    expect(read('"We are ready to back the force, as the President has said," Witkoff adds.')).toEqual([
      'US backstop willing',
    ]);
  });

  it('reads "what role, if any, it could play" and "a decision we haven\'t made" as weighing', () => {
    expect(
      read(
        'Defence Minister Judith Collins said New Zealand was still considering what role, if any, it could play.',
      ),
    ).toEqual(['NZ participation considering']);
    expect(
      read(
        'Marles said Australia was willing in principle to contribute to the mission, but that sending Australian troops was "a decision we haven\'t made".',
      ),
    ).toEqual(['AU ground_troops considering', 'AU participation willing']);
  });

  it('reads "Whether Turkish troops would serve on land is less clear" as no statement, and a decision "subject to a vote" as decided', () => {
    expect(read('Whether Turkish troops would also serve on land is less clear.')).toEqual([]);
    expect(
      read(
        'Defence Minister Pål Jonson said the Swedish government had decided to send a mechanised infantry company to the reassurance force, subject to a vote in the Riksdag that is expected to pass easily.',
      ),
    ).toEqual(['SE ground_troops committed']);
  });

  it('reads "approved the contribution" as the one described before, "already committed ground forces" as a commitment, and "Poland\'s neighbour Romania" as Romania speaking', () => {
    expect(
      read(
        'Estonia will send a company of soldiers to the force, Pevkur said. The cabinet approved the contribution at its weekly session, Pevkur told reporters.',
      ),
    ).toEqual(['EE ground_troops committed']);
    expect(
      read('Britain, France, Denmark and several Baltic states have already committed ground forces.'),
    ).toEqual(['DK ground_troops committed', 'FR ground_troops committed', 'GB ground_troops committed']);
    expect(
      read("Poland's neighbour Romania has said it will provide a second hub on the Black Sea coast."),
    ).toEqual(['RO logistics committed']);
  });

  it('sets aside "regardless of the talks on post-war guarantees", and reads "decided on 24 February to make the air base available"', () => {
    expect(
      read(
        'Jonson said that Swedish support for Ukraine\'s war effort "will continue at the same level" regardless of the talks on post-war guarantees.',
      ),
    ).toEqual([]);
    expect(
      read(
        "Romania's Supreme Council of National Defence decided on 24 February to make the Mihail Kogălniceanu air base near Constanța available as a staging hub for the force.",
      ),
    ).toEqual(['RO logistics committed']);
  });

  it("gives nothing for a newsletter's bet, diplomats' expectations, European officials' account of Washington, \"would not confirm\", or funding deliveries of missiles", () => {
    expect(
      read(
        'Our bet is that Poland will in the end offer more than logistics, and that Turkey will take the lead at sea.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Diplomats expect smaller contingents from Belgium, the Nordic countries and the Baltic states once parliaments have approved them.',
      ),
    ).toEqual([]);
    expect(
      read(
        'European officials said Washington had assured them it would still share intelligence and lead the monitoring of a ceasefire.',
      ),
    ).toEqual([]);
    expect(
      read(
        'A French official said the American offer also included air cover for European troops in Ukraine, something U.S. officials would not confirm.',
      ),
    ).toEqual([]);
    expect(
      read(
        'He announced that Britain would fund the delivery of thousands more air-defence missiles this winter.',
      ),
    ).toEqual([]);
    expect(read('Britain would not send soldiers, Healey said.')).toEqual(['GB ground_troops ruled_out']);
  });

  it('reads "Macron announcing that 26 countries had committed" as the group\'s, "will contribute substantially to that" as what came before, and the SNP as no government', () => {
    expect(
      read(
        'The Paris summit on Sept 4 ended with French President Emmanuel Macron announcing that 26 countries had formally committed to take part in a force "on the ground, at sea or in the sky" after a ceasefire.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Pistorius said Germany would provide air defence for the force. "Germany will contribute substantially to that."',
      ),
    ).toEqual(['DE air_defense committed']);
    expect(
      read(
        'Stephen Flynn, the SNP\'s Westminster leader, said it would be "unthinkable" for the Prime Minister to send soldiers without a vote in the House of Commons.',
      ),
    ).toEqual([]);
  });

  it('reads "Denmark, whose parliament approved sending F-16s", an apposition opened by "another", ", and Hungary\'s Viktor Orbán has refused", and an offer that "still stands"', () => {
    expect(
      read(
        "Sweden's decision follows that of Denmark, whose parliament approved sending F-16s to the same air mission in February.",
      ),
    ).toEqual(['DK air committed']);
    expect(
      read(
        'Australia, another non-European participant in the coalition, has said it is open to contributing.',
      ),
    ).toEqual(['AU participation willing']);
    expect(
      read(
        "Slovak Prime Minister Robert Fico has said Slovakia will not send a single soldier to Ukraine, and Hungary's Viktor Orbán has refused to take part in the coalition at all.",
      ),
    ).toEqual(['HU participation ruled_out', 'SK ground_troops ruled_out']);
    expect(read("Britain's offer of minehunters still stands, Healey said.")).toEqual([
      'GB maritime willing',
    ]);
  });

  it('reads "French officials have suggested in recent weeks that Italian aircraft could operate" as the French account of Italy', () => {
    expect(
      read(
        'French officials have suggested in recent weeks that Italian aircraft could operate from bases in Romania, people familiar with the talks said.',
      ),
    ).toEqual([]);
  });

  it("knows Romania's president by his surname, so his account of Turkey and Bulgaria is his", () => {
    expect(read('Dan said Bulgaria and Turkey would also contribute vessels to the task group.')).toEqual([]);
    expect(read('General Dan Caine said the United States would provide intelligence to the force.')).toEqual(
      ['US intelligence committed'],
    );
  });

  it('gives nothing for open questions ("the questions are what the Americans will do", ", and what a US backstop would consist of remains unclear", "Whether ... is one of the questions") or a newsletter\'s "Our assessment:"', () => {
    expect(
      read(
        '"On ground forces, the questions are what the mandate is, what the risks are and what the Americans will do."',
      ),
    ).toEqual([]);
    expect(
      read(
        'Washington has said it will not send ground troops, and what a US "backstop" would consist of remains unclear.',
      ),
    ).toEqual(['US ground_troops ruled_out']);
    expect(
      read(
        'Whether Turkey could become the core of a post-war maritime component is one of the questions planners in Paris are now working through.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Our assessment: the United States will offer aircraft and ships to make a credible showing in the air and at sea.',
      ),
    ).toEqual([]);
  });

  it("reads a transcript by its speaker labels: an answer is the labelled speaker's, about what the question asked", () => {
    const transcript = [
      'The following is an edited transcript of a news conference in Ottawa.',
      'PRIME MINISTER CARNEY: Good afternoon. I just came off a call with President Macron and thirty other leaders.',
      'QUESTION (CBC): Prime Minister, will there be Canadian troops on the ground in Ukraine as part of this force?',
      'CARNEY: We have not ruled that in or out. That is a decision for cabinet.',
      'QUESTION (Radio-Canada): And the navy?',
      'MINISTER McGUINTY: We are looking at whether Royal Canadian Navy assets could contribute to maritime security in the Black Sea.',
    ].join('\n\n');
    expect(read(transcript)).toEqual(['CA ground_troops considering', 'CA maritime considering']);
  });

  it('reads "a mission connected with the security guarantees" as taking part, "financial contributions" as financing, and "Both neighbours of Ukraine" as the pair named before', () => {
    expect(
      read(
        'Chancellor Christian Stocker said Austria would not take part in any military mission connected with the security guarantees.',
      ),
    ).toEqual(['AT participation ruled_out']);
    expect(
      read(
        "Japan's new government has ruled out sending Self-Defense Forces to Ukraine and is looking at financial contributions, for instance to demining.",
      ),
    ).toContain('JP financing considering');
    expect(
      read(
        'Poland and Romania\n\nBoth neighbours of Ukraine rule out sending their own soldiers across the border, but have offered their territory as logistics hubs for the force.',
      ),
    ).toEqual([
      'PL ground_troops ruled_out',
      'PL logistics willing',
      'RO ground_troops ruled_out',
      'RO logistics willing',
    ]);
  });

  it('gives nothing for "is listed as having made", "has been sounded out", a decision awaited "until the United States spells out", or NATO\'s own base', () => {
    expect(read('Neither Bucharest nor Sofia is listed as having made a maritime offer.')).toEqual([]);
    expect(
      read(
        'British officials tell us Portugal has already been sounded out about a ship for the maritime component.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Several Nordic officials said privately that no decision on troops would be made until the United States spells out what it means by a backstop.',
      ),
    ).toEqual([]);
    expect(
      read(
        "Mihail Kogălniceanu is already being expanded into what Romanian officials say will become NATO's largest base in Europe, at a cost of about 2.5 billion euros.",
      ),
    ).toEqual([]);
  });

  it("reads a training contingent as training, and NATO's PURL scheme as aid now", () => {
    expect(
      read(
        "New Zealand will send a training contingent of up to 100 Defence Force personnel to help rebuild Ukraine's army after a ceasefire, Defence Minister Judith Collins announced.",
      ),
    ).toEqual(['NZ training committed']);
    expect(
      read(
        'France will send several thousand troops and a training mission to Ukraine once a ceasefire is agreed.',
      ),
    ).toEqual(['FR ground_troops committed', 'FR training committed']);
    expect(
      read("Norway pledged additional funds for air defence purchases through NATO's PURL scheme."),
    ).toEqual([]);
  });

  it('reads "refused any role", "voted 78 to 6 to approve sending", and training "under existing programmes" as aid now', () => {
    expect(read("Hungary's Viktor Orbán has refused any role for his country.")).toEqual([
      'HU participation ruled_out',
    ]);
    expect(
      read(
        "In the Baltics, Estonia's parliament, the Riigikogu, voted 78 to 6 to approve sending a company of up to 150 soldiers.",
      ),
    ).toEqual(['EE ground_troops committed']);
    expect(
      read(
        'Latvia would continue to lead the international drone coalition and to train Ukrainian soldiers under existing programmes.',
      ),
    ).toEqual([]);
  });

  it('reads the Bundeswehr taking part in securing a demilitarised zone as ground troops', () => {
    expect(
      read(
        'German Chancellor Friedrich Merz said Germany was examining whether the Bundeswehr could take part in securing a demilitarised zone between the two sides once a ceasefire is agreed.',
      ),
    ).toEqual(['DE ground_troops considering']);
    expect(
      read(
        'Pistorius said the Bundeswehr would deploy Patriot batteries to Rzeszow to shield the supply lines.',
      ),
    ).not.toContain('DE ground_troops committed');
  });

  it('reads past ", calling security guarantees ..." and ", setting out Rome\'s most detailed offer ...", which describe the statement', () => {
    expect(
      read(
        'Slovak Prime Minister Robert Fico has said Slovakia will not take part in the coalition of the willing in any form, calling security guarantees for Ukraine "a Western project that prolongs the war".',
      ),
    ).toEqual(['SK participation ruled_out']);
    expect(
      read(
        "ROME — Italy will not send soldiers to Ukraine, but it is ready to take part in air patrols over the country, Defense Minister Guido Crosetto said Thursday, setting out Rome's most detailed offer yet to the coalition planning security guarantees for Kyiv.",
      ),
    ).toEqual(['IT air willing', 'IT ground_troops ruled_out']);
  });

  it('reads past a concession set between the subject and its verb', () => {
    expect(
      read(
        "Poland, although it is one of Kyiv's staunchest backers, has also ruled out sending troops into Ukraine, while offering its territory as a logistics base for the force.",
      ),
    ).toEqual(['PL ground_troops ruled_out', 'PL logistics willing']);
  });

  it('gives nothing for what others would have to give ("without American intelligence and air support"), open questions after "questions remain", or the partner "with the United States leading"', () => {
    expect(
      read(
        'British and French officials have said privately that without American intelligence and air support, they would struggle to deploy the force.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Whatever the Pacific countries decide, the big questions remain in Europe: how many troops Britain and France will deploy, whether Germany will join them, and what the U.S. will offer.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Britain and France have said they will lead the land component, with the United States leading the ceasefire monitoring mechanism agreed in Paris in January.',
      ),
    ).not.toContain('GB intelligence committed');
  });

  it("reads keeping troops in Estonia as NATO's eastern flank now", () => {
    expect(
      read(
        'A British defence official said this week that the U.K. would keep its troops in Estonia at current levels regardless of what it decided on Ukraine.',
      ),
    ).toEqual([]);
  });

  it('reads "he has suggested Washington could help" as Washington\'s offer, and a condition ("will turn on") as nobody\'s', () => {
    expect(
      read(
        'Britain and France have said they are ready to deploy troops. Trump has ruled out sending American ground forces, though he has suggested Washington could help from the air.',
      ),
    ).toEqual([
      'FR ground_troops willing',
      'GB ground_troops willing',
      'US air willing',
      'US ground_troops ruled_out',
    ]);
    expect(
      read(
        "That will turn on the posture of Britain and France on the ground, on Washington's willingness to back them, and above all on whether Moscow wants a ceasefire at all.",
      ),
    ).toEqual([]);
  });

  it('finds a speaker behind a long apposition ("of the Foreign Relations Committee") and skips a pronoun quoted inside the clause', () => {
    expect(
      read(
        'A senior French official said that Paris still expects the United States to be there. Senator Jeanne Shaheen of New Hampshire, the top Democrat on the Foreign Relations Committee, said that any guarantee "not worth the paper it is printed on" would be "an invitation to Putin".',
      ),
    ).toEqual([]);
    expect(read('France has said that "it will send troops".')).toEqual(['FR ground_troops committed']);
  });

  it('reads hosting rotating fighter detachments as logistics, and gives nothing for a forecast ("is expected to handle"), an opening "Without ...", or an analyst styled "senior research fellow"', () => {
    expect(
      read(
        "Romania's defense ministry said Bucharest was prepared to host rotating fighter detachments for the mission at the Mihail Kogălniceanu and Câmpia Turzii air bases.",
      ),
    ).toEqual(['RO logistics willing']);
    expect(
      read(
        "Poland's Rzeszów-Jasionka airport, the main hub for Western aid into Ukraine, is expected to handle transport flights.",
      ),
    ).toEqual([]);
    expect(
      read(
        'Without a US commander or at least a liaison element with real authority, several planners said, the headquarters would have no direct access to the intelligence and air assets that would make the force credible.',
      ),
    ).toEqual([]);
    expect(
      read(
        'The role of the United States remains the biggest unknown. "What they can\'t easily generate is the ISR, the tanking, the suppression of air defenses," said Justin Bronk, senior research fellow for airpower at RUSI.',
      ),
    ).toEqual([]);
    expect(
      read(
        'A French military official involved in the planning said the fighter pool would draw on Belgian, Danish, Dutch and Swedish jets.',
      ),
    ).toEqual([]);
  });

  it('reads a columnist\'s "should offer" as advice, and gives the subject\'s second verb ("..., and suggested that") the subject as speaker', () => {
    expect(
      read(
        'Warsaw should offer to extend its own air-defence umbrella over the western Ukrainian border regions.',
      ),
    ).toEqual([]);
    expect(
      read(
        'The government is weighing whether Canadian instructors should train Ukrainian troops as part of post-war security guarantees.',
      ),
    ).toEqual(['CA training considering']);
    expect(
      read(
        'Fidan said the mine countermeasures task group that Türkiye, Romania and Bulgaria set up in 2024 could serve as a model, and suggested that Romanian and Bulgarian minehunters would work alongside Turkish vessels in any post-war arrangement.',
      ),
    ).toEqual([]);
  });

  it('reads "will probably end up leading" as the writer\'s guess, and a forecast\'s further "and that ..." as more of it', () => {
    expect(
      read(
        'Berlin will probably end up leading the air defence component of the guarantees, whatever it says today.',
      ),
    ).toEqual([]);
    expect(
      read(
        "Our own assessment is that Germany will end up providing the largest share of the air defence, simply because of its inventory, and that Poland's role will be overwhelmingly logistical.",
      ),
    ).toEqual([]);
    expect(
      read(
        'Belgium\'s defence minister, Theo Francken, said deliveries of Belgian F-16s to Ukraine would continue "as planned", and that the Belgian government was considering sending minehunters to the Black Sea after a ceasefire.',
      ),
    ).toEqual(['BE maritime considering']);
  });

  it('reads "that includes troops" as the kind meant, "from the air" after "a future force" as air defence, "no American aircraft" as a refusal, and lends "he said" to the whole quotation', () => {
    expect(
      read(
        '"Canada is ready to contribute, and that includes troops on the ground, if that is what\'s required to secure a just and lasting peace," Carney told reporters.',
      ),
    ).toEqual(['CA ground_troops willing']);
    expect(
      read(
        'Defence Minister Boris Pistorius said Germany stood ready to help protect a future force from the air.',
      ),
    ).toEqual(['DE air_defense willing']);
    expect(
      read(
        'There will be no American aircraft patrolling Ukrainian skies, and there will be no American troops on the ground.',
      ),
    ).toEqual(['US air ruled_out', 'US ground_troops ruled_out']);
    expect(
      read(
        'Rubio credited European allies with taking on more of the burden. "Britain and France have committed troops, and others are following. That is what burden sharing looks like," he said.',
      ),
    ).toEqual([]);
  });

  it('gives nothing for companies taking part in rebuilding, "26 countries saying they would", refusing to hand over systems now, or a junior coalition partner', () => {
    expect(
      read(
        'Fico said Slovakia would not send troops to Ukraine "under any circumstances", but that Slovak companies were ready to take part in rebuilding the country once the fighting stopped.',
      ),
    ).toEqual(['SK ground_troops ruled_out']);
    expect(
      read(
        "Estonia will send troops. Last week's meeting of the coalition of the willing in Paris ended with 26 countries saying they would take part in the force in some way.",
      ),
    ).toEqual(['EE ground_troops committed']);
    expect(
      read(
        'Greece has sent Ukraine ammunition and armored vehicles since 2022, but has refused to hand over its Russian-made S-300 and Tor air defense systems, arguing that they are essential to the defense of the islands.',
      ),
    ).toEqual([]);
    expect(
      read(
        "The Left, a junior partner in Prime Minister Robert Golob's coalition, has said it opposes any Slovenian military role in Ukraine.",
      ),
    ).toEqual([]);
  });

  it('reads money for Ukrainian drone production this year as aid now', () => {
    expect(
      read(
        "Norway will give a further 1.5 billion kroner for Ukrainian drone production this year, Defence Minister Tore O. Sandvik said, as part of the country's existing support programme for Ukraine.",
      ),
    ).toEqual([]);
  });

  it('reads "Ukraine\'s ambassador to Australia, NAME, said" as Ukraine speaking of Australia', () => {
    expect(
      read(
        'Ukraine\'s ambassador to Australia, Vasyl Myroshnychenko, said any Australian contribution "would send a message far beyond Europe".',
      ),
    ).toEqual([]);
  });

  it('reads the subject after a fronted place or topic ("In Berlin, Boris Pistorius remained", "On soldiers inside Ukraine, Berlin remains")', () => {
    expect(
      read('In Berlin, Boris Pistorius remained reluctant to discuss German soldiers in Ukraine.'),
    ).toEqual(['DE ground_troops reluctant']);
    expect(
      read(
        'On soldiers inside Ukraine, Berlin remains reluctant: Merz said only that it was "too early" for that debate.',
      ),
    ).toEqual(['DE ground_troops reluctant']);
  });

  it('reads "eyes in the sky" as surveillance, a role that is "a subject of debate among capitals" as nobody\'s stance, and a decision\'s history (", a contribution Sweden first offered") as no second stance', () => {
    expect(read('"What Australia can bring is eyes in the sky."')).toEqual(['AU intelligence willing']);
    expect(
      read(
        "Turkey's role in the coalition of the willing has been a subject of debate among European capitals because of Ankara's ties to Moscow.",
      ),
    ).toEqual([]);
    expect(
      read(
        'Jonson also confirmed that the government had decided to assign a GlobalEye airborne surveillance aircraft to help monitor the ceasefire once it takes effect, a contribution Sweden first offered in September.',
      ),
    ).toEqual(['SE intelligence committed']);
  });

  it('reads a bulleted list of offers without verbs ("- Belgium: one minehunter.") as offers, and a reserved position as considering', () => {
    expect(
      read(
        [
          'A confidential summary lists what each country has offered to the force. Among the entries:',
          '',
          '- Belgium: one minehunter.',
          '- Canada: strategic airlift and a training team of up to 100.',
          '- Spain: "position reserved pending a government decision".',
          '- Australia: no reply received.',
        ].join('\n'),
      ),
    ).toEqual([
      'BE maritime willing',
      'CA logistics willing',
      'CA training willing',
      'ES participation considering',
    ]);
    expect(read('- Belgium: one minehunter.')).toEqual([]);
  });

  it('reads a writer\'s "My own guess is that ..." as a forecast', () => {
    expect(
      read(
        'My own guess is that Berlin will in the end have to send troops, and that it will do so later and in smaller numbers than it should.',
      ),
    ).toEqual([]);
  });

  it('reads "working out whether" as weighing, "not a single euro" as money refused, patrol aircraft watching over a truce as surveillance, and "$1.5 billion in support to Ukraine" as aid now', () => {
    expect(
      read(
        'OTTAWA — Canada is still working out whether Canadian soldiers would be part of a multinational force deployed to Ukraine after a ceasefire, Defence Minister David McGuinty said Tuesday, but Ottawa is prepared to contribute patrol aircraft to help watch over any truce.',
      ),
    ).toEqual(['CA ground_troops considering', 'CA intelligence willing']);
    expect(
      read(
        'Fico said on Facebook that no Slovak soldier would be sent to Ukraine and that Slovakia would not contribute "a single euro" to the coalition\'s military plans.',
      ),
    ).toEqual(['SK financing ruled_out', 'SK ground_troops ruled_out']);
    expect(
      read(
        'Australia has committed more than $1.5 billion in support to Ukraine, including Bushmaster protected vehicles.',
      ),
    ).toEqual([]);
  });

  it('reads "What they would actually contribute ... is another matter" as an open question', () => {
    expect(
      read(
        "Canada, Japan, Australia and New Zealand have all attended the coalition's meetings since the spring. What they would actually contribute to a force that deploys after a ceasefire is another matter.",
      ),
    ).toEqual([]);
  });

  it('reads "has gone cold on providing the backstop" as reluctance and "will consider a role" as weighing a part', () => {
    expect(
      read(
        'The Pentagon, according to reports this month, has gone cold on providing the American backstop.',
      ),
    ).toEqual(['US backstop reluctant']);
    expect(read('Ireland has said it will consider a role.')).toEqual(['IE participation considering']);
  });

  it('reads "the decision did not mean Romanian soldiers would go" as soldiers ruled out', () => {
    expect(
      read(
        'President Nicușor Dan, who chairs the Supreme Council of National Defence, stressed that the decision did not mean Romanian soldiers would go to Ukraine.',
      ),
    ).toEqual(['RO ground_troops ruled_out']);
  });

  it('reads "naval and air capabilities" as two kinds, "analysing whether" as weighing, and a closed door as a refusal', () => {
    expect(read('Norway stood ready to contribute naval and air capabilities.')).toEqual([
      'NO air willing',
      'NO maritime willing',
    ]);
    expect(
      read(
        'Zapryanov said Bulgaria was analysing whether its minehunters could take part in a post-war mission.',
      ),
    ).toEqual(['BG maritime considering']);
    expect(read('Prague has closed the door to sending troops.')).toEqual(['CZ ground_troops ruled_out']);
    expect(read('Prague has not closed the door to sending troops.')).toEqual([
      'CZ ground_troops considering',
    ]);
  });

  it('reads past "without going into what Lithuania might contribute", and "weigh in" as giving a view', () => {
    expect(
      read(
        'Lithuania\'s President Gitanas Nausėda said earlier this month that Vilnius would take part in the reassurance mission "in one form or another", without going into what Lithuania might contribute.',
      ),
    ).toEqual(['LT participation willing']);
    expect(read('Riga and Vilnius weigh in on the troops question.')).toEqual([]);
  });

  it('reads a Wedgetail watching a ceasefire line as surveillance, "national air defence readiness" as home defence, and ", most likely based in Britain" as no hedge', () => {
    expect(read('Canberra has offered an E-7A Wedgetail to help watch a ceasefire line.')).toEqual([
      'AU intelligence willing',
    ]);
    expect(
      read(
        'Sweden is also prepared to contribute JAS 39 Gripen aircraft to air policing over Ukraine, according to the communication, once the Swedish Armed Forces have completed their assessment of the effects on national air defence readiness.',
      ),
    ).toEqual(['SE air willing']);
    expect(
      read(
        'Marles said Australia will send an Australian Defence Force training team to the same mission, most likely based in Britain.',
      ),
    ).toEqual(['AU training committed']);
  });

  it('gives nothing for a former officer who teaches, "It was unclear whether", "It would be odd to", transit refused since the invasion, or missiles sent in aid packages; a mission "under the guarantees" is taking part; a French officer speaks for France', () => {
    expect(
      read(
        '"Sweden cannot send a brigade, but it can send eyes in the sky, and those are in short supply," said Johan Lindqvist, a former air force officer who now teaches at the Swedish Defence University.',
      ),
    ).toEqual([]);
    expect(
      read('It was unclear whether the guarantees would be submitted as a treaty, or in some other form.'),
    ).toEqual([]);
    expect(read("It would be odd to commit troops to something that doesn't exist yet.")).toEqual([]);
    expect(
      read(
        'Hungary, by contrast, has refused to let weapons bound for Ukraine cross its territory since the start of the full-scale invasion.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Bulgaria has sent armoured vehicles and air defence missiles in packages approved by parliament.',
      ),
    ).toEqual([]);
    expect(
      read(
        "In Tokyo, Defence Minister Shinjiro Koizumi said Japan would not take part in any military mission under the guarantees, citing the limits set by the country's constitution.",
      ),
    ).toEqual(['JP participation ruled_out']);
    expect(
      read(
        'The logistics branch works closely with Poland, and a French officer at the headquarters said Poland would run the main supply hub at Rzeszów.',
      ),
    ).toEqual([]);
  });

  it('reads "Orbán has said his country will not" as Hungary, a diplomat from a coalition country as another government, and watching over airspace as surveillance', () => {
    expect(
      read(
        'In Bratislava, Prime Minister Robert Fico has said that Slovak soldiers will not be sent to Ukraine "under any circumstances", while Hungary\'s Viktor Orbán has said his country will not take part in the coalition of the willing in any form.',
      ),
    ).toEqual(['HU participation ruled_out', 'SK ground_troops ruled_out']);
    expect(
      read(
        '"We were told in August, very clearly, that the United States would be there in the air," a senior diplomat from a coalition country said.',
      ),
    ).toEqual([]);
    expect(
      read(
        "Kristersson said Sweden's airborne early-warning aircraft could help watch over Ukrainian airspace and monitor a ceasefire line.",
      ),
    ).toEqual(['SE intelligence willing']);
  });

  it('reads past how news compares with what came before (", upgrading ... statement that", ", the first concrete Dutch offer"), and "Warsaw\'s role as the hub is settled" after a comma', () => {
    expect(
      read(
        "Ottawa confirmed on 3 March that it will deploy a battlegroup of around 1,000 Canadian soldiers to the force once a ceasefire holds, upgrading Prime Minister Mark Carney's September statement that Canada was prepared to contribute troops.",
      ),
    ).toEqual(['CA ground_troops committed']);
    expect(
      read(
        'The Dutch defence minister told parliament in The Hague that the Netherlands will contribute a Patriot air defence battery to protect the force, the first concrete Dutch offer since the coalition was formed.',
      ),
    ).toEqual(['NL air_defense committed']);
    expect(
      read(
        "Poland continues to rule out sending troops to Ukraine, and Warsaw's role as the force's logistics hub at Rzeszów is settled.",
      ),
    ).toEqual(['PL ground_troops ruled_out', 'PL logistics committed']);
  });

  it('knows Poulsen by his surname, and reads "We will take that question when we know the mandate" as a decision put off', () => {
    expect(read('On ground troops, Poulsen said no decision had been made.')).toEqual([
      'DK ground_troops considering',
    ]);
    expect(
      read(
        'Denmark is ready to send minehunters. "We will take that question when we know the mandate and the American contribution," Poulsen said.',
      ),
    ).not.toContain('DK participation committed');
  });

  it('reads "would like Türkiye, which ..., to lead" as a wish about Türkiye, "asked at a press conference whether" as a question, S-300s not transferred and F-16s all delivered as the war now, and "Whether ... is, as ever, the question" as open', () => {
    expect(
      read(
        "French and British officials have said they would like Türkiye, which has NATO's second-largest army, to lead the maritime component of the so-called reassurance force.",
      ),
    ).toEqual([]);
    expect(
      read(
        "In Ankara, a Turkish defence ministry official told the ministry's weekly press briefing that Turkey was ready to take on responsibility for maritime security in the Black Sea after a ceasefire.",
      ),
    ).toEqual(['TR maritime willing']);
    expect(
      read(
        'Australia\'s prime minister was asked at a press conference whether Australia would contribute to the force. "We\'ll consider any request," Anthony Albanese said.',
      ),
    ).toEqual(['AU participation considering']);
    expect(
      read(
        'Greece has sent Ukraine ammunition and other equipment since 2022, but has refused to transfer its S-300 and Tor-M1 air defense systems, citing its own defense needs.',
      ),
    ).toEqual([]);
    expect(read('The Netherlands has delivered all 24 of the F-16 fighter jets it promised.')).toEqual([]);
    expect(
      read(
        'Whether Washington will stand behind whatever force emerges is, as ever, the question nobody on the call can answer yet.',
      ),
    ).toEqual([]);
  });

  it('reads "would not be drawn" as no answer, and "willing to contribute a company" as troops', () => {
    expect(
      read(
        'Asked whether Canadian soldiers would be deployed inside Ukraine as part of the reassurance force, Carney would not be drawn.',
      ),
    ).toEqual([]);
    expect(read('Estonia is willing to contribute a company.')).toEqual(['EE ground_troops willing']);
  });
  it('reads a country after another in a list as listed, a partitive group as nobody, and "no jets of its own" as what a country has', () => {
    expect(read('Portugal, Belgium, the Netherlands and Norway have all committed frigates.')).toEqual([
      'BE maritime committed',
      'NL maritime committed',
      'NO maritime committed',
      'PT maritime committed',
    ]);
    expect(read('Estonia, the smallest Baltic state, has pledged a company.')).toEqual([
      'EE ground_troops committed',
    ]);
    expect(
      read(
        'The naval group, first meant to draw on ships from Spain, Greece and Portugal, is short of hulls after some of those countries scaled back their offers.',
      ),
    ).toEqual([]);
    expect(read('Latvia has no warships of its own and relies on allied navies.')).toEqual([]);
    expect(
      read('Hungary and Slovakia have been clear from the start: no troops of their own in Ukraine.'),
    ).toEqual(['HU ground_troops ruled_out', 'SK ground_troops ruled_out']);
  });
  it('reads "committed both countries" as the two named before, a condition up to a second statement, and a role one could play at sea', () => {
    expect(
      read(
        'The treaty signed by Friedrich Merz and Donald Tusk in Berlin last month committed both countries to send troops to Ukraine after a ceasefire.',
      ),
    ).toEqual(['DE ground_troops committed', 'PL ground_troops committed']);
    expect(
      read(
        'Bulgarian officials said that any role would depend on a ceasefire, and that Bulgaria would not send soldiers to Ukraine.',
      ),
    ).toEqual(['BG ground_troops ruled_out']);
    expect(
      read(
        'Greek officials said Athens was still weighing what role it might take on in the Black Sea after a truce.',
      ),
    ).toEqual(['GR maritime considering']);
  });
  it('reads a decision left to later, a question still being discussed, a pledge "within our means" and an office\'s powers', () => {
    expect(
      read(
        'Any decision on sending Belgian soldiers will be left to the next government, the defence minister said.',
      ),
    ).toEqual(['BE ground_troops considering']);
    expect(
      read(
        'Whether Estonian soldiers would also serve in the force is still being discussed, the defence minister said.',
      ),
    ).toEqual(['EE ground_troops considering']);
    expect(
      read(
        'Whether our frigates would also sail into Ukrainian waters is something we are discussing with our allies, the Romanian defence minister said.',
      ),
    ).toEqual(['RO maritime considering']);
    expect(
      read(
        'The Slovak prime minister said Slovakia would take part in the security guarantees "within our capabilities".',
      ),
    ).toEqual(['SK participation willing']);
    expect(read('Dendias said Hellenic instructors will train Ukrainian officers after the war.')).toEqual([
      'GR training committed',
    ]);
    expect(
      read(
        'Finland will take part. Under the constitution, the president has no role in defence or foreign policy.',
      ),
    ).toEqual(['FI participation committed']);
  });
  it('reads a second infinitive after ", and to" as the same verb going on', () => {
    expect(
      read(
        'Denmark and Norway signed a letter on Friday committing them to send minehunters after a ceasefire, and to set up logistics hubs and protected depots for equipment in Romania.',
      ),
    ).toEqual([
      'DK logistics committed',
      'DK maritime committed',
      'NO logistics committed',
      'NO maritime committed',
    ]);
  });
  it('reads a sea kept "open to shipping", an offer turned into a commitment, a decision that must wait and a part in multinational guarantees', () => {
    expect(
      read(
        'The Turkish navy will lead the patrols that keep the Black Sea ports open to grain ships, the Turkish defence minister said.',
      ),
    ).toEqual(['TR maritime committed']);
    expect(
      read(
        'Sweden will send 50 instructors to train Ukrainian officers after a ceasefire, the government said, turning its earlier offer into a formal pledge.',
      ),
    ).toEqual(['SE training committed']);
    expect(
      read(
        'Belgium is ready to offer minehunters, the prime minister said, but a decision on Belgian troops will have to wait.',
      ),
    ).toEqual(['BE ground_troops considering', 'BE maritime willing']);
    expect(
      read('Portugal is ready to take part in the multinational security guarantees for Ukraine.'),
    ).toEqual(['PT participation willing']);
  });
  it('reads staff officers for the headquarters as taking part, and an earlier offer that still stands as the offer', () => {
    expect(
      read('Latvia will send a small team of staff officers to the coalition headquarters in Paris.'),
    ).toEqual(['LV participation committed']);
    expect(read('Slovenia has not yet decided whether to send personnel to the headquarters.')).toEqual([
      'SI participation considering',
    ]);
    expect(
      read("The minister said Finland's earlier offer of a mechanised company remained on the table."),
    ).toEqual(['FI ground_troops willing']);
    expect(read("The decision marks a shift from Finland's earlier offer of a mechanised company.")).toEqual(
      [],
    );
  });
  it('reads "parliament would be consulted" as procedure, not a pledge', () => {
    expect(
      read(
        'The Danish minister said Denmark was still weighing whether to send frigates, and that parliament would be consulted on any contribution.',
      ),
    ).toEqual(['DK maritime considering']);
  });
  it('reads clearing mines "in" the Black Sea as maritime', () => {
    expect(
      read('Croatia is willing to help with clearing mines in the Black Sea after a ceasefire.'),
    ).toEqual(['HR maritime willing']);
  });
  it("reads railway trains, plans someone criticised, Russian involvement, civilian roles and arms for Ukraine's forces as no position", () => {
    expect(
      read(
        '"Austria will not take part, and the trains carrying weapons will not cross Austria either," the chancellor said.',
      ),
    ).toEqual(['AT participation ruled_out']);
    expect(read('Poland will train Ukrainian soldiers after a ceasefire.')).toEqual([
      'PL training committed',
    ]);
    expect(
      read('The Cypriot minister has criticised plans for EU defence funds to be opened to Turkish firms.'),
    ).toEqual([]);
    expect(
      read('The Swedish prime minister said she could not rule out Russian involvement in the cable damage.'),
    ).toEqual([]);
    expect(
      read('Spanish companies are ready to play a leading role in the reconstruction of Ukraine.'),
    ).toEqual([]);
    expect(
      read("Norway has already pledged F-16 jets to Ukraine's air force, a transfer that has been delayed."),
    ).toEqual([]);
    expect(
      read(
        'The Pentagon said it would not replace a US Army brigade rotating through Poland, reducing the US presence.',
      ),
    ).toEqual([]);
  });
  it('reads a decision that "will fall to" the next government, a cabinet that "will not take a decision", and a question weighed before "a decision for" others', () => {
    expect(
      read(
        'Belgium is ready to offer frigates, the minister said, but any decision on Belgian soldiers will fall to the next government.',
      ),
    ).toEqual(['BE ground_troops considering', 'BE maritime willing']);
    expect(
      read('The caretaker Belgian cabinet will not take a decision on sending Belgian soldiers to Ukraine.'),
    ).toEqual(['BE ground_troops considering']);
    expect(
      read(
        'Whether Belgian soldiers will also be sent to Ukraine is still being considered, but that is a decision for the next cabinet, he said.',
      ),
    ).toEqual(['BE ground_troops considering']);
    expect(
      read('Whether Belgian soldiers will be sent is a decision for the next cabinet, he said.'),
    ).toEqual([]);
  });
  it('reads "whose governments have said" after a list as the listed countries speaking', () => {
    expect(
      read(
        'Austria sides with Croatia and Slovenia, whose governments have said they will not send soldiers to Ukraine.',
      ),
    ).toEqual(['HR ground_troops ruled_out', 'SI ground_troops ruled_out']);
  });
  it('reads what "would be essential" to others as a need, not a pledge', () => {
    expect(
      read(
        'European officials have said that U.S. tankers, airborne early warning aircraft and suppression of enemy air defences would be essential if an air mission over Ukraine were to be credible.',
      ),
    ).toEqual([]);
  });
  it('reads what is set aside "rather than" offered, a single European diplomat describing others, and a rotational presence elsewhere', () => {
    expect(
      read('Norway said it will focus its contribution on training rather than troops on the ground.'),
    ).toEqual(['NO training committed']);
    expect(
      read('A senior European diplomat said Canadian negotiators had promised air cover for the force.'),
    ).toEqual([]);
    expect(
      read(
        'The Pentagon said it would cut back its rotational troop presence in Poland, withdrawing a brigade.',
      ),
    ).toEqual([]);
  });
  it('reads what others were asked to offer as theirs to answer, and a rotation through a NATO ally as the flank', () => {
    expect(
      read(
        'Officials said Germany and Poland had asked participating countries in writing what they might offer.',
      ),
    ).toEqual([]);
    expect(
      read(
        'The Pentagon decided last year to end the rotation of a U.S. brigade combat team through Lithuania.',
      ),
    ).toEqual([]);
  });
  it("reads a minister's own column as their government's voice: what it says of other countries is its account of them", () => {
    const column = (note: string): string[] =>
      read(
        [
          'Finnish troops will not be deployed in Ukraine.',
          'Our friends have made their own choices. Sweden has offered its Gripens for air patrols. Estonia has said it will send a company of soldiers.',
          note,
        ].join('\n\n'),
      );
    expect(column("Elina Valtonen is Finland's Minister for Foreign Affairs.")).toEqual([
      'FI ground_troops ruled_out',
    ]);
    // A reporter's note, or an interviewee's, makes nobody the author.
    expect(column('Our Helsinki correspondent covers Nordic defence.').sort()).toEqual([
      'EE ground_troops committed',
      'FI ground_troops ruled_out',
      'SE air willing',
    ]);
    expect(
      column(
        "Elina Valtonen is Finland's Minister for Foreign Affairs. She was interviewed by our bureau chief.",
      ),
    ).toHaveLength(3);
    // A joint statement the author's government makes speaks for its partner too.
    expect(
      read(
        "Sweden and Finland will jointly provide surveillance aircraft.\n\nPål Jonson is Sweden's Minister for Defence.",
      ),
    ).toEqual(['FI intelligence committed', 'SE intelligence committed']);
  });
  it('reads ships "already committed" to the force, money "set aside" for it beside a second offer, and a year\'s aid budget as the war now', () => {
    expect(
      read('Denmark and the Netherlands have already committed ships to the maritime component.'),
    ).toEqual(['DK maritime committed', 'NL maritime committed']);
    expect(read('Denmark has already committed F-16s to Ukraine.')).toEqual([]);
    expect(
      read(
        'The Dutch cabinet decided to send two minehunters to the maritime component and set aside 200 million euros for the fund.',
      ).sort(),
    ).toEqual(['NL financing committed', 'NL maritime committed']);
    expect(
      read('The cabinet has set aside 3.5 billion euros for military support in 2026, Brekelmans said.'),
    ).toEqual([]);
    expect(
      read("Germany's 2026 budget sets aside €11.5 billion for Ukraine, including Patriot missiles."),
    ).toEqual([]);
    expect(read('Italy was not closing any doors on a naval role, Crosetto said.')).toEqual([
      'IT maritime considering',
    ]);
  });
  it("reads a draft's author as no party to its terms, a role 'as it does today' beside the one promised, and 'the Defence Force' as the government's", () => {
    expect(
      read(
        'The 28-point draft drawn up by Trump envoy Steve Witkoff would bar NATO troops from Ukrainian territory.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Tusk said Poland will serve as the logistics hub for the reassurance force, as it does today for Western military aid.',
      ),
    ).toEqual(['PL logistics committed']);
    expect(read('Sweden will continue to fund the Ukrainian army, as it does today.')).toEqual([]);
    expect(
      read(
        "Luxon has ruled out sending New Zealand combat troops, but says the Defence Force is ready to send trainers to help rebuild Ukraine's army.",
      ),
    ).toEqual(['NZ ground_troops ruled_out', 'NZ training willing']);
  });
  it('reads the bases and logistics hubs an air defence unit would protect as what is protected, not as hubs offered', () => {
    expect(
      read(
        'The Netherlands is prepared to contribute a Patriot air defence unit to protect the bases and logistics hubs of a multinational force in Ukraine.',
      ),
    ).toEqual(['NL air_defense willing']);
  });
  it('ends a clause at "in Ukraine and Norway has decided", sets aside what has been done "for eleven years", and reads "will most likely end up" as a forecast', () => {
    expect(
      read(
        "Sweden will send surveillance aircraft to help monitor a ceasefire in Ukraine and Norway has decided to assign a frigate to the force's maritime component.",
      ),
    ).toEqual(['NO maritime committed', 'SE intelligence committed']);
    // A pair of places can still be a pair: "based in Poland and Romania could be used".
    expect(
      read('Air defence units already based in Poland and Romania could be used to support the mission.'),
    ).toEqual([]);
    expect(
      read(
        'Canada will send trainers when the peace comes, as it has trained Ukrainian recruits in Britain for eleven years, Carney said.',
      ),
    ).toEqual(['CA training committed']);
    expect(
      read(
        'Canadian soldiers will guard the peace, as they have helped in training grounds for eleven years, Carney said.',
      ),
    ).toEqual(['CA ground_troops committed']);
    expect(
      read("Spain's contribution will most likely end up being naval, whatever Madrid says about troops."),
    ).toEqual([]);
  });
  it('reads officials who "suggested to reporters" or spoke "briefing journalists" as the speakers, a colon as the end of advocacy, ships "that Britain had promised Ukraine" as aid, and "a mechanism that guarantees" as taking part', () => {
    expect(
      read(
        'French officials have suggested to reporters that Portuguese and Greek frigates could escort merchant shipping out of Odesa.',
      ),
    ).toEqual([]);
    expect(
      read(
        'French officials, briefing journalists after the summit, said the Dutch and Belgian navies would form the backbone of a mine-clearing group.',
      ),
    ).toEqual([]);
    expect(read('Crosetto, speaking in Rome on Tuesday, said Italy would send a frigate.')).toEqual([
      'IT maritime committed',
    ]);
    expect(
      read(
        'The offer fits the division of labour that Bucharest has argued for since the start: Romania has ruled out sending troops into Ukraine.',
      ),
    ).toEqual(['RO ground_troops ruled_out']);
    expect(read('That closure also barred the minehunters that Britain had promised Ukraine.')).toEqual([]);
    expect(
      read(
        '"Türkiye is ready to contribute to any mechanism that guarantees a just and lasting peace," Erdogan said.',
      ),
    ).toEqual(['TR participation willing']);
  });
  it('reads "their two countries" after two leaders as theirs, and "our German partners" as others', () => {
    expect(
      read(
        'Starmer and Macron said their two countries would set up military hubs across Ukraine and build protected facilities for weapons.',
      ).sort(),
    ).toEqual(['FR logistics committed', 'GB logistics committed']);
    expect(read('"Our German partners will help finance the expansion," Kosiniak-Kamysz said.')).toEqual([]);
  });
  it('reads "the American role" as the United States acting', () => {
    expect(read('Rubio repeated that the American role would not include ground troops.')).toEqual([
      'US ground_troops ruled_out',
    ]);
  });
  it("reads each row of a table of positions ('Country | Contribution | Position | Source') as the sentence it stands for, once the page is stripped", () => {
    const body = stripBoilerplate(
      [
        'The tracker lists what governments have said on the record about the force for Ukraine.',
        '',
        'Country | Contribution | Position | Source',
        '--- | --- | --- | ---',
        'Italy | Air patrols | Offered | Crosetto, Oct',
        'Poland | Ground troops | Ruled out | Tusk, Sept',
        'Germany | Air defence | Considering | Govt spokesman, Oct',
        '',
        'The pattern is familiar. The countries nearest Russia offer soldiers; those further away offer ships, aircraft and money. Washington has yet to say what its backstop would consist of.',
      ].join('\n'),
    );
    expect(read(body).sort()).toEqual([
      'DE air_defense considering',
      'IT air willing',
      'PL ground_troops ruled_out',
    ]);
  });
  it("reads a fact-check's 'THE CLAIM:' as what is tested, not found, and 'they' after a group that made something clear as the group", () => {
    expect(
      read(
        'THE CLAIM: Germany, Italy and Spain have agreed to send soldiers to Ukraine.\n\nTHE VERDICT: Mostly false. Italy has ruled out sending troops.',
      ),
    ).toEqual(['IT ground_troops ruled_out']);
    expect(
      read(
        'A White House spokesperson said that "the Europeans have made clear they will take the lead on the ground".',
      ),
    ).toEqual([]);
  });
  it('sets aside ", once its pilots complete training" as when, not what', () => {
    expect(
      read(
        'Romania was ready to contribute F-16s to air patrols over Ukraine, once its pilots complete training.',
      ),
    ).toEqual(['RO air willing']);
  });
  it('reads the speaker of a relative about a group ("the 26 countries that Macron said had committed") as none of them', () => {
    expect(
      read(
        'Austria was not among the 26 countries that French President Emmanuel Macron said last month had committed to contributing to the reassurance force.',
      ),
    ).toEqual([]);
  });
  it('reads planners sent to the force headquarters, and officers seconded to it, as taking part', () => {
    expect(
      read(
        "Canberra would send a team of Australian Defence Force planners to the force's headquarters in Paris.",
      ),
    ).toEqual(['AU participation committed']);
    expect(read('Ireland will second two staff officers to the headquarters.')).toEqual([
      'IE participation committed',
    ]);
  });
  it('reads money under "the Danish model" as arms bought for the war now', () => {
    expect(
      read(
        'Denmark will channel another 1.1 billion kroner to Ukrainian weapons manufacturers under the so-called Danish model.',
      ),
    ).toEqual([]);
  });
  it('reads troops barred from crossing "Hungarian territory" as transit refused', () => {
    expect(
      read(
        'Hungary "will not allow" troops or weapons destined for a force in Ukraine to cross Hungarian territory.',
      ),
    ).toEqual(['HU logistics ruled_out']);
  });
  it("reads what a minister named before says, as 'she said' or '..., he said', of other countries as her government's account", () => {
    expect(
      read(
        'Italian Defence Minister Guido Crosetto said Italy would not send troops. He said France and the United Kingdom had offered to lead the force on the ground.',
      ),
    ).toEqual(['IT ground_troops ruled_out']);
  });
  it('reads "British Prime Minister Keir Starmer and French President Emmanuel Macron" as both, and "..., but not soldiers" as the verb refused', () => {
    expect(
      read(
        'British Prime Minister Keir Starmer and French President Emmanuel Macron have signed a declaration to deploy troops to Ukraine.',
      ).sort(),
    ).toEqual(['FR ground_troops committed', 'GB ground_troops committed']);
    expect(
      read(
        'Zapryanov said Sofia was prepared to send minesweepers to a Black Sea mission, but not soldiers to Ukrainian soil.',
      ),
    ).toEqual(['BG ground_troops ruled_out', 'BG maritime willing']);
  });
  it('reads ", without putting American soldiers inside Ukraine" as troops refused beside the role offered', () => {
    expect(
      read(
        'Witkoff said the United States would lead a mechanism to monitor a ceasefire, using satellites and drones, without putting American soldiers inside Ukraine.',
      ).sort(),
    ).toEqual(['US ground_troops ruled_out', 'US intelligence committed']);
  });
  it('reads laws that "make it difficult for the SDF to take part" as an obstacle described, not a stance', () => {
    expect(
      read(
        "Japan's postwar constitution and the laws governing overseas missions make it difficult for the SDF to take part in operations that could involve combat.",
      ),
    ).toEqual([]);
  });
  it('reads "still working through what the UK could contribute in the Black Sea" as a naval role under consideration', () => {
    expect(
      read(
        '"We are still working through what the UK could contribute in the Black Sea, and with whom," Healey said.',
      ),
    ).toEqual(['GB maritime considering']);
  });
  it('reads "Any formal US guarantee would need the approval of the Senate" as a hypothetical', () => {
    expect(read('Any formal US guarantee would in any case need the approval of the Senate.')).toEqual([]);
    expect(read('The United States would guarantee the force, Rubio said.')).toEqual([
      'US backstop committed',
    ]);
  });
  it('closes a clause at ", Healey told MPs, and ...", and reads safe navigation, the EU\'s loan and "before any British troops are deployed"', () => {
    expect(
      read(
        'Turkey had agreed to co-lead the maritime task group, Healey told MPs, and Romania would host the headquarters.',
      ),
    ).toEqual([]);
    expect(
      read(
        '"Türkiye is ready to play its part in ensuring safe navigation in the Black Sea once the fighting stops."',
      ),
    ).toEqual(['TR maritime willing']);
    expect(
      read("The Czech Republic will not contribute money to the European Union's planned loan for Ukraine."),
    ).toEqual([]);
    expect(read('Starmer has promised that MPs will vote before any British troops are deployed.')).toEqual(
      [],
    );
  });
  it('reads a sentence that opens on "Whether ... would" as undecided, and "would \\"look carefully\\" at" as considering', () => {
    expect(
      read(
        'Whether Norwegian soldiers would be deployed on the ground in Ukraine was "a question we are still working through with our allies", Sandvik said.',
      ),
    ).toEqual(['NO ground_troops considering']);
    expect(
      read('Marles said Canberra would "look carefully" at any request to contribute to the force.'),
    ).toEqual(['AU participation considering']);
  });
  it('reads "Neither minister said whether" as nothing said, and asking every member what it will contribute as a question put', () => {
    expect(
      read(
        'Neither minister said whether their country would join air patrols over Ukraine, Belgian officials noted.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Japan is a member. The coalition is asking every member what it will contribute after a ceasefire.',
      ),
    ).toEqual([]);
  });
  it('reads a Patriot system donated to Ukraine as aid now, and aid "separate from what Germany might contribute" as no stance', () => {
    expect(
      read('Romania donated a Patriot air defence system to Ukraine last year after months of debate.'),
    ).toEqual([]);
    expect(
      read('That aid, officials stress, is separate from what Germany might contribute after a ceasefire.'),
    ).toEqual([]);
  });
  it('reads jets "committed to delivering" to Ukraine and a package "being delivered through 2026" as aid now', () => {
    expect(read('Belgium has committed to delivering F-16 fighter jets to Ukraine.')).toEqual([]);
    expect(
      read(
        'The $2 billion military package Carney announced in June is being delivered through 2026, including drones.',
      ),
    ).toEqual([]);
  });
  it('reads ", provided the EU pays for it" as a condition without its "that"', () => {
    expect(
      read(
        "Andrej Babiš's government now says it is willing to let Czech instructors train Ukrainian soldiers at Czech bases after a ceasefire, provided the EU pays for it.",
      ),
    ).toEqual(['CZ training willing']);
  });
  it('reads "would not bet on" as a forecast, training sites as what troops protect, "without knowing that Washington would" as a condition, and this year\'s pledge as aid', () => {
    expect(read('But we would not bet on German troops in Ukraine before the 2029 election.')).toEqual([]);
    expect(
      read(
        'Britain and France have both said they are ready to lead a force on the ground in Ukraine, focused on protecting key infrastructure and training sites.',
      ).sort(),
    ).toEqual(['FR ground_troops willing', 'GB ground_troops willing']);
    expect(
      read(
        'European officials have long said they could not send troops into Ukraine without knowing that Washington would come to their aid.',
      ),
    ).toEqual([]);
    expect(
      read(
        'The Netherlands has given more than 9 billion euros since 2022 and has pledged 3.5 billion euros for this year.',
      ),
    ).toEqual([]);
  });
  it('reads "the sale of up to 150 Gripen E fighters to Ukraine" as arms sold for the war now', () => {
    expect(
      read(
        'Kristersson and Zelensky signed a letter of intent on the sale of up to 150 Gripen E fighters to Ukraine.',
      ),
    ).toEqual([]);
  });
  it('reads "the final shape of any Swedish participation would depend on" as left open, and "scale back the size of the contingent" as a stance', () => {
    expect(
      read(
        'Jonson said the final shape of any Swedish participation would depend on the mandate of the force.',
      ),
    ).toEqual([]);
    expect(read("She said Austria's neutrality would shape any contribution.")).toEqual([]);
    expect(read('French officials said Paris might scale back the size of the contingent it sends.')).toEqual(
      ['FR ground_troops reluctant'],
    );
  });
  it('reads countries "also expected to pay into the fund" as a forecast', () => {
    expect(
      read(
        'Lithuanian officials said Latvia and Estonia were also expected to pay into the fund for the force.',
      ),
    ).toEqual([]);
  });
  it('reads "would be the first to commit troops" as a forecast and drones funded "for Ukraine" as arms now', () => {
    expect(
      read('She previously wrote that Denmark and Estonia would be the first to commit troops.'),
    ).toEqual([]);
    expect(
      read('Germany said it would fund long-range drones for Ukraine worth hundreds of millions of euros.'),
    ).toEqual([]);
  });
  it('reads "something parliament will have to be involved in" as who will decide, not a decision', () => {
    expect(
      read('Denmark is weighing it. "It is something parliament will have to be involved in," Poulsen said.'),
    ).toEqual([]);
  });
  it('reads people "not sent to the front in Ukraine" as troops ruled out', () => {
    expect(
      read('Finnish President Alexander Stubb has said Finns will not be sent to the front in Ukraine.'),
    ).toEqual(['FI ground_troops ruled_out']);
  });
  it('reads who speaks "at the Paris summit at which 26 governments said" as the group, not the host', () => {
    expect(
      read(
        'Two months after the Paris summit at which 26 governments said they would contribute to a "reassurance force" for Ukraine, the list of who will send what remains unclear.',
      ),
    ).toEqual([]);
  });
  it('reads where a speaker is ("present in Paris", "on a visit to Prague") as no speaker, and one government\'s word that another will not take part as none', () => {
    expect(
      read(
        'Giorgia Meloni, present in Paris, repeated that Italy would not send soldiers to Ukraine, while confirming the Italian offers in the air and at sea.',
      ).sort(),
    ).toEqual(['IT air willing', 'IT ground_troops ruled_out', 'IT maritime willing']);
    expect(
      read(
        'Hungarian Foreign Minister Péter Szijjártó, on a visit to Prague to congratulate Babiš, said Hungary would "never" send soldiers to Ukraine.',
      ),
    ).toEqual(['HU ground_troops ruled_out']);
    expect(
      read(
        'Hungary will not take part in any military mission in Ukraine, Szijjártó said. Szijjártó added that Slovakia would not take part either.',
      ),
    ).toEqual(['HU participation ruled_out']);
    expect(read('Donald Tusk said: "There will be no Polish soldiers in Ukraine."')).toEqual([
      'PL ground_troops ruled_out',
    ]);
  });
  it('reads a gapped list ("Denmark will send troops, Norway a frigate and Sweden four jets") as each country with the verb left out', () => {
    expect(
      read(
        'Summing up: Denmark will send troops, Norway a frigate and Sweden four Gripen jets to the post-war force for Ukraine.',
      ).sort(),
    ).toEqual(['DK ground_troops committed', 'NO maritime committed', 'SE air committed']);
    expect(read('Denmark will send troops, and Norway a frigate.').sort()).toEqual([
      'DK ground_troops committed',
      'NO maritime committed',
    ]);
  });
  it('reads a minister\'s column, whose note names the author with a party, as the author\'s government speaking as "we"', () => {
    const column = [
      'What can the Netherlands bring? The cabinet has told the planners in Paris and London that we are prepared to contribute air defence to protect Ukrainian cities.',
      'Britain and France are prepared to lead a force on the ground, and I admire their resolve.',
      'Ruben Brekelmans (VVD) is the Dutch minister of defence. This article first appeared in de Volkskrant.',
    ].join('\n\n');
    expect(read(column)).toEqual(['NL air_defense willing']);
    expect(
      read(
        'We have heard encouraging words from the White House, and we will keep making the case in Washington that an American backstop is needed.',
      ),
    ).toEqual([]);
  });
  it("reads what an interviewee or a transcript's speaker says another country has committed as their account, not its position (rule 9), but not an explainer's own headings as an interview", () => {
    const transcript = [
      'QUESTION: Chancellor, will Germany send soldiers?',
      'MERZ: Paris and London have committed to sending troops, and I have great respect for that. Germany will help finance the force.',
    ].join('\n\n');
    expect(read(transcript)).toEqual(['DE financing committed']);
    const explainer = [
      'Twenty-six countries signed up in Paris to a reassurance force, President Emmanuel Macron said.',
      'What is the force?',
      'A European-led force stationed well back from any ceasefire line.',
      'Who is in it?',
      'Prime Minister Giorgia Meloni has ruled out sending Italian troops to Ukraine.',
    ].join('\n\n');
    expect(read(explainer)).toEqual(['IT ground_troops ruled_out']);
  });
  it('reads a matrix of positions ("Country | Ground troops | Air | Other") cell by cell, each with its column\'s kind, after the boilerplate pass keeps its rows', () => {
    const tracker = [
      'Seven weeks after the Paris summit, most governments have still not said in public what they would send to the force. This month several smaller members did, and the table below records what they stated on the record.',
      '',
      'Country | Ground troops | Air | Other',
      'Netherlands | Considering - "no decision yet" (Ruben Brekelmans) | Willing - F-35s offered | -',
      'Slovenia | Ruled out (Prime Minister Robert Golob) | - | Willing - instructors offered for demining training',
      'Luxembourg | - | - | Committed - will pay into a fund for the common costs',
    ].join('\n');
    expect(read(stripBoilerplate(tracker))).toEqual([
      'LU financing committed',
      'NL air willing',
      'NL ground_troops considering',
      'SI ground_troops ruled_out',
      'SI training willing',
    ]);
  });
  it('reads money in yen as financing, and the SDF as Japan', () => {
    expect(
      read(
        "TOKYO - Japan has decided to provide 45 billion yen (about $300 million) to clear mines and rebuild Ukraine's defense industry once a ceasefire is reached, Chief Cabinet Secretary Minoru Kihara said.",
      ),
    ).toEqual(['JP financing committed']);
    expect(
      read('Defense Minister Shinjiro Koizumi reiterated that SDF units would not be deployed to Ukraine.'),
    ).toEqual(['JP ground_troops ruled_out']);
  });
  it('reads a second thing offered after "and its", a speaker going on after "details on what", "a step beyond" an earlier stance, a staging point for troops, and a proposal approved', () => {
    expect(
      read('Sweden is ready to contribute Gripen fighters and its airborne surveillance aircraft.'),
    ).toEqual(['SE air willing', 'SE intelligence willing']);
    expect(
      read(
        'Witkoff spoke. He gave no details on what that would involve and said no American troops would be deployed.',
      ),
    ).toEqual(['US ground_troops ruled_out']);
    expect(
      read(
        "Canada's Prime Minister Mark Carney said Canada was prepared to contribute Canadian troops to the force, a step beyond his earlier refusal to rule it out.",
      ),
    ).toEqual(['CA ground_troops willing']);
    expect(
      read(
        'RZESZOW - Poland will host the main logistics hub for the force, with the airport serving as the staging point for troops and equipment.',
      ),
    ).toEqual(['PL logistics committed']);
    expect(
      read(
        "Sweden's parliament on Thursday approved the government's proposal to contribute up to six Gripen fighters to the multinational force.",
      ),
    ).toEqual(['SE air committed']);
  });
  it('reads what a country lacks ("has no fighter jets, no navy") as no refusal, and reconstruction aid as aid now', () => {
    expect(read('Luxembourg has no fighter jets, no navy and an army of fewer than 1,000 soldiers.')).toEqual(
      [],
    );
    expect(
      read(
        'Iceland has no armed forces of its own, and Reykjavik has said plainly that it will not send soldiers.',
      ),
    ).toEqual(['IS ground_troops ruled_out']);
    expect(
      read(
        'South Korea has pledged a total of US$2.4 billion in humanitarian and reconstruction aid to Ukraine.',
      ),
    ).toEqual([]);
  });
  it('reads what an interviewee reports of another government ("The Americans have told us they will provide intelligence") as their account, "We have no plans for" as ruled out, and a "Q:" statement as the interviewer\'s', () => {
    const interview = [
      'German Defence Minister Boris Pistorius spoke to DW in Berlin about security guarantees for Ukraine.',
      'Q: Minister, where does Germany stand?',
      'A: Germany will play its part.',
      'Q: And Washington?',
      'A: The Americans have told us they will provide intelligence and air cover, but not soldiers.',
      'Q: Poland has said it will not send troops at all.',
      'A: Warsaw has its own reasons.',
    ].join('\n\n');
    expect(read(interview)).toEqual(['DE participation willing', 'PL ground_troops ruled_out']);
    expect(
      read('Store said: "Not at this stage. We have no plans for Norwegian F-35s over Ukraine."'),
    ).toEqual(['NO air ruled_out']);
  });
  it('reads what is not confirmed ("Neither Bucharest nor Sofia has confirmed that their ships would"), what is waited on ("before we know what the Americans will do") and a newsletter\'s contents line as no position', () => {
    expect(
      read('Neither Bucharest nor Sofia has publicly confirmed that their ships would be part of it.'),
    ).toEqual([]);
    expect(
      read('Poland has not yet confirmed that it will send troops, but it is ready to host the hub.'),
    ).toEqual(['PL logistics willing']);
    expect(
      read(
        'Asked whether Danish troops would go, Frederiksen said: "No decision has been taken, and no decision will be taken before we know what the Americans will do."',
      ),
    ).toEqual(['DK ground_troops considering']);
    expect(
      read("This issue: Italy's offer for the guarantees, the Mediterranean neighbours, and what to watch."),
    ).toEqual([]);
  });
  it('reads European Union funds sought as money received, not given', () => {
    expect(
      read(
        'Kosiniak-Kamysz said Poland had already invested heavily in the site and would seek European Union funds to expand storage and rail capacity near the border.',
      ),
    ).toEqual([]);
  });
  it('reads what a new speaker says after "while" ("while Fico has said no Slovak soldiers will go") as starting afresh, and an AfD co-leader as outside government', () => {
    expect(
      read(
        'Orbán has refused to take part in the coalition of the willing, while Fico has said no Slovak soldiers will go to Ukraine.',
      ),
    ).toEqual(['HU participation ruled_out', 'SK ground_troops ruled_out']);
    expect(
      read(
        'In Madrid, Defence Minister Margarita Robles has called it "premature" to talk about Spanish troops in Ukraine, and officials say no decision has been made.',
      ),
    ).toEqual(['ES ground_troops considering']);
    expect(
      read(
        'In a statement, Alternative for Germany co-leader Alice Weidel said "not a single German soldier" should be sent to Ukraine.',
      ),
    ).toEqual([]);
  });
  it('reads "no Finnish combat units" as troops ruled out, as "no Finnish soldiers"', () => {
    expect(
      read('"There will be no Finnish combat units in Ukraine," Defence Minister Antti Hakkanen said.'),
    ).toEqual(['FI ground_troops ruled_out']);
  });
  it('reads "signed a declaration with France committing both countries to" as both', () => {
    expect(
      read(
        'Prime Minister Keir Starmer signed a declaration with France in January committing both countries to deploy forces once the fighting stops.',
      ),
    ).toEqual(['FR ground_troops committed', 'GB ground_troops committed']);
  });
  it('reads a relative after "with which" as an aside, and a clause of its own after a colon ("... stands: the Netherlands remains willing")', () => {
    expect(
      read(
        'Belgium, with which the Dutch navy shares its minehunter programme, has said it is ready to send minehunters too.',
      ),
    ).toEqual(['BE maritime willing']);
    expect(
      read(
        'The letter also confirms that the offer of F-35s made by Minister Brekelmans in September stands: the Netherlands remains willing to contribute fighter jets to an air mission over Ukraine.',
      ),
    ).toEqual(['NL air willing']);
  });
  it('reads "should be ready to" as advice and "What Canada contributes will depend on" as no contribution', () => {
    expect(
      read(
        'The GroenLinks-PvdA leader, Frans Timmermans, said the Netherlands should be ready to play its part.',
      ),
    ).toEqual([]);
    expect(
      read(
        '"What Canada contributes will depend on what the mission is, and on what our allies need," Carney said.',
      ),
    ).toEqual([]);
  });
  it('reads "We expect Zagreb to" and "would be a natural fit" as the writer\'s forecast, a "Read more:" link as another story, and money promised "in support for next year" as aid now', () => {
    expect(
      read(
        "We expect Zagreb to follow Rome's lead on the maritime side; Croatian minehunters would be a natural fit.",
      ),
    ).toEqual([]);
    expect(read('The talks went on. Read more: Spain weighs frigate for Black Sea mission.')).toEqual([]);
    expect(
      read(
        'The Netherlands has delivered F-16 fighter jets, and it has promised 3.5 billion euros in support for next year.',
      ),
    ).toEqual([]);
  });
  it('reads what a country does "instead" of what it refuses as decided, and officials who "tell visitors that" as speakers', () => {
    expect(
      read(
        "Canada will not deploy soldiers inside Ukraine, choosing instead to lead a mission to train Ukraine's forces.",
      ),
    ).toEqual(['CA ground_troops ruled_out', 'CA training committed']);
    expect(
      read(
        "French officials continue to tell visitors that German air-defence units would protect the force's rear areas in western Ukraine.",
      ),
    ).toEqual([]);
  });
  it('reads "a company, with its own logistics" as the unit offered, not logistics', () => {
    expect(
      read(
        '"Our offer is on the table: an infantry company, with its own logistics and medical support," Pevkur said.',
      ),
    ).toEqual(['EE ground_troops willing']);
  });
  it('reads "On the central question, whether Canadian soldiers would serve, ... no decision has been made" as undecided on what was asked', () => {
    expect(
      read(
        'On the central question, whether Canadian soldiers would serve in Ukraine itself, the government says no decision has been made.',
      ),
    ).toEqual(['CA ground_troops considering']);
  });
  it('reads "the airport through which most Western military aid has flowed" as an aside without a comma before it', () => {
    expect(
      read(
        "Poland has agreed to host the coalition's main logistics hub at Rzeszow-Jasionka, the airport in the south-east of the country through which most Western military aid has flowed into Ukraine since 2022, the defence minister confirmed on Wednesday.",
      ),
    ).toEqual(['PL logistics committed']);
  });
  it('reads a sum in words ("one billion dollars") as money given, and a "land force" as troops', () => {
    expect(
      read(
        'Japan will not send Self-Defense Forces personnel to Ukraine, citing constitutional limits, but pledged one billion dollars for demining after the war.',
      ),
    ).toEqual(['JP financing committed', 'JP ground_troops ruled_out']);
    expect(read('Italy is ready to put half a billion euros into the fund for the force.')).toEqual([
      'IT financing willing',
    ]);
    expect(
      read(
        "Britain might scale back the number of soldiers it planned to send to Ukraine, officials said. A Downing Street spokesperson said the government's plans to lead a land force in Ukraine were unchanged.",
      ),
    ).toEqual(['GB ground_troops reluctant']);
  });
  it('reads "scale back the troops" as troops cut back, not troops backed', () => {
    expect(read('Britain might scale back the troops it had planned to send to Ukraine.')).toEqual([
      'GB ground_troops reluctant',
    ]);
    expect(read('France could pull back the soldiers it had offered for the force, officials said.')).toEqual(
      ['FR ground_troops reluctant'],
    );
  });
  it('reads "that does not mean Madrid won\'t help at sea" as no refusal', () => {
    expect(
      read(
        "Spain will not send soldiers, the minister said, but that doesn't mean Madrid won't contribute at sea: Spain is prepared to offer a frigate for the Black Sea mission.",
      ),
    ).toEqual(['ES ground_troops ruled_out', 'ES maritime willing']);
  });
  it('keeps a backstop named outright beside another kind in the same sentence', () => {
    expect(
      read(
        'The Trump administration is backing away from its offer to backstop a European reassurance force in Ukraine, officials said, and Hegseth said that American aircraft will not patrol Ukrainian skies.',
      ),
    ).toEqual(['US air ruled_out', 'US backstop reluctant']);
    expect(
      read(
        'Vance said Washington remained willing to provide a backstop for the force, but that no American troops would be sent.',
      ),
    ).toEqual(['US backstop willing', 'US ground_troops ruled_out']);
    // Taking part of no named kind still gives way to the kind named beside it.
    expect(read('Washington will take part and will provide intelligence to the force.')).toEqual([
      'US intelligence committed',
    ]);
  });
  it('reads "would discuss with allies whether to send troops" as undecided, and "how such training could be financed" as talked over, not offered', () => {
    expect(read('Poland would discuss with allies whether to send troops.')).toEqual([
      'PL ground_troops considering',
    ]);
    expect(
      read(
        'He said Poland was ready to expand the training of Ukrainian brigades, and that Warsaw would discuss with allies how such training could be financed.',
      ),
    ).toEqual(['PL training willing']);
    expect(
      read(
        'France is open to discussing how its nuclear deterrent could form part of a security guarantee for Ukraine.',
      ),
    ).toEqual(['FR backstop willing']);
  });
  it('reads pilots "flying over Ukraine" as air patrols', () => {
    expect(
      read('"American pilots will not be flying over Ukraine," Hegseth told reporters at the Pentagon.'),
    ).toEqual(['US air ruled_out']);
    expect(read('Britain is ready to fly patrols over western Ukraine once the guns fall silent.')).toEqual([
      'GB air willing',
    ]);
  });
  it('reads past "clear about what Oslo would not do:" to the refusal after the colon, and "Croatia won\'t send soldiers" after a comma as a clause of its own', () => {
    expect(
      read(
        'He was equally clear about what Oslo would not do: "Norway has no plans to station Norwegian soldiers in Ukraine."',
      ),
    ).toEqual(['NO ground_troops ruled_out']);
    expect(read("Spain and Portugal will send ships, Croatia won't send soldiers.")).toEqual([
      'ES maritime committed',
      'HR ground_troops ruled_out',
      'PT maritime committed',
    ]);
  });
  it('reads "will leave the question of Dutch ground troops to the next government" as undecided, and aid "separate from the post-war force" as aid now', () => {
    expect(
      read(
        'The Netherlands is willing to provide Patriot units, the minister said, but the caretaker cabinet will leave the question of Dutch ground troops to the government formed after the election.',
      ),
    ).toEqual(['NL air_defense willing', 'NL ground_troops considering']);
    expect(
      read(
        'Belgium has earmarked €1 billion for military support next year; that money is separate from the post-war force.',
      ),
    ).toEqual([]);
  });
  it('reads "send an engineer company to the reassurance force" as troops, and "watch over a future ceasefire line" as monitoring', () => {
    expect(
      read('Spain will send an engineer company to the reassurance force, the government announced.'),
    ).toEqual(['ES ground_troops committed']);
    expect(read('Estonia is ready to contribute a company to the force.')).toEqual([
      'EE ground_troops willing',
    ]);
    expect(read('Lithuania could help watch over a future ceasefire line.')).toEqual([
      'LT intelligence willing',
    ]);
  });
  it('reads the fight over frozen Russian assets as money for the war now, not for the force', () => {
    expect(
      read(
        "De Wever continues to resist plans to use Russian central bank assets frozen at Euroclear for a loan that would cover Ukraine's budget and weapons needs, citing the legal risks for Belgium.",
      ),
    ).toEqual([]);
  });
  it('reads "There is no plan to ..." in one speaker\'s mouth as their government\'s plan', () => {
    expect(read('"There is no plan to dispatch SDF units to Ukraine," Koizumi said.')).toEqual([
      'JP ground_troops ruled_out',
    ]);
    expect(read('"There will be no troops," Koizumi said.')).toEqual(['JP ground_troops ruled_out']);
    // Several speakers of no one government: nobody's plan.
    expect(read('"There will be no troops," European officials said.')).toEqual([]);
  });
  it('reads "demining the Black Sea" as the maritime part, and an aircraft "looking into Ukraine" as no question weighed', () => {
    expect(read('Rome remains ready to contribute to demining the Black Sea, officials said.')).toEqual([
      'IT maritime willing',
    ]);
    expect(
      read(
        'We could provide an E-7A Wedgetail to help monitor a ceasefire, flying from a partner country and looking into Ukraine, the Australian minister said.',
      ),
    ).toEqual(['AU intelligence willing']);
  });
  it('reads "has fewer than 1,000 soldiers and no combat aircraft" as what a country has, not what it refuses', () => {
    expect(
      read(
        "Luxembourg will contribute 30 million euros to the coalition fund. Luxembourg's army has fewer than 1,000 soldiers and no combat aircraft.",
      ),
    ).toEqual(['LU financing committed']);
  });
  it('reads a table of who offers what ("Country | On the ground | Other contributions | Said by") cell by cell, not its sources, and mine clearance in the Black Sea as maritime', () => {
    const tracker = [
      "After the summit in Paris, here is where the main contributors stand, from each government's own public statements.",
      '',
      'Country | On the ground | Other contributions | Said by',
      'Italy | Ruled out: "There will be no Italian soldiers in Ukraine" | Ready to take part in air policing over Ukraine and in mine clearance in the Black Sea | Prime Minister Giorgia Meloni',
      'Canada | Prepared to contribute troops to the force | — | Prime Minister Mark Carney',
      'United States | Ruled out: no American troops on the ground | Has agreed to lead a ceasefire monitoring mechanism | Special envoy Steve Witkoff, Paris, Jan. 6',
    ].join('\n');
    expect(read(stripBoilerplate(tracker))).toEqual([
      'CA ground_troops willing',
      'IT air willing',
      'IT ground_troops ruled_out',
      'IT maritime willing',
      'US ground_troops ruled_out',
      'US intelligence committed',
    ]);
  });
  it("ends a transcript speaker's turn at a paragraph of the reporter's own that says who said it", () => {
    const story = [
      'The Pentagon briefing, in part:',
      'QUESTION: Will American jets patrol Ukraine?',
      'HEGSETH: No. American fighter jets will not be flying patrols over Ukraine.',
      'QUESTION: And logistics?',
      "HEGSETH: We'll see what Europe brings to the table first.",
      'Britain, by contrast, will fly air patrols over Ukraine, British officials said after the briefing.',
    ].join('\n\n');
    expect(read(story)).toEqual(['GB air committed', 'US air ruled_out']);
  });
  it('reads "will not send soldiers to Ukraine or finance the force" as two refusals', () => {
    expect(
      read(
        'The Czech Republic will not send soldiers to Ukraine or finance the reassurance force from the state budget.',
      ),
    ).toEqual(['CZ financing ruled_out', 'CZ ground_troops ruled_out']);
  });
  it('reads troops "for the protection of" which something is offered as what is protected, not troops offered', () => {
    expect(
      read(
        'Washington is also ready to provide air defence support for the protection of the European contingents, officials said.',
      ),
    ).toEqual(['US air_defense willing']);
  });
  it('reads "could not be ruled out" as undecided, and "What Washington would contribute has yet to be spelled out" as no offer', () => {
    expect(
      read('Merz said that a German military contribution on the ground in Ukraine could not be ruled out.'),
    ).toEqual(['DE ground_troops considering']);
    expect(read('What Washington would contribute has yet to be spelled out.')).toEqual([]);
    expect(read('What Finland will do is train Ukrainian brigades.')).toEqual(['FI training committed']);
  });
  it('reads "taken over by Germany" as Germany acting, and "back up the force" as backing it', () => {
    expect(
      read(
        'The training of Ukrainian brigades after a ceasefire will be taken over by Germany, the spokesman confirmed.',
      ),
    ).toEqual(['DE training committed']);
    expect(
      read('Washington was also prepared to back up the force if it came under attack, Witkoff said.'),
    ).toEqual(['US backstop willing']);
  });
  it('reads "The readiness of Denmark and Sweden to contribute fighter aircraft" as theirs', () => {
    expect(
      read(
        'The readiness of Denmark and Sweden to contribute fighter aircraft to the air component was declared on Wednesday in a joint statement.',
      ),
    ).toEqual(['DK air willing', 'SE air willing']);
  });
  it('reads "asked to say what they are willing to contribute" as asked, not offered', () => {
    expect(
      read(
        'The 30 members of the coalition, including Canada, Australia and Japan, have been asked to say in writing what they are willing to contribute.',
      ),
    ).toEqual([]);
    expect(read('Its members are waiting for Washington to say what it would contribute.')).toEqual([]);
    expect(read('Washington has yet to say what, if anything, it would contribute as a "backstop".')).toEqual(
      [],
    );
    // Not yet decided what it will contribute: undecided.
    expect(read('Germany has not yet decided what it will contribute to the force.')).toEqual([
      'DE participation considering',
    ]);
  });
  it('reads "We\'ll see" as no answer yet', () => {
    expect(
      read(
        'Asked whether that meant American fighter jets would patrol Ukrainian airspace, Trump said: "We\'ll see."',
      ),
    ).toEqual(['US air considering']);
  });
  it('reads "when there is a ceasefire" as after the war, and "Exactly what Canada would contribute has been hard to pin down" as no offer', () => {
    expect(
      read(
        "McGuinty spoke for Canada. When there is a ceasefire, we are prepared to keep training Ukraine's forces.",
      ),
    ).toEqual(['CA training willing']);
    expect(
      read(
        'OTTAWA - Exactly what Canada would contribute to a multinational force for Ukraine after a ceasefire has been hard to pin down.',
      ),
    ).toEqual([]);
  });
  it('reads "We haven\'t made that decision" as undecided on what was asked', () => {
    const interview = [
      'We spoke to Defence Minister David McGuinty in Ottawa.',
      'What about soldiers on the ground in Ukraine?',
      "We haven't made that decision. I want to be straight with Canadians.",
      'Is there anything you could offer beyond training?',
      'Strategic airlift is one.',
    ].join('\n\n');
    expect(read(interview)).toEqual(['CA ground_troops considering']);
  });
  it('reads aircraft that "could move people and equipment for the force" as logistics', () => {
    expect(
      read(
        'Canada could offer more. Our C-17s and our new Airbus tankers could move people and equipment for the force.',
      ),
    ).toEqual(['CA logistics willing']);
  });
  it('reads "the force being planned by Britain" as the force described, and "seems set to" as a forecast', () => {
    expect(
      read(
        'Francken said that Brussels was also looking at whether Belgian F-16s could fly air patrols over Ukraine as part of the reassurance force being planned by Britain and France.',
      ),
    ).toEqual(['BE air considering']);
    expect(read("Italy's contribution seems set to be in the air rather than on land.")).toEqual([]);
  });
  it('reads what governments want from others ("want a firmer promise: a U.S. backstop that would ...") as asked, not offered', () => {
    expect(
      read(
        'European governments want a clearer "backstop" - a commitment that the US would come to the aid of the force if it were attacked.',
      ),
    ).toEqual([]);
    expect(
      read(
        "European governments want a firmer promise: a U.S. backstop that would come to the force's aid if Russia attacked it.",
      ),
    ).toEqual([]);
    expect(
      read(
        'Many Europeans also want American support: the Trump administration has signaled openness to help with the mission, but is ruling out sending American soldiers.',
      ),
    ).toEqual(['US backstop willing', 'US ground_troops ruled_out']);
  });
  it('reads "the troops of partner countries" that air defence would protect as others\' troops', () => {
    expect(
      read(
        'Brekelmans wrote that the cabinet was ready to make Dutch air defence capacity available to protect Ukrainian cities and the troops of partner countries after a ceasefire.',
      ),
    ).toEqual(['NL air_defense willing']);
  });
  it('reads \'is "open" to sending soldiers\' as an offer, the word quoted or not', () => {
    expect(read('Prime Minister Mette Frederiksen says Denmark is "open" to sending soldiers.')).toEqual([
      'DK ground_troops willing',
    ]);
  });
  it('reads "Estonia and Lithuania — Both governments say they are ready" as the pair speaking', () => {
    expect(read('• Estonia and Lithuania — Both governments say they are ready to send troops.')).toEqual([
      'EE ground_troops willing',
      'LT ground_troops willing',
    ]);
  });
  it('reads past "I want to be very clear:", "I must say:" and "because there has been speculation:" to the statement after the colon', () => {
    expect(
      read(
        '"But I want to be very clear, because there has been speculation: Romanian soldiers will not be deployed on Ukrainian territory," Dan said.',
      ),
    ).toEqual(['RO ground_troops ruled_out']);
    expect(read('"I must say: Romania will not send troops," Dan said.')).toEqual([
      'RO ground_troops ruled_out',
    ]);
    // What others are urged to offer goes on past a colon that lists it.
    expect(
      read(
        'We would urge the government to at least offer what costs little: staff officers for the headquarters, doctors for the Czech Republic.',
      ),
    ).toEqual([]);
  });
  it('reads "the minister said", naming no country, as the minister who was speaking, so others he describes are his account of them', () => {
    expect(
      read(
        'Turkish Defence Minister Yasar Guler said Turkey was ready to lead the maritime component. The minister said Romanian and Bulgarian minehunters would operate under Turkish command.',
      ),
    ).toEqual(['TR maritime willing']);
  });
  it('reads a table of positions ("Country | Contribution | Status | Source") row by row, the status for everything the row offers, part by part where both are split', () => {
    const tracker = [
      'Of all the parts of the planned force, the maritime component is where most governments have said something.',
      '',
      '| Country | Contribution | Status | Source |',
      '|---|---|---|---|',
      '| Turkey | command of the maritime task group; frigates; mine clearance | committed: formal decision | Ministry of National Defence |',
      '| Belgium and the Netherlands | two minehunters each | pledged | defence ministries |',
      '| Japan | no Self-Defense Forces in Ukraine; money for demining | troops ruled out; demining funding under study | Prime Minister Sanae Takaichi |',
      '| Lithuania | Ready to send troops; President Gitanas Nauseda says the Seimas would have to approve | offered | Vilnius |',
    ].join('\n');
    expect(read(stripBoilerplate(tracker))).toEqual([
      'BE maritime committed',
      'JP financing considering',
      'JP ground_troops ruled_out',
      'LT ground_troops willing',
      'NL maritime committed',
      'TR maritime committed',
    ]);
  });
  it('reads "the country" as the one country the clause has named, and ", an offer it has presented ..." as the pledge described', () => {
    expect(
      read(
        'Iceland has offered to pay. Finland\'s line has not moved since President Alexander Stubb said in Paris that the country would take part "in one way or another when the time comes".',
      ),
    ).toEqual(['FI participation willing', 'IS financing willing']);
    expect(
      read(
        'Oslo has also pledged 1 billion kroner to finance demining once a ceasefire holds, an offer it has presented to partners as a way of pulling its weight.',
      ),
    ).toEqual(['NO financing committed']);
  });
  it('reads "would be available as transit routes" as offered, not decided', () => {
    expect(
      read(
        'Warsaw has told partners that its airports, railways and roads would be available as transit routes for the force.',
      ),
    ).toEqual(['PL logistics willing']);
  });
  it('reads "in their account, German soldiers would ..." as others\' account, "most likely to provide ships" as a forecast, and "would take the question to the party leaders" as undecided', () => {
    expect(
      read(
        "Polish officials have described other allies' roles in their own terms: in their account, German soldiers would guard the supply lines, and Romania would run a second hub.",
      ),
    ).toEqual([]);
    expect(
      read(
        'British officials have for months counted Australia and Canada among the countries most likely to provide ships for the maritime part of the mission.',
      ),
    ).toEqual([]);
    expect(
      read(
        "Asked about German soldiers, Merz said his government would take the question to the Bundestag's party leaders.",
      ),
    ).toEqual(['DE ground_troops considering']);
  });
  it('reads "how far the United States would take part remained unclear" as an open question, after a semicolon too', () => {
    expect(
      read(
        'The talks covered how large the forces would be; how far the United States would take part remained unclear.',
      ),
    ).toEqual([]);
    expect(read('How far Washington itself would take part is still unclear, the agency said.')).toEqual([]);
    expect(read('Britain will send troops; how many remains unclear.')).toEqual([
      'GB ground_troops committed',
    ]);
  });
  it('reads "according to the same officials" as the officials who spoke before, describing other countries (rule 9)', () => {
    expect(
      read(
        'The task group would build on the mine countermeasures group, Turkish officials said. Romanian and Bulgarian minehunters would take part, according to the same officials.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Britain is ready to send troops, British officials said. Britain will also provide jets, the same officials said.',
      ),
    ).toEqual(['GB air committed', 'GB ground_troops willing']);
  });
  it('reads "stopped short of saying whether" and "leaving open whether" as a question still open, and "stopped short of saying Canada would" as nothing said', () => {
    expect(
      read(
        'Spain is ready to take part in the security guarantees, Pedro Sánchez told parliament, but his government stopped short of saying whether Spanish soldiers would be deployed.',
      ),
    ).toEqual(['ES ground_troops considering', 'ES participation willing']);
    expect(
      read(
        'Turkey is ready to help secure Black Sea shipping, Hakan Fidan said, while leaving open whether Turkish soldiers would serve inside Ukraine.',
      ),
    ).toEqual(['TR ground_troops considering', 'TR maritime willing']);
    expect(read('Carney stopped short of saying Canada would send troops.')).toEqual([]);
  });
  it('reads "and Britain RAF jets and Royal Navy minehunters" as a clause of its own with the verb left out', () => {
    expect(
      read('France has committed a land contingent and Britain RAF jets and Royal Navy minehunters.'),
    ).toEqual(['FR ground_troops committed', 'GB air committed', 'GB maritime committed']);
  });
  it('reads jets pledged "to a new NATO mission" on the eastern flank as NATO now, not the force (rule 10)', () => {
    expect(
      read(
        "Denmark, France and Germany have since pledged fighter jets and air defence to a new NATO mission on the alliance's eastern flank, but that deployment protects allied territory.",
      ),
    ).toEqual([]);
  });
  it('reads "a ground force" as ground troops', () => {
    expect(read('Britain and France have said they are ready to lead a ground force.')).toEqual([
      'FR ground_troops willing',
      'GB ground_troops willing',
    ]);
  });
  it('reads ", something many capitals regard as ..." as how others see it, not part of the statement', () => {
    expect(
      read(
        'The United States has been reluctant to commit to a backstop for the force, something many capitals regard as a precondition for their own troops.',
      ),
    ).toEqual(['US backstop reluctant']);
  });
  it('reads what a minister "expected" others "to do" as an expectation when the quotation opens on the verb', () => {
    expect(
      read('Poland will send troops. Kosiniak-Kamysz said he expected Latvia and Estonia "to do the same".'),
    ).toEqual(['PL ground_troops committed']);
  });
  it('reads "would refrain from answering a hypothetical question" as no answer, and finds the speaker before an apposition with a relative clause', () => {
    expect(
      read(
        'Asked whether the Self-Defense Forces could provide transport aircraft, Hayashi said he would "refrain from answering a hypothetical question".',
      ),
    ).toEqual([]);
    expect(
      read(
        'Sanae Takaichi, a former minister who holds no cabinet post, said at a debate that Japan should "not rule out" logistical support.',
      ),
    ).toEqual([]);
  });
  it('reads "there will be no American troops" after "And" or a fronted topic ("On ground troops:"), and "On air, there has been no decision" as air, in one speaker mouth', () => {
    expect(read('"And there will be no American troops in Ukraine," Rubio said.')).toEqual([
      'US ground_troops ruled_out',
    ]);
    expect(read('"On ground troops: there will be no American troops in Ukraine," Rubio said.')).toEqual([
      'US ground_troops ruled_out',
    ]);
    expect(read('"On air, there\'s been no decision," Rubio said.')).toEqual(['US air considering']);
  });
  it('reads a senator as outside the government', () => {
    expect(
      read(
        'Senator Rand Paul, a Kentucky Republican, said the United States would not send troops to Ukraine under any guarantee.',
      ),
    ).toEqual([]);
  });
  it('reads a negation in quotation marks as a negation ("not yet" ready)', () => {
    expect(read('Germany is "not yet" ready to send soldiers.')).toEqual(['DE ground_troops considering']);
    expect(read('Germany is not "ready" to send soldiers.')).toEqual(
      read('Germany is not ready to send soldiers.'),
    );
  });
  it('reads "which spent months weighing the question" as how a decision came about, not a stance now', () => {
    expect(
      read(
        'Sweden and Denmark have said they are ready to send troops. Norway, which spent months weighing the question, said last week that it would not send ground troops to Ukraine.',
      ),
    ).toEqual(['DK ground_troops willing', 'NO ground_troops ruled_out', 'SE ground_troops willing']);
  });
  it('reads "Poland, Lithuania’s largest neighbour, has said" with the possessive apposition set aside', () => {
    expect(
      read(
        "Poland, Lithuania's largest neighbour, has repeatedly said it will not send its own troops to Ukraine.",
      ),
    ).toEqual(['PL ground_troops ruled_out']);
    expect(
      read(
        "Sweden, NATO's newest member, is stretched by its commitments to the alliance's forces in Finland.",
      ),
    ).toEqual([]);
  });
  it('reads the speaker of a relative clause as its antecedent, whatever else the relative names, unless it names a speaker of its own', () => {
    expect(
      read(
        "Italy's caution is shared by Poland, which borders Ukraine and has said for months that it will not send troops to Ukraine.",
      ),
    ).toEqual(['PL ground_troops ruled_out']);
  });
  it('reads "would not get ahead of discussions" as declining to answer', () => {
    expect(
      read(
        'Asked whether the deployment hinged on an American guarantee, Marles said he would not "get ahead of discussions that are still happening between Europe and Washington."',
      ),
    ).toEqual([]);
  });
  it('reads "forces that may be deployed there" as which forces are meant, not a stance', () => {
    expect(
      read(
        'The United States has signalled its willingness to support a coalition of European forces, offering security guarantees for European forces that may be deployed there.',
      ),
    ).toEqual(['US backstop willing']);
  });
  it('reads "a force without American participation would be symbolic" as a condition, not a US commitment', () => {
    expect(
      read(
        'Ukraine, which wants the strongest guarantee it can get, has said that a force without American participation would be largely symbolic.',
      ),
    ).toEqual([]);
  });
  it('reads "asked each capital to spell out, in writing, what it could offer" as a request, and wakes an aside whose need begins a longer need found', () => {
    expect(
      read(
        'Britain will send troops. A questionnaire circulated by British officials asked each capital to spell out, in writing, what it could offer on land, at sea and in the air.',
      ),
    ).toEqual(['GB ground_troops committed']);
  });
  it('reads ", a step the government had been weighing since April" as how the offer came about, and stops that aside at the next comma', () => {
    expect(
      read(
        'Jonson said that Sweden was ready to contribute Gripen fighters to an air policing mission over Ukraine, a step the government had been weighing since April.',
      ),
    ).toEqual(['SE air willing']);
    expect(
      read(
        'Asked about air patrols over Ukraine, an option Rome has been studying since the summer, Crosetto said no decision had been taken.',
      ),
    ).toEqual(['IT air considering']);
  });
  it('reads a party "which is not part of the government" as outside it', () => {
    expect(
      read(
        'Defence Minister Margarita Robles said Spain was ready to contribute ships. Podemos, which is not part of the government, said it would oppose any military role.',
      ),
    ).toEqual(['ES maritime willing']);
  });
  it('reads hosting "the coalition’s air component" at a base as logistics', () => {
    expect(
      read(
        "Romania has agreed to host the coalition's air component at the Mihail Kogalniceanu air base near Constanta.",
      ),
    ).toEqual(['RO logistics committed']);
  });
  it('reads "ready to buy Patriot systems and hand them to Kyiv" as arms for the war now (rule 10)', () => {
    expect(
      read(
        'Merz said Germany was ready to buy two Patriot air defence systems from the United States and hand them to Kyiv as soon as possible.',
      ),
    ).toEqual([]);
  });
  it('reads "so that they can help maintain a peace agreement on land, in the air and at sea" as what the support is for, not more of the offer', () => {
    expect(
      read(
        'U.S. representatives have also indicated openness to support European soldiers with intelligence and logistical help, so that they can help maintain a peace agreement on land, in the air and at sea, the newspaper said.',
      ),
    ).toEqual(['US intelligence willing', 'US logistics willing']);
  });
  it('reads "the Americans have told us that they will ..." in a minister’s words as one government’s account of another (rule 9), and "Sandvik told us that" as an interview', () => {
    expect(
      read(
        'Healey said Britain will send troops. He added that "the Americans have told us that they will be there with intelligence and with air defence".',
      ),
    ).toEqual(['GB ground_troops committed']);
    expect(
      read(
        'Defence Minister Tore O. Sandvik told us in a written answer that Norway is ready to contribute to the maritime component.',
      ),
    ).toEqual(['NO maritime willing']);
  });
  it('reads money pledged for Ukraine’s reconstruction as not the force’s financing', () => {
    expect(read("Italy pledged 2 billion euros for Ukraine's reconstruction.")).toEqual([]);
    expect(
      read("Germany will pay for the rebuilding of Ukraine's armed forces after a ceasefire."),
    ).not.toEqual([]);
  });
  it('reads "would "not take part in speculation"" as declining to answer, not declining to take part', () => {
    expect(
      read(
        'Defence Minister Boris Pistorius, asked about the report during a visit to Vilnius, said he would "not take part in speculation."',
      ),
    ).toEqual([]);
  });
  it('reads ", confirming an offer first made in London" and ", in what would be Tokyo’s first contribution" as the reporter’s gloss, not a second stance', () => {
    expect(
      read(
        "Norway's Jonas Gahr Store said Norway will contribute a frigate to the coalition's maritime component in the Black Sea, confirming an offer first made in London in the spring.",
      ),
    ).toEqual(['NO maritime committed']);
    expect(
      read(
        "TOKYO — Japan is considering providing satellite imagery to help monitor a future ceasefire in Ukraine, three government sources said, in what would be Tokyo's first concrete contribution to the security guarantees.",
      ),
    ).toEqual(['JP intelligence considering']);
  });
  it('reads supply routes that batteries would protect as no logistics offer, and financing Patriots to help Ukraine withstand an offensive as aid now', () => {
    expect(
      read(
        'Warsaw is prepared to deploy Patriot air defence batteries to protect the force and the supply routes it would depend on, a senior Polish defence official said.',
      ),
    ).toEqual(['PL air_defense willing']);
    expect(
      read(
        "Merz promised that Berlin would finance additional Patriot systems to help Ukraine withstand Russia's summer air offensive.",
      ),
    ).toEqual([]);
  });
  it('reads "money and no troops" as two clauses: the money offered, the troops refused', () => {
    expect(read('Spain will contribute money and no troops.')).toEqual([
      'ES financing committed',
      'ES ground_troops ruled_out',
    ]);
  });
  it('reads what a country "should" do (play its part, stay out) as advice, not its position', () => {
    expect(read('Italy should play its part in a European guarantee for Ukraine, Schlein said.')).toEqual([]);
    expect(
      read('The Communists and the Left Bloc said Portugal should stay out of any military mission.'),
    ).toEqual([]);
  });
  it('reads "talked about ... and what Denmark is prepared to put into them" as the topic of a talk, not a position', () => {
    expect(
      read(
        'We talked about hybrid attacks, security guarantees for Ukraine and what Denmark is prepared to put into them.',
      ),
    ).toEqual([]);
  });
  it('reads training "naval infantry" as training, not a naval role, "training areas" for a NATO brigade as no training, and rebuilding Ukrainian brigades as training', () => {
    expect(
      read(
        'Portugal is prepared to train Ukrainian marines and naval infantry after a ceasefire, Melo said.',
      ),
    ).toEqual(['PT training willing']);
    expect(
      read(
        'Lithuania has promised to build barracks, training areas and housing for some 5,000 German soldiers.',
      ),
    ).not.toContain('LT training committed');
    expect(
      read(
        'Poland is considering whether to offer Polish training grounds to help rebuild Ukrainian brigades once the fighting stops.',
      ),
    ).toEqual(['PL training considering']);
  });
  it('reads "would not lead the mission" as no refusal to take part', () => {
    expect(
      read('Sweden would not lead the mission, he said, but would fly alongside British and French jets.'),
    ).toEqual(['SE air committed']);
  });
  it('reads "whatever the US decides on its backstop" as a condition and "the Europeans’ goal was ... to make sure" as an aim, neither a stance', () => {
    expect(
      read(
        '"Whatever the US decides on its backstop will shape what they are willing to say," the diplomat said.',
      ),
    ).toEqual([]);
    expect(
      read(
        "The Europeans' goal was simple, officials said: to make sure Trump did not agree to anything over Ukraine's head, and to keep security guarantees for Kyiv on the table.",
      ),
    ).toEqual([]);
  });
  it('reads a question set out after a colon as open, not as anyone stating it', () => {
    expect(
      read(
        'It leaves open the biggest question of all: whether the United States would formally guarantee the force if Russia attacked it.',
      ),
    ).toEqual([]);
    expect(
      read(
        'The question for the summit: who would command the force, and whether Poland would send soldiers at all.',
      ),
    ).toEqual([]);
    // A statement after a colon that asks nothing is still read.
    expect(read('On one question the minister was clear: Poland will send soldiers.')).toEqual([
      'PL ground_troops committed',
    ]);
  });
  it('reads scaling back a brigade rotating through an ally as the eastern flank, not Ukraine', () => {
    expect(
      read(
        'Washington said last month it would scale back a U.S. Army brigade rotating through Romania, a decision officials in Bucharest said was unrelated.',
      ),
    ).toEqual([]);
    expect(read('The Pentagon will draw down the troops stationed in Poland by a third.')).toEqual([]);
    // Troops for Ukraine itself are still read.
    expect(read('Washington will not send troops to Ukraine.')).toEqual(['US ground_troops ruled_out']);
  });
  it('reads publishing or estimating the cost of the mission as no financing', () => {
    expect(
      read('Healey said the government would publish the cost of the mission before any deployment.'),
    ).toEqual([]);
    expect(read('Germany will set out the estimated cost of the force in the spring.')).toEqual([]);
    // Bearing the cost is financing.
    expect(read('Britain will cover the costs of the mission.')).toEqual(['GB financing committed']);
  });
  it('reads waiting for the detail or the mandate as a decision put off', () => {
    expect(
      read('Canberra would wait for the detail from London and Paris before deciding on troops.'),
    ).toEqual(['AU ground_troops considering']);
    expect(read('Australia will wait for the outcome of the talks before committing troops.')).toEqual([
      'AU ground_troops considering',
    ]);
    // Waiting after a pledge leaves the pledge standing.
    expect(read('Poland will send troops and will wait for the mandate.')).toEqual([
      'PL ground_troops committed',
    ]);
  });
  it('reads a reporter question asked in a city or on a channel as the question, not an answer', () => {
    expect(
      read(
        'Asked in Berlin whether German soldiers could be part of a force, he said Germany would examine its contribution together with its partners and that no decision had been made.',
      ),
    ).toEqual(['DE ground_troops considering']);
    expect(
      read(
        'Asked on Fox News whether American soldiers could be part of the arrangement, Vance said there would be no American troops in Ukraine.',
      ),
    ).toEqual(['US ground_troops ruled_out']);
  });
  it('does not carry a question about one country to another country that answers undecided', () => {
    expect(
      read(
        'Asked in Ottawa whether Canadian soldiers could serve in the reassurance force, Carney said: "We are prepared to put Canadians on the ground." Albanese said Australia would consider any request to contribute to the reassurance force, but that no decision had been made.',
      ),
    ).toEqual(['AU participation considering', 'CA ground_troops willing']);
    // The country asked about answers for what it was asked.
    expect(
      read(
        'Asked whether Australian soldiers could serve in the force, Marles answered at length. Australia had made no decision, he said.',
      ),
    ).toEqual(['AU ground_troops considering']);
  });
  it('reads the Liberal Democrats as a party outside government', () => {
    expect(
      read(
        'Turkey has offered to lead mine-clearance operations in the Black Sea. The Liberal Democrats said the report showed that years of cuts had left the navy "unable to do the job ministers keep promising."',
      ),
    ).toEqual(['TR maritime willing']);
    expect(read('The Lib Dems said Britain would send two frigates to the Black Sea.')).toEqual([]);
  });
  it('reads a reporter pressing a minister on whether as a question, not an answer', () => {
    expect(
      read(
        'Pressed three times on whether the US would provide air defence or air cover if Russian forces attacked European troops in Ukraine, he declined to go into detail.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Asked over whether Dutch jets would patrol the skies, the minister said no decision had been made.',
      ),
    ).toEqual(['NL air considering']);
    // The answer to the question is still read.
    expect(read('Pressed by reporters about British troops, Healey said Britain would send them.')).toEqual([
      'GB ground_troops committed',
    ]);
  });
  it('reads declining to discuss what might be offered as nothing said', () => {
    expect(
      read(
        'Colby said the Pentagon was "not in a position to get ahead of the president" and declined to discuss what air or intelligence support might be offered, saying the details were classified.',
      ),
    ).toEqual([]);
    expect(read('The Dutch minister declined to say whether jets would be offered.')).toEqual([]);
  });
  it('reads a parliament authorising troops and an agreement made this morning as commitments', () => {
    expect(
      read(
        "VILNIUS — Lithuania's parliament on Thursday authorised the government to send up to 150 soldiers to a multinational reassurance force in Ukraine once a ceasefire takes effect.",
      ),
    ).toEqual(['LT ground_troops committed']);
    expect(read('Estonia had agreed this morning to send troops to the reassurance force.')).toEqual([
      'EE ground_troops committed',
    ]);
    // Authorising a ship's passage is no contribution.
    expect(
      read('The ships would sail once Turkey has authorised their transit through the straits.'),
    ).toEqual([]);
  });
  it("reads what each country will contribute as every country's answer, not the speaker's", () => {
    expect(
      read(
        'Macron has promised that the meeting will spell out "precisely" what each country will contribute.',
      ),
    ).toEqual([]);
    // The speaker's own offer in the same sentence is still read.
    expect(
      read('France will say at the summit what each country will contribute, and will itself send troops.'),
    ).toEqual(['FR ground_troops committed']);
  });
  it('reads the country a subject is compared with as an aside', () => {
    expect(read('Romania, like Poland, has said it will not send troops into Ukraine.')).toEqual([
      'RO ground_troops ruled_out',
    ]);
    expect(read('Hungary, unlike Poland, will send troops.')).toEqual(['HU ground_troops committed']);
  });
  it('reads a speaker named after the verb when a plain clause comes before it', () => {
    // An analyst's words are nobody's position.
    expect(read('Germany will send troops, said an analyst.')).toEqual([]);
    // The Polish minister's account of Germany is his, not Germany's (rule 9).
    expect(read('Germany will send troops, said the Polish defence minister.')).toEqual([]);
    expect(read('Germany will send troops, said a German government spokesman.')).toEqual([
      'DE ground_troops committed',
    ]);
    // An apposition before the verb is still the speaker's.
    expect(read('Crosetto, speaking in Rome on Tuesday, said Italy would send a frigate.')).toEqual([
      'IT maritime committed',
    ]);
  });
  it('reads the public and public opinion as no government', () => {
    expect(
      read(
        "Defence Minister Boris Pistorius said Germany is prepared to train Ukraine's armed forces. Pistorius, a Social Democrat, is the most popular politician in the country according to most polls, and his words carry weight with a public that remains wary of any German military role in Ukraine.",
      ),
    ).toEqual(['DE training willing']);
    expect(read('Public opinion in Italy remains opposed to sending soldiers.')).toEqual([]);
    // A plan made public is still the government's.
    expect(read('Germany has made public its plan to send troops.')).toEqual(['DE ground_troops committed']);
  });
  it('reads troops a guarantee is given to as what is guaranteed, not as troops offered', () => {
    expect(
      read(
        'Vance said the United States was "hesitant" to give an open-ended guarantee to European troops stationed in Ukraine.',
      ),
    ).toEqual(['US backstop reluctant']);
    // Troops the sentence itself does not commit are still read as troops.
    expect(
      read('Sanchez said Spain would play its part in the guarantees without committing to troops.'),
    ).not.toContain('ES participation ruled_out');
  });
  it('reads planning that shifts away from a deployment as reluctance', () => {
    expect(
      read(
        'LONDON — The Royal Air Force will lead a multinational air-policing mission over Ukraine once a ceasefire is agreed, Defence Secretary John Healey told MPs on Wednesday, as British planning for the postwar "reassurance force" shifts away from the large ground deployment first floated in the spring.',
      ),
    ).toEqual(['GB air committed', 'GB ground_troops reluctant']);
  });

  it('reads a tracker\'s entries ("3. NORWAY - Ready to send frigates.") as each country\'s own, every fragment of an entry that names no other government included', () => {
    const tracker = [
      'Our tracker of the reassurance force, updated weekly.',
      '',
      '1. NORWAY - Ready to send two frigates to the Black Sea. No soldiers on Ukrainian soil.',
      '',
      '2. BELGIUM - Committed to providing minehunters. In May a newspaper claimed that Brussels would pull out; it did not.',
      '',
      '3. Portugal - Will not take part in any mission.',
    ].join('\n');
    expect(read(tracker)).toEqual([
      'BE maritime committed',
      'NO ground_troops ruled_out',
      'NO maritime willing',
      'PT participation ruled_out',
    ]);
    // One dashed line is no tracker: a dateline's dash, say.
    expect(read('NORWAY - Ready to send two frigates to the Black Sea.')).toEqual([]);
  });

  it('reads declining or refusing to rule something out as still weighing it, not as ruling it out', () => {
    expect(
      read(
        'Prime Minister Luc Frieden refused to rule out sending Luxembourg soldiers to the force in Ukraine.',
      ),
    ).toEqual(['LU ground_troops considering']);
    expect(
      read(
        'Canada has not decided whether to put soldiers into the reassurance force in Ukraine, declining to rule it out.',
      ),
    ).toEqual(['CA ground_troops considering']);
    expect(read('Ireland refused to send soldiers to the reassurance force in Ukraine.')).toEqual([
      'IE ground_troops ruled_out',
    ]);
  });

  it('reads sharing or splitting the cost of the force, and money set aside for it a few words before "to" or "for", as financing; money set aside for a year as the year\'s aid', () => {
    expect(
      read(
        'Denmark and Norway will split the cost of the coalition headquarters for the reassurance force in Ukraine.',
      ),
    ).toEqual(['DK financing committed', 'NO financing committed']);
    expect(
      read(
        'The Belgian government has set aside €400 million a year from 2027 to pay for its part in the reassurance force for Ukraine.',
      ),
    ).toEqual(['BE financing committed']);
    expect(
      read('Belgium has set aside another 1.2 billion euros in military support for next year.'),
    ).toEqual([]);
  });

  it('reads a dash typed as two hyphens (" -- ") as a dash, which sets off an aside', () => {
    expect(
      read(
        'Latvia and Lithuania -- both of which border Russia -- will not send troops into Ukraine, but are ready to provide airlift.',
      ),
    ).toEqual([
      'LT ground_troops ruled_out',
      'LT logistics willing',
      'LV ground_troops ruled_out',
      'LV logistics willing',
    ]);
  });

  it('reads a decision not to do one thing, taken at a time named in between, and the thing decided instead ("decided last month not to send soldiers but to train")', () => {
    expect(
      read(
        'Slovenia decided in May not to send soldiers to the reassurance force, but to train Ukrainian engineers.',
      ),
    ).toEqual(['SI ground_troops ruled_out', 'SI training committed']);
    expect(
      read('Slovenia opted not to send soldiers to the reassurance force but to train Ukrainian engineers.'),
    ).toEqual(['SI ground_troops ruled_out', 'SI training committed']);
  });

  it('reads a government setting out the number or the make-up of its contingent later as no position of its own', () => {
    expect(
      read(
        'Defence Minister Pal Jonson said the government would set out the number of Swedish personnel involved after the election.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Sweden will send soldiers to the reassurance force in Ukraine and will publish the number of troops in the spring.',
      ),
    ).toEqual(['SE ground_troops committed']);
  });

  it('reads "a shift from" or "a retreat from" an earlier position as a clause of its own, after the news it qualifies', () => {
    expect(
      read(
        'Austria is now examining whether Austrian soldiers could take part in the force in Ukraine — a shift from June, when Vienna ruled out a deployment.',
      ),
    ).toEqual(['AT ground_troops considering']);
  });

  it('reads "X has told its allies it will not ..." as X speaking of itself, not of those it told', () => {
    expect(
      read(
        'Canada has told European allies it will not provide fighter jets to protect a multinational force in Ukraine, according to two officials.',
      ),
    ).toEqual(['CA air ruled_out']);
  });

  it('reads coming to the aid of allied troops as a guarantee to the troops, not troops of its own', () => {
    expect(
      read(
        'The United States has agreed to a security guarantee for the reassurance force, committing Washington to come to the aid of European troops if Russia attacks them.',
      ),
    ).toEqual(['US backstop committed']);
  });

  it('reads a question "on the table" and a leader who "would take the final decision" as still undecided', () => {
    expect(
      read(
        'Asked whether Greek soldiers could deploy in Ukraine, Dendias said the question was "on the table" and that Prime Minister Kyriakos Mitsotakis would take the final decision.',
      ),
    ).toEqual(['GR ground_troops considering']);
  });

  it('reads a backstop with a verb of its own beside another kind ("will backstop the force and lead the monitoring") as both, and a backstop made of other kinds as those', () => {
    expect(
      read(
        'The United States will backstop the reassurance force in Ukraine and lead the monitoring of any ceasefire.',
      ),
    ).toEqual(['US backstop committed', 'US intelligence committed']);
    expect(
      read(
        'The US backstop for the force in Ukraine would include air power and intelligence, Witkoff said.',
      ),
    ).toEqual(['US air committed', 'US intelligence committed']);
  });

  it("reads a transcript's answers under a speaker's label in capitals of any alphabet ('STØRE:') as that speaker's", () => {
    const transcript = [
      'The following is a transcript of the joint press conference given by the Swedish and Norwegian prime ministers in Stockholm on Tuesday.',
      '',
      'KRISTERSSON: Good afternoon. We have spent most of today on Ukraine and on what happens after a ceasefire.',
      '',
      'STØRE: Thank you, Ulf. We have decided to contribute a frigate to the maritime component of the security guarantees. We will not send ground troops into Ukraine.',
    ].join('\n');
    expect(read(transcript)).toEqual(['NO ground_troops ruled_out', 'NO maritime committed']);
  });

  it('reads "no" before a people\'s name of two words and the troops ("no New Zealand combat troops") as ruling them out, and "no decision on troops" as not yet decided', () => {
    expect(
      read('"There will be no New Zealand combat troops in Ukraine," Defence Minister Judith Collins said.'),
    ).toEqual(['NZ ground_troops ruled_out']);
    expect(
      read(
        'Albanese said Australia is weighing its role and has made no decision on troops for the force in Ukraine.',
      ),
    ).toEqual(['AU ground_troops considering']);
  });

  it('reads past speculation, a condition put as an inverted "should", a colon before the news and a line of links to other stories for what they are', () => {
    expect(
      read(
        'Italy will not send soldiers to Ukraine, Crosetto said, drawing a line under weeks of speculation about how far the government was prepared to go in backing the coalition.',
      ),
    ).toEqual(['IT ground_troops ruled_out']);
    expect(
      read(
        'Lisbon said Portugal was ready to provide air cover with its own F-16s should the United States step back.',
      ),
    ).toEqual(['PT air willing']);
    expect(
      read('The news from Oslo is about the sea: Norway has committed a frigate to the Black Sea mission.'),
    ).toEqual(['NO maritime committed']);
    expect(
      read(
        'More from the Forum: Portugal pledges a frigate to the Black Sea mission | Podcast: the logistics of a force',
      ),
    ).toEqual([]);
  });

  it('reads the month of May as a month, not as "may"', () => {
    expect(
      read(
        'Robles said the Spanish offer of minehunters for the Black Sea mission, first made in May, remains on the table.',
      ),
    ).toEqual(['ES maritime willing']);
    expect(
      read('Denmark committed 500 million kroner in May to the fund for the reassurance force.'),
    ).toEqual(['DK financing committed']);
    expect(read('Spain may send minehunters to the Black Sea mission.')).toEqual(['ES maritime considering']);
  });

  it('reads ships or troops "expected to work alongside" others as a forecast, not a position', () => {
    expect(
      read(
        'Greek frigates were expected to work alongside Italian minehunters in the Black Sea mission, he said.',
      ),
    ).toEqual([]);
  });

  it('reads what a government "has been told" by another as neither\'s position', () => {
    expect(
      read(
        '"Without an American backstop none of this works, and we have been told in Washington that the backstop will be there," Lithuanian Defence Minister Dovile Sakaliene said.',
      ),
    ).toEqual([]);
  });

  it("reads ferrying a force's troops as logistics, an owner's name between the verb and the troops", () => {
    expect(
      read("Canada has not decided whether Canadian aircraft will ferry that force's troops and equipment."),
    ).toEqual(['CA logistics considering']);
  });

  it('reads what a stance leaves others with (", leaving the planners with a plan they cannot finish") as an aside', () => {
    expect(
      read(
        'Ottawa has resisted calls to send Canadian soldiers to the force in Ukraine, leaving European planners with gaps they cannot fill.',
      ),
    ).toEqual(['CA ground_troops reluctant']);
  });

  it('reads a mechanised or infantry unit as ground troops, and an offer that "still stood" as still made', () => {
    expect(
      read('Norway stands ready to contribute a mechanised unit to the multinational force for Ukraine.'),
    ).toEqual(['NO ground_troops willing']);
    expect(
      read(
        "Defence Minister Pål Jonson said Sweden's earlier offer of Gripen fighters to patrol Ukrainian airspace still stood.",
      ),
    ).toEqual(['SE air willing']);
  });

  it('reads the number in an aircraft\'s name ("F-35") as no group of countries, and taking over NATO\'s air policing or purchases of jets as no part of the force', () => {
    expect(
      read(
        "Jonson said Sweden's earlier offer of F-35 fighters to help patrol Ukrainian airspace still stood.",
      ),
    ).toEqual(['SE air willing']);
    expect(
      read(
        "Danish F-35 fighters will take over NATO's air policing in the Baltic states next month, the ministry said.",
      ),
    ).toEqual([]);
    expect(
      read(
        'Frederiksen will meet Trump on Thursday, with purchases of F-35 jets expected to top the agenda.',
      ),
    ).toEqual([]);
  });

  it('reads aid said to be "separate from any post-war mission" as aid now, the post-war named only to set it apart', () => {
    expect(
      read(
        'Belgium has delivered F-16 fighter jets to Kyiv and earmarked 1 billion euros in military support for 2026, amounts that ministers stress are separate from any post-war mission.',
      ),
    ).toEqual([]);
  });

  it("reads the leaders of parties outside government by name (Wilders, Farage, Le Pen, Weidel) as no government's position", () => {
    expect(
      read('Marine Le Pen said this week that not a single French soldier should go to Ukraine.'),
    ).toEqual([]);
    expect(read('Geert Wilders said he would oppose sending a single Dutch soldier to Ukraine.')).toEqual([]);
  });

  it('keeps a backstop offered beside another kind, whether its verb comes second or the kinds are listed', () => {
    expect(
      read(
        'The United States has agreed to lead a mechanism to monitor a future ceasefire in Ukraine and to backstop the multinational force that would deploy after it, Witkoff said.',
      ),
    ).toEqual(['US backstop committed', 'US intelligence committed']);
    expect(
      read(
        'The Trump administration has signalled that it is willing to support a European-led force, offering security guarantees for the European troops as well as intelligence and logistical help.',
      ),
    ).toEqual(['US backstop willing', 'US intelligence willing', 'US logistics willing']);
  });

  it('reads weighing what a country could offer, or any request, as considering taking part', () => {
    expect(
      read(
        "New Zealand's Prime Minister Christopher Luxon said in March that Wellington was considering what it could offer.",
      ),
    ).toEqual(['NZ participation considering']);
    expect(
      read(
        'New Zealand Prime Minister Christopher Luxon said his government was looking at what, if anything, New Zealand could offer.',
      ),
    ).toEqual(['NZ participation considering']);
    expect(read('Foreign Minister Winston Peters said Wellington would consider any request.')).toEqual([
      'NZ participation considering',
    ]);
    // What a country can offer, said without weighing it, names no stance.
    expect(read('Its legal framework sharply limits what Japan can offer.')).toEqual([]);
  });

  it('reads being less definite on whether soldiers would go as the question left open', () => {
    expect(
      read(
        'Denmark will lead the training mission, Frederiksen said. She was less definite on whether Danish soldiers would join the reassurance force itself.',
      ),
    ).toEqual(['DK ground_troops considering', 'DK training committed']);
  });

  it('reads refusals listed one after another as refusals of each kind, money among them', () => {
    expect(
      read(
        'Hungary will not send soldiers to a post-war force in Ukraine, will not pay for one and will not allow its territory to be used as a staging base, Orbán said.',
      ),
    ).toEqual(['HU financing ruled_out', 'HU ground_troops ruled_out', 'HU logistics ruled_out']);
    expect(
      read(
        'Fico said Slovakia would "not send a single soldier to Ukraine and not pay a single euro" toward the force.',
      ),
    ).toEqual(['SK financing ruled_out', 'SK ground_troops ruled_out']);
    expect(
      read(
        'Hungary will neither pay into the common fund for the post-war force nor take part in any mission linked to it, Orbán said.',
      ),
    ).toEqual(['HU financing ruled_out', 'HU participation ruled_out']);
    // Contributing neither troops nor money is one refusal of two kinds, not a third of taking part.
    expect(
      read('Babis said the Czech Republic will contribute neither troops nor money to the force.'),
    ).toEqual(['CZ financing ruled_out', 'CZ ground_troops ruled_out']);
  });

  it("reads what a minister adds after an attribution ('said ..., adding that') as the minister's account of others", () => {
    expect(
      read(
        'ANKARA — Turkey is ready to take charge of the maritime component of a post-ceasefire security mission for Ukraine, Foreign Minister Hakan Fidan said on Wednesday, adding that Romania and Bulgaria would contribute minehunters to a Turkish-led task group.',
      ),
    ).toEqual(['TR maritime willing']);
    // The subject's own words after its verb are its own.
    expect(
      read(
        "Hungary's Viktor Orbán has gone further, saying Hungary will take no part in the mission at all.",
      ),
    ).toEqual(['HU participation ruled_out']);
  });

  it("reads a country's refusal as a noun, and 'no question of' troops going, as ruled out", () => {
    expect(
      read("Crosetto said Italy's refusal to put soldiers on the ground in Ukraine was unchanged."),
    ).toEqual(['IT ground_troops ruled_out']);
    expect(
      read(
        'Prime Minister Christopher Luxon said there was no question of New Zealand combat troops going to Ukraine.',
      ),
    ).toEqual(['NZ ground_troops ruled_out']);
  });

  it('reads the sending of soldiers that "remains excluded" as ruled out', () => {
    expect(read('The sending of Romanian soldiers to Ukraine remains excluded, Dan reiterated.')).toEqual([
      'RO ground_troops ruled_out',
    ]);
    expect(read('Dan said the sending of Romanian soldiers to Ukraine is not excluded.')).toEqual([
      'RO ground_troops considering',
    ]);
  });

  it("reads sums in crowns as money and 'the country's skies' as the air", () => {
    expect(
      read(
        'Norway will not send ground troops, but Oslo will put 2 billion crowns toward clearing mines from Ukrainian ports after the war, Sandvik said.',
      ),
    ).toEqual(['NO financing committed', 'NO ground_troops ruled_out']);
    expect(
      read(
        "ROME — Italy will not send troops to Ukraine after a ceasefire but is ready to help patrol the country's skies, Meloni said.",
      ),
    ).toEqual(['IT air willing', 'IT ground_troops ruled_out']);
  });

  it('reads a backstop a country will not deploy without as its condition, sums in Swedish crowns as money, and a question pressed by a named MP as a question', () => {
    expect(
      read(
        'Britain and France have said they are ready to lead a ground force, but both have long made clear that they would not deploy without a U.S. backstop.',
      ),
    ).toEqual(['FR ground_troops willing', 'GB ground_troops willing']);
    expect(
      read(
        'Sweden will contribute 2 billion Swedish crowns to the fund, the government said in a statement.',
      ),
    ).toEqual(['SE financing committed']);
    expect(
      read(
        'Pressed by the Conservative shadow defence secretary, James Cartlidge, on whether British soldiers would be deployed inside Ukraine, Healey repeated that no decision had been taken.',
      ),
    ).toEqual(['GB ground_troops considering']);
  });

  it("reads another government's words that a country has 'a similar approach' as its account, not that country's position", () => {
    expect(
      read(
        'Romania will host the logistics hub, President Nicusor Dan said. Asked about the contributions of other states, Nicusor Dan said that Poland "has a similar approach".',
      ),
    ).toEqual(['RO logistics committed']);
    // Said by nobody else, the echo is the country's own.
    expect(read('Romania will host the logistics hub. Poland has taken a similar approach.')).toEqual([
      'PL logistics committed',
      'RO logistics committed',
    ]);
  });

  it('reads a deployment that would overburden or overstretch the army as reluctance', () => {
    expect(
      read(
        'Foreign Minister Johann Wadephul said stationing German soldiers in Ukraine would "probably overburden" the Bundeswehr.',
      ),
    ).toEqual(['DE ground_troops reluctant']);
  });

  it('reads a decision that "would be for the next government" as not taken', () => {
    expect(
      read(
        'Brekelmans said the Netherlands would fly air patrols. On ground troops, he said, no decision had yet been made, and that would be for the next government.',
      ),
    ).toEqual(['NL air committed', 'NL ground_troops considering']);
  });

  it("reads intelligence kept shared with Kyiv as aid now, and with the force as the force's", () => {
    expect(
      read(
        "Kellogg told reporters that the United States would keep sharing intelligence with Kyiv's forces as long as the war goes on.",
      ),
    ).toEqual([]);
    expect(
      read(
        'Washington stands ready to keep sharing intelligence with the force after a ceasefire, Hegseth said.',
      ),
    ).toEqual(['US intelligence willing']);
  });

  it("reads 'maritime and air components' as both kinds", () => {
    expect(
      read(
        "Spain's José Manuel Albares said his country was open to joining the force's maritime and air components.",
      ),
    ).toEqual(['ES air willing', 'ES maritime willing']);
  });

  it('reads a unit that "could be sent" as ground troops', () => {
    expect(
      read(
        'Jonson said Sweden is prepared to deploy Gripen fighters to take part in the air policing of Ukraine after a ceasefire, and the Swedish government is examining whether a Swedish unit could also be sent to Ukraine.',
      ),
    ).toEqual(['SE air willing', 'SE ground_troops considering']);
  });

  it('reads where a proposed truce would hold as no contribution, but pilots guaranteeing one in the air as air', () => {
    expect(
      read(
        'Portugal and Greece were proposing a one-month truce "in the air, at sea and on energy infrastructure" as a first test. Greece is ready to send a frigate.',
      ),
    ).toEqual(['GR maritime willing']);
    expect(read('Dutch pilots can help guarantee a ceasefire in the air, Brekelmans said.')).toEqual([
      'NL air willing',
    ]);
  });

  it('reads money set aside for weapons deliveries as aid now, not financing of the force', () => {
    expect(
      read(
        'Sweden has earmarked billions of kronor for weapons deliveries next year, including funding for drones built in Ukraine. Norway is ready to fund the reassurance force.',
      ),
    ).toEqual(['NO financing willing']);
  });

  it("reads members of a country's own armed forces as ground troops", () => {
    expect(
      read(
        'New Zealand will not send members of its armed forces to Ukraine as part of the reassurance force.',
      ),
    ).toEqual(['NZ ground_troops ruled_out']);
    expect(read('Japan will not send members of its Self-Defense Forces to Ukraine, Hayashi said.')).toEqual([
      'JP ground_troops ruled_out',
    ]);
  });

  it('reads "Estonian proposals to send" as the government\'s own proposal (rule 11)', () => {
    expect(
      read(
        'Estonian proposals to send an infantry company to the reassurance force were set out by Prime Minister Kristen Michal.',
      ),
    ).toEqual(['EE ground_troops willing']);
  });

  it("reads an appositive on the task in others' words as theirs, not the country's", () => {
    expect(
      read(
        'Finland could contribute its surveillance drones to help monitor a ceasefire line, a task that coalition planners consider one of the hardest to fill.',
      ),
    ).toEqual(['FI intelligence willing']);
  });

  it('reads troops that airlift would move as logistics, not ground troops', () => {
    expect(
      read(
        'Norway is prepared to provide strategic airlift to move coalition troops and equipment, Sandvik said.',
      ),
    ).toEqual(['NO logistics willing']);
  });

  it('reads a government seeking funding for its own mission as no financing', () => {
    expect(
      read(
        'Ireland will send trainers, and the government will seek funding for the mission in the spring budget.',
      ),
    ).toEqual(['IE training committed']);
  });

  it("reads a contribution to NATO's forward presence as the eastern flank now (rule 10)", () => {
    expect(read("Canada will keep its contribution to NATO's forward presence in Latvia.")).toEqual([]);
    expect(
      read(
        "Estonia is ready to send a company, alongside British troops with whom its units serve in NATO's forward presence.",
      ),
    ).toEqual(['EE ground_troops willing']);
  });

  it("reads a promise secured from another government as that government's, not the hosts'", () => {
    expect(
      read(
        'Germany and Poland committed to deploying troops at a summit that also secured a promise from Washington to lead the monitoring of any truce.',
      ),
    ).toEqual(['DE ground_troops committed', 'PL ground_troops committed']);
  });

  it('reads contributing "from its own territory" as logistics', () => {
    expect(read('Slovakia would contribute from its own territory, Fico said.')).toEqual([
      'SK logistics committed',
    ]);
  });

  it("reads clearing the sea approaches to Ukraine's ports as maritime", () => {
    expect(read('Clearing the approaches to Odesa is something Belgium is prepared to help with.')).toEqual([
      'BE maritime willing',
    ]);
    expect(read('Belgium is prepared to help clear mines from the approaches to Odesa.')).toEqual([
      'BE maritime willing',
    ]);
  });

  it('reads what an offer is, set off by dashes after the word, as the offer', () => {
    expect(
      read(
        "Paris's offer instead — to shoulder a large part of the training of Ukraine's brigades — is not nothing.",
      ),
    ).toEqual(['FR training willing']);
    expect(read('Denmark — which has been cautious — will send a frigate.')).toEqual([
      'DK maritime committed',
    ]);
  });

  it('reads "and we have told our partners that we are prepared" as the speaker\'s own offer', () => {
    expect(
      read(
        'Prime Minister Jonas Gahr Store said Norway stands ready to train Ukrainian forces. "And we have told our partners that we are prepared to contribute strategic airlift," he said.',
      ),
    ).toEqual(['NO logistics willing', 'NO training willing']);
  });

  it("reads unnamed officials examining, or navy ships and transport planes, as the one government speaking's own", () => {
    expect(
      read(
        'Officials are also examining whether navy minehunters could join a Black Sea demining effort, Greek Defence Minister Nikos Dendias said.',
      ),
    ).toEqual(['GR maritime considering']);
    expect(read('The force would need more air cover, Greek Defence Minister Nikos Dendias said.')).toEqual(
      [],
    );
  });

  it("reads one government's account of what another told it as nobody's position (rule 9)", () => {
    expect(
      read(
        "Denmark will send jets. Macron said Romania had told him it was ready to host the coalition's main logistics hub on its territory.",
      ),
    ).toEqual(['DK air committed']);
  });

  it('reads aircraft that fly into an airport or a hub as logistics, not air', () => {
    expect(read('Brekelmans said the Dutch aircraft would fly into the airport at Rzeszów.')).toEqual([
      'NL logistics committed',
    ]);
  });

  it('reads a place "near the hub" as a place, not logistics', () => {
    expect(read('Latvia is ready to send instructors to a training centre near the hub.')).toEqual([
      'LV training willing',
    ]);
  });

  it('reads "more cautious" as a comparison, leaving the stance to the words around it', () => {
    expect(
      read(
        'Sweden is ready to send jets. On ground troops, Jonson was more cautious, saying no decision had been taken.',
      ),
    ).toEqual(['SE air willing', 'SE ground_troops considering']);
  });

  it('reads people "not sent to the front", or "no Swedes will be sent", as ground troops ruled out', () => {
    expect(read('Kristersson said last month that Swedes would not be sent to the front.')).toEqual([
      'SE ground_troops ruled_out',
    ]);
    expect(
      read('Sweden, whose prime minister has said no Swedes will be sent to Ukraine, is cautious.'),
    ).toEqual(['SE ground_troops ruled_out']);
  });

  it('reads "he said" after a list of leaders as the office holder named last, never the whole list', () => {
    expect(
      read(
        [
          'Leaders of France, Britain, Italy, Poland and Finland joined Merz for a dinner and issued a joint statement.',
          'Merz used the occasion to settle a question he had long avoided.',
          '"German soldiers will not be deployed in Ukraine," he told reporters.',
          '"But our Eurofighters could help secure Ukrainian airspace."',
        ].join(' '),
      ),
    ).toEqual(['DE air willing', 'DE ground_troops ruled_out']);
  });

  it('reads "X has gone further, saying his country will not" as X speaking for his own country', () => {
    expect(
      read(
        'Poland and Romania will not send troops. Hungarian Prime Minister Viktor Orban has gone further, saying his country will not take part in any military mission in Ukraine.',
      ),
    ).toEqual(['HU participation ruled_out', 'PL ground_troops ruled_out', 'RO ground_troops ruled_out']);
  });

  it('reads "is not expected to take part" as the reporter\'s forecast (rule 9)', () => {
    expect(
      read('Austria and Ireland are not expected to take part in any form. Malta will send troops.'),
    ).toEqual(['MT ground_troops committed']);
  });

  it("reads what a viral video claims as nobody's position, but keeps a minister's video message", () => {
    expect(read('The video also claims Portugal would send troops alongside Spain.')).toEqual([]);
    expect(read('In a video message, Kristersson said Sweden would send troops.')).toEqual([
      'SE ground_troops committed',
    ]);
  });

  it('reads details withheld ("I will not set out numbers") as no refusal', () => {
    expect(
      read(
        '"We stand ready to deploy Irish forces to Ukraine," Harris replied, "and the deputy will understand why I will not set out numbers today."',
      ),
    ).toEqual(['IE ground_troops willing']);
  });

  it('reads "billions of euros" as money, and money pledged for this year or 2026 as aid now', () => {
    expect(read("Austria has pledged billions of euros to rebuild Ukraine's army after the war.")).toEqual([
      'AT financing committed',
    ]);
    expect(read('Austria has pledged tens of billions of euros for 2026 through its aid programme.')).toEqual(
      [],
    );
  });

  it('reads "has ruled them out" as refusing the kind the clause before named', () => {
    expect(
      read('Belgium is still hesitant to send troops, and Portugal has ruled them out altogether.'),
    ).toEqual(['BE ground_troops reluctant', 'PT ground_troops ruled_out']);
  });

  it('reads "prepared to send small units" as ground troops, and "weighing whether to do the same" after it', () => {
    expect(
      read(
        'Estonia and Lithuania have both said they are prepared to send small units. Latvia said Riga was still weighing whether to do the same.',
      ),
    ).toEqual(['EE ground_troops willing', 'LT ground_troops willing', 'LV ground_troops considering']);
  });

  it('reads "..., confirming that there would be no Greek ground troops" as the speaker\'s refusal', () => {
    expect(
      read(
        '"The decision has been taken by the government," Dendias said, confirming that there would be no Greek ground troops in Ukraine.',
      ),
    ).toEqual(['GR ground_troops ruled_out']);
  });

  it('breaks a clause before "and the government is ...", so each part keeps its own stance', () => {
    expect(
      read(
        'The Portuguese navy is ready to help secure shipping in the Black Sea and the government is studying whether to deploy F-16 jets.',
      ),
    ).toEqual(['PT air considering', 'PT maritime willing']);
  });

  it('reads "its army would stay at home" as ground troops refused', () => {
    expect(
      read('Pevkur said Estonia was ready to send drones, but that its army would stay at home.'),
    ).toEqual(['EE ground_troops ruled_out']);
  });

  it('reads a hedge alone after a weighed offer ("and possibly a ship") as still weighed', () => {
    expect(
      read(
        'Rinkevics said Latvia was looking at contributing air defence systems to protect the force, and possibly a ship for a Black Sea mission.',
      ),
    ).toEqual(['LV air_defense considering', 'LV maritime considering']);
  });

  it('reads ", the Netherlands has committed ..." in a list of clauses as a clause of its own', () => {
    expect(
      read(
        'Denmark and Estonia have offered ground troops, the Netherlands has committed F-35 fighter jets to the air mission.',
      ),
    ).toEqual(['DK ground_troops willing', 'EE ground_troops willing', 'NL air committed']);
  });

  it('reads monitoring a ceasefire as intelligence when a quotation ends between the two', () => {
    expect(read('Stubb told reporters that Finland "could contribute to monitoring" a ceasefire.')).toEqual([
      'FI intelligence willing',
    ]);
  });

  it('reads "that does not mean Spain stays at home" as no refusal', () => {
    expect(read('"That does not mean Spain stays at home," Robles said.')).toEqual([]);
  });

  it('reads taking part "in whatever format the allies agree" as an offer, not a pledge', () => {
    expect(
      read(
        'Bulgarian minehunters would take part in a Black Sea mission "in whatever format the allies agree".',
      ),
    ).toEqual(['BG maritime willing']);
  });

  it('reads what "the posts claim" as nobody\'s position', () => {
    expect(
      read('Some versions of the posts also claim that Croatia and Slovenia have pledged troops.'),
    ).toEqual([]);
  });
});
