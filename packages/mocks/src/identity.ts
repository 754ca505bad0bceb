// Building valid identifiers from their parts. The checksums themselves are the SDK's (domain/identifiers):
// this module only assembles region, birth date, sequence and code body around them.
import { creditCodeCheckChar, organizationCodeCheckChar, residentIdCheckChar } from '@zhixing/sdk';

/** 常德市 (Changde) districts and counties, GB/T 2260: 武陵区 … 津市市. Taoyuan is 430725. */
export const CHANGDE_REGION_CODES: readonly string[] = ['430702', '430703', '430721', '430722', '430723', '430724', '430725', '430726', '430781'];

/** Characters allowed in a credit code's organisation-code body (GB 32100 charset: no I, O, S, V, Z). */
export const CREDIT_BODY_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * An 18-digit GB 11643 resident ID from its parts.
 * @param birth `YYYYMMDD`
 * @param sequence 1–999; odd for men, even for women
 */
export function makeResidentId(regionCode: string, birth: string, sequence: number): string {
  const first17 = `${regionCode}${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/**
 * A GB 32100 unified social credit code: department/kind (`91` = enterprise registered with the market
 * regulator), registration region, an 8-character organisation-code body with its GB 11714 check, and the
 * code's own check character.
 */
export function makeCreditCode(regionCode: string, orgBody: string, prefix = '91'): string {
  const org = orgBody + organizationCodeCheckChar(orgBody);
  const first17 = `${prefix}${regionCode}${org}`;
  return first17 + creditCodeCheckChar(first17);
}
