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
 * Unpacks a delivered ZIP, JAR, WAR, EAR, tar or tar.gz so it can be scanned like a folder. Hostile
 * archives are refused rather than trusted: entries that would land outside the target (zip slip),
 * more entries or more bytes than the bounds, or an entry inflating beyond the compression-ratio
 * bound (zip bombs) stop the extraction with a clear message. Nested archives (WEB-INF/lib/*.jar)
 * stay packed; the archive detector reads them in place.
 */
public final class ArchiveExtractor {

  private final int maxEntries;
  private final long maxTotalBytes;
  private final ArchiveBounds bounds;

  public ArchiveExtractor(int maxEntries, long maxTotalBytes) {
    this(new ArchiveBounds(maxEntries, maxTotalBytes, ArchiveBounds.defaults().maxDepth(),
        ArchiveBounds.defaults().maxRatio()));
  }

  public ArchiveExtractor(ArchiveBounds bounds) {
    this.bounds = bounds;
    this.maxEntries = bounds.maxEntries();
    this.maxTotalBytes = bounds.maxBytes();
  }

  public static ArchiveExtractor withDefaultBounds() {
    return new ArchiveExtractor(ArchiveBounds.defaults());
  }

  public ArchiveBounds bounds() {
    return bounds;
  }

  public static boolean isArchive(Path file) {
    return ArchiveFormat.of(file.getFileName().toString()).isPresent();
  }

  public void extract(Path archive, Path target) throws SourceException {
    if (ArchiveFormat.of(archive.getFileName().toString()).orElse(ArchiveFormat.ZIP) != ArchiveFormat.ZIP) {
      extractTar(archive, target);
      return;
    }
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
        Path out = entryPath(base, entry.getName(), archive);
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
        long written;
        try (InputStream in = CrcCheckedInput.open(zip, entry); OutputStream os = Files.newOutputStream(out)) {
          written = copyBounded(in, os, maxTotalBytes - total, archive);
        }
        total += written;
        checkRatio(archive, entry.getName(), written, entry.getCompressedSize());
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

  /**
   * Where an entry goes. A name this file system cannot hold (a NUL character, a name Windows
   * forbids) refuses the archive with a message, as a zip slip does: writing it elsewhere under
   * another name would change what the scan sees.
   */
  private static Path entryPath(Path base, String name, Path archive) throws SourceException {
    try {
      return base.resolve(name).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      throw new SourceException(archive + ": entry '" + name + "' has a name that is not a valid file name ("
          + e.getReason() + "); refusing to unpack it", e);
    }
  }

  /** A tar has no compressed size per entry; a tar.gz's ratio is judged over the whole stream. */
  private void extractTar(Path archive, Path target) throws SourceException {
    Path base = target.toAbsolutePath().normalize();
    int entries = 0;
    long total = 0;
    try (TarEntries tar = TarEntries.open(archive)) {
      for (var entry = tar.next(); entry != null; entry = tar.next()) {
        if (++entries > maxEntries) {
          throw new SourceException(archive + " has more than " + maxEntries + " entries; refusing to unpack it");
        }
        Path out = entryPath(base, entry.getName(), archive);
        if (entry.isDirectory() && out.equals(base)) {
          continue; // "./", the archive's own top folder
        }
        if (!out.startsWith(base) || out.equals(base)) {
          throw new SourceException(archive + ": entry '" + entry.getName()
              + "' would be written outside the target folder (zip slip); refusing to unpack it");
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
          continue;
        }
        if (!TarEntries.isRegularFile(entry)) {
          continue; // links and devices: a link could point anywhere, and the walk follows none
        }
        Files.createDirectories(out.getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
          total += copyBounded(tar.stream(), os, maxTotalBytes - total, archive);
        }
        checkRatio(archive, "(the whole archive)", total, tar.compressedBytesRead());
      }
    } catch (IOException e) {
      throw new SourceException("cannot unpack " + archive + ": " + e.getMessage(), e);
    }
  }

  private void checkRatio(Path archive, String entry, long real, long compressed) throws SourceException {
    if (bounds.ratioExceeded(real, compressed)) {
      throw new SourceException(archive + ": entry '" + entry + "' inflates " + real / compressed
          + " to 1, beyond the compression-ratio bound of " + bounds.maxRatio() + " (a zip bomb?); refusing to unpack it");
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
