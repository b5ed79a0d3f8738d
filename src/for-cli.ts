/**
 * The library as the command line sees it. The build keeps this one import external (its plugin
 * matches `./index.js` imported from a file whose name ends in "cli.ts"), so the executable
 * (dist/bin.js) loads the sibling dist/index.js instead of carrying a second copy of the data.
 * The command line's modules (src/cli/) import the library only through here.
 */
export * from "./index.js";
