/** The English pack: the topic gate's words: outright enforcement words, agency acronyms, weak enforcement vocabulary, other beats. Vocabulary only, no logic (see ./index.ts). */

/** Words that name immigration enforcement outright (case-insensitive). */
export const STRONG_WORDS =
  /\b(?:immigra(?:tion|nts?)|deport(?:s|ed|ing|ations?|ees?)?|undocumented|migrants?|asylum|(?:unauthorized|illegal) residents|noncitizens?|non-citizens?|illegal aliens?|aliens? (?:unlawfully|illegally)|in the country illegally|without (?:full |lawful )?(?:legal )?(?:status|authorization|papers)|unlawfully present|migration policy institute|center for migration studies|border patrol|(?:southwest|southern|northern|u\.s\.-mexico) border|border (?:crossings?|arrests|apprehensions|encounters|wall|czar|agents)|(?:at|across|crossed) the border|illegal(?:ly)? cross\w*|(?:at-large|collateral|administrative) arrests|(?:unauthorized|undocumented|illegal)(?: immigrant)? population|alternatives program|intensive supervision appearance program|(?:remov|expel)\w* (?:[\w,.-]+ ){0,4}?(?:people|immigrants|migrants|families)|apprehensions|encounters at|gotaways|unaccompanied (?:children|minors)|detainees?|(?<!after-school |school |juvenile |pretrial |in-school )detention|alternatives to detention|ankle (?:monitors?|bracelets)|removal (?:orders?|proceedings|flights|operations)|expedited removal|credible fear|orders? of removal|removals|in absentia|fugitive (?:operations|teams)|sanctuary (?:cities|city|jurisdictions|policies)|mass deportation|homeland security|customs enforcement|customs and border|immigration judges?)\b/i;

/** Agency acronyms (case-sensitive: "ICE", not "ice"; British style "Ice" only before its nouns). */
export const STRONG_ACRONYMS =
  /\b(?:ICE|DHS|CBP|ERO|HSI|EOIR|ATD|ISAP|USBP)\b|\bIce(?:['’]s)? (?:agents?|officers?|detention|detainees?|custody|arrests?|raids?|facilit\w+|director|spokes\w+|deportations?|operations?|budget)\b/;

/** Words common in enforcement reporting that alone prove nothing. */
export const WEAK =
  /\b(?:the agency|agents|officers|arrest(?:s|ed|ing)?|detain(?:ed|ing)?|custody|removed|removing|beds|facilit(?:y|ies)|budget|appropriat\w*|congress|administration|white house|backlog|judges|border|crossings|apprehended|monitors?|monitoring|population|hir(?:e|ed|ing)|recruits|employ(?:s|ees)|cases|hold(?:s|ing)?|held|processing cent(?:er|re)s?|warehouses?|workforce|enforcement|expelled|expulsions?|prison compan(?:y|ies)|raids?|rounded up|round-?ups?|quota|trump|obama|biden|(?<=\d-)beds?)\b/gi;

/** Vocabulary of other beats (global regex: reset lastIndex or use with String.match): police, jails, sports, markets, weather, schools, companies. */
export const FOREIGN =
  /\b(?:police|NYPD|LAPD|sheriff'?s?|prisons?|inmates|firefighters|teachers|students|schools?|fans|prosecutors|criminal (?:court|cases|trial)|county'?s|hospitals?|patients|stadium|league|concerts?|shares|stocks?|Dow|Nasdaq|investors|earnings|bank'?s?|loan|mortgages|company'?s|airline|storm|hurricane|wildfire|flood|temperatures|weather|unemployment|jobs|city council|mayor'?s?|shelters?|mall|shoplifting|crowd|hockey|touchdowns?|innings)\b/gi;

export const AGENCY = /\b(?:ICE|DHS|CBP|ERO|HSI|EOIR)\b|\bIce(?:['’]s)? (?:agents?|officers?|detention|custody|arrests?|raids?)\b|\b(?:Immigration and Customs Enforcement|Homeland Security|Border Patrol|immigration (?:agents|officers|authorities))\b/;

/** Substrings every strong word contains (lower case) and every acronym contains: looked up first, so a
 * page on another beat is rejected without compiling or running the two large regexes. */
export const WORD_STEMS = [
  'immigra', 'deport', 'undocumented', 'migra', 'asylum', 'alien', 'illegal', 'without', 'unlawful', 'border',
  'arrests', 'population', 'alternatives', 'supervision', 'remov', 'expel', 'apprehension', 'encounters',
  'gotaway', 'unaccompanied', 'detain', 'detention', 'ankle', 'credible fear', 'absentia', 'fugitive',
  'sanctuary', 'homeland', 'customs',
];

export const ACRONYM_STEMS = ['ICE', 'DHS', 'CBP', 'ERO', 'HSI', 'EOIR', 'ATD', 'ISAP', 'USBP', 'Ice'];

/** "ICE" as the Intercontinental Exchange, the company and its ticker. */
export const ICE_EXCHANGE = /\bIntercontinental Exchange\b|\bNYSE:\s*ICE\b/;
