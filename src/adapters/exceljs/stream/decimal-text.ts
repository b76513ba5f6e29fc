const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * The number written as text[from, to) when it is a plain decimal ("-1234.56") of at most 15
 * digits: its digits as a whole number (exact below 2^53) divided once by a power of ten
 * (exact up to 10^22), which IEEE division rounds correctly, so the result is parseFloat's,
 * without making a string. Anything else (exponents, more digits, other characters):
 * undefined, for parseFloat.
 */
export function shortDecimal(text: string, from: number, to: number): number | undefined {
  let at = from;
  const negative = text.charCodeAt(at) === 45;
  if (negative) at++;
  let mantissa = 0;
  let digits = 0;
  let decimals = -1;
  for (; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 46 && decimals < 0) {
      decimals = 0;
      continue;
    }
    const digit = code - 48;
    if (digit < 0 || digit > 9) return undefined;
    mantissa = mantissa * 10 + digit;
    digits++;
    if (decimals >= 0) decimals++;
  }
  if (digits === 0 || digits > 15) return undefined;
  const value = decimals > 0 ? mantissa / (POWERS_OF_TEN[decimals] ?? NaN) : mantissa;
  return negative ? -value : value;
}
