/** For each kind of item: its zod schema and the checks the schema cannot express. */
import type { z } from 'zod';
import {
  contextFeature,
  districtFeature,
  type DistrictFeature,
  event,
  figure,
  honour,
  siteFeature,
  sourceDocument,
} from '../../src/lib/data/schema.ts';
import { checkSelfLink } from './chain-checks.ts';
import type { CheckContext } from './check-context.ts';
import { checkCalendarDate } from './date-checks.ts';
import { isRecord } from './describe-value.ts';
import { checkDivisionPoints } from './division-shape-checks.ts';
import type { Item } from './items.ts';
import { checkOfficialCode } from './official-code-checks.ts';
import {
  checkHonourRef,
  checkHonourRefs,
  checkPlaceRef,
  checkSiteRef,
} from './reference-checks.ts';
import { checkSitePosition } from './site-position-checks.ts';
import { checkEventDate, checkFigureYear } from './source-date-checks.ts';
import { checkSourceDocument } from './source-documents.ts';
import type { TextOptions } from './text-checks.ts';
import type { FieldProblem } from './validation-error.ts';

export interface ItemRule {
  schema: z.ZodType;
  /** Added to an unknown key at the item's root (a feature's, outside its properties). */
  rootKeyNote?: string;
  /** How the item's texts are checked, where it differs from the rest (source documents). */
  texts?: TextOptions;
  /** `parsed` is the schema's output, or undefined when the item failed its schema. */
  check?: (item: Item, context: CheckContext, parsed: unknown) => FieldProblem[];
}

const OUTSIDE_PROPERTIES = ' (on the feature, outside properties)';

function checkDistrict(_item: Item, _context: CheckContext, parsed: unknown): FieldProblem[] {
  return parsed ? checkDivisionPoints(parsed as DistrictFeature) : [];
}

function checkHonour(item: Item, context: CheckContext): FieldProblem[] {
  const fields = item.fields ?? {};
  const self = checkSelfLink(fields, 'superseded_by', 'honour');
  return [
    ...checkPlaceRef('holder', fields.holder, context.known),
    ...(self.length > 0
      ? self
      : checkHonourRef('superseded_by', fields.superseded_by, context.known)),
  ];
}

function checkSite(item: Item, context: CheckContext): FieldProblem[] {
  const properties = item.fields;
  if (!properties) return [];
  const geometry = isRecord(item.value) ? item.value.geometry : undefined;
  const self = checkSelfLink(properties, 'parent', 'site');
  return [
    ...checkSitePosition(properties, geometry, context.divisions),
    ...checkHonourRefs(properties.honours, context.known),
    ...(self.length > 0 ? self : checkSiteRef('parent', properties.parent, context.known)),
    ...checkOfficialCode(properties, context.communities, context.divisions),
  ];
}

function checkEvent(item: Item, context: CheckContext): FieldProblem[] {
  const fields = item.fields ?? {};
  const dateProblem = typeof fields.date === 'string' ? checkCalendarDate(fields.date) : undefined;
  return [
    ...(dateProblem ? [{ field: 'date', message: dateProblem }] : []),
    ...checkPlaceRef('place', fields.place, context.known),
    ...checkHonourRef('honour', fields.honour, context.known),
    ...(dateProblem ? [] : checkEventDate(fields, context.documents)),
  ];
}

function checkFigure(item: Item, context: CheckContext): FieldProblem[] {
  return checkFigureYear(item.fields ?? {}, context.documents);
}

export const ITEM_RULES = {
  districts: { schema: districtFeature, rootKeyNote: OUTSIDE_PROPERTIES, check: checkDistrict },
  context: { schema: contextFeature, rootKeyNote: OUTSIDE_PROPERTIES },
  sources: {
    schema: sourceDocument,
    // A document's original is what it is: http: is allowed. Its title is in its own language.
    texts: { allowHttp: true, bareStems: ['title', 'publisher'] },
    check: checkSourceDocument,
  },
  honours: { schema: honour, check: checkHonour },
  sites: { schema: siteFeature, rootKeyNote: OUTSIDE_PROPERTIES, check: checkSite },
  figures: { schema: figure, check: checkFigure },
  events: { schema: event, check: checkEvent },
} satisfies Record<string, ItemRule>;
