/** The English pack: the cue lexicon (words that tie a number to a category) and the words of targets, other measures and enforcement. Vocabulary only, no logic (see ./index.ts). */
import type { Category } from '../../types';

/** The categories a cue word can name (a goal is a target of one of them). */
export type Cat = Exclude<Category, 'goal'>;

/** [category, regex source, weight]. Weights: 1 a telling word, lower for words that merely lean. */
export const ENTRIES: [Cat, string, number][] = [
  ['courts', 'stays? of (?:removal|deportation)|(?:new |pending |open )?(?:removal|deportation) cases?|credible fear (?:interviews|screenings|claims|cases)|dockets?|removal orders?|orders? of removal|final (?:deportation |removal )?orders?|deportation orders?|in absentia|immigration courts?|immigration judges?|IJs?|asylum (?:applications|claims|cases)|pending cases|cases pending|backlog|(?:case )?completions|dispositions|(?:new )?case receipts|notices? to appear|NTAs', 1.2],
  ['atd', 'alternatives? to detention|alternatives program|atd|ankle (?:monitors?|bracelets?)|gps|smartlink|electronic monitoring|check-ins|isap', 1.5],
  ['personnel', 'enforcement and removal operations|homeland security investigations', 0.05],
  ['personnel', 'border patrol agents|(?:customs and border protection|cbp) officers|deportation (?:officers?|agents?)|special agents?|ice agents?|ice officers?|enforcement officers|job offers', 1.5],
  ['border', 'border (?:arrests|apprehensions|encounters|crossings|patrol)|(?:apprehended|encountered|caught|stopped) (?:at|along|near|crossing) the (?:southern |southwest |northern |u\\.s\\.-mexico |mexican |canadian )?border|crossed the border|crossing the border|(?:caught|stopped|apprehended) (?:trying|attempting) to (?:enter|cross)|illegal crossings|(?:illegal|unlawful) entr(?:y|ies)|gotaways', 1.5],
  // ICE's non-detained docket is the agency's own list of people it supervises out of custody, not a court docket.
  ['detention', 'non-?detained(?: docket)?', 1.5],
  ['detention', '(?:military|army|navy|naval|air force) bases?|bed space|(?:tent|soft-sided) (?:camps?|facilities)|detained population|detention population|detainee population|detention (?:beds|capacity|facilities|centers?|space)|immigration (?:jails?|prisons?|detention centers?)|average daily population|length of stay|average stay|stays? in detention|in custody|held in detention', 1.5],
  ['population', '(?:unauthorized|undocumented|illegal) (?:immigrants?|immigrant population|population|migrants|aliens|people|residents)|(?:in|living in) the (?:country|united states|u\\.s\\.) illegally|(?:living|residing) illegally in the (?:country|united states|u\\.s)|illegal aliens|without (?:citizenship or )?(?:full |lawful |legal )*(?:status|authori[sz]ation|papers|documents|permission)|unlawfully present', 1.5],
  ['arrests', '(?:in|during) (?:the|a|an|its) (?:[\\w-]+ )?(?:raids?|operation|sweep|crackdown)|book-ins|booking in\\b|into (?:ice |federal |immigration )?custody|picked up|rounded up|rounding up|round up|at-large arrests|collateral arrests|administrative arrests|apprehended|apprehending|detentions', 1.2],
  // A detainer asks a jail to hold someone for ICE: counted as an arrest, but only a word that leans.
  ['arrests', 'detainers?(?: requests?)?', 1],
  ['courts', 'judges?|court|cases|hearings', 0.8],
  // A wait in the immigration courts: "A case has waited 434 days on average", "wait more than three years for their cases to be decided".
  ['courts', '(?:a|the|each|every|average|median|typical) (?:immigration |court |pending )?case(?: (?:in|at|before) [\\w. -]{1,30}?)? (?:has |had |have )?(?:waited|waits|took|takes|lasted|lasts)|for (?:their|his|her|its|a|the) (?:cases?|hearings?|asylum claims?) to be (?:decided|heard|resolved|completed|adjudicated)', 1.2],
  ['atd', 'monitor(?:s|ed|ing)?|supervis\\w+|enroll\\w*|participants|slots', 0.7],
  ['personnel', 'officers?|agents?|(?:criminal )?investigators|employees|employs?|staff(?:ers|ing)?|personnel|workforce|ranks|vacanc(?:y|ies)|hire[sd]?|hiring|recruits?|applicants|teams?|deputized|attorneys|lawyers|troops|national guard|guardsmen|soldiers|marines|(?:job )?applications|detailed to', 1],
  ['border', 'border(?! czar)|encounters?|encountered|encountering|apprehensions?|apprehended|crossings?|crossed|ports? of entry', 1],
  ['border', 'migrants', 0.05],
  // Border Patrol sectors ("the busiest sector, with 45,225 migrants"), not an economy's sectors.
  ['border', '(?<!\\b(?:private|public|tech|technology|financial|nonprofit|business|industrial|manufacturing|service|energy|health|farm|agricultural|retail) )sectors?', 0.8],
  ['arrests', 'arrest(?:s|ed|ing)?|roundups?|raids?|sweeps?', 1],
  ['removals', 'expedited removals?|self-deport\\w*|self-depart\\w*|voluntary (?:departures|returns)|deport\\w*|remov(?:al|als|ed|es|ing|e)|expel\\w*|expulsions?|deportees|repatriat\\w+', 1],
  ['removals', 'flights|flew|flown', 0.5],
  // People who leave or left the country, for enforcement or on their own (label convention 6): removals.
  ['removals', '(?:leave|left|leaving|depart|departed|departing) the (?:country|united states|u\\.s\\.)', 0.8],
  ['detention', 'detention|detain(?!ers?\\b)\\w*|beds?|custody|(?<!\\b(?:that|this|pace|rate|trend) )(?:held|holds?|holding)(?! (?:steady|flat|firm|stable|constant|down|back)\\b)(?! [\\w-]+ (?:down|back)\\b)|facilit(?:y|ies)|warehouses|capacity|behind bars|locked up|jailed|accommodat\\w+|room for|space for|headcount|jailing|(?<=\\b(?:ICE|agency|it|now|currently|still) )jails', 1],
  ['population', 'population', 0.05],
  ['budget', 'budgets?|appropriations?|funding|spending|costs?|bonus(?:es)?|reimburs\\w*', 1],
];

