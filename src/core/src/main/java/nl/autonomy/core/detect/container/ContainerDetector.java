package nl.autonomy.core.detect.container;

import nl.autonomy.core.detect.support.ImageRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.Detector;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.detect.support.LockfileSyntaxException;
import nl.autonomy.core.detect.support.Evidences;
import nl.autonomy.core.detect.support.FileByFile;
import nl.autonomy.core.detect.support.LineNode;
import nl.autonomy.core.detect.support.LineTreeReader;
import nl.autonomy.core.detect.support.SourceText;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Container images as CycloneDX {@code container} components: Dockerfile/Containerfile
 * {@code FROM}, Docker Compose {@code services.*.image}, Kubernetes {@code containers[].image}
 * and Helm values. Purl type {@code docker}, the registry in the {@code repository_url} qualifier
 * and in the property {@code autonomy:registry}.
 */
public final class ContainerDetector implements Detector {

  public static final String ID = "container";
  private static final Pattern COMPOSE = Pattern.compile("(docker-)?compose([.-][\\w.-]+)?\\.ya?ml");
  private static final Pattern VALUES = Pattern.compile("values([.-][\\w.-]+)?\\.ya?ml");

  private enum Kind { DOCKERFILE, COMPOSE, VALUES, CHART, YAML }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean accepts(WorkspaceFile file) {
    return kind(file).isPresent();
  }

  private static Optional<Kind> kind(WorkspaceFile file) {
    String name = file.fileName();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("dockerfile") || lower.equals("containerfile") || lower.startsWith("dockerfile.") || lower.startsWith("containerfile.")
        || lower.endsWith(".dockerfile") || lower.endsWith(".containerfile")) {
      return Optional.of(Kind.DOCKERFILE);
    }
    if (COMPOSE.matcher(lower).matches()) {
      return Optional.of(Kind.COMPOSE);
    }
    if (VALUES.matcher(lower).matches()) {
      return Optional.of(Kind.VALUES);
    }
    if (name.equals("Chart.yaml")) {
      return Optional.of(Kind.CHART);
    }
    if ((lower.endsWith(".yaml") || lower.endsWith(".yml")) && !lower.equals("pnpm-lock.yaml")
        && !lower.equals("requirements.yaml") && !name.equals("Chart.lock")) {
      return Optional.of(Kind.YAML);
    }
    return Optional.empty();
  }

  @Override
  public Detection detect(DetectorContext context, List<WorkspaceFile> files) {
    Map<String, String> appVersions = new HashMap<>();
    List<Detection> parts = new ArrayList<>();
    for (WorkspaceFile chart : files.stream().filter(f -> kind(f).orElseThrow() == Kind.CHART).toList()) {
      // A broken Chart.yaml is reported by the Helm detector; here it only lacks an appVersion.
      FileByFile.parseOne(ID, context, chart, text -> {
        LineTreeReader.readYaml(text.content()).stream().findFirst()
            .filter(d -> d instanceof LineNode.Mapping)
            .map(d -> ((LineNode.Mapping) d).text("appVersion"))
            .ifPresent(v -> appVersions.put(chart.directory(), v));
        return Detection.empty();
      });
    }
    for (WorkspaceFile file : files) {
      Kind kind = kind(file).orElseThrow();
      switch (kind) {
        case DOCKERFILE -> parts.add(FileByFile.parseOne(ID, context, file, ContainerDetector::dockerfile));
        case COMPOSE -> parts.add(FileByFile.parseOne(ID, context, file,
            text -> images(text, ComposeImages.find(LineTreeReader.readYaml(text.content())))));
        case VALUES -> parts.add(FileByFile.parseOne(ID, context, file, text -> images(text,
            HelmValuesImages.find(LineTreeReader.readYaml(text.content()), appVersions.get(file.directory())))));
        case YAML -> parts.add(FileByFile.parseOne(ID, context, file, ContainerDetector::kubernetes));
        case CHART -> {
          // read above for appVersion only
        }
      }
    }
    return Detection.merge(parts);
  }

  /**
   * Any YAML file may be a Kubernetes manifest. One that does not parse is reported only when it
   * looks like a manifest and is no Helm template ({@code {{ }}} makes templates invalid YAML).
   */
  private static Detection kubernetes(SourceText text) throws IOException, LockfileSyntaxException {
    boolean looksLikeManifest = text.content().contains("apiVersion") && text.content().contains("kind")
        && text.content().contains("image");
    if (!looksLikeManifest) {
      return Detection.empty();
    }
    try {
      return images(text, KubernetesImages.find(LineTreeReader.readYaml(text.content())));
    } catch (IOException e) {
      if (text.content().contains("{{")) {
        return Detection.empty();
      }
      throw e;
    }
  }

  private static Detection dockerfile(SourceText text) {
    Detection.Builder out = Detection.builder();
    for (Dockerfile.Pull pull : Dockerfile.pulls(text)) {
      if (pull.reference() == null) {
        out.problem(unresolved(text.path(), pull.line(), pull.written()));
        continue;
      }
      Component.Builder b = pull.reference().component()
          .scope(pull.finalImage() ? Scope.RUNTIME : Scope.BUILD)
          .direct(true)
          .property("container.platform", pull.platform())
          .property("container.stage", pull.stage())
          .evidence(Evidences.of(ID, EvidenceKind.CONTAINER, text.path(), pull.line(), text.line(pull.line())));
      out.component(b.build());
    }
    return out.build();
  }

  private static Detection images(SourceText text, List<ImageSighting> sightings) {
    Detection.Builder out = Detection.builder();
    for (ImageSighting s : sightings) {
      if (s.invalid() != null) {
        // YAML reads image: 5 as a number; taking it as the name "5" would invent library/5
        out.problem(Problem.error(ID, Location.of(text.path(), s.line()), "the image of " + s.where() + " is "
            + s.invalid() + " (" + s.written() + "); quote it if it is meant as a name: the image is missing from the result"));
        continue;
      }
      if (!s.resolvable()) {
        if (!s.written().contains("{{")) {
          out.problem(unresolved(text.path(), s.line(), s.written()));
        }
        continue;
      }
      Optional<ImageRef> ref = ImageRef.parse(s.written());
      if (ref.isEmpty()) {
        out.problem(unresolved(text.path(), s.line(), s.written()));
        continue;
      }
      out.component(ref.get().component()
          .scope(s.runtime() ? Scope.RUNTIME : Scope.BUILD)
          .direct(true)
          .property("container.usedBy", s.where())
          .evidence(Evidences.of(ID, EvidenceKind.CONTAINER, text.path(), s.line(), text.line(s.line())))
          .build());
    }
    return out.build();
  }

  private static Problem unresolved(String path, int line, String written) {
    return Problem.warning(ID, Location.of(path, line), "'" + written + "' is not an image reference Autonomy can "
        + "resolve from this file (a variable without a default, or an invalid name); the image is not listed");
  }
}
