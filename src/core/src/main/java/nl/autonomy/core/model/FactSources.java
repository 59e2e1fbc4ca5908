package nl.autonomy.core.model;

/**
 * Component property names that say where a license or supplier fact came from when it was not
 * in the scanned files: enrichment sets them to the registry URL it read, and classification then
 * records the basis {@code registry} instead of {@code declared} or {@code metadata}.
 */
public final class FactSources {

  /** The registry URL whose answer gave the component's declared licenses. */
  public static final String LICENSE = PropertyNames.LICENSE_SOURCE;
  /** The registry URL whose answer gave the component's organisation (its supplier). */
  public static final String VENDOR = PropertyNames.VENDOR_SOURCE;
  /** The license basis of a license that came from the package's registry. */
  public static final String REGISTRY_BASIS = "registry";

  private FactSources() {
  }
}