/** Words that make a number a target, promise or quota rather than a count. */
export const GOAL_RE =
  /\b(?:target(?:ed|ing)?(?! (?:enforcement |immigration |ICE )?(?:operations?|raids?|sweeps?|actions?|arrests?|enforcement))|quotas?|directives?|mandating|asked for|(?:ordered|directed|told|instructed) to|anticipat(?:es|ed|ing) (?:deporting|removing|arresting)|goals?|promis\w*|pledg\w*|vow\w*|wants?|wanted|(?:going|gonna) to (?=(?:deport|remove|arrest|detain|hire|build|add|expand|double|triple|reach|hit|get|be|have|make|need|take|start|begin|ramp|increase|raise|send|put|keep|do|round)\b)|moves? to (?=(?:deport|remove|arrest|detain|expel)\b)|must|required to|talk(?:s|ed)? (?:of|about)|floated|plans? to|planned|(?:will|would) allow (?:[\w’'-]+ )?to (?=(?:deport|remove|arrest|detain|reach|hit|hire|double|triple)\b)|designed to|plans|plan|aim\w*|calls? for|called for|demand\w*|should be(?! noted| said| pointed| stressed| mentioned| remembered)|should (?=(?:make|arrest|deport|remove|detain|hire|reach|hit|carry out|book)\b)|(?:set|sets|setting) (?:a |the )?(?:new |higher |daily |minimum )?(?:bar|floor|benchmark|minimum)\b|would have to|would need|needs? to|needed to|campaign|threat\w*|push to|(?:drive|push|bid) for|seeks? to|hopes? to|intends? to|ambition\w*|envisions?|proposed|proposes?|proposal|expects? to|mandate[sd]?|order(?:s|ed)? (?:agents|officers|ice) to|(?:told|ordered|directed|instructed|pressed) (?:[\w’'().-]+ ){0,8}?to (?:raise|increase|boost|lift|double|triple|hit|reach|meet|achieve|make|carry out)|order that|in order to (?:hit|reach|meet|achieve)|(?:mark|bar|benchmark) (?:that )?(?:the )?(?:[\w’'-]+ ){0,3}?(?:has |had |have )?set|(?:press|push|urg)(?:es|ed|ing|e)? (?:[\w’'-]+ ){0,3}to)\b/i;

/** Past-tense verbs of removal that report a count, not a target ("deported millions"). */
export const DONE_REMOVAL_RE = /\b(?:deported|removed|expelled|have deported|has deported)\b/i;

/** Counted things that are not enforcement capacity at all ("assaults on its officers"). */
export const OTHER_MEASURE_RE =
  /\b(?:assaults?|attacks?|deaths?|died|complaints?|crimes?|injur\w+|suicides?|prices?|wages?|approval|turnover|lawsuits?|grievances|tips|rescues|calls(?! (?:for|it|them|him|her|a|an|the|this|that|these|those|on|upon)\b)|votes?|overtime|pages|miles|acres|tons|degrees|points|feet|pounds|kilometers|gallons|words|signatures|visitors|views|remittances|visas|green cards|recipients|attendance|sales|revenues?|rents?|ridership|traffic|absences|profits|enrollment in schools?|households|(?:police |sheriff['’]?s? )?departments|agreements|stash[- ]houses?|tractor-trailers?|(?:smuggling|trafficking|drug|narcotics) (?:cases|loads|seizures))\b/i;

/** Words that tie staff numbers to enforcement: "employs 2,500 people" says nothing until the employer is ICE. */
export const ENFORCEMENT_REF_RE =
  /\b(?:ICE|DHS|CBP|ERO|HSI|EOIR|the agency|agency['’]s|the department|deport\w*|arrest\w*|removals?|fugitive|enforcement|immigration|border|homeland security|federal agents|(?:deportation|immigration) officers)\b/i;
