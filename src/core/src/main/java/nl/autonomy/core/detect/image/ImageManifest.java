package nl.autonomy.core.detect.image;

import java.util.List;

/**
 * One image of a {@code docker save} tarball or an OCI image layout, as its manifest names it.
 *
 * @param digest the manifest's {@code sha256:} digest (OCI), or null for {@code docker save}'s own format
 * @param config the config blob's path, relative to the layout folder
 * @param layers the layer blobs' paths, relative to the layout folder, base layer first
 * @param tags the names it was saved under ({@code RepoTags}, {@code org.opencontainers.image.ref.name})
 */
record ImageManifest(String digest, String config, List<String> layers, List<String> tags) {

  ImageManifest {
    layers = List.copyOf(layers);
    tags = List.copyOf(tags);
  }
}
