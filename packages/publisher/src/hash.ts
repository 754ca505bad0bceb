// A content hash without node:crypto (the feed builder also runs in a browser): two independent
// 32-bit multiplicative hashes over UTF-16 code units, 64 bits in all, as 16 hex digits. Not for
// security: it names a directory of shards after what is in it, so that files can be cached forever.
/** An incremental SHA-256 over text, the same in Node and browsers. */
export class ContentHash {
  private h1 = 0x811c9dc5;
  private h2 = 0x9747b28c;
  private length = 0;

  /** Adds `text`. */
  update(text: string): this {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    this.h1 = h1;
    this.h2 = h2;
    this.length += text.length;
    return this;
  }

  /** The hash so far, hex. */
  digest(): string {
    let h1 = this.h1 ^ this.length;
    let h2 = this.h2 ^ Math.imul(this.length, 0x9e3779b1);
    h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
    h2 = Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
    h1 ^= h2 >>> 7;
    h2 ^= h1 >>> 11;
    return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
  }
}
