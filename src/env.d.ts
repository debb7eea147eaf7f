interface ImportMetaEnv {
  /** True under `astro dev`, where drafts are shown; set by the drafts integration. */
  readonly KB_SHOW_DRAFTS: boolean;
}
