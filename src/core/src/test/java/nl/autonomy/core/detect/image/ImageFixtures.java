package nl.autonomy.core.detect.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Builds image tarballs in the test from fixture layers: {@code docker save}'s format and OCI image
 * layouts, so no binary of unknown origin is checked in.
 */
final class ImageFixtures {

  private ImageFixtures() {
  }

  /** A layer: path to content; a null content makes a folder, a content starting with "->" a symlink. */
  static Map<String, byte[]> layer() {
    return new LinkedHashMap<>();
  }

  static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] tar(Map<String, byte[]> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        if (e.getValue() == null) {
          TarArchiveEntry dir = new TarArchiveEntry(e.getKey().endsWith("/") ? e.getKey() : e.getKey() + "/");
          tar.putArchiveEntry(dir);
          tar.closeArchiveEntry();
          continue;
        }
        String s = new String(e.getValue(), StandardCharsets.ISO_8859_1);
        if (s.startsWith("->")) {
          TarArchiveEntry link = new TarArchiveEntry(e.getKey(), TarArchiveEntry.LF_SYMLINK);
          link.setLinkName(s.substring(2));
          tar.putArchiveEntry(link);
          tar.closeArchiveEntry();
          continue;
        }
        TarArchiveEntry entry = new TarArchiveEntry(e.getKey(), true);
        entry.setSize(e.getValue().length);
        tar.putArchiveEntry(entry);
        tar.write(e.getValue());
        tar.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static byte[] gzip(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code docker save}'s classic format: manifest.json, the config as HEX.json, each layer as HEX/layer.tar. */
  static byte[] dockerSave(String tag, String config, List<byte[]> layers) {
    Map<String, byte[]> files = layer();
    String configHex = sha256(text(config));
    files.put(configHex + ".json", text(config));
    StringBuilder layerNames = new StringBuilder();
    for (byte[] l : layers) {
      String hex = sha256(l);
      files.put(hex + "/layer.tar", l);
      layerNames.append(layerNames.length() == 0 ? "" : ",").append('"').append(hex).append("/layer.tar\"");
    }
    files.put("manifest.json", text("[{\"Config\":\"" + configHex + ".json\",\"RepoTags\":[\"" + tag
        + "\"],\"Layers\":[" + layerNames + "]}]"));
    return tar(files);
  }

  /** An OCI image layout written as a folder: oci-layout, index.json, blobs/sha256/*. */
  static Path ociLayout(Path dir, String refName, String config, List<byte[]> gzippedLayers) throws IOException {
    Path blobs = Files.createDirectories(dir.resolve("blobs/sha256"));
    Files.writeString(dir.resolve("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
    String configHex = sha256(text(config));
    Files.write(blobs.resolve(configHex), text(config));
    StringBuilder layers = new StringBuilder();
    for (byte[] l : gzippedLayers) {
      String hex = sha256(l);
      Files.write(blobs.resolve(hex), l);
      layers.append(layers.length() == 0 ? "" : ",").append("{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\","
          + "\"digest\":\"sha256:").append(hex).append("\",\"size\":").append(l.length).append('}');
    }
    String manifest = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
        + "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"sha256:" + configHex
        + "\",\"size\":" + config.length() + "},\"layers\":[" + layers + "]}";
    String manifestHex = sha256(text(manifest));
    Files.write(blobs.resolve(manifestHex), text(manifest));
    Files.writeString(dir.resolve("index.json"), "{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":"
        + "\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"sha256:" + manifestHex + "\",\"size\":"
        + manifest.length() + ",\"annotations\":{\"org.opencontainers.image.ref.name\":\"" + refName + "\"}}]}");
    return dir;
  }

  /** A jar with a pom.properties, as Maven builds them. */
  static byte[] jar(String group, String artifact, String version) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
      zip.write(text("Manifest-Version: 1.0\n"));
      zip.putNextEntry(new ZipEntry("META-INF/maven/" + group + "/" + artifact + "/pom.properties"));
      zip.write(text("groupId=" + group + "\nartifactId=" + artifact + "\nversion=" + version + "\n"));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
