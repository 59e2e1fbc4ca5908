package nl.autonomy.core.detect.container;

import nl.autonomy.core.detect.support.ImageRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.autonomy.core.detect.support.SourceText;

/**
 * The images a Dockerfile (or Containerfile) pulls: the base of every {@code FROM} stage and
 * {@code COPY --from=<image>}. A {@code FROM} naming an earlier stage is not an image; {@code ARG}s
 * declared before the first {@code FROM} are substituted with their defaults. The final stage's
 * base (followed through stage references) ships; every other image only builds.
 */
final class Dockerfile {

  /** One image the Dockerfile pulls; {@code reference} is null when it could not be resolved. */
  record Pull(String written, ImageRef reference, String platform, String stage, boolean finalImage, int line) {
  }

  private record Stage(String name, String base, String platform, int line) {
  }

  private Dockerfile() {
  }

  static List<Pull> pulls(SourceText text) {
    Map<String, String> globalArgs = new HashMap<>();
    List<Stage> stages = new ArrayList<>();
    List<Pull> copies = new ArrayList<>();
    for (Instruction i : Instruction.all(text)) {
      List<String> words = i.words();
      switch (i.keyword()) {
        case "ARG" -> {
          if (stages.isEmpty()) {
            for (String w : words) {
              int eq = w.indexOf('=');
              globalArgs.put(eq < 0 ? w : w.substring(0, eq), eq < 0 ? null : unquote(w.substring(eq + 1)));
            }
          }
        }
        case "FROM" -> stages.add(stage(words, i.line(), stages.size()));
        case "COPY", "ADD" -> words.stream().filter(w -> w.startsWith("--from="))
            .map(w -> w.substring("--from=".length()))
            .forEach(from -> copies.add(new Pull(from, null, null, String.valueOf(stages.size() - 1), false, i.line())));
        default -> {
          // other instructions pull nothing
        }
      }
    }
    Set<String> stageNames = new HashSet<>();
    stages.forEach(s -> stageNames.add(s.name()));
    Set<Integer> shipping = shippingStages(stages);
    List<Pull> out = new ArrayList<>();
    for (int n = 0; n < stages.size(); n++) {
      Stage s = stages.get(n);
      if (stageNames.contains(s.base().toLowerCase(Locale.ROOT)) || s.base().equalsIgnoreCase("scratch")) {
        continue;
      }
      out.add(resolve(s.base(), globalArgs, s.platform(), s.name(), shipping.contains(n), s.line()));
    }
    for (Pull c : copies) {
      if (!stageNames.contains(c.written().toLowerCase(Locale.ROOT)) && !c.written().matches("\\d+")) {
        // files copied out of an image into a shipping stage ship with it
        boolean ships = shipping.contains(Integer.parseInt(c.stage()));
        out.add(resolve(c.written(), globalArgs, null, null, ships, c.line()));
      }
    }
    return out;
  }

  private static Pull resolve(String written, Map<String, String> args, String platform, String stage,
      boolean shipping, int line) {
    Map<String, String> known = new HashMap<>();
    args.forEach((k, v) -> {
      if (v != null) {
        known.put(k, v);
      }
    });
    Optional<ImageRef> ref = Interpolation.resolve(written, known).flatMap(ImageRef::parse);
    return new Pull(written, ref.orElse(null), platform, stage, shipping, line);
  }

  private static Stage stage(List<String> words, int line, int index) {
    String platform = null;
    List<String> rest = new ArrayList<>();
    for (String w : words) {
      if (w.startsWith("--platform=")) {
        String value = w.substring("--platform=".length());
        platform = value.contains("$") ? null : value;
      } else if (!w.startsWith("--")) {
        rest.add(w);
      }
    }
    String base = rest.isEmpty() ? "" : rest.get(0);
    String name = rest.size() >= 3 && rest.get(1).equalsIgnoreCase("AS") ? rest.get(2).toLowerCase(Locale.ROOT)
        : String.valueOf(index);
    return new Stage(name, base, platform, line);
  }

  /** The last stage and, through {@code FROM <stage>}, the stages it is built on. */
  private static Set<Integer> shippingStages(List<Stage> stages) {
    Set<Integer> out = new HashSet<>();
    int current = stages.size() - 1;
    while (current >= 0 && out.add(current)) {
      String base = stages.get(current).base().toLowerCase(Locale.ROOT);
      int next = -1;
      for (int n = 0; n < current; n++) {
        if (stages.get(n).name().equals(base)) {
          next = n;
        }
      }
      current = next;
    }
    return out;
  }

  private static String unquote(String s) {
    return s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))
        ? s.substring(1, s.length() - 1) : s;
  }
}
