package nl.autonomy.core.detect.support;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.PropertyNames;

/**
 * A container image reference, normalised the way Docker resolves it: no registry means Docker
 * Hub ({@code docker.io}), and a one-segment Docker Hub path means an official image under
 * {@code library/}; no tag and no digest means {@code latest}.
 *
 * @param registry registry host (and port), e.g. {@code docker.io}, {@code ghcr.io}, {@code localhost:5000}
 * @param path repository path inside the registry, e.g. {@code library/nginx}
 * @param tag tag, or null when only a digest pins it
 * @param digest {@code sha256:<hex>}, or null
 * @param implicitTag whether {@code latest} was assumed because the reference names no tag
 */
public record ImageRef(String registry, String path, String tag, String digest, boolean implicitTag) {

  static final String DOCKER_HUB = "docker.io";
  private static final Pattern PATH = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*");
  private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
  private static final Pattern DIGEST = Pattern.compile("[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}");

  /** The reference as written, or empty when it is not a valid image reference. */
  public static Optional<ImageRef> parse(String reference) {
    if (reference == null) {
      return Optional.empty();
    }
    String rest = reference.trim();
    if (rest.isEmpty() || rest.chars().anyMatch(Character::isWhitespace)) {
      return Optional.empty();
    }
    String digest = null;
    int at = rest.indexOf('@');
    if (at >= 0) {
      digest = rest.substring(at + 1);
      rest = rest.substring(0, at);
      if (!DIGEST.matcher(digest).matches()) {
        return Optional.empty();
      }
    }
    String registry = DOCKER_HUB;
    int slash = rest.indexOf('/');
    if (slash > 0) {
      String first = rest.substring(0, slash);
      if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
        registry = first.toLowerCase(Locale.ROOT);
        rest = rest.substring(slash + 1);
      }
    }
    if (registry.equals("index.docker.io") || registry.equals("registry-1.docker.io")) {
      registry = DOCKER_HUB;
    }
    String tag = null;
    int colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      tag = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
      if (!TAG.matcher(tag).matches()) {
        return Optional.empty();
      }
    }
    if (!PATH.matcher(rest).matches()) {
      return Optional.empty();
    }
    if (registry.equals(DOCKER_HUB) && !rest.contains("/")) {
      rest = "library/" + rest;
    }
    boolean implicit = tag == null && digest == null;
    return Optional.of(new ImageRef(registry, rest, implicit ? "latest" : tag,
        digest == null ? null : digest.toLowerCase(Locale.ROOT), implicit));
  }

  /**
   * {@code pkg:docker/<namespace>/<name>@<tag or digest>?repository_url=<registry>}; when both tag
   * and digest are given the tag is the version and the digest becomes the component's hash.
   */
  public Component.Builder component() {
    int slash = path.lastIndexOf('/');
    String namespace = slash < 0 ? null : path.substring(0, slash);
    String name = path.substring(slash + 1);
    String version = tag != null ? tag : digest;
    String purl = PurlFactory.create(Ecosystem.DOCKER.purlType(), namespace, name, version,
        java.util.Map.of("repository_url", registry));
    Component.Builder b = PackageSighting.component(Ecosystem.DOCKER, purl, namespace, name, version)
        .property(PropertyNames.REGISTRY, registry)
        .property("container.image", toString());
    if (digest != null && digest.startsWith("sha256:")) {
      b.hash("SHA-256", digest.substring("sha256:".length()));
    }
    if (implicitTag) {
      b.property("container.tag", "implicit latest");
    }
    return b;
  }

  @Override
  public String toString() {
    return registry + "/" + path + (implicitTag ? "" : tag == null ? "" : ":" + tag) + (digest == null ? "" : "@" + digest);
  }
}
