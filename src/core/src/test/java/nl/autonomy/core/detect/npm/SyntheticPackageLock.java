package nl.autonomy.core.detect.npm;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;

/**
 * Writes a package-lock.json (version 3) of a chosen size, shaped like a real one: registry tarball
 * URLs, integrity hashes, licenses, dependency maps, dev flags and nested {@code node_modules}
 * copies at other versions. Seeded, so every run writes the same file.
 */
final class SyntheticPackageLock {

  private SyntheticPackageLock() {
  }

  /** Writes about {@code targetBytes}; returns the number of distinct name@version packages. */
  static int write(Path file, long targetBytes) throws IOException {
    Random random = new Random(42);
    int distinct = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("{\n  \"name\": \"groot\",\n  \"version\": \"1.0.0\",\n  \"lockfileVersion\": 3,\n  \"requires\": true,\n"
          + "  \"packages\": {\n    \"\": {\n      \"name\": \"groot\",\n      \"version\": \"1.0.0\",\n"
          + "      \"dependencies\": {\n        \"pkg-0\": \"^1.0.0\"\n      },\n"
          + "      \"devDependencies\": {\n        \"pkg-1\": \"^1.0.0\"\n      }\n    }");
      long written = 0;
      int i = 0;
      byte[] hash = new byte[64];
      while (written < targetBytes) {
        StringBuilder e = new StringBuilder();
        String name = (i % 7 == 0 ? "@scope" + (i % 50) + "/" : "") + "pkg-" + i;
        e.append(",\n    \"node_modules/").append(name).append("\": {\n");
        entry(e, name, "1." + (i % 10) + ".0", i % 3 == 1, random, hash, i);
        distinct++;
        if (i % 5 == 0 && i > 0) {
          String nested = "pkg-" + (i - 1);
          e.append(",\n    \"node_modules/").append(name).append("/node_modules/").append(nested).append("\": {\n");
          entry(e, nested, "0." + (i % 10) + ".1", false, random, hash, i);
          distinct++;
        }
        w.write(e.toString());
        written += e.length();
        i++;
      }
      w.write("\n  }\n}\n");
    }
    return distinct;
  }

  private static void entry(StringBuilder e, String name, String version, boolean dev, Random random, byte[] hash,
      int i) {
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
      e.append("        \"pkg-").append(i + d).append("\": \"^1.0.0\"").append(d < 3 ? ",\n" : "\n");
    }
    e.append("      },\n      \"engines\": {\n        \"node\": \">=14\"\n      }\n    }");
  }
}
