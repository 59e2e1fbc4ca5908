package nl.autonomy.core.detect.support;

import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;

/**
 * Starts the components of the lockfile readers of Go, Cargo, Ruby, Composer, NuGet, Helm and
 * container images: the ref is always the canonical purl (from {@link PurlFactory}), so the same
 * package found through two files merges into one component; projects without a purl of their
 * own get a stable folder-based ref.
 */
public final class PackageSighting {

  private PackageSighting() {
  }

  /** A component builder with ref and purl set to {@code purl}. */
  public static Component.Builder component(Ecosystem ecosystem, String purl, String group, String name,
      String version) {
    return Component.builder(purl, ecosystem, name).purl(purl).group(blankToNull(group)).version(blankToNull(version));
  }

  /**
   * The project a manifest belongs to when it names no package of its own (a packages.config, an
   * unnamed composer.json, a .csproj): {@code project:<ecosystem>:<path>}, stable across scans.
   */
  public static Component.Builder localProject(Ecosystem ecosystem, String path, String name) {
    String where = path.isEmpty() ? "." : path;
    return Component.builder("project:" + ecosystem.id() + ":" + where, ecosystem, name).direct(true);
  }

  /** The last segment of a folder path, or {@code fallback} at the scanned root. */
  public static String folderName(String directory, String fallback) {
    return directory.isEmpty() ? fallback : directory.substring(directory.lastIndexOf('/') + 1);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
