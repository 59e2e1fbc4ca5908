package nl.autonomy.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The CLI in a JVM of its own, as a user runs it: with its own environment, and killable. */
final class CliProcess {

  private CliProcess() {
  }

  static Process start(Path workDir, Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xshare:auto", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().putAll(env);
    return pb.start();
  }

  static int run(Path workDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
    return start(workDir, env, args).waitFor();
  }
}
