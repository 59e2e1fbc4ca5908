package nl.autonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.autonomy.ledger.testing.RealPostgres;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code portfolio scan --shard I/N} as a Kubernetes Indexed Job runs it: four CLI processes (real
 * JVMs) share one list of 42 generated git repositories and write into one real PostgreSQL at the
 * same time, after a fifth process was killed half-way (a crashed shard). Every source is stored
 * exactly once, none is lost, and a rerun of a shard stores nothing new.
 */
class PortfolioShardProcessesTest {

  private static final int REPOSITORIES = 42;

  @TempDir
  Path dir;

  @Test
  void fourShardProcessesStoreEverySourceExactlyOnceEvenAfterACrash() throws Exception {
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < REPOSITORIES; i++) {
      sources.add(repository(i).toUri() + " | app " + i + " | team " + (i % 5) + " | " + (i % 3 == 0 ? "high" : "low"));
    }
    Path list = dir.resolve("sources.txt");
    Files.write(list, sources, StandardCharsets.UTF_8);
    try (RealPostgres pg = RealPostgres.start()) {
      String url = pg.newDatabase("city");
      var env = java.util.Map.of("AUTONOMY_DB", url, "AUTONOMY_DB_USER", pg.user());

      Process crashed = start(env, "crashed", "--shard", "3/4", list.toString());
      awaitFirstRun(dir.resolve("crashed.out"), crashed);
      crashed.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
      int beforeShards = count(url, pg.user());
      assertThat(beforeShards).as("the crashed shard stored a part").isBetween(1, REPOSITORIES / 4 + 1);

      List<Process> shards = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        shards.add(start(env, "shard-" + i, "--shard", i + "/4", list.toString()));
      }
      for (int i = 0; i < 4; i++) {
        assertThat(shards.get(i).waitFor(10, TimeUnit.MINUTES)).as("shard %d finished", i).isTrue();
        assertThat(shards.get(i).exitValue()).as("shard %d: %s", i, Files.readString(dir.resolve("shard-" + i + ".err")))
            .isZero();
      }
      assertThat(Files.readString(dir.resolve("shard-3.out"))).contains("present");

      try (Connection c = DriverManager.getConnection(url, pg.user(), null); Statement s = c.createStatement()) {
        assertThat(count(url, pg.user())).isEqualTo(REPOSITORIES);
        try (ResultSet r = s.executeQuery("SELECT source FROM ledger_run GROUP BY source HAVING COUNT(*) > 1")) {
          assertThat(r.next()).as("a source stored twice").isFalse();
        }
        try (ResultSet r = s.executeQuery("SELECT COUNT(DISTINCT application) FROM ledger_run")) {
          r.next();
          assertThat(r.getInt(1)).isEqualTo(REPOSITORIES);
        }
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM ledger_run WHERE sbom_json IS NULL OR report_json IS NULL"
            + " OR git_commit IS NULL OR catalog_digest IS NULL")) {
          r.next();
          assertThat(r.getInt(1)).as("runs without documents or provenance").isZero();
        }
      }

      Process rerun = start(env, "rerun", "--shard", "1/4", list.toString());
      assertThat(rerun.waitFor(10, TimeUnit.MINUTES)).isTrue();
      assertThat(Files.readString(dir.resolve("rerun.out"))).contains("0 stored, " + (REPOSITORIES / 4 + 1) + " already");
      assertThat(count(url, pg.user())).isEqualTo(REPOSITORIES);
    }
  }

  /** A small npm project in a git repository of its own, some of them on Azure. */
  private Path repository(int i) throws Exception {
    Path repo = dir.resolve("repos").resolve("app-" + i);
    Files.createDirectories(repo);
    boolean azure = i % 2 == 0;
    String deps = azure ? "\"@azure/storage-blob\": \"12.17.0\", \"left-pad\": \"1.3.0\"" : "\"left-pad\": \"1.3.0\"";
    Files.writeString(repo.resolve("package.json"), "{\"name\": \"app-" + i + "\", \"version\": \"1.0." + i
        + "\", \"dependencies\": {" + deps + "}}\n");
    StringBuilder lock = new StringBuilder("{\"name\": \"app-" + i + "\", \"version\": \"1.0." + i
        + "\", \"lockfileVersion\": 3, \"packages\": {\"\": {\"name\": \"app-" + i + "\", \"dependencies\": {" + deps
        + "}}, \"node_modules/left-pad\": {\"version\": \"1.3.0\", \"license\": \"WTFPL\"}");
    if (azure) {
      lock.append(", \"node_modules/@azure/storage-blob\": {\"version\": \"12.17.0\", \"license\": \"MIT\"}");
    }
    Files.writeString(repo.resolve("package-lock.json"), lock.append("}}\n").toString());
    if (azure) {
      Files.writeString(repo.resolve("index.js"), "const { BlobServiceClient } = require('@azure/storage-blob');\n");
    }
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit().setMessage("app " + i).setAuthor("Test", "test@example.org").setCommitter("Test", "test@example.org")
          .setSign(false).call();
    }
    return repo;
  }

  private Process start(java.util.Map<String, String> env, String name, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "portfolio", "scan", "--offline", "--no-enrich"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(dir.resolve(name + ".out").toFile()).redirectError(dir.resolve(name + ".err").toFile());
    pb.environment().putAll(env);
    pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
    return pb.start();
  }

  private static void awaitFirstRun(Path out, Process p) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (System.nanoTime() < deadline && p.isAlive()) {
      if (Files.exists(out) && Files.readString(out).contains("stored")) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the shard stored nothing before it ended: " + (Files.exists(out) ? Files.readString(out)
        : ""));
  }

  private static int count(String url, String user) throws Exception {
    try (Connection c = DriverManager.getConnection(url, user, null); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM ledger_run")) {
      r.next();
      return r.getInt(1);
    }
  }
}
