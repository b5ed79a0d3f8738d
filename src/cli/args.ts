/**
 * Reading a command's arguments: the options that command declares, at most one positional
 * argument, and every mistake named in one line, with the nearest option when there is one.
 * No data here: the command line's table of commands says what is allowed.
 */
import { parseArgs } from "node:util";

/** An option a command accepts. */
export interface OptionSpec {
  /** Its name, without the dashes: `"on"` for `--on`. */
  readonly name: string;
  /** A one-letter alias, e.g. `"h"` for `-h`. */
  readonly short?: string;
  /** The placeholder of its value in help (`"<date>"`); absent for a switch, which takes none. */
  readonly value?: string;
  /** One line of help. */
  readonly description: string;
}

/** The positional argument of a command that takes one. */
export interface ArgumentSpec {
  /** Its placeholder in help, e.g. `"<date>"`. */
  readonly label: string;
  /** Several words make one argument, so a name such as West Sussex needs no quotes. */
  readonly words?: boolean;
  /** The command also answers without it (the argument is then ""). */
  readonly optional?: boolean;
}

/** What a command accepts and says about itself: enough to read its arguments and write its help. */
export interface CommandSpec {
  /** The command's name, e.g. `"on"`. */
  readonly name: string;
  /** Its positional argument; absent when it takes none. */
  readonly argument?: ArgumentSpec;
  /** Its own options; the options of every command are added to them. */
  readonly options: readonly OptionSpec[];
  /** One line for the list of commands. */
  readonly summary: string;
  /** What it answers, for its own help. */
  readonly help: string;
  /** An example invocation, without the program name. */
  readonly example: string;
}

/** A mistake in what the user typed: exit code 2, or 1 when something named was not found. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2 = 2,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

/** A command's arguments as read: the positional argument ("" when none) and the options given. */
export interface ParsedArguments {
  readonly argument: string;
  readonly options: Readonly<Record<string, string | true>>;
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("fromat" is one from
 * "format", two from "from"): the optimal-string-alignment form of Levenshtein's.
 */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

/**
 * The candidate nearest to a mistyped word, when it is near enough to be what was meant: within a
 * third of the word's length (at least 1), so "--on" does not suggest "--to".
 * @example nearest("fromat", ["format", "sources"]) // "format"
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const scored = candidates.map((c) => ({ c, d: distance(word.toLowerCase(), c) })).sort((x, y) => x.d - y.d);
  const best = scored[0];
  return best && best.d <= Math.max(1, Math.floor(word.length / 3)) ? best.c : undefined;
}

const seeHelp = (command: string) => `see childrens-services-trusts ${command} --help`;

/** Checks one option as given against the command's list and returns its value. */
function optionValue(
  token: { name: string; rawName: string; value?: string; inlineValue?: boolean },
  options: readonly OptionSpec[],
  command: string,
): [string, string | true] {
  const spec = options.find((o) => o.name === token.name || o.short === token.name);
  if (!spec) {
    const near = token.rawName.startsWith("--")
      ? nearest(
          token.name,
          options.map((o) => o.name),
        )
      : undefined;
    throw new UsageError(`unknown option ${token.rawName}: ${near ? `did you mean --${near}?` : seeHelp(command)}`);
  }
  if (spec.value === undefined) {
    if (token.value !== undefined) throw new UsageError(`option --${spec.name} takes no value (got ${JSON.stringify(token.value)})`);
    return [spec.name, true];
  }
  // parseArgs, not strict, takes the next word as the value even when it is another option.
  if (token.value === undefined || (!token.inlineValue && token.value.startsWith("-")))
    throw new UsageError(`option --${spec.name} needs a value: --${spec.name} ${spec.value}`);
  return [spec.name, token.value];
}

/** The positional argument, checked against the command's spec. */
function argumentOf(words: readonly string[], spec: CommandSpec): string {
  const { argument } = spec;
  if (!argument) {
    if (words.length) throw new UsageError(`unexpected argument ${JSON.stringify(words[0])}: ${spec.name} takes options only (${seeHelp(spec.name)})`);
    return "";
  }
  if ((!words.length || !words.join("").trim()) && argument.optional) return "";
  if (!words.length || !words.join("").trim()) throw new UsageError(`missing ${argument.label}: childrens-services-trusts ${spec.name} ${argument.label}`);
  if (!argument.words && words.length > 1)
    throw new UsageError(`unexpected extra argument ${JSON.stringify(words[1])}: ${spec.name} takes one ${argument.label}`);
  return words.join(" ").trim();
}

/**
 * Reads a command's arguments against its spec and the options of every command. Throws a
 * {@link UsageError} for an unknown option (suggesting the nearest), a missing value, a value
 * given to a switch, and a missing or extra positional argument.
 * @example parseCommand(["2020", "--format", "json"], onSpec, COMMON) // { argument: "2020", options: { format: "json" } }
 */
export function parseCommand(args: readonly string[], spec: CommandSpec, common: readonly OptionSpec[]): ParsedArguments {
  const options = [...spec.options, ...common];
  // Declared, so parseArgs knows which options take a value; not strict, so that this module, not
  // parseArgs, words each mistake (and can suggest the nearest option).
  const config = Object.fromEntries(
    options.map((o) => [o.name, { type: o.value === undefined ? ("boolean" as const) : ("string" as const), ...(o.short && { short: o.short }) }]),
  );
  const { tokens } = parseArgs({ args: [...args], strict: false, allowPositionals: true, tokens: true, options: config });
  const values: Record<string, string | true> = {};
  const words: string[] = [];
  for (const token of tokens) {
    if (token.kind === "positional") words.push(token.value);
    else if (token.kind === "option") {
      const [name, value] = optionValue(token, options, spec.name);
      values[name] = value;
    }
  }
  // Asking for help is never a mistake, whatever else is missing.
  return { argument: values.help ? words.join(" ") : argumentOf(words, spec), options: values };
}
