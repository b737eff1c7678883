/**
 * The English pack: the words of the scope decision (lib/detect/scope.ts): who or what a number counts —
 * the whole, a part told apart by a trait of the people counted, another part, one place, one operation
 * or event. Vocabulary only, no logic. Phrase lists use the frame's notation (lib/detect/frame/phrases.ts):
 * a trailing `*` lets the last word go on, `'` matches either apostrophe, a capital first letter is matched
 * as written. Names of US places and of countries are facts of the world (data/world), not words.
 */

/** Words that make the number a whole nation's. */
export const NATION_WORDS = ['nationwide', 'nationally', 'across the country', 'across the nation', 'across the U.S.', 'across the United States', 'in the United States', 'in the U.S.', 'in the US', 'in the country', 'total', 'overall', 'in all'];

/** Places: words that make a number one place's (the names of US places are in data/world/us-places.json). */
export const PLACE_WORDS = [
  'field office',
  'field offices',
  'county',
  'counties',
  'in the city',
  'in the state',
  'in the area',
  'metro area',
  'statewide',
  'in each state',
  'sanctuary city',
  'sanctuary cities',
  'in one state',
  'the region',
  'in the region',
  'the facility',
  'the camp',
  'the jail',
  'at the site',
  'one facility',
  'single facility',
  'largest facility',
  'detention center in',
  'immigration court in',
  'courthouse',
];

/** An operation or a raid: a number counted at one event. */
export const OPERATION_WORDS = ['operation', 'Operation', 'raid', 'raids', 'sweep', 'sweeps', 'the surge', 'the crackdown', 'worksite', 'the plant', 'a plant', 'the factory', 'the farm', 'the site', 'blitz', 'in a single day of', 'during the operation', 'hiring fair', 'job fair', 'the event'];

/** A part of a group, for the frame: people with records, one nationality, one case type, one legal status. */
export const SUBGROUP_WORDS = [
  'criminal conviction*', 'convicted', 'criminal record*', 'criminal histor*', 'criminal charges', 'no criminal', 'without criminal', 'with criminal', 'criminals', 'pending charges', 'gang members', 'noncriminal',
  'children', 'unaccompanied', 'minors', 'families', 'family members', 'women', 'men', 'teenagers', 'pregnant', 'veterans',
  'asylum seekers', 'asylum cases', 'asylum applications', 'asylum claims', 'refugees', 'DACA', 'Dreamers', 'TPS', 'green card holders', 'lawful permanent residents', 'U.S. citizens', 'citizens', 'parolees', 'visa overstays', 'final orders', 'orders of removal', 'eligible',
  'Mexicans', 'Mexican nationals', 'Guatemalans', 'Hondurans', 'Salvadorans', 'Venezuelans', 'Cubans', 'Haitians', 'Nicaraguans', 'Colombians', 'Ecuadorians', 'Chinese nationals', 'Indian nationals', 'Indians', 'Brazilians', 'Africans', 'Afghans', 'Ukrainians', 'Russians',
];

/** Words right before a number that make it a part of the group named before: "including 75,000". */
export const PART_OF_WORDS = ['of them', 'of whom', 'of those', 'among them', 'including', 'of which', 'out of'];

/**
 * Traits of the people counted that make a count a part of a group, not a claim (test/fixtures/real
 * conventions): criminal record or charges, age, family status, one case type, citizenship. Nationalities
 * are in NATIONALITY_WORDS; gender alone is left out ("200 men" is a raid's haul). People with final orders
 * are the final-order docket, which the labelled sets count as a claim.
 */
export const TRAIT_WORDS = [
  'criminal conviction*', 'conviction', 'convictions', 'convicted', 'criminal record*', 'criminal histor*', 'criminal charges', 'pending charges', 'pending criminal charges', 'charges pending',
  'no criminal', 'noncriminal', 'non-criminal', 'criminal alien*', 'criminal noncitizens', 'criminal immigrants', 'criminal migrants', 'criminals',
  'criminal illegal immigrants', 'criminal illegal aliens', 'criminal removals', 'criminal deportations', 'gang members', 'terrorists', 'sex offenders',
  'children', 'child', 'unaccompanied', 'minors', 'juveniles', 'teenagers', 'teens', 'infants', 'toddlers',
  'families', 'family units', 'family-unit', 'family unit', 'family members', 'single adults', 'mothers', 'underage', 'part of a family', 'as a family', 'as families', 'in family units',
  'asylum seekers', 'asylum cases', 'asylum claims', 'asylum applications', 'asylum applicants', 'asylum decisions',
  'U.S. citizens', 'American citizens', 'U.S.-born',
  // ICE's enforcement priorities sort people by record and threat, as convictions do.
  'priority categor*', 'priority arrests', 'non-priority', 'nonpriority',
];

