// Parses the command line into a command name, positionals and options, with one-line usage errors.
import { parseArgs } from 'node:util';
import { usageError } from './cli-errors';

export interface CommandIo {
  out(line: string): void;
}

export interface ParsedCommand {
  name: string;
  positionals: string[];
  flag(name: string): boolean;
  option(name: string): string | undefined;
  /** Every value of a repeatable option (--map A=x --map B=y), in order. */
  options(name: string): string[];
}

export interface CommandSpec {
  usage: string;
  positionals: { min: number; max: number };
  options: Record<string, { type: 'boolean' | 'string'; multiple?: boolean }>;
}

export function parseCommand(name: string, args: string[], spec: CommandSpec): ParsedCommand {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options: spec.options, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(`${(error as Error).message.split('\n')[0]} Usage: ${spec.usage}`);
  }
  const { positionals, values } = parsed;
  if (positionals.length < spec.positionals.min || positionals.length > spec.positionals.max) {
    throw usageError(`Usage: ${spec.usage}`);
  }
  return {
    name,
    positionals,
    flag: (option) => values[option] === true,
    option: (option) => (typeof values[option] === 'string' ? (values[option] as string) : undefined),
    options: (option) => {
      const value = values[option];
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : [];
    },
  };
}
