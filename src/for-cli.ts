/**
 * The library as the command line sees it: every entry point. The build keeps these imports
 * external (its plugin matches `./<entry>.js` imported from this file), so the executable
 * (dist/bin.js) loads the sibling dist/*.js files instead of carrying a second copy of the data.
 * The command line's modules (src/cli/) import the library only through here.
 */
export * from "./details.js";
export * from "./index.js";
export * from "./indicators.js";
export * from "./inspections.js";
export * from "./interventions.js";
export * from "./office-holders.js";
export * from "./sources.js";
