package nl.autonomy.core.detect.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the images of a layout folder: {@code docker save}'s {@code manifest.json} (a list of
 * images, each with its config and layer tars) or an OCI image layout's {@code index.json} (image
 * manifests, or indexes of them for several platforms, by digest under {@code blobs/}). Paths in
 * these files are untrusted: one that leaves the folder is refused.
 */
final class ImageLayout {

  static final String DOCKER_MANIFEST = "manifest.json";
  static final String OCI_INDEX = "index.json";
  static final String OCI_LAYOUT = "oci-layout";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");
  private static final int MAX_JSON = 4 * 1024 * 1024;
  private static final int MAX_INDEX_DEPTH = 4;

  private final Path folder;

  ImageLayout(Path folder) {
    this.folder = folder;
  }

  /** Whether {@code manifest.json} is {@code docker save}'s: a list of objects with Config and Layers. */
  static boolean isDockerManifest(JsonNode root) {
    if (!root.isArray() || root.isEmpty()) {
      return false;
    }
    for (JsonNode image : root) {
      if (!image.isObject() || !image.path("Config").isTextual() || !image.path("Layers").isArray()) {
        return false;
      }
    }
    return true;
  }

  /** The images of {@code docker save}'s manifest.json. */
  List<ImageManifest> docker(JsonNode root) throws ImageException {
    List<ImageManifest> out = new ArrayList<>();
    for (JsonNode image : root) {
      List<String> layers = new ArrayList<>();
      for (JsonNode layer : image.path("Layers")) {
        layers.add(inside(layer.asText()));
      }
      List<String> tags = new ArrayList<>();
      image.path("RepoTags").forEach(t -> tags.add(t.asText()));
      out.add(new ImageManifest(null, inside(image.path("Config").asText()), layers, tags));
    }
    return out;
  }

  /** The image manifests an OCI {@code index.json} names, through nested indexes. */
  List<ImageManifest> oci(JsonNode index) throws ImageException {
    List<ImageManifest> out = new ArrayList<>();
    index(index, List.of(), out, 0);
    return out;
  }

  private void index(JsonNode index, List<String> tags, List<ImageManifest> out, int depth) throws ImageException {
    if (depth > MAX_INDEX_DEPTH) {
      throw new ImageException("indexes nested deeper than " + MAX_INDEX_DEPTH + ": not followed");
    }
    for (JsonNode m : index.path("manifests")) {
      String digest = m.path("digest").asText();
      String mediaType = m.path("mediaType").asText();
      List<String> names = new ArrayList<>(tags);
      String ref = m.path("annotations").path("org.opencontainers.image.ref.name").asText("");
      String name = m.path("annotations").path("io.containerd.image.name").asText("");
      if (!name.isEmpty()) {
        names.add(name);
      } else if (!ref.isEmpty()) {
        names.add(ref);
      }
      JsonNode blob = read(blob(digest));
      if (mediaType.contains("image.index") || mediaType.contains("manifest.list") || blob.has("manifests")) {
        index(blob, names, out, depth + 1);
        continue;
      }
      if (blob.path("config").path("mediaType").asText().contains("attestation")
          || "unknown".equals(m.path("platform").path("architecture").asText())) {
        continue; // BuildKit's provenance attestations are stored as a pseudo-image of platform unknown
      }
      List<String> layers = new ArrayList<>();
      for (JsonNode layer : blob.path("layers")) {
        layers.add(blob(layer.path("digest").asText()));
      }
      out.add(new ImageManifest(digest, blob(blob.path("config").path("digest").asText()), layers, names));
    }
  }

  /** The path of a blob named by its digest. */
  String blob(String digest) throws ImageException {
    if (!DIGEST.matcher(digest).matches()) {
      throw new ImageException("'" + digest + "' is not a sha256 digest");
    }
    return "blobs/sha256/" + digest.substring("sha256:".length());
  }

  /** Reads a small JSON file of the layout. */
  JsonNode read(String relative) throws ImageException {
    Path file = folder.resolve(inside(relative));
    try {
      if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        throw new ImageException(relative + " is missing from the image");
      }
      if (Files.size(file) > MAX_JSON) {
        throw new ImageException(relative + " is larger than " + MAX_JSON / (1024 * 1024) + " MiB: not read");
      }
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new ImageException("cannot read " + relative + ": " + e.getMessage());
    }
  }

  /** A path of the layout's own files, refused when it would leave the folder. */
  String inside(String relative) throws ImageException {
    Path resolved = folder.resolve(relative).normalize();
    if (relative.isEmpty() || !resolved.startsWith(folder) || resolved.equals(folder)) {
      throw new ImageException("'" + relative + "' points outside the image folder: refused");
    }
    return folder.relativize(resolved).toString().replace('\\', '/');
  }

  Path folder() {
    return folder;
  }

  /** A layout that cannot be read as an image. */
  static final class ImageException extends Exception {
    private static final long serialVersionUID = 1L;

    ImageException(String message) {
      super(message);
    }
  }
}
