package nl.autonomy.core.detect;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** The detectors on the class path, found with {@link ServiceLoader}, in id order. */
public final class DetectorRegistry {

  private DetectorRegistry() {
  }

  public static List<Detector> load() {
    return load(DetectorRegistry.class.getClassLoader());
  }

  public static List<Detector> load(ClassLoader loader) {
    return ServiceLoader.load(Detector.class, loader).stream()
        .map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparing(Detector::id))
        .toList();
  }
}
