/**
 * The command line: `npx childrens-services-trusts <command> ...`, for people who will not write
 * code. One table of commands (`COMMANDS`), each command in its own module in src/cli/ saying what
 * it accepts, its help and how it answers; every answer comes from the package's own helpers.
 * Reading arguments, help, layout and the output formats are in src/cli/ too.
 */
import { AREA, INSPECTIONS } from "./cli/area.js";
import { nearest, parseCommand, UsageError } from "./cli/args.js";
import { BUDGETS } from "./cli/budgets.js";
import { COMPARE, INDICATORS } from "./cli/figures.js";
import { INTERVENTIONS } from "./cli/interventions.js";
import { COMMON, type Command } from "./cli/common.js";
import { commandHelp, programHelp, PROGRAM } from "./cli/help.js";
import { HOLDERS } from "./cli/holders.js";
import { ON } from "./cli/on.js";
import { FORMATS, render, type Format } from "./cli/output.js";
import { SUMMARY } from "./cli/summary.js";
import { TIMELINE } from "./cli/timeline.js";
import { asOf, SCOPE_START, UnknownIdError, version } from "./for-cli.js";

/** What a command prints, and how the process should end. */
export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

// ---- The table of commands: adding a command is adding a module and an entry ----

const COMMANDS: readonly Command[] = [ON, AREA, HOLDERS, TIMELINE, SUMMARY, BUDGETS, INSPECTIONS, INTERVENTIONS, INDICATORS, COMPARE];

const ABOUT = `Dates: YYYY, YYYY-MM or YYYY-MM-DD. A partial date stands for its whole period, so answers say when they are only possibly true. The data's scope begins on ${SCOPE_START}: on, holders --on and summary refuse a date that begins earlier. The data was last checked against its sources on ${asOf}.

Output: JSON uses the library's field names (camelCase); CSV the same names in snake_case.

Exit codes: 0 answered, 1 something named was not found, 2 a usage mistake.`;

// ---- Running ----

const q = (text: unknown) => JSON.stringify(text);
const ok = (stdout: string): CliResult => ({ stdout: `${stdout}\n`, stderr: "", code: 0 });
const names = (list: readonly string[]) => `${list.slice(0, -1).join(", ")} or ${list.at(-1)}`;

function commandNamed(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (command) return command;
  const all = COMMANDS.map((c) => c.name);
  const near = nearest(name, all);
  const what = name.startsWith("-") ? `a command comes first, before ${name}` : `unknown command ${q(name)}`;
  throw new UsageError(`${what}: ${near ? `did you mean ${near}? ` : ""}expected ${names(all)} (see --help)`);
}

function formatOf(value: string | true | undefined): Format {
  const wanted = typeof value === "string" ? value.toLowerCase() : "table";
  const format = FORMATS.find((f) => f === wanted);
  if (!format) {
    const near = nearest(wanted, FORMATS);
    throw new UsageError(`unknown format ${q(value)}: ${near ? `did you mean ${near}? ` : ""}expected ${names(FORMATS)}`);
  }
  return format;
}

function answer(argv: readonly string[]): CliResult {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h") return ok(programHelp(COMMANDS, COMMON, ABOUT));
  if (name === "help") return ok(args[0] === undefined ? programHelp(COMMANDS, COMMON, ABOUT) : commandHelp(commandNamed(args[0]), COMMON));
  if (name === "--version" || name === "-v") return ok(version);
  const command = commandNamed(name);
  const input = parseCommand(args, command, COMMON);
  if (input.options.help) return ok(commandHelp(command, COMMON));
  const format = formatOf(input.options.format);
  const { stdout, notes } = render(command.answer(input), format, input.options.sources === true);
  return { stdout, stderr: notes.map((n) => `${PROGRAM}: note: ${n}\n`).join(""), code: 0 };
}

/** An error as one line on stderr: usage mistakes exit 2, "not found" 1, anything unforeseen 70. */
function failure(e: unknown): CliResult {
  const [message, code] =
    e instanceof UsageError
      ? [e.message, e.code]
      : e instanceof UnknownIdError
        ? [e.message, 1]
        : e instanceof RangeError
          ? [e.message, 2]
          : [`internal error: ${e instanceof Error ? e.message : String(e)}`, 70];
  return { stdout: "", stderr: `${PROGRAM}: ${message.replace(/\s*\n\s*/g, " ")}\n`, code };
}

/**
 * Runs the command line on `argv` (without `node` and the script) and returns what it prints and
 * its exit code. Never throws: every error becomes one line on stderr.
 * @example run(["on", "2020-11-08", "--format", "json"]).stdout
 */
export function run(argv: readonly string[]): CliResult {
  try {
    return answer(argv);
  } catch (e) {
    return failure(e);
  }
}
