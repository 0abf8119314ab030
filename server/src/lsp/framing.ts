/**
 * A guard in front of the JSON-RPC reader on stdio. vscode-jsonrpc's reader never recovers
 * from a broken frame: after one header without a numeric Content-Length (or a Content-Length
 * that does not match the body) every later message is misread, and the server stays alive but
 * deaf, so the editor waits forever. This stream passes well-formed frames through unchanged
 * and, on a broken one, drops bytes up to the next `Content-Length:` header.
 *
 * A body cannot contain a raw `Content-Length: N\r\n\r\n` (JSON allows no raw line breaks in
 * strings, and the text outside strings would not be JSON), so finding one inside a body means
 * the declared length was too long and the next message starts there.
 */

import { Transform, type TransformCallback } from 'node:stream';

/** Headers longer than this are garbage (real ones are under 100 bytes). */
const MAX_HEADER = 8192;
const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]*:[ \t]*[^\r\n]*$/;
const NEXT_FRAME = /Content-Length:[ \t]*\d+\r\n(?:[A-Za-z][A-Za-z0-9-]*:[^\r\n]*\r\n)*\r\n/i;

export class FramingGuard extends Transform {
  private buf: Buffer = Buffer.alloc(0);
  /** Header length and body length of the frame being read; -1 while reading a header. */
  private headerLength = 0;
  private bodyLength = -1;
  /** Bytes dropped since the last good frame, reported once when reading resumes. */
  private dropped = 0;
  private reason = '';

  constructor(private readonly onDrop: (bytes: number, reason: string) => void = () => undefined) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    this.drain();
    callback();
  }

  private drain(): void {
    for (;;) {
      if (this.bodyLength < 0) {
        const head = this.buf.toString('latin1', 0, Math.min(this.buf.length, MAX_HEADER));
        const end = head.indexOf('\r\n\r\n');
        if (end < 0) {
          if (this.buf.length >= MAX_HEADER) this.resync(head, 'header too long');
          else if (head.length && !/^[A-Za-z]/.test(head)) this.resync(head, 'not a header');
          else return;
          continue;
        }
        const length = contentLength(head.slice(0, end));
        if (length < 0) {
          this.resync(head, 'invalid header');
          continue;
        }
        this.headerLength = end + 4;
        this.bodyLength = length;
      }
      const available = this.buf.length - this.headerLength;
      const body = this.buf.toString('latin1', this.headerLength, this.headerLength + Math.min(available, this.bodyLength));
      const next = NEXT_FRAME.exec(body);
      if (next) {
        this.discard(this.headerLength + next.index, 'Content-Length longer than the message');
        this.bodyLength = -1;
        continue;
      }
      if (available < this.bodyLength) return;
      const frame = this.headerLength + this.bodyLength;
      if (this.dropped) {
        this.onDrop(this.dropped, this.reason);
        this.dropped = 0;
      }
      this.push(this.buf.subarray(0, frame));
      this.buf = this.buf.subarray(frame);
      this.bodyLength = -1;
      if (!this.buf.length) return;
    }
  }

  /** Drops bytes up to the next `Content-Length:` after the start (or all but a possible partial one). */
  private resync(head: string, reason: string): void {
    const i = head.slice(1).search(/Content-Length:/i);
    if (i >= 0) this.discard(i + 1, reason);
    else this.discard(Math.max(1, head.length - 15), reason);
  }

  private discard(bytes: number, reason: string): void {
    this.buf = this.buf.subarray(bytes);
    if (!this.dropped) this.reason = reason;
    this.dropped += bytes;
  }
}

/** The Content-Length of a header block, or -1 if the block is not a valid header. */
function contentLength(header: string): number {
  let length = -1;
  for (const line of header.split('\r\n')) {
    if (!HEADER_LINE.test(line)) return -1;
    const colon = line.indexOf(':');
    if (line.slice(0, colon).toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d{1,9}$/.test(value)) return -1;
    length = Number(value);
  }
  return length;
}
