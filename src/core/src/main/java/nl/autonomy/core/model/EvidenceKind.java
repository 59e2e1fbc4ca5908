package nl.autonomy.core.model;

import java.util.Locale;

/** Where a piece of evidence was found. */
public enum EvidenceKind implements Identified {
  MANIFEST, LOCKFILE, IMPORT, ENDPOINT, IAC, CI, CONTAINER, ARCHIVE, SBOM;

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
