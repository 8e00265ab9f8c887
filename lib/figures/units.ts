/**
 * The units a figure may be measured in, and how each is written in both languages.
 * A count's Chinese unit is a measure word (家, 个, 名); English names the thing counted.
 */
export interface UnitSpelling {
  /** Chinese text written after the number, e.g. ' 米' (with space) or '家'. */
  zh: string;
  /** English text after the number, singular and plural, e.g. ' m', ' enterprises'. */
  en: { one: string; other: string };
  /** A count takes "余" for "more than" in Chinese (40余名); other units take "以上" (70%以上). */
  isCount: boolean;
}

function count(zh: string, one: string, other: string): UnitSpelling {
  return { zh, en: { one: ` ${one}`, other: ` ${other}` }, isCount: true };
}
function measure(zh: string, en: string): UnitSpelling {
  return { zh, en: { one: en, other: en }, isCount: false };
}

export const units = {
  metre: measure(' 米', ' m'),
  kilometre: measure(' 公里', ' km'),
  mu: measure(' 亩', ' mu'),
  year: measure('年', ' years'),
  percent: measure('%', '%'),
  enterprise: count('家', 'enterprise', 'enterprises'),
  incubator: count('家', 'incubator', 'incubators'),
  makerspace: count('家', 'makerspace', 'makerspaces'),
  platform: count('个', 'platform', 'platforms'),
  carrier: count('个', 'carrier', 'carriers'),
  /** People counted with 名 (培育高端人才40余名). */
  person: count('名', 'person', 'people'),
  /** People counted with 人, as the source counts selections for a programme (入选…27人). */
  'person-ren': count('人', 'person', 'people'),
  /** Invention patents granted in a year per 10,000 people (每万人…18.4件). */
  'patents-per-10k-people': count('件', 'patent per 10,000 people', 'patents per 10,000 people'),
} satisfies Record<string, UnitSpelling>;

export type UnitId = keyof typeof units;
export const unitIds = Object.keys(units) as [UnitId, ...UnitId[]];
