// d3-scale imported a second time for the compare view's charts (see vite.config.ts).
declare module 'd3-scale-charts' {
  export * from 'd3-scale';
}
