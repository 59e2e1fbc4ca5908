package nl.autonomy.core.detect.helm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.Detector;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.detect.support.MissingLockfile;
import nl.autonomy.core.detect.support.Evidences;
import nl.autonomy.core.detect.support.DeclaredOnly;
import nl.autonomy.core.detect.support.FileByFile;
import nl.autonomy.core.detect.support.LockfileSyntaxException;
import nl.autonomy.core.detect.support.LineNode;
import nl.autonomy.core.detect.support.LineTreeReader;
import nl.autonomy.core.detect.support.SourceText;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Helm charts: the chart (Chart.yaml) is a project, its subcharts (Chart.yaml
 * {@code dependencies}, or requirements.yaml for apiVersion v1 charts) are components at the
 * versions Chart.lock / requirements.lock pinned. Without a lock, a dependency's version is a
 * range: the component keeps the range as a property and is marked declared-only.
 */
public final class HelmDetector implements Detector {

  public static final String ID = "helm";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean accepts(WorkspaceFile file) {
    String name = file.fileName();
    return name.equals("Chart.yaml") || name.equals("Chart.lock") || name.equals("requirements.yaml")
        || name.equals("requirements.lock");
  }

  @Override
  public Detection detect(DetectorContext context, List<WorkspaceFile> files) {
    Map<String, WorkspaceFile> byPath = new HashMap<>();
    files.forEach(f -> byPath.put(f.path(), f));
    List<Detection> parts = new ArrayList<>();
    for (WorkspaceFile chart : files.stream().filter(f -> f.fileName().equals("Chart.yaml")).toList()) {
      String dir = chart.directory().isEmpty() ? "" : chart.directory() + "/";
      Map<String, LockedChart> locked = new HashMap<>();
      String lockPath = null;
      for (String lockName : List.of("Chart.lock", "requirements.lock")) {
        WorkspaceFile lock = byPath.get(dir + lockName);
        if (lock != null) {
          lockPath = lock.path();
          parts.add(FileByFile.parseOne(ID, context, lock, text -> {
            locked.putAll(LockedChart.read(text));
            return Detection.empty();
          }));
        }
      }
      WorkspaceFile requirements = byPath.get(dir + "requirements.yaml");
      String lockFile = lockPath;
      Map<String, LineNode.Mapping> requirementsDoc = new HashMap<>();
      if (requirements != null) {
        parts.add(FileByFile.parseOne(ID, context, requirements, text -> {
          firstMapping(text).ifPresent(m -> requirementsDoc.put("doc", m));
          return Detection.empty();
        }));
      }
      parts.add(FileByFile.parseOne(ID, context, chart, text -> chart(text, locked, lockFile,
          requirements == null ? null : requirements.path(), requirementsDoc.get("doc"))));
    }
    return Detection.merge(parts);
  }

  private static java.util.Optional<LineNode.Mapping> firstMapping(SourceText text) throws IOException, LockfileSyntaxException {
    return LineTreeReader.readYaml(text.content()).stream().findFirst()
        .filter(d -> d instanceof LineNode.Mapping).map(d -> (LineNode.Mapping) d);
  }

  private static Detection chart(SourceText text, Map<String, LockedChart> locked, String lockPath,
      String requirementsPath, LineNode.Mapping requirements) throws IOException, LockfileSyntaxException {
    LineNode.Mapping chart = firstMapping(text)
        .orElseThrow(() -> new LockfileSyntaxException(1, "Chart.yaml must hold a mapping"));
    if (chart.text("name") == null) {
      throw new LockfileSyntaxException(1, "Chart.yaml has no 'name'");
    }
    Detection.Builder out = Detection.builder();
    Component project = HelmChartPurls.chart(chart.text("name"), chart.text("version"), null)
        .direct(true)
        .property("helm.appVersion", chart.text("appVersion"))
        .evidence(Evidences.of(ID, EvidenceKind.MANIFEST, text.path(), chart.lineOf("name"),
            text.line(chart.lineOf("name"))))
        .build();
    out.project(project);
    List<LineNode> deps = chart.sequence("dependencies");
    SourceTextRef declaredIn = new SourceTextRef(text.path(), text);
    if (deps.isEmpty() && requirements != null) {
      deps = requirements.sequence("dependencies");
      declaredIn = new SourceTextRef(requirementsPath, null);
    }
    boolean anyUnlocked = false;
    for (LineNode node : deps) {
      if (!(node instanceof LineNode.Mapping d) || d.text("name") == null) {
        throw new LockfileSyntaxException(node.line(), "a chart dependency without a 'name'");
      }
      String repository = d.text("repository");
      LockedChart lock = locked.get(d.text("name") + " " + (repository == null ? "" : repository));
      Component.Builder b;
      if (lock != null) {
        b = HelmChartPurls.chart(lock.name(), lock.version(), repository)
            .evidence(Evidences.of(ID, EvidenceKind.LOCKFILE, lockPath, lock.line(), ""));
      } else {
        anyUnlocked = true;
        String constraint = d.text("version");
        boolean exact = constraint != null && constraint.matches("v?\\d+\\.\\d+\\.\\d+([-+][\\w.-]+)?");
        b = HelmChartPurls.chart(d.text("name"), exact ? constraint : null, repository);
        if (!exact) {
          DeclaredOnly.mark(b, constraint);
        }
      }
      Component c = b.direct(true)
          .optional(d.text("condition") != null || !d.sequence("tags").isEmpty())
          .property("helm.condition", d.text("condition"))
          .property("helm.alias", d.text("alias"))
          .evidence(Evidences.of(ID, EvidenceKind.MANIFEST, declaredIn.path(), d.lineOf("name"),
              declaredIn.text() == null ? "" : declaredIn.text().line(d.lineOf("name"))))
          .build();
      out.component(c).edge(project.ref(), c.ref());
    }
    if (anyUnlocked) {
      out.problem(MissingLockfile.warning(ID, text.path(), "Chart.lock"));
    }
    return out.build();
  }

  private record SourceTextRef(String path, SourceText text) {
  }
}
