package nl.autonomy.core.detect.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ByteWordsTest {

  /** Every byte value, next to every kind of neighbour (0x00, 0x80, 0xff, the value ± 1): marks are exact. */
  @Test
  void marksExactlyTheBytesEqualToTheValue() {
    Random random = new Random(5);
    byte[] specials = {0, 1, 0x0a, 0x0b, 0x09, 0x7f, (byte) 0x80, (byte) 0x8a, (byte) 0xff};
    for (int round = 0; round < 20_000; round++) {
      byte[] bytes = new byte[8];
      for (int i = 0; i < 8; i++) {
        bytes[i] = random.nextBoolean() ? specials[random.nextInt(specials.length)] : (byte) random.nextInt(256);
      }
      byte value = random.nextBoolean() ? (byte) 0x0a : bytes[random.nextInt(8)];
      long marks = ByteWords.equalTo(ByteWords.read(bytes, 0), value);
      int last = -1;
      for (int i = 0; i < 8; i++) {
        boolean marked = (marks >>> (8 * i + 7) & 1) == 1;
        assertThat(marked).as("byte %d of round %d", i, round).isEqualTo(bytes[i] == value);
        last = bytes[i] == value ? i : last;
      }
      assertThat(marks & ~0x8080808080808080L).isZero();
      if (marks != 0) {
        assertThat(ByteWords.lastMarked(marks)).isEqualTo(last);
      }
    }
  }
}
