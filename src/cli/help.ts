/**
 * The command line's help, written from its table of commands: a command added to the table
 * appears in the program's help and has its own, with nothing else to edit.
 */
import type { CommandSpec, OptionSpec } from "./args.js";
import { indented } from "./table.js";

/** The program's name, as users type it. */
export const PROGRAM = "childrens-services-trusts";

/** An option as help writes it: `--on <date>`, `-h, --help`. */
const optionName = (o: OptionSpec) => `${o.short ? `-${o.short}, ` : ""}--${o.name}${o.value ? ` ${o.value}` : ""}`;

/** A command's usage, from its argument and own options, as unbreakable pieces: `on`, `<date>`, `[--possible]`. */
function usagePieces(spec: CommandSpec): string[] {
  return [spec.name, ...(spec.argument ? [spec.argument.label] : []), ...spec.options.map((o) => `[${optionName(o)}]`)];
}

/** Text wrapped paragraph by paragraph (a blank line separates paragraphs). */
const paragraphs = (text: string) => text.split(/\n\s*\n/).flatMap((p, i) => [...(i ? [""] : []), ...indented(p, 0, 0)]);

/** Options as aligned "name  description" lines, the description wrapped in its own column. */
function optionLines(options: readonly OptionSpec[]): string[] {
  const width = Math.max(...options.map((o) => optionName(o).length));
  return options.flatMap((o) => {
    const [first = "", ...rest] = indented(o.description, width + 4, width + 4);
    return [`  ${optionName(o).padEnd(width)}  ${first.trimStart()}`, ...rest];
  });
}

/**
 * The program's help: every command's usage and summary, the options of every command, and `about`
 * (what dates mean, how current the data is) at the end.
 */
export function programHelp(commands: readonly CommandSpec[], common: readonly OptionSpec[], about: string): string {
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    "",
    "England's independently run children's services, every fact cited.",
    "",
    "Commands:",
    ...commands.flatMap((c) => [...indented(usagePieces(c), 2, 3 + c.name.length), ...indented(c.summary, 6, 6)]),
    "",
    "Options of every command:",
    ...optionLines(common),
    "",
    ...paragraphs(about),
    "",
    `More: ${PROGRAM} <command> --help`,
  ].join("\n");
}

/** One command's help: its usage, what it answers, its options (its own, then the common ones) and an example. */
export function commandHelp(spec: CommandSpec, common: readonly OptionSpec[]): string {
  const usage = [`Usage: ${PROGRAM}`, ...usagePieces(spec)];
  return [
    ...indented(usage, 0, usage[0]!.length + spec.name.length + 2),
    "",
    ...paragraphs(spec.help),
    "",
    "Options:",
    ...optionLines([...spec.options, ...common]),
    "",
    ...indented(`Example: ${PROGRAM} ${spec.example}`, 0, 4),
  ].join("\n");
}
