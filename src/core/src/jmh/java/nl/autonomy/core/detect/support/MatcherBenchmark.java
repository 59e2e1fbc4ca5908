package nl.autonomy.core.detect.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.detect.signals.SignalDetector;
import nl.autonomy.core.detect.signals.SignalIndex;
import nl.autonomy.core.lockin.LockInRules;
import org.ahocorasick.trie.Trie;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The signal matcher against the alternatives, on 4 MiB of generated source and configuration with
 * every anchor of the shipped catalog (a few hundred patterns). Throughput in MiB/s = 4 / (ms/op) × 1000.
 * Run by hand: see the {@code jmh} profile in {@code src/core/pom.xml}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MatcherBenchmark {

  private static final String[] LINES = {
      "import java.util.List;", "  private final String naam = \"afvalmelding\";",
      "spring.datasource.url=jdbc:postgresql://db.gemeente.example:5432/afval", "    return repository.findAll();",
      "resource \"kubernetes_namespace\" \"afval\" {", "  - name: build", "const x = require('lodash');",
      "url=https://afval.blob.core.windows.net", "import com.azure.storage.blob.BlobClient;",
      "image: 123456789012.dkr.ecr.eu-central-1.amazonaws.com/afval:1", "      - uses: actions/checkout@v4"};

  private byte[] bytes;
  private String text;
  private MultiPatternMatcher own;
  private Trie library;
  private List<String> patterns;

  @Setup
  public void setUp() {
    SignalIndex index = SignalIndex.compile(new CatalogLoader().loadDefault().services(), SignalDetector.families(),
        LockInRules.loadDefault());
    // both matchers get exactly the same patterns: the scanner's own matcher also carries comment
    // tokens, which would make it do more work than the library it is compared with
    patterns = new ArrayList<>(index.anchors());
    own = MultiPatternMatcher.compile(patterns);
    library = Trie.builder().ignoreCase().addKeywords(patterns).build();
    Random random = new Random(7);
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 4 * 1024 * 1024) {
      // mostly ordinary lines, one in fifty with a signal, as in real code
      String line = random.nextInt(50) == 0 ? LINES[7 + random.nextInt(4)] : LINES[random.nextInt(7)];
      sb.append(line).append('\n');
    }
    text = sb.toString();
    bytes = text.getBytes(StandardCharsets.UTF_8);
  }

  /** What touching every byte costs: the floor any matcher sits on. */
  @Benchmark
  public int countLines() {
    int n = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        n++;
      }
    }
    return n;
  }

  @Benchmark
  public int ownByteAutomaton() {
    int[] hits = new int[1];
    own.scan(bytes, 0, bytes.length, (p, end, line, lineStart) -> hits[0]++);
    return hits[0];
  }

  @Benchmark
  public int ahocorasickLibrary() {
    return library.parseText(text).size();
  }

  /** The naive way: every pattern searched separately. */
  @Benchmark
  public int indexOfPerPattern() {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    int n = 0;
    for (String p : patterns) {
      String lp = p.toLowerCase(java.util.Locale.ROOT);
      for (int i = lower.indexOf(lp); i >= 0; i = lower.indexOf(lp, i + 1)) {
        n++;
      }
    }
    return n;
  }
}
