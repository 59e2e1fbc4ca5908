package nl.autonomy.core.detect.container;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.autonomy.core.detect.support.LineNode;

/**
 * Container images of Kubernetes manifests: every {@code containers}, {@code initContainers} and
 * {@code ephemeralContainers} list, wherever it sits (Pod, Deployment, CronJob, a List of them,
 * or a custom resource embedding a pod template).
 */
final class KubernetesImages {

  private static final Set<String> CONTAINER_LISTS = Set.of("containers", "initContainers", "ephemeralContainers");

  private KubernetesImages() {
  }

  /** Whether a parsed document is a Kubernetes object. */
  static boolean isManifest(LineNode doc) {
    return doc instanceof LineNode.Mapping m && m.text("apiVersion") != null && m.text("kind") != null;
  }

  static List<ImageSighting> find(List<LineNode> documents) {
    List<ImageSighting> out = new ArrayList<>();
    for (LineNode doc : documents) {
      if (isManifest(doc)) {
        LineNode.Mapping m = (LineNode.Mapping) doc;
        String name = m.mapping("metadata").map(md -> md.text("name")).orElse("?");
        collect(doc, m.text("kind") + "/" + name, out);
      }
    }
    return out;
  }

  private static void collect(LineNode node, String owner, List<ImageSighting> out) {
    if (node instanceof LineNode.Mapping m) {
      m.fields().forEach((key, value) -> {
        if (CONTAINER_LISTS.contains(key) && value instanceof LineNode.Sequence list) {
          for (LineNode item : list.items()) {
            if (item instanceof LineNode.Mapping c && c.nonString("image").isPresent()) {
              out.add(ImageSighting.notAString(c.nonString("image").get(), c.lineOf("image"),
                  owner + " container " + c.text("name")));
            } else if (item instanceof LineNode.Mapping c && c.text("image") != null) {
              String image = c.text("image");
              out.add(new ImageSighting(image, c.lineOf("image"), owner + " container " + c.text("name"), true,
                  !image.contains("{{") && !image.contains("$(")));
            }
          }
        } else {
          collect(value, owner, out);
        }
      });
    } else if (node instanceof LineNode.Sequence s) {
      s.items().forEach(item -> collect(item, owner, out));
    }
  }
}
