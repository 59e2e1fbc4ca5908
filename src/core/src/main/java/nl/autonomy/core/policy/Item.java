package nl.autonomy.core.policy;

import java.util.List;
import java.util.Objects;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.Subject;

/**
 * One thing a rule judges: a component or a service, with its facts.
 *
 * @param target component or service
 * @param subject how findings name it
 * @param facts what conditions test
 * @param evidence where it shows
 * @param services the services it is (a client of), whose alternatives show the way out
 */
record Item(Target target, Subject subject, Facts facts, List<Evidence> evidence, List<Service> services) {

  Item {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(facts, "facts");
    evidence = List.copyOf(evidence);
    services = List.copyOf(services);
  }

  Scope scope() {
    return subject.scope();
  }
}
