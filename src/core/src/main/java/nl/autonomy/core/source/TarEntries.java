package nl.autonomy.core.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * The entries of a tar or tar.gz, in order, read with Apache Commons Compress, counting the
 * compressed bytes consumed so a caller can judge the compression ratio.
 */
public final class TarEntries implements AutoCloseable {

  private final TarArchiveInputStream tar;
  private final BoundedInputStream counted;
  private final boolean gzip;

  private TarEntries(InputStream raw, boolean gzip) throws IOException {
    this.gzip = gzip;
    this.counted = BoundedInputStream.builder().setInputStream(raw).get();
    InputStream in = new BufferedInputStream(counted);
    this.tar = new TarArchiveInputStream(gzip ? GzipCompressorInputStream.builder()
        .setInputStream(in).setDecompressConcatenated(true).get() : in);
  }

  /** Opens a tar or tar.gz file, by its name. */
  public static TarEntries open(Path archive) throws IOException {
    return of(Files.newInputStream(archive), ArchiveFormat.of(archive.getFileName().toString())
        .orElse(ArchiveFormat.TAR) == ArchiveFormat.TAR_GZ);
  }

  /** Reads a tar (or, with {@code gzip}, a tar.gz) from a stream; closing this closes the stream. */
  public static TarEntries of(InputStream in, boolean gzip) throws IOException {
    try {
      return new TarEntries(in, gzip);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** The next entry, or null at the end. */
  public TarArchiveEntry next() throws IOException {
    return tar.getNextEntry();
  }

  /** The current entry's content; not to be closed by the caller. */
  public InputStream stream() {
    return org.apache.commons.io.input.CloseShieldInputStream.wrap(tar);
  }

  /** A file with content of its own: not a folder, link, device or other special entry. */
  public static boolean isRegularFile(TarArchiveEntry entry) {
    return entry.isFile() && !entry.isSymbolicLink() && !entry.isLink() && !entry.isCharacterDevice()
        && !entry.isBlockDevice() && !entry.isFIFO();
  }

  /** Whether the stream is gzip-compressed (only then can it inflate). */
  public boolean compressed() {
    return gzip;
  }

  /** Bytes of the (compressed) file read so far. */
  public long compressedBytesRead() {
    return counted.getCount();
  }

  @Override
  public void close() throws IOException {
    tar.close();
  }
}
