import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const SCRIPT = fileURLToPath(new URL("./inbox-process.ts", import.meta.url));

/** A running inbox process. */
export interface InboxProcess {
  child: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
}

/** Starts `inbox-process.ts` (through tsx) and resolves once it printed `ready`. */
export async function startInboxProcess(env: Record<string, string>): Promise<InboxProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", SCRIPT], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("ready")) resolve();
    });
    void exited.then(() => reject(new Error(`inbox process exited before ready: ${stderr}`)));
  });
  return { child, exited };
}

/** SIGKILL: no chance to finish anything, as a crash or an OOM kill. */
export async function killHard(running: InboxProcess): Promise<void> {
  running.child.kill("SIGKILL");
  await running.exited;
}

/** SIGTERM: the process closes its inbox and exits. */
export async function stopGracefully(running: InboxProcess): Promise<void> {
  running.child.kill("SIGTERM");
  await running.exited;
}
