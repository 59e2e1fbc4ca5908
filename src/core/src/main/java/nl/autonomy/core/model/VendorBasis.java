package nl.autonomy.core.model;

import java.util.Locale;

/** How a component's vendor was established, from most to least reliable. */
public enum VendorBasis implements Identified {
  /** A catalog entry names the vendor for this namespace. */
  CATALOG,
  /** The component's own metadata (POM organization, package author) names it. */
  METADATA,
  /**
   * The package's registry names it (npm author, NuGet authors, OCI image vendor label), looked up
   * by enrichment because the lockfile carries no such fact.
   */
  REGISTRY,
  /** Derived from the namespace alone (reverse-DNS groupId, npm scope). */
  NAMESPACE,
  /** Nothing gave a clue. */
  UNKNOWN;

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
