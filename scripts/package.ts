/** Every entry point of the package as one module, for the generators (the README's tables, the timeline picture). */
export * from "../src/details.js";
export * from "../src/index.js";
export * from "../src/inspections.js";
export * from "../src/office-holders.js";
export * from "../src/sources.js";
export * from "../src/indicators.js";
export * from "../src/interventions.js";
export * from "../src/interventions.js";
