#!/usr/bin/env node
// zhixing-feed: publish a court's enforcement data as a Zhixing static feed. `zhixing-feed --help`.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
