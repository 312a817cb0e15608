import { describe, expect, it } from 'vitest';
import { sampleExactSite, sampleHonour, withData } from './fixtures/geo-files.sample.ts';
import { messagesFor } from './fixtures/messages.ts';

const HONOURS = 'geo/honours.json';

describe('superseded_by', () => {
  it('names an honour of honours.json', () => {
    const data = withData((d) => (d.honours[0].superseded_by = 'no-such-honour'));
    expect(messagesFor(data)).toEqual([
      `${HONOURS} › [0] (fengqiao-advanced-model) › superseded_by: "no-such-honour" is not an honour id in geo/honours.json`,
    ]);
  });

  it('names another honour than itself', () => {
    const data = withData((d) => (d.honours[0].superseded_by = 'fengqiao-advanced-model'));
    expect(messagesFor(data)).toEqual([
      `${HONOURS} › [0] (fengqiao-advanced-model) › superseded_by: "fengqiao-advanced-model" is the honour itself, expected another honour`,
    ]);
  });

  it('accepts a chain that ends', () => {
    const data = withData((d) => {
      d.honours[0].superseded_by = 'model-b';
      d.honours.push(sampleHonour({ id: 'model-b', superseded_by: 'model-c' }));
      d.honours.push(sampleHonour({ id: 'model-c' }));
    });
    expect(messagesFor(data)).toEqual([]);
  });

  it('never goes round a cycle, reported on each honour of it', () => {
    const data = withData((d) => {
      d.honours.push(sampleHonour({ id: 'model-a', superseded_by: 'model-b' }));
      d.honours.push(sampleHonour({ id: 'model-b', superseded_by: 'model-c' }));
      d.honours.push(sampleHonour({ id: 'model-c', superseded_by: 'model-a' }));
      d.honours[0].superseded_by = 'model-a';
    });
    expect(messagesFor(data)).toEqual([
      `${HONOURS} › [1] (model-a) › superseded_by: "model-b" leads round a cycle (model-a → model-b → model-c → model-a), expected a chain that ends`,
      `${HONOURS} › [2] (model-b) › superseded_by: "model-c" leads round a cycle (model-b → model-c → model-a → model-b), expected a chain that ends`,
      `${HONOURS} › [3] (model-c) › superseded_by: "model-a" leads round a cycle (model-c → model-a → model-b → model-c), expected a chain that ends`,
    ]);
  });

  it('reports a cycle of two', () => {
    const data = withData((d) => {
      d.honours[0].superseded_by = 'model-b';
      d.honours.push(sampleHonour({ id: 'model-b', superseded_by: 'fengqiao-advanced-model' }));
    });
    expect(messagesFor(data)).toEqual([
      `${HONOURS} › [0] (fengqiao-advanced-model) › superseded_by: "model-b" leads round a cycle (fengqiao-advanced-model → model-b → fengqiao-advanced-model), expected a chain that ends`,
      `${HONOURS} › [1] (model-b) › superseded_by: "fengqiao-advanced-model" leads round a cycle (model-b → fengqiao-advanced-model → model-b), expected a chain that ends`,
    ]);
  });
});

describe('a site’s parent', () => {
  it('names a site of sites.geojson', () => {
    const data = withData((d) => (d.sites[0].properties.parent = 'no-such-court'));
    expect(messagesFor(data)).toEqual([
      'geo/sites.geojson › features[0] (qingquanjie) › parent: "no-such-court" is not a site id in geo/sites.geojson',
    ]);
  });

  it('names another site than itself', () => {
    const data = withData((d) => (d.sites[0].properties.parent = 'qingquanjie'));
    expect(messagesFor(data)).toEqual([
      'geo/sites.geojson › features[0] (qingquanjie) › parent: "qingquanjie" is the site itself, expected another site',
    ]);
  });

  it('accepts another site', () => {
    const data = withData((d) => d.sites.push(sampleExactSite({ parent: 'qingquanjie' })));
    expect(messagesFor(data)).toEqual([]);
  });

  it('never goes round a cycle', () => {
    const data = withData((d) => {
      d.sites.push(sampleExactSite({ parent: 'qingquanjie' }));
      d.sites[0].properties.parent = 'saihan-hall';
    });
    expect(messagesFor(data)).toEqual([
      'geo/sites.geojson › features[0] (qingquanjie) › parent: "saihan-hall" leads round a cycle (qingquanjie → saihan-hall → qingquanjie), expected a chain that ends',
      'geo/sites.geojson › features[1] (saihan-hall) › parent: "qingquanjie" leads round a cycle (saihan-hall → qingquanjie → saihan-hall), expected a chain that ends',
    ]);
  });
});
