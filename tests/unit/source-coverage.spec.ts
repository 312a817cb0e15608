/**
 * Source coverage: every number, named place and honour of the source article is in the
 * data files, and every item listed here is really in the article (so the list cannot
 * drift from the source). A number left out on purpose sits in OMITTED, with the reason.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const ARTICLE_PATH = path.join(repoRoot, '..', 'shared', 'sources', '000_09fb91975c380bb4.txt');
const DATA_FILES = ['geo/honours.json', 'geo/sites.geojson', 'geo/figures.json', 'geo/events.json'];

/** An item as the article writes it, and as the data writes it when that differs. */
interface Item {
  article: string;
  data: string;
}
const same = (text: string): Item => ({ article: text, data: text });

/** Every number the article writes in digits, except those in OMITTED or in DATES. */
const NUMBERS = [
  '1296',
  '405',
  '264',
  '166',
  '12345',
  '109',
  '1000',
  '99.7',
  '15',
  '99',
  '235',
  '56',
  '28',
  '9',
  '1401',
  '795',
  '7176',
  '100',
  '3',
  '1883',
  '31',
  '6',
  '2023',
  '2024',
];

/** Dates: the article's wording and the ISO form the data uses. */
const DATES: Item[] = [{ article: '2024年11月27日', data: '2024-11-27' }];

/** Numbers of the article that are deliberately not in the data. */
const OMITTED: Record<string, string> = {
  '1': 'only in the name of the “1+N” brand matrix of public-legal-education campaigns (法润青城 …), which the data does not model',
  '30': 'only in the slogan “30分钟公共法律服务圈”, a service-radius aim, not a measured figure and not a place',
};

/** Named places, bodies, programmes and honours. */
const NAMES: Item[] = [
  // places and bodies
  '呼和浩特市中级人民法院',
  '知识产权法庭',
  '第二法庭',
  '清泉街社区',
  '荷香唠嗑室',
  '说理堂',
  '红石榴凉亭',
  '小事不出网格',
  '武荷香',
  '新城区政务服务大厅',
  '帮办代办',
  '宪法宣传教育基地',
  '内蒙古职业技术学校',
  '行政执法协调监督局',
  '行政执法协调监督办公室',
  '企业开办一站式服务专区',
  '12345',
  '蒙企通',
  '智慧城市大脑',
  '呼和浩特司法通',
  '法律明白人',
  '京津冀呼通办',
  '高效办成一件事',
  '思法人生',
  '内蒙古自治区建设我国北方重要生态安全屏障促进条例',
  // divisions holding the region's demonstration title
  '新城区',
  '玉泉区',
  '托克托县',
  '赛罕区',
  // honours
  '中国最具幸福感城市',
  '2024诚信建设影响力城市',
  '十大最具投资价值城市',
  '中国投资热点城市',
  '高质量发展营商环境最佳城市',
  '第三批',
  '全国法治政府建设示范市',
  '自治区法治政府建设示范市',
  '自治区法治政府建设示范旗县区',
  '全国十佳杰出热线典范',
  '为民惠企十佳典范',
  '全国新时代“枫桥经验”先进典型',
  '全国民主法治示范村(社区)',
  '全国行政审批事项最少城市行列',
].map(same);

/** The article with all whitespace removed, which also rejoins words split by page breaks. */
function readArticle(): string {
  return readFileSync(ARTICLE_PATH, 'utf8').replace(/\s+/g, '');
}

/** Every string and number of the data files, one per line, thousands separators removed. */
function readDataText(): string {
  const leaves: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') leaves.push(value.replace(/(\d),(?=\d{3}(?!\d))/g, '$1'));
    else if (typeof value === 'number') leaves.push(String(value));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const file of DATA_FILES) walk(JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8')));
  return leaves.join('\n');
}

/** Matches a number as a whole number: not part of a longer number or a decimal. */
function hasNumber(text: string, number: string): boolean {
  const escaped = number.replace('.', '\\.');
  return new RegExp(`(?<!\\d)(?<!\\d\\.)${escaped}(?!\\d)(?!\\.\\d)`).test(text);
}

const article = readArticle();
const data = readDataText();

describe('source coverage: the list matches the article', () => {
  it('the article contains every listed number', () => {
    expect(NUMBERS.filter((n) => !hasNumber(article, n))).toEqual([]);
  });

  it('the article contains every listed date and name', () => {
    const missing = [...DATES, ...NAMES].filter((item) => !article.includes(item.article));
    expect(missing).toEqual([]);
  });

  it('every number the article writes in digits is listed, dated or omitted with a reason', () => {
    const inDates = DATES.flatMap((d) => d.article.match(/\d+/g) ?? []);
    const known = new Set([...NUMBERS, ...Object.keys(OMITTED), ...inDates]);
    const found = new Set(article.match(/\d+(?:\.\d+)?/g) ?? []);
    expect([...found].filter((n) => !known.has(n))).toEqual([]);
  });

  it('omitted numbers are really in the article and not also listed', () => {
    for (const n of Object.keys(OMITTED)) {
      expect(hasNumber(article, n), n).toBe(true);
      expect(NUMBERS, n).not.toContain(n);
    }
  });
});

describe('source coverage: the data carries the article', () => {
  it.each(NUMBERS)('number %s is in the data', (n) => {
    expect(hasNumber(data, n)).toBe(true);
  });

  it.each(DATES.map((d) => d.data))('date %s is in the data', (date) => {
    expect(data).toContain(date);
  });

  it.each(NAMES.map((item) => item.data))('name %s is in the data', (name) => {
    expect(data).toContain(name);
  });
});
