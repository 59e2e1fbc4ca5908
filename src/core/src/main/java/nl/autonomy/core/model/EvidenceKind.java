package nl.autonomy.core.model;

import java.util.Locale;

/** Where a piece of evidence was found. */
public enum EvidenceKind {
  MANIFEST, LOCKFILE, IMPORT, ENDPOINT, IAC, CI, CONTAINER, ARCHIVE, SBOM;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
