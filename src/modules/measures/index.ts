// Performance measures: their values by period, direction of travel and RAG, public and officer pages.
export { measuresRoutes } from './measures.routes.ts';
export { createMeasure } from './commands/create-measure.ts';
export { recordMeasureValue } from './commands/record-measure-value.ts';
export { importMeasureValuesCsv } from './commands/import-measure-values-csv.ts';
export { findMeasure, listMeasures, measuresOfPlan, valuesOf } from './measures.repo.ts';
export { presentMeasure, type PresentedMeasure } from './measures.presenter.ts';
export { measureValuesCsv } from './measures.query.ts';
export { periodOf } from './measure-periods.ts';
export { directionWords } from './measures.presenter.ts';
export type { Direction } from './measure-status.ts';
export type { MeasureValue } from './measures.repo.ts';
