package nl.autonomy.core.policy;

import java.nio.file.Path;
import java.util.List;

/**
 * The policies a user can name: the shipped ones by id, any other by file path. The one entry
 * point for front ends ({@code autonomy policy list|show|validate}, {@code scan --policy}).
 */
public final class PolicyRepository {

  /** The shipped policies, in the order {@code policy list} shows them. */
  public static final List<String> SHIPPED = List.of("default", "strict-sovereign", "procurement", "amsterdam-2030", "eu-csf");

  /** A shipped policy as {@code policy list} shows it. */
  public record PolicyInfo(String id, String title, String description, String digest) {
  }

  private final PolicyLoader loader = new PolicyLoader();

  public List<PolicyInfo> list() {
    return SHIPPED.stream().map(this::load)
        .map(p -> new PolicyInfo(p.id(), p.title(), p.description(), p.digest())).toList();
  }

  public boolean isShipped(String idOrPath) {
    return SHIPPED.contains(idOrPath);
  }

  /**
   * The effective policy for a shipped id or a file path.
   *
   * @throws PolicyException when it cannot be read or is not valid, with file, line and column
   */
  public Policy load(String idOrPath) {
    return loader.load(source(idOrPath));
  }

  public Policy load(Path file) {
    return loader.load(PolicyLoader.Source.file(file));
  }

  /** The text as written (a shipped policy's YAML, or the file's). */
  public String text(String idOrPath) {
    return source(idOrPath).read();
  }

  private static PolicyLoader.Source source(String idOrPath) {
    if (SHIPPED.contains(idOrPath)) {
      return PolicyLoader.Source.shipped(idOrPath);
    }
    Path path = Path.of(idOrPath);
    if (!idOrPath.contains("/") && !idOrPath.contains("\\") && !idOrPath.endsWith(".yaml")
        && !idOrPath.endsWith(".yml") && !java.nio.file.Files.exists(path)) {
      throw new PolicyException(Origin.of(idOrPath), "no shipped policy or file named '" + idOrPath
          + "'; shipped: " + String.join(", ", SHIPPED));
    }
    return PolicyLoader.Source.file(path);
  }
}
