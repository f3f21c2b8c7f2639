interface ImportMetaEnv {
  /** E-mail address shown in the accessibility statement for reporting problems. */
  readonly VITE_ACCESSIBILITY_CONTACT?: string;
}
