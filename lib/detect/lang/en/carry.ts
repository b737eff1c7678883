/**
 * The English pack: the words by which a sentence goes on with the last count (lib/detect/index.ts, the
 * claim.carry-over and claim.previous-record rules), and the number words and telling enforcement words
 * checked before any parsing. Vocabulary only, no logic (see ./index.ts).
 */
/** A digit or a number word: sentences without one are skipped before any parsing. */
export const NUMBER_WORD =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|third|quarter|doubl|tripl|quadrupl|halv|twice|fold|factor of)/i;

/** Verbs that carry a count over from the sentence before: "it averaged about 800". */
export const CONTINUES =
  /\b(?:had|has|have) (?:said|given|reported|listed)\s+$|\b(?:it|they|that|the (?:figure|number|total|tally|count|pace|rate|agency|program|programme))(?: (?:last|again|first|then|once|later|eventually|briefly|previously|already))? (?:averaged|averages|totaled|totalled|reached|stood at|hit|topped|peaked at|was|were|is|are|had|held|rose to|fell to|dropped to|climbed to|grew to|jumped to|surged to|soared to|increased to|declined to|numbered)\s+(?:\w+\s+)?$|\b(?:jumped|surged|soared|rose|climbed|increased|fell|dropped) (?:again |further |back )?to\s+$|\b(?:comes?|came|ranks?|ranked|is|was) (?:next|second|third|fourth|fifth)(?: with)?\s+$|\b(?:next|second|third|fourth|fifth) with\s+$|\b(?:come|comes|came|follow|follows|followed)\s+(?:[A-Z][\w.'’-]*\s+){1,3}with\s+$|\b(?:current |the )?(?:rates?|pace) (?:hover|hovers|hovered|stands?|stood|runs?|ran|is|are|was|were)\s+(?:at\s+|around\s+|between\s+)?$|\b(?:put|puts|pegged|pegs|placed|places|estimated|estimates) (?:it|them|(?:its|the|their|his|her|[A-Z][\w-]*['’]s) (?:own )?(?:[\w-]+ )?(?:estimate|number|figure|count|tally|total|pace|rate)) at\s+$|\b(?:put|puts|pegged|pegs|placed|places) the population\s+(?:at\s+)?$|\bthe (?:population|number|total|count) (?:had |has |have )?(?:grown|risen|rose|grew|fallen|fell|shrunk|shrank|dropped|declined|increased|decreased|climbed|jumped) (?:by|to)\s+$/i;

/** A span of time before the count it frames: "Over the next 29 days, … climbed again to 715". */
export const SPAN_AFTER = /^\s+(?:straight |consecutive |more |full )?(?:days?|weeks?|months?|years?)\b/i;

