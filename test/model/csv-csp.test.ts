import { expect } from '@esm-bundle/chai';
import { csvToEvents } from '../../src/model/csv.js';

/**
 * Pages that embed the timeline often forbid eval (a Content Security Policy without 'unsafe-eval'). d3-dsv's
 * csvParse builds its row objects with `new Function`; the CSV reader must not depend on it.
 */
describe('CSV under a strict Content Security Policy', () => {
  before(() => {
    // A policy set by a <meta> applies from the moment it is in the document, to this test file's page only.
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "script-src 'self' 'unsafe-inline' http: https: blob:";
    document.head.append(meta);
  });

  it('the page forbids eval (so the next test can fail)', () => {
    expect(() => new Function('return 1')).to.throw(EvalError);
  });

  it('csvToEvents(text) reads quoted fields, CRLF and a BOM with eval forbidden', () => {
    const text = '\uFEFFid,date,title,summary\r\na,2022-02-24,"Invasion, day one","He said ""go""\r\nand left"\r\n';
    expect(csvToEvents(text)).to.deep.equal([{ id: 'a', date: '2022-02-24', title: 'Invasion, day one', summary: 'He said "go"\r\nand left' }]);
  });
});
