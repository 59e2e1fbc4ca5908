package nl.autonomy.core.lockin.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.detect.signals.SignalDetector;
import nl.autonomy.core.lockin.LockInRules;
import nl.autonomy.core.model.ServiceUse;
import nl.autonomy.core.source.FileWalker;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * The labelled lock-in benchmark ({@code bench/lockin}, see its README): extracts of real public
 * repositories, every true service use and every trap labelled by hand in {@code labels.tsv}.
 * Prints precision and recall per signal family and overall, then every wrong and every missed
 * sighting.
 *
 * <pre>
 *   LockInBenchmark BENCH_DIR                 # this build's signal detector, in process
 *   LockInBenchmark BENCH_DIR --reports DIR   # report.json files of any Autonomy version, DIR/REPO/report.json
 *   LockInBenchmark BENCH_DIR --dump          # this build's sightings as labels.tsv rows (to label new extracts)
 * </pre>
 */
public final class LockInBenchmark {

  private LockInBenchmark() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: LockInBenchmark BENCH_DIR [--reports DIR | --dump]");
      System.exit(2);
    }
    Path bench = Path.of(args[0]);
    List<Sighting> predicted = args.length >= 3 && args[1].equals("--reports")
        ? fromReports(bench, Path.of(args[2])) : detect(bench);
    if (args.length >= 2 && args[1].equals("--dump")) {
      predicted.forEach(p -> System.out.println(p.tsv()));
      return;
    }
    BenchScore score = BenchScore.of(labels(bench), predicted);
    System.out.println(score.table());
    System.out.println("wrong (reported, but a trap, unlabelled or in the wrong scope):");
    score.wrong().forEach(w -> System.out.println("  " + w));
    System.out.println("missed (labelled, not reported with its scope):");
    score.missed().forEach(m -> System.out.println("  " + m));
    List<String> unmet = score.unmetGoals();
    unmet.forEach(u -> System.out.println("GOAL NOT MET: " + u));
    if (!unmet.isEmpty()) {
      System.exit(1);
    }
  }

  /** The repositories of the benchmark: the folders under {@code repos}. */
  static List<Path> repos(Path bench) {
    if (!Files.isDirectory(bench.resolve("repos"))) {
      throw new IllegalStateException("no extracts under " + bench.resolve("repos") + ": run bench/lockin/fetch first");
    }
    try (Stream<Path> s = Files.list(bench.resolve("repos"))) {
      return s.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** This build's sightings: the signal detector with the shipped catalog and context rules. */
  static List<Sighting> detect(Path bench) {
    var catalog = new CatalogLoader().loadDefault();
    LockInRules rules = LockInRules.loadDefault();
    SignalDetector detector = new SignalDetector();
    List<Sighting> out = new ArrayList<>();
    for (Path repo : repos(bench)) {
      List<WorkspaceFile> files = new FileWalker(ScanOptions.DEFAULT_MAX_FILE_SIZE).walk(repo).files().stream()
          .filter(detector::accepts).toList();
      for (ServiceUse use : detector.detect(catalog, rules, ScanOptions.DEFAULT_MAX_FILE_SIZE, files).serviceUses()) {
        var e = use.evidence();
        // as the lock-in stage judges it: a CI system runs the build wherever its steps are written
        boolean ci = catalog.service(use.serviceId()).map(s -> "ci".equals(s.category())).orElse(false);
        String scope = ci && e.scope().ships() ? "build" : Sighting.scopeOf(e.scope().id());
        out.add(new Sighting(repo.getFileName().toString(), e.location().file(), e.location().line(), use.serviceId(),
            Sighting.familyOf(e.detector()), scope));
      }
    }
    return out.stream().distinct().toList();
  }

  /** The signal sightings in the report.json of each repository (any Autonomy version). */
  static List<Sighting> fromReports(Path bench, Path reports) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Sighting> out = new ArrayList<>();
    for (Path repo : repos(bench)) {
      String name = repo.getFileName().toString();
      Path report = reports.resolve(name).resolve("report.json");
      JsonNode services = json.readTree(report.toFile()).path("result").path("inventory").path("services");
      for (JsonNode service : services) {
        for (JsonNode e : service.path("evidence")) {
          String detector = e.path("detector").asText();
          if (!detector.startsWith("signals.")) {
            continue;
          }
          JsonNode at = e.path("location");
          out.add(new Sighting(name, at.path("file").asText(), at.path("line").asInt(), service.path("id").asText(),
              Sighting.familyOf(detector), Sighting.scopeOf(e.path("scope").asText())));
        }
      }
    }
    return out.stream().distinct().toList();
  }

  /** {@code labels.tsv}: repo, file, line, service, family, scope; {@code #} starts a comment. */
  static List<Sighting> labels(Path bench) {
    try {
      List<Sighting> labels = new ArrayList<>();
      for (String line : Files.readAllLines(bench.resolve("labels.tsv"))) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        String[] f = l.split("\t");
        if (f.length < 6) {
          throw new IllegalArgumentException("labels.tsv: six tab-separated fields expected: " + line);
        }
        labels.add(new Sighting(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4], f[5]));
      }
      return labels;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
