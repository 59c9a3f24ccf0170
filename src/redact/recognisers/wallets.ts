// Crypto wallet address validators: Bitcoin Base58Check (P2PKH/P2SH), Bitcoin Bech32/Bech32m, Ethereum.
// Must never accept a Base58 or Bech32 string whose checksum fails.
import { sha256 } from '../sha256';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BASE58_INDEX = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE58.length; i++) BASE58_INDEX[BASE58.charCodeAt(i)] = i;

function base58Decode(s: string): Uint8Array | null {
  const bytes: number[] = [0];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const value = c < 128 ? (BASE58_INDEX[c] ?? -1) : -1;
    if (value < 0) return null;
    let carry = value;
    for (let j = 0; j < bytes.length; j++) {
      carry += (bytes[j] ?? 0) * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (let i = 0; i < s.length && s[i] === '1'; i++) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

/** Bitcoin P2PKH / P2SH address (mainnet or testnet) with a valid double-SHA-256 checksum. */
export function isBase58CheckAddress(s: string): boolean {
  if (s.length < 26 || s.length > 35 || !/^[13mn2]/.test(s)) return false;
  const bytes = base58Decode(s);
  if (bytes === null || bytes.length !== 25) return false;
  const version = bytes[0];
  if (version !== 0x00 && version !== 0x05 && version !== 0x6f && version !== 0xc4) return false;
  const check = sha256(sha256(bytes.subarray(0, 21)));
  for (let i = 0; i < 4; i++) if (check[i] !== bytes[21 + i]) return false;
  return true;
}

const BECH32_CHARS = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3] as const;

function polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATOR[i]!;
  }
  return chk >>> 0;
}

/** Bitcoin segwit address (bc1 / tb1), Bech32 or Bech32m checksum. */
export function isBech32Address(input: string): boolean {
  if (input.length < 14 || input.length > 74) return false;
  const s = input.toLowerCase();
  if (s !== input && input.toUpperCase() !== input) return false; // mixed case is invalid
  const sep = s.lastIndexOf('1');
  const hrp = s.slice(0, sep);
  if (hrp !== 'bc' && hrp !== 'tb') return false;
  const values: number[] = [];
  for (let i = 0; i < hrp.length; i++) values.push(hrp.charCodeAt(i) >> 5);
  values.push(0);
  for (let i = 0; i < hrp.length; i++) values.push(hrp.charCodeAt(i) & 31);
  for (let i = sep + 1; i < s.length; i++) {
    const v = BECH32_CHARS.indexOf(s.charAt(i));
    if (v < 0) return false;
    values.push(v);
  }
  const check = polymod(values);
  return check === 1 || check === 0x2bc830a3;
}

/** Ethereum address: 0x + 40 hex digits (the EIP-55 mixed-case checksum is not verified). */
export function isEthereumAddress(s: string): boolean {
  return /^0x[0-9a-fA-F]{40}$/.test(s);
}
