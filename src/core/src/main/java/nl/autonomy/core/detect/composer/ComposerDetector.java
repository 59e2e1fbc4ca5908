package nl.autonomy.core.detect.composer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.Detector;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.detect.support.LockfileSyntaxException;
import nl.autonomy.core.detect.support.FileByFile;
import nl.autonomy.core.detect.support.LineNode;
import nl.autonomy.core.detect.support.LineTreeReader;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * PHP: composer.lock, with the composer.json beside it telling which packages are direct; a
 * composer.json alone yields its declared packages, marked incomplete.
 */
public final class ComposerDetector implements Detector {

  public static final String ID = "composer";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean accepts(WorkspaceFile file) {
    return file.fileName().equals("composer.lock") || file.fileName().equals("composer.json");
  }

  @Override
  public Detection detect(DetectorContext context, List<WorkspaceFile> files) {
    Map<String, WorkspaceFile> locks = new HashMap<>();
    files.stream().filter(f -> f.fileName().equals("composer.lock")).forEach(f -> locks.put(f.directory(), f));
    List<Detection> parts = new ArrayList<>();
    Set<String> handled = new HashSet<>();
    for (WorkspaceFile json : files.stream().filter(f -> f.fileName().equals("composer.json")).toList()) {
      WorkspaceFile lock = locks.get(json.directory());
      Map<String, LineNode.Mapping> manifest = new HashMap<>();
      Detection read = FileByFile.parseOne(ID, context, json, text -> {
        if (!(LineTreeReader.readJson(text.content()) instanceof LineNode.Mapping m)) {
          throw new LockfileSyntaxException(1, "composer.json must hold a JSON object");
        }
        manifest.put("root", m);
        return lock == null ? ComposerManifest.declaredOnly(text, m) : Detection.empty();
      });
      parts.add(read);
      if (lock != null) {
        handled.add(lock.path());
        parts.add(FileByFile.parseOne(ID, context, lock,
            text -> ComposerLock.read(text, manifest.get("root"), json.path())));
      }
    }
    for (WorkspaceFile lock : locks.values()) {
      if (!handled.contains(lock.path())) {
        parts.add(FileByFile.parseOne(ID, context, lock, text -> ComposerLock.read(text, null, null)));
      }
    }
    return Detection.merge(parts);
  }
}
