declare namespace App {
  interface Locals {
    /** A dynamic page's props, when the incremental publisher renders it (routing/props.ts). */
    pageProps?: unknown;
  }
}
