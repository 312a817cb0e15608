/**
 * The nine county-level divisions of Hohhot, keyed by GB/T 2260 code.
 * Chinese names come from the boundary file; English names and kinds are the
 * conventional romanisations (banner = 旗, county = 县, district = 区).
 */
export type DivisionKind = 'district' | 'county' | 'banner';

export interface DivisionInfo {
  code: string;
  name_zh: string;
  name_en: string;
  kind: DivisionKind;
}

export const DIVISIONS: readonly DivisionInfo[] = [
  { code: '150102', name_zh: '新城区', name_en: 'Xincheng District', kind: 'district' },
  { code: '150103', name_zh: '回民区', name_en: 'Huimin District', kind: 'district' },
  { code: '150104', name_zh: '玉泉区', name_en: 'Yuquan District', kind: 'district' },
  { code: '150105', name_zh: '赛罕区', name_en: 'Saihan District', kind: 'district' },
  { code: '150121', name_zh: '土默特左旗', name_en: 'Tumed Left Banner', kind: 'banner' },
  { code: '150122', name_zh: '托克托县', name_en: 'Togtoh County', kind: 'county' },
  { code: '150123', name_zh: '和林格尔县', name_en: 'Horinger County', kind: 'county' },
  { code: '150124', name_zh: '清水河县', name_en: 'Qingshuihe County', kind: 'county' },
  { code: '150125', name_zh: '武川县', name_en: 'Wuchuan County', kind: 'county' },
];

export const DIVISION_CODES: readonly string[] = DIVISIONS.map((d) => d.code);

/** Neighbouring prefecture-level cities drawn as context (package file stem, names). */
export interface NeighbourInfo {
  file: string;
  name_zh: string;
  name_en: string;
}

export const NEIGHBOURS: readonly NeighbourInfo[] = [
  { file: 'nei4_meng2_gu3_bao1_tou2', name_zh: '包头市', name_en: 'Baotou' },
  { file: 'nei4_meng2_gu3_wu1_lan2_cha2_bu4', name_zh: '乌兰察布市', name_en: 'Ulanqab' },
  { file: 'nei4_meng2_gu3_e4_er3_duo1_si1', name_zh: '鄂尔多斯市', name_en: 'Ordos' },
  { file: 'shan1_xi1_xin1_zhou1', name_zh: '忻州市', name_en: 'Xinzhou' },
  { file: 'shan1_xi1_shuo4_zhou1', name_zh: '朔州市', name_en: 'Shuozhou' },
];
