#!/usr/bin/env node
/**
 * The `cmq-kit` executable: runs the program on the process's arguments and sets the exit code.
 *
 * @module
 */
import { nodeIo } from "./io.js";
import { runCli } from "./program.js";

process.exitCode = await runCli(process.argv.slice(2), nodeIo());
