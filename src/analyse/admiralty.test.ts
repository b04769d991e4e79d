import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bestOf, gradeInformation, strongestCertainty, type CredibilityInput } from './admiralty.js';

describe('Admiralty information credibility', () => {
  const cases: [string, CredibilityInput, number][] = [
    ['a foiled plot cannot be judged', { certainty: 'hypothetical', independentSources: 3, bestReliability: 'A', contradictedBy: null }, 6],
    ['contradicted by a better source', { certainty: 'asserted', independentSources: 2, bestReliability: 'C', contradictedBy: 'A' }, 5],
    ['contradicted by an equal source', { certainty: 'asserted', independentSources: 1, bestReliability: 'B', contradictedBy: 'B' }, 4],
    ['one source, disputed by a worse one', { certainty: 'asserted', independentSources: 1, bestReliability: 'B', contradictedBy: 'E' }, 2],
    ['confirmed but disputed by a worse source', { certainty: 'asserted', independentSources: 3, bestReliability: 'B', contradictedBy: 'E' }, 2],
    ['ungraded sources on both sides', { certainty: 'asserted', independentSources: 2, bestReliability: 'F', contradictedBy: 'F' }, 4],
    ['two independent sources confirm', { certainty: 'asserted', independentSources: 2, bestReliability: 'F', contradictedBy: null }, 1],
    ['two independent sources, reported', { certainty: 'reported', independentSources: 2, bestReliability: 'F', contradictedBy: null }, 1],
    ['two sources, both hedged', { certainty: 'hedged', independentSources: 2, bestReliability: 'B', contradictedBy: null }, 3],
    ['one reliable source asserts', { certainty: 'asserted', independentSources: 1, bestReliability: 'B', contradictedBy: null }, 2],
    ['one ungraded source asserts', { certainty: 'asserted', independentSources: 1, bestReliability: 'F', contradictedBy: null }, 3],
    ['one reliable source reports a claim', { certainty: 'reported', independentSources: 1, bestReliability: 'A', contradictedBy: null }, 3],
    ['one source hedges', { certainty: 'hedged', independentSources: 1, bestReliability: 'A', contradictedBy: null }, 4],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      const grade = gradeInformation(input);
      assert.equal(grade.credibility, expected, grade.reason);
      assert.ok(grade.reason.length > 0);
    });
  }

  it('takes the strongest wording and the best source', () => {
    assert.equal(strongestCertainty(['hedged', 'reported']), 'reported');
    assert.equal(strongestCertainty(['hypothetical', 'hedged']), 'hedged');
    assert.equal(strongestCertainty(['denied', 'denied']), 'denied');
    assert.equal(bestOf(['C', 'F', 'B']), 'B');
    assert.equal(bestOf([]), 'F');
  });
});