/** A sentence that points back at the last count: "Officials hope to double that number to 2,000." */
export const ANAPHORA =
  /^(?:The|Its) (?:average|median|typical) (?:wait|stay|delay|time)\b|^(?:The|That|This) (?:(?:\d{4}|new|latest|final|annual|monthly|current|official) )?(?:figure|number|total|tally|count|(?:previous|prior|old|former|earlier|last) (?:record|high|peak|low))\b|^(?:The|Its) (?:busiest|highest|lowest|slowest|quietest|worst|biggest|peak|record) (?:single )?(?:day|week|month|quarter|year)\b|\b(?:the|that|this|its) (?:rise|increase|jump|growth|climb|drop|decline|fall|decrease) from\s*$|\b(?:the|that|this|its) (?:rise|increase|jump|climb|drop|decline|fall|decrease) from (?:an? |the |its )?(?:[\w-]+ )?(?:high|peak|low|record|level) of\s*$|\b(?:that|this) (?:makes|made|brings|brought)\s*$|^(?:It|They) (?:had|held|was holding|were holding)\b|^(?:In|By|For|Through|During) [^,.;]{1,40}?,?\s+(?:it|they) (?:had |has |have )?(?:set|reached|hit|recorded|logged|counted|totaled|totalled|topped)\b|\bthe (?:count|tally|total|figure) (?:rose|grew|climbed|fell|dropped|declined|jumped|increased|decreased|kept rising|kept falling)\b|^(?:The|Its) (?:daily |monthly )?(?:pace|rate)\b|^(?:That|This|It)['’]s\b|^(?:Those|These) (?:numbers|figures|totals|counts)\b|^(?:This|That|It) (?:represents|represented|marks|marked|amounts to|amounted to|works out to|worked out to|comes to|came to|is|was|compares|compared|remains|remained|would be)\b|^(?:The|That|This|Its) (?:[\w-]+ ){1,2}(?:figure|total|tally|count)\b|\b(?:that|this|their|the same|the (?:latest|new|current|most recent|official|nationwide|national|overall|monthly|annual|yearly|daily)) (?:(?:yearly|annual|monthly|daily|official|overall) )?(?:number|figure|total|pace|rate|count|level|tally|average)\b|\bthe (?:pace|rate) (?:sank|fell|dropped|slowed|slipped|rose|climbed|recovered|picked up|rebounded)\b|\bof (?:them|those)\b|^Of (?:the|that|this|its) (?:(?:\d{4}|[\w-]+) )?(?:total|figure|number|count|tally)\b|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Last month|Last year|This month|This year)['’]s (?:[\w-]+ )?(?:figure|total|tally|count|number)\b/i;

