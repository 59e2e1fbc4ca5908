package nl.autonomy.core.model;

import java.util.Locale;

/**
 * What a component is to the scan: a third-party dependency, or the city's own code. The pipeline,
 * the policy and the writers read this typed field; the SBOM's {@code autonomy:project} and
 * {@code autonomy:module} properties are derived from it when it is written, and a property of
 * that name in a component's own facts (a supplier's SBOM, a lockfile) never sets it.
 */
public enum ComponentRole implements Identified {
  /** Someone else's package the scanned code depends on. */
  DEPENDENCY,
  /**
   * A project found next to others in the scanned tree (two reactors, a Maven back end and an npm
   * front end): the SBOM's subject is then the scanned folder and each project a component under it
   * ({@code autonomy:project=true}, CycloneDX type {@code application}).
   */
  PROJECT,
  /** A module of the scanned reactor or workspace ({@code autonomy:module=true}). */
  MODULE;

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The city's own code (a project or module), not a third-party component: license and vendor
   * rules do not judge it one by one, coverage and concentration figures leave it out.
   */
  public boolean own() {
    return this != DEPENDENCY;
  }

  /** Leaves the default out of {@code report.json}, which had no field for it before. */
  public static final class OmitDependency {
    @Override
    public boolean equals(Object other) {
      return other == null || other == DEPENDENCY;
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }
}
