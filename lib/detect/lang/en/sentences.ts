/** The English pack: abbreviations of news style and the words that open a sentence. Vocabulary only, no logic (see ./index.ts). */

/** Abbreviations that never end a sentence in news prose: titles, months, "No.", "St.", initials. */
export const ALWAYS_JOIN =
  /(?:^|[\s(“"‘'—–-])(?:Mr|Mrs|Ms|Dr|Gov|Lt|Gen|Sen|Sens|Rep|Reps|Sgt|Capt|Col|Maj|Cmdr|Adm|Prof|Rev|Hon|Pres|Supt|Det|Insp|Atty|Gens?|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|Nos|St|Ste|Mt|Ft|Ave|Blvd|vs|v|Calif|Ariz|Fla|Tex|Mass|Ill|Ind|Kan|Ky|Pa|Va|Wash|Ore|Colo|Conn|Del|Ga|La|Md|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Tenn|Vt|Wis|Wyo|Ala|Ark|[A-Z])\.\s*$/;

/** Abbreviations that can also end a sentence: joined only when the next words continue it. */
export const MAYBE_JOIN =
  /(?:^|[\s(“"‘'—–-])(?:U\.S|U\.K|U\.N|D\.C|L\.A|N\.Y|E\.U|a\.m|p\.m|Inc|Co|Corp|Ltd|Jr|Sr|Bros|etc|approx|est)\.\s*$/;

/** Capitalized words that usually open a new sentence, so a preceding "U.S." ends one. */
export const STARTERS = new Set(
  'The A An He She It They We I You But And Or So Yet In On At As For From By To Of With This That These Those His Her Its Their Our Some Many Most Officials Still Then Now There Here When While After Before Since Although Though If However Meanwhile Last Next Under Over About More Nearly Almost Only Even Also According Such What Who Why How Where'.split(
    ' ',
  ),
);
