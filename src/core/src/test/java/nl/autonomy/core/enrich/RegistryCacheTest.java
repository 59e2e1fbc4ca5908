package nl.autonomy.core.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache under concurrent scans: threads of one scan, and several scans as processes. */
class RegistryCacheTest {

  @TempDir
  Path dir;

  @Test
  void anEntryKeepsItsKeyUrlDateAndFacts() {
    RegistryCache cache = new RegistryCache(dir, Clock.systemUTC());
    cache.put("npm", "lodash@4.17.21", "https://registry.npmjs.org/lodash/4.17.21",
        CacheHammer.facts("lodash@4.17.21", "t"));

    RegistryCache.Entry e = cache.get("npm", "lodash@4.17.21", false).orElseThrow();

    assertThat(e.url()).isEqualTo("https://registry.npmjs.org/lodash/4.17.21");
    assertThat(e.fetched()).isNotNull();
    assertThat(e.facts().licenses()).extracting(l -> l.spdxExpression()).containsExactly("MIT");
    assertThat(cache.file("npm", "lodash@4.17.21")).startsWith(dir.resolve("registry").resolve("v1").resolve("npm"));
  }

  @Test
  void aDamagedEntryCountsAsAbsent() throws Exception {
    RegistryCache cache = new RegistryCache(dir, Clock.systemUTC());
    Path file = cache.file("npm", "x@1.0.0");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"key\":\"x@1.0.0\",\"fetched\":");

    assertThat(cache.get("npm", "x@1.0.0", true)).isEmpty();
  }

  @Test
  void threadsWritingAndReadingTheSameEntriesNeverSeeHalfOfOne() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        String writer = "thread" + t;
        results.add(pool.submit(() -> CacheHammer.hammer(dir, 150, writer)));
      }
      for (Future<Boolean> r : results) {
        assertThat(r.get(2, TimeUnit.MINUTES)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    assertWholeAndNoLeftovers();
  }

  @Test
  void processesWritingAndReadingTheSameEntriesNeverSeeHalfOfOne() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> processes = new ArrayList<>();
    for (int p = 0; p < 3; p++) {
      processes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          CacheHammer.class.getName(), dir.toString(), "80", "process" + p)
          .redirectErrorStream(true).start());
    }
    for (Process p : processes) {
      assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
      String output = new String(p.getInputStream().readAllBytes());
      assertThat(p.exitValue()).as(output).isZero();
    }
    assertWholeAndNoLeftovers();
  }

  private void assertWholeAndNoLeftovers() throws Exception {
    RegistryCache cache = new RegistryCache(dir, Clock.systemUTC());
    for (String key : CacheHammer.KEYS) {
      assertThat(cache.get("npm", key, true)).hasValueSatisfying(e -> assertThat(CacheHammer.whole(e, key)).isTrue());
    }
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()))
          .as("no temporary file is left behind").allMatch(n -> n.endsWith(".json")).hasSize(CacheHammer.KEYS.size());
    }
  }
}
