import { describe, expect, it } from 'vitest';
import { claimNum, derive, fromArticle, fromFigure, provenanceProblems } from '../../../lib/context/num';
import type { Num } from '../../../lib/context/types';
import { claim, q } from './fixture';

describe('Num builders and the provenance check', () => {
  const fy18 = fromFigure(q.figuresFor('removals', 'FY2018')[0]!);
  const art = fromArticle(7000, '7,000', 'approximately 7,000');

  it('cites a figure to its source and a derived number to all of its inputs', () => {
    expect(fy18).toEqual({ value: 256085, text: '256,085', origin: 'dataset', sources: ['ice-fy2018'] });
    const perMonth = derive(256085 / 12, '21,340 a month', '256,085 ÷ 12 months', [fy18]);
    const ratio = derive(7000 / perMonth.value, '0.33', '7,000 ÷ 21,340', [art, perMonth]);
    expect(ratio.sources).toEqual(['ice-fy2018']);
    expect(provenanceProblems(ratio)).toEqual([]);
    expect(claimNum(claim('ICE spends $8.4 billion.', '$8.4 billion', { category: 'budget', value: 8.4e9, dollars: true }))?.text).toBe('$8.4 billion');
  });

  it('catches numbers without provenance', () => {
    const bare: Num = { value: 5, text: '5', origin: 'dataset', sources: [] };
    expect(provenanceProblems(bare)).toEqual(['num: dataset number without sources']);
    expect(provenanceProblems({ ...art, quote: undefined })).toEqual(['num: article number without its words']);
    expect(provenanceProblems({ value: 1, text: '1', origin: 'derived', sources: [] })).toEqual(['num: derived number without derivation or inputs']);
    const lying = { ...derive(1, '1', 'x', [fy18]), sources: ['someone-else'] };
    expect(provenanceProblems(lying)).toEqual(["num: sources are not the union of its inputs' sources"]);
    expect(provenanceProblems(derive(Infinity, '∞', '1 ÷ 0', [fy18]))).toEqual(['num: not a finite number']);
    expect(provenanceProblems(derive(2, '2', '1 + 1', [bare]))).toEqual(['num.inputs[0]: dataset number without sources']);
  });
});
