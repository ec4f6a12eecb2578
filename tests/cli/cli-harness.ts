import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/cli-io';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `kg ARGS` in-process, as a user would from the project folder, capturing what it prints. */
export async function kg(args: string[], cwd = process.cwd()): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
