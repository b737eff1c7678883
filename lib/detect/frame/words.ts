/**
 * The English words the claim frame reads (issue 12), in one place: vocabulary only, no logic, so a
 * language pack can take it over (lib/lang) and another language is a new list, not a fork.
 *
 * Notation: each entry is a phrase matched on word boundaries, case-insensitively; a trailing `*` lets
 * the last word go on ("deport*" is deport, deported, deportation…); `'` matches either apostrophe.
 * Entries written with a capital first letter (names) are matched case-sensitively.
 */
import { MONTH } from '../lang/en/time';
import { MULTI_YEAR_LAW_NAMES, MULTI_YEAR_LAW_PROPER_NAMES } from '../world';

/** Bodies, by the words that name them. The nearest body named before (else after) the number wins. */
export const BODY_WORDS = {
  ice: ['ICE', 'Immigration and Customs Enforcement', 'the agency', 'immigration agents', 'immigration officers', 'immigration authorities', 'deportation agency'],
  ero: ['ERO', 'Enforcement and Removal Operations', 'deportation officers'],
  hsi: ['HSI', 'Homeland Security Investigations'],
  cbp: ['CBP', 'Customs and Border Protection', 'Border Patrol', 'border agents', 'border officials', 'U.S. Border Patrol'],
  dhs: ['DHS', 'Department of Homeland Security', 'Homeland Security Department', 'Office of Immigration Statistics', 'Homeland Security officials', 'Homeland Security'],
  eoir: ['EOIR', 'Executive Office for Immigration Review', 'immigration courts', 'immigration court', 'immigration judges', 'Justice Department'],
  // A law named by its own name is Congress's (data/world/laws.json): 'the One Big Beautiful Bill Act, which appropriates $75 billion'.
  congress: ['Congress', 'lawmakers', 'appropriators', 'the House', 'the Senate', 'congressional', 'Republicans in Congress', 'the law', 'the bill', 'the legislation', ...MULTI_YEAR_LAW_PROPER_NAMES],
  'white-house': ['White House', 'campaign', 'Trump said', 'Trump promised', 'Trump pledged', 'the president', 'President Trump', 'Trump has promised', 'Trump vowed', 'border czar', 'Stephen Miller', 'Tom Homan'],
  research: ['Pew', 'Pew Research Center', 'Migration Policy Institute', 'MPI', 'TRAC', 'Transactional Records Access Clearinghouse', 'Center for Migration Studies', 'Cato Institute', 'Cato', 'researchers', 'a study', 'the study', 'an analysis', 'analysts', 'Deportation Data Project', 'think tank', 'American Immigration Council', 'Brookings', 'Penn Wharton', 'Congressional Budget Office', 'CBO'],
  group: [],
  state: ['the state', 'state officials', 'state police', 'governor', 'state troopers', 'National Guard', 'Department of Public Safety', 'statewide'],
  city: ['the city', 'city officials', 'police department', 'police', 'sheriff', 'sheriff*', 'the county', 'county jail', 'mayor', 'NYPD', 'LAPD'],
  company: ['GEO Group', 'CoreCivic', 'contractor', 'contractors', 'the company', 'Palantir', 'private prison', 'private prison company'],
  facility: ['the facility', 'the center', 'the camp', 'the jail', 'the site', 'the warehouse', 'the detention center', 'the processing center', 'Alligator Alcatraz', 'Camp East Montana', 'Delaney Hall', 'Fort Bliss', 'Guantánamo', 'Guantanamo', 'Dilley', 'Karnes', 'Adelanto', 'Stewart Detention Center', 'tent city'],
} as const;

/** Research bodies the dataset carries estimates of, by the words that name them. */
export const CREDIT_WORDS = {
  pew: ['Pew', 'Pew Research Center'],
  mpi: ['Migration Policy Institute', 'MPI'],
  cms: ['Center for Migration Studies'],
  trac: ['TRAC', 'Transactional Records Access Clearinghouse'],
  dhs: ['DHS', 'Department of Homeland Security', 'Office of Immigration Statistics'],
} as const;

/**
 * A named organisation the dataset keeps no series of (an advocacy group, a think tank, a union): a run of
 * capitalised words holding one of these heads ("the Federation for American Immigration Reform", "The
 * Center for American Progress", "Detention Watch Network"), or one word with capitals inside ("NumbersUSA").
 */
export const ORG_HEADS = ['Institute', 'Center', 'Centre', 'Council', 'Network', 'Project', 'Foundation', 'Coalition', 'Alliance', 'Forum', 'Federation', 'Association', 'Fund', 'Society', 'Union', 'Watch', 'Initiative', 'Group', 'Action', 'Advocates', 'Campaign', 'Partnership', 'Collaborative', 'League', 'Lab', 'Trust', 'Conference'];
/** Words that make a run of capitalised words no such organisation: government, a court, a place of detention, a newsroom. */
export const NOT_ORG_WORDS = [
  'Department', 'Office', 'Bureau', 'Agency', 'Administration', 'Service', 'Services', 'Court', 'Courts', 'Congress', 'Congressional', 'Senate', 'House', 'Committee', 'Patrol', 'Customs', 'Homeland', 'Census', 'Federal', 'Government', 'Police', 'Sheriff', 'County', 'City', 'State', 'University',
  'Detention', 'Processing', 'Correctional', 'Residential', 'Staging', 'Facility', 'Jail', 'Prison', 'Airport', 'Base', 'Camp', 'Hospital', 'Training', 'Medical', 'Shopping', 'Convention', 'Square',
  'Times', 'Post', 'Press', 'News', 'Journal', 'Tribune', 'Herald', 'Reuters', 'Bloomberg', 'Axios', 'Politico', 'Guardian', 'Breitbart', 'Examiner', 'Telegraph', 'Chronicle', 'Gazette', 'Inquirer', 'Globe', 'Daily', 'Magazine', 'Radio', 'Television', 'Broadcasting', 'Media', 'Report',
];
/** Connectors inside an organisation's name ("Federation for American Immigration Reform", "Center on Budget and Policy Priorities"). */
export const ORG_CONNECTORS = ['for', 'of', 'on', 'and', 'the', 'in', 'at', '&'];
/** Verbs by which a body makes a number its own estimate: it puts, estimates, counts or finds it ("NumbersUSA puts the population at"). */
export const ESTIMATE_VERBS = ['put', 'puts', 'peg', 'pegs', 'pegged', 'place', 'places', 'placed', 'estimate', 'estimates', 'estimated', 'count', 'counts', 'counted', 'tally', 'tallies', 'tallied', 'calculate', 'calculates', 'calculated', 'compute', 'computes', 'computed', 'project', 'projects', 'projected', 'reckon', 'reckons', 'reckoned', 'find', 'finds', 'found', 'show', 'shows', 'showed'];
/** Nouns of a body's own estimate ("a FAIR analysis … finds", "according to a Center for American Progress estimate", "by the Center's count"). */
export const ESTIMATE_NOUNS = ['analysis', 'estimate', 'estimates', 'study', 'report', 'count', 'tally', 'survey', 'review', 'projection', 'projections', 'calculation', 'calculations', 'model', 'research'];
/** Verbs by which a body only says or reports a number, which may be another's it carries ("Detention Watch Network says the budget would raise…"). */
export const SAY_VERBS = ['say', 'says', 'said', 'report', 'reports', 'reported', 'claim', 'claims', 'claimed', 'note', 'notes', 'noted', 'argue', 'argues', 'argued', 'warn', 'warns', 'warned', 'wrote', 'writes', 'told', 'tells', 'believe', 'believes', 'contend', 'contends'];
/** Who speaks for an organisation between its name and the verb ("A NumbersUSA researcher said"). */
export const ORG_SPEAKERS = ['researcher', 'researchers', 'analyst', 'analysts', 'economist', 'economists', 'demographer', 'demographers', 'spokesman', 'spokeswoman', 'spokesperson', 'president', 'director', 'official', 'officials', 'staff', 'fellow', 'scholar', 'scholars', 'head', 'chief', 'founder'];

/** Scope words live in the language pack with the scope decision (lib/detect/scope.ts); the frame's other fields read these two. */
export { NATION_WORDS, PART_OF_WORDS } from '../lang/en/scope';

