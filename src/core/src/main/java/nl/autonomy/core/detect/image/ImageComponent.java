package nl.autonomy.core.detect.image;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.autonomy.core.detect.support.ImageRef;
import nl.autonomy.core.detect.support.PurlFactory;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Organization;
import nl.autonomy.core.model.PropertyNames;
import nl.autonomy.core.model.Scope;

/**
 * The delivered image itself as a component: {@code pkg:oci/NAME@sha256:DIGEST} with the
 * repository and tag it was saved under, and what its config's OCI labels say
 * ({@code org.opencontainers.image.licenses}, {@code .vendor}, {@code .source}, {@code .version},
 * {@code .revision}, {@code .created}, {@code .authors}, {@code .url}) as facts about it. The digest is
 * the manifest's (OCI layout), or the config's, which is Docker's image id ({@code docker save}).
 */
final class ImageComponent {

  static final String LABEL = "org.opencontainers.image.";

  private ImageComponent() {
  }

  static Component of(ImageManifest image, String configDigest, JsonNode config, String shown) {
    String digest = image.digest() != null ? image.digest() : configDigest;
    Optional<ImageRef> ref = image.tags().stream().map(ImageRef::parse).flatMap(Optional::stream).findFirst();
    String name = ref.map(r -> r.path().substring(r.path().lastIndexOf('/') + 1)).orElse("image");
    Map<String, String> q = new TreeMap<>();
    ref.ifPresent(r -> {
      q.put("repository_url", r.registry() + "/" + r.path());
      if (r.tag() != null && !r.implicitTag()) {
        q.put("tag", r.tag());
      }
    });
    String arch = config.path("architecture").asText("");
    if (!arch.isEmpty()) {
      q.put("arch", arch);
    }
    String purl = PurlFactory.create(Ecosystem.OCI.purlType(), null, name, digest, q);
    Map<String, String> labels = new TreeMap<>();
    config.path("config").path("Labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
    Component.Builder b = Component.builder(purl, Ecosystem.OCI, name).purl(purl).version(digest)
        .direct(true).scope(Scope.RUNTIME)
        .hash("SHA-256", digest.substring(digest.indexOf(':') + 1))
        .property(PropertyNames.IMAGE_CONFIG, configDigest)
        .property(PropertyNames.IMAGE_TAGS, image.tags().isEmpty() ? null : String.join(", ", image.tags()))
        .property(PropertyNames.IMAGE_OS, blank(config.path("os").asText("")))
        .property(PropertyNames.IMAGE_ARCHITECTURE, blank(arch))
        .property(PropertyNames.IMAGE_CREATED, blank(labels.getOrDefault(LABEL + "created", config.path("created").asText(""))))
        .property(PropertyNames.IMAGE_LAYERS, Integer.toString(image.layers().size()))
        .property(PropertyNames.IMAGE_SOURCE, blank(labels.get(LABEL + "source")))
        .property(PropertyNames.IMAGE_REVISION, blank(labels.get(LABEL + "revision")))
        .property(PropertyNames.IMAGE_VERSION, blank(labels.get(LABEL + "version")))
        .property(PropertyNames.IMAGE_TITLE, blank(labels.get(LABEL + "title")))
        .evidence(new Evidence(ImageDetector.ID, EvidenceKind.CONTAINER, Location.of(shown),
            image.tags().isEmpty() ? digest : image.tags().get(0), 1.0, Scope.RUNTIME));
    String licenses = blank(labels.get(LABEL + "licenses"));
    if (licenses != null) {
      b.declaredLicense(DeclaredLicense.spdx(licenses));
    }
    String vendor = blank(labels.get(LABEL + "vendor"));
    String authors = blank(labels.get(LABEL + "authors"));
    String url = blank(labels.get(LABEL + "url"));
    if (vendor != null) {
      b.organization(new Organization(vendor, url));
    } else if (authors != null) {
      b.organization(OsPackages.maintainer(authors, url));
    }
    return b.build();
  }

  /** The layers' names as reports show them: their digests where the layout names blobs by digest. */
  static String layerName(String path) {
    return path.startsWith("blobs/sha256/") ? "sha256:" + path.substring("blobs/sha256/".length()) : path;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

}
