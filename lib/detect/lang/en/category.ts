/**
 * The English pack: the words and phrasings of the category rules (lib/detect/categories.ts, each named in
 * lib/detect/rules/category.ts): verbs of enforcement, doers, side clauses, targets said as plans or
 * hypotheticals. Vocabulary only, no logic (see ./index.ts).
 */
import type { Category } from '../../types';

export const BUDGET_WORDS =
  /\b(?:budgets?|bonus(?:es)?|reimburs\w*|incentives?|fund\w*|appropriat\w+|spen[dt]\w*|costs?|costing|paid|pays?|price|contracts?|taxpayers?|billions|ice|dhs|cbp|customs and border protection|the department|homeland security|charg(?:e|es|ed|ing)|contractors?|monitor\w*|supervision|detention|detainees?|in return for|deport\w*|enforcement|border|beds?|officers|agents|removals?|congress|bill|request\w*|allocat\w+|package|the agency|agency['’]s|money|discretionary|mandatory|asking for|asks? for|asked for)\b/gi;

export const POOL_BEFORE = /\b(?:all|all of the|the country['’]s|the nation['’]s|the estimated)\s+$/i;

export const BORDER_WORD = /\b(?:border|Border Patrol|CBP|sector|entering (?:the (?:country|United States|U\.S\.) )?illegally|illegal entr(?:y|ies))\b/i;

export const CBP_ARRESTS = /\b(?:Border Patrol|CBP|Customs and Border Protection|illegal(?:ly)? cross\w*|crossings)\b/;

/** The border agency as the doer in a number's own clause, before it: "Border agents made about 124,000 arrests", "CBP arrested 5,115". */
export const BORDER_AGENCY_DOER = /\b(?:Border Patrol|CBP|Customs and Border Protection|[Bb]order (?:agents|officers|officials)|Border Patrol agents)\b(?:['’]s?)?\s+(?:[\w-]+\s+){0,3}$/;
/** A counted phrase of arrests: "124,000 arrests", "5,115 apprehensions" (not "3,798 book-ins"). */
export const ARREST_NOUN = /^\s*(?:[\w-]+\s+){0,2}?(?:arrests?|apprehensions?)\b/i;
/** ICE named in a number's own clause before it: the clause's doer is the interior agency, whatever else the sentence names. */
export const ICE_DOER = /\bICE\b|Immigration and Customs Enforcement|\bdeportation officers\b/;

export const ICE_NAMED = /\bICE\b|Immigration and Customs Enforcement|\binterior\b|\binside the (?:country|United States|U\.S\.)|\badministrative arrests?\b/;

export const BORDER_COUNT = /\b(?:enforcement|encounter\w*|apprehen\w*|cross\w*|migrants|illegal\w*|entry)\b/i;

/** A body known for estimating the unauthorized population, named anywhere in a paragraph. */
export const ESTIMATOR_BODY = /\b(?:Pew Research Center|Pew|Migration Policy Institute|Center for Migration Studies|Center for Immigration Studies|Office of Immigration Statistics)\b/;
/** An estimate word in the number's sentence: "An estimated 11.1 million lived in the country". */
export const ESTIMATE_WORD = /\b(?:estimated|estimates?)\b/i;

/** A body known for estimating the unauthorized population, and an estimate word. */
export const POPULATION_ESTIMATOR =
  /\b(?:Pew(?: Research Center)?|Migration Policy Institute|Center for Migration Studies|Center for Immigration Studies|Federation for American Immigration Reform|FAIR|Office of Immigration Statistics)\b[^.;]{0,80}\b(?:estimates?|estimated|figure|count|tally)\b|\b(?:estimates?|figure)\b[^.;]{0,80}\b(?:Pew|Migration Policy Institute|Center for Migration Studies|Center for Immigration Studies|Federation for American Immigration Reform|FAIR|Office of Immigration Statistics)\b|\b(?:Pew|FAIR|CIS|MPI)['’]s (?:latest |new |own )?(?:estimate|figure|count)\b/;

/** A counted noun phrase headed by removals: "removals of people arrested at the border", "deportations of recent crossers". */
export const REMOVALS_OF = /\b(?:removals|deportations|expulsions) of (?:the )?(?:[\w-]+ ){0,2}$/i;

export const REMOVALS_HEAD = /^(?:(?:interior|border|total|ICE|annual|formal)\s+)?(?:removals|deportations|expulsions)\b/i;

/** Words before a number that own the cases it counts: a docket, a program, a caseload. */
export const CUE_OWNER: Partial<Record<Category, RegExp>> = {
  detention: /\bnon-?detained\b/i,
  removals: /\b(?:deportations|removals)\b/i,
  atd: /\b(?:alternatives? to detention|ATD|program)\b/i,
};

/** Titles only an enforcement agency gives: "deportation officers" are never the courts' staff. */
export const AGENCY_TITLE = /\b(?:deportation officers?|ice (?:agents?|officers?)|border patrol agents|special agents?)\b/i;

/** A comparison that goes on from the count before: "…, up from 135", "an increase of more than 600%", "54% above". */
/** A verb of reporting a count right before a bare number: "over the same dates in 2025 they reported 238" (the count named before it, again). */
export const SAME_COUNT_VERB_BEFORE = /\b(?:reported|recorded|counted|logged|tallied)\s+(?:only\s+|just\s+|about\s+|nearly\s+|some\s+)?$/i;
export const FROM_OTHER = /(?:\b(?:up|down|rising|falling|rose|fell|grew|dropped)(?: \w+)? from|\bfrom|\b(?:increase|decrease|rise|drop|jump|fall|gain) of|\bup|\bdown|\band|,)\s+(?:(?:about|nearly|almost|roughly|more than|over|some|just)\s+)?$/i;

/** A paragraph about how long people stay in detention: its bare days are stays ("puts the average at 47 days"). */
export const STAY_BLOCK =
  /\b(?:length of (?:stay|(?:ICE |immigration )?(?:detention|custody))|average (?:length|stay)|(?:average|typical|median) (?:time|days?) (?:in|spent in) (?:ICE )?(?:detention|custody)|how long (?:people|immigrants|migrants|detainees|noncitizens) (?:stay|spend|are held|remain)|stay(?:ed|s|ing)? in (?:ICE |immigration )?(?:custody|detention))\b/i;
/** Words of a stay in detention in a sentence: "spent roughly 63 days in detention", "staying around 40 days". */
export const STAY_WORD = /\b(?:in (?:ICE |immigration )?(?:detention|custody)|detained|held|stay(?:s|ed|ing)?|length of stay)\b/i;

/** A counted phrase of staff named by their agency: "Border Patrol officers", "U.S. Customs and Border Protection agents". */
/** A count of an enforcement act whose people are named after 'of': "arrests of illegal immigrants crossing the border", "apprehensions of undocumented migrants". */
export const ACTS_OF_PEOPLE = /\b(?:apprehensions|arrests|encounters|deportations|removals|detentions) of (?:(?:illegal|undocumented|unauthorized|suspected|unlawful|the)\s+){1,2}(?:immigrants|migrants|aliens|crossers|border[- ]crossers|people)\b/i;
/** The border agency itself as what a change multiplies: "double the Border Patrol", "more than doubled the size of the Border Patrol". */
export const AGENCY_SIZE_AFTER =
  /^\s+(?:the\s+(?:size|ranks|workforce|staff|strength|headcount) of\s+)?(?:the\s+)?(?:U\.S\.\s+)?Border Patrol\b(?!['’]s\b|\s+(?:apprehensions|arrests|encounters|stops|catches|apprehended|arrested|caught|made|recorded))/;
/** The first of a pair whose staff noun follows the second: "from about 11,000 to 21,000 agents". */
export const STAFF_PAIR_AFTER = /^\s+to\s+(?:(?:about|nearly|almost|roughly|more than|over|some)\s+)?[\d,.]+(?:\s+(?:thousand|million))?\s+(?:(?:Border Patrol|CBP|ICE|new|more)\s+)?(?:agents|officers|employees|personnel)\b/;
export const STAFF_PHRASE = /^(?:(?:more|new|additional|extra)\s+)?(?:(?:[A-Z][\w.’'-]*|and)\s+){1,5}(?:officers|agents|employees|personnel)\b/;
/** A title before a name is no count of staff: "Chief Patrol Agent John Modlin reported approximately 9,000". */
export const TITLE_BEFORE_NAME = /\b(?:(?:Chief|Deputy|Acting|Special|Supervisory|Patrol|Border Patrol)\s+){1,3}(?:Agent|Officer)s?(?:\s+in\s+Charge)?\s+(?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+\b/g;
/** Room or beds a target is for: "its goal of space for 100,000 deportees at once". */
export const CAPACITY_FOR_BEFORE = /\b(?:space|room|beds?|capacity)\s+(?:for|of)\s+(?:up to\s+|about\s+|some\s+|as many as\s+|roughly\s+)?$/i;
/** A paragraph that tells of raids or sweeps ("the biggest single workplace raid in a decade"). */
export const RAID_BLOCK = /\b(?:raid(?:s|ed)?|sweeps?)\b/i;
/** A detention cue that is only a verb of holding: "detained", "held" (not "detention", "beds", "custody"). */
export const DETAINED_VERB = /^(?:detained|detaining|held|holding)$/i;
export const BORDER_BLOCK = /\b(?:Border Patrol|CBP|Customs and Border Protection|apprehensions|southwest border|southern border)\b/i;

/** An open modifier before a cue: "Removals of immigrants arrested near the border", "agents, who ...". */
export const MODIFIER_OPEN =
  /(?:(?<=\b(?:removals|deportations|arrests|apprehensions|expulsions|releases|detentions) )of (?:the )?(?:[\w-]+ )?(?:people|persons|immigrants|migrants|those|noncitizens|individuals|men|women|families|detainees|children|(?:border )?crossers)|\bwho|whom|which|because|after|amid|due to|a reflection of|reflecting|facing|awaiting)\b(?![^,;:()—–]*[,;:)—–])/i;

/** A side clause opened after the number: "81,603, a reflection of crowded courts", "(those ...)". */
export const SIDE_AFTER = /[(]|[,;—–]\s*(?:a (?:reflection|sign|result|pace|rate|figure|number)|reflecting|because|after|as|amid|due to|which|who|partly|largely|driven)\b|\b(?:because|despite)\b/i;

/** A sentence opening on a subordinate clause, up to a word in it (no comma yet): "As the administration keeps up its push for ". */
export const OPENING_CLAUSE = /^\s*(?:As|Amid|While|Since|Because|Although|Though|Despite|Even as|In the wake of|Following)\b[^,;:—–]*$/;

export const BY_DOER = /\bby (?:the )?(?:(?:[A-Z(][\w.)]*|and|of|its|their|border|federal|immigration|local|state|[a-z-]+['’]s|[a-z]+-[a-z-]+)\s+){0,6}$/;

export const HYPOTHETICAL_BEFORE =
  /(?:^[\s•*-]*|[,;:—–(]\s*|\b(?:that|of|say|says|said|estimate[sd]?)\s+)(?:(?:apprehending|arresting|detaining|finding|locating) and )?(?:deporting|removing|expelling|arresting)\s+(?:all\s+|the\s+|another\s+|just\s+|only\s+)?$/i;

/** "an annual cost of $88 billion to deport one million": the price of a plan, not a count. */
export const COST_TO = /\b(?:costs?|cost(?:ing)?|price(?: tag)?|spend|billion|trillion)\b[^.;]{0,50}\bto (?:deport|remove|expel|arrest|detain|round up)\s+(?:all\s+|the\s+|just\s+)?$/i;

export const HYPOTHETICAL = /^[^;.]*\b(?:would|could|might)\b/i;

/** A future or conditional verb of enforcement governing the number: "would 'immediately' deport up to 3 million". */
export const FUTURE_BEFORE =
  /\b(?:will|would|['’]ll)\s+(?:["“”'‘’\w-]+\s+){0,2}?(?:deport|remove|expel|arrest|round up|detain)\s+(?:up to\s+|as many as\s+|another\s+|all\s+)?$|\b(?:will|would|['’]ll)\s+go about\s+(?:(?:detaining|arresting|finding|locating|rounding up)\s+(?:and\s+)?)?(?:deporting|removing|expelling|arresting|detaining)\s+(?:up to\s+|as many as\s+|another\s+|all\s+)?$|\b(?:will|would)\s+be\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:deportation|removal|expulsion)s?\s+of\s+(?:up to\s+|as many as\s+|all\s+)?$/i;

/** "At that pace it would remove 518,000": a projection of the count, not a promise. */
export const PACE = /\b(?:at (?:that|this|the (?:current|present|same))|on) (?:pace|rate)\b|\bon (?:pace|track) (?:to|for)\b/i;

export const FUTURE_AFTER = /^\s+(?:more\s+)?(?:[\w-]+\s+){0,2}?(?:will|would|could) (?:be|have to be|need to be) (?:deported|removed|expelled|arrested|picked up|rounded up|detained)\b/i;

/**
 * An enforcement verb right before the number, or a passive one right after its noun: then "illegal
 * immigrants" only names who was counted ("deported 527,000 illegal migrants", "1,300 illegal
 * immigrants taken into custody"), and the verb says what.
 */
export const ACTION_BEFORE =
  /\b(?:(?:deportations?|removals?|self-deportations?|expulsions?) of|deport(?:s|ed|ing)?|remov(?:e|es|ed|ing)|expel(?:s|led|ling)?|apprehend(?:s|ed|ing)?|arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|round(?:s|ed|ing)? up|picked up|encounter(?:s|ed|ing)?|caught|catching|turned back|target(?:s|ed|ing)?|house|housing|hold|holds|holding|held|accommodate|releas(?:e|es|ed|ing)|(?:remov|deport)\w* and returned|returned)\s+(?:a total of\s+|an estimated\s+|some\s+|only\s+|just\s+|a mere\s+|an? (?:record|all-time high|new high|further) (?:of\s+)?)?$/i;

/** After the number and its noun: "1,300 illegal immigrants taken into custody", "2 million ... have left". */
export const ACTION_AFTER =
  /^[\s\w-]{0,40}?(?:,[^,.;]{0,60},\s*)?\b(?:were |had been |have been |has been |being |was |have |has |who )?((?:taken )?into (?:ice |federal )?custody|(?<=\b(?:it|they|ICE|the agency) )(?:detains|holds)|arrested|detained|deported|removed|apprehended|caught|expelled|rounded up|picked up|(?:left|departed|exited) the (?:country|u\.s\.|us|united states)|(?:voluntarily )?returned (?:home|to their (?:home )?countr(?:y|ies))|self-deported|incarcerated|jailed|locked up|held in (?:ice |immigration |federal )?(?:detention|custody)|(?:let out of|released from) (?:[\w-]+ )?(?:ice |immigration )?(?:detention|custody)|(?:crossed|came in|entered)(?=\s+(?:(?:illegally|the border|into the (?:country|u\.s\.|united states)|the (?:country|u\.s\.|united states)(?: illegally| without (?:authori[sz]ation|papers|permission|legal status))?)\s+)?(?:in|during|over|since|last|this|so far)\b))(?!\w)/i;

/** A relative clause opened between a number and its first verb: "4,300 people who had been arrested". */
export const RELATIVE_BEFORE_VERB = /\b(?:who|whom|that)\b[^,.;]*$/i;
/** The main verb after a relative clause: "… who had been arrested by ICE were deported". */
export const MAIN_VERB_AFTER_RELATIVE =
  /^[^,.;]{0,40}?\b(?:were|was|had been|have been|has been|are|is)\s+(deported|removed|expelled|arrested|detained|apprehended|released from (?:[\w-]+ )?(?:ice |immigration )?(?:detention|custody)|held in (?:ice |immigration |federal )?(?:detention|custody))\b/i;
export const ACTION_VERB = /crossed|came in|entered|let out of|released from|held in|custody|arrested|detained|detains|holds|deported|removed|apprehended|caught|expelled|rounded up|picked up|left the|departed the|exited the|returned|self-deported|incarcerated|jailed|locked up/i;

/** "ICE agents detained 41,000 people": detaining done by agents is arresting. */
export const AGENTS_BEFORE = /\b(?:agents|officers|ICE|authorities|immigration officials)\b[^,;.]{0,20}$/;

/** The last word before a number, when it could be an enforcement verb (cheap test before ACTION_BEFORE). */
export const ACTION_LAST = /^(?:deport|remov|expel|apprehend|arrest|detain|encounter|caught|catching|target|hous|hold|held|accommodate|releas|return|only|just|mere|up|back|of|some|estimated|record|high|further)/i;

/** People, as the counted noun of a release: "released 127,000 people", not "released 300 pages". */
export const RELEASED_PEOPLE = /^(?:[\w-]+ )?(?:people|persons|immigrants|migrants|detainees|noncitizens|non-citizens|individuals|aliens|families|adults|children|men|women)\b/i;

/** "deporting illegal immigrants": an enforcement verb's object only names who is counted. */
export const VERB_OBJECT = /\b(?:deport|remov|arrest|detain|expel|apprehend)\w*\s+(?:the\s+|more\s+|other\s+)?$/i;

/** "the number of illegal immigrants deported from ...": the participle says what was counted. */
export const PARTICIPLE_AFTER = /^\s+(?:who (?:were|have been) |that (?:were|have been) )?(?:deported|removed|arrested|detained|apprehended|expelled|booked)\b/i;

export const RESTATE = /[,;—–]\s*(?:averaging|an average of|totall?ing|for a total of|an? (?:annual|yearly|monthly|daily) (?:total|pace|rate) of|adding up to|amounting to|or(?: an average of)?)\s*$/i;

/** The verb 'detained' after a number's noun. */
export const DETAINED = /^detained$/i;
/** People detained during a span or an operation are arrests: '330 immigrants had been detained since Friday'. */
export const DETAINED_SPAN = /^\s+(?:since|during|over|after|between|from \w+ (?:to|through|until)|in (?:the |a |an )?(?:[\w-]+ )?(?:raids?|operation|sweep|crackdown))\b/i;
/** Verbs after a noun that count detention. */
export const VERB_DETENTION = /^(?:incarcerated|jailed|locked up|held in|let out of|released from|detains|holds)/i;
/** Verbs after a noun that count removals. */
export const VERB_REMOVALS = /^(?:deported|removed|expelled|left|departed|exited|voluntarily|returned|self-deported)/i;
/** Verbs after a noun that count crossings in a span ("2.8 million illegal migrants crossed in fiscal 2022"): border, not the population. */
export const VERB_BORDER = /^(?:crossed|came in|entered)/i;
/** A part named between a number and its verb: "4.2 million of them had entered in 2000 or later" is a part of a population. */
export const PARTITIVE_LEAD = /^\s*,?\s*(?:of (?:them|those|whom|these)|among them)\b/i;
/** Verbs after a noun that count arrests. */
export const VERB_ARRESTS = /^(?:arrested|rounded|picked|taken|into)/i;
/** What a court holds: cases, not people ('courts hold 3.7 million open cases'). */
export const HELD_CASES = /\b(?:cases|applications|claims|petitions|files)\b/i;
/** 'target' before a number: people to be removed. */
export const VERB_TARGET = /^target/i;
/** 'detained' right before a number. */
export const VERB_DETAINED = /^detained/i;
/** Verbs of holding people before a number: detention. */
export const VERB_HOLD = /^(?:hous|hold|accommodate)/i;
/** Verbs of releasing people before a number: detention. */
export const VERB_RELEASE = /^releas/i;
/** Words inside a counted phrase after which the words describe its head: 'people with final orders', 'arrests of immigrants'. */
export const PHRASE_MODIFIER = /\b(?:with|of)\b/i;
/** 'of' inside a counted phrase. */
export const PHRASE_OF = /\bof\b/i;
/** Where removals came from: '98,000 from the border'. */
export const FROM_BORDER = /\bfrom the (?:southern |southwest |u\.s\.-mexico )?$/i;
/** 'ordered' right before a number: an order of removal. */
export const ORDERED_BEFORE = /\bordered\s+$/i;
/** A cue of apprehension among the arrest cues. */
export const APPREHENSION_CUE = /apprehen/i;
/** Judges in a staff number's counted phrase. */
export const JUDGES = /\b(?:judges?|IJs?)\b/i;
/** Released people, before the number. */
export const RELEASED = /\breleas\w*/i;
/** Staff words that are an agency's in a paragraph naming it. */
export const AGENCY_STAFF_CUE = /\b(?:officers|agents|workforce)\b/i;
/** CBP's apps: their downloads are no border count. */
export const CBP_APP = /CBP (?:Home|One)\b/;
/** People held by the border agency. */
/** Expulsions or processing under a border authority, in a number's clause: "expelled under Title 42", "processed under Title 8". */
export const BORDER_AUTHORITY = /\b(?:expelled|expulsions?|processed|turned back|returned)\s+(?:[\w-]+\s+){0,2}?under\s+Title\s+(?:42|8)\b|\bTitle\s+42\s+expulsions?\b/i;
/** ICE named as the doer: its removals under Title 8 are removals. */
export const ICE_REMOVER = /\b(?:ICE|ERO|Immigration and Customs Enforcement|Enforcement and Removal Operations)\b/;
/** ICE's non-detained docket, named in a paragraph. */
export const NON_DETAINED_DOCKET = /\bnon-?detained (?:docket|caseload)\b/i;
export const DETAINED_BY_CBP = /\bdetained by (?:the )?(?:CBP|Border Patrol|Customs and Border Protection)\b/;
/** Before a goal word, words that set the count against the goal, not under it: "despite President Trump's promise of more deportations: around 11,000". */
export const GOAL_CONTRASTED = /\b(?:despite|in spite of|notwithstanding|for all)\s+(?:[\w'’.-]+\s+){0,4}$/i;
/** A goal word inside a side clause closed before the number: "The spreadsheet, which should be near final …, shows ICE removed 55,590". */
export const SIDE_CLAUSE_OPEN = /,\s*(?:which|who|that|where|when)\b[^,;:]*$/i;
/** A cheap first test for CONTRAST. */
export const CONTRAST_CHEAP = /against|short of|toward|compared/;
/** A goal after these words is another number's: 'on pace for 300,000 against a goal of 1 million'. */
export const CONTRAST = /\b(?:against|short of|toward|towards|compared)\b/;
/** 'to' right before a number: the end of a 'from … to' change. */
export const TO_BEFORE = /^[^,;.]{0,12}\bto\s*$/;
/** 'from' earlier in the clause. */
export const FROM_BEFORE = /\bfrom\b[^,;.]{0,80}$/;
/** A second verb joined by 'and' that shares the first one's target. */
export const AND_VERB =
  /^[^,;.]{0,40}?\band\s+(?:to\s+)?(?:arrest(?:ing)?|deport(?:ing)?|remov(?:e|ing)|detain(?:ing)?|expel(?:ling)?|round(?:ing)? up|mak(?:e|ing)|carry(?:ing)? out|reach(?:ing)?|hit(?:ting)?)\b[^,;.]*$/i;
/** Words between a goal word and a number that make the number a baseline. */
export const BASELINE_BETWEEN = /\b(?:previous|prior|earlier|former|past|from|than|compared (?:with|to)|since|when)\b|,\s*(?:with|having)\b/i;
/** Book-ins into detention right after a number, or a part of them: "192,947 book-ins into ICE detention centers", "20,131 of the book-ins". */
export const BOOK_INS_AFTER = /^\s+(?:(?:initial\s+)?book-ins\s+(?:into|to)\s+(?:ICE\s+|its\s+|federal\s+)?(?:detention|custody|facilities|jails)|of\s+the\s+(?:initial\s+)?book-ins\b|(?:people\s+)?(?:who\s+)?(?:were\s+|had been\s+)?(?:later\s+|then\s+|subsequently\s+)?booked\s+into\s+(?:ICE\s+|its\s+)?(?:detention|custody|facilities|jails))/i;

/**
 * A sentence about admissions to ICE detention, in which arrests only say who made them: "36,722 people
 * were booked into ICE custody: 31,607 after arrests by ICE", "ICE logged 54,735 book-ins and CBP 7,066",
 * "People handed to ICE after arrests by the Border Patrol", "12,625 reached ICE custody through transfers
 * from CBP", "those held had first been arrested by ICE (52,510)".
 */
export const BOOK_IN_SENTENCE =
  /\b(?:(?:initial )?book-ins?|bookings? (?:in|into)|booked (?:in|into)|handed (?:over )?to ICE|handed over by|transfers? (?:from|by) (?:U\.S\. )?(?:CBP|Customs and Border Protection|the Border Patrol)|reached ICE custody|(?:those|people|detainees|immigrants|migrants) (?:held|detained|in (?:ICE )?(?:custody|detention))\b[^.;]{0,30}?\b(?:first )?arrested by)\b/i;
/** A span of time as a number's counted noun: "over the first 26 days of July" (no count of people). */
export const TIME_NOUN = /^(?:days?|weeks?|months?|years?)\b/i;
/** Book-ins the writer takes for arrests: "ICE book-ins, a stand-in for arrests", "990 book-ins a day, … June's rate of 1,224 arrests". */
export const BOOK_INS_AS_ARRESTS = /\b(?:stand-in|proxy|measure|gauge|indicator) (?:for|of) (?:ICE )?arrests\b|\d arrests\b/i;

/** A part of the people removed, in the number's sentence: "Of those removed by ICE", "95,360 of them", "47,000 of those deported". */
export const REMOVED_PART = /\bof (?:them|those|these|the (?:people|immigrants|migrants|deportees|deportations|removals))\b|\bof those (?:removed|deported|expelled)\b/i;
/** A removal said before the number in its sentence. */
export const REMOVAL_BEFORE = /\b(?:deport\w*|remov(?:ed|al|als|ing)|expel\w*)\b/i;
/** Where the people counted were first arrested, right after the number: "nearly 70,000 had been arrested inside the United States", "160,725 caught by the Border Patrol". */
export const ARRESTED_AFTER =
  /^\s*(?:of (?:them|those(?: (?:removed|deported|expelled))?)\s+)?(?:had (?:first )?been |were |was |have been )?(?:first |initially )?(?:arrested|caught|apprehended|picked up|encountered|stopped)\b/i;

/** An enforcement verb whose count follows a colon: "Federal officials deported more immigrants than ever …: 409,849 undocumented immigrants". */
export const VERB_THEN_COLON = /\b(deported|removed|expelled|arrested|apprehended|incarcerated|jailed)\b[^:;.?!]{0,160}:\s*(?:(?:about|nearly|almost|roughly|more than|over|some|just over|just under)\s+)?$/i;

/** A verb of arrest right before a number: its subject ("agents caught 858,638") did the arresting. */
/** Agents who averaged a bare number: "where agents averaged nearly 128,000 a month" counts their arrests, not them. */
export const AGENTS_AVERAGED_BEFORE = /\b(?:agents|officers)\s+(?:[\w-]+\s+)?(?:averaged|averaging)\s+(?:(?:about|nearly|almost|roughly|more than|over|some|just over|just under)\s+)?$/i;
export const ARREST_VERB_BEFORE = /\b(?:caught|apprehended|arrested|detained|encountered|stopped|picked up|took|taken|processed|processing)\s+(?:(?:about|nearly|almost|roughly|more than|over|some|just over|just under|an estimated|a total of)\s+)?$/i;

/** People with orders of removal right after the number: "1.4 million people who already have removal orders", "560,000 other immigrants ordered deported". */
export const FINAL_ORDERS_AFTER =
  /^\s+(?:[\w-]+\s+){0,3}?(?:(?:who|that) (?:already |now |still )?(?:have|had|hold|held|received|got) (?:final )?(?:removal|deportation) orders|with (?:final )?(?:removal|deportation) orders|(?:with |under )?(?:final )?orders? of (?:removal|deportation)|ordered (?:deported|removed))\b/i;

/** A removal done right before the number: "ICE removed 1,000 people ordered removed by a judge" counts removals. */
export const REMOVED_RIGHT_BEFORE = /\b(?:deported|removed|expelled|deports|removes)\s+(?:(?:about|nearly|almost|roughly|more than|over|some)\s+)?$/i;
/** A sum of the number before, said after it: "75 arrests a day, roughly 1,200 to 1,500 in all". */
export const RESTATE_AFTER = /^\s+(?:in all|in total|all told|altogether|combined|overall)\b/i;
/** A comma (and a hedge) right before the number: the restatement is a clause of its own. */
export const RESTATE_LEAD = /[,;—–]\s*(?:(?:about|nearly|almost|roughly|around|some|more than|over)\s+)?$/i;

/** 'from' right after the goal word: the goal's own earlier level ("its daily goal from about 1,000"). */
export const GOAL_FROM = /^\s*from\s+$/i;
/** 'from … to' between a goal word and a number: the number is the target. */
export const FROM_TO_BETWEEN = /\bfrom\b[^;]*\bto\s*$/i;
/** 'to deport' right before a number. */
export const TO_DEPORT_BEFORE = /\bto (?:deport|remove|expel|arrest|detain|round up)\s+(?:all\s+|the\s+|just\s+)?$/i;

/** All immigrants or the foreign-born, lawful residents and citizens included: "the immigrant population", "foreign-born people". */
export const ALL_IMMIGRANTS = /\b(?:immigrant population|foreign[- ]born|population of immigrants|net (?:international |foreign )?(?:migration|immigration))\b/i;

/** A word of unlawful status that makes a count of immigrants the unauthorized population. */
export const UNAUTHORIZED_WORD = /\b(?:unauthori[sz]ed|undocumented|illegal(?:ly)?|unlawful(?:ly)?|without (?:legal |lawful )?(?:status|papers|authori[sz]ation|permission)|no legal status)\b/i;

/** Between the subject that opens a sentence and a cue word: a relative clause on the subject ("Removals that stemmed from ICE arrests"). */
export const SUBJECT_RELATIVE = /^\s+(?:that|which|who)\s[^,;:()]*$/i;

/** Between a colon and the bare count that opens the clause after it: ": 109 were recorded", ": about 1,000". */
export const COLON_LEAD = /^\s*(?:(?:about|nearly|almost|roughly|more than|over|some|just over|just under|around|approximately)\s+)?$/i;

/** "by" and the words of an agency before its staff: "arrests by Immigration and Customs Enforcement agents", "removals carried out by ICE officers". */
export const BY_AGENTS_BEFORE = /(?:\b(arrests|removals|deportations|apprehensions|detentions|book-ins)\s+(?:made\s+|carried out\s+)?)?\bby\s+(?:[A-Za-z.&'’-]+\s+){0,5}$/i;

/** The category of a count noun made by staff ("arrests by ICE agents"). */
export const COUNT_NOUN_CATEGORY: Record<string, 'arrests' | 'removals' | 'border' | 'detention'> = {
  arrests: 'arrests',
  removals: 'removals',
  deportations: 'removals',
  apprehensions: 'border',
  detentions: 'arrests',
  'book-ins': 'detention',
};

/** The place of an arrest right after the number's noun: "arrested more than 1 million migrants at the U.S.-Mexico border". */
export const AT_BORDER_AFTER = /^\s+(?:[\w-]+\s+){0,2}(?:at|along|on|across) the (?:U\.S\.-Mexico |US-Mexico |southern |southwest |southwestern |northern |Mexican )?border\b/i;

/** A count noun and the words that say which of it: "removals following one of its own arrests", "deportations that stemmed from ICE arrests". */
export const COUNT_MODIFIER_BEFORE = /\b(?:removals|deportations|arrests|apprehensions|book-ins|releases)\s+(?:following|after|stemming from|resulting from|that (?:followed|stemmed from|came from|resulted from))\s+(?:[\w'’-]+\s+){0,5}$/i;
