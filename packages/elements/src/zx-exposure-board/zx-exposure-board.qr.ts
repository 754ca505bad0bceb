// The QR encoder and the drawing of its modules, in a module of its own so that the build puts them
// in their own chunk: only a signage board with `qr-href` downloads them.
import { encode } from 'uqr';

/** `href`'s modules (error correction M: a screen seen at an angle, with glare) as one SVG path. */
export function qrModules(href: string): { size: number; path: string } {
  const { data, size } = encode(href, { ecc: 'M', border: 0 });
  let path = '';
  // One rectangle per horizontal run of dark modules: a few hundred path commands, not a node per module.
  for (let y = 0; y < size; y++) {
    const row = data[y]!;
    for (let x = 0; x < size; ) {
      if (!row[x]) {
        x++;
        continue;
      }
      let end = x + 1;
      while (end < size && row[end]) end++;
      path += `M${x} ${y}h${end - x}v1h${x - end}z`;
      x = end;
    }
  }
  return { size, path };
}
