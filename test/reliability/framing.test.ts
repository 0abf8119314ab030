/**
 * The language server's framing guard (server/src/lsp/framing.ts): well-formed JSON-RPC frames
 * pass through byte for byte however the stream is chunked; after a broken frame, reading
 * resumes at the next header instead of misreading every later message.
 */

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FramingGuard } from '../../server/src/lsp/framing.js';

const RUNS = Number(process.env.FC_RUNS ?? 200);

function frame(body: string, extraHeader = ''): Buffer {
  const b = Buffer.from(body, 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n${extraHeader}\r\n`, 'latin1'), b]);
}

/** Feeds `input` in chunks cut at `cuts` and returns the output and the drop reports. */
function run(input: Buffer, cuts: number[] = []): { out: Buffer; drops: { bytes: number; reason: string }[] } {
  const drops: { bytes: number; reason: string }[] = [];
  const guard = new FramingGuard((bytes, reason) => drops.push({ bytes, reason }));
  const out: Buffer[] = [];
  guard.on('data', (d: Buffer) => out.push(d));
  const points = [...new Set(cuts.map((c) => c % (input.length + 1)))].sort((a, b) => a - b);
  let pos = 0;
  for (const p of [...points, input.length]) {
    if (p > pos) guard.write(input.subarray(pos, p));
    pos = Math.max(pos, p);
  }
  return { out: Buffer.concat(out), drops };
}

const message = fc.record({
  id: fc.nat(),
  method: fc.constantFrom('textDocument/didChange', 'textDocument/hover', 'shutdown'),
  text: fc.string({ unit: 'binary', maxLength: 300 }),
}).map((m) => JSON.stringify({ jsonrpc: '2.0', id: m.id, method: m.method, params: { text: m.text } }));

describe('JSON-RPC framing guard', () => {
  it('passes well-formed frames through unchanged under any chunking', () => {
    fc.assert(fc.property(fc.array(message, { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 20 }), fc.boolean(), (bodies, cuts, withType) => {
      const input = Buffer.concat(bodies.map((b) => frame(b, withType ? 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n' : '')));
      const { out, drops } = run(input, cuts);
      assert.deepEqual(drops, []);
      assert.ok(out.equals(input));
    }), { numRuns: RUNS });
  });

  it('a body that mentions Content-Length in a string is not mistaken for a new frame', () => {
    const body = JSON.stringify({ jsonrpc: '2.0', method: 'x', params: { text: 'Content-Length: 12\r\n\r\n{}' } });
    const input = frame(body);
    assert.ok(run(input).out.equals(input));
  });

  const good = frame(JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'shutdown' }));
  const broken: [string, string][] = [
    ['a non-numeric Content-Length', 'Content-Length: abc\r\n\r\n{}'],
    ['a header without Content-Length', 'X-Foo: bar\r\n\r\n{}'],
    ['a Content-Length shorter than the body', 'Content-Length: 2\r\n\r\n{"jsonrpc":"2.0","id":1}'],
    ['a Content-Length longer than the body', 'Content-Length: 9999\r\n\r\n{"jsonrpc":"2.0"}'],
    ['bytes that are no header at all', '\u0000\u00ff garbage {"id":1}\r\n'],
    ['an endless header line', 'X'.repeat(20000)],
  ];
  for (const [name, bad] of broken) {
    it(`after ${name}, the next frame is read intact (any chunking)`, () => {
      fc.assert(fc.property(fc.array(fc.nat(), { maxLength: 12 }), (cuts) => {
        const input = Buffer.concat([good, Buffer.from(bad, 'latin1'), good]);
        const { out, drops } = run(input, cuts);
        assert.ok(out.subarray(0, good.length).equals(good), 'the frame before is untouched');
        assert.ok(out.subarray(out.length - good.length).equals(good), `the frame after arrives whole: ${JSON.stringify(out.toString('latin1'))}`);
        assert.ok(drops.length >= 1 || out.length > 2 * good.length, 'the broken part is dropped (and reported) or passed on as one frame');
      }), { numRuns: 50 });
    });
  }
});
