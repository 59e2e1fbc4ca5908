package nl.autonomy.core.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An entry of a {@link ZipFile} whose CRC-32 and size are checked when it has been read to its end.
 * {@code ZipFile.getInputStream} checks neither (only {@code ZipInputStream} does), so a damaged or
 * tampered entry would otherwise be read as if it were sound.
 */
public final class CrcCheckedInput extends FilterInputStream {

  private final String name;
  private final long expectedCrc;
  private final long expectedSize;
  private final CRC32 crc = new CRC32();
  private long count;
  private boolean checked;

  private CrcCheckedInput(InputStream in, String name, long expectedCrc, long expectedSize) {
    super(in);
    this.name = name;
    this.expectedCrc = expectedCrc;
    this.expectedSize = expectedSize;
  }

  /** The entry's bytes; reading past the last one throws {@link ZipException} when they do not match. */
  public static InputStream open(ZipFile zip, ZipEntry entry) throws IOException {
    return new CrcCheckedInput(zip.getInputStream(entry), entry.getName(), entry.getCrc(), entry.getSize());
  }

  /**
   * Any zip reader's entry stream (Commons Compress's {@code ZipFile} does not check either),
   * checked against the CRC-32 and size its header states; -1 for a value the header does not state.
   */
  public static InputStream of(InputStream in, String name, long expectedCrc, long expectedSize) {
    return new CrcCheckedInput(in, name, expectedCrc, expectedSize);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b < 0) {
      check();
    } else {
      crc.update(b);
      count++;
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n < 0) {
      check();
    } else if (n > 0) {
      crc.update(b, off, n);
      count += n;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // skipping would leave bytes out of the checksum: read them instead
    byte[] buffer = new byte[(int) Math.min(8192, Math.max(1, n))];
    long skipped = 0;
    while (skipped < n) {
      int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void check() throws ZipException {
    if (checked) {
      return;
    }
    checked = true;
    if (expectedSize >= 0 && expectedSize != count) {
      throw new ZipException("entry '" + name + "' holds " + count + " bytes, not the " + expectedSize
          + " its header states: the archive is damaged");
    }
    if (expectedCrc >= 0 && expectedCrc != crc.getValue()) {
      throw new ZipException("entry '" + name + "' fails its CRC-32 check: the archive is damaged");
    }
  }
}
