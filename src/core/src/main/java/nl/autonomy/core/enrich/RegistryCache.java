package nl.autonomy.core.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Every registry answer, kept on disk with the date it was fetched:
 * {@code <cache-dir>/registry/v1/<registry>/<2 hex>/<sha-256 of the key>.json}.
 *
 * <p>Safe for concurrent scans, threads and processes alike: an entry is written to a temporary
 * file in its own folder and moved into place atomically, so a reader sees the old answer or the
 * new one, never half of one; two scans writing the same entry both write a whole, equivalent
 * answer. An entry that cannot be parsed (a disk error, a foreign file) counts as absent.
 *
 * <p>Expiry, when online: what a registry stated about a published version is kept for
 * {@value #FOUND_DAYS} days (published versions rarely change their metadata; a license correction
 * is picked up within a month), an answer "no such version" for {@value #ABSENT_DAYS} day (it may be
 * published soon after). Offline, every entry is used whatever its age. Failed lookups are never
 * kept. Deleting the folder is always safe.
 */
final class RegistryCache {

  static final int FOUND_DAYS = 30;
  static final int ABSENT_DAYS = 1;
  /** Bumped when what is stored changes meaning, so old entries are simply not found. */
  static final String FORMAT = "v1";

  private final Path root;
  private final Clock clock;

  RegistryCache(Path cacheDir, Clock clock) {
    this.root = cacheDir.resolve("registry").resolve(FORMAT);
    this.clock = clock;
  }

  /** A cached answer and when it was fetched. */
  record Entry(RegistryFacts facts, Instant fetched, String url) {
  }

  /** The entry for {@code key} when it is fresh, or (with {@code anyAge}) whatever is there. */
  Optional<Entry> get(String registry, String key, boolean anyAge) {
    Path file = file(registry, key);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode n = RegistryHttp.JSON.readTree(Files.readAllBytes(file));
      if (!key.equals(n.path("key").asText())) {
        return Optional.empty(); // a hash collision or a foreign file
      }
      Entry e = new Entry(RegistryFacts.fromJson(n.path("facts")), Instant.parse(n.path("fetched").asText()),
          n.path("url").asText(null));
      return anyAge || fresh(e) ? Optional.of(e) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  boolean fresh(Entry e) {
    Duration keep = Duration.ofDays(e.facts().found() ? FOUND_DAYS : ABSENT_DAYS);
    return e.fetched().plus(keep).isAfter(clock.instant());
  }

  /** Stores an answer; a cache that cannot be written costs only the next scan's lookup. */
  Entry put(String registry, String key, String url, RegistryFacts facts) {
    Entry entry = new Entry(facts, clock.instant(), url);
    ObjectNode n = RegistryHttp.JSON.createObjectNode();
    n.put("key", key);
    n.put("registry", registry);
    n.put("url", url);
    n.put("fetched", entry.fetched().toString());
    n.set("facts", facts.toJson());
    Path file = file(registry, key);
    Path temp = null;
    try {
      Files.createDirectories(file.getParent());
      temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      Files.write(temp, RegistryHttp.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n)
          .getBytes(StandardCharsets.UTF_8));
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException e) {
      // an unwritable cache is not the scan's problem: the answer is used all the same
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // best effort
        }
      }
    }
    return entry;
  }

  Path file(String registry, String key) {
    String hash = sha256(key);
    return root.resolve(registry).resolve(hash.substring(0, 2)).resolve(hash + ".json");
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
