package nl.autonomy.core.model;

import java.util.Locale;
import java.util.Objects;

/**
 * What a finding is about.
 *
 * @param kind a component, a service, the whole portfolio (a rule over shares and counts) or the
 *     project itself (its own license, the completeness of the scan)
 * @param ref the component's bom-ref (canonical purl), the service id, or the project's ref
 * @param name what people call it ({@code com.azure:azure-storage-blob}, {@code Azure Blob Storage})
 * @param scope what the subject is needed for; a portfolio subject is {@link Scope#RUNTIME}
 */
public record Subject(Kind kind, String ref, String name, Scope scope) {

  /** The kind of thing a finding is about. */
  public enum Kind implements Identified {
    COMPONENT, SERVICE, PORTFOLIO, PROJECT;

    @Override
  public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Subject {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(scope, "scope");
    name = name == null ? ref : name;
  }
}