/** Nationalities, as adjectives and as plural nouns ("Mexican nationals", "Hondurans"). */
export const NATIONALITY_WORDS = [
  'Mexican*', 'Guatemalan*', 'Honduran*', 'Salvadoran*', 'Salvadorean*', 'Venezuelan*', 'Cuban*', 'Haitian*', 'Nicaraguan*', 'Colombian*', 'Ecuadorian*', 'Ecuadoran*', 'Peruvian*', 'Brazilian*',
  'Dominican*', 'Chinese', 'Indian nationals', 'Indian citizens', 'Indian immigrants', 'Indians', 'Ghanaian*', 'Mauritanian*', 'Senegalese', 'Afghan*', 'Ukrainian*', 'Russian*', 'Jamaican*', 'Vietnamese',
  'Cambodian*', 'Somali*', 'Nigerian*', 'Cameroonian*', 'Eritrean*', 'Ethiopian*', 'Filipino*', 'Pakistani*', 'Bangladeshi*', 'Nepali*', 'Romanian*', 'Turkish', 'Iranian*', 'Iraqi*', 'Syrian*',
  'Yemeni*', 'Egyptian*', 'Sudanese', 'Angolan*', 'Bolivian*', 'Chilean*', 'Argentine*', 'Uzbek*', 'Kyrgyz', 'Tajik*', 'Laotian*', 'Panamanian*', 'Costa Rican*', 'Belizean*', 'Central American*',
  'Canadian*', 'Korean*', 'Japanese', 'Thai nationals', 'Indonesian*', 'Mongolian*', 'Albanian*', 'Moroccan*',
  'Algerian*', 'Tunisian*', 'Kenyan*', 'Ugandan*', 'Congolese', 'Guinean*', 'Malian*', 'Sierra Leonean*', 'Liberian*', 'Ivorian*', 'Togolese', 'Zimbabwean*', 'Lebanese', 'Jordanian*',
  'Palestinian*', 'Israeli*', 'Sri Lankan*', 'Burmese', 'Uruguayan*', 'Paraguayan*', 'Trinidadian*', 'Guyanese', 'Bahamian*', 'Portuguese', 'Moldovan*', 'Armenian*', 'Azerbaijani*',
  'Belarusian*', 'Kazakh*', 'Turkmen', 'Serbian*', 'Bosnian*', 'Kosovar*', 'Italian*', 'German*', 'Australian*', 'Europeans', 'Africans', 'Asians', 'South Americans', 'Caribbean nationals',
  // Everyone but one nationality is still a nationality part: CBP's "other than Mexican" (OTM).
  'countries other than', 'other than Mexican*', 'non-Mexican*',
];

/** A nationality as a noun for people ("Mexicans", "Mexican nationals"), not an adjective of a place or a government ("the Mexican border"). */
export const NATIONALITY_PEOPLE = /(?:[a-z]s|nationals|citizens|immigrants|migrants|Chinese|Vietnamese|Senegalese|Sudanese)$/;

/** After a nationality adjective, a place or a government, not people: "the Mexican border", "Mexican authorities". */
export const NOT_PEOPLE_AFTER = /^\s+(?:border|government|officials?|authorities|side|territory|soil|cities|city|states?|consulates?|army|military|troops|police|cartels?|president|congress|economy|peso|ports?)\b/;

/** People after a nationality adjective: "Mexican nationals". */
export const PEOPLE_AFTER = /^\s+(?:nationals|citizens|immigrants|migrants|people)\b/;

/** The end of a clause that names the whole a part belongs to: "made up most of the 1.2 million" (not "from a high of"). */
export const PART_OF_WHOLE = /(?<!\b(?:high|peak|low|record|level|average|pace|rate) )\bof\s+(?:the|all|a total of)?\s*$/i;

