package nl.autonomy.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * One of N processes that share a source list ({@code --shard I/N}, I counted from 0 as
 * Kubernetes' {@code JOB_COMPLETION_INDEX} is). The split is by position in the list after
 * duplicates are removed, round robin: every source is in exactly one shard, the shards differ by at
 * most one source, and the same list always gives the same split, so a crashed shard rerun scans
 * the same sources again (and the ledger keeps each run once).
 *
 * @param index this shard, 0..count-1
 * @param count how many shards
 */
public record Shard(int index, int count) {

  public static final Shard ALL = new Shard(0, 1);

  public Shard {
    if (count < 1 || index < 0 || index >= count) {
      throw new IllegalArgumentException("shard " + index + "/" + count + " does not exist: I/N needs 0 <= I < N");
    }
  }

  /** Reads {@code I/N}. */
  public static Shard parse(String text) {
    String[] parts = text.strip().split("/");
    if (parts.length != 2) {
      throw new IllegalArgumentException("--shard " + text + ": write I/N, e.g. 0/4 for the first of four shards");
    }
    try {
      return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--shard " + text + ": I and N must be whole numbers, e.g. 0/4", e);
    }
  }

  public <T> List<T> select(List<T> all) {
    List<T> out = new ArrayList<>();
    for (int i = index; i < all.size(); i += count) {
      out.add(all.get(i));
    }
    return out;
  }
}
