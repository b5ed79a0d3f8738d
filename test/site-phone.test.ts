/** The explorer page at a phone width, 390 px (the tests: test/site-suite.ts). */
import { explorerPageTests, VIEWPORTS } from "./site-suite.js";

explorerPageTests(VIEWPORTS.phone);
