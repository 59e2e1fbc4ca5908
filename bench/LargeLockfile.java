import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a large lockfile for the memory and time measurements of docs/performance.md ("Large
 * lockfiles"): {@code java bench/LargeLockfile.java FORMAT MEGABYTES DIR}, FORMAT one of
 * {@code npm} (package-lock.json v3 with package.json), {@code yarn} (yarn.lock of Yarn Berry with
 * package.json) or {@code poetry} (poetry.lock of Poetry 2 with pyproject.toml). The shape is the
 * tools' own (registry URLs, integrity hashes, dependency maps, dev entries, nested copies at other
 * versions); every package depends on up to three others, so the graph is as dense as a real one.
 * Seeded: the same arguments write the same bytes. Prints the number of packages written.
 */
public final class LargeLockfile {

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: java bench/LargeLockfile.java npm|yarn|poetry MEGABYTES DIR");
      System.exit(2);
    }
    long target = (long) (Double.parseDouble(args[1]) * 1024 * 1024);
    Path dir = Path.of(args[2]);
    Files.createDirectories(dir);
    int n = switch (args[0]) {
      case "npm" -> npm(dir, target);
      case "yarn" -> yarn(dir, target);
      case "poetry" -> poetry(dir, target);
      default -> throw new IllegalArgumentException("unknown format " + args[0]);
    };
    System.out.println(n);
  }

  private static String name(int i) {
    return (i % 7 == 0 ? "@scope" + (i % 50) + "/" : "") + "pkg-" + i;
  }

  private static void packageJson(Path dir, int direct) throws IOException {
    StringBuilder s = new StringBuilder("{\n  \"name\": \"groot\",\n  \"version\": \"1.0.0\",\n  \"dependencies\": {\n");
    for (int i = 0; i < direct; i++) {
      s.append("    \"").append(name(i * 2)).append("\": \"^1.0.0\"").append(i < direct - 1 ? ",\n" : "\n");
    }
    s.append("  },\n  \"devDependencies\": {\n    \"").append(name(1)).append("\": \"^1.0.0\"\n  }\n}\n");
    Files.writeString(dir.resolve("package.json"), s);
  }

  static int npm(Path dir, long target) throws IOException {
    Random random = new Random(42);
    byte[] hash = new byte[64];
    int packages = 0;
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("package-lock.json"), StandardCharsets.UTF_8)) {
      w.write("{\n  \"name\": \"groot\",\n  \"version\": \"1.0.0\",\n  \"lockfileVersion\": 3,\n  \"requires\": true,\n"
          + "  \"packages\": {\n    \"\": {\n      \"name\": \"groot\",\n      \"version\": \"1.0.0\",\n"
          + "      \"dependencies\": {\n");
      for (int i = 0; i < 50; i++) {
        w.write("        \"" + name(i * 2) + "\": \"^1.0.0\"" + (i < 49 ? ",\n" : "\n"));
      }
      w.write("      },\n      \"devDependencies\": {\n        \"" + name(1) + "\": \"^1.0.0\"\n      }\n    }");
      long written = 0;
      for (int i = 0; written < target; i++) {
        StringBuilder e = new StringBuilder();
        String name = name(i);
        e.append(",\n    \"node_modules/").append(name).append("\": {\n");
        npmEntry(e, name, "1." + (i % 10) + ".0", i % 3 == 1, random, hash, i);
        packages++;
        if (i % 5 == 0 && i > 0) {
          String nested = name(i - 1);
          e.append(",\n    \"node_modules/").append(name).append("/node_modules/").append(nested).append("\": {\n");
          npmEntry(e, nested, "0." + (i % 10) + ".1", false, random, hash, i);
          packages++;
        }
        w.write(e.toString());
        written += e.length();
      }
      w.write("\n  }\n}\n");
    }
    packageJson(dir, 50);
    return packages;
  }

  private static void npmEntry(StringBuilder e, String name, String version, boolean dev, Random random, byte[] hash, int i) {
    random.nextBytes(hash);
    String bare = name.substring(name.lastIndexOf('/') + 1);
    e.append("      \"version\": \"").append(version).append("\",\n")
        .append("      \"resolved\": \"https://registry.npmjs.org/").append(name).append("/-/").append(bare)
        .append('-').append(version).append(".tgz\",\n")
        .append("      \"integrity\": \"sha512-").append(Base64.getEncoder().encodeToString(hash)).append("\",\n");
    if (dev) {
      e.append("      \"dev\": true,\n");
    }
    e.append("      \"license\": \"MIT\",\n      \"dependencies\": {\n");
    for (int d = 1; d <= 3; d++) {
      e.append("        \"").append(name(i + d)).append("\": \"^1.0.0\"").append(d < 3 ? ",\n" : "\n");
    }
    e.append("      },\n      \"engines\": {\n        \"node\": \">=14\"\n      }\n    }");
  }

  static int yarn(Path dir, long target) throws IOException {
    Random random = new Random(43);
    byte[] hash = new byte[64];
    int packages = 0;
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("yarn.lock"), StandardCharsets.UTF_8)) {
      w.write("# This file is generated by running \"yarn install\" inside your project.\n"
          + "# Manual changes might be lost - proceed with caution!\n\n__metadata:\n  version: 8\n  cacheKey: 10c0\n");
      long written = 0;
      for (int i = 0; written < target; i++) {
        String name = name(i);
        String version = "1." + (i % 10) + "." + (i % 4);
        random.nextBytes(hash);
        StringBuilder e = new StringBuilder("\n\"").append(name).append("@npm:^1.0.0\":\n")
            .append("  version: ").append(version).append('\n')
            .append("  resolution: \"").append(name).append("@npm:").append(version).append("\"\n")
            .append("  dependencies:\n");
        for (int d = 1; d <= 3; d++) {
          String dep = name(i + d);
          e.append("    ").append(dep.startsWith("@") ? "\"" + dep + "\"" : dep).append(": \"npm:^1.0.0\"\n");
        }
        e.append("  checksum: 10c0/").append(HexFormat.of().formatHex(hash)).append('\n')
            .append("  languageName: node\n  linkType: hard\n");
        w.write(e.toString());
        written += e.length();
        packages++;
      }
      w.write("\n\"groot@workspace:.\":\n  version: 0.0.0-use.local\n  resolution: \"groot@workspace:.\"\n  dependencies:\n");
      for (int i = 0; i < 50; i++) {
        String dep = name(i * 2);
        w.write("    " + (dep.startsWith("@") ? "\"" + dep + "\"" : dep) + ": \"npm:^1.0.0\"\n");
      }
      w.write("  languageName: unknown\n  linkType: soft\n");
    }
    packageJson(dir, 50);
    return packages;
  }

  static int poetry(Path dir, long target) throws IOException {
    Random random = new Random(7);
    byte[] hash = new byte[32];
    int packages = 0;
    long written = 0;
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("poetry.lock"), StandardCharsets.UTF_8)) {
      w.write("# This file is automatically @generated by Poetry 2.0.1 and should not be changed by hand.\n\n");
      for (int i = 0; written < target; i++) {
        String name = "pkg-" + i;
        String version = (i % 9) + "." + (i % 13) + "." + (i % 5);
        StringBuilder e = new StringBuilder("[[package]]\nname = \"").append(name).append("\"\nversion = \"").append(version)
            .append("\"\ndescription = \"Generated package number ").append(i).append("\"\noptional = false\n")
            .append("python-versions = \">=3.8\"\ngroups = [\"").append(i % 4 == 0 ? "dev" : "main").append("\"]\nfiles = [\n");
        for (String tag : new String[] {"cp312-cp312-manylinux_2_17_x86_64.whl", "cp312-cp312-win_amd64.whl", "tar.gz"}) {
          random.nextBytes(hash);
          e.append("    {file = \"").append(name.replace('-', '_')).append('-').append(version).append('-').append(tag)
              .append("\", hash = \"sha256:").append(HexFormat.of().formatHex(hash)).append("\"},\n");
        }
        e.append("]\n\n[package.dependencies]\n");
        for (int d = 1; d <= 3; d++) {
          e.append("pkg-").append(i + d).append(" = \">=1.0\"\n");
        }
        e.append('\n');
        w.write(e.toString());
        written += e.length();
        packages++;
      }
      // the tail references packages past the end: drop them by closing the graph on the last few
      w.write("[metadata]\nlock-version = \"2.1\"\npython-versions = \"^3.12\"\ncontent-hash = \""
          + String.format(Locale.ROOT, "%064x", 0) + "\"\n");
    }
    StringBuilder p = new StringBuilder("[project]\nname = \"groot\"\nversion = \"1.0.0\"\nrequires-python = \">=3.12\"\n"
        + "dependencies = [\n");
    for (int i = 0; i < 50; i++) {
      p.append("    \"pkg-").append(i * 2).append(">=1.0\",\n");
    }
    p.append("]\n\n[tool.poetry]\npackage-mode = false\n");
    Files.writeString(dir.resolve("pyproject.toml"), p);
    return packages;
  }
}
