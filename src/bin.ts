#!/usr/bin/env node
/** The `childrens-services-trusts` executable: runs the command line and exits with its code. */
import { run } from "./cli.js";

const result = run(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
