package nl.autonomy.core.detect.support;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Builds canonical package URLs with packageurl-java, so that every detector spells the same package
 * the same way and {@link nl.autonomy.core.detect.support.ComponentMerger} can join sightings by ref.
 * Type-specific normalisation the library leaves out (PyPI's PEP 503 names) is done here.
 */
public final class PurlFactory {

  private static final Pattern PYPI_SEPARATORS = Pattern.compile("[-_.]+");

  private PurlFactory() {
  }

  /**
   * A canonical purl.
   *
   * @throws IllegalArgumentException when the parts do not make a valid purl (a name with a
   *     character the spec forbids, an empty name)
   */
  public static String create(String type, String namespace, String name, String version,
      Map<String, String> qualifiers) {
    try {
      TreeMap<String, String> q = qualifiers == null || qualifiers.isEmpty() ? null : new TreeMap<>(qualifiers);
      return new PackageURL(type, emptyToNull(namespace), name, emptyToNull(version), q, null).canonicalize();
    } catch (MalformedPackageURLException e) {
      throw new IllegalArgumentException("not a valid package URL for " + type + " package '" + name + "': "
          + e.getMessage(), e);
    }
  }

  /**
   * An npm purl from the package name as npm writes it ({@code @scope/name} or {@code name}); the
   * scope becomes the namespace, encoded as {@code %40scope} in the canonical form.
   */
  public static String npm(String packageName, String version, Map<String, String> qualifiers) {
    NpmName n = NpmName.parse(packageName);
    return create("npm", n.scope() == null ? null : "@" + n.scope(), n.name(), version, qualifiers);
  }

  public static String npm(String packageName, String version) {
    return npm(packageName, version, null);
  }

  /** A PyPI purl with the name normalised as PEP 503 and the purl spec demand. */
  public static String pypi(String projectName, String version, Map<String, String> qualifiers) {
    return create("pypi", null, pypiName(projectName), version, qualifiers);
  }

  public static String pypi(String projectName, String version) {
    return pypi(projectName, version, null);
  }

  /** PEP 503: lower case, runs of {@code -}, {@code _} and {@code .} become one {@code -}. */
  public static String pypiName(String projectName) {
    return PYPI_SEPARATORS.matcher(projectName.strip()).replaceAll("-").toLowerCase(Locale.ROOT);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /**
   * An npm package name split into scope (without {@code @}) and name.
   *
   * @param scope the scope without {@code @}, or null
   * @param name the name within the scope
   */
  public record NpmName(String scope, String name) {

    public static NpmName parse(String packageName) {
      if (packageName.startsWith("@")) {
        int slash = packageName.indexOf('/');
        if (slash > 1 && slash < packageName.length() - 1) {
          return new NpmName(packageName.substring(1, slash), packageName.substring(slash + 1));
        }
      }
      return new NpmName(null, packageName);
    }
  }
}
