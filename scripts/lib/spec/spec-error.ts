/** A problem in a spec file, located by file and JSON pointer so the author can find it. */
export class SpecError extends Error {
  readonly file: string;
  readonly pointer: string;
  readonly reason: string;

  constructor(file: string, pointer: string, reason: string) {
    super(`${file}#${pointer}: ${reason}`);
    this.name = "SpecError";
    this.file = file;
    this.pointer = pointer;
    this.reason = reason;
  }
}