/** A sentence that opens on a place's count: "Tucson's approximately 80,000", "Del Rio's more than 71,000" (group 1: the place). */
export const PLACE_POSSESSIVE_LEAD = /^((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)['’]s\s+(?:(?:about|approximately|nearly|more than|some|roughly|over|almost|just over|just under|an estimated)\s+)?$/;

/** A multiplier whose object points back at the last count: "set out to double it". */
export const MULTIPLIER_OF_IT_AFTER = /^\s+(?:it|that|this|them|those|that number|the number|that figure)\b/i;

/** A number that opens its sentence as the subject, pointing back at the last count: "The 2.3 million of 2022 is 33% above …". */
export const NUMBER_SUBJECT_BEFORE = /^(?:The|That|This|Those|These) $/;
export const NUMBER_SUBJECT_AFTER = /^(?: (?:of|in|for) (?:fiscal (?:year )?|FY ?)?\d{4})?,? (?:is|was|were|are|marks|marked|represents|represented)\b/i;

/** A sentence with no cue of its own that only moves the last count: "Single adults fell from 36,900 to 30,130." */
export const CHANGE_ONLY =
  /\b(?:the|that|this|a|an) (?:\d[\d,]*|\d+(?:\.\d+)? (?:million|thousand)) (?:decline|drop|decrease|increase|rise|fall|gain|loss)\b|\b(?:drop|decline|decrease|increase|rise|fall|jump|gain|loss) of (?:about |roughly |nearly |some )?\d|\b(?:an?|the) \d+(?:\.\d+)?\s*(?:%|percent) (?:increase|decrease|drop|decline|rise|jump|reduction|gain|fall|dip)\b|\b(?:an?) (?:increase|decrease|drop|decline|rise|reduction) of (?:about |roughly |nearly )?\d|\b(?:dropped|fell|rose|increased|decreased|declined|grew|climbed|jumped|went(?: (?:up|down))?|slipped|dipped|edged (?:up|down)|plunged|soared)\b[^.;]{0,30}?\b(?:from|to)\s+(?:about |roughly |nearly |more than |some )?\$?\d/i;

export const PREVIOUS_RECORD = /\b(?:previous|prior|last|old|former) (?:all-time )?(?:high|record|peak|low)(?:,| of| was)\s+$|\bfrom (?:the |its |a )?(?:current|previous|prior|existing|earlier|present) $/i;

export const RECORD_WORD = /previous|prior|last|old|former|current|existing|earlier|present/i;

/** A sentence that sets a record, and one that opens on the record it beat. */
export const RECORD_SET = /\b(?:record|all-time high|highest)\b/i;

export const PRIOR_RECORD = /^(?:The|That|This|Its|The agency['’]s) (?:previous|prior|old|former|last) (?:all-time )?(?:record|high|peak)\b/;

export const PRONOUN_SUBJECT = /^(?:[^,]{0,30},\s*)?(?:it|they|the department|the office)\s+\w+/i;

export const LONE_CUES = /\b(?:arrest(?:s|ed|ing)?|agents|officers|apprehen\w+|raids?|rounded up|round-?ups?|quotas?|detain(?:s|ed|ing)?|backlog)\b/i;

/** A period that says when a budget changed, not what it covers: "Since returning to office, …". */
export const SINCE = /^since\b/i;

/** A counted phrase of days, months or years: an average stay, a wait or a limit, quoted with its unit. */
export const DURATION_HEAD = /^(?:days?|months?|years?)\b/i;

/** What stands right before a multiplier set beside a count: "…3,000 arrests a day, five times…", "…was almost double…", "That's tripling…". */
export const MULTIPLIER_BESIDE = /(?:[,;(—–]|\b(?:is|was|are|were|be|been|being)|['’]s)\s*$/i;

/** A comparison in the clause before a number: "roughly as many as in the first eight months of FY2022 (98,629)". */
export const COMPARED_CLAUSE = /\b(?:as many as|as few as|the same as|similar to|on a par with|in line with)\b/i;

/** A count named again as the one before: "the year such encounters peaked at 149,093". */
export const SAME_PART_CUE = /\b(?:such|these|those) (?:[\w-]+ )?(?:encounters|arrests|apprehensions|removals|deportations|crossings|detentions|releases|cases|numbers|figures|counts)\b[^.;]*$/i;

/** A part of the list's last count in one place or still in a state: "four of them in California", "18 of them still serving". */
/** "…, and 57": the next member of a list joined by "and". */
export const AND_BEFORE = /(?:,\s*|\s)and\s+(?:another\s+)?$/i;
/** A counted noun of people, after adjectives: "undocumented workers", "men". */
export const PEOPLE_HEAD = /^(?:[\w-]+\s+){0,2}(?:people|persons|workers|employees|immigrants|migrants|men|women|adults|individuals|detainees|noncitizens)\b/i;
export const PART_IN_PLACE = /^\s*,?\s*of (?:them|those|whom)\s+(?:in [A-Z]|still\b)/;

/** Words that open a new clause, whose subject may count something else: "while", "whereas", "but", a semicolon. */
export const CLAUSE_JOIN = /\b(?:while|whereas|but)\b|;/gi;

/** After a comma, a subject and its verb before a multiplier: " voluntary departures were ". */
export const SUBJECT_VERB_AFTER_COMMA = /^\s*(?:[\w'’-]+\s+){1,4}(?:were|was|are|is|have been|has been|had been)\s+$/i;

/** Words that make a small number a year or a rank, not a count: "in FY 20", "Fiscal Year 24", "in the top two". */
export const NOT_A_COUNT_BEFORE = /\b(?:FY|fiscal(?: year)?|top|No\.|number|ranked|rank)\s*$/i;

/** Between two numbers that share the noun after the second: "89,000 and 81,000 pending cases". */
export const JOINED_NUMBERS = /^\s*(?:and|or|to)\s+$/i;

/** Between a bare part and the whole it is part of: "some 240,000 of the roughly 450,000 deportations". */
export const PART_OF = /^\s+(?:out )?of (?:the|its|their|an estimated|a total of|a record)\s+$/i;

/** Between a multiplier and the count its change goes from or to: "doubled, from about 5,000 arrests", "more than quadrupled in three years, to 78,000 pending cases". */
export const MULTIPLIER_FROM_TO = /^,?\s*(?:(?:in|over|since|during)\s+[^,;.]{1,30},\s*)?(?:from|to)\s+$|^\s+(?:the|its|their)\s+(?:(?:current|existing|present|previous|prior)\s+)?$/i;
