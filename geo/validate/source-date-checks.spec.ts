import { describe, expect, it } from 'vitest';
import { DOC, sampleWebDocument, withData } from './fixtures/geo-files.sample.ts';
import { messagesFor } from './fixtures/messages.ts';

const WEB = 'reportify-hohhot-2025';
const EVENT = 'geo/events.json › [0] (fengqiao-model-named)';
const FIGURE = 'geo/figures.json › [0] (city-service-items)';

describe('an event', () => {
  it('comes no later than the undated document that reports it (its covers_to)', () => {
    const data = withData((d) => (d.events[0].date = '2024-11-28'));
    expect(messagesFor(data)).toEqual([
      `${EVENT} › date: "2024-11-28" is after ${DOC} (undated, covers_to 2024-11-27), which reports it; expected a date no later than the document's`,
    ]);
  });

  it('comes no later than the date of a dated document that reports it', () => {
    const data = withData((d) => {
      d.sources.push(sampleWebDocument());
      Object.assign(d.events[0], { date: '2025-04', source: { doc: WEB }, secondary: true });
    });
    expect(messagesFor(data)).toEqual([
      `${EVENT} › date: "2025-04" is after ${WEB} (dated 2025-03-02), which reports it; expected a date no later than the document's`,
    ]);
  });

  it('is compared at the coarser of the two precisions', () => {
    const data = withData((d) => (d.events[0].date = '2024-11'));
    expect(messagesFor(data)).toEqual([]);
  });

  it('is checked against each of its documents', () => {
    const data = withData((d) => {
      d.sources.push(sampleWebDocument());
      d.events[0].date = '2025-01';
      d.events[0].source = [{ doc: DOC, section: '导语' }, { doc: WEB }];
    });
    expect(messagesFor(data)).toEqual([
      `${EVENT} › date: "2025-01" is after ${DOC} (undated, covers_to 2024-11-27), which reports it; expected a date no later than the document's`,
    ]);
  });
});

describe('a figure', () => {
  it('refers to a year no later than its documents', () => {
    const data = withData((d) => (d.figures[0].year = 2025));
    expect(messagesFor(data)).toEqual([
      `${FIGURE} › year: 2025 is after ${DOC} (undated, covers_to 2024-11-27), which reports it; expected a year no later than the document's`,
    ]);
  });

  it('may give no year', () => {
    const data = withData((d) => (d.figures[0].year = null));
    expect(messagesFor(data)).toEqual([]);
  });

  it('must say whether it has a year', () => {
    const data = withData((d) => delete d.figures[0].year);
    expect(messagesFor(data)).toEqual([`${FIGURE} › year: missing, expected a number`]);
  });
});
