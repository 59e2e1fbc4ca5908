package nl.autonomy.core.detect.support;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes at a time (SWAR): finding one byte value in a word costs a few arithmetic steps
 * instead of eight compares, for the scans that look at every byte but the automaton's.
 */
final class ByteWords {

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW7 = 0x7f7f7f7f7f7f7f7fL;
  private static final long ONES = 0x0101010101010101L;

  private ByteWords() {
  }

  /** The eight bytes at {@code offset}, the first in the lowest bits. */
  static long read(byte[] bytes, int offset) {
    return (long) LONGS.get(bytes, offset);
  }

  /**
   * The high bit of every byte of {@code word} that equals {@code value}, exactly: no carry
   * crosses from one byte into the next, so a byte's bit says nothing about its neighbours.
   */
  static long equalTo(long word, byte value) {
    long x = word ^ (ONES * (value & 0xff));
    return ~(((x & LOW7) + LOW7) | x | LOW7);
  }

  /** Index (0–7) of the last byte marked by {@link #equalTo}; the mask must not be zero. */
  static int lastMarked(long marks) {
    return (63 - Long.numberOfLeadingZeros(marks)) >>> 3;
  }
}
