package nl.autonomy.core.detect.golang;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.Detector;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.detect.support.LockfileSyntaxException;
import nl.autonomy.core.detect.support.Evidences;
import nl.autonomy.core.detect.support.FileByFile;
import nl.autonomy.core.detect.support.SourceText;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Go modules: every go.mod with the go.sum beside it. go.mod lists the build list's modules since
 * Go 1.17 (direct ones plain, the rest marked {@code // indirect}); replace directives swap the
 * module that is really built in.
 */
public final class GoDetector implements Detector {

  public static final String ID = "golang";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean accepts(WorkspaceFile file) {
    return file.fileName().equals("go.mod") || file.fileName().equals("go.sum");
  }

  @Override
  public Detection detect(DetectorContext context, List<WorkspaceFile> files) {
    Map<String, WorkspaceFile> sums = new HashMap<>();
    files.stream().filter(f -> f.fileName().equals("go.sum")).forEach(f -> sums.put(f.directory(), f));
    List<Detection> parts = new ArrayList<>();
    for (WorkspaceFile mod : files.stream().filter(f -> f.fileName().equals("go.mod")).toList()) {
      Optional<WorkspaceFile> sum = Optional.ofNullable(sums.get(mod.directory()));
      Map<String, String> hashes = new HashMap<>();
      if (sum.isPresent()) {
        Detection sumRead = FileByFile.parseOne(ID, context, sum.get(), text -> {
          hashes.putAll(GoSum.parse(text));
          return Detection.empty();
        });
        parts.add(sumRead);
      }
      parts.add(FileByFile.parseOne(ID, context, mod, text -> module(text, hashes)));
    }
    return Detection.merge(parts);
  }

  private static Detection module(SourceText text, Map<String, String> sumHashes) throws IOException, LockfileSyntaxException {
    GoModFile mod = GoModFile.parse(text);
    Detection.Builder out = Detection.builder();
    Component project = GoPurls.component(mod.module(), null)
        .direct(true)
        .evidence(Evidences.of(ID, EvidenceKind.MANIFEST, text.path(), mod.moduleLine(),
            text.line(mod.moduleLine())))
        .build();
    out.project(project);
    for (GoModFile.Require r : mod.requires()) {
      Optional<GoModFile.Replace> replace = mod.replaces().stream()
          .filter(p -> p.from().equals(r.path()) && (p.fromVersion() == null || p.fromVersion().equals(r.version())))
          .reduce((a, b) -> b.fromVersion() != null ? b : a);
      String path = replace.map(GoModFile.Replace::to).orElse(r.path());
      String version = replace.isPresent() ? replace.get().toVersion() : r.version();
      boolean local = replace.isPresent() && version == null;
      Component.Builder c = (local ? GoPurls.component(r.path(), null) : GoPurls.component(path, version))
          .direct(!r.indirect())
          .evidence(Evidences.of(ID, EvidenceKind.MANIFEST, text.path(), r.line(), r.excerpt()));
      replace.ifPresent(p -> {
        c.property("golang.replaces", r.path() + "@" + r.version());
        c.evidence(Evidences.of(ID, EvidenceKind.MANIFEST, text.path(), p.line(), text.line(p.line())));
        if (local) {
          c.property("golang.replace.path", p.to());
        }
      });
      if (!local) {
        c.property("golang.sum.h1", sumHashes.get(path + "@" + version));
      }
      Component built = c.build();
      out.component(built);
      if (!r.indirect()) {
        out.edge(project.ref(), built.ref());
      }
    }
    return out.build();
  }
}
