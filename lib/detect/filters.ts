/**
 * The not-claims that need context: ages, durations, measures, composition shares, poll results,
 * details of one incident, one person's bond, and numbers from other beats.
 */
import type { Quantity } from './quantities';
import type { Window } from './categories';
import { OTHER_MEASURE_RE } from './cues';
import { FOREIGN, namesAgency } from './gate';
import * as DROP from './rules/drop';

/** Opinion polls; a statistical survey ("the Current Population Survey", "survey data") counts people, it is no poll. */
const POLL = /\b(?:polls?|polled|pollsters?|(?<!\b(?:population|community|household|labor force|census|statistical) )surveys?(?! data)|surveyed|respondents|approve|approval rating|voters said)\b/i;
const TIME_UNIT = /^(?:(?:separate|different|consecutive|straight|successive) )?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|nights?)\b/i;
const HYPHEN_UNIT = /^-(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|page|pages|mile|miles|foot|feet|pound|acre|story|member|person|point|minute)\b/i;
/** The first of two numbers of a span: "six or seven days a week". */
const SPAN_PAIR = /^\s+(?:or|to)\s+(?:\d+|[a-z]+)\s+(?:seconds|minutes|hours|days|weeks|months|years)\b/i;
const AGE_AFTER = /^(?:-(?:years?|months?|weeks?)-old|\s+(?:years?|months?) old)\b/i;
const AGE_BEFORE = /\b(?:aged?|ages|as young as|as old as|younger than|older than)\s+$/i;
/** A sentence about ages: "age limits", "as young as 18", "from under two years old to about 16". */
const AGE_TOPIC = /\bage (?:limits?|caps?|requirements?|range|restrictions?)\b|\bas (?:young|old) as\b|\byears? old\b/i;
const NAME_COMMA = /[A-Za-z][\w'’.-]*,\s$/;
const STAY = /\b(?:length of stay|average length|average (?:stay|detention|of)|stays? (?:of|lasting)|held (?:for )?an average|averag\w+ stay)\b/i;
const CHANGE_BEFORE =
  /\b(?:rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|grew|grow|grows|growing|grown|dropped|drop|drops|dropping|declined|decline|declines|declining|increased|increases|increasing|decreased|decreasing|climbed|climbs|climbing|jumped|jumps|surged|surges|plunged|plummeted|soared|slashed|slashing|trimmed|halved|slipped|dipped|shrank|shrunk|swelled|up|down|cut|cuts|reduced|reducing|boosted|expanded|spiked|tumbled|slid|sank|slumped|rebounded|gain|gained|lost|lose|(?:an? )?(?:decrease|increase|drop|decline|rise|jump|reduction|gain|growth|surge|spike|fall|dip) of|(?:(?:increase|decrease|reduce|raise|lower|boost)[sd]?|slash(?:es|ed)?|cut|trimmed)(?: (?:[\w.’'-]+ ){0,6}?by)?|(?:save|saves|saving|cut|cuts)(?: [\w.’'-]+){0,4})\s+(?:by\s+)?$/i;
/** A part described by a trait: "about 44,000 had no criminal conviction", "2,000 were children". */
const COMPOSITION_AFTER =
  /^\s+(?:of (?:them|those|whom)\s+)?(?:had|have|has|were|are|was)\s+(?:no |not |never |a |an )?(?:criminal|convict\w*|records?|charges|from|women|men|children|minors|families|mexicans?|guatemalans?|hondurans?|salvadorans?|venezuelans?|nationals|citizens|asylum seekers|parents|veterans)\b/i;
const MADE_UP = /\b(?:made|make|makes|making|ended|end|ends|picked|set|sped|came|comes|show|showed|added|adds) up\s+(?:by\s+)?$/i;
/** Nouns of attribution and of other groups: "according to two officials" counts no enforcement. */
const NOT_COUNTED =
  /^(?:officials|sources|witnesses|people familiar|lawmakers|senators|representatives|experts|analysts|advocates|reporters|groups|organizations|democrats|republicans|people who|judges who|researchers|economists|former officials|current and former|countries|nations|languages|states|cities|counties|(?:law enforcement |local |police )?agencies|jurisdictions|supporters|protesters|demonstrators|marchers|volunteers|attendees|spectators|members|signatures|students|children in the class)\b/i;
/** The scope of an inspection or study: "conditions at four facilities it visited". */
const VISITED = /^[\w\s-]{0,30}?\b(?:it|they|we|inspectors|investigators|auditors|researchers|the (?:team|inspectors|office|group|watchdog))\s+(?:had\s+)?(?:visited|inspected|toured|reviewed|examined|audited|studied|surveyed)\b/i;
const VISITED_BEFORE = /\b(?:visited|inspected|toured|reviewed|examined|audited|studied|surveyed|visits? to|inspections? (?:of|at))\s+(?:\w+\s+)?$/i;

/** Audiences and acquaintances: "1.2 million followers", "hundreds of her classmates". */
const AUDIENCE_AFTER =
  /^\s+(?:of\s+(?:his|her|their|its|our|the)\s+)?(?:[\w-]+\s+)?(?:followers|subscribers|viewers|readers|fans|likes|classmates|schoolmates|friends|neighbors|neighbours|relatives|colleagues|co-?workers|parishioners|congregants|well-wishers|mourners)\b/i;
/** A market move: "GEO shares rose 4.5%", "CoreCivic gained 3%". */
const MARKET = /\b(?:shares?|stocks?|share price|stock price|investors|trading|Nasdaq|NYSE|Dow)\b/i;
/** One raid's force: "the raid involved more than 100 agents" is the size of one operation. */
const RAID_FORCE = /\b(?:took part|participated|were deployed|fanned out) in (?:the|a|one|that|this|[\w’']+) (?:[\w-]+ ){0,3}(?:raid|sweep)s?\b/i;
const ONE_RAID = /\b(?:the|a|one|that|this|Tuesday's|Monday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's) (?:[\w-]+ ){0,3}(?:raid|sweep)\b[^.;]{0,80}\b(?:involved|included|took part|participated|deployed|sent|used|with)\b/i;
const FORCE = /^(?:agents|officers|federal agents|ice agents|ice officers|personnel|troops|vehicles)\b/i;
/** Troops sent to put down protests are not ICE's staff: "deploying 2,000 National Guard troops" to Los Angeles streets. */
const TROOPS = /^(?:(?:[\w.-]+\s+){0,2}?)(?:national guard|guard (?:members|troops)|guardsmen|troops|soldiers|marines|u\.s\. marines|service ?members|military personnel)\b/i;
const UNREST = /\b(?:protest\w*|unrest|demonstrat\w+|riot\w*|quell|crowds?|restore order|civil disorder)\b/i;
const TROOPS_FOR_ICE = /\b(?:assist|support|help|aid|augment)\w*\s+(?:with\s+)?(?:ICE|immigration (?:enforcement|officers|agents)|deportations?|detention|arrests)\b/i;
/** "operating at over 140% of capacity": how full the system is, not a part of a group. */
/** "at 109% capacity" says the same without "of". */
const OF_CAPACITY = /^\s+(?:of (?:its |the |their )?(?:\w+ )?(?:capacity|beds|funded (?:capacity|beds|level))|capacity)\b/i;
const CHANGE_AFTER = /^\s+(?:over|above|under|below) (?:the )?budget\b|^\s+(?:below|above|under|over|lower than|higher than) (?:the |its |their |that )?(?:average|level|peak|record|pace|total)\b|^\s+(?:below|above) (?:the (?:previous|prior|same|last)|(?:January|February|March|April|May|June|July|August|September|October|November|December|last|a year)\b|\w+['’]s\b)|^[\s-]+(?:higher|lower|more|fewer|less|increase|decrease|drop|decline|rise|jump|reduction|cut|gain|growth|surge|spike|hike|uptick|fall|plunge|reduction|boost)s?\b/i;
const GENERAL =
  /\b(?:(?:are|is|remain) (?:being |currently |now |still )?(?:held|detained)|each|per|every|typical(?:ly)?|usually|generally|on average|average|nationwide|across the country|a day|a week|a month|a year|daily|annually|routinely|normally|fugitive|field offices|facilities|centers|currently|at any given time)\b/i;
/** Having, not doing: "ICE has just 50 officers in Maine" states a capacity, whatever its size. */
const STATIVE_BEFORE =
  /\b(?:has|have|had|employs?|employed|operates?|operated|runs?|maintains?|there (?:are|were)|totals?|totaled|numbers?|numbered)\s+(?:only |just |about |roughly |some |nearly |fewer than |more than |at least |around )?$/i;
const INCIDENT =
  /\b(?:his|her|him|she|he|the man|the woman|the family|the boy|the girl|a bus|the bus|the van|the car|the (?:detainee|student|immigrant|migrant|father|mother|worker|teen(?:ager)?|couple|pastor|farmworker))\b/i;
/** One vehicle's load: "the deportation flight carried 135 people". */
const ONE_VEHICLE = /\b(?:the|a|one) (?:deportation |charter |ice )?(?:flight|plane|bus|van|truck|boat)\b[^,;]{0,30}\b(?:carried|carrying|with|held|holding|aboard|on board|transported|transporting)\b/i;
/** One person's or family's money: wages, bail, smugglers' fees, fundraisers, damages. */
const PERSONAL_MONEY =
  /\b(?:earn(?:s|ed|ing)?|wages?|salary|salaries|compensation|an hour|per hour|bail|bonds?|smugglers?|coyotes?|ransom|gofundme|fundraiser|raised|donations?|damages|settlement|sued|reward|tuition|rent|savings|remittances?)\b/i;
/** "$300,000 per agent in salary, training costs": a unit cost of the agency's, not one person's pay. */
const PER_UNIT = /^\s*(?:per|a|for each|for every) (?:new )?(?:agent|officer|hire|recruit|detainee|bed|deportation|removal|deportee|arrest)\b/i;
const BOND = /^\s*(?:bond|bail|fine|reward|ransom|worth of|settlement|salary|a month in rent)\b|\bbond of\s*$|\bbail of\s*$/i;

/** Buildings a detention plan counts: "convert 16 warehouses", "23 industrial properties". */
const FACILITIES = /^(?:[\w-]+ ){0,2}(?:warehouses|detention (?:centers|facilities|sites|camps)|processing centers|facilities|camps|jails|prisons|properties|buildings)\b/i;

/** A count of buildings or offices: "184 active detention facilities", "155 detention centers", "25 field offices". */
const FACILITY_COUNT =
  /^(?:(?:active|new|more|other|separate|different|private|county|federal|state|local|immigration|ice|detention|processing|contract|dedicated|family|large|small)[\s-]+){0,3}(?:detention (?:centers|facilities|sites|camps)|facilities|centers|jails|prisons|field offices|offices|sites|camps|warehouses|properties|buildings|locations)\b/i;

/** Places an operation went to: "raids at 98 7-Eleven stores" counts stores, not people. */
const PLACES_AFTER =
  /^\s+(?:of\s+)?(?:\d+-[A-Z]\w+\s+|[A-Z]\w+\s+|sanctuary\s+)?(?:cities|towns|jurisdictions|stores|shops|restaurants|businesses|worksites|work sites|farms|plants|factories|homes|houses|churches|schools|hospitals|courthouses|locations|addresses|car washes|job sites)\b/;

/** Money that is not spent on enforcement: "add $3.3 trillion to the deficit", "a $100 fee for asylum seekers". */
const OTHER_MONEY_AFTER = /^\s+(?:to|from) the (?:federal )?deficit\b|^\s+(?:filing |application |asylum )?fee\b/i;
/** "a nearly $1 billion budget deficit" closed by a city: a shortfall of the agency's own ("DHS faces a $136 million shortfall") still counts. */
const DEFICIT_AFTER = /^\s+(?:budget )?(?:deficit|shortfall|gap)\b/i;
/** Money for immigrants' lawyers is the other side's: "$1 million for RepresentLA, a program that offers legal services". */
const LEGAL_AID = /\blegal (?:services|defen[cs]e|representation|aid|help|assistance)\b|\bdefen[cs]e fund\b|\b(?:free |pro bono )?lawyers for\b/i;
const OTHER_MONEY_BEFORE = /\b(?:fee|fees) (?:was|is|of|would be)\s+$/i;
const CITY_MONEY = /\b(?:the city|the state|city['’]s|state['’]s|mayor|governor|city hall|municipal|(?:local|city|county|state) police|police (?:department|overtime))\b/i;
/** Money lost to fraud or spent by social programs: "These programs saw costs balloon from $2.6 million". */
const FRAUD_OR_PROGRAMS = /\bfraud\w*|\bschemes?\b|\bscandal\b|\bembezzl\w*|\bkickbacks?\b|\b(?:these|the|social|welfare|childcare|housing|meal) programs\b/i;
/** A day of a month: "from January 8 to 11", "on Jan. 16". */
const MONTH_BEFORE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(?:\d{1,2}\s*(?:and|to|through|-|–)\s*)?$/;
/** The dead and the killed are not enforcement capacity: "a shooting that left 22 people dead". */
const DEATH_AFTER = /^\s+(?:[\w-]+\s+){0,2}(?:dead|killed|who died|who have died|that died)\b/i;
/** Arrests of protesters by the police: "787 people have been arrested for assault, obstruction". */
const PROTEST_ARREST =
  /\b(?:arrested (?:for|on charges of)|facing|charged with) (?:assault|obstruction|unlawful assembly|rioting|vandalism|looting|failure to disperse|resisting)|\barrested (?:during|at|in|outside) (?:the |a |an |[\w’']+ )?(?:[\w-]+ )?(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?|sit-ins?|vigils?)\b/i;
/** A raid's haul, said with its verb: "agents arrested 97 immigrants", "97 people ... were arrested in the raid". */
const HAUL_BEFORE = /\b(?:arrested|rounded up|detained|apprehended|picked up|took into custody)\s+(?:a total of\s+)?$/i;
const HAUL_AFTER = /^\s+(?:people|immigrants|migrants|workers|employees|men|women)\b[^.;]{0,60}\b(?:were|had been|have been) (?:arrested|detained|rounded up|taken into custody)\b/i;

/** "ICE has contracted with a private prison company to maintain 120 beds": the prison company works for the agency. */
function contractor(sentence: string, local: string): boolean {
  const words = local.match(FOREIGN_ALL) ?? [];
  if (!/prison compan/i.test(local) || !words.every((x) => /^(?:prisons?|company['’]?s?|companies)$/i.test(x))) return false;
  return namesAgency(sentence) || /\b(?:facilit\w+|detention|beds?)\b/i.test(sentence);
}
const FOREIGN_ALL = new RegExp(FOREIGN.source, 'gi');

/** Words a sentence has, tested once per sentence rather than once per number (one-entry cache). */
let flagsFor = '';
const flags = { death: false, protest: false };
function sentenceFlags(sentence: string): typeof flags {
  if (sentence !== flagsFor) {
    flagsFor = sentence;
    flags.death = sentence.includes('dead') || sentence.includes('kill') || sentence.includes('died');
    flags.protest = flags.death ? PROTEST_ARREST.test(sentence) : PROTEST_WORD.test(sentence) && PROTEST_ARREST.test(sentence);
  }
  return flags;
}
const PROTEST_WORD = /assault|obstruct|assembly|riot|vandal|loot|dispers|resist|protest|demonstrat|rall|march|sit-in|vigil/;

/** Money whose clause names another body as the one that gets or spends it, and no enforcement body. */
function otherBody(sentence: string, q: Quantity, bodies: RegExp): boolean {
  const lead = sentence.slice(Math.max(0, q.start - 90), q.start);
  const clause = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')) + 1);
  return bodies.test(clause) && !ENFORCEMENT_BODY.test(clause);
}

const WAIT_OR_AVERAGE = /\b(?:wait|waits|waiting|average|median|typical)\b/i;
/** "and almost 40%": a percent that goes on a list. */
const LIST_AND = /(?:,\s*|\s)(?:and|but|or|while)\s+(?:by\s+)?$/i;
/** A percent change earlier in the sentence: "were up more than 50% from February". */
const CHANGE_EARLIER = /\b(?:up|down|rose|fell|grew|increased|decreased|dropped|declined|climbed|jumped|surged|plunged|soared)\s+(?:by\s+)?(?:[a-z]+\s+){0,2}?\d[\d.,]*\s*(?:%|percent|per cent)/i;

/** A limit on how long people may be held: "cannot be detained for more than 20 days", "a 20-day limit". */
const LIMIT_BEFORE = /\b(?:cannot|can['’]t|may not|must not|could not|not|never) be (?:held|detained|kept|jailed|locked up)(?: in [\w ]{1,25}?)?(?: for)?\s+$/i;
const LIMIT_AFTER = /^-(?:day|month|year)s? (?:limit|cap|maximum|ceiling)\b/i;

/** Whether a number of days, months or years is a legal limit on a stay in detention. */
export function durationLimit(sentence: string, q: Quantity): boolean {
  return LIMIT_AFTER.test(sentence.slice(q.end, q.end + 20)) || LIMIT_BEFORE.test(sentence.slice(Math.max(0, q.start - 60), q.start));
}

/** The words of an average stay or wait tied to the number: "stayed 43.7 days on average", "takes about 636 days". */
const DURATION_BEFORE = /\b(?:wait(?:s|ed|ing)?|stay(?:s|ed|ing)?|spen[dt]|spending|takes?|took|taking|lasts?|lasted)\b(?:[^.;,\d]{0,30})$/i;
const DURATION_AFTER = /^\s+(?:days|months|years)\s+(?:on average|in (?:detention|custody)|to (?:clear|decide|process|resolve|complete|hear)\b)/i;
const AVERAGE_BEFORE = /\b(?:average|median|typical)\b([^.;]{0,80})$/i;
const DURATION_UNIT = /^(?:days?|months?|years?)\b/i;
const A_DURATION = /\d[\d,.]*\s+(?:days|months|years)\b/gi;

/**
 * Whether a number of days, months or years is an average stay in detention or wait in the courts (a
 * capacity figure) rather than one event's duration: a verb of staying or waiting, or an average word,
 * governs it, with no other count between them except another duration ("from 28 days in May to 46").
 */
function averageDuration(sentence: string, q: Quantity, phrase: string): boolean {
  if (!DURATION_UNIT.test(phrase)) return false;
  const before = sentence.slice(Math.max(0, q.start - 60), q.start);
  if (DURATION_BEFORE.test(before) || DURATION_AFTER.test(sentence.slice(q.end, q.end + 40))) return true;
  const avg = AVERAGE_BEFORE.exec(sentence.slice(Math.max(0, q.start - 90), q.start));
  return avg !== null && !/\d/.test((avg[1] ?? '').replace(A_DURATION, ''));
}

/** "9 percent of those agencies received more than a hundred": what each member of a part of a group got. */
const MEMBERS_OF_PART =
  /\b(?:\d+(?:\.\d+)? ?(?:percent|%)|(?:a|one) (?:third|quarter|fifth|half)|half|most|many|some|few) of (?:the |those |these |all )?(?:[\w-]+ ){0,2}?(?:agencies|jails|counties|jurisdictions|facilities|offices|field offices|courts|judges|states|cities|sheriffs?)\b[^.;]{0,20}?\b(?:received|had|got|issued|made|reported|held|saw|sent)\s+$/i;

/** Bodies other than the enforcement agencies and the courts' money: "the Secret Service would get $1.2 billion". */
const OTHER_BODY =
  /\b(?:Secret Service|Justice Department|Department of Justice|DOJ|FBI|Bureau of Prisons|U\.S\. Marshals|FEMA|TSA|Transportation Security Administration|State Department|USCIS|Citizenship and Immigration Services|Health and Human Services|HHS|Office of Refugee Resettlement|United Nations|UN)\b(?:['’]s)?[^.;:$]{0,40}$/;
/** Bodies whose counts and studies are not enforcement's ("a UN study showing a 97% fall", "USCIS has 11 million pending applications"); the Justice Department's are the courts'. */
const OTHER_BODY_COUNT =
  /\b(?:Secret Service|FBI|FEMA|TSA|State Department|USCIS|Citizenship and Immigration Services|Health and Human Services|HHS|Office of Refugee Resettlement|United Nations|UN|UNHCR|World Bank)\b(?:['’]s)?[^.;:]{0,40}$/;
const ENFORCEMENT_BODY = /\b(?:ICE|CBP|ERO|HSI|Border Patrol|Immigration and Customs Enforcement|Customs and Border Protection|immigration (?:judges|courts)|EOIR)\b/;
/** One event's count: "1,000 job offers at the Dallas hiring fair". */
const ONE_EVENT = /\bat (?:a|the|one|its|an?) (?:[\w’'.-]+ ){0,3}(?:hiring|job|career|recruiting|recruitment) (?:fair|event|expo|day)s?\b/i;

/** The id of the rule (lib/detect/rules/drop.ts) that drops a quantity in this window, or null when it may be a claim. */
export function notClaimReason(sentence: string, q: Quantity, w: Window): string | null {
  // Non-breaking hyphens ("six‑month") read as hyphens.
  let after = sentence.slice(q.end, Math.min(sentence.length, q.end + 30));
  if (after.includes('\u2011') || after.includes('\u2010')) after = after.replace(/[\u2010\u2011]/g, '-');
  const before = sentence.slice(Math.max(0, q.start - 30), q.start);
  const phrase = sentence.slice(w.phraseStart, w.phraseEnd);
  if (POLL.test(sentence)) return DROP.POLL;
  if (COMPOSITION_AFTER.test(after)) return DROP.COMPOSITION;
  if (MEMBERS_OF_PART.test(sentence.slice(Math.max(0, q.start - 120), q.start))) return DROP.MEMBERS_OF_PART;
  if (NOT_COUNTED.test(phrase)) return DROP.ATTRIBUTION;
  if (AUDIENCE_AFTER.test(sentence.slice(q.end, q.end + 60))) return DROP.AUDIENCE;
  if (q.percent && MARKET.test(sentence)) return DROP.MARKET;
  if (!q.percent && !q.dollars && (q.value ?? q.low ?? 0) < 100 && (VISITED.test(sentence.slice(q.end, q.end + 60)) || VISITED_BEFORE.test(before))) {
    return DROP.INSPECTION;
  }
  if (!q.percent && !q.dollars && FORCE.test(phrase) && (q.value ?? q.low ?? 0) < 1000 && (ONE_RAID.test(sentence) || RAID_FORCE.test(sentence))) return DROP.RAID_FORCE;
  if (!q.percent && !q.dollars && TROOPS.test(sentence.slice(q.end, q.end + 40).trimStart()) && UNREST.test(sentence) && !TROOPS_FOR_ICE.test(sentence)) return DROP.TROOPS;
  // "one person", "one bed": a unit of measure in prose, never a capacity figure.
  if (q.spelled && q.value === 1 && q.kind === 'number') return DROP.ONE;
  const plain = !q.percent && !q.dollars && q.kind === 'number';
  if (plain && (AGE_AFTER.test(after) || AGE_BEFORE.test(before))) return DROP.AGE;
  if (plain && (q.value ?? 0) < 120 && NAME_COMMA.test(before) && /^,/.test(after)) return DROP.AGE;
  // "between 27 and 37, or at most 40" in a sentence about age limits: bare numbers of a person's age.
  if (!q.percent && !q.dollars && (q.kind === 'number' || q.kind === 'range') && (q.high ?? q.value ?? 100) < 100 && w.phraseEnd === w.phraseStart && AGE_TOPIC.test(sentence)) return DROP.AGE;
  let stay = false;
  if (!q.percent && !q.dollars && (TIME_UNIT.test(phrase) || HYPHEN_UNIT.test(after) || SPAN_PAIR.test(after))) {
    stay = (TIME_UNIT.test(phrase) && ((/^days?\b/i.test(phrase) && STAY.test(sentence)) || averageDuration(sentence, q, phrase))) || durationLimit(sentence, q);
    if (!stay) return DROP.DURATION;
  }
  if (!q.percent && OTHER_MEASURE_RE.test(phrase.split(/\s+/).slice(0, 2).join(' '))) return DROP.OTHER_MEASURE;
  if (!q.percent && !q.dollars && PLACES_AFTER.test(after)) return DROP.PLACES;
  if (!q.dollars && ONE_EVENT.test(sentence.slice(q.end, Math.min(sentence.length, q.end + 80)))) return DROP.ONE_EVENT;
  if (!q.percent && !q.dollars && FACILITY_COUNT.test(phrase)) return DROP.FACILITY_COUNT;
  if (!q.percent && !q.dollars && sentenceFlags(sentence).death && /dead|kill|died/.test(after) && DEATH_AFTER.test(sentence.slice(q.end, q.end + 40))) return DROP.DEATHS;
  if (!q.percent && !q.dollars && (q.high ?? q.value ?? 99) <= 31 && MONTH_BEFORE.test(before)) return DROP.DAY_OF_MONTH;
  // "$50,000 (£37,700)": the same money in another currency.
  if (/[£€¥]\s*$/.test(before)) return DROP.OTHER_CURRENCY;
  if (q.dollars && FRAUD_OR_PROGRAMS.test(sentence) && !namesAgency(sentence)) return DROP.FRAUD;
  if (q.dollars && otherBody(sentence, q, OTHER_BODY)) return DROP.OTHER_BODY;
  if (!q.dollars && otherBody(sentence, q, OTHER_BODY_COUNT)) return DROP.OTHER_BODY_FIGURE;
  if (q.dollars && (OTHER_MONEY_AFTER.test(after) || OTHER_MONEY_BEFORE.test(before))) return DROP.OTHER_MONEY;
  // A city's or a state's spending on migrants is its budget, not enforcement's: "the city has spent $2.4 billion".
  if (q.dollars && CITY_MONEY.test(sentence) && !namesAgency(sentence)) return DROP.CITY_MONEY;
  if (q.dollars && LEGAL_AID.test(sentence) && !namesAgency(sentence)) return DROP.LEGAL_AID;
  if (q.dollars && DEFICIT_AFTER.test(after) && !namesAgency(sentence)) return DROP.OTHER_MONEY;
  if (!q.percent && !q.dollars && sentenceFlags(sentence).protest && PROTEST_ARREST.test(sentence.slice(q.end, Math.min(w.end, q.end + 80)))) return DROP.PROTEST_ARRESTS;
  // "surpass the 2 million Bush achieved in 8": a bare small number after "in" elides its unit (years).
  if (q.kind === 'number' && !q.percent && !q.dollars && (q.value ?? 0) <= 31 && w.phraseEnd === w.phraseStart && /\bin\s+$/i.test(before) && /^\s*[.,;)]/.test(after)) {
    return DROP.ELIDED;
  }
  if (q.percent || q.kind === 'fraction' || q.kind === 'share') {
    const change =
      (!MADE_UP.test(before) && CHANGE_BEFORE.test(sentence.slice(Math.max(0, q.start - 40), q.start))) ||
      CHANGE_AFTER.test(after) ||
      // "up more than 50% from February … and almost 40% from March": the second change of a list.
      (LIST_AND.test(before) && q.percent && CHANGE_EARLIER.test(sentence.slice(Math.max(0, q.start - 160), q.start)));
    if ((!change && !(q.percent && OF_CAPACITY.test(after))) || q.kind === 'share') return DROP.SHARE;
    if (OTHER_MEASURE_RE.test(sentence.slice(w.start, q.start))) return DROP.CHANGE_OTHER_MEASURE;
  }
  if (!q.dollars && ONE_VEHICLE.test(sentence)) return DROP.ONE_VEHICLE;
  if (q.dollars && (BOND.test(after) || BOND.test(before))) return DROP.BOND;
  if (q.dollars && PERSONAL_MONEY.test(sentence.slice(Math.max(0, q.start - 60), Math.min(sentence.length, q.end + 40))) && !PER_UNIT.test(after)) {
    return DROP.PERSONAL_MONEY;
  }
  // A wait, an average stay or a limit on stays is a measure of the system, however few its days or years
  // ("may wait as long as five years"); one group's stay ("the boys had spent 22 months") is not.
  const systemic = stay && (durationLimit(sentence, q) || WAIT_OR_AVERAGE.test(sentence.slice(Math.max(0, q.start - 90), q.start)));
  if (q.kind === 'number' && !q.percent && !q.dollars && (q.value ?? 0) < 100 && !systemic) {
    // A raid's haul or a count of judges is a claim even when small, unless the story is one person's.
    if (INCIDENT.test(sentence)) return DROP.ONE_PERSON;
    const haul =
      (q.value ?? 0) >= 20 &&
      (HAUL_BEFORE.test(before) || /^(?:arrests|deportations|removals|apprehensions)\b/i.test(phrase) || HAUL_AFTER.test(sentence.slice(q.end, q.end + 100)));
    const general =
      haul ||
      /^(?:[\w-]+ ){0,2}(?:judges|IJs)\b/i.test(phrase) ||
      FACILITIES.test(phrase) ||
      GENERAL.test(sentence) ||
      STATIVE_BEFORE.test(sentence.slice(Math.max(0, q.start - 30), q.start));
    if (!general) return DROP.SMALL_EVENT;
  }
  FOREIGN.lastIndex = 0;
  const local =
    sentence.slice(Math.max(w.start, q.start - 40), q.start) + ' ' + phrase + (q.dollars ? sentence.slice(q.end, Math.min(w.end, q.end + 40)) : '');
  if (FOREIGN.test(local) && !namesAgency(local) && !contractor(sentence, local)) return DROP.OTHER_BEAT;
  return null;
}