/** Words before a number that make it a plan, goal, promise or projection. */
export const TARGET_WORDS = [
  'plan*', 'aim*', 'goal', 'goals', 'target*', 'quota', 'quotas', 'promis*', 'pledg*', 'vow*', 'want*', 'intend*', 'hope*', 'seek*', 'expect*', 'would', 'could', 'will', 'to reach', 'to hire', 'to deport', 'to detain', 'to arrest', 'to add', 'to double', 'to triple', 'to expand', 'to grow', 'to increase', 'to raise', 'proposed', 'proposal', 'envision*', 'ambition', 'push to', 'on track to', 'projected', 'projection', 'set to', 'needs to', 'need to', 'would need', 'would have to', 'ordered', 'order that', 'orders that', 'required', 'call* for', 'drive for', 'push for',
];
/** Words of a pace or a trend that project a count, enough by themselves ("on pace to deport nearly 600,000", "if the trend holds"). */
export const PROJECTION_WORDS = ['on pace', 'on track', 'on course', 'at this pace', 'at that pace', 'at the current pace', 'at this rate', 'at that rate', 'at those rates', 'at the current rate', 'if the trend holds', 'if trends held', 'if trends hold', 'if that holds', 'if that pace holds', 'if the pace holds', 'if current trends', 'based on current trends', 'projected', 'projections', 'projection', 'set to', 'will likely', 'would likely', 'is likely to', 'are likely to', 'forecast*', 'kept up for a year', 'if so'];
/** A condition of pace after the number's own words ("would carry it to more than 300,000 removals in the president's first year back if that pace holds"). */
export const PROJECTION_AFTER = ['if that pace holds', 'if the pace holds', 'if this pace holds', 'if the trend holds', 'if trends hold', 'if current trends hold', 'at this pace', 'at the current pace', 'at that pace'];
/** The number's own words before such a condition: its noun and period ("removals in the president's first year back"). */
export const PROJECTION_AFTER_SKIP = /^[^,;.]*?(?=\b(?:if|at)\s+(?:that|the|this|current)\s+(?:pace|trend|trends|current)\b)/i;
/** Words of pace that project a count with a modal before the number ("the pace could carry removals to 600,000", "that pace would come to 379,600", "Based on October and November, the courts would rule on 852,000"). */
export const PACE_WORDS = ['pace', 'trend*', 'current rate', 'averaging', 'based on'];
/** Modals of a projection. */
export const MODAL_WORDS = ['would', 'could', 'will', 'might', 'may'];
/** Words of a plan, wish, promise or need before a number: a target, never a projection. */
export const PLAN_WORDS = ['plan*', 'aim*', 'goal', 'goals', 'target', 'targets', 'quota', 'quotas', 'promis*', 'pledg*', 'vow*', 'want*', 'intend*', 'hope*', 'seek*', 'needs to', 'need to', 'would need', 'would have to', 'ordered', 'push to', 'ambition', 'envision*'];
/** Words after a number that make it a need or a plan: "300 more judges would be needed". */
export const TARGET_AFTER = ['would be needed', 'are needed', 'is needed', 'needed to', 'would be required', 'would have to be', 'to be hired', 'would need to be'];
/** What a count is divided by in a ratio: "each judge", "per officer", "per million residents". */
const PER_UNIT_NOUN = String.raw`(?:(?:immigration|deportation|active|ICE|single|field|sitting)\s+)?(?:judges?|officers?|agents?|cases?|arrests?|persons?|people|detainees?|employees?|million|100,000|capita|residents?|inhabitants?)\b`;
/** A unit a count is spread over, before the number: "each judge carries an average of 2,316", "every officer has" (not "each of the 682 judges", where the number counts the units). */
export const PER_EACH_BEFORE = new RegExp(String.raw`\b(?:each|per|every)\s+${PER_UNIT_NOUN}`, 'i');
/** A unit a count is spread over, right after it (a word or two between): "2,316 cases per judge", "217 arrests per million residents", "1,800 pending cases for each judge" (not "1,500 adults each", "in each of the three years"). */
export const PER_EACH_AFTER = new RegExp(String.raw`^\s*(?:[\w-]+\s+){0,2}?(?:per|for each|for every|each)\s+${PER_UNIT_NOUN}`, 'i');

/** People a workforce is counted in: "10,000 more ICE officers", "55 more immigration judges". */
export const STAFF_NOUNS = ['officers', 'agents', 'judges', 'positions', 'staff', 'employees', 'personnel', 'recruits', 'hires', 'staffers', 'workers', 'investigators', 'attorneys', 'prosecutors'];
/** Words of what happened to staff already there: "have joined", "were hired", "brought on". */
export const STAFF_PAST = ['after hiring', 'since hiring', 'joined', 'added', 'brought on', 'onboarded', 'hired', 'sworn in', 'swore in', 'welcomed', 'welcomes', 'recruitment of', 'recruited', 'graduated', 'started', 'arrived', 'have', 'has', 'had', 'were', 'was'];
/** A number of staff still to come after 'another' ('due to get another 250 agents next year'). */
export const ANOTHER_BEFORE = /\banother\s*$/i;

/** Words that undo a target word in between ("would have been", "could not"): the count is of what happened. */
export const TARGET_PAST = ['would have been', 'could have been', 'would have had', 'had planned', 'had hoped'];

