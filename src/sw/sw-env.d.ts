/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Origin of the upstream API when it is not the worker's own origin (development). */
  readonly VITE_API_URL?: string;
}
