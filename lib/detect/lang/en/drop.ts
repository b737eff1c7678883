/**
 * The English pack: the words and phrasings of the drop rules (lib/detect/filters.ts, each rule named in
 * lib/detect/rules/drop.ts): what makes a number in an enforcement sentence no claim. Vocabulary only,
 * no logic (see ./index.ts).
 */
/** Opinion polls; a statistical survey ("the Current Population Survey", "survey data") counts people, it is no poll. */
export const POLL = /\b(?:polls?|polled|pollsters?|(?<!\b(?:population|community|household|labor force|census|statistical|bureau) )surveys?(?! data| numbers| estimates?|['’]s margin)|surveyed|respondents|approve|approval rating|voters said)\b/i;

export const TIME_UNIT = /^(?:(?:separate|different|consecutive|straight|successive|fiscal|calendar|full) )?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|nights?)\b/i;

export const HYPHEN_UNIT = /^-(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|page|pages|mile|miles|foot|feet|pound|acre|story|member|person|point|minute)\b/i;

/** The first of two numbers of a span: "six or seven days a week". */
export const SPAN_PAIR = /^\s+(?:or|to)\s+(?:\d+|[a-z]+)\s+(?:seconds|minutes|hours|days|weeks|months|years)\b/i;

export const AGE_AFTER = /^(?:-(?:years?|months?|weeks?)-old|\s+(?:years?|months?) old)\b/i;

export const AGE_BEFORE = /\b(?:aged?|ages|as young as|as old as|younger than|older than)\s+$/i;

/** A sentence about ages: "age limits", "as young as 18", "from under two years old to about 16". */
export const AGE_TOPIC = /\bage (?:limits?|caps?|requirements?|range|restrictions?)\b|\bas (?:young|old) as\b|\byears? old\b/i;

/** A name or a word for one person right before an age between commas: "Martinez, 19,", "a deported man, 32," (not "the most arrests, 107,"). */
export const NAME_COMMA = /(?:(?<![\w'’.-])[A-Z][\w'’.-]*|\b(?:man|woman|boy|girl|father|mother|son|daughter|husband|wife|brother|sister|teen|teenager|student|worker|veteran|immigrant|migrant|resident|citizen|national|native|grandmother|grandfather|mom|dad|child|toddler|infant|baby|asylum seeker|farmworker|pastor|activist|officer|agent|detainee|deportee)),\s$/;

export const STAY = /\b(?:length of stay|average length|average (?:stay|detention|of)|stays? (?:of|lasting)|held (?:for )?an average|averag\w+ stay)\b/i;

export const CHANGE_BEFORE =
  /\b(?:rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|grew|grow|grows|growing|grown|dropped|drop|drops|dropping|declined|decline|declines|declining|increased|increases|increasing|decreased|decreasing|climbed|climbs|climbing|jumped|jumps|surged|surges|plunged|plummeted|soared|slashed|slashing|trimmed|halved|slipped|dipped|shrank|shrunk|swelled|dip|dips|slip|slips|climb|jump|surge|plunge|plunges|soar|soars|shrink|shrinks|swell|swells|tumble|tumbles|up|down|cut|cuts|reduced|reducing|boosted|expanded|spiked|tumbled|slid|sank|slumped|rebounded|gain|gained|lost|lose|(?:an? )?(?:decrease|increase|drop|decline|rise|jump|reduction|gain|growth|surge|spike|fall|dip)s? of|(?:decrease|increase|drop|decline|rise|jump|reduction|gain|growth|fall)s? (?:is|was|were|are)(?: just| only| about| roughly| nearly| almost| some)?|(?:(?:increase|decrease|reduce|raise|lower|boost)[sd]?|slash(?:es|ed)?|cut|trimmed)(?: (?:[\w.’'-]+ ){0,6}?by)?|(?:save|saves|saving|cut|cuts)(?: [\w.’'-]+){0,4})\s+(?:(?:only|just|a mere|a further|another)\s+)?(?:by\s+)?$/i;

/** A part described by a trait: "about 44,000 had no criminal conviction", "2,000 were children". */
export const COMPOSITION_AFTER =
  /^\s+(?:of (?:them|those|whom)(?:,\s*or [^,;]{1,20},)?\s+)?(?:had|have|has|were|are|was)\s+(?:no |not |never |a |an )?(?:travel(?:l)?ing (?:as|with)|criminal|convict\w*|records?|charges|from|women|men|children|minors|families|mexicans?|guatemalans?|hondurans?|salvadorans?|venezuelans?|nationals|citizens|asylum seekers|parents|veterans)\b/i;

/** A verb of change whose size comes after "by", words away: "cuts the detention beds available to ICE by 22 percent", "has grown its staff by 120%". */
export const CHANGE_BY_AFTER_VERB =
  /\b(?:lift|lifts|lifted|lifting|raise|raises|raised|raising|grow|grows|grew|grown|growing|cut|cuts|cutting|expand|expands|expanded|expanding|shrink|shrinks|shrank|rise|rises|rose|risen|boost|boosts|boosted|increase|increases|increased|reduce|reduces|reduced|reducing|slash|slashes|slashed)\b(?:[^.;:]|\.(?=\S)){0,80}?\bby\s+$/i;
/** A count that beats another by a percent: "tops its March 2000 record of 76,245 by nearly five percent". */
export const EXCEEDS_BY_BEFORE = /\b(?:tops|topped|beat|beats|exceeds|exceeded|surpasses|surpassed|outstripped|outpaced)\b[^.;:]{0,80}?\bby\s+$/i;

export const MADE_UP = /\b(?:made|make|makes|making|ended|end|ends|picked|set|sped|came|comes|show|showed|added|adds) up\s+(?:by\s+)?$/i;

/** Nouns of attribution and of other groups: "according to two officials" counts no enforcement. */
export const NOT_COUNTED =
  /^(?:officials|sources|witnesses|people familiar|lawmakers|senators|representatives|experts|analysts|advocates|reporters|groups|organizations|democrats|republicans|people who|judges who|researchers|economists|former officials|current and former|countries|nations|languages|states|cities|counties|(?:law enforcement |local |police )?agencies|jurisdictions|supporters|protesters|demonstrators|marchers|volunteers|attendees|spectators|members|signatures|students|children in the class)\b/i;

/** The scope of an inspection or study: "conditions at four facilities it visited". */
export const VISITED = /^[\w\s-]{0,30}?\b(?:it|they|we|inspectors|investigators|auditors|researchers|the (?:team|inspectors|office|group|watchdog))\s+(?:had\s+)?(?:visited|inspected|toured|reviewed|examined|audited|studied|surveyed)\b/i;

export const VISITED_BEFORE = /\b(?:visited|inspected|toured|reviewed|examined|audited|studied|surveyed|visits? to|inspections? (?:of|at))\s+(?:\w+\s+)?$/i;

/** Audiences and acquaintances: "1.2 million followers", "hundreds of her classmates". */
export const AUDIENCE_AFTER =
  /^\s+(?:of\s+(?:his|her|their|its|our|the)\s+)?(?:[\w-]+\s+)?(?:followers|subscribers|viewers|readers|fans|likes|classmates|schoolmates|friends|neighbors|neighbours|relatives|colleagues|co-?workers|parishioners|congregants|well-wishers|mourners)\b/i;

/** A market move: "GEO shares rose 4.5%", "CoreCivic gained 3%". */
/** A multiplier whose object is beds or detention capacity: "more than double its detention beds". */
export const MULTIPLIER_OF_CAPACITY_AFTER = /^\s+(?:its|their|the|our)\s+(?:[\w-]+\s+)?(?:detention\s+)?(?:beds|capacity)\b/i;
export const MARKET = /\b(?:shares|per share|stocks?|share price|stock price|investors|trading|Nasdaq|NYSE|Dow)\b/i;

/** One raid's force: "the raid involved more than 100 agents" is the size of one operation. */
export const RAID_FORCE = /\b(?:took part|participated|were deployed|fanned out) in (?:the|a|one|that|this|[\w’']+) (?:[\w-]+ ){0,3}(?:raid|sweep)s?\b/i;

export const ONE_RAID = /\b(?:the|a|one|that|this|Tuesday's|Monday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's) (?:[\w-]+ ){0,3}(?:raid|sweep)\b[^.;]{0,80}\b(?:involved|included|took part|participated|deployed|sent|used|with)\b/i;

export const FORCE = /^(?:agents|officers|federal agents|ice agents|ice officers|personnel|troops|vehicles)\b/i;

/** Troops sent to put down protests are not ICE's staff: "deploying 2,000 National Guard troops" to Los Angeles streets. */
export const TROOPS = /^(?:(?:[\w.-]+\s+){0,2}?)(?:national guard|guard (?:members|troops)|guardsmen|troops|soldiers|marines|u\.s\. marines|service ?members|military personnel)\b/i;

/** A sentence that counts soldiers: "900 National Guard members", "up to 4,000 troops". */
export const TROOPS_COUNTED = /\b\d[\d,.]*\s+(?:(?:[\w.-]+\s+){0,2}?)(?:national guard|guard (?:members|troops)|guardsmen|troops|soldiers|marines|service ?members|military personnel)\b/i;

/** A multiplier used as a verb, its object right after it: "double the Border Patrol", "triple ICE's detention space". */
export const MULTIPLIER_OBJECT_AFTER = /^\s+(?:the|its|their|[A-Z][\w.]*['’]s)\s/;

export const UNREST = /\b(?:protest\w*|unrest|demonstrat\w+|riot\w*|quell|crowds?|restore order|civil disorder)\b/i;

export const TROOPS_FOR_ICE = /\b(?:assist|support|help|aid|augment)\w*\s+(?:with\s+)?(?:ICE|immigration (?:enforcement|officers|agents)|deportations?|detention|arrests)\b|\b(?:work|duties|tasks|jobs) at (?:ICE|immigration|detention) (?:facilities|centers|offices|field offices)\b|\b(?:detailed|assigned|lent) to ICE\b/i;

/** "at 109% capacity" says the same without "of". */
export const OF_CAPACITY = /^\s+(?:of (?:its |the |their )?(?:\w+ )?(?:capacity|space|beds|funded (?:capacity|beds|level))|capacity)\b/i;

/** "operating at over 140% of capacity": how full the system is, not a part of a group. */
/**
 * A fraction set against an earlier level of the same count, with a verb or a comma before it: "have
 * dropped to one-fifth of their peak", "were less than a third of the 132,000 arrested in May", "made just
 * 74,082 arrests, about half the pre-pandemic levels" (not "half of the 1,000 people arrested had records").
 */
export const FRACTION_LEVEL_AFTER =
  /^\s+(?:of\s+)?(?:the|their|its|his|her|that|those|[\w’']+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:levels?|peak|high|pace|rate|average|record)\b/i;
export const FRACTION_OF_COUNT_AFTER = /^\s+of the (?:[\w-]+ )?\d/i;
/** What stands before a fraction that compares: a verb of being or change, or a comma. */
export const FRACTION_LEAD = /(?:\b(?:were|was|are|is|be|been|remain(?:s|ed)?|stood at|to|at|now|only|just)|,)\s*$/i;
export const FRACTION_COPULA = /\b(?:were|was|are|is|remain(?:s|ed)?|now)\s*$/i;

export const CHANGE_AFTER = /^\s+of\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|fiscal(?: year)?|FY|calendar(?: year)?)\s*)?(?:\d{4}|['’]\d\d)['’]s\b|^\s+of\s+(?:last|the previous|the prior) (?:year|month)['’]s\b|^\s+(?:above|below|under|short of)\s+(?:the|its|their|that|those|what)\b|^\s+(?:above|below|over|under)\s+(?:(?:fiscal(?: year)?|FY|calendar year)\s*)?(?:\d{4}|['’]\d\d)\b|^\s+short\b|^,?\s+from\s+(?:about |nearly |roughly )?\$?\d|^\s+(?:over|above|under|below) (?:the )?budget\b|^\s+(?:below|above|under|over|lower than|higher than) (?:the |its |their |that )?(?:current |present |today['’]s |existing )?(?:average|levels?|peak|record|pace|total)\b|^\s+(?:below|above) (?:the (?:previous|prior|same|last)|(?:January|February|March|April|May|June|July|August|September|October|November|December|last|a year)\b|\w+['’]s\b)|^[\s-]+(?:higher|lower|more|fewer|less|increase|decrease|drop|decline|rise|jump|reduction|cut|gain|growth|surge|spike|hike|uptick|fall|plunge|reduction|boost|saving)s?\b/i;

export const GENERAL =
  /\b(?:(?:are|is|remain) (?:being |currently |now |still )?(?:held|detained)|each|per|every|typical(?:ly)?|usually|generally|on average|average|nationwide|across the country|a day|a week|a month|a year|daily|annually|routinely|normally|fugitive|field offices|facilities|centers|currently|at any given time)\b/i;

/** Having, not doing: "ICE has just 50 officers in Maine" states a capacity, whatever its size. */
export const STATIVE_BEFORE =
  /\b(?:has|have|had|employs?|employed|operates?|operated|runs?|maintains?|there (?:are|were)|totals?|totaled|numbers?|numbered|(?:already |now |currently |still )?(?:holds|held|houses|housed|is holding|was holding|were holding))\s+(?:only |just |about |roughly |some |nearly |fewer than |more than |at least |around |approximately )?$/i;
/** Held people at a place as the counted noun: "about 68 detainees at the prison facility", a facility's population at any size (not "two detainees told their lawyers"). */
export const DETAINEES_HEAD = /^(?:[\w-]+ )?(?:detainees|inmates|people (?:held|detained))\b(?= (?:at|in|inside|held|housed|were held|are held)\b)/i;

export const INCIDENT =
  /\b(?:she|he)\b(?! (?:said|says|told|argued|added|noted|explained|estimated|is close|was close)\b)|\b(?:his|her)\b(?! (?:order|orders|administration|budget|plan|campaign|request|agency|department|office|executive order|call|goal|promise)\b)|\b(?:him|the man|the woman|the family|the boy|the girl|a bus|the bus|the van|the car|the (?:detainee|student|immigrant|migrant|father|mother|worker|teen(?:ager)?|couple|pastor|farmworker))\b(?! (?:facility|facilities|center|centers|camp|camps|population|operations?)\b)/i;

/** A small count that is still a count of capacity: judges, or staff a budget adds ("12 of its 21 judges", "65 additional criminal investigators"). */
export const SMALL_STAFF_HEAD = /^(?:[\w-]+ ){0,3}(?:judges|IJs|judge teams|assistant chiefs)\b/i;
export const OF_THEM_AFTER = /^\s+of them\b(?!\s+(?:still|were|are|had|have|with)\b)/i;
export const SMALL_STAFF_NAMED = /\b(?:immigration )?judges\b/i;
export const SMALL_STAFF_AFTER = /^\s+(?:additional|new|more) (?:[\w-]+ ){0,2}(?:officers|agents|investigators|attorneys|judges|positions|hires)\b/i;

/** One vehicle's load: "the deportation flight carried 135 people". */
export const ONE_VEHICLE = /\b(?:the|a|one) (?:deportation |charter |ice )?(?:flight|plane|bus|van|truck|boat)\b[^,;]{0,30}\b(?:carried|carrying|with|held|holding|aboard|on board|transported|transporting)\b/i;

/** One person's or family's money: wages, bail, smugglers' fees, fundraisers, damages. */
export const PERSONAL_MONEY =
  /\b(?:earn(?:s|ed|ing)?|wages?|salary|salaries|compensation|an hour|per hour|bail|bonds?|smugglers?|coyotes?|ransom|gofundme|fundraiser|raised|donations?|damages|settlement|sued|reward|tuition|rent|savings|remittances?)\b/i;

/** Money a contract earns a county, a jail or a company: "has earned the county more than $10 million" (no one person's earnings). */
export const CONTRACT_EARNINGS = /\bearn(?:s|ed|ing)? (?:the |its |their )?(?:county|city|town|state|parish|jail|sheriff['’]s office|compan(?:y|ies)|contractors?|operators?)\b/i;

/** An exact percent in parentheses right after a word fraction or multiplier: "a third higher (33.1%)", "doubled (up 104 percent)". */
export const EXACT_IN_PARENS_AFTER = /^\s+(?:[a-z-]+\s+){0,2}\(\s*(?:(?:up|down|an? (?:increase|decrease|rise|drop) of)\s+)?\d[\d.,]*\s*(?:%|percent)\s*\)/i;

/** Who the other measure was done to, not a count of its own: "Assaults on ICE officers rose 690 percent". */
export const AGENCY_STAFF = /\b(?:on|against|toward|towards)\s+(?:[\w.’'-]+\s+){0,3}(?:officers|agents|personnel|employees|staff)\b/gi;

/** A change's noun right after its percent, before what it counts: "1,150% rise in", "830 percent more". */
export const CHANGE_OF_AFTER = /^\s+(?:(?:rise|increase|jump|surge|spike|growth|drop|decline|fall|decrease|reduction|uptick)s?\s+in|more|fewer)\s+(?:reported\s+|recorded\s+)?/i;

/** Words of one person's pay (ruling 13): bonuses, incentives, salaries, base pay, loan repayment. */
export const PAY = /\b(?:bonus(?:es)?|(?:recruitment|retention|relocation|hiring) incentives?|incentives? of|salar(?:y|ies)|(?:base|starting|special|annual|hazard|locality) pay|pay (?:ceilings?|caps?|scales?|raises?|grades?)|loan (?:repayment|forgiveness)|student-loan)\b/i;
/** A part of an amount of money: "paid in two halves of $10,000". */
export const SPLIT_OF_MONEY_AFTER = /^\s+of\s+(?:up to\s+)?\$/;

/** "$300,000 per agent in salary, training costs": a unit cost of the agency's, not one person's pay. */
export const PER_UNIT = /^\s*(?:per|a|for each|for every) (?:new )?(?:agent|officer|hire|recruit|detainee|bed|deportation|removal|deportee|arrest)\b/i;

export const BOND = /^\s*(?:bond|bail|fine|reward|ransom|worth of|settlement|salary|a month in rent)\b|\bbond of\s*$|\bbail of\s*$/i;

/** Buildings a detention plan counts: "convert 16 warehouses", "23 industrial properties". */
export const FACILITIES = /^(?:[\w-]+ ){0,2}(?:warehouses|detention (?:centers|facilities|sites|camps)|processing centers|facilities|camps|jails|prisons|properties|buildings)\b/i;

/** A count of buildings or offices: "184 active detention facilities", "155 detention centers", "25 field offices". */
export const FACILITY_COUNT =
  /^(?:(?:active|new|more|other|separate|different|private|county|federal|state|local|immigration|ice|detention|processing|contract|dedicated|family|large|small|correctional)[\s-]+){0,3}(?:detention (?:centers|centres|facilities|sites|camps)|facilities|centers|centres|jails|prisons|field offices|offices|sites|camps|warehouses|properties|buildings|locations)\b/i;

/** Buildings named by a place before their noun: "its six other California facilities". */
export const FACILITY_COUNT_NAMED = /^(?:(?:other|more|new)\s+)?(?:[A-Z][a-z]+\s+){1,2}(?:facilities|detention (?:centers|centres|facilities)|centers|centres|jails|prisons)\b/;
/** A count that points back to a noun before it: "only 60 of them (4 percent)", "nine in all". */
export const ANAPHOR_AFTER = /^\s+(?:of (?:them|those|these)|in all|in total|all told)\b/i;
/** A count of people before: "ICE held 60,000 people in its facilities, and 20,000 of them …" points back to the people. */
export const PEOPLE_COUNTED_BEFORE = /(?<![\d,.])(?!(?:19|20)\d\d\b)\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:[\w-]+\s+){0,2}?(?:people|detainees|immigrants|migrants|persons|individuals|noncitizens|children|families|adults|men|women)\b/i;
/** The last counted noun before is buildings: "… of the 1,397 facilities … only 60 of them". */
export const FACILITY_NOUN_LAST =
  /\b(?:facilities|detention (?:centers|centres)|centers|centres|jails|prisons|field offices)\b(?:(?!\b(?:people|detainees|immigrants|migrants|persons|individuals|arrests|deportations|removals|cases|beds|children|families|adults|men|women|noncitizens|book-ins|flights)\b)[^;])*$/i;
/** Places an operation went to: "raids at 98 7-Eleven stores" counts stores, not people. */
export const PLACES_AFTER =
  /^\s+(?:of\s+)?(?:\d+-[A-Z]\w+\s+|[A-Z]\w+\s+|sanctuary\s+)?(?:cities|towns|jurisdictions|stores|shops|restaurants|businesses|worksites|work sites|farms|plants|factories|homes|houses|churches|schools|hospitals|courthouses|locations|addresses|car washes|job sites)\b/;

/** Money that is not spent on enforcement: "add $3.3 trillion to the deficit", "a $100 fee for asylum seekers". */
export const OTHER_MONEY_AFTER = /^\s+(?:in|of|worth of) (?:imports?|exports?|duties|tariffs|trade|goods|merchandise|customs revenue)\b|^\s+in (?:U\.S\. |seized |unreported )?currency\b|^\s+(?:from|in|for|to|out of) (?:Medicaid|Medicare|Social Security|food stamps|SNAP|health care|healthcare)\b|^\s+(?:to|from) the (?:federal )?deficit\b|^\s+(?:filing |application |asylum )?fee\b/i;

/** "a nearly $1 billion budget deficit" closed by a city: a shortfall of the agency's own ("DHS faces a $136 million shortfall") still counts. */
export const DEFICIT_AFTER = /^\s+(?:budget )?(?:deficit|shortfall|gap)\b/i;

/** Money for immigrants' lawyers is the other side's: "$1 million for RepresentLA, a program that offers legal services". */
export const LEGAL_AID = /\blegal (?:services|defen[cs]e|representation|aid|help|assistance)\b|\bdefen[cs]e fund\b|\b(?:free |pro bono )?lawyers for\b/i;

export const OTHER_MONEY_BEFORE = /\b(?:fee|fees) (?:was|is|of|would be)\s+$/i;

export const CITY_MONEY = /\b(?:the city|the state|city['’]s|state['’]s|mayor|governor|city hall|municipal|(?:local|city|county|state) police|police (?:department|overtime))\b/i;

/** A state's own border spending: "Texas keeps budgeting billions", "Operation Lone Star", "the Legislature", "Texas lawmakers". */
const US_STATE = '(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington State|West Virginia|Wisconsin|Wyoming)';
export const STATE_MONEY = new RegExp(
  `\\bOperation Lone Star\\b|\\bthe Legislature\\b|\\b(?:state|${US_STATE}) (?:Legislature|legislators|lawmakers)\\b|\\b${US_STATE}(?:['’]s)? (?:(?:keeps|has|is|will|would|plans to|continues to) )?(?:budget\\w*|spend\\w*|spent|allocat\\w*|appropriat\\w*|earmark\\w*)\\b|\\b(?:two-year|biennial) (?:state )?(?:budget|spending plan)\\b`,
);

/** Money lost to fraud or spent by social programs: "These programs saw costs balloon from $2.6 million". */
export const FRAUD_OR_PROGRAMS = /\bfraud\w*|\bschemes?\b|\bscandal\b|\bembezzl\w*|\bkickbacks?\b|\b(?:these|the|social|welfare|childcare|housing|meal) programs\b/i;

/** A day of a month: "from January 8 to 11", "on Jan. 16". */
export const MONTH_BEFORE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(?:\d{1,2}\s*(?:and|to|through|-|–)\s*)?$/;

/** The dead and the killed are not enforcement capacity: "a shooting that left 22 people dead". */
export const DEATH_AFTER = /^\s+(?:[\w-]+\s+){0,2}(?:dead|killed|who died|who have died|that died)\b/i;

/** Arrests of protesters by the police: "787 people have been arrested for assault, obstruction". */
export const PROTEST_ARREST =
  /\b(?:arrested (?:for|on charges of)|facing|charged with) (?:assault|obstruction|unlawful assembly|rioting|vandalism|looting|failure to disperse|resisting)|\barrested (?:during|at|in|outside) (?:the |a |an |[\w’']+ )?(?:[\w-]+ )?(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?|sit-ins?|vigils?)\b/i;

/** A raid's haul, said with its verb: "agents arrested 97 immigrants", "97 people ... were arrested in the raid". */
export const HAUL_BEFORE = /\b(?:arrested|rounded up|detained|apprehended|picked up|took into custody)\s+(?:a total of\s+)?$/i;

export const HAUL_AFTER = /^\s+(?:(?:people|immigrants|migrants|workers|employees|men|women)\b[^.;]{0,60}\b|of them\s+)?(?:were|had been|have been|have since been|had since been) (?:arrested|detained|rounded up|taken into custody|deported|removed)\b/i;

export const WAIT_OR_AVERAGE = /\b(?:wait|waits|waiting|average|averages|averaged|averaging|median|typical)\b/i;

/** "and almost 40%": a percent that goes on a list. */
export const LIST_AND = /(?:,\s*|\s)(?:and|but|or|while)\s+(?:by\s+)?(?:(?:a|an)\s+)?(?:(?:far|much|more|less|still|modest|mere|smaller|larger|bigger|steeper|sharper)\s+){0,4}$/i;
/** A member of a list of changes named by its own noun, its verb left out: "arrests rose 2.6 percent and removal orders 23.8 percent". */
export const LIST_GAPPED = /(?:,\s*|\s)(?:and|while|but)\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){1,3}$/;
/** A yearly rate of a change said before it: "grew by approximately 3 million between 2019 and 2023, an average of 6% a year". */
export const AVERAGE_RATE_BEFORE = /\b(?:an?|the) (?:average|annual|yearly) (?:rate )?of\s+(?:about |roughly |nearly |some )?$/i;
export const YEARLY_AFTER = /^\s+(?:a|per|each|every) year\b|^\s+annually\b/i;
export const GROWTH_VERB_EARLIER = /\b(?:grew|grown|rose|risen|fell|fallen|declined|increased|decreased|shrank|shrunk|expanded|dropped)\b/i;
/** A named member of a list of changes, its verb left out: "Yuma was up 170.9%, Del Rio 85.5% and El Paso 58.7%". */
export const LIST_NAMED = /(?:,\s*|\s(?:and|or)\s+)(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}$/;

/** A percent change earlier in the sentence: "were up more than 50% from February". */
export const CHANGE_EARLIER = /\b(?:up|down|rose|fell|grew|grown|risen|fallen|dipped|slipped|shrank|tumbled|swelled|expanded|increased|decreased|dropped|declined|climbed|jumped|surged|plunged|soared|(?:increase|decrease|rise|drop|decline|gain|jump|fall|reduction)s? of)\s+(?:by\s+)?(?:[a-z]+\s+){0,2}?\d[\d.,]*\s*(?:%|percent|per cent)/i;

/** A limit on how long people may be held: "cannot be detained for more than 20 days", "a 20-day limit". */
export const LIMIT_BEFORE = /\b(?:cannot|can['’]t|may not|must not|could not|not|never) be (?:held|detained|kept|jailed|locked up)(?: in [\w ]{1,25}?)?(?: for)?\s+$/i;

export const LIMIT_AFTER = /^-(?:day|month|year)s? (?:limit|cap|maximum|ceiling)\b/i;

/** The words of an average stay or wait tied to the number: "stayed 43.7 days on average", "takes about 636 days". */
export const DURATION_BEFORE = /\b(?:wait(?:s|ed|ing)?|stay(?:s|ed|ing)?|spen[dt]|spending|takes?|took|taking|lasts?|lasted)\b(?:[^.;,\d]{0,30})$/i;

export const DURATION_AFTER = /^\s+(?:days|months|years)\s+(?:on average|in (?:detention|custody)|to (?:clear|decide|process|resolve|complete|hear)\b)/i;

/** The average of a span named as such, however long the clause before its days: "The average time these cases had been pending in the courts of … rose to 459 days". */
export const AVERAGE_TIME_BEFORE = /\b(?:average|median|typical) (?:time|wait|delay|length of (?:stay|time))\b[^.;\d]{0,140}$/i;
/** A wait named right before its days, set off by a comma: "California still had the longest waits, 643 days". */
export const WAIT_APPOSITIVE_BEFORE = /\b(?:longest|shortest|average|median|typical) (?:waits?|stays?|delays?)\s*,\s*(?:about |nearly |roughly |some )?$/i;
/** Days set against the days before them: "643 days, against 627 days". */
export const DURATION_AGAINST_BEFORE = /\d[\d,.]*\s+(?:days|months|years),?\s+(?:against|compared (?:with|to)|versus|vs\.?|up from|down from)\s+(?:about |nearly |roughly |some )?$/i;
/** A span back in time, not a wait: "from 298 days four years before". */
export const SPAN_AGO_AFTER = /^\s+(?:before|earlier|ago|later|prior|previously)\b/i;
export const AVERAGE_BEFORE = /\b(?:average[sd]?|averaging|median|typical)\b((?:(?!\b(?:average[sd]?|averaging|median|typical)\b)[^.;]){0,80})$/i;
/** A span of time in the courts or in custody, with its end points: "the projected time from filing to the scheduled hearing now stands at". */
export const TIME_SPAN_BEFORE = /\b(?:time|delay|wait)s? (?:from|until|between|to (?:a|the))\b[^.;,\d]{0,60}$/i;

/** The span a count was made over, right before its days: "990 book-ins a day over the first 26 days of July". */
export const COUNT_SPAN_BEFORE = /\b(?:over|in|during|within|for) the (?:first|last|past|next|previous|final) $/i;

export const DURATION_UNIT = /^(?:days?|months?|years?)\b/i;

export const A_DURATION = /\d[\d,.]*\s+(?:days|months|years)\b/gi;

/** "9 percent of those agencies received more than a hundred": what each member of a part of a group got. */
export const MEMBERS_OF_PART =
  /\b(?:\d+(?:\.\d+)? ?(?:percent|%)|(?:a|one) (?:third|quarter|fifth|half)|half|most|many|some|few) of (?:the |those |these |all )?(?:[\w-]+ ){0,2}?(?:agencies|jails|counties|jurisdictions|facilities|offices|field offices|courts|judges|states|cities|sheriffs?)\b[^.;]{0,20}?\b(?:received|had|got|issued|made|reported|held|saw|sent)\s+$/i;

/** Bodies other than the enforcement agencies and the courts' money: "the Secret Service would get $1.2 billion". */
export const OTHER_BODY =
  /\b(?:Secret Service|Justice Department|Department of Justice|DOJ|FBI|Bureau of Prisons|U\.S\. Marshals|FEMA|TSA|Transportation Security Administration|State Department|USCIS|Citizenship and Immigration Services|Health and Human Services|HHS|Office of Refugee Resettlement|United Nations|UN)\b(?:['’]s)?[^.;:$]{0,40}$/;

/** Bodies whose counts and studies are not enforcement's ("a UN study showing a 97% fall", "USCIS has 11 million pending applications"); the Justice Department's are the courts'. */
export const OTHER_BODY_COUNT =
  /\b(?:Secret Service|FBI|FEMA|TSA|State Department|USCIS|Citizenship and Immigration Services|Health and Human Services|HHS|Office of Refugee Resettlement|United Nations|UN|UNHCR|World Bank)\b(?:['’]s)?[^.;:]{0,40}$/;

/** Arrests a city's police made and counted: "according to the Los Angeles Police Department, which made 225 arrests". */
export const POLICE_COUNT = /\b(?:[A-Z][a-z]+ ){0,3}Police Department\b|\bLAPD\b|\bNYPD\b|\bpolice (?:said|say|reported|made)\b/;
/** A rank, not a count: "among the ten most overloaded immigration courts", "the 10 busiest sectors". */
export const RANK_AFTER = /^\s+(?:most|least|largest|biggest|busiest|highest|lowest|worst|best|heaviest|fastest|slowest)\b/i;
export const RANK_BEFORE = /\b(?:the|its|their|top)\s+$/i;
/** People saved, not arrested: "agents also rescued 924 people from the desert". */
export const RESCUED_BEFORE = /\b(?:rescued|rescuing|rescue|saved)\s+(?:(?:more than|nearly|about|almost|over|some)\s+)?$/i;

export const ENFORCEMENT_BODY = /\b(?:ICE|CBP|ERO|HSI|Border Patrol|Immigration and Customs Enforcement|Customs and Border Protection|immigration (?:judges|courts)|EOIR)\b/;

/** One event's count: "1,000 job offers at the Dallas hiring fair". */
export const ONE_EVENT = /\bat (?:a|the|one|its|an?) (?:[\w’'.-]+ ){0,3}(?:hiring|job|career|recruiting|recruitment) (?:fair|event|expo|day)s?\b/i;

/** A cheap first test for protest words, before PROTEST_ARREST. */
export const PROTEST_WORD = /assault|obstruct|assembly|riot|vandal|loot|dispers|resist|protest|demonstrat|rall|march|sit-in|vigil/;

/** A duration right after another one and a comma: "672 days, close to two years" says the same wait again. */
export const RESTATED_DURATION = /\b(?:days|weeks|months|years),\s*(?:or\s+)?$/i;

/** "a private prison company" in the words around a number, and the only other-beat words it may bring. */
/** "told investors on a call" and the like, and a company that runs detention beds for ICE: "the company's investment will let it add 17,000 detention beds". */
export const CONTRACTOR = /prison compan|\bcompany['’]s (?:[\w-]+ ){0,2}(?:investment|care|custody|facilities|beds|detention)\b/i;
export const CONTRACTOR_WORD = /^(?:prisons?|company['’]?s?|companies)$/i;
/** Words that put a prison company's beds in immigration detention. */
export const DETENTION_SITE = /\b(?:facilit\w+|detention|beds?)\b/i;
/** Days of a schedule, not a stay: "six days a week". */
export const DAYS_RATE = /^\s*days?\s+(?:a|per|each|every)\s+(?:week|month|year)\b/i;
/** Flights as a counted noun: a count of flights is no claim unless its sentence names them as deportation flights (test/fixtures/shared/README.md counts those as removals). */
export const FLIGHTS = /\bflights\b/i;
export const DEPORTATION_FLIGHTS = /\b(?:deportation|removal|expulsion|repatriation) flights\b|\bICE Air\b/i;
/** Flights named as removals in so many words (not "ICE Air", which flies transfers too). */
export const REMOVAL_FLIGHTS_NAMED = /\b(?:deportation|removal|expulsion|repatriation) flights\b/i;
export const DEPORTATION_FLIGHTS_ALL = /\b(?:deportation|removal|expulsion|repatriation) flights\b/gi;
/** Flights that are not removals: transfers between detention sites, domestic legs, all of ICE's flights (label convention 8). */
export const OTHER_FLIGHTS =
  /\b(?:shuffles?|ICE Air flights|(?:shuffle|transfer|domestic|connecting|connection|ICE)['’"”]?\s+(?:['‘"“]?(?:shuffle|transfer)['’"”]?\s+)?flights|connections and returns|flights (?:moving|carrying|shuttling|taking|transferring) [^.;]{0,60}\bbetween (?:detention|facilities|centers|sites|jails)\b)/i;
/** The number's own words naming flights that are not removals: "727 domestic 'shuffle' flights". */
export const OTHER_FLIGHTS_AFTER = /^\s+(?:more\s+|other\s+)?(?:domestic|transfer|shuffle|connecting)['’"”]?\s+(?:['‘"“]?(?:shuffle|transfer)['’"”]?\s+)?flights\b/i;
/** After a percent, the whole it is a part of: "almost 31 percent of this year's southwest border total of 1,076,242". */
export const SHARE_OF_TOTAL_AFTER = /^\s+of\s+(?:the|all|its|their|this|that|last)\s+(?:year['’]s\s+|month['’]s\s+)?(?:[\w-]+\s+){0,3}?(?:total|whole)\b(?!\s+(?:capacity|space|beds|detention capacity))/i;
/** A change whose base is a percent: "down by a third from its peak of 52.6 percent". */
export const FROM_A_SHARE_AFTER = /^\s+from\s+(?:(?:its|the|a|their)\s+(?:[\w-]+\s+){0,2}?of\s+)?(?:about |nearly |roughly |almost )?\d[\d.]*\s*(?:%|percent|per cent)(?!\s*(?:of|in)\s+(?:the\s+)?(?:budget|beds|capacity))/i;
/** A round number named as a mark a count passed: "passed the one million mark". */
export const MILESTONE_AFTER = /^\s+(?:[\w-]+\s+)?(?:mark|milestone)\b(?![^.;]{0,40}\b(?:set|sets|targets?|goals?|aims?|wants?|promised|pledged|vowed)\b)/i;
export const MILESTONE_BEFORE = /\bthe\s+$/i;
/** People on a flight: "an average of 125 on ICE deportation flights", "135 per flight". */
export const FLIGHT_LOAD_AFTER = /^\s+(?:(?:people|passengers|deportees|migrants|detainees)\s+)?(?:on|aboard)\s+(?:the\s+|each\s+|a\s+|an\s+|its\s+|ICE\s+|ICE['’]s\s+)?(?:[\w-]+\s+){0,2}?flights?\b|^\s+(?:(?:people|passengers|deportees)\s+)?(?:per|a|each) flight\b/i;
/**
 * A count of job applications or applicants, read on the first words a number counts: "more than 220,000 applications",
 * "50,000 job applicants", "résumés" (drop.job-applications). Applications for a status name it ("asylum applications",
 * "applications for green cards"), and a sentence of such words (STATUS_APPLICATION) keeps its applications.
 */
export const JOB_APPLICATIONS = /^(?:(?:job|employment|online|new|total|more|qualified|viable)\s+)?(?:applications|applicants|r[ée]sum[ée]s|job seekers)\b(?!\s+(?:for|to)\s+(?:asylum|legal|legali[sz]ation|visas?|green|citizenship|naturali[sz]ation|TPS|DACA|parole|work permits?|benefits?|relief|protection|refugee))(?!\s+(?:pending|awaiting))/i;
/** Words that make applications ones for a status or a benefit, not for a job: "asylum", "visa", "USCIS". */
export const STATUS_APPLICATION = /\b(?:asylum|visas?|green cards?|citizenship|naturali[sz]ation|USCIS|Citizenship and Immigration Services|TPS|DACA|parole|work permits?|benefits?|legal status|legali[sz]ation|refugees?|relief|FOIA|court|judges?|cases)\b/i;
/** Applicants for a status: "only 3 million people applied for legalization" counts applications, not enforcement. */
export const APPLIED_FOR = /^\s+(?:[\w-]+\s+)?(?:applied|have applied|had applied|applying) for (?:legalization|legal status|amnesty|asylum|visas?|green cards?|citizenship|TPS|DACA|parole|work permits?)\b/i;
/** Lawful entries: "nearly 1.4 million migrants entered lawfully … through Biden administration programs" are no border crossings. */
export const LAWFUL_ENTRY = /^\s+(?:[\w-]+\s+){0,2}?(?:entered|arrived|came in|were admitted|have been admitted)\s+(?:the (?:country|U\.S\.|United States)\s+)?(?:lawfully|legally)\b/i;
/** The partitive's lead words, stripped to reach what is counted ("of the June flights" -> "June flights"). */
export const PARTITIVE_LEAD = /^\s*of (?:the|its|their|these|those) /i;
/** A partitive after a number, up to its counted noun: "209 of the June flights". */
export const PARTITIVE_OF = /^\s+of (?:the|its|their|these|those) (?:[\w-]+ )?[\w-]+/i;
/** A counted phrase of days. */
export const DAYS_HEAD = /^days?\b/i;
/** A word of death, tested before DEATH_AFTER. */
export const DEATH_WORD = /dead|kill|died/;
/** "in" right before a bare small number whose unit is left out: "surpass the 2 million Bush achieved in 8". */
export const ELIDED_BEFORE = /\bin\s+$/i;
/** A counted phrase headed by a haul of enforcement: "76 arrests". */
export const HAUL_HEAD = /^(?:arrests|deportations|removals|apprehensions|(?:deportation|removal|expulsion) flights)\b/i;

/** Custody of another body than immigration enforcement: jails, prisons, the Marshals (drop.other-custody). */
export const OTHER_CUSTODY = /\b(?:jails?|prisons?|penitentiar(?:y|ies)|Bureau of (?:Justice Statistics|Prisons)|(?:U\.S\. )?Marshals(?: Service)?|(?:state )?corrections departments?|department of corrections)\b/i;

/** Jails or prisons that hold people or have room for them, right before a number: "local jails held about 117,100", "jail capacity by almost 40 percent". */
export const OTHER_CUSTODY_HOLDS = /\b(?:jails?|prisons?|penitentiar(?:y|ies)|Marshals(?: Service)?)(?:['’]s?)?\s+(?:held|hold|holds|housed|house|capacity|populations?|beds|space|inmates)\b/i;

/** Where the people counted are held, right after the number: "people are held in U.S. prisons and jails". */
export const HELD_IN_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:are|were|is|was|being|are being|were being)?\s*(?:held|locked up|incarcerated|jailed|housed)\s+(?:in|at|by)\s+([^,;]{1,50})/i;

/** Words that make a jail's count immigration detention: "ICE detainees", "immigration detainees", "on immigration holds". */
export const IMMIGRATION_HELD = /\b(?:immigra\w+|detainers?|deport\w*|asylum|migrants?|noncitizens?)\b/i;

/** A change said again in percent right after it: "fell by 1.6 million, or 10 percent", "rose by $2 billion, or ". */
export const RESTATED_CHANGE_BEFORE = /\b(?:by|of)\s+(?:about |roughly |nearly |some |almost |more than |over )?\$?\d[\d.,]*(?:\s*(?:million|billion|thousand))?(?:\s+[a-z]+)?\s*(?:,?\s*or|\()\s*(?:about |roughly |nearly |some |almost )?$|\b(?:higher|lower|more|fewer|up|down|increase|decrease|rise|drop|decline)\s*\(\s*$/i;

/** A change's size after its verb and the count it went from, or after an adverb: "grew from 289 judges in FY 2016 by more than 46 percent", "are up too, by 42 percent". */
export const CHANGE_FROM_BY = /\b(?:grew|grown|rose|risen|rise|fell|fallen|dropped|increased|decreased|declined|climbed|jumped|shrank)\s+(?:from|in|at|across|along|on|over)\s+[^.;]{0,60}?\bby\s+$|\b(?:up|down|rose|fell|grew|increased|decreased|dropped|declined|climbed)\s+(?:too|also|again|as well|sharply|steeply|significantly|substantially)?,?\s+by\s+$/i;

/** A direction right after a percent: "more than 40 percent up since January", "nearly 20 percent behind last year's total". */
export const DIRECTION_AFTER = /^\s+(?:up|down|higher|lower|behind|ahead)\b/i;

/** A percent in parentheses before the change it restates: "a $1.9 billion (7 percent) base budget increase". */
export const PAREN_CHANGE_AFTER =
  /^\s*\)\s+(?:[\w-]+\s+){0,3}(?:increase|decrease|cut|rise|drop|reduction|boost|jump|decline|hike)\b|^\s*\)\s+(?:more|fewer|less|higher|lower|above|below|under)\b/i;

/** The rate of growth of a count before its percent: "Average annual growth of the undocumented population dropped from 15 percent". */
export const GROWTH_RATE_BEFORE = /\b(?:growth(?: rate)?|rate of (?:growth|increase|decline))\b(?: of [^.;,]{1,50})?\s+(?:(?:rose|fell|dropped|slowed|grew|declined|climbed|was|is|stood at|averaged|went|has been|had been)\s+)?(?:from\s+|to\s+|at\s+|of\s+)?(?:about |roughly |nearly |some |almost )?(?:\d[\d.,]*\s*(?:%|percent)[^.;]{0,40}?\bto\s+(?:about |roughly |nearly |some |almost )?)?$/i;

/** A fee one person pays to file: "$100 for an asylum application", "a work permit $550", "fees on legal immigration". */
export const FILING_FEE = /\b(?:fees?|filing|to file|(?:asylum|work|green card|citizenship|naturali[sz]ation|parole|visa|TPS) (?:applications?|permits?|petitions?|cards?)|an appeal)\b/i;
