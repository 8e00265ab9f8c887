/**
 * The units a figure may be measured in. Their words, in both languages, are in
 * content/messages/ (`Units`): a count's Chinese unit is a measure word (家, 个, 名) and its
 * English names the thing counted, in the singular and the plural.
 */
export const units = {
  metre: { isCount: false },
  kilometre: { isCount: false },
  mu: { isCount: false },
  year: { isCount: false },
  percent: { isCount: false },
  enterprise: { isCount: true },
  incubator: { isCount: true },
  makerspace: { isCount: true },
  platform: { isCount: true },
  carrier: { isCount: true },
  /** People counted with 名 (培育高端人才40余名). */
  person: { isCount: true },
  /** People counted with 人, as the source counts selections for a programme (入选…27人). */
  'person-ren': { isCount: true },
  /** Invention patents granted in a year per 10,000 people (每万人…18.4件). */
  'patents-per-10k-people': { isCount: true },
} satisfies Record<string, { isCount: boolean }>;

export type UnitId = keyof typeof units;
export const unitIds = Object.keys(units) as [UnitId, ...UnitId[]];
