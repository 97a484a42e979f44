import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { parseCsvRows } from '../../src/model/csv.js';

describe('parseCsvRows', () => {
  it('parseCsvRows(text) reads what d3-dsv writes: any table of fields round-trips', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r', 'é', 'ї') });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        // A row of one empty field is written as an empty line, which both parsers read as a row of one "".
        expect(parseCsvRows(csvFormatRows(rows))).to.deep.equal(csvParseRows(csvFormatRows(rows)));
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('parseCsvRows(text) agrees with d3-dsv on arbitrary unquoted text (delimiters and every line ending)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ',', '\n', '\r\n', '\r', ' ', 'ї'), maxLength: 40 });
    fc.assert(
      fc.property(text, (t) => {
        expect(parseCsvRows(t)).to.deep.equal(csvParseRows(t));
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('parseCsvRows(text) never throws on malformed quotes, and keeps every character of them', () => {
    // d3-dsv drops characters here ("ab"c gives "ab" and an empty field; an unclosed quote loses its last
    // character); this parser keeps what the author wrote, so nothing is lost silently.
    expect(parseCsvRows('"ab"c,d')).to.deep.equal([['abc', 'd']]);
    expect(parseCsvRows('a,"b')).to.deep.equal([['a', 'b']]);
    expect(parseCsvRows('"\r\n')).to.deep.equal([['\r\n']]);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r'), maxLength: 30 }), (t) => {
        const rows = parseCsvRows(t);
        expect(rows.flat().join('').length).to.be.at.most(t.length);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('parseCsvRows handles CRLF, a final line without a break, and quoted line breaks', () => {
    expect(parseCsvRows('a,b\r\n"x\r\ny","say ""hi"""\r\nlast,row')).to.deep.equal([['a', 'b'], ['x\r\ny', 'say "hi"'], ['last', 'row']]);
  });
});
