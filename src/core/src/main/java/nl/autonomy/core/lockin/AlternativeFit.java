package nl.autonomy.core.lockin;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Service;

/**
 * Alternatives that fit the code: a catalog alternative may end in an ecosystem tag
 * ({@code Spring Cloud Config Server [jvm]}), and is offered only to code in that ecosystem, as
 * shown by the service's client libraries and the files that import them. Azure App Configuration
 * used from Node is not answered with Spring Cloud Config. With no ecosystem known, a tagged
 * alternative is kept and says which ecosystem it is for.
 */
final class AlternativeFit {

  private static final Pattern TAG = Pattern.compile("^(.*?)\\s*\\[([a-z]+)]\\s*$");

  private AlternativeFit() {
  }

  static Service fit(Service service, Map<String, Component> components) {
    if (service.alternatives().stream().noneMatch(a -> TAG.matcher(a).matches())) {
      return service;
    }
    Set<String> ecosystems = ecosystems(service, components);
    List<String> fitting = service.alternatives().stream().map(a -> {
      Matcher m = TAG.matcher(a);
      if (!m.matches()) {
        return a;
      }
      if (ecosystems.isEmpty()) {
        return m.group(1) + " (" + m.group(2) + ")";
      }
      return ecosystems.contains(m.group(2)) ? m.group(1) : null;
    }).filter(Objects::nonNull).toList();
    return new Service(service.id(), service.name(), service.vendorId(), service.category(), service.lockIn(),
        service.endpoints(), service.components(), service.evidence(), fitting, service.standard(), service.depth());
  }

  /** The ecosystems of the code that uses the service: jvm, node, python, dotnet, go, php. */
  static Set<String> ecosystems(Service service, Map<String, Component> components) {
    Set<String> out = new HashSet<>();
    for (String ref : service.components()) {
      Component c = components.get(ref);
      if (c != null) {
        String e = switch (c.ecosystem()) {
          case MAVEN -> "jvm";
          case NPM -> "node";
          case PYPI -> "python";
          case NUGET -> "dotnet";
          case GOLANG -> "go";
          case COMPOSER -> "php";
          default -> null;
        };
        if (e != null) {
          out.add(e);
        }
      }
    }
    for (Evidence e : service.evidence()) {
      if (e.kind() == EvidenceKind.IMPORT) {
        String file = e.location().file().toLowerCase(Locale.ROOT);
        String ext = file.substring(file.lastIndexOf('.') + 1);
        String eco = switch (ext) {
          case "java", "kt", "kts", "scala", "groovy" -> "jvm";
          case "js", "mjs", "cjs", "jsx", "ts", "mts", "cts", "tsx", "vue", "svelte" -> "node";
          case "py", "pyi" -> "python";
          case "cs" -> "dotnet";
          case "go" -> "go";
          case "php" -> "php";
          default -> null;
        };
        if (eco != null) {
          out.add(eco);
        }
      }
    }
    return out;
  }
}
