package nl.autonomy.core.detect.image;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One package's header as the rpm database stores it: a count of index entries, the size of the
 * data store, the entries (tag, type, offset, count; big-endian) and the data. Only the string and
 * integer tags that identify a package are read. No maintained Java library reads a header blob
 * (the rpm readers on Central parse whole {@code .rpm} files with their lead and signature), and
 * the format is small and fixed (rpm's {@code lib/header.c}), so it is read here, bounds-checked:
 * the blob comes from an untrusted image.
 */
final class RpmHeader {

  static final int NAME = 1000;
  static final int VERSION = 1001;
  static final int RELEASE = 1002;
  static final int EPOCH = 1003;
  static final int VENDOR = 1011;
  static final int LICENSE = 1014;
  static final int PACKAGER = 1015;
  static final int URL = 1020;
  static final int ARCH = 1022;
  static final int SOURCERPM = 1044;

  private static final int TYPE_INT32 = 4;
  private static final int TYPE_STRING = 6;
  private static final int TYPE_STRING_ARRAY = 8;
  private static final int TYPE_I18NSTRING = 9;
  private static final int MAX_ENTRIES = 100_000;

  private final Map<Integer, String> strings = new HashMap<>();
  private final Map<Integer, Integer> ints = new HashMap<>();

  private RpmHeader() {
  }

  /** Parses a header blob; throws IllegalArgumentException when it is not one. */
  static RpmHeader parse(byte[] blob) {
    ByteBuffer b = ByteBuffer.wrap(blob);
    if (blob.length < 8) {
      throw new IllegalArgumentException("a header blob of " + blob.length + " bytes is too short");
    }
    int entries = b.getInt();
    int dataLength = b.getInt();
    long dataStart = 8L + 16L * entries;
    if (entries < 0 || entries > MAX_ENTRIES || dataLength < 0 || dataStart + dataLength > blob.length) {
      throw new IllegalArgumentException("the header's index (" + entries + " entries, " + dataLength
          + " bytes of data) does not fit its " + blob.length + " bytes");
    }
    RpmHeader h = new RpmHeader();
    for (int i = 0; i < entries; i++) {
      int tag = b.getInt(8 + 16 * i);
      int type = b.getInt(12 + 16 * i);
      int offset = b.getInt(16 + 16 * i);
      if (tag < NAME || tag > SOURCERPM || offset < 0 || offset >= dataLength) {
        continue;
      }
      int at = (int) dataStart + offset;
      int end = (int) dataStart + dataLength;
      if (type == TYPE_STRING || type == TYPE_STRING_ARRAY || type == TYPE_I18NSTRING) {
        int zero = at;
        while (zero < end && blob[zero] != 0) {
          zero++;
        }
        h.strings.put(tag, new String(blob, at, zero - at, StandardCharsets.UTF_8));
      } else if (type == TYPE_INT32 && at + 4 <= end) {
        h.ints.put(tag, b.getInt(at));
      }
    }
    return h;
  }

  String string(int tag) {
    return strings.get(tag);
  }

  Integer integer(int tag) {
    return ints.get(tag);
  }
}
