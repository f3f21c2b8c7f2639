interface ImportMetaEnv {
  /** E-mail address shown in the accessibility statement for reporting problems. */
  readonly VITE_ACCESSIBILITY_CONTACT?: string;
  /** Origins of relays on other hosts the built page may connect to, space-separated (vite.config.ts). */
  readonly VITE_RELAY_ORIGINS?: string;
}
