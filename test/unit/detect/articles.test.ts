/**
 * Whole articles and stories read end to end: every rule at once, claims kept and other beats left out.
 * Sentences written for these tests (the pattern of real prose, never a copy of it).
 */
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../lib/detect';

describe('whole articles', () => {
  it('reads a whole article: claims kept, other beats and incident details left out', () => {
    const article = [
      'Deportation push strains ICE as arrests climb',
      'By A. Reporter',
      'WASHINGTON — U.S. Immigration and Customs Enforcement is now holding about 57,000 people, as the White House presses the agency to make 3,000 arrests a day.',
      '“We need more beds,” the acting director told reporters. He said the agency had arrested 100,000 people since Jan. 20, and that about 70% of them had criminal records.',
      'In Los Angeles, 4,000 National Guard troops were deployed. Police arrested 575 people during 10 days of protests. The Lakers drew 18,000 fans.',
      'Related: Judge orders ICE to return deported man, 32, to the U.S.',
    ].join('\n\n');
    const got = detectClaims(article, { articleDate: '2025-07-10' }).map((c) => [c.quote, c.category, c.period?.period ?? null]);
    expect(got).toEqual([
      ['about 57,000', 'detention', null],
      ['3,000', 'goal', null],
      ['100,000', 'arrests', '2025-01-20/2025-07-10'],
    ]);
  });

  it('reads a human-interest story: only the national figures are claims', () => {
    const article = `A father of four was detained by ICE. His town is still reeling.

WORTHINGTON, Minn. — Juan Perez, 41, had lived in this town of 13,000 for 19 years when ICE agents arrested him outside the meatpacking plant where he worked the 5 a.m. shift.

His wife, Maria, 38, said four agents in two unmarked SUVs boxed in his pickup. He was taken to a jail in Sherburne County, about 150 miles away, one of 12 county jails in Minnesota that hold ICE detainees under contract.

The plant employs about 2,500 people, roughly half of them immigrants. After the arrest, attendance at the local elementary school dropped 20 percent, the principal said, and three families left town within a week.

"He has no criminal record," said his lawyer, who has represented 200 immigrants in the past decade. Mr. Perez's bond was set at $7,500; the family raised $3,000 from neighbors in two days.

Mr. Perez is one of more than 60,000 people now held in immigration detention nationwide, a record. ICE has said it wants to reach 100,000 beds.

Worthington's population has grown 30 percent since 2000, largely because of immigration. About 35 percent of residents were born abroad, according to the Census Bureau.

The town's police department, with 24 officers, does not cooperate with ICE, Chief Troy Appel said. Last year, it made 312 arrests.

A vigil on Sunday drew 300 people. Organizers collected 1,200 signatures on a petition asking ICE to release him.

His next hearing is scheduled for Dec. 12 at 1:30 p.m. in Fort Snelling, in Courtroom 3.`;
    expect(detectClaims(article, { articleDate: '2025-11-20' }).map((c) => [c.quote, c.category])).toEqual([
      ['more than 60,000', 'detention'],
      ['100,000', 'detention'],
    ]);
  });

  it('reads a courts story with its periods', () => {
    const article = `Immigration courts buckle as backlog nears 4 million

SAN ANTONIO — The nation's immigration courts are drowning. As of Sept. 30, there were 3.9 million pending cases, according to the Executive Office for Immigration Review, up from about 1 million in 2019.

Judge Maria Sanchez, one of 16 judges at the San Antonio court, hears as many as 60 cases a day. "I have 4,200 cases on my docket," she said in an interview in her chambers on the 8th floor. "Some of them won't be heard until 2029."

The administration has fired or pushed out more than 100 judges since January, leaving about 600 on the bench. It plans to hire 600 military lawyers as temporary judges.

Asylum grants have plunged. Judges granted asylum in 19 percent of cases decided last year, down from 30 percent in 2023, according to TRAC.

Meanwhile, ICE attorneys have been asking judges to dismiss cases so that agents can arrest immigrants in courthouse hallways and place them in expedited removal. In May alone, ICE made roughly 1,400 such courthouse arrests.

At the border, the picture is different. Border Patrol agents recorded about 8,000 apprehensions in August, the fewest for that month since 1966. Daily encounters averaged 264.

Outside the courthouse, a group of 40 volunteers hands out water and legal pamphlets. One of them, Ana Torres, 67, said she has been coming every Tuesday for two years.

The 2,600-page appropriations bill also includes $3.3 billion for EOIR, enough to hire about 800 additional immigration judges over four years, the Congressional Budget Office estimated.`;
    const got = detectClaims(article, { articleDate: '2025-10-15' }).map((c) => [c.quote, c.category, c.period?.period ?? null]);
    expect(got).toEqual([
      ['4 million', 'courts', null],
      ['3.9 million', 'courts', '2025-09-30'],
      ['about 1 million', 'courts', 'CY2019'],
      ['16', 'courts', null],
      ['as many as 60', 'courts', null],
      ['4,200', 'courts', null],
      ['more than 100', 'courts', '2025-01-01/2025-10-15'],
      ['about 600', 'courts', '2025-01-01/2025-10-15'],
      ['600', 'courts', null], // a plan to hire judges is a courts claim (hiring plans count)
      ['roughly 1,400', 'arrests', '2025-05'],
      ['about 8,000', 'border', '2025-08'],
      ['264', 'border', null],
      ['$3.3 billion', 'budget', null],
      ['about 800', 'courts', null],
    ]);
  });
});
