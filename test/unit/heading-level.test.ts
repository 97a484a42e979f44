import { expect } from '@esm-bundle/chai';
import { headingLevelOf } from '../../src/compose-frame.js';

describe('headingLevelOf (the heading-level attribute, issue 13 item 17)', () => {
  it('takes a whole level from 1 to 6 and defaults to 2, a level that keeps heading order under a page h1', () => {
    expect([1, 2, 3, 6, '4'].map(headingLevelOf)).to.deep.equal([1, 2, 3, 6, 4]);
    expect([undefined, null, '', 0, 7, 2.5, 'three', -1].map(headingLevelOf)).to.deep.equal([2, 2, 2, 2, 2, 2, 2, 2]);
  });
});
