// The list of entity names detect() can report, with their category and English / Chinese labels for the UI.
// Names follow Microsoft Presidio where Presidio has one; must never rename an entry (policies refer to them).
import type { EntityCategory } from './types';

export interface SupportedEntity {
  readonly name: string;
  readonly category: EntityCategory;
  readonly label: { readonly en: string; readonly zh: string };
  /** True when Presidio has no recogniser of this name. */
  readonly ownName?: true;
}

function e(
  name: string,
  category: EntityCategory,
  en: string,
  zh: string,
  ownName?: true,
): SupportedEntity {
  return ownName
    ? { name, category, label: { en, zh }, ownName }
    : { name, category, label: { en, zh } };
}

export const SUPPORTED_ENTITIES: readonly SupportedEntity[] = [
  e('EMAIL_ADDRESS', 'contact', 'Email address', '电子邮箱'),
  e('PHONE_NUMBER', 'contact', 'Phone number', '电话号码'),
  e('URL', 'network', 'Web address (URL)', '网址'),
  e('IP_ADDRESS', 'network', 'IP address', 'IP 地址'),
  e('MAC_ADDRESS', 'network', 'MAC address', 'MAC 地址'),
  e('DATE_TIME', 'contact', 'Date', '日期'),
  e('DATE_OF_BIRTH', 'identifier', 'Date of birth', '出生日期', true),
  e('CREDIT_CARD', 'financial', 'Payment card number', '银行卡号'),
  e('IBAN_CODE', 'financial', 'IBAN', '国际银行账号 (IBAN)'),
  e('US_BANK_NUMBER', 'financial', 'US bank account number', '美国银行账号'),
  e('CRYPTO', 'financial', 'Crypto wallet address', '加密货币钱包地址'),
  e('US_SSN', 'identifier', 'US Social Security number', '美国社会安全号'),
  e('US_ITIN', 'identifier', 'US taxpayer ID (ITIN)', '美国个人纳税识别号'),
  e('US_PASSPORT', 'identifier', 'US passport number', '美国护照号'),
  e('US_DRIVER_LICENSE', 'identifier', 'US driver licence', '美国驾照号'),
  e('US_MBI', 'identifier', 'US Medicare beneficiary ID', '美国医保受益人编号'),
  e('MEDICAL_LICENSE', 'identifier', 'Medical licence (DEA) number', '医疗执照号'),
  e('UK_NHS', 'identifier', 'UK NHS number', '英国 NHS 号'),
  e('UK_NINO', 'identifier', 'UK National Insurance number', '英国国民保险号'),
  e('ES_NIF', 'identifier', 'Spanish NIF / DNI', '西班牙税号 (NIF)'),
  e('ES_NIE', 'identifier', 'Spanish foreigner number (NIE)', '西班牙外国人识别号 (NIE)'),
  e('IT_FISCAL_CODE', 'identifier', 'Italian fiscal code', '意大利税号'),
  e('IT_VAT_CODE', 'financial', 'Italian VAT number', '意大利增值税号'),
  e('IT_IDENTITY_CARD', 'identifier', 'Italian identity card', '意大利身份证'),
  e('IT_PASSPORT', 'identifier', 'Italian passport number', '意大利护照号'),
  e('IT_DRIVER_LICENSE', 'identifier', 'Italian driving licence', '意大利驾照号'),
  e('PL_PESEL', 'identifier', 'Polish PESEL', '波兰 PESEL 号'),
  e('DE_TAX_ID', 'identifier', 'German tax ID (Steuer-IdNr)', '德国税号', true),
  e(
    'FI_PERSONAL_IDENTITY_CODE',
    'identifier',
    'Finnish personal identity code',
    '芬兰个人身份代码',
  ),
  e('IN_PAN', 'identifier', 'Indian PAN', '印度永久账号 (PAN)'),
  e('IN_AADHAAR', 'identifier', 'Indian Aadhaar number', '印度 Aadhaar 号'),
  e('IN_VOTER', 'identifier', 'Indian voter ID', '印度选民证号'),
  e('IN_PASSPORT', 'identifier', 'Indian passport number', '印度护照号'),
  e('IN_VEHICLE_REGISTRATION', 'identifier', 'Indian vehicle registration', '印度车辆登记号'),
  e('IN_GSTIN', 'financial', 'Indian GST number', '印度商品及服务税号'),
  e('SG_NRIC_FIN', 'identifier', 'Singapore NRIC / FIN', '新加坡身份证号 (NRIC/FIN)'),
  e('SG_UEN', 'identifier', 'Singapore UEN', '新加坡单一实体号 (UEN)'),
  e('AU_TFN', 'identifier', 'Australian tax file number', '澳大利亚税号 (TFN)'),
  e('AU_ABN', 'financial', 'Australian business number', '澳大利亚商业号 (ABN)'),
  e('AU_ACN', 'financial', 'Australian company number', '澳大利亚公司号 (ACN)'),
  e('AU_MEDICARE', 'identifier', 'Australian Medicare number', '澳大利亚医保卡号'),
  e('CA_SIN', 'identifier', 'Canadian social insurance number', '加拿大社会保险号', true),
  e('KR_RRN', 'identifier', 'Korean resident registration number', '韩国居民登记号'),
  e('TH_TNIN', 'identifier', 'Thai national ID number', '泰国身份证号'),
  e('CN_RESIDENT_ID', 'identifier', 'Chinese resident identity number', '中国居民身份证号', true),
  e('HEALTH_DATA', 'special-category', 'Health data', '健康信息', true),
  e('RELIGIOUS_BELIEF', 'special-category', 'Religion or belief', '宗教或信仰', true),
  e('POLITICAL_OPINION', 'special-category', 'Political opinion', '政治观点', true),
  e('TRADE_UNION_MEMBERSHIP', 'special-category', 'Trade-union membership', '工会会员身份', true),
  e('ETHNIC_ORIGIN', 'special-category', 'Racial or ethnic origin', '种族或民族', true),
  e(
    'SEX_LIFE_ORIENTATION',
    'special-category',
    'Sex life or sexual orientation',
    '性生活或性取向',
    true,
  ),
  e('GENETIC_DATA', 'special-category', 'Genetic data', '基因数据', true),
  e('BIOMETRIC_DATA', 'special-category', 'Biometric data', '生物识别数据', true),
];

export const SUPPORTED_ENTITY_NAMES: readonly string[] = SUPPORTED_ENTITIES.map((s) => s.name);

const BY_NAME = new Map(SUPPORTED_ENTITIES.map((s) => [s.name, s]));

export function entityInfo(name: string): SupportedEntity | undefined {
  return BY_NAME.get(name);
}

export function isSpecialCategory(name: string): boolean {
  return BY_NAME.get(name)?.category === 'special-category';
}
