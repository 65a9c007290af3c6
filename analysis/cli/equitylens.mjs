#!/usr/bin/env node
// Entry point of the `equitylens` command: runs the TypeScript command line through tsx.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('./main.ts');
process.exitCode = await runCli(process.argv.slice(2));
