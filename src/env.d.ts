interface ImportMetaEnv {
  /** True under `astro dev`, where drafts are shown; set by the build-env integration. */
  readonly KB_SHOW_DRAFTS: boolean;
  /** The project root, as a file path; set by the build-env integration. */
  readonly KB_ROOT: string;
}
