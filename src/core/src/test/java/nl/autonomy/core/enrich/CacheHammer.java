package nl.autonomy.core.enrich;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Organization;

/**
 * Writes and reads the same cache entries over and over, as concurrent scans do; run in threads
 * and as separate processes by {@link RegistryCacheTest}. Exits 1 on the first read that sees a
 * damaged or foreign entry.
 */
public final class CacheHammer {

  static final List<String> KEYS = List.of("lodash@4.17.21", "react@18.2.0", "left-pad@1.3.0");

  private CacheHammer() {
  }

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    int rounds = Integer.parseInt(args[1]);
    String writer = args[2];
    System.exit(hammer(dir, rounds, writer) ? 0 : 1);
  }

  /** True when every read gave nothing or a whole entry for the key asked. */
  static boolean hammer(Path dir, int rounds, String writer) {
    RegistryCache cache = new RegistryCache(dir, Clock.systemUTC());
    for (int i = 0; i < rounds; i++) {
      String key = KEYS.get(i % KEYS.size());
      cache.put("npm", key, "https://registry.example/" + key, facts(key, writer + "-" + i));
      Optional<RegistryCache.Entry> read = cache.get("npm", KEYS.get((i + 1) % KEYS.size()), true);
      if (read.isPresent() && !whole(read.get(), KEYS.get((i + 1) % KEYS.size()))) {
        System.err.println("damaged entry: " + read.get());
        return false;
      }
    }
    return true;
  }

  static RegistryFacts facts(String key, String writer) {
    // a long supplier name makes a torn write visible as a parse error or a short name
    return RegistryFacts.of(List.of(DeclaredLicense.spdx("MIT")), "https://registry.example/" + key,
        new Organization(key + " by " + writer + " " + "x".repeat(20_000), null), "https://registry.example/" + key);
  }

  static boolean whole(RegistryCache.Entry e, String key) {
    return e.url().equals("https://registry.example/" + key) && e.facts().found()
        && e.facts().supplier().name().startsWith(key + " by ") && e.facts().supplier().name().endsWith("x".repeat(20_000));
  }
}
