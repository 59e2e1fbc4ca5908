package nl.autonomy.core.sbom;

import java.util.Date;
import java.util.List;
import nl.autonomy.core.AutonomyVersion;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.PropertyNames;
import nl.autonomy.core.model.Provenance;
import nl.autonomy.core.model.SourceKind;
import org.cyclonedx.model.ExternalReference;
import org.cyclonedx.model.LifecycleChoice;
import org.cyclonedx.model.Lifecycles;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.metadata.ToolInformation;

/**
 * {@code metadata}: the scanned project, the scan's time (the provenance timestamp, so
 * {@code SOURCE_DATE_EPOCH} makes it reproducible), Autonomy as the tool, and provenance and
 * problems as {@code autonomy:} properties.
 */
final class MetadataMapper {

  private MetadataMapper() {
  }

  static Metadata map(Inventory inventory) {
    Provenance provenance = inventory.provenance();
    Metadata metadata = new Metadata();
    metadata.setTimestamp(Date.from(provenance.timestamp()));
    metadata.setLifecycles(lifecycle(provenance.sourceKind()));
    metadata.setToolChoice(tools(provenance.toolVersion()));
    metadata.setComponent(ComponentMapper.project(inventory.project()));
    CdxProperties p = new CdxProperties()
        .add(PropertyNames.SOURCE, provenance.source())
        .add(PropertyNames.SOURCE_KIND, provenance.sourceKind().id())
        .add(PropertyNames.SOURCE_SHA256, provenance.sourceSha256())
        .add(PropertyNames.GIT_REMOTE, provenance.gitRemote())
        .add(PropertyNames.GIT_COMMIT, provenance.gitCommit())
        .add(PropertyNames.GIT_BRANCH, provenance.gitBranch())
        .add(PropertyNames.COMPLETE, String.valueOf(inventory.complete()));
    for (nl.autonomy.core.model.SharedSource x : provenance.sharedSources()) {
      // a catalog or policy shared in git, pinned: which commit, and the file's digest
      p.add(PropertyNames.SHARED_PREFIX + x.kind(), x.spec() + " @ " + x.commit() + " " + x.sha256());
    }
    for (Problem problem : inventory.problems()) {
      p.add(PropertyNames.PROBLEM, problem.toString());
    }
    metadata.setProperties(p.build());
    return metadata;
  }

  /**
   * A source tree (folder or git) is described before it is built ({@code pre-build}: manifests
   * and lockfiles, nothing compiled); a delivered archive after ({@code post-build}). An imported
   * SBOM keeps no phase of its own.
   */
  static Lifecycles lifecycle(SourceKind sourceKind) {
    LifecycleChoice.Phase phase = switch (sourceKind) {
      case FOLDER, GIT -> LifecycleChoice.Phase.PRE_BUILD;
      case ARCHIVE -> LifecycleChoice.Phase.POST_BUILD;
      case SBOM -> null;
    };
    if (phase == null) {
      return null;
    }
    LifecycleChoice choice = new LifecycleChoice();
    choice.setPhase(phase);
    Lifecycles lifecycles = new Lifecycles();
    lifecycles.setLifecycleChoice(List.of(choice));
    return lifecycles;
  }

  private static ToolInformation tools(String version) {
    org.cyclonedx.model.Component tool = new org.cyclonedx.model.Component();
    tool.setType(org.cyclonedx.model.Component.Type.APPLICATION);
    tool.setGroup("nl.autonomy");
    tool.setName(AutonomyVersion.NAME);
    tool.setVersion(version);
    ExternalReference site = new ExternalReference();
    site.setType(ExternalReference.Type.WEBSITE);
    site.setUrl(AutonomyVersion.INFORMATION_URI);
    tool.setExternalReferences(List.of(site));
    ToolInformation tools = new ToolInformation();
    tools.setComponents(List.of(tool));
    return tools;
  }
}
