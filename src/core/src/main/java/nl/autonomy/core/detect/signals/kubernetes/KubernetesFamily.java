package nl.autonomy.core.detect.signals.kubernetes;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.autonomy.core.catalog.ServiceSignals;
import nl.autonomy.core.detect.signals.FileKinds;
import nl.autonomy.core.detect.signals.HitContext;
import nl.autonomy.core.detect.signals.SignalFamily;
import nl.autonomy.core.detect.signals.TokenChars;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.ServiceUse;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Kubernetes and Helm manifests, from the catalog's {@code kubernetes} entries: cloud-specific
 * annotation and label keys ({@code eks.amazonaws.com/role-arn}, {@code azure.workload.identity/*},
 * {@code service.beta.kubernetes.io/aws-load-balancer-*}), storage provisioners and CSI drivers
 * ({@code ebs.csi.aws.com}), node-selector labels. Also read in Terraform, which writes manifests
 * through the Kubernetes and Helm providers.
 */
public final class KubernetesFamily implements SignalFamily {

  private static final Set<String> EXTENSIONS = Set.of("yaml", "yml", "json", "tpl", "tf");

  @Override
  public String id() {
    return "kubernetes";
  }

  @Override
  public EvidenceKind kind() {
    return EvidenceKind.IAC;
  }

  @Override
  public List<String> entries(ServiceSignals signals) {
    return signals.kubernetes();
  }

  @Override
  public boolean accepts(WorkspaceFile file) {
    return EXTENSIONS.contains(file.extension()) && !FileKinds.isGenerated(file);
  }

  @Override
  public Optional<ServiceUse> judge(HitContext hit) {
    if (hit.isCommented()) {
      return Optional.empty();
    }
    HitContext.Token token = hit.token(TokenChars::name);
    String key = token.text();
    while (key.endsWith(":")) {
      key = key.substring(0, key.length() - 1);
    }
    return hit.signal().glob().matches(key) ? Optional.of(hit.use(0.95, null, token.start())) : Optional.empty();
  }
}
