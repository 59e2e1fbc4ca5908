package nl.autonomy.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks a delivered ZIP, JAR, WAR or EAR so it can be scanned like a folder. Hostile archives
 * are refused rather than trusted: entries that would land outside the target (zip slip), more
 * entries or more bytes than the bounds (zip bombs) stop the extraction with a clear message.
 * Nested archives (WEB-INF/lib/*.jar) stay packed; the archive detector reads them in place.
 */
public final class ArchiveExtractor {

  /** Archive endings Autonomy unpacks. */
  public static final java.util.Set<String> EXTENSIONS = java.util.Set.of("zip", "jar", "war", "ear");

  private final int maxEntries;
  private final long maxTotalBytes;

  public ArchiveExtractor(int maxEntries, long maxTotalBytes) {
    this.maxEntries = maxEntries;
    this.maxTotalBytes = maxTotalBytes;
  }

  public static ArchiveExtractor withDefaultBounds() {
    return new ArchiveExtractor(200_000, 4L * 1024 * 1024 * 1024);
  }

  public static boolean isArchive(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
  }

  public void extract(Path archive, Path target) throws SourceException {
    Path base = target.toAbsolutePath().normalize();
    int entries = 0;
    long total = 0;
    try (ZipFile zip = open(archive)) {
      Enumeration<? extends ZipEntry> all = zip.entries();
      while (all.hasMoreElements()) {
        ZipEntry entry = all.nextElement();
        if (++entries > maxEntries) {
          throw new SourceException(archive + " has more than " + maxEntries + " entries; refusing to unpack it");
        }
        Path out = base.resolve(entry.getName()).normalize();
        if (out.equals(base) && entry.isDirectory()) {
          continue; // "./" names the target itself: harmless, nothing to create
        }
        if (!out.startsWith(base) || out.equals(base)) {
          throw new SourceException(archive + ": entry '" + entry.getName()
              + "' would be written outside the target folder (zip slip); refusing to unpack it");
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
          continue;
        }
        Files.createDirectories(out.getParent());
        try (InputStream in = CrcCheckedInput.open(zip, entry); OutputStream os = Files.newOutputStream(out)) {
          total += copyBounded(in, os, maxTotalBytes - total, archive);
        }
      }
    } catch (IOException e) {
      throw new SourceException("cannot unpack " + archive + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens the archive reading entry names as UTF-8, as Java and most tools write them. An archive
   * made on an older Windows tool may hold a name in a legacy encoding, which Java refuses as a
   * "bad entry name" for the whole archive; such names are then read as IBM code page 437, the ZIP
   * format's own default, so one odd name does not refuse the delivery.
   */
  private static ZipFile open(Path archive) throws IOException {
    try {
      return new ZipFile(archive.toFile());
    } catch (java.util.zip.ZipException e) {
      if (e.getMessage() == null || !e.getMessage().contains("bad entry name")) {
        throw e;
      }
      return new ZipFile(archive.toFile(), java.nio.charset.Charset.forName("IBM437"));
    }
  }

  /** Counts real bytes, not the sizes the archive claims: a bomb lies about those. */
  private static long copyBounded(InputStream in, OutputStream out, long budget, Path archive)
      throws IOException, SourceException {
    byte[] buffer = new byte[64 * 1024];
    long copied = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      copied += n;
      if (copied > budget) {
        throw new SourceException(archive + " unpacks to more than the size bound; refusing to unpack it");
      }
      out.write(buffer, 0, n);
    }
    return copied;
  }
}
