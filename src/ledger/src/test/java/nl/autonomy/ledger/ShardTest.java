package nl.autonomy.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShardTest {

  @Test
  void everySourceIsInExactlyOneShardAndTheSplitIsStable() {
    List<Integer> all = IntStream.range(0, 43).boxed().toList();
    List<Integer> seen = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      List<Integer> mine = new Shard(i, 4).select(all);
      assertThat(mine.size()).isBetween(10, 11);
      assertThat(new Shard(i, 4).select(all)).isEqualTo(mine);
      seen.addAll(mine);
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(all);
  }

  @Test
  void parsesIOfNAndRefusesNonsense() {
    assertThat(Shard.parse("2/4")).isEqualTo(new Shard(2, 4));
    assertThatThrownBy(() -> Shard.parse("4/4")).hasMessageContaining("0 <= I < N");
    assertThatThrownBy(() -> Shard.parse("1-4")).hasMessageContaining("I/N");
    assertThatThrownBy(() -> Shard.parse("a/4")).hasMessageContaining("whole numbers");
  }
}
