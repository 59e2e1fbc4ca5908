package nl.autonomy.core.detect.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Builds deliveries for tests — jars, WARs, EARs, Boot jars, ZIPs, tar.gz — from entries, in memory. */
final class DeliveryFixtures {

  private DeliveryFixtures() {
  }

  /** A library jar as Maven builds it: manifest, pom.properties, a class. */
  static byte[] library(String g, String a, String v) throws IOException {
    Map<String, byte[]> e = new LinkedHashMap<>();
    e.put("META-INF/MANIFEST.MF", text("Manifest-Version: 1.0\nImplementation-Title: " + a
        + "\nImplementation-Version: " + v + "\n"));
    e.put("META-INF/maven/" + g + "/" + a + "/pom.properties", pom(g, a, v));
    e.put("META-INF/maven/" + g + "/" + a + "/pom.xml", text("<project/>"));
    e.put(a.replace('-', '/') + "/Api.class", text("cafebabe " + g + a + v));
    return zip(e);
  }

  static byte[] pom(String g, String a, String v) {
    return text("groupId=" + g + "\nartifactId=" + a + "\nversion=" + v + "\n");
  }

  static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    return zip(entries, false);
  }

  /** With {@code stored}, every entry uncompressed, as Spring Boot stores its nested jars. */
  static byte[] zip(Map<String, byte[]> entries, boolean stored) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        if (stored) {
          CRC32 crc = new CRC32();
          crc.update(e.getValue());
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(e.getValue().length);
          entry.setCompressedSize(e.getValue().length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static byte[] tarGz(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      TarArchiveEntry dot = new TarArchiveEntry("./");
      tar.putArchiveEntry(dot);
      tar.closeArchiveEntry();
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry("./" + e.getKey());
        entry.setSize(e.getValue().length);
        tar.putArchiveEntry(entry);
        tar.write(e.getValue());
        tar.closeArchiveEntry();
      }
    }
    return out.toByteArray();
  }

  static Path write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  @SafeVarargs
  static Map<String, byte[]> entries(Map.Entry<String, byte[]>... e) {
    Map<String, byte[]> m = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> x : e) {
      m.put(x.getKey(), x.getValue());
    }
    return m;
  }
}
