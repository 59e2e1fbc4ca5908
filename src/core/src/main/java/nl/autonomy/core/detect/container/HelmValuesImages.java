package nl.autonomy.core.detect.container;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.autonomy.core.detect.support.LineNode;

/**
 * Images configured in Helm values files, in the two shapes charts use: a string
 * {@code image: nginx:1.25}, or a mapping {@code image: {registry, repository, tag, digest}} (the
 * Bitnami layout), where an empty tag means the chart's {@code appVersion} and
 * {@code global.imageRegistry} overrides every registry.
 */
final class HelmValuesImages {

  private HelmValuesImages() {
  }

  /** @param appVersion the chart's appVersion, or null when no Chart.yaml sits beside the values */
  static List<ImageSighting> find(List<LineNode> documents, String appVersion) {
    List<ImageSighting> out = new ArrayList<>();
    for (LineNode doc : documents) {
      if (doc instanceof LineNode.Mapping root) {
        String globalRegistry = root.mapping("global").map(g -> g.text("imageRegistry")).orElse(null);
        collect(root, "", globalRegistry, appVersion, out);
      }
    }
    return out;
  }

  private static void collect(LineNode.Mapping m, String path, String globalRegistry, String appVersion,
      List<ImageSighting> out) {
    m.fields().forEach((key, value) -> {
      String here = path.isEmpty() ? key : path + "." + key;
      boolean imageKey = key.toLowerCase(Locale.ROOT).endsWith("image");
      if (imageKey && value instanceof LineNode.Scalar s && s.text() != null && !s.text().isBlank()
          && (key.equals("image") || s.text().contains(":") || s.text().contains("/"))) {
        out.add(new ImageSighting(s.text().trim(), m.lineOf(key), "values " + here, true, !s.text().contains("{{")));
      } else if (value instanceof LineNode.Mapping image && image.text("repository") != null
          && !image.text("repository").isBlank() && (imageKey || image.fields().containsKey("tag"))) {
        out.add(structured(image, here, globalRegistry, appVersion, m.lineOf(key)));
      } else if (value instanceof LineNode.Mapping child) {
        collect(child, here, globalRegistry, appVersion, out);
      } else if (value instanceof LineNode.Sequence list) {
        for (int i = 0; i < list.items().size(); i++) {
          if (list.items().get(i) instanceof LineNode.Mapping item) {
            collect(item, here + "[" + i + "]", globalRegistry, appVersion, out);
          }
        }
      }
    });
  }

  private static ImageSighting structured(LineNode.Mapping image, String where, String globalRegistry,
      String appVersion, int keyLine) {
    String registry = nonBlank(globalRegistry) ? globalRegistry : image.text("registry");
    String tag = image.text("tag");
    if (!nonBlank(tag)) {
      tag = appVersion;
    }
    String digest = image.text("digest");
    StringBuilder ref = new StringBuilder();
    if (nonBlank(registry)) {
      ref.append(registry.trim()).append('/');
    }
    ref.append(image.text("repository").trim());
    if (nonBlank(tag)) {
      ref.append(':').append(tag.trim());
    }
    if (nonBlank(digest)) {
      ref.append('@').append(digest.trim());
    }
    int line = image.fields().containsKey("repository") ? image.lineOf("repository") : keyLine;
    return new ImageSighting(ref.toString(), line, "values " + where, true, !ref.toString().contains("{{"));
  }

  private static boolean nonBlank(String s) {
    return s != null && !s.isBlank();
  }
}
