import { describe, expect, it } from 'vitest';
import { buildContext, parseCategory, parseDistrict, parsePrecision } from './context.ts';
import { REPO_FILES } from './fixtures/sheets.sample.ts';

const context = buildContext(REPO_FILES);

describe('a cell’s value as the data writes it', () => {
  it('category: a code, or the label the app shows in Chinese or English', () => {
    expect(parseCategory('court')).toBe('court');
    expect(parseCategory('Service_Hall')).toBe('service_hall');
    expect(parseCategory('法院')).toBe('court');
    expect(parseCategory('法治文化阵地')).toBe('legal_culture');
    expect(parseCategory('Law-enforcement supervision')).toBe('supervision_office');
    expect(parseCategory('法庭')).toBeUndefined();
  });

  it('division: a code, a Chinese or English name, or the city', () => {
    expect(parseDistrict(context, '150104')).toBe('150104');
    expect(parseDistrict(context, '玉泉区')).toBe('150104');
    expect(parseDistrict(context, 'yuquan district')).toBe('150104');
    expect(parseDistrict(context, '全市')).toBe('city');
    expect(parseDistrict(context, 'City')).toBe('city');
    expect(parseDistrict(context, '玉泉')).toBeUndefined();
    expect(parseDistrict(context, '150199')).toBeUndefined();
  });

  it('precision: a code, 精确 / 近似 / 驻地 / 无, or a few spellings of them', () => {
    expect(parsePrecision('exact')).toBe('exact');
    expect(parsePrecision('近似')).toBe('approximate');
    expect(parsePrecision('驻地')).toBe('district_seat');
    expect(parsePrecision('district seat')).toBe('district_seat');
    expect(parsePrecision('无')).toBe('none');
    expect(parsePrecision('大概')).toBeUndefined();
  });
});

describe('the context', () => {
  it('knows the nine divisions, the documents, today’s sites and the other files’ ids', () => {
    expect(context.divisionNames.size).toBe(9);
    expect(context.divisions?.byCode.size).toBe(9);
    expect(context.documents?.byId.has('000_09fb91975c380bb4')).toBe(true);
    expect(context.sites.has('qingquanjie')).toBe(true);
    expect(context.otherIds.get('fengqiao-advanced-model')).toBe('geo/honours.json');
  });
});
