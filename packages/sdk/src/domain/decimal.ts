// Exact decimal helpers (internal, not re-exported). A JS number is taken at its shortest decimal
// form, so 1.005 rounds as written rather than as its binary neighbour 1.00499…; the arithmetic
// itself is on BigInt, so no rounding error can creep in.

export type DecimalRounding = 'half-up' | 'truncate';

/** value = units / 10^scale */
export interface ScaledDecimal {
  units: bigint;
  scale: number;
}

const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

export function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

export function toScaledDecimal(value: number): ScaledDecimal {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new RangeError(`Not a finite number: ${String(value)}`);
  const m = NUMBER_TEXT.exec(String(value));
  if (!m) throw new RangeError(`Unexpected number form: ${String(value)}`);
  const fraction = m[3] ?? '';
  let units = BigInt((m[2] ?? '0') + fraction);
  let scale = fraction.length - Number(m[4] ?? '0');
  if (scale < 0) {
    units *= pow10(-scale);
    scale = 0;
  }
  return { units: m[1] === '-' ? -units : units, scale };
}

/** a ÷ b for a ≥ 0, b > 0, rounded half-up or truncated. */
export function divideRounded(a: bigint, b: bigint, rounding: DecimalRounding): bigint {
  const q = a / b;
  const r = a % b;
  return rounding === 'half-up' && r * 2n >= b ? q + 1n : q;
}

/** The value as units at `scale` (half-up / truncate act on the magnitude, so −2.5 → −3 half-up). */
export function rescale(d: ScaledDecimal, scale: number, rounding: DecimalRounding = 'half-up'): bigint {
  if (scale >= d.scale) return d.units * pow10(scale - d.scale);
  const negative = d.units < 0n;
  const q = divideRounded(negative ? -d.units : d.units, pow10(d.scale - scale), rounding);
  return negative ? -q : q;
}

/** Splits non-negative units at `scale` into integer part and zero-padded fraction digits. */
export function splitScaled(units: bigint, scale: number): { integer: bigint; fraction: string } {
  const unit = pow10(scale);
  return { integer: units / unit, fraction: scale === 0 ? '' : (units % unit).toString().padStart(scale, '0') };
}