/** Words after a count that say what its members were or had: "237 were known or suspected terrorists", "78,000, came from Venezuela". */
/** A verb that says what the members of a count further back had or were. */
export const TRAIT_SAID = /\b(?:had|have|has|were|are|was|came from|come from)\s/i;
export const TRAIT_LINK = /^\s*(?:[\w'’.-]+\s+){0,1}?[\w'’.-]*,?\s*(?:who\s+)?(?:had|have|has|were|are|was|came from|come from|coming from|travel(?:l)?ing as|travel(?:l)?ing with|identified as|classified as|described as)\s|^\s*(?:[\w'’.-]+\s+){1,4}?who\s+/i;

/** A count of people from a country, right after the number: "58,000 from Mexico", "3,000 migrants from Honduras". */
export const FROM_COUNTRY = /^\s*(?:of (?:them|those|whom)\s+)?(?:(?:people|persons|immigrants|migrants|nationals|noncitizens|deportees|detainees)\s+)?from\s+(?:the\s+)?/i;

/** People of a country named as its citizens: "128,675, are citizens of Honduras". */
export const CITIZENS_OF = /^\s*(?:[\w-]+\s+)?(?:citizens|nationals|natives) of\s+(?:the\s+)?/i;

/** A year or fiscal year named in a subject: a time, not a count ("Criminal alien removals in FY 2016"). */
export const YEAR_NAMED = /\b(?:FY\s?|fiscal (?:year\s)?)?(?:19|20)\d\d\b|\bFY\s?\d\d\b/g;

/** A verb of counting right before a number, with no object between: "Customs and Border Protection apprehended 68,541". */
export const COUNTING_VERB_BEFORE = /\b(?:apprehended|arrested|deported|removed|encountered|detained|caught|expelled|recorded|logged|counted|booked|made|took in|picked up)\s+$/i;

/** People or a count named in a sentence before its number: then the number's object is not left out. */
export const PEOPLE_OR_COUNT =
  /\b(?:people|persons|individuals|immigrants|migrants|aliens|noncitizens|adults|children|minors|families|members|detainees|nationals|crossers|arrests|removals|deportations|apprehensions|encounters|detentions|releases|book-ins|crossings|cases|total|overall|in all|nationwide)\b/i;

/** A link that ends in "from": the country comes next ("78,000, came from Venezuela"). */
export const LINK_FROM = /from\s+$/i;

/** Nouns of a count heading a subject, with the word that ties them to a group: "Arrests of convicted criminals", "Deportations to Honduras". */
/** The start of the last conjunct of a clause: ", and", ", while", ", but". */
export const LAST_CONJUNCT = /[,;:](?=\s+(?:and|while|but|whereas)\s)(?![\s\S]*[,;:]\s+(?:and|while|but|whereas)\s)/i;
/** What may stand before a subject: a conjunction, an opening phrase ("in the Tucson sector"), "the number of". */
export const SUBJECT_OPENING = /^\s*(?:(?:and|while|but|whereas)\s+)?(?:(?:in|at|along) (?:the )?[\w'’. -]{1,30}?\s+(?=the (?:number|count) of\b))?(?:the (?:number|count) of\s+)?/i;

/** The last "the number of" of a clause, where its subject starts: "… show that in fiscal year 2014 the number of 'family units' apprehended …". */
export const NUMBER_OF_LAST = /\bthe (?:number|count) of\s(?![\s\S]*\bthe (?:number|count) of\s)/i;

/** A part named with its whole: "the number of families among them, had grown": the number counts the whole. */
export const WHOLE_NAMED_AFTER = /^(?:[\w'’-]+\s+){1,3}(?:among|of) (?:them|those)\b/i;

export const COUNT_HEAD = /\b(?:arrests|removals|deportations|apprehensions|encounters|detentions|releases|book-ins|admissions|crossings|arrivals|expulsions)\s+(?:of|to|from|among|involving|outside|within)\s+/gi;

/** The words of a count head, anywhere: between a subject and its number, another count was named. */
export const ANY_COUNT_HEAD = /\b(?:arrests|removals|deportations|apprehensions|encounters|detentions|releases|book-ins|admissions|crossings|arrivals|expulsions|overall|in all|total)\b/i;

/** Where the words that describe a count's members end: another clause, a list, a cause or a time. */
export const TRAIT_CUT = /[;:()—–$]|\d|,\s*(?:and|but|or|while|which|who|when|where|up|down|compared|according|a|an|the)\b|\b(?:including|such as|as well as|along with|while|whereas|after|before|when|because|since|amid|than|compared|according|in fiscal|last|this|during|over)\b|\bas\s+(?:[\w-]+\s+){1,3}?(?:arrived|arrive|arriving|came|come|coming|fled|flee|fleeing|crossed|crossing|surged|entered|sought|poured|rose|grew|fell)\b/i;

/** Right after a number, the start of the next conjunct: "rose by a factor of 11 and arrests of people with …". */
export const NEXT_CONJUNCT = /^\s*,?\s*(?:and|while|but|whereas)\s/i;

/** Capacity and space: a count of beds for children counts beds, not children. */
export const CAPACITY_AFTER = /^\s*(?:[\w'’-]+\s+){0,2}?(?:beds?|spaces?|slots|capacity|places)\b/i;
export const CAPACITY_BEFORE = /\b(?:(?:can|could|will|would|to) hold|hold up to|holds up to|room for|space for|spaces for|capacity (?:of|for|to hold)|beds for|designed (?:for|to hold)|built for|able to hold)\s+(?:up to\s+|about\s+|more than\s+|nearly\s+|roughly\s+)?$/i;

/** A sentence that speaks of beds or funded space: "asked for 34,040 beds a night …: 31,280 for adults and 2,760 for families". */
export const CAPACITY_LEAD = /\b(?:beds?|bed space|capacity|pays? to hold|paid to hold|funded (?:space|level)|funds? (?:space|detention) for)\b/i;

/** The group and its complement, which make the whole: "families and individuals", "immigrants and asylum seekers". */
export const COMPLEMENT = /\b(?:individuals|adults|immigrants|migrants|people|noncitizens|others)\s+(?:and|or)\s|\s(?:and|or)\s+(?:individuals|adults|single adults|single individuals|others|everyone else)\b/i;

/** The same count again in other words: "500 people at the moment, or about 226 family units". */
export const RESTATED_BEFORE = /,\s*or\s+(?:about\s+|roughly\s+|nearly\s+|some\s+|almost\s+)?$/i;

/** A comparison that goes on from the count before: "up from only 12,908", "more than the nearly 39,000", "well below the 90,000". */
export const COMPARED_BEFORE = /\b(?:from|than|below|above|versus|vs\.|compared (?:with|to))\s+(?:only\s+|just\s+|the\s+|about\s+|nearly\s+|roughly\s+|some\s+)*$/i;

/** Families held in family detention are a kind of detention ICE counts, not a trait subgroup: "2,500 mothers and children in family detention". */
export const FAMILY_WORDS = ['families', 'family units', 'family members', 'mothers', 'mothers and children', 'women and children', 'parents and children'];

/** One operation's haul is that operation's whole count, whoever it targeted: "one targeted operation that picked up 495 sex offenders". */
export const OPERATION_LEAD = /\b(?:operation|raid|sweep|blitz)\b[^.;]{0,60}$/i;

/** A part named by a partitive: "7 of them gang members". */
export const PARTITIVE_AFTER = /^\s*,?\s*(?:of (?:them|those|whom|these)|among them)\b/i;

/** The group named right before a partitive number, after its comma: "the criminal migrants, [roughly a million of whom]". */
export const GROUP_BEFORE = /(?:^|[,;:(—–]|\b(?:after|against|of|for|among)\s)([^,;:()—–]{3,50}),\s*$/i;

/** Outcomes that count no one until their subject says whose: "6,000 claims", "6,141 decisions". */
export const BARE_OUTCOMES = /^\s*(?:claims|decisions|grants|denials)\b/i;
/** A paragraph's opening subject, up to its first verb: "Asylum seekers are winning …". */
export const OPENING_SUBJECT = /^\s*(?:[\w'’-]+\s+){1,4}?(?=(?:are|were|is|was|have|has|had|keep|kept|continue|continued)\b)/i;

/** Days, weeks, months or years: a duration counts time, whoever it is spent by. */
export const DURATION_AFTER = /^[\s-]*(?:days?|weeks?|months?|years?|hours?|nights?)\b/i;

/** A quote that ends in its unit of time: "more than 20 days". */
export const DURATION_QUOTED = /\b(?:days?|weeks?|months?|years?|hours?|nights?)$/i;

/** "The number from Central America", "the count of migrants from Mexico": a count of one origin's people. */
export const NUMBER_FROM = /\bthe (?:number|count|population) (?:of (?:people|immigrants|migrants|those) )?from ((?:the )?[A-Z][\w.'’ -]{1,40})/i;

/** Regions of origin, not countries: "Central America", "the Northern Triangle". */
export const REGION = /^(?:the )?(?:Central America|South America|Latin America|the Caribbean|Caribbean|Northern Triangle|Africa|Asia|Europe|the Middle East|Middle East|Eastern Europe|West Africa|East Africa)\b/;

/** A count that points back at the people just named: "their number has fallen by about 2 million". */
export const THEIR_NUMBER = /^\s*(?:[^,]{0,20},\s*)?their (?:number|numbers|population|count|ranks)\b/i;
