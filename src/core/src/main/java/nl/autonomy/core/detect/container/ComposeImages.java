package nl.autonomy.core.detect.container;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.detect.support.LineNode;

/** {@code services.<name>.image} of Docker Compose files, with {@code ${VAR:-default}} defaults. */
final class ComposeImages {

  private ComposeImages() {
  }

  static List<ImageSighting> find(List<LineNode> documents) {
    List<ImageSighting> out = new ArrayList<>();
    for (LineNode doc : documents) {
      if (doc instanceof LineNode.Mapping root) {
        root.mapping("services").ifPresent(services -> services.fields().forEach((name, node) -> {
          if (node instanceof LineNode.Mapping service && service.nonString("image").isPresent()) {
            out.add(ImageSighting.notAString(service.nonString("image").get(), service.lineOf("image"), "service " + name));
          } else if (node instanceof LineNode.Mapping service && service.text("image") != null) {
            String written = service.text("image");
            var resolved = Interpolation.resolve(written, Map.of());
            // with a build section, image names what this repository builds rather than what it pulls
            String where = "service " + name + (service.fields().containsKey("build") ? " (built from this repository)" : "");
            out.add(new ImageSighting(resolved.orElse(written), service.lineOf("image"), where, true, resolved.isPresent()));
          }
        }));
      }
    }
    return out;
  }
}
