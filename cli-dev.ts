import { nodeIo } from "./src/cli/io.js";
import { runCli } from "./src/cli/program.js";

process.exitCode = await runCli(process.argv.slice(2), nodeIo());
