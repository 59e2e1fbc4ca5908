package nl.autonomy.core.detect.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.autonomy.core.source.CrcCheckedInput;
import java.nio.charset.StandardCharsets;
import nl.autonomy.core.detect.support.CopyrightStatements;
import nl.autonomy.core.model.Copyright;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.source.ArchiveBounds;
import nl.autonomy.core.source.ArchiveFormat;
import nl.autonomy.core.source.Digests;
import nl.autonomy.core.source.TarEntries;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Reads one archive of the scanned tree in place — a JAR, WAR, EAR, ZIP, tar or tar.gz — and every
 * archive inside it, down to the nesting bound: each Java archive met is hashed over its delivered
 * bytes and its pom.properties, manifest and the copyright lines of its {@code META-INF/NOTICE} or
 * {@code LICENSE} are read. Nothing is written to disk: nested archives
 * are opened in memory (up to {@link #MAX_IN_MEMORY}; a larger one is hashed, not opened). The
 * bounds (entries, real bytes, depth, compression ratio) are checked as the bytes come, and every
 * bound hit is a problem naming the archive, so a partly read delivery never passes as complete.
 */
final class ArchiveReader {

  /** A nested archive larger than this is hashed while streamed but not opened. */
  static final int MAX_IN_MEMORY = 256 * 1024 * 1024;

  private final ArchiveBounds bounds;
  private final String walked;
  private final Scope scope;
  private final List<EmbeddedJar> jars = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private int entries;
  private long bytes;
  private boolean stopped;

  /** What reading one walked file found. */
  record Result(List<EmbeddedJar> jars, List<Problem> problems) {
  }

  private ArchiveReader(ArchiveBounds bounds, String walked, Scope scope) {
    this.bounds = bounds;
    this.walked = walked;
    this.scope = scope;
  }

  /**
   * Reads {@code file} (found at {@code path} in the tree).
   *
   * @throws IOException when the file itself is not a readable archive
   */
  static Result read(java.nio.file.Path file, String path, Scope scope, ArchiveBounds bounds) throws IOException {
    ArchiveReader reader = new ArchiveReader(bounds, path, scope);
    reader.readTop(file);
    return new Result(List.copyOf(reader.jars), List.copyOf(reader.problems));
  }

  private void readTop(java.nio.file.Path file) throws IOException {
    String name = file.getFileName().toString();
    ArchiveFormat format = ArchiveFormat.of(name).orElseThrow();
    Collector self = ArchiveFormat.isJavaArchive(name) ? new Collector(walked, name, Digests.of(file)) : null;
    if (format == ArchiveFormat.ZIP) {
      try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
        readZip(zip, walked, self, 1);
      }
    } else {
      try (TarEntries tar = TarEntries.open(file)) {
        readTar(tar, walked, 1);
      }
    }
    if (self != null) {
      jars.add(0, self.build(true));
    }
  }

  private void readZip(ZipFile zip, String prefix, Collector owner, int depth) throws IOException {
    for (ZipArchiveEntry e : Collections.list(zip.getEntriesInPhysicalOrder())) {
      if (!countEntry()) {
        return;
      }
      if (!e.isDirectory()) {
        // Commons Compress checks no CRC: a damaged or tampered entry must not be read as sound
        entry(normalise(e.getName()), () -> CrcCheckedInput.of(zip.getInputStream(e), e.getName(), e.getCrc(), e.getSize()),
            e.getCompressedSize(), prefix, owner, depth);
      }
    }
  }

  private void readTar(TarEntries tar, String prefix, int depth) throws IOException {
    for (TarArchiveEntry e = tar.next(); e != null; e = tar.next()) {
      if (!countEntry()) {
        return;
      }
      if (TarEntries.isRegularFile(e)) {
        entry(normalise(e.getName()), tar::stream, -1, prefix, null, depth);
      }
    }
  }

  private boolean countEntry() {
    if (stopped) {
      return false;
    }
    if (++entries > bounds.maxEntries()) {
      stop("has more than " + bounds.maxEntries() + " entries (nested archives included)");
      return false;
    }
    return true;
  }

  private interface Opener {
    InputStream open() throws IOException;
  }

  private void entry(String name, Opener opener, long compressed, String prefix, Collector owner, int depth)
      throws IOException {
    if (owner != null && PomProperties.isEntry(name)) {
      byte[] b = small(opener, PomProperties.MAX_BYTES);
      if (b != null) {
        PomProperties.parse(b, name).ifPresent(owner.poms::add);
      }
      return;
    }
    if (owner != null && name.equalsIgnoreCase(ManifestFacts.ENTRY)) {
      byte[] b = small(opener, ManifestFacts.MAX_BYTES);
      if (b != null) {
        owner.manifest = ManifestFacts.parse(b);
      }
      return;
    }
    if (owner != null && CopyrightStatements.isNoticeEntry(name)) {
      // the archive is open anyway: its own NOTICE or LICENSE says whose copyright it carries
      byte[] b = small(opener, CopyrightStatements.MAX_BYTES);
      if (b != null) {
        Copyright.of(JarDetector.ID, Location.of(prefix + "!/" + name),
            CopyrightStatements.in(new String(b, StandardCharsets.UTF_8))).ifPresent(owner.copyrights::add);
      }
      return;
    }
    Optional<ArchiveFormat> format = ArchiveFormat.of(name);
    if (format.isEmpty() || name.endsWith("/")) {
      return;
    }
    String location = prefix + "!/" + name;
    String fileName = name.substring(name.lastIndexOf('/') + 1);
    boolean java = ArchiveFormat.isJavaArchive(fileName);
    boolean open = depth + 1 <= bounds.maxDepth();
    if (!open && !java) {
      problems.add(Problem.error(JarDetector.ID, Location.of(walked), location
          + " is nested deeper than " + bounds.maxDepth() + " archives: not opened, what it holds is missing"));
      return;
    }
    Content content;
    try (InputStream in = opener.open()) {
      content = content(in, compressed, location, open);
    }
    if (content == null) {
      return;
    }
    if (!open) {
      problems.add(Problem.error(JarDetector.ID, Location.of(walked), location + " is nested deeper than "
          + bounds.maxDepth() + " archives: identified by its hash only, the archives inside it are missing"));
    } else if (content.bytes == null) {
      problems.add(Problem.error(JarDetector.ID, Location.of(walked), location + " is larger than "
          + MAX_IN_MEMORY / (1024 * 1024) + " MiB: identified by its hash only, not opened"));
    }
    Collector child = java ? new Collector(location, fileName, content.hashes) : null;
    boolean opened = false;
    if (content.bytes != null) {
      try {
        if (format.get() == ArchiveFormat.ZIP) {
          try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content.bytes)).get()) {
            readZip(zip, location, child, depth + 1);
          }
        } else {
          try (TarEntries tar = TarEntries.of(new ByteArrayInputStream(content.bytes), format.get() == ArchiveFormat.TAR_GZ)) {
            readTar(tar, location, depth + 1);
          }
        }
        opened = true;
      } catch (IOException | RuntimeException e) {
        problems.add(Problem.warning(JarDetector.ID, Location.of(walked),
            "cannot read the archive " + location + ": " + e.getMessage()));
      }
    }
    if (child != null) {
      jars.add(child.build(opened));
    }
  }

  /** The bytes and hashes of a nested archive; bytes null when only hashed; null when a bound stopped it. */
  private record Content(byte[] bytes, Map<String, String> hashes) {
  }

  private Content content(InputStream in, long compressed, String location, boolean keep) throws IOException {
    Digests digests = new Digests();
    ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream() : null;
    byte[] buffer = new byte[64 * 1024];
    long real = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      real += n;
      if (!countBytes(n)) {
        return null;
      }
      if (compressed > 0 && bounds.ratioExceeded(real, compressed)) {
        stop("holds " + location + ", which inflates beyond the compression-ratio bound of "
            + bounds.maxRatio() + " to 1 (a zip bomb?)");
        return null;
      }
      digests.update(buffer, 0, n);
      if (kept != null) {
        if (real > MAX_IN_MEMORY) {
          kept = null;
        } else {
          kept.write(buffer, 0, n);
        }
      }
    }
    return new Content(kept == null ? null : kept.toByteArray(), digests.finish());
  }

  /** A small entry (pom.properties, manifest), or null when it is larger than {@code max}. */
  private byte[] small(Opener opener, int max) throws IOException {
    try (InputStream in = opener.open()) {
      byte[] b = in.readNBytes(max + 1);
      if (!countBytes(b.length) || b.length > max) {
        return null;
      }
      return b;
    }
  }

  private boolean countBytes(long n) {
    bytes += n;
    if (bytes > bounds.maxBytes()) {
      stop("unpacks to more than " + bounds.maxBytes() + " bytes");
      return false;
    }
    return true;
  }

  private void stop(String why) {
    if (!stopped) {
      stopped = true;
      problems.add(Problem.error(JarDetector.ID, Location.of(walked), walked + " " + why
          + ": reading stopped there, the rest of the archive is missing from the result"));
    }
  }

  /** {@code ./a/b}, {@code /a/b} and {@code a\b} all name {@code a/b}. */
  static String normalise(String name) {
    String n = name.replace('\\', '/');
    while (n.startsWith("./") || n.startsWith("/")) {
      n = n.startsWith("./") ? n.substring(2) : n.substring(1);
    }
    return n;
  }

  private final class Collector {
    private final String location;
    private final String fileName;
    private final Map<String, String> hashes;
    private final List<PomProperties> poms = new ArrayList<>();
    private ManifestFacts manifest = ManifestFacts.NONE;
    private final List<Copyright> copyrights = new ArrayList<>();

    Collector(String location, String fileName, Map<String, String> hashes) {
      this.location = location;
      this.fileName = fileName;
      this.hashes = hashes;
    }

    EmbeddedJar build(boolean opened) {
      return new EmbeddedJar(location, walked, fileName, hashes, poms, manifest, scope, opened, copyrights);
    }
  }
}
