package nl.autonomy.core.source;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small archives for tests, entry name to content, in the given order. */
public final class ArchiveTestFiles {

  private ArchiveTestFiles() {
  }

  public static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return file;
  }

  public static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] pomProperties(String g, String a, String v) {
    return text("#Created by Apache Maven 3.9.9\ngroupId=" + g + "\nartifactId=" + a + "\nversion=" + v + "\n");
  }
}