/** Capacity words, and what kind of capacity. */
export const CAPACITY_WORDS = ['bed*', 'capacity', 'space*', 'slots'];
export const FUNDED_WORDS = ['funded', 'funding for', 'funds', 'pays for', 'paid for', 'budgeted', 'appropriated', 'to accommodate', 'authorized'];
export const MINIMUM_WORDS = ['mandate', 'bed quota', 'quota', 'required to maintain', 'required to keep', 'require* ICE to', 'minimum', 'at least'];
/** The words between a number and a facility noun when the facilities are what it counts: at most two ("155 detention centers", "107 ICE facilities"). */
export const FACILITY_OWN_GAP = /^\s*(?:[\w'’-]+\s+){0,2}$/;
export const FACILITY_NOUNS = ['facility', 'facilities', 'center', 'centre', 'camp', 'jail', 'site', 'warehouse', 'prison', 'complex', 'tent', 'processing center', 'base'];

/** Money: what kind of sum. */
export const REQUEST_WORDS = ['request*', 'budget request', 'asked Congress for', 'asked for', 'ask for', 'asking for', 'asks for', 'asks', 'sought', 'seeks', 'seeking', 'proposed', 'proposes', 'proposal', "president's budget", 'budget proposal', 'budget blueprint', 'wants', 'wanted', 'demanded', 'demands'];
export const BILL_WORDS = ['bill would', 'the bill', 'House bill', 'Senate bill', 'legislation would', 'the measure', 'the package would', 'would provide', 'would give', 'would allocate', 'would add', 'draft', 'passed the House', 'passed the Senate', 'appropriations bill', 'spending bill', 'funding bill', 'stopgap', 'Homeland Security bill', 'DHS bill', 'border bill', 'continuing resolution', 'budget resolution', 'Senate version', 'House version'];
/** A request named as the base another sum is set against ("$30 million below the President's request", "more than what the administration asked for"): not the request of the sums after it. */
export const REQUEST_AS_BASE = /\b(?:below|above|over|than|short of|beyond)\s+(?:what\s+)?(?:(?:the|its|his|her|their|a|an)\s+)?(?:[\w'’.-]+\s+){0,3}?(?:requests?|requested|asked(?:\s+for)?|sought|proposed|wanted)\b/gi;
/** "law enforcement" names no law: the words of a law ('the law') must not match in it. */
export const LAW_ENFORCEMENT = /\blaw(?=[\s-]+enforcement\b)/gi;
/** The price of what an enacted budget funds: a verb of funding, then the money at its cost ("Congress funds the detention of 41,500 people a day at a cost of about $3.4 billion", "when it paid for 34,000 a day at about $2.9 billion"). */
export const FUNDED_AT_COST = /\bat\s+(?:an?\s+(?:total\s+|annual\s+|yearly\s+)?cost\s+of\s+)?(?:about|roughly|nearly|almost|around|some|just|over|more than|close to|under|less than)?\s*$/i;
export const FUNDING_VERBS = ['funds', 'funded', 'fund', 'paid for', 'pays for', 'pay for', 'appropriated', 'appropriates', 'financed', 'finances'];
/** A contract's ceiling or expected value ("contracts worth up to $45 billion", "a contract … worth as much as $70 million"): an estimate, not money given. */
export const CEILING_BEFORE = /\bworth\s+(?:(?:up to|as much as|potentially|an estimated|possibly)\s*)?$/i;
/** The hedge of a ceiling at the head of the quantity itself ('up to $45 billion'). */
export const CEILING_QUOTE = /^(?:up to|as much as)\b/i;
/** A fiscal year written in a text: "Fiscal Year 2010", "fiscal 2024", "FY2019", "FY 2019". */
export const FISCAL_YEAR_WRITTEN = /\b(?:fiscal(?:\s+year)?|FY)\s*((?:19|20)\d{2})\b/gi;
/** A level a count was taken to ("growth took it to nearly 380,000"). */
export const LEVEL_TO = /\b(?:took|taken|brought|pushed|lifted)\s+(?:it|the (?:total|number|count|program|population)(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?)\s+to\s*(?:about|roughly|nearly|almost|around|some|just|over|more than|close to)?\s*$/i;
/** Words of a count of what is there at a time, whatever the category's measure: people with removal orders, fugitives, enrollees, staff on board ("About 1.4 million people have final orders of removal", "over 560,000 … remain at large as fugitives", "578 IJs on staff"). */
export const STOCK_PHRASES = ['final orders', 'final order', 'have final removal order*', 'have removal orders', 'with removal orders', 'ordered deported', 'fugitive*', 'remain at large', 'facing deportation', 'no longer have a legal basis', 'enrollees', 'on staff', 'on the bench', 'on board', 'seats'];
/** A percent restating the change just before it ("fell by 23,940, or 5 percent"). */
export const OR_PERCENT = /^(?:,|\s)*or\s+(?:about|roughly|nearly|almost|some|just|more than|less than)?\s*$/i;
/** A difference with its noun between the comparative and "than" ("38,500 more arrests than", "390,000 fewer illegal aliens over the past four years than", "10,000 more, for a total"). */
export const DIFFERENCE_NOUN_THAN = /^\s*(?:[\w-]+\s+){0,2}?(?:more|fewer|less)\b(?:\s+[\w'’-]+){0,6}?\s+than\b|^\s*(?:more|fewer),\s+(?:for a total|bringing|to a total)\b/i;
/** "by" closing a verb of change before the number, with words between ("cut that backlog by", "rose by another", "trims that by"). */
export const CHANGED_BY = /\bby\s+(?:another|an additional|a further|some|about|roughly|nearly|almost|around|more than|over|just|close to)?\s*$/i;
/** Verbs of a difference between two counts ("Official and independent tallies differ by about 280,000"). */
export const DIFFER_WORDS = ['differ', 'differs', 'differed', 'trims', 'trimmed', 'cuts', 'shrunk', 'shrank', 'grown', 'fallen', 'risen'];
/** A verb of adding right before the number ("ICE added 4.3 million names", "added more than 14,000 employees"). */
export const ADDED_BEFORE = /\b(?:added|adding)\s+(?:about|roughly|nearly|almost|around|some|just|over|more than|close to|another)?\s*$/i;
/** Added in the passive right after the number's noun ("nearly 25,000 people were added", "more than one million cases have been added", "the nine judges added in February"). */
export const ADDED_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:(?:were|was|have been|has been|had been)\s+)?added\b/i;
/** The noun of ATD enrollment as a count over time ("Enrollment in Alternatives to Detention more than doubled"). */
export const ENROLLMENT_NOUNS = ['enrollment', 'enrollments', 'enrolment', 'enrolments'];
/** A bill as a paragraph names it before going on about its money ("has released its Homeland Security Appropriations Act", "proposed text", "the long-awaited $118 billion supplemental spending deal"). */
export const BILL_DOCUMENT_WORDS = ['proposed text', 'supplemental spending deal', 'conference report', 'bill text', 'released its', 'released the', 'approved the', 'appropriators', 'committee advanced', 'Committee advanced', 'conference report on', 'Senate package', 'House package', 'bipartisan package', 'package would'];
/** A plan of Congress for money not yet voted into law: a budget resolution, a framework, a committee's proposal. */
export const CONGRESS_PLAN_WORDS = ['budget resolution', 'resolution', 'blueprint', 'framework', 'proposed', 'proposal', 'reconciliation path', 'instructions', 'markup', 'advanced'];
/** Who makes such a plan: Congress and its parts (not the White House, whose plan is a request). */
export const CONGRESS_WORDS = ['Congress', 'House', 'Senate', 'committee*', 'Committee*', 'lawmakers', 'Republicans', 'Democrats', 'GOP', 'appropriators', 'senators', 'congressional'];
/** Who asks Congress for money: a plan of theirs is a request, not a bill. */
export const EXECUTIVE_WORDS = ['White House', 'administration', 'president', 'Trump', 'Biden', 'Obama', 'OMB', 'ICE', 'DHS', 'the agency', 'the department', 'Noem', 'secretary'];
/** Words that a sum is in force: signed or enacted, not a bill. */
export const ENACTED_LAW_WORDS = ['signed', 'enacted', 'the new law', 'the law', 'became law', 'cleared Congress', 'Congress passed', 'passed Congress', 'passed by Congress', 'Congress approved'];
/** The laws with multi-year money (the 2025 reconciliation act…), by name: the names are facts of the world (data/world/laws.json). */
export const MULTI_YEAR_LAW_WORDS = MULTI_YEAR_LAW_NAMES;
/** The same laws by their own names only ("the One Big Beautiful Bill Act", "OBBBA"; not "reconciliation", which a later law may share). */
export const MULTI_YEAR_LAW_PROPER = MULTI_YEAR_LAW_PROPER_NAMES;
/**
 * A law named by when it was signed, which data/world/laws.json resolves against the article's date:
 * "the July law", "the July 2025 law", "the 2025 law", "a 2025 law", "the law signed in July", "the act Trump signed on July 4, 2025".
 */
export const LAW_BY_DATE = [
  new RegExp(String.raw`\b(?:the|this|last|a)\s+(?:(?<month>${MONTH})\s+)?(?:(?<year>(?:19|20)\d{2})\s+)?(?:law|act)\b`, 'g'),
  new RegExp(String.raw`\b(?:law|act)\s+(?:that\s+)?(?:[A-Z][\w.]*\s+){0,2}(?:signed|enacted)\s+(?:into law\s+)?(?:on|in)\s+(?<month>${MONTH})(?:\s+\d{1,2})?(?:,?\s+(?<year>(?:19|20)\d{2}))?`, 'g'),
];
export const LAW_WORDS = [...MULTI_YEAR_LAW_WORDS, 'the new law', 'the law', 'signed into law', 'spending law', 'the act', 'enacted', 'signed'];
/** A yearly appropriation: its law is a year's budget, not a multi-year law ("the fiscal 2024 appropriations deal that Biden signed"). */
export const YEARLY_LAW_WORDS = ['appropriations', 'appropriations deal', 'omnibus', 'spending agreement', 'spending deal', 'budget deal', 'continuing resolution', 'stopgap', 'annual', 'yearly', 'fiscal 20*', 'fiscal year 20*', 'FY20*', 'FY 20*'];
/** A sum short or over: a shortfall, a hole, a gap, a need ("a $700 million shortfall", "$1 billion over budget", "needs at least $2 billion more"): an estimate, not money given. */
export const SHORTFALL_WORDS = ['shortfall', 'shortfalls', 'hole', 'gap', 'budget gap', 'funding gap', 'deficit', 'overrun', 'in the hole', 'over budget', 'short'];
export const SHORTFALL_OF = ['shortfall of', 'gap of', 'deficit of', 'hole of', 'overrun of', 'needs', 'need', 'needed', 'would need', 'will need', 'require', 'would require', 'will require', 'requires'];
/** Money moved between accounts ("moved $169 million from FEMA", "$100 million is expected to come from the Coast Guard"): a change to a budget, not a budget. */
export const TRANSFER_BEFORE = ['moved', 'moving', 'move', 'moves', 'shifted', 'shifting', 'shift', 'transferred', 'transferring', 'transfer', 'reprogrammed', 'reprogramming', 'diverted', 'diverting', 'redirected', 'redirecting', 'siphoned'];
export const TRANSFER_AFTER = ['from other', 'from shifting', 'come from', 'comes from', 'coming from', 'taken from', 'moved from', 'transferred from', 'shifted from', 'diverted from', 'from elsewhere'];
/** A scorer of costs named in the sentence: its figure is an estimate, whatever the bill says. */
export const SCORER_WORDS = ['CBO', 'Congressional Budget Office', 'Joint Committee on Taxation', 'reckoning', 'cost estimate', 'scored', 'score'];
/** Words right after money that make it a difference from another sum: "$500 million more", "$1.235 billion above the request". */
export const MONEY_DIFFERENCE_AFTER = ['more than', 'above', 'higher than', 'less than', 'below', 'short of', 'over what', 'beyond what'];
export const MULTI_YEAR_WORDS = ['over four years', 'over five years', 'over 10 years', 'over ten years', 'over the next four years', 'over the next decade', 'through 2029', 'through fiscal 2029', 'multiyear', 'multi-year', 'through 2028', 'until 2029', 'over the next several years', 'over several years'];
export const ESTIMATE_WORDS = ['estimate*', 'would cost', 'could cost', 'will cost', 'cost of', 'projected', 'projection', 'price tag', 'analysis', 'to cost', 'costing'];
export const INCREASE_WORDS = ['increase', 'increase of', 'boost', 'hike', 'more than last year', 'additional', 'extra', 'on top of', 'raise', 'jump', 'rise', 'added', 'adds', 'infusion', 'windfall', 'influx'];
export const ENACTED_WORDS = ['budget', 'appropriat*', 'annual', 'yearly', 'a year', 'each year', 'fiscal', 'funded', 'funding'];
export const PART_WORDS = ['including', 'of which', 'out of', 'of that', 'of the', 'among them'];
/** Law money by what it is for. */
export const LAW_LINES = {
  'law-detention': ['detention', 'detain*', 'beds', 'detention facilities', 'detention capacity'],
  'law-enforcement': ['hiring', 'hire', 'officers', 'agents', 'enforcement', 'removal operations', 'deportations', 'personnel', 'staff'],
  'law-courts': ['immigration courts', 'courts', 'judges', 'EOIR'],
  'law-immigration-total': ['immigration and border', 'border and immigration', 'border security', 'immigration enforcement and border', 'the wall', 'border wall', 'immigration-related'],
} as const;

/** A cost per unit: a unit of people or things a sum is spread over, not of time ("per detainee", "each removal", "a head"): read after TIME_RATE is taken out. */
export const PER_THING_WORDS = ['per', 'each', 'a head', 'apiece', 'for each', 'for every'];
/** A span of time a sum is counted over ("a day", "per night", "each month", "daily"). */
export const TIME_RATE = /\b(?:(?:a|per|each|every)\s+(?:day|night|week|month)|daily|nightly|monthly|weekly)\b/gi;
/** Below this a sum spread over days with no unit named is a price per person ("about $152 a day"); above it, what a place or a program costs a day ("$5.5 million a day"). */
export const UNIT_PRICE_LIMIT = 10_000;
/** A span of time right after a sum and its unit ("$5.5 million a day", "$520,000 a month"): not a rate the sentence gives elsewhere ("an average daily population"). */
export const TIME_RATE_AFTER = /^\s*(?:million|billion|thousand)?\s*(?:(?:a|per|each|every)\s+(?:day|night|week|month)|daily|nightly|monthly|weekly)\b/i;
/** A verb of paying or billing right before a sum ("the government paid $102 million", "GEO Group billed roughly $520,000 a month", "GEO was paid at least $700 million"). */
export const PAID_BEFORE = ['paid', 'pays', 'pay', 'paying', 'billed', 'bills', 'billing', 'charged', 'charges', 'invoiced', 'spent buying'];
/** Words of buying something ("bought a facility near Phoenix for $70 million", "Buying two warehouses alone cost $172 million"). */
export const BUY_WORDS = ['bought', 'buy', 'buys', 'buying', 'purchas*', 'acquir*'];
/** What a purchase's price follows: "for", "cost", "at a price of". */
export const PRICE_BEFORE = ['for', 'cost', 'costs', 'at a cost of', 'at a price of', 'price of', 'price tag of'];
export const BED_DAY_WORDS = ['bed', 'beds', 'detainee', 'detainees', 'person', 'night', 'day', 'immigrant', 'migrant'];
export const REMOVAL_COST_WORDS = ['removal', 'removals', 'deportation', 'deportations', 'deportee', 'deported', 'flight', 'per person deported'];

/** Changes. */
export const CHANGE_UP = ['up', 'rose', 'rise*', 'risen', 'increas*', 'jump*', 'grew', 'grow*', 'higher', 'climb*', 'surg*', 'soar*', 'spik*', 'doubled', 'tripled', 'gain*', 'more'];
export const CHANGE_DOWN = ['down', 'fell', 'fall*', 'drop*', 'declin*', 'decreas*', 'lower', 'cut', 'shrank', 'shrunk', 'plung*', 'slid', 'dip*', 'reduc*', 'fewer'];
/** A multiplier as the claim's own words ("nearly three times", "more than doubled", "halved"): a change in percent by itself. */
export const MULTIPLIER_WORDS = ['times', 'twice', 'doubl*', 'tripl*', 'quadrupl*', 'quintupl*', 'halv*', 'twofold', 'threefold', 'fourfold', 'fivefold', 'tenfold', '-fold'];
export const MULTIPLIER_DOWN = ['halv*'];
/** Words right before a number that make it the size of a change: "rose by", "an increase of". */
export const CHANGE_BY = ['increase of', 'rise of', 'drop of', 'decline of', 'decrease of', 'jump of', 'gain of', 'fall of', 'reduction of', 'growth of', 'increase of about', 'grew by', 'rose by', 'fell by', 'dropped by', 'increased by', 'decreased by', 'declined by', 'jumped by', 'climbed by', 'up by', 'down by', 'shrank by', 'grown by', 'risen by', 'fallen by', 'shrinking by', 'growing by', 'falling by', 'rising by', 'dropping by', 'declining by', 'increasing by', 'decreasing by'];
/** Words right after a number that make it a difference: "4,000 more than", "higher than". */
export const DIFFERENCE_AFTER = ['more than', 'fewer than', 'higher than', 'lower than', 'less than', 'greater than', 'above', 'below', 'over the previous', 'over last', 'from a year', 'compared with'];
/**
 * Words right after a percent that set it against another figure: a change, not a share ("15 percent below
 * the previous low", "37% less than the monthly average", "increases of 93% and 22% on the year before").
 */
export const PERCENT_AGAINST_AFTER = ['below', 'above', 'under', 'short', 'shy of', 'less than', 'more than', 'fewer than', 'higher than', 'lower than', 'greater than', 'over the previous', 'over last', 'over the same', 'on the year before', 'on the previous year', 'on a year earlier', 'on last year', 'from a year', 'from the year before', 'from last year', 'from the previous', 'year over year', 'year-over-year', 'compared with', 'compared to'];
/** Words right before a percent that make it the size of a change: "slipped by nearly 5%", "cuts the beds by 22 percent". */
export const PERCENT_BY_BEFORE = ['by'];
/** Words of departures from a workforce: a change, not a level. */
export const DEPARTURE_WORDS = ['firings', 'layoffs', 'resignations', 'departures', 'dismissals', 'terminations', 'retirements', 'fired', 'laid off', 'resigned', 'left the agency', 'quit', 'dismissed', 'ousted'];

/**
 * Verbs of a flow right before a number in its clause ("deported a record 438,000", "agents caught
 * 858,638", "swore in 46 judges"): people or cases counted as they passed through over a period.
 */
export const FLOW_VERBS_BEFORE = ['handled', 'heard', 'issued', 'freed', 'ruled on', 'deported', 'removed', 'expelled', 'caught', 'apprehended', 'arrested', 'released', 'completed', 'decided', 'closed', 'finished', 'resolved', 'swore in', 'sworn in', 'lost', 'took', 'taken', 'received', 'processed', 'encountered', 'admitted', 'transferred', 'flown out', 'flew', 'hired'];
/** The same verbs after the number, in the passive ("700 detainees had been released", "28,000 were placed in detention"). */
export const FLOW_PASSIVE_AFTER = ['deported', 'removed', 'expelled', 'caught', 'apprehended', 'arrested', 'released', 'completed', 'decided', 'closed', 'sworn in', 'placed in detention', 'booked', 'taken into custody', 'picked up', 'rounded up', 'processed', 'encountered', 'admitted', 'transferred', 'flown out', 'hired'];

/** A count on one day. */
export const NOW_WORDS = ['currently', 'now', 'has since', 'have since', 'as of', 'today', 'at present', 'right now', 'at the moment', 'this week', 'these days', 'at last count', 'most recent count', 'latest count', 'latest data'];
export const ONE_DAY_WORDS = ['on a single day', 'on one day', 'in a single day', 'in one day', 'on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on Saturday', 'on Sunday', 'some days', 'several days', 'a few days', 'on two separate days', 'single day', 'one day', 'on a given day', 'that day', 'that same day', 'the same day'];
/** A record or peak: the highest count on one day. */
export const PEAK_WORDS = ['record', 'peak', 'all-time high', 'high of', 'a high', 'at its peak', 'peaked', 'highest', 'topping out', 'topped out', 'tops out'];
/** A daily average. */
export const AVERAGE_WORDS = ['average daily', 'daily average', 'on average', 'an average of', 'average of', 'averages of', 'averaged', 'averaging', 'on any given day', 'on any given night', 'on a typical day', 'average daily population', 'ADP', 'a day', 'per day', 'each day', 'every day', 'daily', 'a night', 'each night', 'every night', 'nightly'];
/** Holding verbs: the people held, not booked in. */
export const HOLDING_WORDS = ['held', 'holding', 'holds', 'hold', 'in detention', 'in custody', 'in ICE custody', 'detained', 'detainees', 'behind bars', 'locked up', 'housed', 'housing', 'detention population', 'population'];
/** Flows into detention over a period. */
export const BOOK_IN_WORDS = ['book-in*', 'booked', 'book in', 'admissions', 'admitted', 'initial book-ins', 'passed through', 'went through', 'cycled through', 'over the year', 'during the year', 'in a year', 'each year', 'every year', 'annually', 'a year'];

/** Durations. */
export const DURATION_WORDS = ['days', 'months', 'years', 'weeks'];
export const STAY_WORDS = ['stay*', 'length of stay', 'held for', 'detained for', 'spent', 'wait*', 'waiting', 'pending for', 'average of', 'lasted', 'lasts', 'last for'];

/** Shares: a percent of something, not a change. */
export const SHARE_WORDS = ['of', 'share', 'percent of', 'proportion', 'majority', 'fraction', 'portion'];

/** Measures: what is counted, by category. Order matters: the first list that matches wins. */
export const MEASURE_WORDS = {
  removals: [
    ['flights', ['flight*', 'plane*', 'planes']],
    ['departures', ['self-deport*', 'self deport*', 'left the country', 'departed', 'departures', 'voluntary departure*', 'voluntarily', 'driven out', 'left on their own']],
    ['expulsions', ['expul*', 'Title 42', 'expelled']],
    ['removals-and-returns', ['removals and returns', 'returns', 'returned']],
    ['interior-removals', ['interior', 'from the interior', 'from communities', 'from U.S. communities', 'at-large', 'arrested in the interior', 'interior removals']],
    ['border-removals', ['at the border', 'border removals', 'apprehended at the border']],
    ['removals', ['deport*', 'remov*', 'people', 'immigrants', 'migrants', 'noncitizens', 'repatriat*']],
  ],
  arrests: [
    ['at-large-arrests', ['at-large', 'at large', 'in communities', 'on the streets', 'in the community', 'collateral']],
    ['arrests', ['arrest*', 'apprehen*', 'detain*', 'taken into custody', 'picked up', 'rounded up', 'people', 'immigrants']],
  ],
  detention: [
    ['facilities', ['facilities', 'jails', 'sites', 'detention centers', 'camps', 'warehouses', 'prisons']],
    ['releases', ['released from', 'were released', 'releasing', 'releases', 'freed', 'let go', 'paroled']],
    ['family-detention', ['family detention', 'families', 'family beds', 'family residential', 'parents and children']],
    ['non-detained-docket', ['non-detained', 'nondetained', 'not detained', 'docket']],
    ['detention', ['detain*', 'detention', 'held', 'holding', 'custody', 'beds', 'bed', 'capacity', 'people', 'immigrants', 'migrants', 'book*', 'population', 'stay']],
  ],
  personnel: [
    ['applicants', ['applicants', 'applications', 'candidates', 'job offers', 'offers', 'tentative offers', 'recruits interested']],
    ['teams', ['teams', 'team', 'offices', 'units', 'squads']],
    ['hires', ['hired', 'hires', 'hire', 'new officers', 'new agents', 'new deportation officers', 'new employees', 'new staff', 'recruits', 'additional officers', 'additional agents', 'more officers', 'more agents', 'onboard*', 'hiring']],
    ['officers-and-agents', ['officers and agents', 'agents and officers', 'law enforcement officers', 'law enforcement personnel', 'special agents', 'agents', 'HSI agents']],
    ['workforce', ['employees', 'staff', 'workforce', 'workers', 'personnel', 'people work', 'employ*']],
    ['deportation-officers', ['deportation officers', 'ERO officers', 'officers', 'immigration officers']],
  ],
  population: [
    ['protected-population', ['protected', 'temporary protection', 'TPS', 'DACA', 'pending asylum', 'parole']],
    ['unauthorized-population', ['unauthorized', 'undocumented', 'illegal*', 'without legal status', 'without papers', 'living in the country', 'living in the U.S.', 'immigrants', 'noncitizens']],
  ],
  courts: [
    ['in-absentia-orders', ['in absentia', 'in-absentia', 'failed to appear', 'missed', 'no-show*']],
    ['judge-hires', ['judges hired', 'new judges', 'hired', 'hiring']],
    ['completions', ['completions', 'completed', 'complete', 'completes', 'decided', 'decides', 'decisions', 'closed', 'closures', 'resolved', 'rulings', 'finished', 'handled', 'dispositions', 'disposed', 'rule on', 'ruled on']],
    ['new-cases', ['new cases', 'cases filed', 'filed', 'received', 'receipts', 'notices to appear', 'initial receipts']],
    ['court-backlog', ['backlog*', 'pending', 'waiting', 'cases', 'caseload', 'docket']],
    ['judges', ['judges', 'judge']],
  ],
  border: [
    // People who crossed without being caught: no agency counts them one by one (no series).
    ['gotaways', ['got away', 'got-aways', 'gotaways', 'evaded capture', 'evaded apprehension', 'evaded agents', 'escaped detection', 'known evasions']],
    ['nationwide-encounters', ['encounter*']],
    ['nationwide-apprehensions', ['apprehen*', 'arrest*']],
    // People stopped or counted, with no noun of the count: the Border Patrol's apprehensions or CBP's encounters.
    ['count-and-border-unsaid', ['caught', 'stopped', 'detained', 'crossed illegally', 'crossings', 'illegal crossings', 'migrants', 'people', 'immigrants', 'crossers']],
  ],
  atd: [
    ['atd-participants', ['participated', 'over the year', 'during the year', 'annual participants', 'total participants', 'over the fiscal year']],
    ['atd-enrolled', ['enrolled', 'enrollment', 'enrolment', 'in the program', 'monitored', 'ankle monitor*', 'tracked', 'people', 'participants', 'alternatives to detention', 'ATD', 'ISAP', 'Intensive Supervision Appearance Program']],
  ],
  goal: [
    ['arrests', ['arrest*', 'arrests a day']],
    ['detention', ['bed*', 'detain*', 'detention', 'held', 'hold']],
    ['hires', ['hire', 'hiring', 'officers', 'agents', 'staff', 'recruits', 'employees']],
    ['removals', ['deport*', 'remov*', 'expel*', 'kick out', 'people', 'immigrants']],
  ],
} as const;

/** What money is for, by its kind: a cost per unit, the 2025 law's lines, a yearly budget. */
export const MONEY_MEASURE_WORDS = {
  'unit-cost': [
    ['removal-cost', ['per removal', 'per deportation', 'each deportation', 'each removal', 'per deportee', 'per person deported', 'to deport one', 'to deport each', 'to deport a', 'deport a single', 'deport*', 'remov*']],
    ['bed-day-cost', ['per bed', 'a bed', 'per detainee', 'per night', 'a night', 'per day', 'a day', 'each day', 'daily', 'per person per day', 'to detain', 'detain*', 'detention']],
  ],
  law: [
    ['law-courts', ['immigration courts', 'courts', 'judges', 'EOIR']],
    ['law-immigration-total', ['immigration and border', 'border and immigration', 'border security', 'border wall', 'the wall', 'immigration crackdown', 'immigration enforcement and border', 'border enforcement', 'immigration-related']],
    ['law-detention', ['detention', 'detain*', 'beds', 'detention facilities', 'detention capacity']],
    ['law-enforcement', ['hiring', 'hire', 'officers', 'agents', 'enforcement', 'removal operations', 'deportations', 'personnel', 'staff', 'transportation']],
    ['law-ice-total', ['ICE', 'Immigration and Customs Enforcement', 'the agency', 'deportation agency']],
  ],
  budget: [
    ['detention-budget', ['detention', 'custody operations', 'beds', 'detain*']],
    ['enforcement-budget', ['ERO', 'Enforcement and Removal Operations', 'enforcement and removal']],
    ['budget', ['budget', 'ICE', 'funding', 'appropriat*', 'money', 'resources', 'spending', 'dollars', 'agency', 'funded']],
  ],
} as const;

/** The southwest border: a border count there is that region's series, not the nation's. */
export const SOUTHWEST_WORDS = ['southwest border', 'southwestern border', 'southern border', 'U.S.-Mexico border', 'US-Mexico border', 'Mexican border', 'border with Mexico', 'southwest', 'southern', 'from Mexico', 'Mexico border'];
/** The Border Patrol, one component of CBP: its agents work between the ports of entry. */
export const BORDER_PATROL_WORDS = ['Border Patrol', 'border agents', 'between ports of entry', 'between the ports of entry', 'between official ports'];
/** CBP as a whole, or its officers at the ports of entry: its encounters add the ports to the Border Patrol's. */
export const CBP_WHOLE_WORDS = ['CBP', 'Customs and Border Protection', 'at and between ports', 'at and between the ports', 'at ports of entry', 'at the ports of entry', 'ports of entry and between', 'inadmissible*'];
/** Apprehensions and inadmissibles counted together: CBP's encounters, whatever the nearer noun. */
export const ENCOUNTER_SUM_WORDS = ['apprehensions plus inadmissibles', 'apprehensions and inadmissibles', 'inadmissibles and apprehensions', 'apprehensions and inadmissible'];
/** Mexico named anywhere in a border count's sentence: its border scope may be the southwest's, not the nation's. */
export const MEXICO_WORDS = [...SOUTHWEST_WORDS, 'Mexico'];

/** The technologies of Alternatives to Detention, each a part of the program; a count qualified by one counts that part. */
export const ATD_TECHNOLOGY_WORDS = {
  'atd-smartlink': ['SmartLINK', 'smartphone app*', 'phone app*', 'mobile app*'],
  'atd-ankle-monitor': ['ankle monitor*', 'ankle bracelet*', 'ankle shackle*', 'GPS ankle*'],
  /** Technologies with no series of their own in the dataset: the count is a part of ATD with no figure. */
  other: ['telephonic', 'telephone reporting', 'VoiceID', 'voice recognition', 'wrist-worn', 'wristworn', 'smartwatch*'],
} as const;

/** A border count of people counted once however often they were stopped: no encounter or apprehension series counts them. */
export const UNIQUE_PEOPLE_WORDS = ['unique individual*', 'unique encounter*', 'unique migrant*', 'unique people', 'unique person*'];

/** Words in a period's text that make it relative to the article's date. */
export const RELATIVE_PERIOD_WORDS = ['last', 'this', 'past', 'since', 'ago', 'so far', 'current', 'next', 'previous', 'prior', 'year-to-date', 'to date', 'first', 'now', 'today', 'recent', 'earlier', 'coming', 'yesterday', 'the same period', 'that year'];

// Patterns the kind rules read (lib/detect/frame/kind.ts): English words in a regular expression where a list
// cannot say it (an order, a span of years, a hedge to skip).
/**
 * Words before a number that only go on from the number before it (lib/detect/frame/measure.ts): a list, a
 * comparison's base, with "the" and a word or two of its own ("far below the 142,742 of October 2024 and the
 * 309,605", "more than the 192,001 of September 2021", "over the previous year's 400,651").
 */
export const CONNECTIVE =
  /^\s*(?:and|or|up from|down from|from|to|against|compared (?:with|to)|than|versus|vs\.?|below|above|beyond|beating|behind|past|over|under)?\s*(?:the\s+(?:(?:previous|prior|earlier|record|year-earlier|same)\s+)?(?:(?:year|month|week|period|high|low|peak|record)(?:['’]s)?\s+)?(?:of\s+)?)?(?:about|roughly|nearly|almost|some|just|only|more than|over|under|fewer than|less than)?\s*$/i;
/** A comparison's base right before a number, whatever comes before it ("18.51 percent more than the 192,001 of September 2021", "14% fewer than the 8,346 of February"). */
export const COMPARED_BASE =
  /\b(?:than|below|above|beyond|beating|behind|past|against|versus|vs\.?|compared (?:with|to))\s+(?:the\s+(?:(?:previous|prior|earlier|record|year-earlier|same)\s+)?(?:(?:year|month|week|period|high|low|peak|record)(?:['’]s)?\s+)?(?:of\s+)?)?(?:about|roughly|nearly|almost|some|just|only|more than|over|under|fewer than|less than)?\s*$/i;
/** The next item of a list: "…in August and 4,600 in July", "and the 157,358". */
export const LIST_NEXT = /\b(?:and|or)\s+(?:the\s+)?(?:about|roughly|nearly|almost|some|just|only|more than|over|under)?\s*$/i;
/** A hedge right before a number ("by nearly 5%"): read past it to the word before. */
export const HEDGE_END = /\s*(?:about|roughly|nearly|almost|around|some|just|over|under|more than|less than|fewer than|close to|approximately|an estimated|at least)\s*$/i;
/** "from" and a time right after a percent ("276 percent from 2022", "90 percent from fiscal 2023"): the base of a change. */
export const FROM_TIME = new RegExp(`^\\s*(?:from|since|over|against)\\s+(?:(?:fiscal(?:\\s+year)?|FY|calendar(?:\\s+year)?|(?:the\\s+)?same\\s+(?:month|period|time|weeks?|months?)\\s+(?:of|in|last))\\s*)?(?:(?:19|20)\\d{2}\\b|${MONTH})`);
/** A percent listed after another percent of change ("increases of 93% and 22%"): read as that one is. */
export const LISTED_PERCENT = /\d[\d.,]*\s*(?:%|percent|per cent)\s*(?:,|and|or|, and)\s*$/i;
/** Words right after a number that mark people to be added ("10,000 more ICE officers", not "more than"). */
export const MORE_STAFF = /^\s*(?:more|new|additional|extra)\b(?!\s+than)/i;
/** A span of fiscal years reaching past the next one: "through September 2029", "through FY 2029", "from 2025 through 2029". */
export const MULTI_YEAR_TO = /\b(?:through|until|to)\s+(?:(?:Sept(?:ember|\.)?\s+(?:30,?\s+)?)|(?:fiscal\s+(?:year\s+)?)|FY\s*)?20(?:2[7-9]|3\d)\b/i;
/** A sentence that goes on about what the sentence before named: "It also provides …", "The package holds …". */
export const GOES_ON = /^\s*(?:It|The (?:law|act|package|measure|legislation))\s+(?:also\s+)?(?:provides|gives|sets aside|includes|adds|puts|allocates|holds|reserves|routes|spends|directs)\b/;
/** What a second listed percent follows: "93% and 22%", "93%, 22%". */
export const LIST_JOIN = /^\s*(?:%|percent|per cent)?\s*(?:,|and|or|, and)\s*$/i;
/** Words between a verb of flow and its number that make it a level reached ("took it to 380,000"). */
export const LEVEL_REACHED = /\b(?:to|it|at)\s/i;
/** An auxiliary before a passive verb of flow ("700 detainees had been released", "were later deported"). */
export const PASSIVE_BEFORE = /^\s*(?:[\w-]+\s+){0,3}?(?:were|was|had been|have been|has been|got|are|is)\s+(?:(?:later|also|then|since|already)\s+)?$/i;
/** Words that make money conditional ("would cost", "could reach", "if Congress…"). */
export const CONDITIONAL = /\b(?:would|could|might|if)\b/i;


/** A quantity written with its unit of time ("more than 15 months", "as long as five years"). */
export const DURATION_QUOTE = /\b(?:days|weeks|months|years)\s*$/i;
/** The sentence's last number before this one is a duration ("spent roughly 63 days … against about 44"). */
export const DURATION_BEFORE = /(?<![\d,.])(?<!\b(?:in|over|within|first|past|last|next|the|for)\s+)\d[\d,.]*\s+(?:days|weeks|months)\b[^\d]*$/i;
/** Nothing of its own counted right after a number: its unit is the one before ("about 44 for those arrested", "the Justice Department's 34."). */
export const BARE_AFTER = /^\s*(?:[.,;)]|for\b|among\b|in\b|under\b|by\b|$)/i;
/** Words right before a number that give room: "room for", "can hold", "the initial capacity to house". */
export const ROOM_BEFORE = /\b(?:room for|space for|beds for|capacity (?:to (?:house|hold|detain)|for)|(?:can|could|will|would) (?:hold|house|accommodate)|able to (?:hold|house)|holds up to)\s*(?:about|roughly|nearly|almost|around|some|up to|as many as|more than|over|at least|an estimated)?\s*$/i;
/** A verb that adds beds right before the number ("will add more than 400 beds"). */
export const ADD_BEFORE = /\b(?:add|adds|adding|added)\s+(?:beds in steps of\s+)?(?:about|roughly|nearly|almost|around|some|up to|as many as|more than|over|at least)?\s*$/i;
/** Words of growth to a later size: the number is where a plan ends, a target. */
export const GROWTH_WORDS = ['grow', 'grow to', 'expand', 'expanded', 'eventually', 'ultimate', 'ultimately', 'let it take', 'once construction', 'by next year'];
/** Money paying for people held or beds, right before the number. */
export const PAY_BEFORE = ['fund an average', 'funded an average', 'fund ICE detention at', 'pay to hold', 'pays to hold', 'paid to hold', 'paid for a daily average', 'pay for a daily average', 'paid for an average', 'pay for an average', 'funded ICE for an average', 'funding to detain', 'funded the detention of', 'fund the detention of', 'capped detention at', 'capped at', 'money for'];
/** Words right before a number that make it the law's floor: "requiring it to keep", "no fewer than". */
export const REQUIRED_BEFORE = /\b(?:requir(?:e|es|ed|ing) (?:it|ICE|the agency) to (?:keep|maintain|hold|fill)|told (?:it|ICE|the agency) to keep(?: no fewer than)?|no fewer than|keep detention at|(?:minimum|statutory|bed|detention) quota of|(?:a |the )?minimum of|mandate of)\s*(?:about|roughly|nearly|at least)?\s*$/i;
/** Words of booking into detention (the flow), strong enough to read in the sentence before the number. */
export const BOOK_IN_STRONG = ['book-in*', 'booked into', 'booked in', 'book-ins', 'initial book-ins', 'admissions to detention'];
/** Words of people held at a time, in the number's own clause. */
export const HOLD_NOW_WORDS = ['held', 'holding', 'in detention', 'in custody', 'behind bars', 'detention population', 'at a time', 'at any time'];
/** Verbs after a count's noun that make the people pass through ("crossed", "came in", "entered"). */
export const ARRIVAL_AFTER = ['crossed', 'came in', 'came across', 'entered', 'arrived', 'got in', 'slipped in', 'sneaked in', 'crossed illegally'];
/** Verbs of enrolment right before a number ("ICE enrolled nearly 500,000 aliens"). */
export const ENROL_BEFORE = ['enrolled', 'unenrolled', 'signed up', 'stopped monitoring'];
/** An average named as the subject of a sentence about people held ("Average detention climbed from 14,195"). */
export const AVERAGE_SUBJECT = ['average detention', 'average ICE detention', 'average daily ICE detention', 'average detained population', 'average daily detention', 'average population', 'average number of people held', 'average number of detainees', 'average daily population', 'average detainee population', 'average immigrant detainee population', 'average daily detained population'];
/** Words of a wish or a request before a number of room: the room is a target ("wants Congress to pay for … room for 100,000"). */
export const WISH_WORDS = ['want*', 'plan*', 'aim*', 'goal', 'seek*', 'asked', 'asks', 'asking', 'request*', 'hope*', 'propos*', 'push*'];

// Said right after a number, read by the frame kind rules (kind.ts) — kept here so a language pack can take them over.
/** A duration's unit right after the number ("47 days", "15 months"). */
export const DURATION_UNIT_AFTER = /^\s*(?:days|weeks|months)\b/i;
/** The money unit right after a dollar figure ("$45 billion"), stripped before reading the next words. */
export const MONEY_UNIT = /^\s*(?:million|billion|trillion)\b/i;
/** The money unit and a budget noun ("$230 million budget shortfall" → "shortfall"). */
export const MONEY_UNIT_AND_NOUN = /^\s*(?:million|billion|trillion)?\s*(?:budget|funding|spending)?\s*/i;
/** The money unit and an expectation ("$100 million is expected to come from …" → "come from …"). */
export const MONEY_UNIT_AND_EXPECTED = /^\s*(?:million|billion|trillion)?\s*(?:(?:is|was|are|were|will|would)\s+(?:expected|set|likely|due)\s+to\s+)?/i;
/** Money said to be appropriated or enacted right after it ("the $13.5 billion appropriated in FY 2017"). */
export const APPROPRIATED_AFTER = /^\s*(?:million|billion|trillion)?\s*(?:(?:that|which)\s+(?:was|were|Congress)\s+)?(?:appropriated|enacted)\b/i;
/** An increase word right after a sum ("$500 million increase", "$2 billion more"). */
export const INCREASE_AFTER = ['increase', 'boost', 'hike', 'more', 'jump', 'rise'];
/** Verbs that change a budget by a sum ("raises the budget by nearly $4 billion"). */
export const BUDGET_CHANGE_VERBS = ['raise*', 'trim*', 'slash*', 'boost*', 'lift*', 'expand*'];
/** A verb of holding people right before a number ("was holding just over 58,000", "custody hit 41,169"): people held, not room. */
export const HELD_BEFORE = /\b(?:holding|held|holds|hit|reached|stood at|stands at|climbed to|rose to)\s*(?:about|roughly|nearly|almost|around|some|just|over|under|more than|close to|approximately|just over|just under)?\s*$/i;
/** People said to be held right after a number ("more than 56,000 immigrants were held"). */
export const HELD_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:were|are|was|is)\s+(?:being\s+)?(?:held|detained|in custody|in detention)\b|^\s*(?:detention\s+)?beds?\s+(?:occupied|filled|in use)\b/i;
/** What follows the first number of "from X to Y" up to Y ("to about", "to as many as", "beds to"). */
export const CHANGE_START_TO = /^\s*(?:[\w-]+\s+){0,3}?to\s*(?:about|roughly|nearly|almost|around|more than|over|some|as many as|as few as|up to|at least|just over|just under|close to)?\s*\$?$/i;
/**
 * A percent restating the number right after it, with the money unit before it: "13 (9%) more than", "$225 million
 * or 53 percent more than", "$2 billion, or 20 percent, above". Read past it to what the number is set against.
 */
export const RESTATED_PERCENT = /^\s*(?:million|billion|trillion)?\s*(?:\(\s*(?:about\s+|roughly\s+|nearly\s+|almost\s+)?[\d.,]+\s*(?:%|percent|per cent)\s*\)|,?\s*or\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?[\d.,]+\s*(?:%|percent|per cent),?)/i;
/** The words of a number's noun before a comparative ("23,000 removals above", "13 more"): up to two words, not a span's "to just below" (the next number's hedge). */
export const NOUN_BEFORE_COMPARATIVE = /^\s*(?:(?!(?:to|from|and|or|by|at|in|of|just)\b)[\w-]+\s+){0,2}?(?=more|fewer|higher|lower|less|greater|above|below)/i;
/** A concessive opening ("Despite President Trump's promise to deport everyone, …"): its words govern no number after its comma. */
export const CONCESSIVE = /\b(?:despite|in spite of|notwithstanding)\b[^,;]*,\s*/gi;
/**
 * A number that is the object of a comparison ("would far exceed the 271,000", "could top last year's"): what the
 * comparison is set against, a count of what was, whatever modal governs the verb.
 */
export const COMPARED_OBJECT =
  /\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|top(?:s|ped|ping)?|beat(?:s|ing)?|eclips(?:e|es|ed|ing)|outpac(?:e|es|ed|ing)|dwarf(?:s|ed|ing)?|doubl(?:e|es|ing)|tripl(?:e|es|ing))\s+(?:the|its|their|that|last year['’]s|the previous year['’]s|the year-earlier)\s+(?:(?:previous|prior|record|year-earlier|roughly|about|nearly|almost|some|more than)\s+)*$/i;
/** Between two listed numbers: a joint of a list ("…10,000 new deportation officers and 1,000", "…for CBP operations, $47 billion"). */
export const LIST_JOINT = /,|\band\b|\bor\b/i;
/** A verb of its own right after a listed number's noun ("and 106,080 families and individuals are enrolled"): its own clause, no item of a list. */
export const OWN_VERB_AFTER = /^\s*(?:(?!(?:once|when|if|after|before|until|as|because|since|while|though|although|unless|so|that|which|who)\b)[\w'’-]+\s+){0,4}?(?:is|are|was|were|has|have|had|remain|remains|remained|stood|stands)\b/i;
/**
 * Between two numbers, words that make the second no item of the first's list: a clause of its own (a break, a
 * finite verb), a comparison's base or a span's end ("up from", "to", "than"), a part ("of them", "including").
 */
export const LIST_BREAK =
  /[;:—–]|(?<!\w)\$?\d|\b(?:from|to|than|against|versus|vs|compared|up|down|of them|of those|of which|of whom|including|out of|with|total|record|is|are|was|were|has|have|had|says|said|say|reported|shows?|showed|held|holds|employs?|stood|stands|but|while|which|who|after|before|since|until|when|because|whereas|though|although)\b/i;
/** A level a count crosses right before it ("will soon exceed 500,000", "is expected to pass more than eight million"). */
export const CROSSING_BEFORE = /\b(?:exceed|pass|top|surpass|reach|hit|cross|climb to|rise to|grow to|swell to)\s+(?:about|roughly|nearly|almost|around|some|more than|over|close to)?\s*$/i;
/** Words that a level is projected: a modal or an expectation. */
export const LEVEL_PROJECTED = ['will', 'would', 'could', 'may', 'might', 'expected to', 'projected to', 'likely to', 'set to', 'on track to', 'on course to', 'on pace to'];
/** People already in a state, right after the number ("the 1.4 million already ordered deported"): a level of what is, not a plan. */
export const ALREADY_AFTER = /^\s*(?:[\w-]+\s+){0,2}?already\s+\w+(?:ed|en)\b/i;
/** Words after money that make it the sum of other sums ("roughly $85 billion in all", "$38.3 billion in total"): someone's arithmetic, an estimate. */
export const SUM_AFTER = /^\s*(?:million|billion|trillion)?\s*(?:in all|in total|all told|altogether|combined|total)\b/i;
/** Words right after money that set it against another sum ("about $10 billion, against President Trump's request"): the sum is not the one named after. */
export const SET_AGAINST_AFTER = /^\s*(?:million|billion|trillion)?\s*,?\s*(?:against|versus|vs\.?|compared (?:with|to)|than|below|above|short of|up from|down from)\b/i;
/** Between money that is asked for and a count it would pay for ("seeks $2.7 billion to hold 54,000 people a day"). */
export const PAYS_FOR_BETWEEN = /^\s*(?:million|billion|trillion)?\s*(?:(?:for\s+\w+\s+)?to\s+(?:hold|detain|keep|house|pay for|fund|hire|add|support)|for)\s+(?:an average of\s+|a daily average of\s+|about\s+|roughly\s+|up to\s+|some\s+)?$/i;
/** A level reached, right before the number ("passing 3 million cases", "stood at more than 100,000", "climbed to 61,000"). */
export const LEVEL_REACHED_BEFORE = /\b(?:passing|passed|surpassing|surpassed|topping|topped|crossing|crossed|reaching|reached|hitting|hit|stood at|stands at|standing at|climbed to|climbing to|rose to|rising to|swelled to|grew to)\s+(?:about|roughly|nearly|almost|around|some|just|over|more than|close to|a record|a new high of|a high of)?\s*$/i;
/** A yearly budget named in the money's own clause ("ICE's base budget for fiscal year 2026 is about $10 billion"): not a law's multi-year money named elsewhere in the sentence. */
export const YEARLY_BUDGET_WORDS = ['base budget', 'annual budget', 'yearly budget', 'regular budget', 'annual appropriation*', 'discretionary budget'];
/** A percent of a earlier time's count ("only 15.6 percent of September 2024's", "one-fifth of fiscal 2019's"): the size of a change, not a share of a whole. */
export const PERCENT_OF_TIME = new RegExp(String.raw`^\s*of\s+(?:the\s+)?(?:(?:fiscal\s+(?:year\s+)?|FY\s*|calendar\s+)?(?:19|20)\d{2}|${MONTH}(?:\s+(?:19|20)\d{2})?|last year|the year before|the previous year|a year earlier)['’]s\b`);
/** A law named by what it does, in a sentence of beds added ("the budget law, which puts $45 billion into detention, including money for 100,000 more beds"). */
export const BUDGET_LAW_WORDS = ['budget law', 'spending law', 'tax law', 'tax-and-spending law', 'tax and spending law', 'reconciliation law', 'reconciliation act'];
/** A fraction or percent of an earlier level ("about half the pre-pandemic levels of 2018", "less than one-third of their 2011 level"): the size of a change. */
export const PERCENT_OF_LEVEL = /^\s*(?:of\s+)?(?:the|their|its|that)\s+(?:[\w-]+\s+){0,3}?(?:(?:19|20)\d{2}\s+)?(?:levels?|peak|high)\b/i;
/** Words before a number of beds that add them ("an additional 1,600 beds", "5,300 more beds"). */
export const ADDED_BEFORE_BEDS = /\b(?:additional|extra|another)\s*$/i;
/** Words of beds not yet there before them in their clause: a need, an ask, growth ("ICE needs at least 45,700 detention beds", "asking Congress to fund", "is expanding to 800"). */
export const BEDS_TO_COME_WORDS = ['needs', 'need', 'needed', 'asking', 'expanding to', 'expand to', 'grow to', 'growing to', 'would take', 'take total', 'to take', 'proposal', 'glide path', 'would fund', 'would pay', 'would give', 'would let'];
/** Beds right after a number ("add 1,000 beds"). */
/** Words of a size to come in a number's clause: a site that will open or add, grow or expand to, or is built out as planned ("will open with room for 1,000", "adds up to 280 beds", "can grow to 5,000 beds", "is expanding to 3,000 beds", "should eventually be able to keep"). */
export const SIZE_TO_COME_WORDS = ['will open', 'will add', 'will have', 'will start', 'will hold', 'will house', 'will be able', 'will grow', 'will expand', 'will accommodate', 'will provide', 'will create', 'adds', 'adding', 'grow to', 'can grow', 'could grow', 'growing to', 'expanding to', 'expand to', 'ultimate', 'eventually', 'once construction', 'built out', 'as planned', 'set to open', 'to open', 'plans to', 'planned'];
/** Words of a facility being built: its size ('a 5,000-bed camp') is one to come. */
export const BUILDING_WORDS = ['building', 'to build', 'putting up', 'constructing', 'to construct', 'erecting', 'under construction', 'to be built'];
/** Beds taken by people held: a count of them, not of beds ("from 39,328 beds occupied a year ago to 70,766 now"). */
export const BEDS_OCCUPIED = /\bbeds?\s+(?:occupied|filled|in use)\b/i;
/** A time a year back, not a yearly rate ("a year ago", "a year earlier"). */
export const YEAR_BACK = /\ba year (?:ago|earlier|before|later|since)\b/gi;
/** A size written as an adjective of its facility: "a 5,000-bed camp". */
export const BED_ADJECTIVE = /^-?bed\b/i;
/** A number named as the level there is now ("doubling the current 41,000 ICE detention beds"): the base of a plan, not the plan. */
export const CURRENT_BEFORE = /\b(?:the|its|ICE's|ICE’s|their)\s+(?:current|existing|present)\s*(?:about|roughly|nearly|almost|around|some|just|over|more than)?\s*$/i;
export const BEDS_AFTER = /^\s*(?:beds|bed)\b/i;

/** Where one clause ends and another begins (", as record receipts outpaced completions" is another clause; ", as of June", ", as many as" are not). */
export const CLAUSE_BREAK = /;|:|,\s+(?:and|but|while|whereas|although|though|yet|which|who)\s+|,\s+as\s+(?!of\b|many\b|much\b|few\b|well\b|part\b|long\b|high\b|low\b|far\b|soon\b|recently\b|an?\b)|\s(?:while|whereas)\s+|\s[—–]\s|—|\b(?:said|says|say|reported|announced|told reporters),?\s+(?:that\s+)?/gi;

/** A number that goes on from the earlier one: a comparison's base, the next item of a list, the end of a span ("up from", "and", "to", "down from a record of"). */
export const GOES_ON_END = /\b(?:and|or|from|to|than|against|versus|vs\.?|compared (?:with|to)|(?:a |the )?(?:new |previous |prior )?(?:record|high|peak|low|total|level) of|(?:a )?fraction of|half|twice|times)\s+(?:the\s+)?(?:(?:about|roughly|nearly|almost|around|some|just|only|more than|over|under|fewer than|less than|at least|close to|as many as|a record|a mere)\s+)?$/i;

/** Where an earlier number's counted phrase ends and a clause of this number's own begins. */
export const JOINT = /,\s*|\s(?:and|but|with|while|as|or)\s/gi;

// Said of a period, read by the frame period rules (period.ts).
/** A base named with its span left to the change's own: "from the same period in 2017", "the same months of 2024". */
export const SAME_SPAN = /\bsame (?:period|quarter|months?|stretch|time|weeks?|span)(?: (?:of|in|last))?\s*$/i;
/** Between a change and its base: no clause break and no other percent (which would be that one's base). */
export const BASE_GAP_BREAK = /[;:]|\s[—–]\s|—|,\s+(?:and|but|while|whereas|although|though|yet|which|who)\s|\d[\d,.]*\s*(?:%|percent|per cent)/i;
/** Between a base and a change set in apposition: "…in 2023, a 64% decline", "…in FY 2017, an 11% increase". */
export const APPOSITION = /^\s*,\s*(?:an?|or)\s+(?:(?:about|roughly|nearly|almost|some|more than|over|just)\s+)?$/i;
/** A "since" a comparison's own words open ("up 20% since January"): a change's span, not a record's horizon. */
export const COMPARED_SINCE = /\b(?:from|than|compared (?:with|to)|up|down|rose|fell|increased|decreased)\b[^.;]{0,30}$/i;
/** A year named only by pointing back ("in the fiscal year", "over that year", "the same fiscal year"): the time the sentence before gave. */
export const ANAPHORIC_YEAR = /\b(?:in|during|for|over|across) (?:the|that|the same) (?:fiscal )?year\b(?! (?:before|earlier|prior|ago|to|through|that|ended|ending|ahead))/gi;
/** Words of a period that name the calendar's year, not the fiscal year: "calendar year 2019", "CY2019". */
export const CALENDAR_WORDS = /\b(?:calendar(?:\s+year)?\s+(?:19|20)\d{2}|CY\s*(?:19|20)\d{2})\b/i;
/** A base named as the year before the change's own ("the year before", "the previous fiscal year's", "a year ago"). */
export const YEAR_BEFORE_WORDS = /\b(?:(?:the )?(?:year|fiscal year) (?:before|earlier|prior)|(?:the )?(?:previous|prior|last) (?:fiscal )?year(?:['’]s)?|a year (?:earlier|before|ago))\b/i;

// Short lists the frame kind rules read (kind.ts), kept as constants: phrases.ts caches one matcher per list object.
/** Words of an average or a typical day in the number's own clause: not a count on one day. */
export const AVERAGE_OWN_WORDS = ['average*', 'any given', 'a typical'];
/** "by" right before a number ("raises the budget by"). */
export const BY_WORD = ['by'];
/** "from" right before a number ("from 6,000 to 12,000"). */
export const FROM_WORD = ['from'];

/** Words that say a count runs to the time of writing (frame.period.said-to-date). */
export const TO_DATE_WORDS = /\b(?:so far|to date|thus far|year[- ]to[- ]date|until now)\b/i;
/** A verb in the present perfect: "has held", "have already deported", "has been" (frame.period.said-to-date). */
export const PRESENT_PERFECT =
  /\b(?:has|have)(?:n['’]t| not)?\s+(?:(?:already|also|now|just|since|collectively|so far)\s+)?(?:been|held|seen|made|kept|taken|caught|brought|spent|paid|run|done|sent|put|met|hit|grown|risen|fallen|given|driven|built|won|lost|left|[a-z]+ed)\b/i;
/** Where a number's own clause begins, for frame.period.said-to-date: after a semicolon or colon, a word that opens another clause, or one that names a base ('against an average of 312'). */
export const TO_DATE_CLAUSE_START = /[;:]|\b(?:but|while|whereas|although|though|yet|when|which|who|against|compared (?:with|to)|versus|from)\b/gi;
/** Where a number's own clause ends after it, for frame.period.said-to-date. */
export const TO_DATE_CLAUSE_END = /[;:,]|\b(?:but|while|whereas|although|though|yet|when|which|who)\b/i;
