/** Entry point of the command line tool: `npm run --silent quickscan -- --help`. */
import { runCli } from './run-cli.ts';

// A reader that stops early (`quickscan compare … | head -2`) closes the pipe: that ends the output, quietly, never
// with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
