package nl.autonomy.core.detect.support;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Writes large lockfiles of a known size for the probes: Cargo.lock, composer.lock, go.mod with
 * go.sum, Gemfile.lock, packages.lock.json and gradle.lockfile, each listing {@code n} packages
 * in the shape the tools write, every package depending on up to three earlier ones.
 */
public final class SyntheticLockfiles {

  private SyntheticLockfiles() {
  }

  private static String hex(int i, int length) {
    StringBuilder s = new StringBuilder();
    long x = i * 2654435761L + 97;
    while (s.length() < length) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      s.append(String.format(Locale.ROOT, "%016x", x));
    }
    return s.substring(0, length);
  }

  private static void write(Path file, String header, int n, IntFunction<String> entry, String footer) throws IOException {
    Files.createDirectories(file.getParent());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(header);
      for (int i = 0; i < n; i++) {
        w.write(entry.apply(i));
      }
      w.write(footer);
    }
  }

  public static void cargo(Path dir, int n) throws IOException {
    write(dir.resolve("Cargo.lock"), "version = 3\n\n", n, i -> {
      StringBuilder s = new StringBuilder("[[package]]\nname = \"crate-" + i + "\"\nversion = \"1." + (i % 40) + ".0\"\n"
          + "source = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"" + hex(i, 64) + "\"\n");
      if (i > 0) {
        s.append("dependencies = [\n");
        for (int d = 1; d <= Math.min(3, i); d++) {
          s.append(" \"crate-").append(i - d).append("\",\n");
        }
        s.append("]\n");
      }
      return s.append('\n').toString();
    }, "");
  }

  public static void composer(Path dir, int n) throws IOException {
    write(dir.resolve("composer.lock"), "{\n  \"packages\": [\n", n, i -> (i == 0 ? "" : ",\n")
        + "    {\"name\": \"vendor" + (i % 50) + "/package-" + i + "\", \"version\": \"v2." + (i % 30) + ".1\",\n"
        + "     \"dist\": {\"type\": \"zip\", \"shasum\": \"" + hex(i, 40) + "\"},\n"
        + "     \"require\": {\"php\": \">=8.1\"" + (i > 0 ? ", \"vendor" + ((i - 1) % 50) + "/package-" + (i - 1) + "\": \"^2.0\"" : "")
        + "},\n     \"license\": [\"MIT\"], \"type\": \"library\"}", "\n  ],\n  \"packages-dev\": []\n}\n");
  }

  public static void golang(Path dir, int n) throws IOException {
    write(dir.resolve("go.mod"), "module example.org/gemeente/groot\n\ngo 1.22\n\nrequire (\n", n,
        i -> "\tgithub.com/org" + (i % 100) + "/module-" + i + " v1." + (i % 20) + ".3" + (i % 3 == 0 ? "" : " // indirect") + "\n",
        ")\n");
    write(dir.resolve("go.sum"), "", n, i -> "github.com/org" + (i % 100) + "/module-" + i + " v1." + (i % 20) + ".3 h1:"
        + hex(i, 43) + "=\ngithub.com/org" + (i % 100) + "/module-" + i + " v1." + (i % 20) + ".3/go.mod h1:" + hex(i + 1, 43) + "=\n", "");
  }

  public static void gem(Path dir, int n) throws IOException {
    StringBuilder deps = new StringBuilder("\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n");
    for (int i = 0; i < n; i += 10) {
      deps.append("  gem-").append(i).append('\n');
    }
    write(dir.resolve("Gemfile.lock"), "GEM\n  remote: https://rubygems.org/\n  specs:\n", n,
        i -> "    gem-" + i + " (3." + (i % 25) + ".0)\n" + (i > 0 ? "      gem-" + (i - 1) + " (>= 1.0)\n" : ""),
        deps + "\nBUNDLED WITH\n   2.5.9\n");
  }

  public static void nuget(Path dir, int n) throws IOException {
    write(dir.resolve("packages.lock.json"), "{\n  \"version\": 1,\n  \"dependencies\": {\n    \"net8.0\": {\n", n,
        i -> (i == 0 ? "" : ",\n") + "      \"Package.Number" + i + "\": {\"type\": \"" + (i % 10 == 0 ? "Direct" : "Transitive")
            + "\", \"resolved\": \"8.0." + (i % 15) + "\", \"contentHash\": \"" + hex(i, 86) + "==\""
            + (i > 0 ? ", \"dependencies\": {\"Package.Number" + (i - 1) + "\": \"8.0.0\"}" : "") + "}",
        "\n    }\n  }\n}\n");
  }

  public static void gradle(Path dir, int n) throws IOException {
    write(dir.resolve("gradle.lockfile"), "# This is a Gradle generated file for dependency locking.\n", n,
        i -> "org.group" + (i % 60) + ":artifact-" + i + ":2." + (i % 12) + ".0="
            + (i % 4 == 0 ? "testCompileClasspath,testRuntimeClasspath" : "compileClasspath,runtimeClasspath,testCompileClasspath,testRuntimeClasspath") + "\n",
        "empty=annotationProcessor\n");
  }
}
