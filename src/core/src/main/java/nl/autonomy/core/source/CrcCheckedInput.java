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

  private final ZipEntry entry;
  private final CRC32 crc = new CRC32();
  private long count;
  private boolean checked;

  private CrcCheckedInput(InputStream in, ZipEntry entry) {
    super(in);
    this.entry = entry;
  }

  /** The entry's bytes; reading past the last one throws {@link ZipException} when they do not match. */
  public static InputStream open(ZipFile zip, ZipEntry entry) throws IOException {
    return new CrcCheckedInput(zip.getInputStream(entry), entry);
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
    if (entry.getSize() >= 0 && entry.getSize() != count) {
      throw new ZipException("entry '" + entry.getName() + "' holds " + count + " bytes, not the " + entry.getSize()
          + " its header states: the archive is damaged");
    }
    if (entry.getCrc() >= 0 && entry.getCrc() != crc.getValue()) {
      throw new ZipException("entry '" + entry.getName() + "' fails its CRC-32 check: the archive is damaged");
    }
  }
}
