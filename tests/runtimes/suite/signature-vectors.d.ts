// Provided at bundle time by the esbuild plugin in bundle.ts, from packages/core/test/vectors/*.json:
// no runtime under test needs file-system access to read them.
declare module "virtual:signature-vectors" {
  /** One committed vector: its file name and its JSON, as make-vectors.sh wrote it. */
  export interface VectorFile {
    file: string;
    description: string;
    secret: string;
    timestamp: string;
    bodyBase64: string;
    signature: string;
  }
  export const SIGNATURE_VECTORS: readonly VectorFile[];
}
