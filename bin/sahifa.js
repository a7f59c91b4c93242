#!/usr/bin/env node
// The `sahifa` command. The CLI is TypeScript under src/cli and shares the app's server modules;
// tsx compiles it on the fly, so there is no separate build step for the command line.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/index.ts');
process.exitCode = await main(process.argv.slice(2));
