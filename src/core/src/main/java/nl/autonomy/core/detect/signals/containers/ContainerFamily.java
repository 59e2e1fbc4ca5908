package nl.autonomy.core.detect.signals.containers;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.autonomy.core.catalog.ServiceSignals;
import nl.autonomy.core.detect.signals.FileKinds;
import nl.autonomy.core.detect.signals.HitContext;
import nl.autonomy.core.detect.signals.SignalFamily;
import nl.autonomy.core.detect.signals.TokenChars;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.ServiceUse;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Container images and their registries, from the catalog's {@code images} globs
 * ({@code *.azurecr.io/*}, {@code *.dkr.ecr.*.amazonaws.com/*}, {@code gcr.io/*}, {@code *-docker.pkg.dev/*}):
 * {@code FROM} and {@code --from=} in Dockerfiles, {@code image:} in Compose files, Kubernetes and
 * Helm manifests and CI files, {@code image =} in Terraform, {@code docker pull|push|tag|build|run}
 * in scripts. An image links the registry it comes from, also a vendor's build of an open runtime
 * ({@code gcr.io/distroless/java17-debian11} is Google's registry, though not Google's cloud). The
 * build stages of a multi-stage Dockerfile are build scope ({@code FileScope}).
 */
public final class ContainerFamily implements SignalFamily {

  private static final Set<String> EXTENSIONS = Set.of("yaml", "yml", "json", "tpl", "tf", "sh", "bash", "env");
  private static final Pattern IMAGE_CONTEXT = Pattern.compile(
      "(?i)(^\\s*FROM\\s|--from=|image\\w*[\"']?\\s*[:=]|\\bdocker(?:\\s+\\w+)?\\s+(?:pull|push|tag|build|run)\\b"
          + "|docker://|\\bcontainer\\s*:)");

  /** {@code docker build -t}, {@code docker tag}, {@code docker push}: the product's image goes to a registry. */
  private static final Pattern PUBLISH = Pattern.compile("(?i)\\bdocker(?:\\s+buildx)?\\s+(?:push|tag|build)\\b");

  @Override
  public String id() {
    return "containers";
  }

  @Override
  public EvidenceKind kind() {
    return EvidenceKind.CONTAINER;
  }

  @Override
  public List<String> entries(ServiceSignals signals) {
    return signals.images();
  }

  @Override
  public boolean accepts(WorkspaceFile file) {
    String name = FileKinds.name(file);
    return FileKinds.isDockerfile(file) || name.equals("jenkinsfile") || name.equals("makefile")
        || EXTENSIONS.contains(file.extension()) && !FileKinds.isGenerated(file);
  }

  @Override
  public Optional<ServiceUse> judge(HitContext hit) {
    if (hit.isCommented() || !IMAGE_CONTEXT.matcher(hit.text()).find()) {
      return Optional.empty();
    }
    HitContext.Token token = hit.token(TokenChars::image);
    String image = token.text();
    if (image.startsWith("docker://")) {
      image = image.substring("docker://".length());
    }
    boolean match = hit.signal().glob().matches(image) || hit.signal().glob().matches(withoutTag(image));
    // a vendor's build of an open runtime (gcr.io/distroless/java17) is no use of the vendor's cloud,
    // but the image still comes from the vendor's registry: the registry service is linked
    if (!match) {
      return Optional.empty();
    }
    int slash = image.indexOf('/');
    String registry = slash > 0 && image.substring(0, slash).contains(".") ? image.substring(0, slash) : null;
    if (PUBLISH.matcher(hit.text()).find()) {
      // building, tagging or pushing the product's image to a registry publishes what ships, also from
      // a CI file (whose images and service containers are otherwise build scope)
      return Optional.of(hit.use(hit.signal().serviceId(), detectorId(), 0.95, registry, token.start(),
          hit.facts().pathScope()));
    }
    return Optional.of(hit.use(0.95, registry, token.start()));
  }

  /** {@code hashicorp/consul:1.16@sha256:...} without tag and digest, as catalogs name images. */
  static String withoutTag(String image) {
    int at = image.indexOf('@');
    String ref = at > 0 ? image.substring(0, at) : image;
    int colon = ref.lastIndexOf(':');
    return colon > ref.lastIndexOf('/') ? ref.substring(0, colon) : ref;
  }
}
