/** Every entry point of the package as one module, for the generators, the page and the tests (the same list as the command line's). */
export * from "../src/for-cli.js";
