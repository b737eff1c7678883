import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../lib/detect';

const quotes = (s: string) => detectClaims(s).map((c) => c.quote);

describe('not-claims', () => {
  it('drops ages, times and durations of one event', () => {
    expect(quotes('ICE detained Martinez, 19, and her 45-year-old father at 7 a.m.')).toEqual([]);
    expect(quotes('She has been held in ICE detention for 11 days.')).toEqual([]);
    expect(quotes('The ICE director testified for nearly three hours.')).toEqual([]);
  });

  it('keeps an average length of stay in detention, quoted with its unit', () => {
    expect(quotes('The average length of stay in ICE detention rose to 47 days.')).toEqual(['47 days']);
  });

  it('drops composition shares but keeps percent changes', () => {
    expect(quotes('Mexicans accounted for 38 percent of those deported by ICE.')).toEqual([]);
    expect(quotes('Hondurans made up roughly a quarter of the deportees.')).toEqual([]);
    expect(quotes('Deportations from the interior fell 12 percent last year.')).toEqual(['12 percent']);
    expect(quotes('ICE deported 267,258 people, a 4 percent increase.')).toEqual(['267,258', '4 percent']);
  });

  it('drops details of one incident and attributions', () => {
    expect(quotes('Six ICE officers surrounded his car outside the church.')).toEqual([]);
    expect(quotes('A bus carrying 40 ICE detainees overturned.')).toEqual([]);
    expect(quotes('The deportation flight carried 135 people to Guatemala.')).toEqual([]);
    expect(quotes('ICE arrested 1,000 people a day, according to two officials.')).toEqual(['1,000']);
  });

  it('keeps small numbers stated as a rule of the agency', () => {
    expect(quotes('Usually at least four ICE officers are assigned to each arrest target.')).toEqual(['at least four']);
  });

  it('drops money that is not enforcement spending', () => {
    expect(quotes('Immigrants sent $60 billion in remittances to Mexico last year.')).toEqual([]);
    expect(quotes('The woman was released from ICE detention on a $5,000 bond.')).toEqual([]);
    expect(quotes('Congress appropriated $8.3 billion for ICE in fiscal 2020.')).toEqual(['$8.3 billion']);
  });
});

describe('counts of facilities', () => {
  it('drops how many sites there are, and their bare neighbours, but keeps who they hold', () => {
    expect(quotes('The agency has grown its network to 212 facilities nationwide, from 107 at the start of the year.')).toEqual([]);
    expect(quotes('Only 20 of the 210 ICE detention centers hold more than 1,000 people, ICE data show.')).toEqual(['more than 1,000']);
  });
});

describe('composition counts', () => {
  it('drops a part described by a trait but keeps the whole', () => {
    expect(quotes('Of the roughly 60,000 people in ICE detention, about 44,000 had no criminal conviction.')).toEqual(['roughly 60,000']);
  });
});

describe('small numbers that state a capacity', () => {
  it('keeps what the agency has, drops what happened to a few officers', () => {
    expect(quotes('ICE has just 50 officers in Maine, the agency said.')).toEqual(['50']);
    expect(quotes('Three ICE officers were treated for minor injuries after the arrest.')).toEqual([]);
  });
});
